//! Builtins that change control flow or run other code: `exit`, `return`, `break`,
//! `continue`, `shift`, `eval`, `source`, `trap`, `wait`, `exec`.

use crate::eval::builtins::fail;
use crate::eval::shell::{EvalResult, Flow, Io, Shell};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::normalize;

fn numeric_arg(args: &[String]) -> Result<Option<i64>, String> {
    match args.get(1) {
        None => Ok(None),
        Some(a) => a.trim().parse::<i64>().map(Some).map_err(|_| a.clone()),
    }
}

/// `exit [N]`
pub fn exit<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let status = match numeric_arg(&args) {
            Ok(Some(n)) => (n & 0xff) as i32,
            Ok(None) => sh.st.last_status,
            Err(a) => {
                sh.report(io, &format!("exit: {a}: numeric argument required"))
                    .await?;
                2
            }
        };
        if args.len() > 2 && status != 2 {
            sh.report(io, "exit: too many arguments").await?;
            return Err(Flow::Exit(1));
        }
        Err(Flow::Exit(status))
    })
}

/// `return [N]`
pub fn return_<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if !sh.st.in_function() && sh.call_depth == 0 {
            return fail(
                sh,
                io,
                "return: can only `return' from a function or sourced script",
                2,
            )
            .await;
        }
        let status = match numeric_arg(&args) {
            Ok(Some(n)) => (n & 0xff) as i32,
            Ok(None) => sh.st.last_status,
            Err(a) => {
                sh.report(io, &format!("return: {a}: numeric argument required"))
                    .await?;
                2
            }
        };
        Err(Flow::Return(status))
    })
}

async fn loop_control(sh: &mut Shell, args: &[String], io: &Io, brk: bool) -> EvalResult {
    let name = if brk { "break" } else { "continue" };
    let n = match numeric_arg(args) {
        Ok(Some(n)) if n >= 1 => n as u32,
        Ok(Some(n)) => {
            // bash reports it and still leaves the loop, with status 1.
            sh.report(io, &format!("{name}: {n}: loop count out of range"))
                .await?;
            if sh.loop_depth == 0 {
                return Ok(1);
            }
            sh.st.last_status = 1;
            return Err(if brk {
                Flow::Break(1)
            } else {
                Flow::Continue(1)
            });
        }
        Ok(None) => 1,
        Err(a) => {
            sh.report(io, &format!("{name}: {a}: numeric argument required"))
                .await?;
            return Err(Flow::Exit(128));
        }
    };
    if sh.loop_depth == 0 {
        let msg = format!("{name}: only meaningful in a `for', `while', or `until' loop");
        return fail(sh, io, &msg, 0).await;
    }
    let n = n.min(sh.loop_depth);
    sh.st.last_status = 0;
    Err(if brk {
        Flow::Break(n)
    } else {
        Flow::Continue(n)
    })
}

/// `break [N]`
pub fn break_<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move { loop_control(sh, &args, io, true).await })
}

/// `continue [N]`
pub fn continue_<'a>(
    sh: &'a mut Shell,
    args: Vec<String>,
    io: &'a Io,
) -> BoxFuture<'a, EvalResult> {
    boxed(async move { loop_control(sh, &args, io, false).await })
}

/// `shift [N]`
pub fn shift<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let n = match numeric_arg(&args) {
            Ok(Some(n)) if n >= 0 => n as usize,
            Ok(Some(n)) => {
                return fail(sh, io, &format!("shift: {n}: shift count out of range"), 1).await;
            }
            Ok(None) => 1,
            Err(a) => {
                return fail(sh, io, &format!("shift: {a}: numeric argument required"), 1).await;
            }
        };
        if n > sh.st.positional.len() {
            return Ok(1);
        }
        sh.st.positional.drain(..n);
        Ok(0)
    })
}

/// `eval ARGS...`
pub fn eval<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let text = args[1..].join(" ");
        if text.trim().is_empty() {
            return Ok(0);
        }
        sh.eval_string(&text, io, crate::eval::command::Code::Eval)
            .await
    })
}

/// `source FILE [ARGS...]` / `. FILE`
pub fn source<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let Some(file) = args.get(1) else {
            sh.report(io, &format!("{}: filename argument required", args[0]))
                .await?;
            let usage = format!("{0}: usage: {0} filename [arguments]\n", args[0]);
            io.stderr.write_str(&usage).await?;
            return Ok(2);
        };
        let path = normalize(&sh.st.cwd, file);
        let text = match sh.rt.vfs.read(&path).await {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                return fail(sh, io, &format!("{file}: {}", e.reason()), 1).await;
            }
        };
        let saved = if args.len() > 2 {
            Some(std::mem::replace(&mut sh.st.positional, args[2..].to_vec()))
        } else {
            None
        };
        let r = sh
            .eval_string(&text, io, crate::eval::command::Code::File(file))
            .await;
        if let Some(p) = saved {
            sh.st.positional = p;
        }
        match r {
            Err(Flow::Return(s)) => Ok(s),
            other => other,
        }
    })
}

/// `trap [ACTION SIGNAL...]`, `trap -p`, `trap - SIGNAL`
pub fn trap<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let rest: Vec<&String> = args[1..].iter().filter(|a| a.as_str() != "--").collect();
        if rest.is_empty() || rest[0] == "-p" {
            let only: Vec<String> = rest.iter().skip(1).map(|s| signal_name(s)).collect();
            let mut out = String::new();
            for (sig, action) in &sh.st.traps {
                if !only.is_empty() && !only.contains(sig) {
                    continue;
                }
                out.push_str(&format!(
                    "trap -- {} {}\n",
                    crate::eval::word::quote_q(action),
                    sig
                ));
            }
            io.stdout.write_str(&out).await?;
            return Ok(0);
        }
        let (action, sigs) = if rest.len() == 1 {
            ("-".to_string(), &rest[..])
        } else {
            (rest[0].clone(), &rest[1..])
        };
        let mut status = 0;
        for s in sigs {
            let name = signal_name(s);
            if name.is_empty() {
                sh.report(io, &format!("trap: {s}: invalid signal specification"))
                    .await?;
                status = 1;
                continue;
            }
            if action == "-" {
                sh.st.traps.remove(&name);
            } else {
                sh.st.traps.insert(name, action.clone());
            }
        }
        Ok(status)
    })
}

/// The name `trap` files a signal under (`EXIT`, `SIGTERM`), or "" for an unknown one.
fn signal_name(s: &str) -> String {
    let upper = s.to_ascii_uppercase();
    let name = match upper.trim_start_matches("SIG") {
        "0" | "EXIT" => "EXIT",
        "ERR" => "ERR",
        "DEBUG" => "DEBUG",
        "RETURN" => "RETURN",
        "1" | "HUP" => "SIGHUP",
        "2" | "INT" => "SIGINT",
        "3" | "QUIT" => "SIGQUIT",
        "15" | "TERM" => "SIGTERM",
        "13" | "PIPE" => "SIGPIPE",
        "10" | "USR1" => "SIGUSR1",
        "12" | "USR2" => "SIGUSR2",
        "14" | "ALRM" => "SIGALRM",
        "17" | "CHLD" => "SIGCHLD",
        _ => "",
    };
    name.to_string()
}

/// `wait [-n] [PID...]`: waits for background jobs and returns the last one's status.
pub fn wait<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let jobs = sh.rt.jobs.clone();
        let mut status = 0;
        let mut pid_var: Option<String> = None;
        let mut operands = Vec::new();
        let mut any = false;
        let mut i = 1;
        while i < args.len() {
            match args[i].as_str() {
                "-n" => any = true,
                "-f" => {}
                "-p" => {
                    i += 1;
                    pid_var = args.get(i).cloned();
                }
                _ => operands.push(args[i].clone()),
            }
            i += 1;
        }
        if any {
            let done = jobs.wait_any().await;
            sh.rt.check()?;
            if let (Some(var), Some((pid, _))) = (&pid_var, done) {
                let _ = sh.st.set_scalar(var, pid.to_string());
            }
            return Ok(done.map_or(127, |(_, s)| s));
        }
        if operands.is_empty() {
            jobs.wait_all().await;
            sh.rt.check()?;
            return Ok(0);
        }
        for a in &operands {
            let pid = match crate::eval::builtins::jobs::job_pid(sh, a) {
                Ok(pid) => pid,
                Err(msg) if a.starts_with('%') => {
                    sh.report(io, &format!("wait: {msg}")).await?;
                    status = 127;
                    continue;
                }
                Err(_) => {
                    sh.report(io, &format!("wait: `{a}': not a pid or valid job spec"))
                        .await?;
                    status = 2;
                    continue;
                }
            };
            match jobs.wait_for(pid).await {
                Some(s) => status = s,
                None => {
                    sh.report(io, &format!("wait: pid {pid} is not a child of this shell"))
                        .await?;
                    status = 127;
                }
            }
            sh.rt.check()?;
        }
        Ok(status)
    })
}

/// `caller [N]`: the line and file of the current function's call site; with N, also the
/// calling function's name, N frames up.
pub fn caller<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let depth: Option<usize> = match args.get(1) {
            None => None,
            Some(a) => match a.trim().parse() {
                Ok(n) => Some(n),
                Err(_) => {
                    sh.report(io, &format!("caller: {a}: invalid number"))
                        .await?;
                    io.stderr
                        .write_str("caller: usage: caller [expr]\n")
                        .await?;
                    return Ok(2);
                }
            },
        };
        let n = depth.unwrap_or(0);
        let sites = sh.call_sites.clone();
        let Some((line, file)) = sites
            .len()
            .checked_sub(n + 1)
            .and_then(|i| sites.get(i))
            .cloned()
        else {
            // At the top of a script file bash answers "0 NULL"; elsewhere it fails.
            if sites.is_empty() && depth.is_none() && !sh.source.command_string {
                io.stdout.write_str("0 NULL\n").await?;
                return Ok(0);
            }
            return Ok(1);
        };
        let Some(file) = file else {
            return Ok(1);
        };
        let text = match depth {
            None => format!("{line} {file}\n"),
            Some(_) => {
                let names = &sh.st.func_names;
                let func = names
                    .len()
                    .checked_sub(n + 2)
                    .and_then(|i| names.get(i))
                    .map_or("main", String::as_str);
                format!("{line} {func} {file}\n")
            }
        };
        io.stdout.write_str(&text).await?;
        Ok(0)
    })
}

/// `exec CMD ARGS...`: runs the command and exits with its status. (`exec` with only
/// redirections is handled by the evaluator as a no-op command.)
pub fn exec<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if args.len() <= 1 {
            return Ok(0);
        }
        let status = sh.run_command(args[1..].to_vec(), io).await?;
        Err(Flow::Exit(status))
    })
}

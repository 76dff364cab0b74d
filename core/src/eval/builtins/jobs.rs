//! Job and process builtins: `jobs`, `kill` (aborts a background job), `disown`; plus
//! `umask` and `ulimit`, which only report sandbox defaults.

use crate::eval::builtins::fail;
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::sync::{BoxFuture, boxed};

/// `jobs`: lists the background jobs still running, like bash: `[1]+  Running  cmd &`.
pub fn jobs<'a>(sh: &'a mut Shell, _args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let n = sh.st.job_pids.len();
        let mut out = String::new();
        for (i, (pid, text)) in sh.st.job_pids.iter().zip(&sh.st.job_texts).enumerate() {
            if !sh.rt.jobs.is_running(*pid) {
                continue;
            }
            let mark = if i + 1 == n {
                '+'
            } else if i + 2 == n {
                '-'
            } else {
                ' '
            };
            out.push_str(&format!("[{}]{mark}  {:<24}{text} &\n", i + 1, "Running"));
        }
        io.stdout.write_str(&out).await?;
        Ok(0)
    })
}

/// The exit status a job gets from signal `spec` (`-9`, `-KILL`, `-s TERM`): 128 + number.
fn signal_status(spec: &str) -> Option<i32> {
    let name = spec.trim_start_matches("SIG").to_ascii_uppercase();
    let n = match name.as_str() {
        "HUP" => 1,
        "INT" => 2,
        "QUIT" => 3,
        "KILL" => 9,
        "USR1" => 10,
        "USR2" => 12,
        "PIPE" => 13,
        "ALRM" => 14,
        "TERM" => 15,
        n => n.parse().ok().filter(|n| (1..=64).contains(n))?,
    };
    Some(128 + n)
}

/// Resolves a job operand: a pid, or a job spec `%N` / `%%` / `%+` (by start order).
/// `Err` carries bash's message for an unknown job.
pub(crate) fn job_pid(sh: &Shell, operand: &str) -> Result<u32, String> {
    match operand.strip_prefix('%') {
        Some(spec) => {
            let pid = match spec {
                "" | "%" | "+" => sh.st.job_pids.last().copied(),
                "-" => sh.st.job_pids.iter().rev().nth(1).copied(),
                n => n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| sh.st.job_pids.get(i).copied()),
            };
            pid.ok_or_else(|| format!("{operand}: no such job"))
        }
        None => operand.parse().map_err(|_| operand.to_string()),
    }
}

/// `kill [-SIG | -s SIG] PID|%JOB...`: stops a running background job (its status becomes
/// 128 + the signal, 143 for the default TERM); a finished job is acknowledged; anything else
/// is "No such process".
pub fn kill<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut status_for_kill = 143;
        // `kill -0`: only checks that the process exists.
        let mut probe = false;
        let mut targets = Vec::new();
        let mut i = 1;
        while i < args.len() {
            let a = &args[i];
            if a == "-s" || a == "-n" {
                i += 1;
                if let Some(s) = args.get(i).and_then(|s| signal_status(s)) {
                    status_for_kill = s;
                }
            } else if matches!(a.as_str(), "-0" | "-s0") {
                probe = true;
            } else if let Some(sig) = a.strip_prefix('-').filter(|s| !s.is_empty()) {
                match signal_status(sig) {
                    Some(s) => status_for_kill = s,
                    None => {
                        sh.report(io, &format!("kill: {sig}: invalid signal specification"))
                            .await?;
                        return Ok(1);
                    }
                }
            } else {
                targets.push(a.clone());
            }
            i += 1;
        }
        if targets.is_empty() {
            sh.report(io, "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]")
                .await?;
            return Ok(2);
        }
        let mut status = 0;
        for t in targets {
            let pid = match job_pid(sh, &t) {
                Ok(pid) => pid,
                Err(msg) if t.starts_with('%') => {
                    sh.report(io, &format!("kill: {msg}")).await?;
                    status = 1;
                    continue;
                }
                Err(_) => {
                    sh.report(
                        io,
                        &format!("kill: {t}: arguments must be process or job IDs"),
                    )
                    .await?;
                    status = 1;
                    continue;
                }
            };
            let known = pid == sh.st.pid
                || (!probe && sh.rt.jobs.kill(pid, status_for_kill))
                || sh.rt.jobs.knows(pid);
            if !known {
                sh.report(io, &format!("kill: ({t}) - No such process"))
                    .await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

/// `fg` and `bg`: there is no job control in a script.
pub fn fg_bg<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        sh.report(io, &format!("{}: no job control", args[0]))
            .await?;
        Ok(1)
    })
}

/// `disown [JOB...]`: accepted; jobs still end with the run.
pub fn disown<'a>(
    _sh: &'a mut Shell,
    _args: Vec<String>,
    _io: &'a Io,
) -> BoxFuture<'a, EvalResult> {
    boxed(async move { Ok(0) })
}

/// `umask [-S] [MODE]`: the sandbox's umask is fixed; setting it is accepted.
pub fn umask<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let symbolic = args.iter().any(|a| a == "-S");
        let mode = args[1..].iter().find(|a| !a.starts_with('-'));
        if let Some(m) = mode {
            return match u32::from_str_radix(m, 8) {
                Ok(v) if v <= 0o777 => {
                    sh.st.umask = v;
                    Ok(0)
                }
                _ => fail(sh, io, &format!("umask: {m}: octal number out of range"), 1).await,
            };
        }
        let m = sh.st.umask;
        let out = if symbolic {
            let part = |shift: u32| -> String {
                let bits = !(m >> shift) & 7;
                let mut s = String::new();
                for (bit, c) in [(4, 'r'), (2, 'w'), (1, 'x')] {
                    if bits & bit != 0 {
                        s.push(c);
                    }
                }
                s
            };
            format!("u={},g={},o={}\n", part(6), part(3), part(0))
        } else {
            format!("{m:04o}\n")
        };
        io.stdout.write_str(&out).await?;
        Ok(0)
    })
}

/// `ulimit [-a|-n|...]`: the sandbox reports no OS limits (its own are in `Limits`).
pub fn ulimit<'a>(_sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let setting = args[1..].iter().any(|a| !a.starts_with('-'));
        if !setting {
            io.stdout.write_str("unlimited\n").await?;
        }
        Ok(0)
    })
}

/// `alias [-p] [NAME[=VALUE]...]`: defines or lists aliases (expanded only with
/// `shopt -s expand_aliases`, as in a bash script).
pub fn alias<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let names: Vec<&String> = args[1..].iter().filter(|a| a.as_str() != "-p").collect();
        let quote = |v: &str| format!("'{}'", v.replace('\'', "'\\''"));
        if names.is_empty() {
            let mut out = String::new();
            for (k, v) in &sh.st.aliases {
                out.push_str(&format!("alias {k}={}\n", quote(v)));
            }
            io.stdout.write_str(&out).await?;
            return Ok(0);
        }
        let mut status = 0;
        for a in names {
            match a.split_once('=') {
                Some((k, _))
                    if k.is_empty()
                        || k.contains([' ', '\t', '\n', '/', '$', '`', '=', '"', '\'']) =>
                {
                    sh.report(io, &format!("alias: `{k}': invalid alias name"))
                        .await?;
                    status = 1;
                }
                Some((k, v)) => {
                    sh.st.aliases.insert(k.to_string(), v.to_string());
                }
                None => match sh.st.aliases.get(a.as_str()) {
                    Some(v) => {
                        let line = format!("alias {a}={}\n", quote(v));
                        io.stdout.write_str(&line).await?;
                    }
                    None => {
                        sh.report(io, &format!("alias: {a}: not found")).await?;
                        status = 1;
                    }
                },
            }
        }
        Ok(status)
    })
}

/// `unalias [-a] NAME...`
pub fn unalias<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if args.len() < 2 {
            io.stderr
                .write_str("unalias: usage: unalias [-a] name [name ...]\n")
                .await?;
            return Ok(2);
        }
        let mut status = 0;
        for a in &args[1..] {
            if a == "-a" {
                sh.st.aliases.clear();
                continue;
            }
            if sh.st.aliases.remove(a.as_str()).is_none() {
                sh.report(io, &format!("unalias: {a}: not found")).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

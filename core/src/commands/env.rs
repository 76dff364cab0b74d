//! `env`: print the environment, or run a utility with a changed one (through
//! [`Ctx::spawn`]). Signal options are accepted and ignored: nothing here has signals.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{fatal, per_file};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "+i|ignore-environment 0|null u|unset= C|chdir= S|split-string= \
                    |block-signal? |default-signal? |ignore-signal? |list-signal-handling \
                    v|debug";

/// Runs `env`.
pub fn env<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/env.txt"),
            version: "Richard Mlynarik, David MacKenzie, and Assaf Gordon",
            status: 125,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut vars = ctx.env.clone();
        let (mut null, mut debug) = (false, false);
        let mut chdir = None;
        let mut split: Vec<String> = Vec::new();
        // `-v`'s trace, in GNU's order: cleaning, unsets, assignments, chdir.
        let (mut cleaning, mut unsets) = (false, Vec::new());
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "i" => {
                    vars.clear();
                    cleaning = true;
                }
                "0" => null = true,
                "u" => {
                    vars.retain(|(n, _)| *n != v);
                    unsets.push(v);
                }
                "C" => chdir = Some(v),
                "v" => debug = true,
                "S" => match split_string(&v) {
                    Some(words) => split.extend(words),
                    None => {
                        ctx.err("no terminating quote in -S string").await?;
                        return Ok(125);
                    }
                },
                _ => {}
            }
        }
        let mut ops = split;
        ops.extend(parsed.operands);
        let mut rest = ops.into_iter().peekable();
        if rest.peek().is_some_and(|o| o == "-") {
            rest.next();
            vars.clear();
        }
        let mut trace = Vec::new();
        if cleaning {
            trace.push("cleaning environ".to_string());
        }
        trace.extend(unsets.iter().map(|u| format!("unset:    {u}")));
        while let Some((name, value)) = rest.peek().and_then(|o| o.split_once('=')) {
            let (name, value) = (name.to_string(), value.to_string());
            trace.push(format!("setenv:   {name}={value}"));
            match vars.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = value,
                None => vars.push((name, value)),
            }
            rest.next();
        }
        let argv: Vec<String> = rest.collect();
        if argv.is_empty() {
            if chdir.is_some() {
                ctx.err("must specify command with --chdir (-C)").await?;
                args::try_help(ctx).await?;
                return Ok(125);
            }
            if debug {
                write_trace(ctx, &trace).await?;
            }
            let end = if null { '\0' } else { '\n' };
            let mut out = String::new();
            for (n, v) in &vars {
                out.push_str(&format!("{n}={v}{end}"));
            }
            ctx.stdout.write_str(&out).await?;
            return Ok(0);
        }
        if null {
            ctx.err("cannot specify --null (-0) with command").await?;
            args::try_help(ctx).await?;
            return Ok(125);
        }
        let chdir_shown = chdir.clone();
        let cwd = match chdir {
            Some(dir) => {
                let abs = ctx.path(&dir);
                match ctx.rt.vfs.stat(&abs).await {
                    Ok(m) if m.is_dir() => {
                        // What a shell started there would set (GNU env leaves it to it).
                        if let Some(slot) = vars.iter_mut().find(|(n, _)| n == "PWD") {
                            slot.1 = abs.clone();
                        }
                        abs
                    }
                    r => {
                        let reason = match r {
                            Ok(_) => ErrorKind::NotADirectory.describe().to_string(),
                            Err(e) => per_file(e)?.reason(),
                        };
                        let msg = format!(
                            "cannot change directory to {}: {reason}",
                            quote_always(&dir)
                        );
                        ctx.err(&msg).await?;
                        return Ok(125);
                    }
                }
            }
            None => ctx.cwd.clone(),
        };
        if debug {
            // GNU writes the trace without the `env: ` prefix.
            if let Some(dir) = &chdir_shown {
                trace.push(format!("chdir:    {}", quote_always(dir)));
            }
            trace.push(format!(
                "executing: {}",
                argv.first().map(String::as_str).unwrap_or("")
            ));
            for (i, a) in argv.iter().enumerate() {
                trace.push(format!("   arg[{i}]= {}", quote_locale(a)));
            }
            write_trace(ctx, &trace).await?;
        }
        run(ctx, argv, vars, cwd, "", ctx.deadline).await
    })
}

/// Writes `-v`'s trace lines to stderr.
async fn write_trace(ctx: &Ctx<'_>, trace: &[String]) -> Result<()> {
    let mut msg = String::new();
    for line in trace {
        msg.push_str(line);
        msg.push('\n');
    }
    ctx.stderr.write_str(&msg).await
}

/// Runs `argv` like `execvp` would, with GNU's 126/127 statuses and messages
/// (`NAME: WHAT‘cmd’: reason`).
pub(crate) async fn run(
    ctx: &Ctx<'_>,
    argv: Vec<String>,
    vars: Vec<(String, String)>,
    cwd: String,
    what: &str,
    deadline: Option<std::time::Duration>,
) -> Result<i32> {
    let name = argv.first().cloned().unwrap_or_default();
    let req = crate::eval::spawn::SpawnRequest {
        argv,
        env: vars,
        cwd,
        stdin: ctx.stdin.clone(),
        stdout: ctx.stdout.clone(),
        stderr: ctx.stderr.clone(),
        deadline,
    };
    match crate::eval::spawn::spawn(ctx.rt.clone(), req).await {
        Ok(s) => Ok(s),
        Err(e) if fatal(&e) || e.kind() == ErrorKind::BrokenPipe => Err(e),
        Err(e) => {
            let status = if e.kind() == ErrorKind::NotFound {
                127
            } else {
                126
            };
            ctx.err(&format!("{what}{}: {}", quote_locale(&name), e.reason()))
                .await?;
            Ok(status)
        }
    }
}

/// `-S STRING`: splits on blanks with single and double quotes and backslash escapes.
fn split_string(s: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut it = s.chars();
    while let Some(c) = it.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if has {
                    words.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            '\'' => {
                has = true;
                loop {
                    match it.next()? {
                        '\'' => break,
                        c => cur.push(c),
                    }
                }
            }
            '"' => {
                has = true;
                loop {
                    match it.next()? {
                        '"' => break,
                        '\\' => cur.push(it.next()?),
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                has = true;
                match it.next()? {
                    'n' => cur.push('\n'),
                    't' => cur.push('\t'),
                    '_' => cur.push(' '),
                    c => cur.push(c),
                }
            }
            c => {
                has = true;
                cur.push(c);
            }
        }
    }
    if has {
        words.push(cur);
    }
    Some(words)
}

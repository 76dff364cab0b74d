//! `timeout`: run a utility (through [`Ctx::spawn`]) raced against the embedder's clock.
//! On expiry the utility's future is dropped, which stops it at once wherever it waits;
//! so there is no grace period and `-k` is accepted but changes nothing. Signals only
//! name the exit status: 124, or 128+N with `--preserve-status` (137 for `-s KILL`, which
//! GNU's own process also dies of).
//!
//! The timer advances in slices and yields to the executor between them, so with a clock
//! whose `sleep` returns at once (tests) a command that merely waits on a pipe is not
//! declared timed out on its first pending poll.

use std::time::Duration;

use futures::future::{Either, select};

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::env::run;
use crate::commands::{Ctx, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "+|foreground k|kill-after= |preserve-status s|signal= v|verbose";

const SIGNALS: [(&str, i32); 20] = [
    ("HUP", 1),
    ("INT", 2),
    ("QUIT", 3),
    ("ILL", 4),
    ("TRAP", 5),
    ("ABRT", 6),
    ("BUS", 7),
    ("FPE", 8),
    ("KILL", 9),
    ("USR1", 10),
    ("SEGV", 11),
    ("USR2", 12),
    ("PIPE", 13),
    ("ALRM", 14),
    ("TERM", 15),
    ("CHLD", 17),
    ("CONT", 18),
    ("STOP", 19),
    ("TSTP", 20),
    ("WINCH", 28),
];

/// A signal by name (`TERM`, `SIGTERM`, `term`) or number.
pub(crate) fn signal(s: &str) -> Option<(String, i32)> {
    if let Ok(n) = s.parse::<i32>() {
        let name = SIGNALS
            .iter()
            .find(|(_, k)| *k == n)
            .map(|(nm, _)| nm.to_string())
            .unwrap_or_else(|| n.to_string());
        return (0..=64).contains(&n).then_some((name, n));
    }
    let up = s.to_ascii_uppercase();
    let up = up.strip_prefix("SIG").unwrap_or(&up);
    SIGNALS
        .iter()
        .find(|(nm, _)| *nm == up)
        .map(|(nm, n)| (nm.to_string(), *n))
}

/// `1.5`, `2m`, `1d`: seconds as a float.
fn duration(s: &str) -> Option<f64> {
    let (num, mult) = match s.chars().last()? {
        's' => (&s[..s.len() - 1], 1.0),
        'm' => (&s[..s.len() - 1], 60.0),
        'h' => (&s[..s.len() - 1], 3600.0),
        'd' => (&s[..s.len() - 1], 86400.0),
        _ => (s, 1.0),
    };
    if num.is_empty() || num.starts_with(['+', '-']) || num.contains(['e', 'E', 'n', 'N', 'i', 'I'])
    {
        return None;
    }
    let v: f64 = num.parse().ok()?;
    (v >= 0.0 && v.is_finite()).then_some(v * mult)
}

/// Runs `timeout`.
pub fn timeout<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/timeout.txt"),
            version: "Padraig Brady",
            status: 125,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut preserve, mut verbose) = (false, false);
        let mut sig = ("TERM".to_string(), 15);
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "preserve-status" => preserve = true,
                "v" => verbose = true,
                "s" => match signal(&v) {
                    Some(s) => sig = s,
                    None => {
                        ctx.err(&format!("{}: invalid signal", quote_locale(&v)))
                            .await?;
                        try_help(ctx).await?;
                        return Ok(125);
                    }
                },
                "k" if duration(&v).is_none() => return bad_interval(ctx, &v).await,
                _ => {}
            }
        }
        let mut ops = parsed.operands.into_iter();
        let (Some(dur), Some(cmd)) = (ops.next(), ops.next()) else {
            try_help(ctx).await?;
            return Ok(125);
        };
        let Some(secs) = duration(&dur) else {
            return bad_interval(ctx, &dur).await;
        };
        let mut argv = vec![cmd];
        argv.extend(ops);
        let name = argv.first().cloned().unwrap_or_default();
        let vars = ctx.env.clone();
        let cwd = ctx.cwd.clone();
        if secs == 0.0 {
            return run_named(ctx, argv, vars, cwd, ctx.deadline).await;
        }
        let dur = Duration::from_secs_f64(secs.min(1e9));
        let clock = ctx.rt.clock.clone();
        let deadline = clock.now().saturating_add(dur);
        let rt = ctx.rt.clone();
        let timer = async move {
            loop {
                let now = rt.clock.now();
                if now >= deadline {
                    return Ok::<(), crate::error::Error>(());
                }
                let slice = (deadline - now).min(Duration::from_millis(50));
                rt.sleep(slice).await?;
                rt.clock.yield_now().await;
            }
        };
        // The command also gets the deadline (the nearer of ours and an enclosing one):
        // commands that compute without awaiting (jq, bc) never let the timer run.
        let inner = ctx.deadline.map_or(deadline, |d| d.min(deadline));
        let command = run_named(ctx, argv, vars, cwd, Some(inner));
        match select(Box::pin(command), Box::pin(timer)).await {
            // Our deadline passed inside such a command; an enclosing one's passes on up.
            Either::Left((Err(e), _))
                if e.kind() == ErrorKind::TimedOut && clock.now() >= deadline => {}
            Either::Left((status, _)) => {
                let status = status?;
                // A clock that jumps (tests) lets a sleeping command finish past the end.
                if clock.now() <= deadline {
                    return Ok(status);
                }
            }
            // Dropping the command's future here stops it.
            Either::Right((r, _)) => r?,
        }
        if verbose {
            let msg = format!(
                "sending signal {} to command {}",
                sig.0,
                quote_locale(&name)
            );
            ctx.err(&msg).await?;
        }
        if preserve || sig.1 == 9 {
            return Ok(128 + sig.1);
        }
        Ok(124)
    })
}

async fn run_named(
    ctx: &Ctx<'_>,
    argv: Vec<String>,
    vars: Vec<(String, String)>,
    cwd: String,
    deadline: Option<Duration>,
) -> Result<i32> {
    run(ctx, argv, vars, cwd, "failed to run command ", deadline).await
}

async fn bad_interval(ctx: &Ctx<'_>, v: &str) -> Result<i32> {
    ctx.err(&format!("invalid time interval {}", quote_locale(v)))
        .await?;
    try_help(ctx).await?;
    Ok(125)
}

#[cfg(test)]
mod tests {
    use super::{duration, signal};

    #[test]
    fn durations_and_signals() {
        assert_eq!(duration("1.5"), Some(1.5));
        assert_eq!(duration("2m"), Some(120.0));
        assert_eq!(duration("1d"), Some(86400.0));
        assert_eq!(duration("x"), None);
        assert_eq!(duration("-1"), None);
        assert_eq!(duration("1x"), None);
        assert_eq!(signal("KILL"), Some(("KILL".into(), 9)));
        assert_eq!(signal("sigterm"), Some(("TERM".into(), 15)));
        assert_eq!(signal("9"), Some(("KILL".into(), 9)));
        assert_eq!(signal("FOO"), None);
    }
}

//! `sleep`: waits on the embedder's clock; cancellation ends it at once.

use std::time::Duration;

use crate::commands::Ctx;
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = "Usage: sleep NUMBER[SUFFIX]...
  or:  sleep OPTION
Pause for NUMBER seconds.  SUFFIX may be 's' for seconds (the default),
'm' for minutes, 'h' for hours or 'd' for days.  NUMBER need not be an
integer.  Given two or more arguments, pause for the amount of time
specified by the sum of their values.

      --help        display this help and exit
      --version     output version information and exit
";

fn parse(arg: &str) -> Option<f64> {
    let (num, mult) = match arg.chars().last()? {
        's' => (&arg[..arg.len() - 1], 1.0),
        'm' => (&arg[..arg.len() - 1], 60.0),
        'h' => (&arg[..arg.len() - 1], 3600.0),
        'd' => (&arg[..arg.len() - 1], 86400.0),
        _ => (arg, 1.0),
    };
    let v: f64 = num.parse().ok()?;
    (v >= 0.0 && !v.is_nan()).then_some(v * mult)
}

/// Runs `sleep`.
pub fn sleep<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = crate::commands::args::Usage {
            help: HELP,
            version: "Jim Meyering and Paul Eggert",
            status: 1,
        };
        // Like GNU, a leading `-` is an option (`sleep -1` is an invalid option).
        let parsed = crate::parse_or_exit!(ctx, "", usage);
        let args = parsed.operands;
        if args.is_empty() {
            ctx.err("missing operand").await?;
            ctx.stderr
                .write_str("Try 'sleep --help' for more information.\n")
                .await?;
            return Ok(1);
        }
        let mut total = 0.0;
        for a in &args {
            match parse(a) {
                Some(v) => total += v,
                None => {
                    ctx.err(&format!("invalid time interval {}", super::quote_locale(a)))
                        .await?;
                    ctx.stderr
                        .write_str("Try 'sleep --help' for more information.\n")
                        .await?;
                    return Ok(1);
                }
            }
        }
        ctx.rt
            .sleep(Duration::from_secs_f64(total.min(1e9)))
            .await?;
        Ok(0)
    })
}

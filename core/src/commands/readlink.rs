//! `readlink`: print a link's target, or with `-f`/`-e`/`-m` the canonical path.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{Missing, missing, per_file, raw_abs, resolve};
use crate::commands::{Ctx, file_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "f|canonicalize e|canonicalize-existing m|canonicalize-missing \
                    n|no-newline q|quiet s|silent v|verbose z|zero";

/// Runs `readlink`.
pub fn readlink<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/readlink.txt"),
            version: "Dmitry V. Levin",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut mode, mut no_nl, mut verbose, mut zero) = (None, false, false, false);
        for (k, _) in &parsed.opts {
            match *k {
                "f" => mode = Some(Missing::Last),
                "e" => mode = Some(Missing::None),
                "m" => mode = Some(Missing::All),
                "n" => no_nl = true,
                "q" | "s" => verbose = false,
                "v" => verbose = true,
                "z" => zero = true,
                _ => {}
            }
        }
        let ops = &parsed.operands;
        if ops.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        if no_nl && ops.len() > 1 {
            ctx.err("ignoring --no-newline with multiple arguments")
                .await?;
            no_nl = false;
        }
        let end = if zero {
            "\0"
        } else if no_nl {
            ""
        } else {
            "\n"
        };
        let mut status = 0;
        for op in ops {
            ctx.check()?;
            let r = match (mode, raw_abs(ctx, op)) {
                (_, Err(e)) => Err(e),
                (Some(m), Ok(abs)) => resolve(ctx, &abs, m).await,
                (None, Ok(_)) => ctx.rt.vfs.read_link(&ctx.path(op)).await,
            };
            match r {
                Ok(p) => ctx.stdout.write_str(&format!("{p}{end}")).await?,
                Err(e) => {
                    let e = per_file(e)?;
                    if verbose {
                        ctx.err(&file_error(op, &e)).await?;
                    }
                    status = 1;
                }
            }
        }
        Ok(status)
    })
}

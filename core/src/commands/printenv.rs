//! `printenv`: print all or some environment variables.

use crate::commands::Ctx;
use crate::commands::args::{self, Outcome, Usage};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

/// Runs `printenv`.
pub fn printenv<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/printenv.txt"),
            version: "David MacKenzie and Richard Mlynarik",
            status: 2,
        };
        let parsed = match args::parse(ctx, "0|null", usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let end = if parsed.opts.is_empty() { '\n' } else { '\0' };
        let mut out = String::new();
        let mut status = 0;
        if parsed.operands.is_empty() {
            for (n, v) in &ctx.env {
                out.push_str(&format!("{n}={v}{end}"));
            }
        } else {
            for name in &parsed.operands {
                match ctx.env.iter().find(|(n, _)| n == name) {
                    Some((_, v)) if !name.contains('=') => {
                        out.push_str(v);
                        out.push(end);
                    }
                    _ => status = 1,
                }
            }
        }
        ctx.stdout.write_str(&out).await?;
        Ok(status)
    })
}

//! `dirname`: strip the last component from names.

use crate::commands::Ctx;
use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{dir_name, missing};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

/// Runs `dirname`.
pub fn dirname<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/dirname.txt"),
            version: "David MacKenzie and Jim Meyering",
            status: 1,
        };
        let parsed = match args::parse(ctx, "z|zero", usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        if parsed.operands.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        let end = if parsed.opts.is_empty() { '\n' } else { '\0' };
        let mut out = String::new();
        for n in &parsed.operands {
            out.push_str(dir_name(n));
            out.push(end);
        }
        ctx.stdout.write_str(&out).await?;
        Ok(0)
    })
}

//! `basename`: strip directories (and a suffix) from names.

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::fsutil::{base_name, missing};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "a|multiple s|suffix= z|zero";

/// Runs `basename`.
pub fn basename<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/basename.txt"),
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut multiple, mut suffix, mut zero) = (false, None, false);
        for (k, v) in &parsed.opts {
            match *k {
                "a" => multiple = true,
                "s" => {
                    multiple = true;
                    suffix = v.clone();
                }
                "z" => zero = true,
                _ => {}
            }
        }
        let ops = parsed.operands;
        if ops.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        let names: Vec<&String> = if multiple {
            ops.iter().collect()
        } else {
            if ops.len() > 2 {
                let extra = ops.get(2).map(String::as_str).unwrap_or("");
                ctx.err(&format!("extra operand {}", quote_locale(extra)))
                    .await?;
                try_help(ctx).await?;
                return Ok(1);
            }
            suffix = ops.get(1).cloned();
            ops.iter().take(1).collect()
        };
        let end = if zero { '\0' } else { '\n' };
        let mut out = String::new();
        for n in names {
            out.push_str(strip(base_name(n), suffix.as_deref()));
            out.push(end);
        }
        ctx.stdout.write_str(&out).await?;
        Ok(0)
    })
}

/// Removes `suffix` unless it is the whole name.
fn strip<'n>(name: &'n str, suffix: Option<&str>) -> &'n str {
    match suffix {
        Some(s) if !s.is_empty() && name != s && name.ends_with(s) && name != "/" => {
            &name[..name.len() - s.len()]
        }
        _ => name,
    }
}

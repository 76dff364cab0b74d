//! `unlink FILE` and `link FILE1 FILE2`: the bare system calls, with GNU's messages. The
//! VFS has no hard links, so `link` makes an independent copy (like `ln` without `-s`).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{missing, per_file};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

/// Parses the options-free command line; the operands when there are exactly `n`.
async fn operands(
    ctx: &mut Ctx<'_>,
    help: &'static str,
    n: usize,
) -> Result<Result<Vec<String>, i32>> {
    let usage = Usage {
        help,
        version: "Michael Stone",
        status: 1,
    };
    let parsed = match args::parse(ctx, "", usage).await? {
        Outcome::Run(p) => p,
        Outcome::Exit(code) => return Ok(Err(code)),
    };
    let ops = parsed.operands;
    if ops.len() < n {
        let what = match ops.last() {
            Some(last) => format!("missing operand after {}", quote_locale(last)),
            None => "missing operand".to_string(),
        };
        return Ok(Err(missing(ctx, &what).await?));
    }
    if let Some(extra) = ops.get(n) {
        let what = format!("extra operand {}", quote_locale(extra));
        return Ok(Err(missing(ctx, &what).await?));
    }
    Ok(Ok(ops))
}

/// Runs `unlink`.
pub fn unlink<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let ops = match operands(ctx, include_str!("help/unlink.txt"), 1).await? {
            Ok(v) => v,
            Err(code) => return Ok(code),
        };
        let op = ops.first().map(String::as_str).unwrap_or("");
        let abs = ctx.path(op);
        let r = match crate::commands::fsutil::lstat_arg(ctx, op, &abs).await {
            _ if op.is_empty() => Err(Error::new(ErrorKind::NotFound)),
            Ok(m) if m.is_dir() => Err(Error::new(ErrorKind::IsADirectory)),
            Ok(_) => ctx.rt.vfs.remove(&abs, false).await,
            Err(e) => Err(e),
        };
        match r {
            Ok(()) => Ok(0),
            Err(e) => {
                let e = per_file(e)?;
                ctx.err(&format!(
                    "cannot unlink {}: {}",
                    quote_always(op),
                    e.reason()
                ))
                .await?;
                Ok(1)
            }
        }
    })
}

/// Runs `link`.
pub fn link<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let ops = match operands(ctx, include_str!("help/link.txt"), 2).await? {
            Ok(v) => v,
            Err(code) => return Ok(code),
        };
        let (from, to) = match ops.as_slice() {
            [a, b] => (a.as_str(), b.as_str()),
            _ => return Ok(1),
        };
        let vfs = &ctx.rt.vfs;
        let (fabs, tabs) = (ctx.path(from), ctx.path(to));
        let r = async {
            let meta = if from.is_empty() {
                return Err(Error::new(ErrorKind::NotFound));
            } else {
                vfs.stat(&fabs).await?
            };
            if meta.is_dir() {
                return Ok(false);
            }
            if to.is_empty() {
                return Err(Error::new(ErrorKind::NotFound));
            }
            if vfs.lstat(&tabs).await.is_ok() {
                return Err(Error::new(ErrorKind::AlreadyExists));
            }
            vfs.copy_file(&fabs, &tabs).await.map(|()| true)
        };
        let reason = match r.await {
            Ok(true) => return Ok(0),
            // link(2) of a directory: EPERM.
            Ok(false) => "Operation not permitted".to_string(),
            Err(e) => per_file(e)?.reason().to_string(),
        };
        let msg = format!(
            "cannot create link {} to {}: {reason}",
            quote_always(to),
            quote_always(from),
        );
        ctx.err(&msg).await?;
        Ok(1)
    })
}

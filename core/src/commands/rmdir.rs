//! `rmdir`: remove empty directories (`-p` ancestors, `-v`, `--ignore-fail-on-non-empty`).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{dir_name, missing, per_file, say};
use crate::commands::{Ctx, quote_always};
use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "|ignore-fail-on-non-empty p|parents v|verbose";

/// Runs `rmdir`.
pub fn rmdir<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/rmdir.txt"),
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let has = |k: &str| parsed.opts.iter().any(|(o, _)| *o == k);
        let (ignore, parents, verbose) = (has("ignore-fail-on-non-empty"), has("p"), has("v"));
        if parsed.operands.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        let mut status = 0;
        for op in &parsed.operands {
            let mut cur = op.trim_end_matches('/').to_string();
            if cur.is_empty() {
                cur = op.clone();
            }
            let mut first = true;
            loop {
                ctx.check()?;
                if verbose {
                    say(ctx, &format!("removing directory, {}", quote_always(&cur))).await?;
                }
                match remove_dir(ctx, &cur).await {
                    Ok(()) => {}
                    Err(e) => {
                        let e = per_file(e)?;
                        if !(ignore && e.kind() == ErrorKind::DirectoryNotEmpty) {
                            let what = if first { "" } else { "directory " };
                            let msg = format!(
                                "failed to remove {what}{}: {}",
                                quote_always(&cur),
                                e.reason()
                            );
                            ctx.err(&msg).await?;
                            status = 1;
                        }
                        break;
                    }
                }
                if !parents {
                    break;
                }
                let parent = dir_name(&cur);
                if parent == "." || parent == "/" || parent == cur {
                    break;
                }
                cur = parent.to_string();
                first = false;
            }
        }
        Ok(status)
    })
}

async fn remove_dir(ctx: &Ctx<'_>, name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::new(ErrorKind::NotFound));
    }
    if crate::commands::fsutil::base_name(name) == "." {
        return Err(Error::new(ErrorKind::InvalidPath));
    }
    let abs = ctx.path(name);
    let meta = ctx.rt.vfs.lstat(&abs).await?;
    if !meta.is_dir() {
        return Err(Error::new(ErrorKind::NotADirectory));
    }
    ctx.rt.vfs.remove(&abs, false).await
}

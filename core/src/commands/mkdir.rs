//! `mkdir`: create directories (`-p` parents, `-m` mode, `-v`), GNU messages. The memory
//! backend keeps fixed directory modes, so `-m` only shows where a backend stores modes.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::chmod::apply;
use crate::commands::fsutil::{missing, per_file, say};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "m|mode= p|parents v|verbose Z |context?";

/// Runs `mkdir`.
pub fn mkdir<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/mkdir.txt"),
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut parents, mut verbose, mut mode) = (false, false, None);
        for (k, v) in &parsed.opts {
            match *k {
                "p" => parents = true,
                "v" => verbose = true,
                "m" => mode = v.clone(),
                _ => {}
            }
        }
        if parsed.operands.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        let bits = match &mode {
            Some(m) => match apply(m, 0o777, true, ctx.umask) {
                Some(b) => Some(b),
                None => {
                    ctx.err(&format!("invalid mode {}", quote_locale(m)))
                        .await?;
                    return Ok(1);
                }
            },
            None => None,
        };
        let mut status = 0;
        for op in &parsed.operands {
            ctx.check()?;
            let r = if op.is_empty() {
                Err((op.clone(), ErrorKind::NotFound))
            } else if parents {
                make_parents(ctx, op, verbose).await?
            } else {
                match ctx.rt.vfs.create_dir(&ctx.path(op)).await {
                    Ok(()) => {
                        if verbose {
                            created(ctx, op).await?;
                        }
                        Ok(())
                    }
                    Err(e) => Err((op.clone(), per_file(e)?.kind())),
                }
            };
            match r {
                Ok(()) => {
                    // Without -m: 0777 less the umask (the backend's default is 0755).
                    let b = bits.unwrap_or(0o777 & !ctx.umask);
                    if bits.is_some() || b != 0o755 {
                        let _ = ctx.rt.vfs.set_mode(&ctx.path(op), b).await;
                    }
                }
                Err((name, kind)) => {
                    let msg = format!(
                        "cannot create directory {}: {}",
                        quote_locale(&name),
                        kind.describe()
                    );
                    ctx.err(&msg).await?;
                    status = 1;
                }
            }
        }
        Ok(status)
    })
}

async fn created(ctx: &Ctx<'_>, name: &str) -> Result<()> {
    say(ctx, &format!("created directory {}", quote_always(name))).await
}

/// `mkdir -p`: creates each missing component, naming the one that failed.
async fn make_parents(
    ctx: &Ctx<'_>,
    op: &str,
    verbose: bool,
) -> Result<std::result::Result<(), (String, ErrorKind)>> {
    let trimmed = op.trim_end_matches('/').len();
    let bytes = op.as_bytes();
    let mut ends: Vec<usize> = (1..trimmed)
        .filter(|&i| bytes.get(i) == Some(&b'/') && bytes.get(i - 1) != Some(&b'/'))
        .collect();
    if trimmed > 0 {
        ends.push(trimmed);
    }
    let count = ends.len();
    for (n, end) in ends.into_iter().enumerate() {
        ctx.check()?;
        let prefix = if n + 1 == count { op } else { &op[..end] };
        let abs = ctx.path(prefix);
        let last = n + 1 == count;
        match ctx.rt.vfs.stat(&abs).await {
            Ok(m) if m.is_dir() => continue,
            Ok(_) if last => return Ok(Err((prefix.to_string(), ErrorKind::AlreadyExists))),
            Ok(_) => return Ok(Err((prefix.to_string(), ErrorKind::NotADirectory))),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Ok(Err((prefix.to_string(), per_file(e)?.kind()))),
        }
        match ctx.rt.vfs.create_dir(&abs).await {
            Ok(()) => {
                if verbose {
                    created(ctx, prefix).await?;
                }
            }
            Err(e) => return Ok(Err((prefix.to_string(), per_file(e)?.kind()))),
        }
    }
    Ok(Ok(()))
}

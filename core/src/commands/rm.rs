//! `rm`: remove files and (with `-r`/`-d`) directories. A tree is listed once with
//! `vfs.walk` (for `-v`) and removed with one recursive `remove`. `-i`/`-I` ask on stderr
//! and read the answers from stdin; `-ri` asks once per operand (`descend into directory`)
//! and then removes the whole tree. `-v` lists a tree in name order, contents before their
//! directory (GNU follows the disk's directory order).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{ask, base_name, join_arg, missing, per_file};
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::WalkEntry;

const SPEC: &str = "f|force i I |interactive? |one-file-system |no-preserve-root \
                    |preserve-root? r|recursive R d|dir v|verbose";

struct Opts {
    force: bool,
    /// `-i`: 1, `-I`: 2.
    interactive: u8,
    recursive: bool,
    dir: bool,
    verbose: bool,
    preserve_root: bool,
}

/// Runs `rm`.
pub fn rm<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/rm.txt"),
            version: "Paul Rubin, David MacKenzie, Richard M. Stallman,\nand Jim Meyering",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts {
            force: false,
            interactive: 0,
            recursive: false,
            dir: false,
            verbose: false,
            preserve_root: true,
        };
        for (k, v) in &parsed.opts {
            match *k {
                "f" => {
                    o.force = true;
                    o.interactive = 0;
                }
                "i" => o.interactive = 1,
                "I" => o.interactive = 2,
                "interactive" => {
                    o.interactive = match v.as_deref() {
                        Some("never" | "no" | "none") => 0,
                        Some("once") => 2,
                        _ => 1,
                    }
                }
                "r" | "R" => o.recursive = true,
                "d" => o.dir = true,
                "v" => o.verbose = true,
                "no-preserve-root" => o.preserve_root = false,
                "preserve-root" => o.preserve_root = true,
                _ => {}
            }
        }
        if parsed.operands.is_empty() {
            if o.force {
                return Ok(0);
            }
            return missing(ctx, "missing operand").await;
        }
        let n = parsed.operands.len();
        if o.interactive == 2 && (n > 3 || o.recursive) {
            let s = if n == 1 { "" } else { "s" };
            let how = if o.recursive { " recursively" } else { "" };
            if !ask(ctx, &format!("remove {n} argument{s}{how}?")).await? {
                return Ok(0);
            }
        }
        let mut status = 0;
        for op in &parsed.operands {
            ctx.check()?;
            if !remove_one(ctx, &o, op).await? {
                status = 1;
            }
        }
        Ok(status)
    })
}

/// Removes one operand; false when it failed (the message is printed).
async fn remove_one(ctx: &Ctx<'_>, o: &Opts, op: &str) -> Result<bool> {
    if op.is_empty() {
        return if o.force {
            Ok(true)
        } else {
            cannot(ctx, op, ErrorKind::NotFound).await
        };
    }
    let base = base_name(op);
    if (base == "." || base == "..") && (o.recursive || o.dir) {
        let msg = format!(
            "refusing to remove '.' or '..' directory: skipping {}",
            quote_always(op)
        );
        ctx.err(&msg).await?;
        return Ok(false);
    }
    let abs = ctx.path(op);
    if o.recursive && o.preserve_root && abs == "/" {
        ctx.err("it is dangerous to operate recursively on '/'")
            .await?;
        ctx.err("use --no-preserve-root to override this failsafe")
            .await?;
        return Ok(false);
    }
    let vfs = &ctx.rt.vfs;
    let meta = match crate::commands::fsutil::lstat_arg(ctx, op, &abs).await {
        Ok(m) => m,
        Err(e) => {
            let e = per_file(e)?;
            if o.force && matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) {
                return Ok(true);
            }
            return cannot(ctx, op, e.kind()).await;
        }
    };
    if o.interactive == 1 && (!meta.is_dir() || o.recursive || o.dir) {
        let what = if meta.is_symlink() {
            "remove symbolic link"
        } else if meta.is_dir() && o.recursive {
            "descend into directory"
        } else if meta.is_dir() {
            "remove directory"
        } else if meta.size == 0 {
            "remove regular empty file"
        } else {
            "remove regular file"
        };
        if !ask(ctx, &format!("{what} {}?", quote_always(op))).await? {
            return Ok(true);
        }
    }
    if !meta.is_dir() {
        if let Err(e) = vfs.remove(&abs, false).await {
            return cannot(ctx, op, per_file(e)?.kind()).await;
        }
        if o.verbose {
            line(ctx, &format!("removed {}", quote_always(op))).await?;
        }
        return Ok(true);
    }
    if !o.recursive {
        if !o.dir {
            return cannot(ctx, op, ErrorKind::IsADirectory).await;
        }
        if let Err(e) = vfs.remove(&abs, false).await {
            return cannot(ctx, op, per_file(e)?.kind()).await;
        }
        if o.verbose {
            line(ctx, &format!("removed directory {}", quote_always(op))).await?;
        }
        return Ok(true);
    }
    let entries = if o.verbose {
        match vfs.walk(&abs).await {
            Ok(v) => v,
            Err(e) => return cannot(ctx, op, per_file(e)?.kind()).await,
        }
    } else {
        Vec::new()
    };
    if let Err(e) = vfs.remove(&abs, true).await {
        return cannot(ctx, op, per_file(e)?.kind()).await;
    }
    if o.verbose {
        let mut out = String::new();
        for (path, is_dir) in post_order(&entries) {
            ctx.check()?;
            let shown = join_arg(op, path);
            if is_dir {
                out.push_str(&format!("removed directory {}\n", quote_always(&shown)));
            } else {
                out.push_str(&format!("removed {}\n", quote_always(&shown)));
            }
            if out.len() > 64 * 1024 {
                ctx.stdout.write_str(&out).await?;
                out.clear();
            }
        }
        ctx.stdout.write_str(&out).await?;
        line(ctx, &format!("removed directory {}", quote_always(op))).await?;
    }
    Ok(true)
}

async fn cannot(ctx: &Ctx<'_>, op: &str, kind: ErrorKind) -> Result<bool> {
    let msg = format!("cannot remove {}: {}", quote_always(op), kind.describe());
    ctx.err(&msg).await?;
    Ok(false)
}

/// A walk listing (parents first) reordered so each directory follows its contents.
pub(crate) fn post_order(entries: &[WalkEntry]) -> Vec<(&str, bool)> {
    let mut out = Vec::with_capacity(entries.len());
    let mut open: Vec<&str> = Vec::new();
    for e in entries {
        while let Some(top) = open.last() {
            let inside = e.path.len() > top.len()
                && e.path.starts_with(top)
                && e.path.as_bytes().get(top.len()) == Some(&b'/');
            if inside {
                break;
            }
            out.push((*top, true));
            open.pop();
        }
        if e.meta.is_dir() {
            open.push(&e.path);
        } else {
            out.push((&e.path, false));
        }
    }
    while let Some(top) = open.pop() {
        out.push((top, true));
    }
    out
}

async fn line(ctx: &Ctx<'_>, msg: &str) -> Result<()> {
    ctx.stdout.write_str(&format!("{msg}\n")).await
}

//! `ln`: make links. Symbolic links are real VFS links (they resolve inside the virtual
//! tree). The VFS has no hard links: `ln` without `-s` makes an independent copy of the
//! file's contents (later writes to one name do not show through the other).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::backup::Backup;
use crate::commands::fsutil::{TargetOpts, base_name, dir_name, per_file, relative, targets};
use crate::commands::{Ctx, quote_always, quote_name};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "|backup? b d|directory F f|force i|interactive L|logical \
                    n|no-dereference P|physical r|relative s|symbolic S|suffix= \
                    t|target-directory= T|no-target-directory v|verbose";

struct Opts {
    symbolic: bool,
    force: bool,
    verbose: bool,
    relative: bool,
    backup: Backup,
}

/// Runs `ln`.
pub fn ln<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/ln.txt"),
            version: "Mike Parker and David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts {
            symbolic: false,
            force: false,
            verbose: false,
            relative: false,
            backup: Backup::default(),
        };
        match Backup::from_opts(ctx, &parsed.opts).await? {
            Some(b) => o.backup = b,
            None => return Ok(1),
        }
        let mut t = TargetOpts {
            single_ok: true,
            ..TargetOpts::default()
        };
        for (k, v) in &parsed.opts {
            if t.option(k, v) {
                continue;
            }
            match *k {
                "s" => o.symbolic = true,
                "f" => o.force = true,
                "i" => o.force = false,
                "v" => o.verbose = true,
                "r" => o.relative = true,
                "n" => t.no_deref = true,
                _ => {}
            }
        }
        let Some(pairs) = targets(ctx, parsed.operands, &t).await? else {
            return Ok(1);
        };
        let mut status = 0;
        for (src, dst) in pairs {
            ctx.check()?;
            if let Some(msg) = link_one(ctx, &o, &src, &dst).await? {
                ctx.err(&msg).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

async fn link_one(ctx: &Ctx<'_>, o: &Opts, src: &str, dst: &str) -> Result<Option<String>> {
    let vfs = &ctx.rt.vfs;
    let dabs = ctx.path(dst);
    let kind = if o.symbolic { "symbolic" } else { "hard" };
    if src.is_empty() {
        return Ok(Some(if o.symbolic {
            format!(
                "failed to create symbolic link {} -> '': No such file or directory",
                quote_always(dst)
            )
        } else {
            "failed to access '': No such file or directory".to_string()
        }));
    }
    let data = if o.symbolic {
        None
    } else {
        let sabs = ctx.path(src);
        let r = match vfs.stat(&sabs).await {
            Ok(m) if m.is_dir() => {
                return Ok(Some(format!(
                    "{}: hard link not allowed for directory",
                    quote_name(src)
                )));
            }
            Ok(_) => vfs.read(&sabs).await,
            Err(e) => Err(e),
        };
        match r {
            Ok(d) => Some(d),
            Err(e) => {
                let e = per_file(e)?;
                return Ok(Some(format!(
                    "failed to access {}: {}",
                    quote_always(src),
                    e.reason()
                )));
            }
        }
    };
    let mut backed = None;
    if let Ok(existing) = vfs.lstat(&dabs).await {
        if o.backup.enabled() && !existing.is_dir() {
            backed = match o.backup.make(ctx, &dabs).await {
                Ok(b) => b,
                Err(e) => {
                    let e = per_file(e)?;
                    return Ok(Some(format!(
                        "cannot backup {}: {}",
                        quote_always(dst),
                        e.reason()
                    )));
                }
            };
        } else if !o.force {
            return Ok(Some(format!(
                "failed to create {kind} link {}: File exists",
                quote_always(dst)
            )));
        } else if existing.is_dir() {
            return Ok(Some(format!(
                "{}: cannot overwrite directory",
                quote_always(dst)
            )));
        } else if let Err(e) = vfs.remove(&dabs, false).await {
            let e = per_file(e)?;
            return Ok(Some(format!(
                "cannot remove {}: {}",
                quote_always(dst),
                e.reason()
            )));
        }
    }
    let target = if o.symbolic && o.relative {
        relative_target(ctx, src, dst).await
    } else {
        src.to_string()
    };
    let r = match data {
        Some(d) => vfs.write(&dabs, d).await,
        None => vfs.symlink(&target, &dabs).await,
    };
    if let Err(e) = r {
        let e = per_file(e)?;
        return Ok(Some(format!(
            "failed to create {kind} link {}: {}",
            quote_always(dst),
            e.reason()
        )));
    }
    if o.verbose {
        let arrow = if o.symbolic { "->" } else { "=>" };
        // GNU names the backup first: `'b~' ~ 'b' -> 'c'`.
        let note = match backed {
            Some(suffix) => format!("{} ~ ", quote_always(&format!("{dst}{suffix}"))),
            None => String::new(),
        };
        let line = format!(
            "{note}{} {arrow} {}\n",
            quote_always(dst),
            quote_always(&target)
        );
        ctx.stdout.write_str(&line).await?;
    }
    Ok(None)
}

/// `ln -r`: the target text relative to the link's directory.
async fn relative_target(ctx: &Ctx<'_>, src: &str, dst: &str) -> String {
    let vfs = &ctx.rt.vfs;
    let s = ctx.path(src);
    let s = vfs.canonicalize(&s).await.unwrap_or(s);
    let dir = ctx.path(dir_name(dst));
    let dir = vfs.canonicalize(&dir).await.unwrap_or(dir);
    match relative(&s, &dir).as_str() {
        "." => base_name(&s).to_string(),
        r => r.to_string(),
    }
}

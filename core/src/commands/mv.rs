//! `mv`: rename or move files and trees (across mounts the VFS copies, then deletes).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::backup::Backup;
use crate::commands::cp::same_file;
use crate::commands::fsutil::{TargetOpts, ask, per_file, targets};
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "|backup? b f|force i|interactive n|no-clobber \
                    |strip-trailing-slashes S|suffix= t|target-directory= \
                    T|no-target-directory u|update v|verbose Z|context";

/// Runs `mv`.
pub fn mv<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/mv.txt"),
            version: "Mike Parker, David MacKenzie, and Jim Meyering",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut no_clobber, mut update, mut verbose) = (false, false, false);
        let mut interactive = false;
        let mut t = TargetOpts::default();
        for (k, v) in &parsed.opts {
            if t.option(k, v) {
                continue;
            }
            match *k {
                "n" => (no_clobber, interactive) = (true, false),
                "i" => (no_clobber, interactive) = (false, true),
                "f" => (no_clobber, interactive) = (false, false),
                "u" => update = true,
                "v" => verbose = true,
                _ => {}
            }
        }
        let Some(backup) = Backup::from_opts(ctx, &parsed.opts).await? else {
            return Ok(1);
        };
        let Some(pairs) = targets(ctx, parsed.operands, &t).await? else {
            return Ok(1);
        };
        let how = How {
            no_clobber,
            interactive,
            update,
            verbose,
            backup,
        };
        let mut status = 0;
        for (src, dst) in pairs {
            ctx.check()?;
            if let Some(msg) = move_one(ctx, &how, &src, &dst).await? {
                ctx.err(&msg).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

/// The options that decide what happens to one operand.
struct How {
    no_clobber: bool,
    interactive: bool,
    update: bool,
    verbose: bool,
    backup: Backup,
}

/// Moves one operand; the failure message when it failed.
async fn move_one(ctx: &Ctx<'_>, how: &How, src: &str, dst: &str) -> Result<Option<String>> {
    let vfs = &ctx.rt.vfs;
    let (sabs, dabs) = (ctx.path(src), ctx.path(dst));
    let (qs, qd) = (quote_always(src), quote_always(dst));
    let looked = if src.is_empty() {
        Err(crate::error::Error::new(ErrorKind::NotFound))
    } else {
        crate::commands::fsutil::lstat_arg(ctx, src, &sabs).await
    };
    let smeta = match looked {
        Ok(m) => m,
        Err(e) => return Ok(Some(format!("cannot stat {qs}: {}", per_file(e)?.reason()))),
    };
    let dmeta = vfs.lstat(&dabs).await.ok();
    if !smeta.is_dir() && dst.ends_with('/') && !dmeta.as_ref().is_some_and(|m| m.is_dir()) {
        return Ok(Some(format!("cannot move {qs} to {qd}: Not a directory")));
    }
    if dmeta.is_some() && same_file(vfs, &sabs, &dabs).await {
        return Ok(Some(format!("{qs} and {qd} are the same file")));
    }
    if smeta.is_dir() {
        let real = vfs.canonicalize(&sabs).await.unwrap_or(sabs.clone());
        let parent = crate::commands::fsutil::dir_name(&dabs).to_string();
        let real_parent = vfs.canonicalize(&parent).await.unwrap_or(parent);
        if crate::vfs::path::is_within(&real_parent, &real) {
            return Ok(Some(format!(
                "cannot move {qs} to a subdirectory of itself, {qd}"
            )));
        }
    }
    if let Some(d) = &dmeta {
        if how.no_clobber || (how.update && d.mtime >= smeta.mtime) {
            return Ok(None);
        }
        if how.interactive && !ask(ctx, &format!("overwrite {qd}?")).await? {
            return Ok(None);
        }
        if d.is_dir() && !smeta.is_dir() {
            return Ok(Some(format!(
                "cannot overwrite directory {qd} with non-directory"
            )));
        }
        if !d.is_dir() && smeta.is_dir() {
            return Ok(Some(format!(
                "cannot overwrite non-directory {qd} with directory {qs}"
            )));
        }
    }
    let backed = match &dmeta {
        Some(_) => match how.backup.make(ctx, &dabs).await {
            Ok(b) => b,
            Err(e) => {
                return Ok(Some(format!(
                    "cannot backup {qd}: {}",
                    per_file(e)?.reason()
                )));
            }
        },
        None => None,
    };
    match vfs.rename(&sabs, &dabs).await {
        Ok(()) => {}
        Err(e) => {
            let e = per_file(e)?;
            let reason = match e.kind() {
                ErrorKind::InvalidPath => {
                    return Ok(Some(format!(
                        "cannot move {qs} to a subdirectory of itself, {qd}"
                    )));
                }
                _ => e.reason(),
            };
            return Ok(Some(format!("cannot move {qs} to {qd}: {reason}")));
        }
    }
    if how.verbose {
        let note = match backed {
            Some(suffix) => format!(" (backup: {})", quote_always(&format!("{dst}{suffix}"))),
            None => String::new(),
        };
        ctx.stdout
            .write_str(&format!("renamed {qs} -> {qd}{note}\n"))
            .await?;
    }
    Ok(None)
}

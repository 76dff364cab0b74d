//! `cp`: copy files and trees. A tree is listed once with `vfs.walk`, its files are read in
//! batches through `read_many`, then written one by one. `-l` (hard links) is emulated
//! with a copy: the VFS has no hard links. Ownership is always root's, so `-p` keeps mode
//! and modification time.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::backup::Backup;
use crate::commands::fsutil::{TargetOpts, ask, join_arg, missing, per_file, targets};
use crate::commands::{Ctx, quote_always};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::{Metadata, Vfs};

const SPEC: &str = "a|archive |attributes-only |backup? b |copy-contents d f|force \
                    i|interactive H l|link L|dereference n|no-clobber P|no-dereference p \
                    |preserve? |no-preserve= |parents R|recursive r |reflink? \
                    |remove-destination |sparse= |strip-trailing-slashes s|symbolic-link \
                    S|suffix= t|target-directory= T|no-target-directory u|update v|verbose \
                    x|one-file-system Z |context?";

#[derive(Default)]
struct Opts {
    recursive: bool,
    /// Follow links in sources (`-L`, or the default without `-R`).
    deref: Option<bool>,
    preserve: bool,
    no_clobber: bool,
    interactive: bool,
    update: bool,
    verbose: bool,
    link: bool,
    symbolic: bool,
    parents: bool,
    backup: Backup,
}

/// Runs `cp`.
pub fn cp<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/cp.txt"),
            version: "Torbjorn Granlund, David MacKenzie, and Jim Meyering",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts::default();
        match Backup::from_opts(ctx, &parsed.opts).await? {
            Some(b) => o.backup = b,
            None => return Ok(1),
        }
        let mut t = TargetOpts::default();
        for (k, v) in &parsed.opts {
            if t.option(k, v) {
                continue;
            }
            match *k {
                "a" => {
                    o.recursive = true;
                    o.deref = Some(false);
                    o.preserve = true;
                }
                "d" | "P" => o.deref = Some(false),
                "L" | "H" => o.deref = Some(true),
                "R" | "r" => o.recursive = true,
                "p" | "preserve" => o.preserve = true,
                "no-preserve" => o.preserve = false,
                "n" => {
                    o.no_clobber = true;
                    o.interactive = false;
                }
                "i" => {
                    o.interactive = true;
                    o.no_clobber = false;
                }
                "f" => o.no_clobber = false,
                "u" => o.update = true,
                "v" => o.verbose = true,
                "l" => o.link = true,
                "s" => o.symbolic = true,
                "parents" => o.parents = true,
                _ => {}
            }
        }
        let pairs = if o.parents {
            parent_targets(ctx, &o, parsed.operands, t.dir).await?
        } else {
            targets(ctx, parsed.operands, &t).await?
        };
        let Some(pairs) = pairs else {
            return Ok(1);
        };
        let mut status = 0;
        // Sources are read a batch at a time (directories among them just fail to read
        // and are copied as trees).
        for chunk in pairs.chunks(Vfs::BATCH) {
            ctx.check()?;
            let srcs: Vec<String> = chunk
                .iter()
                .map(|(s, _)| if s.is_empty() { s.clone() } else { ctx.path(s) })
                .collect();
            let wanted = !o.symbolic;
            let mut data = if wanted {
                ctx.read_files(&srcs).await
            } else {
                Vec::new()
            }
            .into_iter();
            for (src, dst) in chunk {
                let pre = data.next().and_then(|r| r.ok());
                if !copy_one(ctx, &o, src, dst, pre).await? {
                    status = 1;
                }
            }
        }
        Ok(status)
    })
}

/// `--parents`: each source keeps its path below the target directory, whose missing
/// directories are made first (reported unquoted with `-v`, like GNU).
async fn parent_targets(
    ctx: &Ctx<'_>,
    o: &Opts,
    mut ops: Vec<String>,
    dir: Option<String>,
) -> Result<Option<Vec<(String, String)>>> {
    let vfs = &ctx.rt.vfs;
    let dir = match dir {
        Some(d) => Some(d),
        None if ops.len() >= 2 => ops.pop(),
        None => None,
    };
    let is_dir = match &dir {
        Some(d) => vfs.stat(&ctx.path(d)).await.is_ok_and(|m| m.is_dir()),
        None => false,
    };
    let Some(dir) = dir.filter(|_| is_dir && !ops.is_empty()) else {
        missing(ctx, "with --parents, the destination must be a directory").await?;
        return Ok(None);
    };
    let mut pairs = Vec::with_capacity(ops.len());
    for src in ops {
        ctx.check()?;
        let rel = src.trim_start_matches('/').to_string();
        let mut prefix = String::new();
        let parent = crate::commands::fsutil::dir_name(&rel);
        if parent != "." {
            for comp in parent.split('/').filter(|c| !c.is_empty()) {
                if !prefix.is_empty() {
                    prefix.push('/');
                }
                prefix.push_str(comp);
                let d = join_arg(&dir, &prefix);
                let abs = ctx.path(&d);
                if vfs.stat(&abs).await.is_err() {
                    if let Err(e) = vfs.create_dir(&abs).await {
                        let e = per_file(e)?;
                        fail(
                            ctx,
                            format!("cannot make directory {}: {}", quote_always(&d), e.reason()),
                        )
                        .await?;
                        return Ok(None);
                    }
                    if o.verbose {
                        ctx.stdout.write_str(&format!("{prefix} -> {d}\n")).await?;
                    }
                }
            }
        }
        let dst = join_arg(&dir, &rel);
        pairs.push((src, dst));
    }
    Ok(Some(pairs))
}

async fn fail(ctx: &Ctx<'_>, msg: String) -> Result<bool> {
    ctx.err(&msg).await?;
    Ok(false)
}

/// Copies one operand (`pre`: its contents when already read); false after a reported
/// failure.
async fn copy_one(
    ctx: &Ctx<'_>,
    o: &Opts,
    src: &str,
    dst: &str,
    pre: Option<bytes::Bytes>,
) -> Result<bool> {
    let vfs = &ctx.rt.vfs;
    let (sabs, dabs) = (ctx.path(src), ctx.path(dst));
    let deref = o.deref.unwrap_or(!o.recursive);
    let looked = if src.is_empty() {
        Err(crate::error::Error::new(crate::error::ErrorKind::NotFound))
    } else if sabs == "/dev/null" && vfs.lstat(&sabs).await.is_err() {
        // The sandbox's null device: an empty file to copy from.
        Ok(Metadata::file(0, None))
    } else if deref {
        match vfs.stat(&sabs).await {
            Ok(m) if src.ends_with('/') && !m.is_dir() => Err(crate::error::Error::new(
                crate::error::ErrorKind::NotADirectory,
            )),
            r => r,
        }
    } else {
        crate::commands::fsutil::lstat_arg(ctx, src, &sabs).await
    };
    let smeta = match looked {
        Ok(m) => m,
        Err(e) => {
            let e = per_file(e)?;
            return fail(
                ctx,
                format!("cannot stat {}: {}", quote_always(src), e.reason()),
            )
            .await;
        }
    };
    if smeta.is_dir() && !o.recursive && !o.symbolic {
        return fail(
            ctx,
            format!("-r not specified; omitting directory {}", quote_always(src)),
        )
        .await;
    }
    let dmeta = vfs.stat(&dabs).await.ok();
    if dmeta.is_some() && same_file(vfs, &sabs, &dabs).await {
        let msg = format!(
            "{} and {} are the same file",
            quote_always(src),
            quote_always(dst)
        );
        return fail(ctx, msg).await;
    }
    if o.symbolic {
        return make_link(ctx, o, src, dst, dmeta.is_some()).await;
    }
    if !smeta.is_dir() {
        if dst.ends_with('/') && !dmeta.as_ref().is_some_and(Metadata::is_dir) {
            let msg = format!(
                "cannot create regular file {}: Not a directory",
                quote_always(dst)
            );
            return fail(ctx, msg).await;
        }
        if let Some(d) = &dmeta {
            if d.is_dir() {
                let msg = format!(
                    "cannot overwrite directory {} with non-directory",
                    quote_always(dst)
                );
                return fail(ctx, msg).await;
            }
            if skip(o, &smeta, d) {
                return Ok(true);
            }
            if o.interactive && !ask(ctx, &format!("overwrite {}?", quote_always(dst))).await? {
                return Ok(true);
            }
        }
        let data = if smeta.is_symlink() {
            None
        } else if pre.is_some() {
            pre
        } else {
            match ctx.read_files(std::slice::from_ref(&sabs)).await.pop() {
                Some(Ok(d)) => Some(d),
                None => None,
                Some(Err(e)) => {
                    let e = per_file(e)?;
                    let msg = format!(
                        "cannot open {} for reading: {}",
                        quote_always(src),
                        e.reason()
                    );
                    return fail(ctx, msg).await;
                }
            }
        };
        let backed = match &dmeta {
            Some(_) => match o.backup.make(ctx, &dabs).await {
                Ok(b) => b,
                Err(e) => {
                    let e = per_file(e)?;
                    let msg = format!("cannot backup {}: {}", quote_always(dst), e.reason());
                    return fail(ctx, msg).await;
                }
            },
            None => None,
        };
        let new = dmeta.is_none() || backed.is_some();
        if let Err(e) = put(ctx, o, &sabs, &smeta, &dabs, data, new).await {
            let e = per_file(e)?;
            let msg = format!(
                "cannot create regular file {}: {}",
                quote_always(dst),
                e.reason()
            );
            return fail(ctx, msg).await;
        }
        if o.verbose {
            match backed {
                Some(suffix) => {
                    let line = format!(
                        "{} -> {} (backup: {})\n",
                        quote_always(src),
                        quote_always(dst),
                        quote_always(&format!("{dst}{suffix}"))
                    );
                    ctx.stdout.write_str(&line).await?;
                }
                None => verbose(ctx, src, dst).await?,
            }
        }
        return Ok(true);
    }
    // A directory tree.
    let real_src = vfs.canonicalize(&sabs).await.unwrap_or(sabs.clone());
    let real_dst = vfs.canonicalize(&dabs).await.unwrap_or(dabs.clone());
    // Like GNU, a destination inside the source gets a copy of everything but itself.
    let mut ok = true;
    let inside = crate::vfs::path::is_within(&real_dst, &real_src);
    if inside {
        let msg = format!(
            "cannot copy a directory, {}, into itself, {}",
            quote_always(src),
            quote_always(dst)
        );
        ok = fail(ctx, msg).await?;
        if real_dst == real_src {
            return Ok(ok);
        }
    }
    match &dmeta {
        Some(d) if !d.is_dir() => {
            let msg = format!(
                "cannot overwrite non-directory {} with directory {}",
                quote_always(dst),
                quote_always(src)
            );
            return fail(ctx, msg).await;
        }
        Some(_) => {}
        None => {
            if let Err(e) = vfs.create_dir(&dabs).await {
                let e = per_file(e)?;
                let msg = format!(
                    "cannot create directory {}: {}",
                    quote_always(dst),
                    e.reason()
                );
                return fail(ctx, msg).await;
            }
            new_dir_mode(ctx, o, &dabs, &smeta).await;
            if o.verbose {
                verbose(ctx, src, dst).await?;
            }
        }
    }
    let entries = match vfs.walk(&sabs).await {
        Ok(v) => v,
        Err(e) => {
            let e = per_file(e)?;
            return fail(
                ctx,
                format!("cannot access {}: {}", quote_always(src), e.reason()),
            )
            .await;
        }
    };
    // A destination this copy created holds nothing yet: no need to look before writing.
    let fresh = dmeta.is_none();
    // The destination's path within the source tree, when it lies inside it.
    let skip_rel = crate::vfs::path::strip_dir(&real_dst, &real_src).filter(|_| inside);
    // In walk order (parents first), a bounded chunk at a time: the chunk's files are read
    // with one `read_many`, then every entry is created in order.
    for chunk in entries.chunks(Vfs::BATCH) {
        ctx.check()?;
        let paths: Vec<String> = chunk
            .iter()
            .filter(|e| e.meta.is_file())
            .map(|e| ctx.path(&join_arg(src, &e.path)))
            .collect();
        let mut data = vfs.read_many(&paths).await.into_iter();
        for e in chunk {
            let (s_rel, d_rel) = (join_arg(src, &e.path), join_arg(dst, &e.path));
            let d_abs = ctx.path(&d_rel);
            if let Some(r) = skip_rel
                && crate::vfs::path::is_within(&e.path, r)
            {
                // GNU still makes the (empty) copy of an existing destination folder.
                if !fresh && e.path == r {
                    let _ = vfs.create_dir(&d_abs).await;
                }
                continue;
            }
            if e.meta.is_dir() {
                let r = match if fresh {
                    None
                } else {
                    vfs.stat(&d_abs).await.ok()
                } {
                    Some(m) if m.is_dir() => Ok(()),
                    _ => match vfs.create_dir(&d_abs).await {
                        Ok(()) => {
                            new_dir_mode(ctx, o, &d_abs, &e.meta).await;
                            Ok(())
                        }
                        Err(e) => Err(e),
                    },
                };
                match r {
                    Err(err) => {
                        let err = per_file(err)?;
                        let msg = format!(
                            "cannot create directory {}: {}",
                            quote_always(&d_rel),
                            err.reason()
                        );
                        ok = fail(ctx, msg).await?;
                    }
                    Ok(()) if o.verbose => verbose(ctx, &s_rel, &d_rel).await?,
                    Ok(()) => {}
                }
                continue;
            }
            let content = if e.meta.is_file() {
                match data.next() {
                    Some(Ok(d)) => Some(d),
                    Some(Err(err)) => {
                        let err = per_file(err)?;
                        let msg = format!(
                            "cannot open {} for reading: {}",
                            quote_always(&s_rel),
                            err.reason()
                        );
                        ok = fail(ctx, msg).await?;
                        continue;
                    }
                    None => continue,
                }
            } else {
                None
            };
            let existing = if fresh {
                None
            } else {
                vfs.lstat(&d_abs).await.ok()
            };
            if let Some(d) = &existing
                && skip(o, &e.meta, d)
            {
                continue;
            }
            let s_abs = ctx.path(&s_rel);
            let r = put(ctx, o, &s_abs, &e.meta, &d_abs, content, existing.is_none()).await;
            if let Err(err) = r {
                let err = per_file(err)?;
                let msg = format!(
                    "cannot create regular file {}: {}",
                    quote_always(&d_rel),
                    err.reason()
                );
                ok = fail(ctx, msg).await?;
            } else if o.verbose {
                verbose(ctx, &s_rel, &d_rel).await?;
            }
        }
    }
    if o.preserve {
        let _ = vfs.set_mode(&dabs, smeta.mode).await;
        if let Some(m) = smeta.mtime {
            let _ = vfs.set_mtime(&dabs, m).await;
        }
    }
    Ok(ok)
}

/// `-n` and `-u`: leave an existing destination alone.
fn skip(o: &Opts, src: &Metadata, dst: &Metadata) -> bool {
    o.no_clobber || (o.update && dst.mtime >= src.mtime)
}

/// Writes one file (or recreates one link) at `dabs`, then its attributes.
async fn put(
    ctx: &Ctx<'_>,
    o: &Opts,
    sabs: &str,
    smeta: &Metadata,
    dabs: &str,
    data: Option<bytes::Bytes>,
    is_new: bool,
) -> Result<()> {
    let vfs = &ctx.rt.vfs;
    match data {
        Some(d) => vfs.write(dabs, d).await?,
        None => {
            let target = vfs.read_link(sabs).await?;
            if !is_new {
                vfs.remove(dabs, false).await?;
            }
            return vfs.symlink(&target, dabs).await;
        }
    }
    if o.preserve {
        vfs.set_mode(dabs, smeta.mode).await?;
        if let Some(m) = smeta.mtime {
            vfs.set_mtime(dabs, m).await?;
        }
    } else if is_new && smeta.mode & !ctx.umask != 0o644 {
        let _ = vfs.set_mode(dabs, smeta.mode & !ctx.umask).await;
    }
    Ok(())
}

async fn make_link(ctx: &Ctx<'_>, o: &Opts, src: &str, dst: &str, exists: bool) -> Result<bool> {
    let vfs = &ctx.rt.vfs;
    let dabs = ctx.path(dst);
    if exists || vfs.lstat(&dabs).await.is_ok() {
        let msg = format!(
            "cannot create symbolic link {}: File exists",
            quote_always(dst)
        );
        return fail(ctx, msg).await;
    }
    if let Err(e) = vfs.symlink(src, &dabs).await {
        let e = per_file(e)?;
        let msg = format!(
            "cannot create symbolic link {}: {}",
            quote_always(dst),
            e.reason()
        );
        return fail(ctx, msg).await;
    }
    if o.verbose {
        verbose(ctx, src, dst).await?;
    }
    Ok(true)
}

/// A directory `cp` made gets its source's mode less the umask (with `-p`, the copy's
/// mode is set afterwards).
async fn new_dir_mode(ctx: &Ctx<'_>, o: &Opts, abs: &str, src: &Metadata) {
    let mode = src.mode & 0o7777 & !ctx.umask;
    if !o.preserve && mode != 0o755 {
        let _ = ctx.rt.vfs.set_mode(abs, mode).await;
    }
}

async fn verbose(ctx: &Ctx<'_>, src: &str, dst: &str) -> Result<()> {
    let line = format!("{} -> {}\n", quote_always(src), quote_always(dst));
    ctx.stdout.write_str(&line).await
}

/// True when both names lead to the same entry.
pub(crate) async fn same_file(vfs: &Vfs, a: &str, b: &str) -> bool {
    match (vfs.canonicalize(a).await, vfs.canonicalize(b).await) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

//! `tar` (GNU tar 1.34 subset): create (`c`), list (`t`) and extract (`x`) archives of VFS
//! files, with `-f`, `-z` (gzip, detected automatically when reading), `-v`, `-C`, `-O`,
//! `--strip-components` and `--exclude`. Members are stored as a root user would
//! (`root/root`, uid and gid 0). Directories are archived in sorted order (GNU tar uses the
//! order of `readdir`, which differs between file systems).

use std::io::Read;

use bytes::Bytes;

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::commands::gzip::{compress, decompress};
use crate::error::{ErrorKind, Result};
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::backend::{FileType, Metadata};

/// GNU tar's record size (blocking factor 20).
const RECORD: usize = 10240;

const SPEC: &str = "A|catenate|concatenate c|create d|diff|compare r|append t|list u|update \
                    x|extract|get f|file= C|directory= z|gzip|gunzip|ungzip v|verbose \
                    O|to-stdout |exclude= |strip-components= k|keep-old-files m|touch \
                    p|preserve-permissions|same-permissions P|absolute-names \
                    |no-same-owner |same-owner |numeric-owner o |overwrite |wildcards |help |version";

/// `tar --help`: GNU's opening lines and the options this tar supports.
const HELP: &str = "Usage: tar [OPTION...] [FILE]...
GNU 'tar' saves many files together into a single tape or disk archive, and can
restore individual files from the archive.

Examples:
  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.
  tar -tvf archive.tar         # List all files in archive.tar verbosely.
  tar -xf archive.tar          # Extract all files from archive.tar.

 Main operation mode:
  -c, --create               create a new archive
  -t, --list                 list the contents of an archive
  -x, --extract, --get       extract files from an archive

 Options:
  -C, --directory=DIR        change to directory DIR
      --exclude=PATTERN      exclude files, given as a PATTERN
  -f, --file=ARCHIVE         use archive file or device ARCHIVE
  -k, --keep-old-files       don't replace existing files when extracting
  -O, --to-stdout            extract files to standard output
  -P, --absolute-names       don't strip leading '/'s from file names
      --strip-components=NUMBER   strip NUMBER leading components from file
                             names on extraction
  -v, --verbose              verbosely list files processed
  -z, --gzip, --gunzip, --ungzip   filter the archive through gzip
  -?, --help                 give this help list
      --version              print program version
";

/// `tar --version`.
const VERSION: &str = include_str!("tar_version.txt");

const TRY: &str = "Try 'tar --help' or 'tar --usage' for more information.\n";

#[derive(Default)]
struct Opts {
    mode: Option<char>,
    file: Option<String>,
    dir: Option<String>,
    gzip: bool,
    verbose: u32,
    to_stdout: bool,
    strip: usize,
    exclude: Vec<String>,
    absolute: bool,
    keep_old: bool,
    members: Vec<String>,
}

/// GNU tar's old syntax: a first argument without `-` is a bundle of option letters whose
/// values follow in order (`tar czf a.tgz dir`).
fn expand_old_style(args: &[String]) -> Vec<String> {
    let Some(first) = args.first() else {
        return Vec::new();
    };
    if first.starts_with('-') {
        return args.to_vec();
    }
    let mut out = Vec::new();
    let mut rest = args[1..].iter();
    for c in first.chars() {
        out.push(format!("-{c}"));
        if matches!(c, 'f' | 'C')
            && let Some(v) = rest.next()
        {
            out.push(v.clone());
        }
    }
    out.extend(rest.cloned());
    out
}

async fn fail(ctx: &Ctx<'_>, msg: &str) -> Result<i32> {
    ctx.stderr.write_str(&format!("tar: {msg}\n{TRY}")).await?;
    Ok(2)
}

/// Runs `tar`.
pub fn tar<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let args = expand_old_style(&ctx.args[1..]);
        let mut p = Parser::new(SPEC, &args);
        let mut o = Opts::default();
        loop {
            match p.next_arg() {
                Ok(None) => break,
                Ok(Some(Arg::Operand(m))) => o.members.push(m),
                Ok(Some(Arg::Opt(k, v))) => match k {
                    "c" | "t" | "x" | "A" | "d" | "r" | "u" => {
                        let c = k.chars().next().unwrap_or('t');
                        if o.mode.is_some_and(|m| m != c) {
                            return fail(
                                ctx,
                                "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option",
                            )
                            .await;
                        }
                        o.mode = Some(c);
                    }
                    "help" => {
                        ctx.stdout.write_str(HELP).await?;
                        return Ok(0);
                    }
                    "version" => {
                        ctx.stdout.write_str(VERSION).await?;
                        return Ok(0);
                    }
                    "f" => o.file = v,
                    "C" => o.dir = v,
                    "z" => o.gzip = true,
                    "v" => o.verbose += 1,
                    "O" => o.to_stdout = true,
                    "P" => o.absolute = true,
                    "k" => o.keep_old = true,
                    "exclude" => o.exclude.extend(v),
                    "strip-components" => match v.as_deref().unwrap_or("").parse::<usize>() {
                        Ok(n) => o.strip = n,
                        Err(_) => {
                            let v = v.unwrap_or_default();
                            return fail(ctx, &format!("Invalid number of elements: '{v}'")).await;
                        }
                    },
                    _ => {}
                },
                Err(UsageError(msg)) => return fail(ctx, &msg).await,
            }
        }
        match o.mode {
            Some('c') | Some('r') => create(ctx, &o).await,
            Some('t') | Some('x') => read(ctx, &o).await,
            Some(_) => fail(ctx, "this operation is not supported").await,
            None => {
                fail(
                    ctx,
                    "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
                )
                .await
            }
        }
    })
}

/// A member to archive.
struct Member {
    name: String,
    path: String,
    meta: Metadata,
}

fn excluded(o: &Opts, name: &str) -> bool {
    let trimmed = name.trim_end_matches('/');
    let base = trimmed.rsplit('/').next().unwrap_or(trimmed);
    o.exclude.iter().any(|pat| {
        let pat = Pattern::new(pat.trim_end_matches('/'), PatternOptions::default());
        pat.matches(base) || pat.matches(trimmed)
    })
}

/// The length of a tar archive's entries: up to its first all-zero header block.
fn entries_end(data: &[u8]) -> usize {
    let mut at = 0usize;
    while let Some(block) = data.get(at..at + 512) {
        if block.iter().all(|&b| b == 0) {
            break;
        }
        let size = block
            .get(124..136)
            .and_then(|f| std::str::from_utf8(f).ok())
            .and_then(|f| {
                u64::from_str_radix(f.trim_matches(|c: char| c == '\0' || c == ' '), 8).ok()
            })
            .unwrap_or(0);
        let body = usize::try_from(size.div_ceil(512).saturating_mul(512)).unwrap_or(usize::MAX);
        at = at.saturating_add(512).saturating_add(body);
    }
    at.min(data.len())
}

/// `-r`: the entries of the archive to append to (empty when it does not exist yet).
async fn existing_entries(ctx: &Ctx<'_>, o: &Opts) -> Result<std::result::Result<Vec<u8>, String>> {
    let file = o.file.clone().unwrap_or_else(|| "-".to_string());
    if o.gzip {
        return Ok(Err("Cannot update compressed archives".into()));
    }
    if file == "-" {
        return Ok(Err("Options '-Aru' are incompatible with '-f -'".into()));
    }
    match ctx.rt.vfs.read(&ctx.path(&file)).await {
        Ok(d) => Ok(Ok(d.get(..entries_end(&d)).unwrap_or_default().to_vec())),
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => Err(e),
        Err(_) => Ok(Ok(Vec::new())),
    }
}

async fn create(ctx: &Ctx<'_>, o: &Opts) -> Result<i32> {
    let prefix = if o.mode == Some('r') {
        match existing_entries(ctx, o).await? {
            Ok(p) => p,
            Err(msg) => return fail(ctx, &msg).await,
        }
    } else {
        Vec::new()
    };
    if o.members.is_empty() && o.mode != Some('r') {
        ctx.stderr
            .write_str(&format!(
                "tar: Cowardly refusing to create an empty archive\n{TRY}"
            ))
            .await?;
        return Ok(2);
    }
    let base = match &o.dir {
        Some(d) => ctx.path(d),
        None => ctx.cwd.clone(),
    };
    let vfs = &ctx.rt.vfs;
    let mut failed = false;
    let mut warned_slash = false;
    let mut members = Vec::new();
    for m in &o.members {
        ctx.check()?;
        let path = crate::vfs::path::normalize(&base, m);
        let meta = match vfs.lstat(&path).await {
            Ok(meta) => meta,
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                ctx.stderr
                    .write_str(&format!("tar: {m}: Cannot stat: {}\n", e.reason()))
                    .await?;
                failed = true;
                continue;
            }
        };
        let mut name = m.clone();
        if !o.absolute && name.starts_with('/') {
            name = name.trim_start_matches('/').to_string();
            if !warned_slash {
                ctx.stderr
                    .write_str("tar: Removing leading `/' from member names\n")
                    .await?;
                warned_slash = true;
            }
        }
        let is_dir = meta.file_type == FileType::Dir;
        let top = if is_dir && !name.ends_with('/') {
            format!("{name}/")
        } else {
            name.clone()
        };
        if excluded(o, &top) {
            continue;
        }
        members.push(Member {
            name: top.clone(),
            path: path.clone(),
            meta,
        });
        if is_dir {
            for e in vfs.walk(&path).await? {
                let mut child = format!("{top}{}", e.path);
                if e.meta.file_type == FileType::Dir {
                    child.push('/');
                }
                if excluded(o, &child) {
                    continue;
                }
                members.push(Member {
                    name: child,
                    path: format!("{}/{}", path.trim_end_matches('/'), e.path),
                    meta: e.meta,
                });
            }
        }
    }
    let files: Vec<String> = members
        .iter()
        .filter(|m| m.meta.file_type == FileType::File)
        .map(|m| m.path.clone())
        .collect();
    let mut contents = Vec::new();
    for chunk in files.chunks(256) {
        contents.extend(vfs.read_many(chunk).await);
    }
    let mut contents = contents.into_iter();
    let mut builder = tar::Builder::new(Vec::new());
    let mut listing = String::new();
    for m in &members {
        ctx.check()?;
        let mut h = tar::Header::new_gnu();
        h.set_mode(m.meta.mode & 0o7777);
        h.set_mtime(m.meta.mtime.map(|t| t.as_secs()).unwrap_or(0));
        h.set_uid(0);
        h.set_gid(0);
        let _ = h.set_username("root");
        let _ = h.set_groupname("root");
        let r = match m.meta.file_type {
            FileType::Dir => {
                h.set_entry_type(tar::EntryType::Directory);
                h.set_size(0);
                builder.append_data(&mut h, &m.name, std::io::empty())
            }
            FileType::Symlink => {
                let target = vfs.read_link(&m.path).await.unwrap_or_default();
                h.set_entry_type(tar::EntryType::Symlink);
                h.set_size(0);
                builder.append_link(&mut h, &m.name, &target)
            }
            _ => {
                let data = match contents.next() {
                    Some(Ok(d)) => d,
                    Some(Err(e)) => {
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                            return Err(e);
                        }
                        ctx.stderr
                            .write_str(&format!("tar: {}: Cannot open: {}\n", m.name, e.reason()))
                            .await?;
                        failed = true;
                        continue;
                    }
                    None => Bytes::new(),
                };
                h.set_entry_type(tar::EntryType::Regular);
                h.set_size(data.len() as u64);
                builder.append_data(&mut h, &m.name, &data[..])
            }
        };
        if r.is_err() {
            ctx.stderr
                .write_str(&format!("tar: {}: Cannot add member\n", m.name))
                .await?;
            failed = true;
            continue;
        }
        if o.verbose > 0 {
            listing.push_str(&m.name);
            listing.push('\n');
        }
    }
    let mut archive = prefix;
    archive.extend_from_slice(&builder.into_inner().unwrap_or_default());
    // GNU tar writes whole records of 20 blocks (10240 bytes), zero-padded.
    archive.resize(archive.len().div_ceil(RECORD) * RECORD, 0);
    let archive = if o.gzip {
        compress(&archive, 6, None, 0)
    } else {
        archive
    };
    let to_stdout = matches!(o.file.as_deref(), None | Some("-"));
    // With the archive on stdout, GNU tar sends the verbose listing to stderr.
    if !listing.is_empty() {
        if to_stdout {
            ctx.stderr.write_str(&listing).await?;
        } else {
            ctx.stdout.write_str(&listing).await?;
        }
    }
    let file = o.file.clone().unwrap_or_else(|| "-".to_string());
    if file == "-" {
        ctx.stdout.write(&archive).await?;
    } else {
        let f = file.clone();
        {
            if let Err(e) = vfs.write(&ctx.path(&f), Bytes::from(archive)).await {
                if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                    return Err(e);
                }
                ctx.stderr
                    .write_str(&format!(
                        "tar: {f}: Cannot open: {}\ntar: Error is not recoverable: exiting now\n",
                        e.reason()
                    ))
                    .await?;
                return Ok(2);
            }
        }
    }
    if failed {
        ctx.stderr
            .write_str("tar: Exiting with failure status due to previous errors\n")
            .await?;
        return Ok(2);
    }
    Ok(0)
}

/// One member read from an archive.
struct Entry {
    name: String,
    kind: tar::EntryType,
    mode: u32,
    mtime: u64,
    size: u64,
    link: String,
    data: Vec<u8>,
}

fn parse_archive(data: &[u8]) -> std::result::Result<Vec<Entry>, ()> {
    let mut ar = tar::Archive::new(data);
    let mut out = Vec::new();
    let entries = ar.entries().map_err(|_| ())?;
    for e in entries {
        let mut e = e.map_err(|_| ())?;
        let h = e.header();
        let kind = h.entry_type();
        let mode = h.mode().unwrap_or(0o644);
        let mtime = h.mtime().unwrap_or(0);
        let size = e.size();
        let name = String::from_utf8_lossy(&e.path_bytes()).into_owned();
        let link = e
            .link_name_bytes()
            .map(|l| String::from_utf8_lossy(&l).into_owned())
            .unwrap_or_default();
        let mut data = Vec::new();
        if kind.is_file() {
            e.read_to_end(&mut data).map_err(|_| ())?;
        }
        out.push(Entry {
            name,
            kind,
            mode,
            mtime,
            size,
            link,
            data,
        });
    }
    Ok(out)
}

fn mode_string(kind: tar::EntryType, mode: u32) -> String {
    let t = if kind.is_dir() {
        'd'
    } else if kind.is_symlink() {
        'l'
    } else if kind.is_hard_link() {
        'h'
    } else {
        '-'
    };
    let mut s = String::from(t);
    for (i, c) in "rwxrwxrwx".chars().enumerate() {
        let bit = 1 << (8 - i);
        s.push(if mode & bit != 0 { c } else { '-' });
    }
    s
}

async fn read(ctx: &Ctx<'_>, o: &Opts) -> Result<i32> {
    let file = o.file.clone().unwrap_or_else(|| "-".to_string());
    let raw = if file == "-" {
        Bytes::from(ctx.stdin.read_all().await?)
    } else {
        let f = file.clone();
        match ctx.rt.vfs.read(&ctx.path(&f)).await {
            Ok(d) => d,
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                ctx.stderr
                    .write_str(&format!(
                        "tar: {f}: Cannot open: {}\ntar: Error is not recoverable: exiting now\n",
                        e.reason()
                    ))
                    .await?;
                return Ok(2);
            }
        }
    };
    let data = match decompress(&raw) {
        Some(Ok(d)) => d,
        Some(Err(_)) => {
            ctx.stderr
                .write_str(
                    "tar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\n",
                )
                .await?;
            return Ok(2);
        }
        None if o.gzip => {
            ctx.stderr
                .write_str(
                    "\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n",
                )
                .await?;
            return Ok(2);
        }
        None => raw.to_vec(),
    };
    let entries = match parse_archive(&data) {
        Ok(e) if !(e.is_empty() && !data.is_empty() && data.iter().any(|&b| b != 0)) => e,
        _ => {
            ctx.stderr
                .write_str("tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n")
                .await?;
            return Ok(2);
        }
    };
    let extract = o.mode == Some('x');
    let base = match &o.dir {
        Some(d) => ctx.path(d),
        None => ctx.cwd.clone(),
    };
    if extract && o.dir.is_some() && !o.to_stdout {
        match ctx.rt.vfs.stat(&base).await {
            Ok(m) if m.file_type == FileType::Dir => {}
            _ => {
                let d = o.dir.clone().unwrap_or_default();
                ctx.stderr
                    .write_str(&format!(
                        "tar: {d}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n"
                    ))
                    .await?;
                return Ok(2);
            }
        }
    }
    let mut found = vec![false; o.members.len()];
    let mut out = Vec::new();
    let mut failed = false;
    for e in &entries {
        ctx.check()?;
        if !o.members.is_empty() {
            match member_hit(&o.members, &e.name) {
                Some(i) => found[i] = true,
                None => continue,
            }
        }
        if excluded(o, &e.name) {
            continue;
        }
        let parts = components(&e.name);
        let dotdot = parts.iter().any(|p| p == "..");
        if parts.len() <= o.strip {
            continue;
        }
        let stripped = parts[o.strip..].join("/");
        let shown = if o.strip > 0 {
            if e.kind.is_dir() {
                format!("{stripped}/")
            } else {
                stripped.clone()
            }
        } else {
            e.name.clone()
        };
        if o.verbose > 0 && (!extract || o.verbose > 1) {
            let date = crate::time::strftime("%Y-%m-%d %H:%M", e.mtime as i64);
            let size = e.size.to_string();
            let width = 19usize
                .saturating_sub("root/root".len() + 1)
                .max(size.len());
            let mut line = format!(
                "{} root/root {size:>width$} {date} {shown}",
                mode_string(e.kind, e.mode)
            );
            if e.kind.is_symlink() {
                line.push_str(&format!(" -> {}", e.link));
            } else if e.kind.is_hard_link() {
                line.push_str(&format!(" link to {}", e.link));
            }
            line.push('\n');
            out.extend_from_slice(line.as_bytes());
        } else if o.verbose > 0 || !extract {
            out.extend_from_slice(shown.as_bytes());
            out.push(b'\n');
        }
        if !extract {
            continue;
        }
        if o.to_stdout {
            if e.kind.is_file() {
                out.extend_from_slice(&e.data);
            }
            continue;
        }
        if dotdot {
            ctx.stderr
                .write_str(&format!("tar: {}: Member name contains '..'\n", e.name))
                .await?;
            failed = true;
            continue;
        }
        let target = crate::vfs::path::normalize(&base, &stripped);
        if let Err(err) = extract_one(ctx, o, e, target).await {
            if matches!(err.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                return Err(err);
            }
            ctx.stderr
                .write_str(&format!("tar: {stripped}: Cannot open: {}\n", err.reason()))
                .await?;
            failed = true;
        }
        if out.len() > 1 << 16 {
            ctx.stdout.write(&out).await?;
            out.clear();
        }
    }
    ctx.stdout.write(&out).await?;
    for (m, f) in o.members.iter().zip(found) {
        if !f {
            ctx.stderr
                .write_str(&format!("tar: {m}: Not found in archive\n"))
                .await?;
            failed = true;
        }
    }
    if failed {
        ctx.stderr
            .write_str("tar: Exiting with failure status due to previous errors\n")
            .await?;
        return Ok(2);
    }
    Ok(0)
}

/// `mkdir -p` through single `create_dir` calls (`Vfs::create_dir_all`'s future is not
/// `Send` for every lifetime, which a command future must be).
async fn mkdir_p(ctx: &Ctx<'_>, path: &str) -> Result<()> {
    let mut cur = String::new();
    for part in components(path) {
        cur.push('/');
        cur.push_str(&part);
        match ctx.rt.vfs.create_dir(&cur).await {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The non-empty components of a member name.
fn components(name: &str) -> Vec<String> {
    name.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The operand that selects archive member `name` (itself or a directory above it).
fn member_hit(members: &[String], name: &str) -> Option<usize> {
    members.iter().position(|m| {
        let m = m.trim_end_matches('/');
        name.trim_end_matches('/') == m || name.starts_with(&format!("{m}/"))
    })
}

async fn extract_one(ctx: &Ctx<'_>, o: &Opts, e: &Entry, target: String) -> Result<()> {
    let vfs = &ctx.rt.vfs;
    let target = target.as_str();
    let parent = match target.rfind('/') {
        Some(i) => target[..i].to_string(),
        None => String::new(),
    };
    if !parent.is_empty() {
        mkdir_p(ctx, &parent).await?;
    }
    if e.kind.is_dir() {
        mkdir_p(ctx, target).await?;
        let _ = vfs.set_mode(target, e.mode & 0o7777).await;
        return Ok(());
    }
    if o.keep_old && vfs.lstat(target).await.is_ok() {
        return Ok(());
    }
    if e.kind.is_symlink() {
        if vfs.lstat(target).await.is_ok() {
            vfs.remove(target, false).await?;
        }
        return vfs.symlink(&e.link, target).await;
    }
    if e.kind.is_hard_link() {
        let src = crate::vfs::path::normalize(&ctx.cwd, &e.link);
        return vfs.copy_file(&src, target).await;
    }
    vfs.write(target, Bytes::from(e.data.clone())).await?;
    let _ = vfs.set_mode(target, e.mode & 0o7777).await;
    let _ = vfs
        .set_mtime(target, std::time::Duration::from_secs(e.mtime))
        .await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_style_bundles() {
        let a: Vec<String> = ["czf", "a.tgz", "dir"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(expand_old_style(&a), ["-c", "-z", "-f", "a.tgz", "dir"]);
        let a: Vec<String> = ["-tf", "x"].iter().map(|s| s.to_string()).collect();
        assert_eq!(expand_old_style(&a), ["-tf", "x"]);
        assert_eq!(mode_string(tar::EntryType::Directory, 0o755), "drwxr-xr-x");
    }
}

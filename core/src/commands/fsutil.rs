//! Helpers shared by the file-management commands (`mkdir`, `rm`, `cp`, `mv`, `ln` ...):
//! telling fatal errors from per-file ones, name arithmetic, and link resolution with
//! GNU's `readlink`/`realpath` modes.

use crate::commands::{Ctx, quote_always};
use crate::error::{Error, ErrorKind, Result};

/// True for errors that stop the run instead of failing one operand.
pub(crate) fn fatal(e: &Error) -> bool {
    e.ends_run()
}

/// Passes fatal errors up; others come back for a per-operand message.
pub(crate) fn per_file(e: Error) -> Result<Error> {
    if fatal(&e) { Err(e) } else { Ok(e) }
}

/// `lstat` of operand `arg` (absolute form `abs`); like the kernel, a trailing `/` needs a
/// directory (or a link to one), else `NotADirectory`.
pub(crate) async fn lstat_arg(ctx: &Ctx<'_>, arg: &str, abs: &str) -> Result<crate::vfs::Metadata> {
    let meta = ctx.rt.vfs.lstat(abs).await?;
    if arg.ends_with('/') && !meta.is_dir() && !ctx.rt.vfs.stat(abs).await.is_ok_and(|m| m.is_dir())
    {
        return Err(Error::new(ErrorKind::NotADirectory));
    }
    Ok(meta)
}

/// Prints `NAME: missing operand` (or `what`) and the `--help` hint; returns 1.
pub(crate) async fn missing(ctx: &Ctx<'_>, what: &str) -> Result<i32> {
    ctx.err(what).await?;
    crate::commands::args::try_help(ctx).await?;
    Ok(1)
}

/// Writes `NAME: msg` and a newline to stdout (the `-v` reports of mkdir, rmdir, rm).
pub(crate) async fn say(ctx: &Ctx<'_>, msg: &str) -> Result<()> {
    let line = format!("{}: {msg}\n", ctx.name());
    ctx.stdout.write_str(&line).await
}

/// Writes `NAME: question` to stderr and reads a line from stdin: true for an answer
/// starting with `y` or `Y` (GNU's `yesno` in the C locale).
pub(crate) async fn ask(ctx: &Ctx<'_>, question: &str) -> Result<bool> {
    let line = format!("{}: {question} ", ctx.name());
    ctx.stderr.write_str(&line).await?;
    Ok(match ctx.stdin.read_until(b'\n').await {
        Ok(Some(l)) => matches!(l.first(), Some(b'y' | b'Y')),
        Ok(None) => false,
        Err(e) if fatal(&e) => return Err(e),
        Err(_) => false,
    })
}

/// The last component of `p` like POSIX `basename` (trailing slashes ignored, `/` for
/// the root).
pub(crate) fn base_name(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return if p.is_empty() { "" } else { "/" };
    }
    t.rsplit('/').next().unwrap_or(t)
}

/// The directory part of `p` like POSIX `dirname`.
pub(crate) fn dir_name(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return if p.starts_with('/') { "/" } else { "." };
    }
    match t.rfind('/') {
        None => ".",
        Some(i) => {
            let d = t[..i].trim_end_matches('/');
            if d.is_empty() { "/" } else { d }
        }
    }
}

/// `dir/name` for a message, like GNU (no doubled slash after `dir/`).
pub(crate) fn join_arg(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// How `cp`, `mv` and `ln` read their operands.
#[derive(Default)]
pub(crate) struct TargetOpts {
    /// `-t DIR`.
    pub dir: Option<String>,
    /// `-T`: the last operand is the destination itself.
    pub no_dir: bool,
    /// `ln`: one operand links into the current directory.
    pub single_ok: bool,
    /// `ln -n`: a link to a directory as the last operand is not entered.
    pub no_deref: bool,
}

impl TargetOpts {
    /// Takes `-t DIR` and `-T`; false for other options.
    pub(crate) fn option(&mut self, key: &str, value: &Option<String>) -> bool {
        match key {
            "t" => self.dir = value.clone(),
            "T" => self.no_dir = true,
            _ => return false,
        }
        true
    }
}

/// `path` relative to directory `dir` (both absolute and normalised): `../x/y`, `.`.
pub(crate) fn relative(path: &str, dir: &str) -> String {
    let a: Vec<&str> = path.split('/').filter(|c| !c.is_empty()).collect();
    let b: Vec<&str> = dir.split('/').filter(|c| !c.is_empty()).collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<&str> = vec![".."; b.len() - common];
    parts.extend(a.get(common..).unwrap_or(&[]));
    if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }
}

/// Pairs each source operand with its destination (as shown in messages), printing GNU's
/// usage errors (`missing file operand`, `target 'x' is not a directory`). `None` after an
/// error (status 1).
pub(crate) async fn targets(
    ctx: &Ctx<'_>,
    mut ops: Vec<String>,
    t: &TargetOpts,
) -> Result<Option<Vec<(String, String)>>> {
    let into = |ops: Vec<String>, dir: &str| -> Vec<(String, String)> {
        ops.into_iter()
            .map(|s| {
                let d = join_arg(dir, base_name(&s));
                (s, d)
            })
            .collect()
    };
    if let Some(dir) = &t.dir {
        if let Err(kind) = is_dir(ctx, dir, false).await? {
            let msg = format!(
                "target directory {}: {}",
                quote_always(dir),
                kind.describe()
            );
            ctx.err(&msg).await?;
            return Ok(None);
        }
        if ops.is_empty() {
            missing(ctx, "missing file operand").await?;
            return Ok(None);
        }
        return Ok(Some(into(ops, dir)));
    }
    match ops.len() {
        0 => {
            missing(ctx, "missing file operand").await?;
            return Ok(None);
        }
        1 if t.single_ok => return Ok(Some(into(ops, "."))),
        1 => {
            let first = ops.first().map(String::as_str).unwrap_or("");
            let msg = format!(
                "missing destination file operand after {}",
                quote_always(first)
            );
            missing(ctx, &msg).await?;
            return Ok(None);
        }
        _ => {}
    }
    if t.no_dir {
        if let Some(extra) = ops.get(2) {
            missing(ctx, &format!("extra operand {}", quote_always(extra))).await?;
            return Ok(None);
        }
        let dst = ops.pop().unwrap_or_default();
        let src = ops.pop().unwrap_or_default();
        return Ok(Some(vec![(src, dst)]));
    }
    let last = ops.pop().unwrap_or_default();
    let dir = is_dir(ctx, &last, t.no_deref).await?;
    if ops.len() > 1
        && let Err(kind) = dir
    {
        let msg = format!("target {}: {}", quote_always(&last), kind.describe());
        ctx.err(&msg).await?;
        return Ok(None);
    }
    if dir.is_ok() {
        return Ok(Some(into(ops, &last)));
    }
    let src = ops.pop().unwrap_or_default();
    Ok(Some(vec![(src, last)]))
}

/// `Ok(Ok(()))` when `name` is a directory, else why not.
async fn is_dir(
    ctx: &Ctx<'_>,
    name: &str,
    no_deref: bool,
) -> Result<std::result::Result<(), ErrorKind>> {
    let abs = ctx.path(name);
    let r = if no_deref {
        ctx.rt.vfs.lstat(&abs).await
    } else {
        ctx.rt.vfs.stat(&abs).await
    };
    Ok(match r {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(ErrorKind::NotADirectory),
        Err(e) => Err(per_file(e)?.kind()),
    })
}

/// A size with GNU's units: `10`, `1K` (1024), `1KB` (1000), `1KiB`, up to `Y`; `b`
/// (512) when `blocks`. `None` for a malformed or overflowing size.
pub(crate) fn parse_size(s: &str, blocks: bool) -> Option<u64> {
    let s = s.trim_start();
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (num, unit) = s.split_at(digits);
    let n: u64 = if num.is_empty() {
        return None;
    } else {
        num.parse().ok()?
    };
    let mut chars = unit.chars();
    let Some(u) = chars.next() else {
        return Some(n);
    };
    let rest = chars.as_str();
    if u == 'b' && blocks && rest.is_empty() {
        return n.checked_mul(512);
    }
    let power = "KMGTPEZY".find(u.to_ascii_uppercase())? as u32 + 1;
    if u.is_ascii_lowercase() && !matches!(u, 'k' | 'm' | 'g' | 't') {
        return None;
    }
    let base: u64 = match rest {
        "" | "iB" => 1024,
        "B" => 1000,
        _ => return None,
    };
    n.checked_mul(base.checked_pow(power)?)
}

/// How strictly [`resolve`] wants components to exist (GNU's `canonicalize_mode_t`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Missing {
    /// Every component must exist (`-e`).
    None,
    /// All but the last must exist (`-f`, realpath's default).
    Last,
    /// Nothing needs to exist (`-m`).
    All,
}

/// `name` made absolute without normalising it, so `link/..` still goes through the link
/// (what `readlink -f` and `realpath` need). The empty name is `NotFound`.
pub(crate) fn raw_abs(ctx: &Ctx<'_>, name: &str) -> Result<String> {
    if name.is_empty() {
        return Err(Error::new(ErrorKind::NotFound));
    }
    Ok(if name.starts_with('/') {
        name.to_string()
    } else {
        format!("{}/{name}", ctx.cwd)
    })
}

/// Resolves `path` (absolute) to a canonical absolute path, following links inside the
/// VFS. Bounded by a link budget. A trailing slash requires a directory.
pub(crate) async fn resolve(ctx: &Ctx<'_>, path: &str, missing: Missing) -> Result<String> {
    let vfs = &ctx.rt.vfs;
    let path = if path.ends_with('/') && path.len() > 1 {
        // `f/` is `f/.`: the last component must be a directory.
        std::borrow::Cow::Owned(format!("{path}."))
    } else {
        std::borrow::Cow::Borrowed(path)
    };
    let mut pending: Vec<String> = path
        .split('/')
        .filter(|c| !c.is_empty())
        .rev()
        .map(str::to_string)
        .collect();
    let mut out = String::new();
    let mut links = 0u32;
    let mut gone = false;
    while let Some(comp) = pending.pop() {
        ctx.check()?;
        if comp == "." {
            // Only checks that what came before is a directory (`f/.`, `f/`).
            if !gone && missing != Missing::All && !out.is_empty() {
                match vfs.stat(&out).await {
                    Ok(m) if !m.is_dir() => return Err(Error::new(ErrorKind::NotADirectory)),
                    Err(e) if fatal(&e) => return Err(e),
                    _ => {}
                }
            }
            continue;
        }
        if comp == ".." {
            let cut = out.rfind('/').unwrap_or(0);
            out.truncate(cut);
            continue;
        }
        let before = out.len();
        out.push('/');
        out.push_str(&comp);
        if gone {
            continue;
        }
        match vfs.lstat(&out).await {
            Ok(m) if m.is_symlink() => {
                links += 1;
                if links > 40 {
                    return Err(Error::new(ErrorKind::TooManyLinks));
                }
                let target = vfs.read_link(&out).await?;
                if target.starts_with('/') {
                    out.clear();
                } else {
                    out.truncate(before);
                }
                for c in target
                    .split('/')
                    .filter(|c| !c.is_empty() && *c != ".")
                    .rev()
                {
                    pending.push(c.to_string());
                }
            }
            Ok(m) => {
                if !m.is_dir() && !pending.is_empty() {
                    if missing != Missing::All {
                        return Err(Error::new(ErrorKind::NotADirectory));
                    }
                    gone = true;
                }
            }
            Err(e) if fatal(&e) => return Err(e),
            Err(_) if missing == Missing::All => gone = true,
            Err(e) if e.kind() == ErrorKind::NotFound && missing == Missing::Last => {
                if !pending.is_empty() {
                    return Err(e);
                }
                gone = true;
            }
            Err(e) => return Err(e),
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    Ok(out)
}

/// Where following the link at `full` (met in a walk) leads.
pub(crate) enum LinkTarget {
    /// Not to a directory (a file, or nothing).
    NotDir,
    /// To a directory that holds the link itself: following it would loop.
    Loop,
    /// To a directory, with its metadata.
    Dir(crate::vfs::Metadata),
}

/// Resolves a link met in a walk for `grep -R` and `rg -L`.
pub(crate) async fn link_target(ctx: &Ctx<'_>, full: &str) -> LinkTarget {
    let vfs = &ctx.rt.vfs;
    let Ok(meta) = vfs.stat(full).await else {
        return LinkTarget::NotDir;
    };
    if !meta.is_dir() {
        return LinkTarget::NotDir;
    }
    let real = vfs
        .canonicalize(full)
        .await
        .unwrap_or_else(|_| full.to_string());
    let parent = crate::vfs::path::parent(full);
    let here = vfs
        .canonicalize(parent)
        .await
        .unwrap_or_else(|_| parent.to_string());
    if crate::vfs::path::is_within(&here, &real) {
        LinkTarget::Loop
    } else {
        LinkTarget::Dir(meta)
    }
}

#[cfg(test)]
mod tests {
    use super::{base_name, dir_name, parse_size};

    #[test]
    fn sizes_like_gnu() {
        let cases = [
            ("10", Some(10)),
            ("1K", Some(1024)),
            ("1k", Some(1024)),
            ("1KB", Some(1000)),
            ("1KiB", Some(1024)),
            ("2M", Some(2 << 20)),
            ("1X", None),
            ("K", None),
            ("", None),
            ("1Y", None),
            ("3b", Some(1536)),
        ];
        for (s, want) in cases {
            assert_eq!(parse_size(s, true), want, "{s}");
        }
    }

    #[test]
    fn names_like_posix() {
        let cases = [
            ("a/b", "b", "a"),
            ("a/b/", "b", "a"),
            ("/", "/", "/"),
            ("//", "/", "/"),
            ("a", "a", "."),
            ("/a", "a", "/"),
            ("a//b//", "b", "a"),
            ("", "", "."),
        ];
        for (p, b, d) in cases {
            assert_eq!(base_name(p), b, "{p}");
            assert_eq!(dir_name(p), d, "{p}");
        }
    }
}

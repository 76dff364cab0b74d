//! `diff`: compare files line by line (GNU diffutils 3.8 semantics: normal and unified
//! output with GNU's timestamps, `-q`, `-s`, `-r` with `Only in` and `diff -r a/x b/x`
//! lines, `-x PAT`, `-N`, `-i`, `-w`, `-b`, `-B`, `-a`, `--label`, binary files, exit 0/1/2).
//!
//! The edit script is computed like GNU diff (Myers by middle snake with GNU's
//! tie-breaking, then `shift_boundaries`), not with the `similar` crate: its Myers picks
//! different (equally short) scripts on repeated lines, and its compaction pass can
//! misreport indexes, so hunks would differ from GNU's.
//!
//! Reading strategy: the two operands are read in one `read_files` batch; for directories
//! each side is listed with one `walk` and the file pairs to compare are read in batches
//! through `read_many`, in GNU's order (sorted names, subdirectories where they sort).
//! Timestamps are printed in UTC (`+0000`), as with `TZ=UTC`.

mod format;
mod seq;
mod side;

use std::collections::BTreeMap;

use bytes::Bytes;

use crate::commands::Ctx;
use crate::commands::cmp::{Parsed, parse_diffutils, try_help};
use crate::commands::stream::fatal;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::sync::{BoxFuture, boxed};
use format::{Compare, changes, context, lines, normal, unified};

const VERSION: &str = "diff (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Paul Eggert, Mike Haertel, David Hayes,
Richard Stallman, and Len Tower.
";

/// File pairs read per `read_many` batch when comparing directories.
const PAIRS: usize = 128;

const SPEC: &str = "a|text b|ignore-space-change B|ignore-blank-lines i|ignore-case \
                    N|new-file q|brief r|recursive s|report-identical-files u U= |unified? c C= \
                    |context? \
                    w|ignore-all-space |label= |normal |help v|version |color? \
                    |strip-trailing-cr |no-dereference x|exclude= y|side-by-side W|width= \
                    t|expand-tabs |suppress-common-lines |left-column";

#[derive(Default)]
struct Opts {
    cmp: Compare,
    text: bool,
    new_file: bool,
    brief: bool,
    recursive: bool,
    identical: bool,
    unified: Option<usize>,
    /// `-c` / `-C N`: context format with this many lines.
    context: Option<usize>,
    labels: Vec<String>,
    /// `-x PAT`: names (of entries inside compared directories) to leave out.
    exclude: Vec<Pattern>,
    strip_cr: bool,
    /// `-y`: the side-by-side format with these settings.
    side: Option<side::Side>,
    /// `-W`, `-t`, `--suppress-common-lines`, `--left-column` (used with `-y`).
    side_opts: side::Side,
    /// The options as given, for `diff -r a/x b/x` lines.
    switches: String,
}

/// What one side of a comparison is.
enum Side {
    File(Bytes),
    Dir,
    Missing(Error),
}

/// GNU's obsolete `-NUM` context length inside short-option clusters (`-c1`, `-2u`):
/// the digits are taken out of the arguments and returned as a number.
fn take_obsolete_context(args: &mut Vec<String>) -> Option<usize> {
    const FLAGS: &str = "abBiNqrsuwcyt";
    let mut n: Option<usize> = None;
    let mut k = 1;
    while k < args.len() {
        let a = &args[k];
        if a == "--" {
            break;
        }
        let body = a
            .strip_prefix('-')
            .filter(|b| !b.is_empty() && !b.starts_with('-'));
        let Some(body) = body else {
            k += 1;
            continue;
        };
        let ok = body
            .chars()
            .all(|c| c.is_ascii_digit() || FLAGS.contains(c));
        if !ok || !body.chars().any(|c| c.is_ascii_digit()) {
            k += 1;
            continue;
        }
        let digits: String = body.chars().filter(char::is_ascii_digit).collect();
        n = digits.parse().ok().or(n);
        let letters: String = body.chars().filter(|c| !c.is_ascii_digit()).collect();
        if letters.is_empty() {
            args.remove(k);
        } else {
            args[k] = format!("-{letters}");
            k += 1;
        }
    }
    n
}

/// Runs `diff`.
pub fn diff<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let help = include_str!("../help/diff.txt");
        let obsolete = take_obsolete_context(&mut ctx.args);
        let (opts, ops) = match parse_diffutils(ctx, SPEC, help, VERSION).await? {
            Parsed::Run(o, p) => (o, p),
            Parsed::Exit(c) => return Ok(c),
        };
        let mut o = Opts::default();
        for (k, v) in &opts {
            match *k {
                "a" => o.text = true,
                "b" => o.cmp.space_change = true,
                "B" => o.cmp.blank_lines = true,
                "i" => o.cmp.icase = true,
                "N" => o.new_file = true,
                "q" => o.brief = true,
                "r" => o.recursive = true,
                "s" => o.identical = true,
                "u" => o.unified = Some(3),
                "w" => o.cmp.all_space = true,
                "strip-trailing-cr" => o.strip_cr = true,
                "y" => o.side = Some(side::Side::default()),
                "t" => o.side_opts.expand_tabs = true,
                "suppress-common-lines" => o.side_opts.suppress_common = true,
                "left-column" => o.side_opts.left_column = true,
                "W" | "width" => {
                    let n = v.as_deref().unwrap_or_default();
                    match n.parse::<usize>() {
                        Ok(w) if w > 0 => o.side_opts.width = w,
                        _ => {
                            ctx.err(&format!("invalid width '{n}'")).await?;
                            try_help(ctx).await?;
                            return Ok(2);
                        }
                    }
                }
                "normal" => {
                    o.unified = None;
                    o.context = None;
                }
                "label" => o.labels.push(v.clone().unwrap_or_default()),
                "x" => o.exclude.push(Pattern::new(
                    v.as_deref().unwrap_or_default(),
                    PatternOptions::default(),
                )),
                "c" => o.context = Some(3),
                "U" | "unified" | "C" | "context" => {
                    let n = v.as_deref().unwrap_or("3");
                    match n.parse::<usize>() {
                        Ok(n) if matches!(*k, "C" | "context") => o.context = Some(n),
                        Ok(n) => o.unified = Some(n),
                        Err(_) => {
                            ctx.err(&format!("invalid context length '{n}'")).await?;
                            try_help(ctx).await?;
                            return Ok(2);
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(n) = obsolete {
            o.unified = o.unified.map(|_| n);
            o.context = o.context.map(|_| n);
        }
        match ops.len() {
            0 => {
                ctx.err("missing operand after 'diff'").await?;
                try_help(ctx).await?;
                return Ok(2);
            }
            1 => {
                ctx.err(&format!("missing operand after '{}'", ops[0]))
                    .await?;
                try_help(ctx).await?;
                return Ok(2);
            }
            2 => {}
            _ => {
                ctx.err(&format!("extra operand '{}'", ops[2])).await?;
                try_help(ctx).await?;
                return Ok(2);
            }
        }
        let mut rest: Vec<&String> = ctx.args[1..].iter().collect();
        for op in ops.iter().rev() {
            if let Some(p) = rest.iter().rposition(|a| *a == op) {
                rest.remove(p);
            }
        }
        o.switches = rest
            .iter()
            .map(|s| format!(" {}", crate::commands::quote_name(s)))
            .collect::<String>();
        let (a, b) = (ops[0].clone(), ops[1].clone());
        let sides = load(ctx, &[a.clone(), b.clone()]).await?;
        let mut sides = sides.into_iter();
        let (Some(sa), Some(sb)) = (sides.next(), sides.next()) else {
            return Ok(2);
        };
        match (sa, sb) {
            (Side::Dir, Side::Dir) => dirs(ctx, &o, &a, &b).await,
            (Side::Dir, Side::File(_)) => {
                let inner = format!("{}/{}", a.trim_end_matches('/'), base(&b));
                pair(ctx, &o, &inner, &b, false).await
            }
            (Side::File(_), Side::Dir) => {
                let inner = format!("{}/{}", b.trim_end_matches('/'), base(&a));
                pair(ctx, &o, &a, &inner, false).await
            }
            (sa, sb) => files(ctx, &o, (&a, sa), (&b, sb), false).await,
        }
    })
}

fn base(p: &str) -> &str {
    let t = p.trim_end_matches('/');
    t.rsplit('/').next().unwrap_or(t)
}

/// Reads operands: files' contents, or that they are directories or missing.
async fn load(ctx: &Ctx<'_>, names: &[String]) -> Result<Vec<Side>> {
    let results = ctx.read_files(names).await;
    let mut out = Vec::with_capacity(names.len());
    for r in results {
        out.push(match r {
            Ok(b) => Side::File(b),
            Err(e) if fatal(&e) => return Err(e),
            Err(e) if e.kind() == ErrorKind::IsADirectory => Side::Dir,
            Err(e) => Side::Missing(e),
        });
    }
    Ok(out)
}

async fn pair(ctx: &Ctx<'_>, o: &Opts, a: &str, b: &str, in_dir: bool) -> Result<i32> {
    let sides = load(ctx, &[a.to_string(), b.to_string()]).await?;
    let mut it = sides.into_iter();
    let (Some(sa), Some(sb)) = (it.next(), it.next()) else {
        return Ok(2);
    };
    files(ctx, o, (a, sa), (b, sb), in_dir).await
}

/// Compares two loaded operands and prints the result.
async fn files(
    ctx: &Ctx<'_>,
    o: &Opts,
    (a, sa): (&str, Side),
    (b, sb): (&str, Side),
    in_dir: bool,
) -> Result<i32> {
    let empty = Bytes::new();
    let da = match &sa {
        Side::File(d) => d.clone(),
        Side::Missing(_) if o.new_file && matches!(sb, Side::File(_)) => empty.clone(),
        Side::Missing(e) => {
            ctx.err(&format!("{a}: {}", e.reason())).await?;
            return Ok(2);
        }
        Side::Dir => return dir_mismatch(ctx, a, b, true).await,
    };
    let db = match &sb {
        Side::File(d) => d.clone(),
        Side::Missing(_) if o.new_file => empty,
        Side::Missing(e) => {
            ctx.err(&format!("{b}: {}", e.reason())).await?;
            return Ok(2);
        }
        Side::Dir => return dir_mismatch(ctx, a, b, false).await,
    };
    if da == db && o.side.is_none() {
        if o.identical {
            ctx.stdout
                .write_str(&format!("Files {a} and {b} are identical\n"))
                .await?;
        }
        return Ok(0);
    }
    let header = if in_dir {
        format!("diff{} {a} {b}\n", o.switches)
    } else {
        String::new()
    };
    let binary = !o.text && (has_nul(&da) || has_nul(&db));
    if o.brief || binary {
        let what = if binary && !o.brief {
            "Binary files"
        } else {
            "Files"
        };
        ctx.stdout
            .write_str(&format!("{what} {a} and {b} differ\n"))
            .await?;
        return Ok(1);
    }
    let (ta, tb) = if o.strip_cr {
        (strip_cr(&da), strip_cr(&db))
    } else {
        (da.to_vec(), db.to_vec())
    };
    let la = lines(&ta);
    let lb = lines(&tb);
    let ch = changes(&la, &lb, o.cmp, o.unified.or(o.context).unwrap_or(0));
    if o.side.is_some() && o.unified.is_none() && o.context.is_none() {
        let mut out = if ch.is_empty() {
            Vec::new()
        } else {
            header.into_bytes()
        };
        side::side_by_side(&la, &lb, &ch, o.side_opts, &mut out);
        ctx.stdout.write(&out).await?;
        return Ok(i32::from(!ch.is_empty()));
    }
    if ch.is_empty() {
        if o.identical {
            ctx.stdout
                .write_str(&format!("Files {a} and {b} are identical\n"))
                .await?;
        }
        return Ok(0);
    }
    let mut out = header.into_bytes();
    match (o.unified, o.context) {
        (None, Some(n)) => {
            let ha = label(ctx, o.labels.first(), a, matches!(sa, Side::Missing(_))).await;
            let hb = label(ctx, o.labels.get(1), b, matches!(sb, Side::Missing(_))).await;
            out.extend_from_slice(format!("*** {ha}\n--- {hb}\n").as_bytes());
            context(&la, &lb, &ch, n, &mut out);
        }
        (Some(n), _) => {
            let ha = label(ctx, o.labels.first(), a, matches!(sa, Side::Missing(_))).await;
            let hb = label(ctx, o.labels.get(1), b, matches!(sb, Side::Missing(_))).await;
            out.extend_from_slice(format!("--- {ha}\n+++ {hb}\n").as_bytes());
            unified(&la, &lb, &ch, n, &mut out);
        }
        (None, None) => normal(&la, &lb, &ch, &mut out),
    }
    ctx.stdout.write(&out).await?;
    Ok(1)
}

async fn dir_mismatch(ctx: &Ctx<'_>, a: &str, b: &str, a_is_dir: bool) -> Result<i32> {
    let (ka, kb) = if a_is_dir {
        ("directory", "regular file")
    } else {
        ("regular file", "directory")
    };
    ctx.stdout
        .write_str(&format!("File {a} is a {ka} while file {b} is a {kb}\n"))
        .await?;
    Ok(1)
}

fn has_nul(d: &[u8]) -> bool {
    memchr::memchr(0, &d[..d.len().min(32 * 1024)]).is_some()
}

fn strip_cr(d: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len());
    for l in d.split_inclusive(|&b| b == b'\n') {
        match l.strip_suffix(b"\r\n") {
            Some(body) => {
                out.extend_from_slice(body);
                out.push(b'\n');
            }
            None => out.extend_from_slice(l),
        }
    }
    out
}

/// `name<TAB>2026-11-26 03:04:05.000000000 +0000`, or the `--label` text.
async fn label(ctx: &Ctx<'_>, given: Option<&String>, name: &str, missing: bool) -> String {
    if let Some(l) = given {
        return l.clone();
    }
    let when = if missing {
        Some(std::time::Duration::ZERO)
    } else if name == "-" {
        Some(ctx.rt.clock.now())
    } else {
        ctx.rt
            .vfs
            .stat(&ctx.path(name))
            .await
            .ok()
            .and_then(|m| m.mtime)
    };
    let when = when.unwrap_or_default();
    let secs = i64::try_from(when.as_secs()).unwrap_or(i64::MAX);
    let stamp = crate::time::strftime("%Y-%m-%d %H:%M:%S", secs);
    format!("{name}\t{stamp}.{:09} +0000", when.subsec_nanos())
}

/// One directory's entries by name: whether each is a directory.
async fn listing(ctx: &Ctx<'_>, dir: &str) -> Result<BTreeMap<String, BTreeMap<String, bool>>> {
    // Keyed by relative directory ("" for the top), then entry name.
    let mut tree: BTreeMap<String, BTreeMap<String, bool>> = BTreeMap::new();
    tree.insert(String::new(), BTreeMap::new());
    for e in ctx.rt.vfs.walk(&ctx.path(dir)).await? {
        let (parent, name) = match e.path.rsplit_once('/') {
            Some((p, n)) => (p.to_string(), n.to_string()),
            None => (String::new(), e.path.clone()),
        };
        if e.meta.is_dir() {
            tree.entry(e.path.clone()).or_default();
        }
        tree.entry(parent)
            .or_default()
            .insert(name, e.meta.is_dir());
    }
    Ok(tree)
}

/// Compares two directories (recursively with `-r`).
async fn dirs(ctx: &Ctx<'_>, o: &Opts, a: &str, b: &str) -> Result<i32> {
    let ta = listing(ctx, a).await?;
    let tb = listing(ctx, b).await?;
    let mut status = 0;
    // Depth-first in sorted order: a subdirectory is handled where its name sorts.
    let mut work: Vec<Work> = Vec::new();
    plan(o, &ta, &tb, "", &mut work);
    let join = |root: &str, rel: &str| {
        if rel.is_empty() {
            root.trim_end_matches('/').to_string()
        } else {
            format!("{}/{rel}", root.trim_end_matches('/'))
        }
    };
    // File pairs are read in batches of [`PAIRS`] (one `read_many` per batch).
    for batch in work.chunks(PAIRS) {
        let mut paths = Vec::new();
        for w in batch {
            if let Work::Files(rel) = w {
                paths.push(join(a, rel));
                paths.push(join(b, rel));
            }
        }
        let mut loaded = load(ctx, &paths).await?.into_iter();
        for w in batch {
            ctx.check()?;
            let s = match w {
                Work::OnlyIn(left, rel_dir, name) => {
                    let root = if *left { a } else { b };
                    ctx.stdout
                        .write_str(&format!("Only in {}: {name}\n", join(root, rel_dir)))
                        .await?;
                    1
                }
                Work::Subdirs(rel) => {
                    ctx.stdout
                        .write_str(&format!(
                            "Common subdirectories: {} and {}\n",
                            join(a, rel),
                            join(b, rel)
                        ))
                        .await?;
                    0
                }
                Work::Files(rel) => {
                    let (Some(sa), Some(sb)) = (loaded.next(), loaded.next()) else {
                        return Ok(2);
                    };
                    let (pa, pb) = (join(a, rel), join(b, rel));
                    files(ctx, o, (&pa, sa), (&pb, sb), true).await?
                }
            };
            status = status.max(s);
        }
    }
    Ok(status)
}

enum Work {
    /// (left side?, relative directory, name).
    OnlyIn(bool, String, String),
    Subdirs(String),
    Files(String),
}

type Tree = BTreeMap<String, BTreeMap<String, bool>>;

fn plan(o: &Opts, ta: &Tree, tb: &Tree, rel: &str, work: &mut Vec<Work>) {
    let empty = BTreeMap::new();
    let ea = ta.get(rel).unwrap_or(&empty);
    let eb = tb.get(rel).unwrap_or(&empty);
    let mut names: Vec<&String> = ea.keys().chain(eb.keys()).collect();
    names.sort();
    names.dedup();
    names.retain(|n| !o.exclude.iter().any(|p| p.matches(n)));
    for name in names {
        let path = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        match (ea.get(name), eb.get(name)) {
            (Some(true), Some(true)) => {
                if o.recursive {
                    plan(o, ta, tb, &path, work);
                } else {
                    work.push(Work::Subdirs(path));
                }
            }
            (Some(_), Some(_)) => work.push(Work::Files(path)),
            (Some(is_dir), None) | (None, Some(is_dir)) => {
                if o.new_file && !is_dir {
                    work.push(Work::Files(path));
                } else if o.new_file && o.recursive {
                    // A directory present on one side only: compare its files with
                    // nothing, like GNU does with -N.
                    let left = ea.contains_key(name);
                    let tree = if left { ta } else { tb };
                    push_lonely(tree, &path, work);
                } else {
                    let left = ea.contains_key(name);
                    work.push(Work::OnlyIn(left, rel.to_string(), name.clone()));
                }
            }
            (None, None) => {}
        }
    }
}

fn push_lonely(tree: &Tree, rel: &str, work: &mut Vec<Work>) {
    let Some(entries) = tree.get(rel) else { return };
    for (name, is_dir) in entries {
        let path = format!("{rel}/{name}");
        if *is_dir {
            push_lonely(tree, &path, work);
        } else {
            work.push(Work::Files(path));
        }
    }
}

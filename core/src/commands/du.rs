//! `du`: estimate file space usage (GNU coreutils 9.1).
//!
//! Disk usage is what ext4 would allocate (see [`crate::commands::fileinfo`]): a file takes
//! `ceil(size / 4096) * 4` KiB, a directory 4 KiB, a symbolic link nothing. Each operand is
//! listed with one `Vfs::walk`; entries come out in name order (real `du` uses the
//! directory's order, so scripts that print several entries should sort).

use std::collections::HashSet;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fileinfo;
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::eval::pattern::Pattern;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::Metadata;

const HELP: &str = include_str!("help/du.txt");

const SPEC: &str = "0|null a|all |apparent-size B|block-size= b|bytes c|total \
                    D|dereference-args d|max-depth= |files0-from= H h|human-readable \
                    |inodes k l|count-links L|dereference m P|no-dereference \
                    S|separate-dirs |si s|summarize t|threshold= |time? |time-style= \
                    X|exclude-from= |exclude= x|one-file-system";

#[derive(Clone, Copy, PartialEq)]
enum Units {
    /// Divide by this many bytes, rounding up.
    Block(u64),
    /// `-h` (powers of 1024) or `--si` (powers of 1000).
    Human { si: bool },
}

struct Opts {
    all: bool,
    apparent: bool,
    units: Units,
    total: bool,
    max_depth: Option<usize>,
    separate: bool,
    nul: bool,
    exclude: Vec<Pattern>,
    /// `-BM` prints `1M`: the suffix given with the block size.
    suffix: String,
    /// `--inodes`: count entries instead of bytes.
    inodes: bool,
    /// `-L`/`-D`/`-H`: a symbolic link named as an operand counts as its target.
    deref_args: bool,
}

/// Runs `du`.
pub fn du<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Torbjorn Granlund, David MacKenzie, Paul Eggert,\nand Jim Meyering",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts {
            all: false,
            apparent: false,
            units: Units::Block(1024),
            total: false,
            max_depth: None,
            separate: false,
            nul: false,
            exclude: Vec::new(),
            suffix: String::new(),
            inodes: false,
            deref_args: false,
        };
        let mut summarize = false;
        for (key, v) in &parsed.opts {
            match *key {
                "0" => o.nul = true,
                "L" | "D" | "H" => o.deref_args = true,
                "P" => o.deref_args = false,
                "a" => o.all = true,
                "apparent-size" => o.apparent = true,
                "b" => {
                    o.suffix.clear();
                    o.apparent = true;
                    o.units = Units::Block(1);
                }
                "B" => match block_size(v.as_deref().unwrap_or("")) {
                    Some(u) => {
                        o.units = u;
                        let v = v.as_deref().unwrap_or("");
                        o.suffix = v
                            .trim_start_matches(|c: char| c.is_ascii_digit())
                            .to_string();
                    }
                    None => {
                        let v = v.as_deref().unwrap_or("");
                        ctx.err(&format!("invalid -B argument {}", quote_always(v)))
                            .await?;
                        return Ok(1);
                    }
                },
                "c" => o.total = true,
                "d" => {
                    let v = v.as_deref().unwrap_or("");
                    match v.parse::<usize>() {
                        Ok(n) => o.max_depth = Some(n),
                        Err(_) => {
                            ctx.err(&format!("invalid maximum depth {}", quote_always(v)))
                                .await?;
                            args::try_help(ctx).await?;
                            return Ok(1);
                        }
                    }
                }
                "h" | "si" | "k" | "m" => {
                    o.suffix.clear();
                    o.units = match *key {
                        "h" => Units::Human { si: false },
                        "si" => Units::Human { si: true },
                        "k" => Units::Block(1024),
                        _ => Units::Block(1024 * 1024),
                    };
                }
                "S" => o.separate = true,
                "inodes" => o.inodes = true,
                "s" => summarize = true,
                "exclude" => o
                    .exclude
                    .push(Pattern::new(v.as_deref().unwrap_or(""), Default::default())),
                _ => {}
            }
        }
        if summarize {
            if let Some(d) = o.max_depth.filter(|&d| d != 0) {
                ctx.err(&format!(
                    "warning: summarizing conflicts with --max-depth={d}"
                ))
                .await?;
                args::try_help(ctx).await?;
                return Ok(1);
            }
            o.max_depth = Some(0);
        }
        let mut operands = parsed.operands;
        if operands.is_empty() {
            operands.push(".".to_string());
        }
        let mut status = 0;
        let mut grand = 0u64;
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for op in &operands {
            ctx.check()?;
            match usage_of(ctx, &o, op, &mut seen, &mut out).await? {
                Some(n) => grand += n,
                None => status = 1,
            }
            if out.len() >= 64 * 1024 {
                ctx.stdout.write(&std::mem::take(&mut out)).await?;
            }
        }
        if o.total {
            line(&o, grand, "total", &mut out);
        }
        ctx.stdout.write(&out).await?;
        Ok(status)
    })
}

/// `-B SIZE`: `K`, `M`, `G`, `1`, `1K`, `KB` ...
fn block_size(v: &str) -> Option<Units> {
    let digits_end = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let (num, suffix) = v.split_at(digits_end);
    let n: u64 = if num.is_empty() { 1 } else { num.parse().ok()? };
    let (letter, base) = match suffix {
        "" => return (n > 0).then_some(Units::Block(n)),
        s if s.len() == 1 => (s, 1024u64),
        s if s.ends_with("iB") && s.len() == 3 => (&s[..1], 1024),
        s if s.ends_with('B') && s.len() == 2 => (&s[..1], 1000),
        _ => return None,
    };
    let pow = "KMGTPEZY".find(letter.to_ascii_uppercase().as_str())? as u32 + 1;
    let unit = base.checked_pow(pow)?.checked_mul(n)?;
    Some(Units::Block(unit))
}

fn entry_bytes(o: &Opts, meta: &Metadata) -> u64 {
    if o.inodes {
        1
    } else if o.apparent {
        fileinfo::size(meta)
    } else {
        fileinfo::kib(meta) * 1024
    }
}

fn format_size(o: &Opts, bytes: u64) -> String {
    if o.inodes {
        // Counts of small trees print the same in every unit.
        return bytes.to_string();
    }
    match o.units {
        Units::Block(u) => format!("{}{}", bytes.div_ceil(u.max(1)), o.suffix),
        Units::Human { si: false } => fileinfo::human(bytes),
        Units::Human { si: true } => fileinfo::human_si(bytes),
    }
}

fn line(o: &Opts, bytes: u64, name: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(format_size(o, bytes).as_bytes());
    out.push(b'\t');
    out.extend_from_slice(name.as_bytes());
    out.push(if o.nul { 0 } else { b'\n' });
}

/// Prints the lines for one operand; returns its total in bytes, `None` after an error.
async fn usage_of(
    ctx: &Ctx<'_>,
    o: &Opts,
    op: &str,
    seen: &mut HashSet<String>,
    out: &mut Vec<u8>,
) -> Result<Option<u64>> {
    let abs = ctx.real_path(op).await;
    // Like GNU du, a file is counted once even when named again (or inside a directory
    // named later).
    if seen.contains(&abs) {
        return Ok(Some(0));
    }
    let meta = match fileinfo::lstat_operand(&ctx.rt.vfs, &abs, op).await {
        Ok(m) if m.is_symlink() && o.deref_args => match ctx.rt.vfs.stat(&abs).await {
            Ok(t) => t,
            Err(_) => m,
        },
        Ok(m) => m,
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
            return Err(e);
        }
        Err(e) => {
            ctx.stdout.write(&std::mem::take(out)).await?;
            ctx.err(&format!(
                "cannot access {}: {}",
                quote_always(op),
                e.reason()
            ))
            .await?;
            return Ok(None);
        }
    };
    let own = entry_bytes(o, &meta);
    seen.insert(abs.clone());
    if !meta.is_dir() {
        line(o, own, op, out);
        return Ok(Some(own));
    }
    let entries = match ctx.rt.vfs.walk(&abs).await {
        Ok(e) => e,
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
            return Err(e);
        }
        Err(e) => {
            ctx.err(&format!(
                "cannot read directory {}: {}",
                quote_always(op),
                e.reason()
            ))
            .await?;
            line(o, own, op, out);
            return Ok(None);
        }
    };
    let shown = |rel: &str| {
        if op.ends_with('/') {
            format!("{op}{rel}")
        } else {
            format!("{op}/{rel}")
        }
    };
    let excluded = |rel: &str| {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        o.exclude.iter().any(|p| p.matches(name))
    };
    // Post-order over the (pre-order) walk: a stack of open directories with their sums.
    let mut stack: Vec<(String, u64)> = vec![(String::new(), own)];
    let mut skip: Option<String> = None;
    let close = |stack: &mut Vec<(String, u64)>, out: &mut Vec<u8>| {
        if let Some((rel, total)) = stack.pop() {
            let depth = stack.len();
            if o.max_depth.is_none_or(|d| depth <= d) {
                let name = if rel.is_empty() {
                    op.to_string()
                } else {
                    shown(&rel)
                };
                line(o, total, &name, out);
            }
            if let Some(parent) = stack.last_mut()
                && !o.separate
            {
                parent.1 += total;
            }
        }
    };
    for (n, e) in entries.iter().enumerate() {
        if n % 256 == 255 {
            ctx.check()?;
        }
        if let Some(s) = &skip {
            if e.path.starts_with(s.as_str()) {
                continue;
            }
            skip = None;
        }
        let entry_abs = crate::vfs::path::join(&abs, &e.path);
        if excluded(&e.path) || !seen.insert(entry_abs) {
            if e.meta.is_dir() {
                skip = Some(format!("{}/", e.path));
            }
            continue;
        }
        while stack.len() > 1 {
            let top = stack.last().map(|t| t.0.clone()).unwrap_or_default();
            if e.path.starts_with(&format!("{top}/")) {
                break;
            }
            close(&mut stack, out);
        }
        let bytes = entry_bytes(o, &e.meta);
        if e.meta.is_dir() {
            stack.push((e.path.clone(), bytes));
        } else {
            if let Some(parent) = stack.last_mut() {
                parent.1 += bytes;
            }
            let depth = e.path.split('/').count();
            if o.all && o.max_depth.is_none_or(|d| depth <= d) {
                line(o, bytes, &shown(&e.path), out);
            }
        }
    }
    let mut total = 0;
    while let Some(top) = stack.last() {
        if stack.len() == 1 {
            total = top.1;
        }
        close(&mut stack, out);
    }
    Ok(Some(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_sizes() {
        assert!(block_size("1") == Some(Units::Block(1)));
        assert!(block_size("K") == Some(Units::Block(1024)));
        assert!(block_size("M") == Some(Units::Block(1 << 20)));
        assert!(block_size("KB") == Some(Units::Block(1000)));
        assert!(block_size("2K") == Some(Units::Block(2048)));
        assert!(block_size("x").is_none());
    }
}

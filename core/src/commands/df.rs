//! `df`: report file system space usage (GNU coreutils 9.1 table layout).
//!
//! The VFS has mounts, not disks, so the numbers are invented but consistent: every mount
//! is a file system named after its backend (`ram`, `disk` ...) of a nominal 16 GiB, whose
//! used space is what its files would take on ext4 (one `Vfs::walk` of the mount; see
//! [`crate::commands::fileinfo`]). Without operands every mount is listed; with operands,
//! the mount holding each one. `-h`, `-H`, `-k`, `-m`, `-B`, `-T`, `-P` and `--total` are
//! supported; `-i` reports a nominal 1M inodes.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fileinfo;
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = include_str!("help/df.txt");

const SPEC: &str = "a|all B|block-size= i|inodes h|human-readable H|si k l|local \
                    |no-sync |output? P|portability |sync |total t|type= T|print-type \
                    x|exclude-type= v";

/// The nominal size of every mount, in KiB.
pub(crate) const SIZE_KIB: u64 = 16 * 1024 * 1024;
/// The nominal inode count of every mount.
pub(crate) const INODES: u64 = 1 << 20;

#[derive(Clone, Copy, PartialEq)]
enum Units {
    Block(u64),
    Human { si: bool },
}

struct Row {
    source: String,
    kind: String,
    size: u64,
    used: u64,
    avail: u64,
    target: String,
}

/// Runs `df`.
pub fn df<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Torbjorn Granlund, David MacKenzie, and Paul Eggert",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut units = Units::Block(1024);
        let mut suffix = String::new();
        let (mut inodes, mut print_type, mut total, mut posix) = (false, false, false, false);
        for (key, v) in &parsed.opts {
            match *key {
                "h" => units = Units::Human { si: false },
                "H" => units = Units::Human { si: true },
                "k" => units = Units::Block(1024),
                "B" => {
                    let v = v.as_deref().unwrap_or("");
                    match parse_block(v) {
                        Some(n) => {
                            units = Units::Block(n);
                            suffix = v
                                .trim_start_matches(|c: char| c.is_ascii_digit())
                                .to_string();
                        }
                        None => {
                            ctx.err(&format!("invalid -B argument {}", quote_always(v)))
                                .await?;
                            return Ok(1);
                        }
                    }
                }
                "i" => inodes = true,
                "T" => print_type = true,
                "total" => total = true,
                "P" => posix = true,
                _ => {}
            }
        }
        let vfs = ctx.rt.vfs.clone();
        let mut status = 0;
        let mut picks: Vec<usize> = Vec::new();
        if parsed.operands.is_empty() {
            picks.extend(0..vfs.mounts().len());
        }
        for op in &parsed.operands {
            let abs = ctx.path(op);
            match vfs.stat(&abs).await {
                Ok(_) => {}
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    ctx.err(&format!("{op}: {}", e.reason())).await?;
                    status = 1;
                    continue;
                }
            }
            if let Some((i, _)) = vfs.mounts().locate_index(&abs) {
                picks.push(i);
            }
        }
        let mut rows = Vec::new();
        for i in picks {
            ctx.check()?;
            let Some(m) = vfs.mounts().get(i) else {
                continue;
            };
            let used_kib: u64 = match vfs.walk(&m.at).await {
                Ok(entries) => entries.iter().map(|e| fileinfo::kib(&e.meta)).sum(),
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(_) => 0,
            };
            let name = m.backend.name().to_string();
            let row = if inodes {
                let used = vfs
                    .walk(&m.at)
                    .await
                    .map(|e| e.len() as u64 + 1)
                    .unwrap_or(1);
                Row {
                    source: name.clone(),
                    kind: name,
                    size: INODES,
                    used,
                    avail: INODES.saturating_sub(used),
                    target: m.at.clone(),
                }
            } else {
                let used = used_kib.min(SIZE_KIB) * 1024;
                Row {
                    source: name.clone(),
                    kind: name,
                    size: SIZE_KIB * 1024,
                    used,
                    avail: SIZE_KIB * 1024 - used,
                    target: m.at.clone(),
                }
            };
            rows.push(row);
        }
        if total && !rows.is_empty() {
            let sum = |f: fn(&Row) -> u64| rows.iter().map(f).sum::<u64>();
            let row = Row {
                source: "total".to_string(),
                kind: "-".to_string(),
                size: sum(|r| r.size),
                used: sum(|r| r.used),
                avail: sum(|r| r.avail),
                target: "-".to_string(),
            };
            rows.push(row);
        }
        if !rows.is_empty() {
            let text = table(&rows, units, &suffix, inodes, print_type, posix);
            ctx.stdout.write_str(&text).await?;
        }
        Ok(status)
    })
}

fn parse_block(v: &str) -> Option<u64> {
    let end = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let (num, suffix) = v.split_at(end);
    let n: u64 = if num.is_empty() { 1 } else { num.parse().ok()? };
    let (letter, base) = match suffix {
        "" => return (n > 0).then_some(n),
        s if s.len() == 1 => (s, 1024u64),
        s if s.len() == 3 && s.ends_with("iB") => (&s[..1], 1024),
        s if s.len() == 2 && s.ends_with('B') => (&s[..1], 1000),
        _ => return None,
    };
    let pow = "KMGTPEZY".find(letter)? as u32 + 1;
    base.checked_pow(pow)?.checked_mul(n)
}

fn human(bytes: u64, si: bool) -> String {
    if !si {
        return fileinfo::human(bytes);
    }
    fileinfo::human_si(bytes)
}

fn table(
    rows: &[Row],
    units: Units,
    suffix: &str,
    inodes: bool,
    print_type: bool,
    posix: bool,
) -> String {
    let num = |b: u64| -> String {
        if inodes {
            return b.to_string();
        }
        match units {
            Units::Block(u) => format!("{}{suffix}", b.div_ceil(u.max(1))),
            Units::Human { si } => human(b, si),
        }
    };
    let size_header = match (inodes, units) {
        (true, _) => "Inodes".to_string(),
        (false, Units::Human { .. }) => "Size".to_string(),
        (false, Units::Block(u)) => {
            let label = block_label(u);
            if posix {
                format!("{label}-blocks").replace("1K-", "1024-")
            } else {
                format!("{label}-blocks")
            }
        }
    };
    let (used_h, avail_h, pct_h) = match (inodes, units, posix) {
        (true, _, _) => ("IUsed", "IFree", "IUse%"),
        (false, Units::Human { .. }, _) => ("Used", "Avail", "Use%"),
        (false, _, true) => ("Used", "Available", "Capacity"),
        _ => ("Used", "Available", "Use%"),
    };
    let mut cells: Vec<Vec<String>> = vec![vec![
        "Filesystem".to_string(),
        "Type".to_string(),
        size_header,
        used_h.to_string(),
        avail_h.to_string(),
        pct_h.to_string(),
        "Mounted on".to_string(),
    ]];
    for r in rows {
        let pct = if r.used + r.avail == 0 {
            "-".to_string()
        } else {
            format!("{}%", (r.used * 100).div_ceil(r.used + r.avail))
        };
        cells.push(vec![
            r.source.clone(),
            r.kind.clone(),
            num(r.size),
            num(r.used),
            num(r.avail),
            pct,
            r.target.clone(),
        ]);
    }
    let mins = [14, 4, 5, 5, 5, 4, 0];
    let mut widths = mins.to_vec();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    for row in &cells {
        let mut line = String::new();
        for (i, c) in row.iter().enumerate() {
            if i == 1 && !print_type {
                continue;
            }
            let w = widths.get(i).copied().unwrap_or(0);
            match i {
                0 | 1 => line.push_str(&format!("{c:<w$} ")),
                6 => line.push_str(c),
                _ => line.push_str(&format!("{c:>w$} ")),
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn block_label(u: u64) -> String {
    let names = [(1u64 << 30, "1G"), (1 << 20, "1M"), (1 << 10, "1K")];
    for (n, l) in names {
        if u == n {
            return l.to_string();
        }
    }
    format!("{u}B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_like_gnu() {
        let rows = [Row {
            source: "/dev/vda".into(),
            kind: "ext4".into(),
            size: 264_212_084 * 1024,
            used: 39_306_344 * 1024,
            avail: 55_979_544 * 1024,
            target: "/".into(),
        }];
        assert_eq!(
            table(&rows, Units::Block(1024), "", false, false, false),
            "Filesystem     1K-blocks     Used Available Use% Mounted on\n\
             /dev/vda       264212084 39306344  55979544  42% /\n"
        );
        assert_eq!(
            table(&rows, Units::Human { si: false }, "", false, false, false),
            "Filesystem      Size  Used Avail Use% Mounted on\n\
             /dev/vda        252G   38G   54G  42% /\n"
        );
    }
}

//! `stat`: display file status (GNU coreutils 9.1): the default multi-line report, `-t`,
//! and `-c`/`--format`/`--printf` with the file directives.
//!
//! As on ext4 for root (see [`crate::commands::fileinfo`]): device `254,0`, fake but
//! stable inode numbers, owner `root`; access, change and birth times are the
//! modification time. `-f` reports every mount as `df` does: an ext4 file system
//! (`ext2/ext3`, magic `ef53`, ID `0`, names up to 255 bytes) of 4096-byte blocks and a
//! nominal 16 GiB and 1M inodes, less what the mount's files would take.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::{Ctx, quote_always};
use crate::commands::{df, fileinfo};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::{FileType, Metadata};

/// Field widths beyond this are clamped (a hostile `%999999999s` must not exhaust
/// memory).
const MAX_WIDTH: usize = 1 << 16;

const HELP: &str = include_str!("help/stat.txt");

const SPEC: &str = "L|dereference f|file-system |cached= c|format= |printf= t|terse";

/// The default report after its `  File:` line (which shows names unquoted).
const DEFAULT: &str = "  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\nDevice: \
                       %Hd,%Ld\tInode: %-11i Links: %h\nAccess: (%04a/%10.10A)  Uid: (%5u/%8U)   \
                       Gid: (%5g/%8G)\nAccess: %x\nModify: %y\nChange: %z\n Birth: %w\n";

const TERSE: &str = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n";

/// `stat -f`'s default report and `-f -t`.
const FS_DEFAULT: &str = "  File: \"%n\"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s \
                          Fundamental block size: %S\nBlocks: Total: %-10b Free: %-10f \
                          Available: %a\nInodes: Total: %-10c Free: %d\n";
const FS_TERSE: &str = "%n %i %l %t %s %S %b %f %a %c %d\n";

/// The figures of one mount for `stat -f`.
#[derive(Clone, Copy)]
struct Fs {
    blocks: u64,
    free: u64,
    files: u64,
    ffree: u64,
}

/// The value of one `stat -f` directive.
fn fs_directive(c: char, name: &str, fs: Fs) -> Option<(String, bool)> {
    let num = |n: u64| Some((n.to_string(), true));
    match c {
        'n' => Some((name.to_string(), false)),
        'i' => Some(("0".into(), false)),
        'l' => num(255),
        't' => Some(("ef53".into(), false)),
        'T' => Some(("ext2/ext3".into(), false)),
        's' | 'S' => num(fileinfo::BLOCK),
        'b' => num(fs.blocks),
        'f' | 'a' => num(fs.free),
        'c' => num(fs.files),
        'd' => num(fs.ffree),
        _ => None,
    }
}

/// The figures of the mount holding `abs` (one walk of it, as `df` does).
async fn fs_info(ctx: &Ctx<'_>, abs: &str) -> Result<Fs> {
    let vfs = &ctx.rt.vfs;
    let root = vfs
        .mounts()
        .locate_index(abs)
        .and_then(|(i, _)| vfs.mounts().get(i))
        .map(|m| m.at.clone())
        .unwrap_or_else(|| "/".into());
    let (used_kib, entries) = match vfs.walk(&root).await {
        Ok(all) => (
            all.iter().map(|e| fileinfo::kib(&e.meta)).sum::<u64>(),
            all.len() as u64 + 1,
        ),
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
            return Err(e);
        }
        Err(_) => (0, 1),
    };
    let blocks = df::SIZE_KIB * 1024 / fileinfo::BLOCK;
    Ok(Fs {
        blocks,
        free: blocks.saturating_sub(used_kib * 1024 / fileinfo::BLOCK),
        files: df::INODES,
        ffree: df::INODES.saturating_sub(entries),
    })
}

/// What the directives describe.
struct File<'a> {
    name: &'a str,
    abs: &'a str,
    meta: &'a Metadata,
    link: Option<String>,
    nlink: u64,
}

/// Runs `stat`.
pub fn stat<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Michael Meskes",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut follow = false;
        let mut format: Option<(String, bool)> = None;
        let mut terse = false;
        let mut fs = false;
        for (key, v) in &parsed.opts {
            match *key {
                "L" => follow = true,
                "f" => fs = true,
                "c" => format = Some((format!("{}\n", v.as_deref().unwrap_or("")), false)),
                "printf" => format = Some((v.clone().unwrap_or_default(), true)),
                "t" => terse = true,
                _ => {}
            }
        }
        if parsed.operands.is_empty() {
            ctx.err("missing operand").await?;
            args::try_help(ctx).await?;
            return Ok(1);
        }
        let mut status = 0;
        let mut out = Vec::new();
        for name in &parsed.operands {
            ctx.check()?;
            let abs = ctx.real_path(name).await;
            if fs {
                let r = if name.is_empty() {
                    Err(crate::error::Error::new(ErrorKind::NotFound))
                } else {
                    ctx.rt.vfs.stat(&abs).await
                };
                if let Err(e) = r {
                    if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                        return Err(e);
                    }
                    ctx.stdout.write(&std::mem::take(&mut out)).await?;
                    let msg = format!(
                        "cannot read file system information for {}: {}",
                        quote_always(name),
                        e.reason()
                    );
                    ctx.err(&msg).await?;
                    status = 1;
                    continue;
                }
                let info = fs_info(ctx, &abs).await?;
                let fmt = match &format {
                    Some((fmt, escapes)) => (fmt.as_str(), *escapes),
                    None if terse => (FS_TERSE, false),
                    None => (FS_DEFAULT, false),
                };
                render(fmt.0, fmt.1, &|c| fs_directive(c, name, info), &mut out);
                continue;
            }
            let r = if name.is_empty() {
                Err(crate::error::Error::new(ErrorKind::NotFound))
            } else if follow {
                ctx.rt.vfs.stat(&abs).await
            } else {
                fileinfo::lstat_operand(&ctx.rt.vfs, &abs, name).await
            };
            let meta = match r {
                Ok(m) => m,
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    ctx.stdout.write(&std::mem::take(&mut out)).await?;
                    ctx.err(&format!(
                        "cannot statx {}: {}",
                        quote_always(name),
                        e.reason()
                    ))
                    .await?;
                    status = 1;
                    continue;
                }
            };
            let link = if meta.is_symlink() {
                ctx.rt.vfs.read_link(&abs).await.ok()
            } else {
                None
            };
            let nlink = if meta.is_dir() {
                let n = match ctx.rt.vfs.list(&abs).await {
                    Ok(entries) => entries.iter().filter(|e| e.meta.is_dir()).count() as u64,
                    Err(_) => 0,
                };
                2 + n
            } else {
                1
            };
            let f = File {
                name,
                abs: &abs,
                meta: &meta,
                link,
                nlink,
            };
            match &format {
                Some((fmt, escapes)) => render(fmt, *escapes, &|c| directive(c, &f), &mut out),
                None if terse => render(TERSE, false, &|c| directive(c, &f), &mut out),
                None => {
                    out.extend_from_slice(b"  File: ");
                    out.extend_from_slice(name.as_bytes());
                    if let Some(t) = &f.link {
                        out.extend_from_slice(b" -> ");
                        out.extend_from_slice(t.as_bytes());
                    }
                    out.push(b'\n');
                    render(DEFAULT, false, &|c| directive(c, &f), &mut out)
                }
            }
            if out.len() >= 64 * 1024 {
                ctx.stdout.write(&std::mem::take(&mut out)).await?;
            }
        }
        ctx.stdout.write(&out).await?;
        Ok(status)
    })
}

fn file_type(meta: &Metadata) -> &'static str {
    match meta.file_type {
        FileType::File if meta.size == 0 => "regular empty file",
        FileType::File => "regular file",
        FileType::Dir => "directory",
        FileType::Symlink => "symbolic link",
    }
}

/// The value of one directive and whether it is a number (for the `0` flag).
fn directive(c: char, f: &File<'_>) -> Option<(String, bool)> {
    let m = f.meta;
    let (secs, nanos) = fileinfo::mtime(m);
    let num = |n: u64| Some((n.to_string(), true));
    match c {
        'n' => Some((f.name.to_string(), false)),
        'N' => {
            let mut s = quote_always(f.name);
            if let Some(t) = &f.link {
                s.push_str(" -> ");
                s.push_str(&quote_always(t));
            }
            Some((s, false))
        }
        's' => num(fileinfo::size(m)),
        'b' => num(fileinfo::blocks(m)),
        'B' => num(512),
        'o' => num(fileinfo::BLOCK),
        'f' => Some((format!("{:x}", fileinfo::raw_mode(m)), false)),
        'F' => Some((file_type(m).to_string(), false)),
        'a' => Some((format!("{:o}", fileinfo::perm_bits(m)), true)),
        'A' => Some((fileinfo::mode_string(m), false)),
        'h' => num(f.nlink),
        'i' => num(fileinfo::inode(f.abs)),
        'u' | 'g' => num(0),
        'U' | 'G' => Some(("root".to_string(), false)),
        'd' => num(65024),
        'D' => Some(("fe00".to_string(), false)),
        't' | 'T' => Some(("0".to_string(), false)),
        'm' => Some(("/".to_string(), false)),
        'x' | 'y' | 'z' | 'w' => Some((fileinfo::full_time(secs, nanos), false)),
        'X' | 'Y' | 'Z' | 'W' => Some((secs.to_string(), true)),
        _ => None,
    }
}

/// Expands a format for one file (`escapes`: `--printf` backslash escapes).
/// Expands `fmt` (printf-style flags and widths) with `dir` giving each directive's value.
fn render(
    fmt: &str,
    escapes: bool,
    dir: &dyn Fn(char) -> Option<(String, bool)>,
    out: &mut Vec<u8>,
) {
    let b = fmt.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\\' && escapes {
            i += 1;
            i += escape(b, i, out);
            continue;
        }
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let (mut left, mut zero, mut plus) = (false, false, false);
        while let Some(&fl) = b.get(i) {
            match fl {
                b'-' => left = true,
                b'0' => zero = true,
                b'+' => plus = true,
                b'#' | b' ' | b'\'' | b'I' => {}
                _ => break,
            }
            i += 1;
        }
        let width = fileinfo::parse_digits(b, &mut i);
        let mut prec = None;
        if b.get(i) == Some(&b'.') {
            i += 1;
            prec = Some(fileinfo::parse_digits(b, &mut i));
        }
        let Some(&conv) = b.get(i) else {
            out.extend_from_slice(&b[start..]);
            break;
        };
        i += 1;
        let conv = char::from(conv);
        let value = match conv {
            '%' => Some(("%".to_string(), false)),
            'H' | 'L' if b.get(i) == Some(&b'd') || b.get(i) == Some(&b'r') => {
                i += 1;
                Some((if conv == 'H' { "254" } else { "0" }.to_string(), true))
            }
            _ => dir(conv),
        };
        let Some((mut s, numeric)) = value else {
            out.push(b'?');
            continue;
        };
        if numeric && plus && !s.starts_with('-') {
            s.insert(0, '+');
        }
        if let Some(p) = prec
            && !numeric
            && let Some((cut, _)) = s.char_indices().nth(p)
        {
            s.truncate(cut);
        }
        let len = s.chars().count();
        let pad = width.min(MAX_WIDTH).saturating_sub(len);
        if left {
            s.push_str(&" ".repeat(pad));
        } else if zero && numeric {
            let at = usize::from(s.starts_with('+'));
            s.insert_str(at, &"0".repeat(pad));
        } else {
            s.insert_str(0, &" ".repeat(pad));
        }
        out.extend_from_slice(s.as_bytes());
    }
}

/// One `--printf` escape after a backslash at `b[i]`; returns the bytes consumed.
fn escape(b: &[u8], i: usize, out: &mut Vec<u8>) -> usize {
    let Some(&e) = b.get(i) else {
        out.push(b'\\');
        return 0;
    };
    let simple = match e {
        b'n' => Some(b'\n'),
        b't' => Some(b'\t'),
        b'\\' => Some(b'\\'),
        b'"' => Some(b'"'),
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'r' => Some(b'\r'),
        b'v' => Some(11),
        b'e' => Some(27),
        _ => None,
    };
    if let Some(c) = simple {
        out.push(c);
        return 1;
    }
    if (b'0'..=b'7').contains(&e) {
        let mut v = 0u32;
        let mut n = 0;
        while n < 3 {
            match b.get(i + n) {
                Some(&d @ b'0'..=b'7') => v = v * 8 + u32::from(d - b'0'),
                _ => break,
            }
            n += 1;
        }
        out.push((v & 0xff) as u8);
        return n;
    }
    if e == b'x' {
        let mut v = 0u32;
        let mut n = 0;
        while n < 2 {
            match b.get(i + 1 + n).and_then(|d| char::from(*d).to_digit(16)) {
                Some(d) => v = v * 16 + d,
                None => break,
            }
            n += 1;
        }
        if n > 0 {
            out.push((v & 0xff) as u8);
            return n + 1;
        }
    }
    out.push(b'\\');
    out.push(e);
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_gnu() {
        let meta = Metadata::file(5, None);
        let f = File {
            name: "b.txt",
            abs: "/b.txt",
            meta: &meta,
            link: None,
            nlink: 1,
        };
        let mut out = Vec::new();
        render(
            "%05s|%+5s|%.3n|%-4a|%F|%%|%Hd,%Ld|%q",
            false,
            &|c| directive(c, &f),
            &mut out,
        );
        assert_eq!(
            String::from_utf8_lossy(&out),
            "00005|   +5|b.t|644 |regular file|%|254,0|?"
        );
        out.clear();
        render("a\\tb\\x41\\101\\n", true, &|c| directive(c, &f), &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "a\tbAA\n");
    }
}

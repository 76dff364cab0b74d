//! `xxd`: hex dumps and their reverse (xxd 2022-01-14 semantics: the default
//! `00000000: 6865 6c6c  hell` layout, `-p`, `-i`, `-b`, `-r` and `-r -p`, `-c`, `-g`, `-l`,
//! `-s`, `-u`, `-d`, `-a`, `-n`, an output file operand). xxd parses its own options
//! (`-ps`, `-c8`, `-len 3`): the usage text goes to stderr with status 1.
//!
//! The input is read whole (`read_files`).

use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, file_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const VERSION: &str = "xxd 2022-01-14 by Juergen Weigert et al.\n";

#[derive(Default)]
struct Opts {
    plain: bool,
    include: bool,
    bits: bool,
    reverse: bool,
    upper: bool,
    decimal: bool,
    autoskip: bool,
    cols: Option<usize>,
    group: Option<usize>,
    len: Option<u64>,
    seek: i64,
    name: Option<String>,
    /// `-e`: little-endian groups.
    little: bool,
    /// `-C`: capitalized `-i` names.
    caps: bool,
    /// `-o`: added to the shown offsets.
    offset: i64,
}

fn parse_num(s: &str) -> Option<i64> {
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()?
    } else if s.len() > 1 && s.starts_with('0') {
        i64::from_str_radix(&s[1..], 8).ok()?
    } else {
        s.parse().ok()?
    };
    Some(if neg { -v } else { v })
}

enum Parse {
    Run(Opts, Vec<String>),
    Exit(i32),
}

async fn parse(ctx: &Ctx<'_>) -> Result<Parse> {
    let usage = include_str!("help/xxd.txt");
    let args = &ctx.args[1..];
    let mut o = Opts::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        let body = a.trim_start_matches('-');
        let letter = body.chars().next().unwrap_or('?');
        let takes = matches!(letter, 'c' | 'g' | 'l' | 's' | 'o' | 'n');
        let value = if takes {
            // Attached (`-c8`) when what follows the letter is not a long option name.
            let rest = &body[1..];
            let long = ["cols", "groupsize", "len", "seek", "name"]
                .iter()
                .any(|l| !rest.is_empty() && l.starts_with(body) && body.len() > 1);
            if !rest.is_empty() && !long {
                Some(rest.to_string())
            } else {
                i += 1;
                match args.get(i) {
                    Some(v) => Some(v.clone()),
                    None => {
                        ctx.stderr.write_str(usage).await?;
                        return Ok(Parse::Exit(1));
                    }
                }
            }
        } else {
            None
        };
        let num = value.as_deref().and_then(parse_num);
        match letter {
            'p' => o.plain = true,
            'i' => o.include = true,
            'b' => o.bits = true,
            'r' => o.reverse = true,
            'u' => o.upper = true,
            'd' => o.decimal = true,
            'a' => o.autoskip = !o.autoskip,
            'v' => {
                ctx.stderr.write_str(VERSION).await?;
                return Ok(Parse::Exit(0));
            }
            'c' => o.cols = num.map(|n| n.max(0) as usize),
            'g' => o.group = num.map(|n| n.max(0) as usize),
            'l' => o.len = num.map(|n| n.max(0) as u64),
            's' => o.seek = num.unwrap_or(0),
            'n' => o.name = value,
            'o' => o.offset = num.unwrap_or(0),
            'C' => o.caps = true,
            'e' => o.little = true,
            'E' => {}
            _ => {
                ctx.stderr.write_str(usage).await?;
                return Ok(Parse::Exit(1));
            }
        }
        i += 1;
    }
    Ok(Parse::Run(o, args[i..].to_vec()))
}

fn hex_digit(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `-r -p`: hex digits anywhere, everything else ignored.
fn reverse_plain(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut hi: Option<u8> = None;
    for &b in data {
        if let Some(d) = hex_digit(b) {
            match hi.take() {
                Some(h) => out.push(h << 4 | d),
                None => hi = Some(d),
            }
        }
    }
    out
}

/// `-r`: `offset: hex...  ascii` lines, each written at its offset.
fn reverse_dump(data: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    for line in data.split(|&b| b == b'\n') {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let addr = std::str::from_utf8(&line[..colon])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok());
        let Some(mut pos) = addr else { continue };
        let rest = &line[colon + 1..];
        let mut hi: Option<u8> = None;
        let mut spaces = 0;
        for &b in rest {
            if b == b' ' {
                spaces += 1;
                if spaces >= 2 && hi.is_none() {
                    break;
                }
                continue;
            }
            spaces = 0;
            let Some(d) = hex_digit(b) else { break };
            match hi.take() {
                Some(h) => {
                    if out.len() <= pos {
                        out.resize(pos + 1, 0);
                    }
                    out[pos] = h << 4 | d;
                    pos += 1;
                }
                None => hi = Some(d),
            }
        }
    }
    out
}

fn c_name(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

/// `-e`: xxd's own layout, byte `p` of a line at column `(2g+1) * (p ^ (g-1)) / g`
/// of a space-filled line, the text column written after each byte (so odd `-c`/`-g`
/// combinations overlap exactly like xxd's).
fn dump_little(o: &Opts, data: &[u8], base: u64, cols: usize, group: usize, out: &mut Vec<u8>) {
    let grplen = 2 * group + 1;
    let text_at = (grplen * cols).saturating_sub(1) / group + 2;
    for (n, line) in data.chunks(cols).enumerate() {
        let off = (base + (n * cols) as u64).wrapping_add_signed(o.offset);
        let mut head = if o.decimal {
            format!("{off:08}: ")
        } else {
            format!("{off:08x}: ")
        };
        let mut l = vec![b' '; text_at + line.len()];
        for (p, &b) in line.iter().enumerate() {
            let x = p ^ (group - 1);
            let c = grplen * x / group;
            let hex = if o.upper {
                format!("{b:02X}")
            } else {
                format!("{b:02x}")
            };
            for (k, h) in hex.bytes().enumerate() {
                if let Some(slot) = l.get_mut(c + k) {
                    *slot = h;
                } else {
                    l.resize(c + k, b' ');
                    l.push(h);
                }
            }
            let ch = if (0x20..0x7f).contains(&b) { b } else { b'.' };
            if let Some(slot) = l.get_mut(text_at + p) {
                *slot = ch;
            }
        }
        head.push_str(&String::from_utf8_lossy(&l));
        head.push('\n');
        out.extend_from_slice(head.as_bytes());
    }
}

fn dump(o: &Opts, data: &[u8], base: u64, out: &mut Vec<u8>) {
    let cols = o
        .cols
        .filter(|&c| c > 0)
        .unwrap_or(if o.bits { 6 } else { 16 });
    let group = match o.group {
        Some(0) => cols,
        Some(g) => g,
        None if o.bits => 1,
        None if o.little => 4,
        None => 2,
    };
    if o.little && !o.bits {
        dump_little(o, data, base, cols, group.max(1), out);
        return;
    }
    let per_byte = if o.bits { 8 } else { 2 };
    let hex_width = per_byte * cols + cols.div_ceil(group);
    let mut prev_zero = false;
    let mut starred = false;
    for (n, line) in data.chunks(cols).enumerate() {
        let off = (base + (n * cols) as u64).wrapping_add_signed(o.offset);
        let zero = line.len() == cols && line.iter().all(|&b| b == 0);
        let last = (n + 1) * cols >= data.len();
        if o.autoskip && zero && prev_zero && !last {
            if !starred {
                out.extend_from_slice(b"*\n");
                starred = true;
            }
            continue;
        }
        prev_zero = zero;
        starred = false;
        let mut s = if o.decimal {
            format!("{off:08}: ")
        } else {
            format!("{off:08x}: ")
        };
        let start = s.len();
        for (k, &b) in line.iter().enumerate() {
            if o.bits {
                s.push_str(&format!("{b:08b}"));
            } else if o.upper {
                s.push_str(&format!("{b:02X}"));
            } else {
                s.push_str(&format!("{b:02x}"));
            }
            if (k + 1) % group == 0 || k + 1 == line.len() {
                s.push(' ');
            }
        }
        let used = s.len() - start;
        s.push_str(&" ".repeat(hex_width.saturating_sub(used) + 1));
        for &b in line {
            s.push(if (0x20..0x7f).contains(&b) {
                b as char
            } else {
                '.'
            });
        }
        s.push('\n');
        out.extend_from_slice(s.as_bytes());
    }
}

/// Runs `xxd`.
pub fn xxd<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let (o, ops) = match parse(ctx).await? {
            Parse::Run(o, ops) => (o, ops),
            Parse::Exit(c) => return Ok(c),
        };
        if ops.len() > 2 {
            ctx.stderr.write_str(include_str!("help/xxd.txt")).await?;
            return Ok(1);
        }
        let input = ops.first().cloned().unwrap_or_else(|| "-".into());
        let data = match ctx.read_files(std::slice::from_ref(&input)).await.pop() {
            Some(Ok(d)) => d,
            Some(Err(e)) if fatal(&e) => return Err(e),
            Some(Err(e)) => {
                ctx.err(&file_error(&input, &e)).await?;
                return Ok(2);
            }
            None => return Ok(2),
        };
        let mut out = Vec::new();
        if o.reverse {
            out = if o.plain {
                reverse_plain(&data)
            } else {
                reverse_dump(&data)
            };
        } else {
            let start = if o.seek < 0 {
                if input == "-" {
                    ctx.err("Sorry, cannot seek.").await?;
                    return Ok(4);
                }
                data.len().saturating_sub(o.seek.unsigned_abs() as usize)
            } else {
                (o.seek as u64).min(data.len() as u64) as usize
            };
            let mut slice = &data[start..];
            if let Some(l) = o.len {
                slice = &slice[..slice.len().min(usize::try_from(l).unwrap_or(usize::MAX))];
            }
            if o.plain {
                let cols = o.cols.filter(|&c| c > 0).unwrap_or(30);
                for line in slice.chunks(cols) {
                    for &b in line {
                        let h = if o.upper {
                            format!("{b:02X}")
                        } else {
                            format!("{b:02x}")
                        };
                        out.extend_from_slice(h.as_bytes());
                    }
                    out.push(b'\n');
                }
            } else if o.include {
                let cols = o.cols.filter(|&c| c > 0).unwrap_or(12);
                let name = o
                    .name
                    .clone()
                    .or_else(|| (input != "-").then(|| c_name(&input)))
                    .map(|n| if o.caps { n.to_ascii_uppercase() } else { n });
                let len_suffix = if o.caps { "_LEN" } else { "_len" };
                if let Some(n) = &name {
                    out.extend_from_slice(format!("unsigned char {n}[] = {{\n").as_bytes());
                }
                let lines: Vec<String> = slice
                    .chunks(cols)
                    .map(|line| {
                        let items: Vec<String> = line
                            .iter()
                            .map(|b| {
                                if o.upper {
                                    format!("0X{b:02X}")
                                } else {
                                    format!("0x{b:02x}")
                                }
                            })
                            .collect();
                        format!("  {}", items.join(", "))
                    })
                    .collect();
                if !lines.is_empty() {
                    out.extend_from_slice(lines.join(",\n").as_bytes());
                    out.push(b'\n');
                }
                if let Some(n) = &name {
                    out.extend_from_slice(
                        format!("}};\nunsigned int {n}{len_suffix} = {};\n", slice.len())
                            .as_bytes(),
                    );
                }
            } else {
                dump(&o, slice, start as u64, &mut out);
            }
        }
        if let Some(target) = ops.get(1).filter(|t| *t != "-") {
            ctx.rt
                .vfs
                .write(&ctx.path(target), bytes::Bytes::from(out))
                .await?;
            return Ok(0);
        }
        let mut w = OutBuf::new(&ctx.stdout);
        w.put(&out).await?;
        w.flush().await?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_layout() {
        let mut out = Vec::new();
        dump(&Opts::default(), b"abcdef", 0, &mut out);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "00000000: 6162 6364 6566                           abcdef\n"
        );
    }

    #[test]
    fn reverse_forms() {
        assert_eq!(reverse_plain(b"68 65\n6c6c6f"), b"hello");
        assert_eq!(reverse_dump(b"00000000: 6869 0a  hi.\n"), b"hi\n");
    }
}

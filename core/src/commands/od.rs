//! `od`: dump files in octal and other formats (GNU coreutils semantics: `-t` types
//! `a c d o u x` with sizes 1/2/4/8 or C/S/I/L, the traditional `-b -c -d -o -s -x -i -l`,
//! `-A d|o|x|n`, `-j`, `-N`, `-w`, `-v`, `*` for repeated lines, GNU's column padding
//! when several types are shown). Floating-point types are not supported.
//!
//! The inputs are read whole in one `read_files` batch and dumped as one stream.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal, parse_size};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Named,
    Char,
    Signed,
    Octal,
    Unsigned,
    Hex,
    Float,
}

#[derive(Clone, Copy, Debug)]
struct Spec {
    kind: Kind,
    size: usize,
    width: usize,
    /// `z` suffix: show the printable characters after the line.
    chars: bool,
}

fn spec(kind: Kind, size: usize) -> Spec {
    let width = match (kind, size) {
        (Kind::Named | Kind::Char, _) => 3,
        (Kind::Octal, 1) => 3,
        (Kind::Octal, 2) => 6,
        (Kind::Octal, 4) => 11,
        (Kind::Octal, _) => 22,
        (Kind::Unsigned, 1) => 3,
        (Kind::Unsigned, 2) => 5,
        (Kind::Unsigned, 4) => 10,
        (Kind::Unsigned, _) => 20,
        (Kind::Signed, 1) => 4,
        (Kind::Signed, 2) => 6,
        (Kind::Signed, 4) => 11,
        (Kind::Signed, _) => 20,
        (Kind::Hex, s) => s * 2,
        (Kind::Float, 4) => 15,
        (Kind::Float, _) => 24,
    };
    Spec {
        kind,
        size,
        width,
        chars: false,
    }
}

/// Parses a `-t` type string (`x1`, `d`, `cz`, `o2x4`): `Err(message)` when invalid.
fn parse_types(s: &str) -> std::result::Result<Vec<Spec>, String> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let kind = match b[i] {
            b'a' => Kind::Named,
            b'c' => Kind::Char,
            b'd' => Kind::Signed,
            b'o' => Kind::Octal,
            b'u' => Kind::Unsigned,
            b'x' => Kind::Hex,
            b'f' => Kind::Float,
            c => {
                return Err(format!(
                    "invalid character '{}' in type string {}",
                    c as char,
                    quote_locale(s)
                ));
            }
        };
        i += 1;
        let mut size = if matches!(kind, Kind::Named | Kind::Char) {
            1
        } else {
            4
        };
        if kind == Kind::Float {
            size = 8;
            let digits: String = s[i..].chars().take_while(char::is_ascii_digit).collect();
            let named = match b.get(i) {
                Some(b'F') => Some(4),
                Some(b'D') => Some(8),
                Some(b'L') => Some(16),
                _ => None,
            };
            if !digits.is_empty() || named.is_some() {
                let n = named.unwrap_or_else(|| digits.parse::<usize>().unwrap_or(0));
                i += digits.len().max(1);
                size = match n {
                    4 | 8 => n,
                    _ => {
                        return Err(format!(
                            "invalid type string {};\nthis system doesn't provide a {n}-byte floating point type",
                            quote_locale(s)
                        ));
                    }
                };
            }
        } else if !matches!(kind, Kind::Named | Kind::Char) {
            let digits: String = s[i..].chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty() {
                i += digits.len();
                size = match digits.parse::<usize>() {
                    Ok(n @ (1 | 2 | 4 | 8)) => n,
                    _ => {
                        return Err(format!(
                            "invalid type string {};\nthis system doesn't provide a {digits}-byte integral type",
                            quote_locale(s)
                        ));
                    }
                };
            } else if let Some(&c) = b.get(i) {
                let named = match c {
                    b'C' => Some(1),
                    b'S' => Some(2),
                    b'I' => Some(4),
                    b'L' => Some(8),
                    _ => None,
                };
                if let Some(n) = named {
                    size = n;
                    i += 1;
                }
            }
        }
        let mut sp = spec(kind, size);
        if b.get(i) == Some(&b'z') {
            i += 1;
            sp.chars = true;
        }
        out.push(sp);
    }
    Ok(out)
}

const NAMES: [&str; 33] = [
    "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr",
    "so", "si", "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc",
    "fs", "gs", "rs", "us", "sp",
];

fn value(chunk: &[u8]) -> u64 {
    let mut v: u64 = 0;
    for (k, &b) in chunk.iter().enumerate() {
        v |= u64::from(b) << (8 * k);
    }
    v
}

fn render(s: Spec, chunk: &[u8]) -> String {
    let v = value(chunk);
    match s.kind {
        Kind::Octal => format!("{v:o}").to_string(),
        Kind::Hex => format!("{v:0w$x}", w = s.width),
        Kind::Unsigned => v.to_string(),
        Kind::Float if s.size == 4 => float_text(f64::from(f32::from_bits(v as u32)), 6, true),
        Kind::Float => float_text(f64::from_bits(v), 15, false),
        Kind::Signed => {
            let bits = 8 * s.size as u32;
            let signed = if bits < 64 && v >> (bits - 1) & 1 == 1 {
                v as i64 - (1i64 << bits)
            } else {
                v as i64
            };
            signed.to_string()
        }
        Kind::Char => {
            let b = chunk.first().copied().unwrap_or(0);
            match b {
                0 => "\\0".into(),
                7 => "\\a".into(),
                8 => "\\b".into(),
                12 => "\\f".into(),
                10 => "\\n".into(),
                13 => "\\r".into(),
                9 => "\\t".into(),
                11 => "\\v".into(),
                32..=126 => (b as char).to_string(),
                _ => format!("{b:03o}"),
            }
        }
        Kind::Named => {
            let b = chunk.first().copied().unwrap_or(0) & 0x7f;
            match b {
                0..=32 => NAMES[b as usize].to_string(),
                127 => "del".into(),
                _ => (b as char).to_string(),
            }
        }
    }
}

/// A float the way GNU od prints it (`ftoastr`): `%.*g` with the least precision, from
/// `dig` on, that reads back as the same value.
fn float_text(x: f64, dig: usize, single: bool) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() { "-nan" } else { "nan" }.into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    // The shortest digits that read back: Rust's `{:e}` on the value's own type.
    let sci = if single {
        format!("{:e}", x as f32)
    } else {
        format!("{x:e}")
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let prec = digits.len().max(dig) as i64;
    let sign = if neg { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0");
    }
    if exp < -4 || exp >= prec {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let dot = if rest.is_empty() { "" } else { "." };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{dot}{rest}e{esign}{:02}", exp.unsigned_abs())
    } else if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        format!("{sign}0.{zeros}{digits}")
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{sign}{digits}{}", "0".repeat(int_len - digits.len()))
        } else {
            let (a, b) = digits.split_at(int_len);
            format!("{sign}{a}.{b}")
        }
    }
}

fn pad_octal(s: Spec, text: String) -> String {
    if s.kind == Kind::Octal {
        format!("{text:0>w$}", w = s.width)
    } else {
        text
    }
}

struct Layout {
    specs: Vec<Spec>,
    per_line: usize,
    /// Extra padding of each spec's line.
    pads: Vec<usize>,
    /// The width of a full line's fields.
    block: usize,
}

impl Layout {
    fn new(specs: Vec<Spec>, per_line: usize) -> Self {
        let mut block = 0;
        for s in &specs {
            block = block.max((s.width + 1) * (per_line / s.size));
        }
        let pads = specs
            .iter()
            .map(|s| block - s.width * (per_line / s.size))
            .collect();
        Layout {
            specs,
            per_line,
            pads,
            block,
        }
    }

    /// One spec's line for `data` (at most `per_line` bytes).
    fn line(&self, k: usize, data: &[u8], out: &mut String) {
        let s = self.specs[k];
        let start = out.len();
        let fields = self.per_line / s.size;
        let pad = self.pads[k];
        let mut remaining = pad;
        let mut buf = data.to_vec();
        let shown = data.len().div_ceil(s.size);
        buf.resize(shown * s.size, 0);
        for (n, chunk) in buf.chunks(s.size).enumerate() {
            let i = fields - n;
            let next = pad * (i - 1) / fields;
            let w = remaining - next + s.width;
            let text = pad_octal(s, render(s, chunk));
            out.push_str(&format!("{text:>w$}"));
            remaining = next;
        }
        if s.chars {
            let used = out.len() - start;
            out.push_str(&" ".repeat(self.block.saturating_sub(used)));
            out.push_str("  >");
            for &b in data {
                out.push(if (32..127).contains(&b) {
                    b as char
                } else {
                    '.'
                });
            }
            out.push('<');
        }
    }
}

fn addr(radix: char, n: u64) -> String {
    match radix {
        'd' => format!("{n:07}"),
        'x' => format!("{n:06x}"),
        'n' => String::new(),
        _ => format!("{n:07o}"),
    }
}

/// Parses a `-j`/`-N` value: decimal, `0x` hex or leading-0 octal, with size suffixes.
fn parse_offset(s: &str) -> Option<u64> {
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return u64::from_str_radix(h, 16).ok();
    }
    if s.len() > 1 && s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit()) {
        return u64::from_str_radix(&s[1..], 8).ok();
    }
    parse_size(s).ok()
}

/// Runs `od`.
pub fn od<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/od.txt"),
            version: "Jim Meyering",
            status: 1,
        };
        let spec_str = "A|address-radix= j|skip-bytes= N|read-bytes= S|strings? t|format= \
                        v|output-duplicates w|width? |traditional |endian= a b c d f F i l o s x";
        let parsed = match args::parse(ctx, spec_str, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut specs = Vec::new();
        let mut radix = 'o';
        let mut skip = 0u64;
        let mut limit: Option<u64> = None;
        let mut dups = false;
        let mut width = 16usize;
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            let bad = |what: &str| format!("invalid {what} argument {}", quote_locale(&v));
            let err = match *k {
                "A" => match v.as_str() {
                    "d" | "o" | "x" | "n" => {
                        radix = v.chars().next().unwrap_or('o');
                        None
                    }
                    _ => Some(format!(
                        "invalid output address radix '{v}'; it must be one character from [doxn]"
                    )),
                },
                "j" => match parse_offset(&v) {
                    Some(n) => {
                        skip = n;
                        None
                    }
                    None => Some(bad("--skip-bytes")),
                },
                "N" => match parse_offset(&v) {
                    Some(n) => {
                        limit = Some(n);
                        None
                    }
                    None => Some(bad("--read-bytes")),
                },
                "w" => {
                    if v.is_empty() {
                        width = 32;
                        None
                    } else {
                        match v.parse::<usize>() {
                            Ok(n) if n > 0 && n <= 1 << 20 => {
                                width = n;
                                None
                            }
                            _ => Some(bad("--width")),
                        }
                    }
                }
                "v" => {
                    dups = true;
                    None
                }
                "t" => match parse_types(&v) {
                    Ok(s) => {
                        specs.extend(s);
                        None
                    }
                    Err(m) => Some(m),
                },
                "a" => {
                    specs.push(spec(Kind::Named, 1));
                    None
                }
                "b" => {
                    specs.push(spec(Kind::Octal, 1));
                    None
                }
                "c" => {
                    specs.push(spec(Kind::Char, 1));
                    None
                }
                "d" => {
                    specs.push(spec(Kind::Unsigned, 2));
                    None
                }
                "o" => {
                    specs.push(spec(Kind::Octal, 2));
                    None
                }
                "s" => {
                    specs.push(spec(Kind::Signed, 2));
                    None
                }
                "x" => {
                    specs.push(spec(Kind::Hex, 2));
                    None
                }
                "i" => {
                    specs.push(spec(Kind::Signed, 4));
                    None
                }
                "l" => {
                    specs.push(spec(Kind::Signed, 8));
                    None
                }
                "f" => {
                    specs.push(spec(Kind::Float, 4));
                    None
                }
                "F" => {
                    specs.push(spec(Kind::Float, 8));
                    None
                }
                _ => None,
            };
            if let Some(m) = err {
                ctx.err(&m).await?;
                return Ok(1);
            }
        }
        if specs.is_empty() {
            specs.push(spec(Kind::Octal, 2));
        }
        let lcm = specs.iter().map(|s| s.size).max().unwrap_or(1);
        if !width.is_multiple_of(lcm) {
            width = width.div_ceil(lcm) * lcm;
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".into());
        }
        let mut data = Vec::new();
        let mut status = 0;
        let mut opened = false;
        for (name, r) in files.iter().zip(ctx.read_files(&files).await) {
            match r {
                Ok(b) => {
                    opened = true;
                    data.extend_from_slice(&b);
                }
                Err(e) if fatal(&e) => return Err(e),
                Err(e) => {
                    opened |= e.kind() == crate::error::ErrorKind::IsADirectory;
                    ctx.err(&file_error(name, &e)).await?;
                    status = 1;
                }
            }
        }
        if !opened {
            return Ok(status);
        }
        let start = usize::try_from(skip).unwrap_or(usize::MAX);
        if start > data.len() {
            ctx.err("cannot skip past end of combined input").await?;
            return Ok(1);
        }
        let mut data = &data[start..];
        if let Some(n) = limit {
            data = &data[..data.len().min(usize::try_from(n).unwrap_or(usize::MAX))];
        }
        let layout = Layout::new(specs, width);
        let indent = " ".repeat(addr(radix, 0).len());
        let mut out = OutBuf::new(&ctx.stdout);
        let mut prev: Option<&[u8]> = None;
        let mut starred = false;
        let mut offset = skip;
        for line in data.chunks(width) {
            ctx.check()?;
            if !dups && line.len() == width && prev == Some(line) {
                if !starred {
                    out.put(b"*\n").await?;
                    starred = true;
                }
                offset += line.len() as u64;
                continue;
            }
            starred = false;
            prev = Some(line);
            let mut text = String::new();
            for k in 0..layout.specs.len() {
                if k == 0 {
                    text.push_str(&addr(radix, offset));
                } else {
                    text.push_str(&indent);
                }
                layout.line(k, line, &mut text);
                text.push('\n');
            }
            out.put(text.as_bytes()).await?;
            offset += line.len() as u64;
        }
        if radix != 'n' {
            out.put(format!("{}\n", addr(radix, offset)).as_bytes())
                .await?;
        }
        out.flush().await?;
        Ok(status)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dump(types: &str, data: &[u8]) -> String {
        let layout = Layout::new(parse_types(types).expect("valid"), 16);
        let mut s = String::new();
        for k in 0..layout.specs.len() {
            layout.line(k, data, &mut s);
            s.push('|');
        }
        s
    }

    #[test]
    fn fields_like_gnu_od() {
        assert_eq!(dump("o2", b"he"), " 062550|");
        assert_eq!(dump("x2", b"abc"), " 6261 0063|");
        assert_eq!(dump("cx1", b"ab"), "   a   b|  61  62|");
        assert_eq!(dump("d2o1", b"\xff\xfe"), "    -257| 377 376|");
        assert_eq!(dump("a", b"\x00\x7f\x80 "), " nul del nul  sp|");
        assert_eq!(dump("x4c", b"abcd"), "        64636261|   a   b   c   d|");
    }
}

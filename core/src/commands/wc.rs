//! `wc`: newline, word, character, byte and maximum-line-width counts (GNU coreutils 9.1
//! semantics in C.UTF-8: a word is a run of printable characters between white space, with
//! no-break spaces as separators; invalid bytes count as bytes only).
//!
//! Reading strategy: with up to [`BATCH_OVER`] file operands each file is stat'ed (for
//! GNU's column width, computed from the total size of regular files) and streamed as
//! ranges; `-c` alone on a regular file uses the size without reading. With more operands
//! the files are read whole in batches through `read_files` and printed at the end.
//! Standard input counts as a non-regular file (width 7) unless it was redirected from a
//! file (`wc < f`), where GNU's `fstat` sees a regular file and its size.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::head::BATCH_OVER;
use crate::commands::stream::{OutBuf, Stream, fatal, is_stdin};
use crate::commands::{Ctx, file_error, quote_always, quote_name};
use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const BATCH: usize = 256;

/// Which counts to print.
#[derive(Clone, Copy, Default)]
struct Want {
    lines: bool,
    words: bool,
    chars: bool,
    bytes: bool,
    max: bool,
}

impl Want {
    fn count(&self) -> usize {
        [self.lines, self.words, self.chars, self.bytes, self.max]
            .iter()
            .filter(|&&b| b)
            .count()
    }

    /// Whether counting needs the per-character loop.
    fn slow(&self) -> bool {
        self.words || self.chars || self.max
    }
}

/// Running counts of one input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Newlines.
    pub lines: u64,
    /// Words.
    pub words: u64,
    /// Characters (valid UTF-8 sequences).
    pub chars: u64,
    /// Bytes.
    pub bytes: u64,
    /// The widest line, in display columns.
    pub max: u64,
}

/// The per-character state carried across chunks.
#[derive(Default)]
struct Counter {
    c: Counts,
    in_word: bool,
    linepos: u64,
    /// An incomplete UTF-8 sequence at the end of the last chunk.
    carry: Vec<u8>,
}

impl Counter {
    fn feed(&mut self, want: Want, data: &[u8]) {
        self.c.bytes += data.len() as u64;
        if !want.slow() {
            self.c.lines += memchr::memchr_iter(b'\n', data).count() as u64;
            return;
        }
        if self.carry.is_empty() {
            let used = self.scan(data, false);
            self.carry.extend_from_slice(&data[used..]);
        } else {
            let mut joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(data);
            let used = self.scan(&joined, false);
            self.carry.extend_from_slice(&joined[used..]);
        }
    }

    fn finish(&mut self) -> Counts {
        let carry = std::mem::take(&mut self.carry);
        self.scan(&carry, true);
        if self.in_word {
            self.c.words += 1;
            self.in_word = false;
        }
        self.c.max = self.c.max.max(self.linepos);
        self.c
    }

    fn sep(&mut self) {
        if self.in_word {
            self.c.words += 1;
            self.in_word = false;
        }
    }

    /// Scans `data`; returns how many bytes were consumed (all but an incomplete final
    /// UTF-8 sequence unless `last`).
    fn scan(&mut self, data: &[u8], last: bool) -> usize {
        let mut i = 0;
        while i < data.len() {
            let b = data[i];
            if b < 0x80 {
                self.c.chars += 1;
                match b {
                    b'\n' => {
                        self.c.lines += 1;
                        self.c.max = self.c.max.max(self.linepos);
                        self.linepos = 0;
                        self.sep();
                    }
                    b'\r' | 0x0c => {
                        self.c.max = self.c.max.max(self.linepos);
                        self.linepos = 0;
                        self.sep();
                    }
                    b'\t' => {
                        self.linepos += 8 - self.linepos % 8;
                        self.sep();
                    }
                    b' ' => {
                        self.linepos += 1;
                        self.sep();
                    }
                    0x0b => self.sep(),
                    0x21..=0x7e => {
                        self.linepos += 1;
                        self.in_word = true;
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            let len = match b {
                0xc2..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf4 => 4,
                _ => 1,
            };
            if len > 1 && i + len > data.len() && !last {
                // Maybe completed by the next chunk, if what is there is a valid prefix.
                if std::str::from_utf8(&data[i..])
                    .err()
                    .and_then(|e| e.error_len())
                    .is_none()
                {
                    return i;
                }
            }
            let ch = data
                .get(i..i + len)
                .and_then(|s| std::str::from_utf8(s).ok())
                .and_then(|s| s.chars().next());
            match ch {
                Some(c) => {
                    self.c.chars += 1;
                    self.wide(c);
                    i += len;
                }
                None => i += 1,
            }
        }
        data.len()
    }

    fn wide(&mut self, c: char) {
        let u = c as u32;
        if (0x80..0xa0).contains(&u) {
            return;
        }
        self.linepos += width(c);
        if is_space(c) {
            self.sep();
        } else {
            self.in_word = true;
        }
    }
}

/// White space for words: glibc's `iswspace` in C.UTF-8 plus the no-break spaces wc adds.
fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x205f | 0x3000 | 0xa0 | 0x202f | 0x2060
    )
}

/// Display width of a non-ASCII character (`wcwidth`): 0 for combining marks and
/// zero-width characters, 2 for East Asian wide ones, 1 otherwise.
pub fn width(c: char) -> u64 {
    let u = c as u32;
    let zero = [
        (0x300, 0x36f),
        (0x483, 0x489),
        (0x591, 0x5bd),
        (0x610, 0x61a),
        (0x64b, 0x65f),
        (0x200b, 0x200f),
        (0x202a, 0x202e),
        (0x2060, 0x2064),
        (0x20d0, 0x20f0),
        (0xfe00, 0xfe0f),
        (0xfe20, 0xfe2f),
        (0xfeff, 0xfeff),
    ];
    if zero.iter().any(|&(a, b)| (a..=b).contains(&u)) {
        return 0;
    }
    let wide = [
        (0x1100, 0x115f),
        (0x2e80, 0x303e),
        (0x3041, 0x33ff),
        (0x3400, 0x4dbf),
        (0x4e00, 0x9fff),
        (0xa000, 0xa4cf),
        (0xac00, 0xd7a3),
        (0xf900, 0xfaff),
        (0xfe30, 0xfe4f),
        (0xff00, 0xff60),
        (0xffe0, 0xffe6),
        (0x1f300, 0x1f64f),
        (0x1f900, 0x1f9ff),
        (0x20000, 0x3fffd),
    ];
    if wide.iter().any(|&(a, b)| (a..=b).contains(&u)) {
        return 2;
    }
    1
}

/// Counts `data` in one go.
#[cfg(test)]
pub fn count_bytes(data: &[u8], all: bool) -> Counts {
    let want = Want {
        lines: true,
        words: all,
        chars: all,
        bytes: true,
        max: all,
    };
    let mut c = Counter::default();
    c.feed(want, data);
    c.finish()
}

/// What was learned about one operand.
enum Seen {
    /// Counted; `regular` for GNU's width rule.
    Counted(Counts, Option<Error>),
    /// Could not be opened.
    Failed(Error),
}

fn format_counts(want: Want, width: usize, c: &Counts, name: Option<&str>, out: &mut Vec<u8>) {
    let fields = [
        (want.lines, c.lines),
        (want.words, c.words),
        (want.chars, c.chars),
        (want.bytes, c.bytes),
        (want.max, c.max),
    ];
    let mut first = true;
    for (on, v) in fields {
        if on {
            let sep = if first { "" } else { " " };
            first = false;
            out.extend_from_slice(format!("{sep}{v:>width$}").as_bytes());
        }
    }
    if let Some(n) = name {
        out.push(b' ');
        if n.contains('\n') {
            out.extend_from_slice(quote_name(n).as_bytes());
        } else {
            out.extend_from_slice(n.as_bytes());
        }
    }
    out.push(b'\n');
}

fn add(total: &mut Counts, c: &Counts) {
    total.lines += c.lines;
    total.words += c.words;
    total.chars += c.chars;
    total.bytes += c.bytes;
    total.max = total.max.max(c.max);
}

/// GNU's `compute_number_width`: digits of the total size of regular files, at least 7
/// when a non-regular input is among them.
fn number_width(sizes: &[Option<Option<u64>>]) -> usize {
    let mut min = 1;
    let mut total: u64 = 0;
    for s in sizes.iter().flatten() {
        match s {
            Some(n) => total = total.saturating_add(*n),
            None => min = 7,
        }
    }
    let digits = total.to_string().len();
    digits.max(min)
}

async fn count_stream(ctx: &Ctx<'_>, want: Want, s: &mut Stream) -> (Counts, Option<Error>) {
    if !want.slow()
        && !want.lines
        && let Some(size) = s.size()
    {
        return (
            Counts {
                bytes: size,
                ..Counts::default()
            },
            None,
        );
    }
    let mut c = Counter::default();
    loop {
        match s.next(ctx).await {
            Ok(Some(b)) => c.feed(want, &b),
            Ok(None) => break,
            Err(e) => return (c.finish(), Some(e)),
        }
    }
    (c.finish(), None)
}

/// Runs `wc`.
pub fn wc<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/wc.txt"),
            version: "Paul Rubin and David MacKenzie",
            status: 1,
        };
        let spec = "c|bytes m|chars l|lines |files0-from= L|max-line-length w|words";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut want = Want::default();
        let mut files0 = None;
        for (key, v) in &parsed.opts {
            match *key {
                "c" => want.bytes = true,
                "m" => want.chars = true,
                "l" => want.lines = true,
                "w" => want.words = true,
                "L" => want.max = true,
                "files0-from" => files0 = v.clone(),
                _ => {}
            }
        }
        if want.count() == 0 {
            want.lines = true;
            want.words = true;
            want.bytes = true;
        }
        let mut files = parsed.operands;
        // Names read from standard input are not known in advance: GNU uses width 1.
        let narrow = files0.as_deref().is_some_and(is_stdin);
        if let Some(list) = files0 {
            if let Some(extra) = files.first() {
                ctx.err(&format!("extra operand {}", quote_always(extra)))
                    .await?;
                ctx.stderr
                    .write_str("file operands cannot be combined with --files0-from\n")
                    .await?;
                args::try_help(ctx).await?;
                return Ok(1);
            }
            let data = match ctx.read_files(std::slice::from_ref(&list)).await.pop() {
                Some(Ok(d)) => d,
                Some(Err(e)) if fatal(&e) => return Err(e),
                Some(Err(e)) => {
                    let msg = format!(
                        "cannot open {} for reading: {}",
                        quote_always(&list),
                        e.reason()
                    );
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
                None => return Ok(1),
            };
            files = data
                .split(|&b| b == 0)
                .filter(|n| !n.is_empty())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .collect();
        }
        let named = !files.is_empty();
        if files.is_empty() {
            files.push("-".to_string());
        }
        let many = files.iter().filter(|f| !is_stdin(f)).count() > BATCH_OVER;
        let status = if many {
            batched(ctx, want, &files, narrow).await?
        } else {
            streamed(ctx, want, &files, named, narrow).await?
        };
        Ok(status)
    })
}

/// Few operands: stat (open) them all for the width, then count and print each in turn.
async fn streamed(
    ctx: &Ctx<'_>,
    want: Want,
    files: &[String],
    named: bool,
    narrow: bool,
) -> Result<i32> {
    let mut opened = Vec::with_capacity(files.len());
    for f in files {
        match Stream::open(ctx, f).await {
            Err(e) if fatal(&e) => return Err(e),
            r => opened.push(r),
        }
    }
    let single = narrow || (files.len() == 1 && want.count() == 1);
    let width = if single {
        1
    } else {
        let sizes: Vec<Option<Option<u64>>> = opened
            .iter()
            .map(|r| {
                r.as_ref().ok().map(|s| match s {
                    Stream::Stdin => ctx.stdin.file_size(),
                    s => s.size(),
                })
            })
            .collect();
        number_width(&sizes)
    };
    let mut out = OutBuf::new(&ctx.stdout);
    let mut total = Counts::default();
    let mut status = 0;
    for (name, r) in files.iter().zip(opened) {
        let seen = match r {
            Ok(mut s) => {
                let (c, e) = count_stream(ctx, want, &mut s).await;
                Seen::Counted(c, e)
            }
            Err(e) => Seen::Failed(e),
        };
        let shown = named.then_some(name.as_str());
        status |= report(ctx, &mut out, want, width, name, shown, seen, &mut total).await?;
    }
    if files.len() > 1 {
        format_counts(want, width, &total, Some("total"), out.buf());
    }
    out.flush().await?;
    Ok(status)
}

/// Prints one operand's line (and its error); returns its status.
#[allow(clippy::too_many_arguments)]
async fn report(
    ctx: &Ctx<'_>,
    out: &mut OutBuf,
    want: Want,
    width: usize,
    name: &str,
    shown: Option<&str>,
    seen: Seen,
    total: &mut Counts,
) -> Result<i32> {
    match seen {
        Seen::Failed(e) => {
            out.flush().await?;
            if name.is_empty() {
                ctx.err("invalid zero-length file name").await?;
            } else {
                ctx.err(&file_error(name, &e)).await?;
            }
            Ok(1)
        }
        Seen::Counted(c, err) => {
            let mut status = 0;
            if let Some(e) = err {
                if fatal(&e) {
                    return Err(e);
                }
                out.flush().await?;
                ctx.err(&file_error(name, &e)).await?;
                status = 1;
            }
            add(total, &c);
            format_counts(want, width, &c, shown, out.buf());
            out.maybe_flush().await?;
            Ok(status)
        }
    }
}

/// Many operands: read whole files in batches, count, and print everything at the end
/// (the width depends on all sizes).
async fn batched(ctx: &Ctx<'_>, want: Want, files: &[String], narrow: bool) -> Result<i32> {
    let mut seen: Vec<Seen> = Vec::with_capacity(files.len());
    let mut sizes: Vec<Option<Option<u64>>> = Vec::with_capacity(files.len());
    let mut i = 0;
    while i < files.len() {
        ctx.check()?;
        let j = (i + BATCH).min(files.len());
        let chunk = &files[i..j];
        let results = ctx.read_files(chunk).await;
        for (name, r) in chunk.iter().zip(results) {
            match r {
                Ok(b) => {
                    let mut c = Counter::default();
                    c.feed(want, &b);
                    let size = if is_stdin(name) {
                        ctx.stdin.file_size()
                    } else {
                        ctx.special(name).is_none().then_some(b.len() as u64)
                    };
                    sizes.push(Some(size));
                    seen.push(Seen::Counted(c.finish(), None));
                }
                Err(e) if fatal(&e) => return Err(e),
                Err(e) if e.kind() == ErrorKind::IsADirectory => {
                    sizes.push(Some(None));
                    seen.push(Seen::Counted(Counts::default(), Some(e)));
                }
                Err(e) => {
                    sizes.push(None);
                    seen.push(Seen::Failed(e));
                }
            }
        }
        i = j;
    }
    let width = if narrow { 1 } else { number_width(&sizes) };
    let mut out = OutBuf::new(&ctx.stdout);
    let mut total = Counts::default();
    let mut status = 0;
    for (name, s) in files.iter().zip(seen) {
        status |= report(ctx, &mut out, want, width, name, Some(name), s, &mut total).await?;
    }
    format_counts(want, width, &total, Some("total"), out.buf());
    out.flush().await?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_like_gnu_wc() {
        // (input, lines, words, chars, bytes, max width) from GNU wc 9.1 in C.UTF-8.
        let cases: [(&[u8], [u64; 5]); 9] = [
            (
                b"a\x01b c\xff d\te\xc3\xa9\xe4\xb8\xad\n\x01\n  \x7f \n",
                [3, 4, 19, 23, 12],
            ),
            (b"ab\tc\n", [1, 2, 5, 5, 9]),
            ("中中\n".as_bytes(), [1, 1, 3, 7, 4]),
            (b"a\rbc\n", [1, 2, 5, 5, 2]),
            ("a\u{a0}b\n".as_bytes(), [1, 2, 4, 5, 3]),
            (b"\xff\n", [1, 0, 1, 2, 0]),
            (b"\xe4\xb8\n", [1, 0, 1, 3, 0]),
            (b"a\x0cb\x0bc\n", [1, 3, 6, 6, 2]),
            (b"no newline", [0, 2, 10, 10, 10]),
        ];
        for (data, want) in cases {
            let c = count_bytes(data, true);
            assert_eq!(
                [c.lines, c.words, c.chars, c.bytes, c.max],
                want,
                "{data:?}"
            );
        }
    }

    #[test]
    fn split_utf8_across_chunks() {
        let want = Want {
            chars: true,
            ..Want::default()
        };
        let mut c = Counter::default();
        let s = "é中x".as_bytes();
        for b in s {
            c.feed(want, std::slice::from_ref(b));
        }
        assert_eq!(c.finish().chars, 3);
    }

    #[test]
    fn widths() {
        let w = |s: &[Option<Option<u64>>]| number_width(s);
        assert_eq!(w(&[Some(Some(6)), Some(Some(3))]), 1);
        assert_eq!(w(&[None, Some(Some(6)), Some(Some(588895))]), 6);
        assert_eq!(w(&[Some(None), Some(Some(6))]), 7);
    }
}

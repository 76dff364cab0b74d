//! Shared plumbing for the line-oriented text commands (`sort`, `uniq`, `cut`, `tr` ...):
//! operands read as a stream of chunks (standard input chunk by chunk, files in batches
//! through `read_files`), a splitter that hands out whole lines without copying them, and a
//! buffered writer that flushes in big chunks.

use std::collections::VecDeque;

use bytes::Bytes;

use crate::commands::stream::is_stdin;
use crate::commands::{Ctx, file_error};
use crate::error::{Error, ErrorKind, Result};

/// How many files one `read_files` call asks for.
const BATCH: usize = 256;
/// Output is flushed once the buffer holds this much.
pub const FLUSH_AT: usize = 64 * 1024;

/// One step of reading the operands.
pub enum Piece {
    /// More bytes of the current operand.
    Data(Bytes),
    /// The current operand ended.
    End,
    /// The operand could not be read: already reported on stderr.
    Failed,
}

/// The operands of a command, read in order.
pub struct Inputs {
    files: Vec<String>,
    next: usize,
    ready: VecDeque<(String, Result<Bytes>)>,
    in_stdin: bool,
    pending_end: bool,
    /// Set when an operand could not be read.
    pub failed: bool,
    /// Words put before the file name in read errors (`sort` says `cannot read: `).
    pub context: fn(&Error) -> &'static str,
}

impl Inputs {
    /// Reads `files`, or standard input when there are none.
    pub fn new(mut files: Vec<String>) -> Self {
        if files.is_empty() {
            files.push("-".to_string());
        }
        Inputs {
            files,
            next: 0,
            ready: VecDeque::new(),
            in_stdin: false,
            pending_end: false,
            failed: false,
            context: |_| "",
        }
    }

    /// The next piece, `None` after the last operand. Read errors are reported as
    /// `NAME: FILE: reason` and give [`Piece::Failed`].
    pub async fn next(&mut self, ctx: &Ctx<'_>) -> Result<Option<Piece>> {
        ctx.check()?;
        loop {
            if self.pending_end {
                self.pending_end = false;
                return Ok(Some(Piece::End));
            }
            if self.in_stdin {
                return match ctx.stdin.read_chunk().await {
                    Ok(Some(c)) => Ok(Some(Piece::Data(c))),
                    Ok(None) => {
                        self.in_stdin = false;
                        Ok(Some(Piece::End))
                    }
                    Err(e) => {
                        self.in_stdin = false;
                        self.report(ctx, "-", e).await?;
                        Ok(Some(Piece::Failed))
                    }
                };
            }
            if let Some((name, r)) = self.ready.pop_front() {
                return match r {
                    Ok(data) => {
                        self.pending_end = true;
                        Ok(Some(Piece::Data(data)))
                    }
                    Err(e) => {
                        self.report(ctx, &name, e).await?;
                        Ok(Some(Piece::Failed))
                    }
                };
            }
            let Some(name) = self.files.get(self.next) else {
                return Ok(None);
            };
            if is_stdin(name) {
                self.next += 1;
                self.in_stdin = true;
                continue;
            }
            let start = self.next;
            let mut end = start;
            while end < self.files.len() && end - start < BATCH && !is_stdin(&self.files[end]) {
                end += 1;
            }
            let results = ctx.read_files(&self.files[start..end]).await;
            for (name, r) in self.files[start..end].iter().zip(results) {
                self.ready.push_back((name.clone(), r));
            }
            self.next = end;
        }
    }

    async fn report(&mut self, ctx: &Ctx<'_>, name: &str, e: Error) -> Result<()> {
        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
            return Err(e);
        }
        self.failed = true;
        let msg = format!("{}{}", (self.context)(&e), file_error(name, &e));
        ctx.err(&msg).await
    }

    /// Reads every operand whole: one `Bytes` per readable operand, in order.
    pub async fn read_each(&mut self, ctx: &Ctx<'_>) -> Result<Vec<Bytes>> {
        let mut out = Vec::new();
        let mut cur: Vec<Bytes> = Vec::new();
        while let Some(p) = self.next(ctx).await? {
            match p {
                Piece::Data(d) => cur.push(d),
                Piece::End => out.push(join_bytes(std::mem::take(&mut cur))),
                Piece::Failed => cur.clear(),
            }
        }
        Ok(out)
    }
}

fn join_bytes(mut parts: Vec<Bytes>) -> Bytes {
    if parts.len() <= 1 {
        return parts.pop().unwrap_or_default();
    }
    let mut v = Vec::with_capacity(parts.iter().map(Bytes::len).sum());
    for p in parts {
        v.extend_from_slice(&p);
    }
    Bytes::from(v)
}

/// Splits `data` into lines ended by `delim` (a last line without one counts).
pub fn split_lines(data: &[u8], delim: u8) -> Vec<&[u8]> {
    let mut v: Vec<&[u8]> = data.split(|&b| b == delim).collect();
    if data.is_empty() || data.last() == Some(&delim) {
        v.pop();
    }
    v
}

/// Reads one operand (`-` is standard input) whole; errors are returned, not reported.
pub async fn read_one(ctx: &Ctx<'_>, name: &str) -> Result<Bytes> {
    if is_stdin(name) {
        return ctx.stdin.read_all().await.map(Bytes::from);
    }
    let mut r = ctx.read_files(&[name.to_string()]).await;
    r.pop().unwrap_or_else(|| Err(Error::new(ErrorKind::Other)))
}

/// Splits a stream of chunks into lines ended by `delim`, without copying lines that lie
/// inside one chunk.
pub struct Lines {
    carry: Vec<u8>,
    delim: u8,
}

impl Lines {
    /// A splitter for lines ended by `delim`.
    pub fn new(delim: u8) -> Self {
        Lines {
            carry: Vec::new(),
            delim,
        }
    }

    /// Calls `f` with each complete line of `chunk` (without its delimiter); keeps the
    /// rest for the next chunk.
    pub fn feed(&mut self, chunk: &[u8], mut f: impl FnMut(&[u8])) {
        let mut rest = chunk;
        if !self.carry.is_empty() {
            match memchr::memchr(self.delim, rest) {
                Some(i) => {
                    self.carry.extend_from_slice(&rest[..i]);
                    f(&self.carry);
                    self.carry.clear();
                    rest = &rest[i + 1..];
                }
                None => {
                    self.carry.extend_from_slice(rest);
                    return;
                }
            }
        }
        let mut start = 0;
        for i in memchr::memchr_iter(self.delim, rest) {
            f(&rest[start..i]);
            start = i + 1;
        }
        self.carry.extend_from_slice(&rest[start..]);
    }

    /// Ends the current operand: returns its last line when it had no delimiter.
    pub fn finish(&mut self) -> Option<Vec<u8>> {
        if self.carry.is_empty() {
            None
        } else {
            Some(std::mem::take(&mut self.carry))
        }
    }
}

/// Output collected in a buffer and written in big chunks.
pub struct Out {
    /// The pending bytes.
    pub buf: Vec<u8>,
}

impl Default for Out {
    fn default() -> Self {
        Out {
            buf: Vec::with_capacity(FLUSH_AT + 4096),
        }
    }
}

impl Out {
    /// Writes the buffer when it is big enough.
    pub async fn maybe_flush(&mut self, ctx: &Ctx<'_>) -> Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush(ctx).await?;
        }
        Ok(())
    }

    /// Writes everything pending.
    pub async fn flush(&mut self, ctx: &Ctx<'_>) -> Result<()> {
        if !self.buf.is_empty() {
            ctx.stdout.write(&self.buf).await?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// Runs a line-at-a-time filter over the operands: `f` gets each line (without its
/// delimiter) and the output buffer. A last line without a delimiter is passed too.
/// Returns 1 when an operand could not be read.
pub async fn filter_lines(
    ctx: &Ctx<'_>,
    files: Vec<String>,
    delim: u8,
    mut f: impl FnMut(&[u8], &mut Vec<u8>),
) -> Result<i32> {
    let mut inputs = Inputs::new(files);
    let mut lines = Lines::new(delim);
    let mut out = Out::default();
    while let Some(p) = inputs.next(ctx).await? {
        match p {
            Piece::Data(d) => {
                lines.feed(&d, |l| f(l, &mut out.buf));
                // Like stdio's 4 KiB blocks: output goes on as input comes in, so a
                // reader that stops early (`| head -1`) breaks the pipe as with GNU.
                if out.buf.len() >= 4096 {
                    out.flush(ctx).await?;
                }
            }
            Piece::End | Piece::Failed => {
                if let Some(l) = lines.finish() {
                    f(&l, &mut out.buf);
                }
            }
        }
    }
    out.flush(ctx).await?;
    Ok(i32::from(inputs.failed))
}

/// Parses `args::parse`'s result or returns its exit status from the enclosing function.
#[macro_export]
macro_rules! parse_or_exit {
    ($ctx:expr, $spec:expr, $usage:expr) => {
        match $crate::commands::args::parse($ctx, $spec, $usage).await? {
            $crate::commands::args::Outcome::Run(p) => p,
            $crate::commands::args::Outcome::Exit(code) => return Ok(code),
        }
    };
}

/// Turns an obsolete `-N` option (digits, and commas when `commas`) into `-{letter}N`
/// (`fold -5`, `expand -4,8`), up to `--`.
pub fn obsolete_numeric_option(args: &[String], letter: char, commas: bool) -> Vec<String> {
    let mut options = true;
    let mut out = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        if i > 0 && a == "--" {
            options = false;
        }
        let obsolete = i > 0
            && options
            && a.len() > 1
            && a.starts_with('-')
            && a[1..]
                .bytes()
                .all(|b| b.is_ascii_digit() || (commas && b == b','));
        out.push(if obsolete {
            format!("-{letter}{}", &a[1..])
        } else {
            a.clone()
        });
    }
    out
}

/// Reports an invalid choice for `option` like gnulib's `argmatch`, with the usage hint;
/// `choices` are the lines after "Valid arguments are:".
pub async fn invalid_choice(
    ctx: &Ctx<'_>,
    value: &str,
    option: &str,
    choices: &[&str],
) -> Result<i32> {
    let q = crate::commands::quote_locale;
    let mut msg = format!(
        "invalid argument {} for {}\nValid arguments are:",
        q(value),
        q(option)
    );
    for c in choices {
        msg.push_str("\n  - ");
        msg.push_str(c);
    }
    usage_error(ctx, &msg, 1).await
}

/// Writes a command's whole output to the file `path` (`-o FILE`). On failure reports
/// `NAME: {context}FILE: reason` and returns false.
pub async fn save(ctx: &Ctx<'_>, path: &str, data: Vec<u8>, context: &str) -> Result<bool> {
    match ctx.rt.vfs.write(&ctx.path(path), Bytes::from(data)).await {
        Ok(()) => Ok(true),
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => Err(e),
        Err(e) => {
            ctx.err(&format!("{context}{}", file_error(path, &e)))
                .await?;
            Ok(false)
        }
    }
}

/// Writes `NAME: msg` and the `Try ... --help` line; returns `status` for the caller.
pub async fn usage_error(ctx: &Ctx<'_>, msg: &str, status: i32) -> Result<i32> {
    ctx.err(msg).await?;
    crate::commands::args::try_help(ctx).await?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_across_chunks() {
        let mut l = Lines::new(b'\n');
        let mut got: Vec<String> = Vec::new();
        for chunk in ["ab\nc", "d", "e\nf\n\ng"] {
            l.feed(chunk.as_bytes(), |x| {
                got.push(String::from_utf8_lossy(x).into_owned())
            });
        }
        assert_eq!(got, ["ab", "cde", "f", ""]);
        assert_eq!(l.finish(), Some(b"g".to_vec()));
        assert_eq!(l.finish(), None);
    }
}

//! Shared plumbing of the text and byte commands (`head`, `tail`, `wc`, `od` ...): operands
//! opened for streaming (standard input chunk by chunk, a VFS file as byte ranges of growing
//! size, so `head -1` of a 1 GiB file reads one small range), a buffered stdout writer, GNU
//! size-suffixed numbers (`10K`, `2MiB`) and the fatal-error test.

use bytes::Bytes;

use crate::commands::Ctx;
use crate::error::{Error, ErrorKind, Result};
use crate::io::Output;

/// The first range read from a file; each next range doubles up to [`MAX_STEP`].
pub const FIRST_STEP: u64 = 64 * 1024;
/// The largest range read at once.
pub const MAX_STEP: u64 = 4 * 1024 * 1024;

/// True for errors that must end the run instead of becoming a message.
pub fn fatal(e: &Error) -> bool {
    e.ends_run()
}

/// True for the operands that mean standard input.
pub fn is_stdin(p: &str) -> bool {
    matches!(p, "-" | "/dev/stdin" | "/dev/fd/0")
}

/// An operand opened for reading.
#[derive(Debug)]
pub enum Stream {
    /// Standard input, read chunk by chunk.
    Stdin,
    /// Bytes already in memory (`/dev/null`, a process substitution), taken on first read.
    Mem(Option<Bytes>),
    /// A VFS file read as ranges.
    File {
        /// Absolute path.
        path: String,
        /// The next offset to read.
        pos: u64,
        /// The size `stat` reported.
        size: u64,
        /// The size of the next range.
        step: u64,
    },
    /// Opened, but every read fails (a directory).
    Failed(ErrorKind),
    /// `/dev/zero`: zero bytes without end.
    Zero,
    /// `/dev/urandom`: pseudo-random bytes without end (generator state).
    Random(u64),
}

/// True for the endless random devices.
pub fn is_random(p: &str) -> bool {
    matches!(p, "/dev/urandom" | "/dev/random")
}

/// A seed for `/dev/urandom` from the run's clock.
pub fn seed(ctx: &Ctx<'_>) -> u64 {
    let d = ctx.rt.clock.now();
    d.as_secs().wrapping_mul(1_000_000_007) ^ u64::from(d.subsec_nanos()) | 1
}

impl Stream {
    /// Opens `operand`: `Err` when it cannot be opened (missing file). A directory opens
    /// and fails on read, like `open(2)` + `read(2)`.
    pub async fn open(ctx: &Ctx<'_>, operand: &str) -> Result<Stream> {
        if is_stdin(operand) {
            return Ok(Stream::Stdin);
        }
        if operand == "/dev/zero" {
            return Ok(Stream::Zero);
        }
        if is_random(operand) {
            return Ok(Stream::Random(seed(ctx)));
        }
        if let Some(b) = ctx.special(operand) {
            return Ok(Stream::Mem(Some(b)));
        }
        if operand.is_empty() {
            return Err(Error::new(ErrorKind::NotFound));
        }
        let path = ctx.real_path(operand).await;
        let meta = ctx.rt.vfs.stat(&path).await?;
        // `file/` fails like open(2): the name asks for a directory.
        if operand.ends_with('/') && !meta.is_dir() {
            return Err(Error::new(ErrorKind::NotADirectory));
        }
        if meta.is_dir() {
            return Ok(Stream::Failed(ErrorKind::IsADirectory));
        }
        Ok(Stream::File {
            path,
            pos: 0,
            size: meta.size,
            step: FIRST_STEP,
        })
    }

    /// The size when it is a regular file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Stream::File { size, .. } => Some(*size),
            _ => None,
        }
    }

    /// The next chunk, `None` at end of file.
    pub async fn next(&mut self, ctx: &Ctx<'_>) -> Result<Option<Bytes>> {
        ctx.check()?;
        match self {
            Stream::Stdin => ctx.stdin.read_chunk().await,
            Stream::Mem(b) => Ok(b.take().filter(|b| !b.is_empty())),
            Stream::Failed(kind) => Err(Error::new(*kind)),
            Stream::Zero => Ok(Some(Bytes::from(vec![0u8; FIRST_STEP as usize]))),
            Stream::Random(state) => Ok(Some(crate::io::random_bytes(state, FIRST_STEP as usize))),
            Stream::File {
                path,
                pos,
                size,
                step,
            } => {
                if *pos >= *size {
                    return Ok(None);
                }
                let end = pos.saturating_add(*step).min(*size);
                let data = ctx.rt.vfs.read_range(path, *pos..end).await?;
                if data.is_empty() {
                    *size = *pos;
                    return Ok(None);
                }
                *pos += data.len() as u64;
                *step = (*step * 2).min(MAX_STEP);
                Ok(Some(data))
            }
        }
    }

    /// Like [`Stream::next`], but standard input gives at most `max` bytes, ending at
    /// `delim` when given: what is not needed stays for the next reader of the shared
    /// stdin (GNU seeks back on a regular file: `{ head -n 1; cat; } < f`).
    pub async fn next_upto(
        &mut self,
        ctx: &Ctx<'_>,
        max: u64,
        delim: Option<u8>,
    ) -> Result<Option<Bytes>> {
        if let Stream::Stdin = self {
            ctx.check()?;
            let max = usize::try_from(max)
                .unwrap_or(usize::MAX)
                .min(FIRST_STEP as usize);
            return Ok(ctx.stdin.read_upto(max, delim).await?.map(Bytes::from));
        }
        self.next(ctx).await
    }

    /// Skips `n` bytes (cheap for files: moves the offset).
    pub async fn skip(&mut self, ctx: &Ctx<'_>, mut n: u64) -> Result<Option<Bytes>> {
        if let Stream::File { pos, size, .. } = self {
            *pos = pos.saturating_add(n).min(*size);
            return Ok(None);
        }
        while n > 0 {
            match self.next(ctx).await? {
                None => return Ok(None),
                Some(b) if (b.len() as u64) > n => return Ok(Some(b.slice(n as usize..))),
                Some(b) => n -= b.len() as u64,
            }
        }
        Ok(None)
    }

    /// Everything left.
    pub async fn read_all(&mut self, ctx: &Ctx<'_>) -> Result<Vec<u8>> {
        if let Stream::Zero | Stream::Random(_) = self {
            return Err(Error::limit("/dev/zero: endless input"));
        }
        let mut out = Vec::new();
        while let Some(b) = self.next(ctx).await? {
            out.extend_from_slice(&b);
        }
        Ok(out)
    }
}

/// A stdout writer that collects small pieces and writes them in 64 KiB chunks.
#[derive(Debug)]
pub struct OutBuf {
    out: Output,
    buf: Vec<u8>,
}

impl OutBuf {
    /// The flush threshold.
    pub const CHUNK: usize = 64 * 1024;

    /// A buffer in front of `out`.
    pub fn new(out: &Output) -> Self {
        OutBuf {
            out: out.clone(),
            buf: Vec::with_capacity(Self::CHUNK),
        }
    }

    /// Appends `data`, writing when the buffer is full.
    pub async fn put(&mut self, data: &[u8]) -> Result<()> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= Self::CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    /// The buffer itself, for `write!`-style appends; call [`OutBuf::maybe_flush`] after.
    pub fn buf(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }

    /// Writes when the buffer is past the threshold.
    pub async fn maybe_flush(&mut self) -> Result<()> {
        if self.buf.len() >= Self::CHUNK {
            self.flush().await?;
        }
        Ok(())
    }

    /// Writes what is buffered.
    pub async fn flush(&mut self) -> Result<()> {
        if !self.buf.is_empty() {
            let data = std::mem::replace(&mut self.buf, Vec::with_capacity(Self::CHUNK));
            self.out.write_bytes(Bytes::from(data)).await?;
        }
        Ok(())
    }
}

/// Why [`parse_size`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeError {
    /// Not a number.
    Invalid,
    /// Past `u64::MAX` ("Value too large for defined data type").
    Overflow,
}

impl SizeError {
    /// GNU's message for option `what` (`lines`, `bytes`) with value `v`.
    pub fn message(self, what: &str, v: &str) -> String {
        let q = crate::commands::quote_locale(v);
        match self {
            SizeError::Invalid => format!("invalid number of {what}: {q}"),
            SizeError::Overflow => {
                format!("invalid number of {what}: {q}: Value too large for defined data type")
            }
        }
    }
}

/// Parses a GNU size (`xstrtoumax` with the suffixes `bkKmMGTPEZY` and optional `B`/`iB`).
pub fn parse_size(s: &str) -> std::result::Result<u64, SizeError> {
    parse_size_opt(s).ok_or(SizeError::Invalid).and_then(|n| {
        if n == u64::MAX {
            Err(SizeError::Overflow)
        } else {
            Ok(n)
        }
    })
}

fn parse_size_opt(s: &str) -> Option<u64> {
    let s = s.strip_prefix('+').unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let (num, suffix) = s.split_at(digits);
    let mut n: u64 = 0;
    let mut overflow = false;
    for d in num.bytes() {
        match n
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d - b'0')))
        {
            Some(v) => n = v,
            None => overflow = true,
        }
    }
    let mult: u64 = match suffix {
        "" => 1,
        "b" => 512,
        _ => {
            let mut cs = suffix.chars();
            let power = match cs.next()? {
                'k' | 'K' => 1,
                'm' | 'M' => 2,
                'G' => 3,
                'T' => 4,
                'P' => 5,
                'E' => 6,
                'Z' => 7,
                'Y' => 8,
                _ => return None,
            };
            let base: u64 = match cs.as_str() {
                "" | "iB" => 1024,
                "B" => 1000,
                _ => return None,
            };
            match base.checked_pow(power) {
                Some(m) => m,
                None => return Some(u64::MAX),
            }
        }
    };
    if overflow {
        return Some(u64::MAX);
    }
    Some(n.saturating_mul(mult))
}

#[cfg(test)]
mod tests {
    use super::parse_size_opt as parse_size;

    #[test]
    fn sizes_like_gnu() {
        let cases = [
            ("0", Some(0)),
            ("12", Some(12)),
            ("1b", Some(512)),
            ("1k", Some(1024)),
            ("1K", Some(1024)),
            ("1kB", Some(1000)),
            ("1KiB", Some(1024)),
            ("2M", Some(2 << 20)),
            ("1MB", Some(1_000_000)),
            ("1G", Some(1 << 30)),
            ("99999999999999999999999", Some(u64::MAX)),
            ("1Y", Some(u64::MAX)),
            ("x", None),
            ("1x", None),
            ("1KB2", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_size(s), want, "{s}");
        }
    }
}

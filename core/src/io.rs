//! Streams between commands: bounded in-memory pipes, captured output, file sinks.
//!
//! [`Output`] is a cloneable writer handle (a `2>&1` duplicate is a clone); [`Input`] is a
//! shared reader with a pushback buffer, so that successive `read` calls in a loop consume
//! one stream. Pipes are bounded channels of byte chunks: a fast writer waits for a slow
//! reader, and a reader that goes away makes the writer's next write fail with
//! [`ErrorKind::BrokenPipe`], which is how `cat big | head -1` stops reading early.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::lock::Mutex as AsyncMutex;

use crate::error::{Error, ErrorKind, Result};
use crate::vfs::Vfs;

/// How many chunks a pipe buffers before the writer waits. Two chunks of at most
/// [`PIPE_CHUNK`] bytes: 64 KiB, a Linux pipe's buffer. A writer whose output fits is done
/// before the reader goes away (`seq 1 10000 | head -1` exits 0 under `pipefail`); one
/// with more output is still writing when `head -1` exits and gets a broken pipe (141),
/// as with bash (`seq 1 20000 | head -1`).
pub const PIPE_CAPACITY: usize = 2;

/// The largest chunk a pipe carries: bigger writes are cut, so that the pipe holds at
/// most `PIPE_CAPACITY * PIPE_CHUNK` bytes.
pub const PIPE_CHUNK: usize = 32 * 1024;

async fn send_chunks(tx: &async_channel::Sender<Bytes>, data: Bytes) -> Result<()> {
    let mut rest = data;
    while !rest.is_empty() {
        let piece = rest.split_to(rest.len().min(PIPE_CHUNK));
        tx.send(piece)
            .await
            .map_err(|_| Error::new(ErrorKind::BrokenPipe))?;
    }
    Ok(())
}

/// Creates a connected pipe.
pub fn pipe() -> (Output, Input) {
    let (tx, rx) = async_channel::bounded(PIPE_CAPACITY);
    (Output::Pipe(tx), Input::from_source(Source::Pipe(rx)))
}

/// A byte buffer with a size cap, shared by the outputs that write into it.
#[derive(Debug)]
pub struct Capture {
    data: Vec<u8>,
    limit: u64,
    what: &'static str,
}

impl Capture {
    /// An empty capture that fails writes past `limit` bytes.
    pub fn new(limit: u64, what: &'static str) -> Arc<Mutex<Capture>> {
        Arc::new(Mutex::new(Capture {
            data: Vec::new(),
            limit,
            what,
        }))
    }

    /// Takes the bytes out.
    pub fn take(cap: &Arc<Mutex<Capture>>) -> Vec<u8> {
        match cap.lock() {
            Ok(mut c) => std::mem::take(&mut c.data),
            Err(p) => std::mem::take(&mut p.into_inner().data),
        }
    }
}

/// Output written to a VFS file when its redirection closes.
#[derive(Debug)]
pub struct FileSink {
    vfs: Vfs,
    path: String,
    append: bool,
    limit: u64,
    buf: Mutex<Vec<u8>>,
    /// Set after the first flush: later flushes append what was written since.
    flushed: std::sync::atomic::AtomicBool,
}

impl FileSink {
    /// A sink for `path` (already created or truncated by the caller when needed).
    pub fn new(vfs: Vfs, path: String, append: bool, limit: u64) -> Arc<FileSink> {
        Arc::new(FileSink {
            vfs,
            path,
            append,
            limit,
            buf: Mutex::new(Vec::new()),
            flushed: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// Writes what was buffered to the file (appending for `>>`). Called when the
    /// redirection's scope ends, and after each command for descriptors opened by `exec`;
    /// every flush after the first appends.
    pub async fn flush(&self) -> Result<()> {
        let data = match self.buf.lock() {
            Ok(mut b) => std::mem::take(&mut *b),
            Err(p) => std::mem::take(&mut *p.into_inner()),
        };
        let first = !self.flushed.swap(true, std::sync::atomic::Ordering::SeqCst);
        if self.append || !first {
            if data.is_empty() {
                return Ok(());
            }
            self.vfs.append(&self.path, Bytes::from(data)).await
        } else {
            self.vfs.write(&self.path, Bytes::from(data)).await
        }
    }

    /// The file's virtual path.
    pub fn path(&self) -> &str {
        &self.path
    }
}

/// One of the two streams of a streaming run: chunks are tagged (`true` for stderr) and sent
/// in order over one channel, so the embedder sees stdout and stderr interleaved as written.
#[derive(Debug)]
pub struct StreamSink {
    tx: async_channel::Sender<(bool, Bytes)>,
    stderr: bool,
    written: std::sync::atomic::AtomicU64,
    limit: u64,
}

impl StreamSink {
    /// A sink sending to `tx`, tagged `stderr`, failing past `limit` bytes.
    pub fn new(
        tx: async_channel::Sender<(bool, Bytes)>,
        stderr: bool,
        limit: u64,
    ) -> Arc<StreamSink> {
        Arc::new(StreamSink {
            tx,
            stderr,
            written: std::sync::atomic::AtomicU64::new(0),
            limit,
        })
    }
}

/// Where a command's output goes. Cheap to clone; clones write to the same place.
#[derive(Clone, Debug)]
pub enum Output {
    /// Discarded (`/dev/null`).
    Null,
    /// A closed descriptor (`>&-`): writes fail with "Bad file descriptor".
    Closed,
    /// The write end of a pipe.
    Pipe(async_channel::Sender<Bytes>),
    /// Kept in memory (command substitution, the run's result).
    Capture(Arc<Mutex<Capture>>),
    /// A file, written when the redirection closes.
    File(Arc<FileSink>),
    /// The embedder's stream (see [`StreamSink`]).
    Stream(Arc<StreamSink>),
}

impl Output {
    /// Writes all of `data`.
    pub async fn write(&self, data: &[u8]) -> Result<()> {
        if data.is_empty() {
            return Ok(());
        }
        match self {
            Output::Null => Ok(()),
            Output::Closed => Err(Error::new(ErrorKind::BadDescriptor)),
            Output::Pipe(tx) => send_chunks(tx, Bytes::copy_from_slice(data)).await,
            Output::Capture(cap) => {
                let mut c = cap.lock().map_err(|_| Error::new(ErrorKind::Other))?;
                if c.data.len() as u64 + data.len() as u64 > c.limit {
                    let detail = format!("{} limit of {} bytes exceeded", c.what, c.limit);
                    return Err(Error::limit(detail));
                }
                c.data.extend_from_slice(data);
                Ok(())
            }
            Output::Stream(s) => {
                let before = s
                    .written
                    .fetch_add(data.len() as u64, std::sync::atomic::Ordering::Relaxed);
                if before + data.len() as u64 > s.limit {
                    let what = if s.stderr { "stderr" } else { "stdout" };
                    return Err(Error::limit(format!(
                        "{what} limit of {} bytes exceeded",
                        s.limit
                    )));
                }
                s.tx.send((s.stderr, Bytes::copy_from_slice(data)))
                    .await
                    .map_err(|_| Error::new(ErrorKind::BrokenPipe))
            }
            Output::File(sink) => {
                let mut b = sink.buf.lock().map_err(|_| Error::new(ErrorKind::Other))?;
                if b.len() as u64 + data.len() as u64 > sink.limit {
                    let detail = format!("file size limit of {} bytes exceeded", sink.limit);
                    return Err(Error::limit(detail).with_path(sink.path.clone()));
                }
                b.extend_from_slice(data);
                Ok(())
            }
        }
    }

    /// Writes past the output limit: only for the one message that says a limit was hit,
    /// which must reach the embedder even when the stream is what overflowed.
    pub async fn write_past_limit(&self, data: &[u8]) -> Result<()> {
        match self {
            Output::Capture(cap) => {
                let mut c = cap.lock().map_err(|_| Error::new(ErrorKind::Other))?;
                c.data.extend_from_slice(data);
                Ok(())
            }
            Output::Stream(s) => {
                s.tx.send((s.stderr, Bytes::copy_from_slice(data)))
                    .await
                    .map_err(|_| Error::new(ErrorKind::BrokenPipe))
            }
            other => other.write(data).await,
        }
    }

    /// Writes an owned chunk, avoiding a copy for pipes.
    pub async fn write_bytes(&self, data: Bytes) -> Result<()> {
        match self {
            Output::Pipe(tx) if !data.is_empty() => send_chunks(tx, data).await,
            _ => self.write(&data).await,
        }
    }

    /// Writes a string.
    pub async fn write_str(&self, s: &str) -> Result<()> {
        self.write(s.as_bytes()).await
    }
}

/// Where an [`Input`] gets its bytes.
#[derive(Debug)]
pub enum Source {
    /// Nothing: reads see end of file at once.
    Empty,
    /// A fixed buffer (a file, a here-document, the run's stdin).
    Bytes(Bytes),
    /// The read end of a pipe.
    Pipe(async_channel::Receiver<Bytes>),
    /// Every read fails (`< dir` opens, but reading a directory fails).
    Failed(ErrorKind),
    /// `/dev/zero`: zero bytes without end.
    Zero,
    /// `/dev/urandom`: pseudo-random bytes without end (xorshift state).
    Random(u64),
}

/// `n` pseudo-random bytes (xorshift64*), advancing `state`: `/dev/urandom` for scripts
/// that make random names, not for secrets.
pub fn random_bytes(state: &mut u64, n: usize) -> Bytes {
    let mut out = Vec::with_capacity(n + 8);
    let mut x = (*state).max(1);
    while out.len() < n {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        out.extend_from_slice(&x.wrapping_mul(0x2545_f491_4f6c_dd1d).to_le_bytes());
    }
    *state = x;
    out.truncate(n);
    Bytes::from(out)
}

/// The chunk a `/dev/zero` input yields per read.
const ZERO_CHUNK: usize = 64 * 1024;
/// How much of `/dev/zero` a whole-input read gathers before giving up (GNU would run out
/// of memory: `sort < /dev/zero`).
const ZERO_CAP: usize = 64 * 1024 * 1024;

/// The most input [`Input::read_all`] and [`Input::read_until`] hold in memory at once: a
/// command that must see all of its input (`sort`, `tac`, `grep -c`) fed an endless stream
/// (`yes | sort`) stops with a limit error instead of exhausting memory (on wasm32, a 2 GiB
/// `Vec` is a capacity-overflow trap).
const HELD_CAP: usize = if usize::BITS < 64 { 256 << 20 } else { 1 << 30 };

#[derive(Debug)]
struct InputInner {
    pending: Bytes,
    source: Source,
}

impl InputInner {
    /// Fails when a whole-input read already holding `held` bytes may not take `pending`
    /// too: an endless `/dev/zero` or `/dev/urandom` past [`ZERO_CAP`], any input past
    /// [`HELD_CAP`].
    fn may_hold(&self, held: usize) -> Result<()> {
        if held > ZERO_CAP && matches!(self.source, Source::Zero | Source::Random(_)) {
            return Err(Error::limit("/dev/zero: endless input"));
        }
        if held + self.pending.len() > HELD_CAP {
            return Err(Error::limit(format!(
                "input larger than {} MiB cannot be held in memory",
                HELD_CAP >> 20
            )));
        }
        Ok(())
    }

    /// Makes `pending` non-empty unless the source is exhausted. Returns false at EOF.
    async fn fill(&mut self) -> Result<bool> {
        if !self.pending.is_empty() {
            return Ok(true);
        }
        Ok(match &mut self.source {
            Source::Empty => false,
            Source::Failed(kind) => return Err(Error::new(*kind)),
            Source::Zero => {
                self.pending = Bytes::from_static(&[0u8; ZERO_CHUNK]);
                true
            }
            Source::Random(state) => {
                self.pending = random_bytes(state, ZERO_CHUNK);
                true
            }
            Source::Bytes(b) => {
                if b.is_empty() {
                    return Ok(false);
                }
                self.pending = std::mem::take(b);
                true
            }
            Source::Pipe(rx) => loop {
                match rx.recv().await {
                    Ok(chunk) if chunk.is_empty() => continue,
                    Ok(chunk) => {
                        self.pending = chunk;
                        return Ok(true);
                    }
                    Err(_) => return Ok(false),
                }
            },
        })
    }
}

/// A command's input. Clones share the stream and its position.
#[derive(Clone, Debug)]
pub struct Input {
    inner: Arc<AsyncMutex<InputInner>>,
    /// The size of the regular file this input was opened from (`< file`), for commands
    /// whose output depends on it like GNU's `fstat` of stdin (`wc` column widths).
    file_size: Option<u64>,
}

impl Default for Input {
    fn default() -> Self {
        Input::empty()
    }
}

impl Input {
    fn from_source(source: Source) -> Self {
        Input {
            inner: Arc::new(AsyncMutex::new(InputInner {
                pending: Bytes::new(),
                source,
            })),
            file_size: None,
        }
    }

    /// An input reading the contents of a regular file (a `< file` redirection).
    pub fn from_file(data: Bytes) -> Self {
        let size = data.len() as u64;
        let mut input = Input::from_source(Source::Bytes(data));
        input.file_size = Some(size);
        input
    }

    /// The size of the regular file this input was opened from, if it was one.
    pub fn file_size(&self) -> Option<u64> {
        self.file_size
    }

    /// An input at end of file.
    pub fn empty() -> Self {
        Input::from_source(Source::Empty)
    }

    /// An input of zero bytes without end (`/dev/zero`); whole-input reads of it fail with
    /// `LimitExceeded` instead of exhausting memory.
    pub fn zero() -> Self {
        Input::from_source(Source::Zero)
    }

    /// Pseudo-random bytes without end (`/dev/urandom`), seeded with `seed`.
    pub fn random(seed: u64) -> Self {
        Input::from_source(Source::Random(seed))
    }

    /// An input whose reads fail with `kind`.
    pub fn failing(kind: ErrorKind) -> Self {
        Input::from_source(Source::Failed(kind))
    }

    /// An input reading `data`.
    pub fn from_bytes(data: impl Into<Bytes>) -> Self {
        Input::from_source(Source::Bytes(data.into()))
    }

    /// True when nothing is connected (no pipe, file or data), like a terminal or
    /// `/dev/null` on standard input: `rg` then searches the working directory.
    pub fn is_unconnected(&self) -> bool {
        self.inner
            .try_lock()
            .is_some_and(|i| matches!(i.source, Source::Empty) && i.pending.is_empty())
    }

    /// The next chunk, or `None` at end of file.
    pub async fn read_chunk(&self) -> Result<Option<Bytes>> {
        let mut inner = self.inner.lock().await;
        if !inner.fill().await? {
            return Ok(None);
        }
        Ok(Some(std::mem::take(&mut inner.pending)))
    }

    /// Everything up to end of file.
    pub async fn read_all(&self) -> Result<Vec<u8>> {
        let mut inner = self.inner.lock().await;
        let mut out = Vec::new();
        while inner.fill().await? {
            inner.may_hold(out.len())?;
            out.extend_from_slice(&inner.pending);
            inner.pending = Bytes::new();
        }
        Ok(out)
    }

    /// Bytes up to and including `delim` (or to end of file); `None` when nothing is left.
    /// The delimiter is included when it was found.
    pub async fn read_until(&self, delim: u8) -> Result<Option<Vec<u8>>> {
        let mut inner = self.inner.lock().await;
        let mut out = Vec::new();
        let mut any = false;
        while inner.fill().await? {
            any = true;
            if let Some(i) = inner.pending.iter().position(|&b| b == delim) {
                let head = inner.pending.split_to(i + 1);
                out.extend_from_slice(&head);
                return Ok(Some(out));
            }
            inner.may_hold(out.len())?;
            out.extend_from_slice(&inner.pending);
            inner.pending = Bytes::new();
        }
        Ok(if any { Some(out) } else { None })
    }

    /// At most `n` bytes, stopping early at `delim` when given (delimiter included).
    pub async fn read_upto(&self, n: usize, delim: Option<u8>) -> Result<Option<Vec<u8>>> {
        let mut inner = self.inner.lock().await;
        let mut out = Vec::new();
        let mut any = false;
        while out.len() < n && inner.fill().await? {
            any = true;
            let want = n - out.len();
            let avail = inner.pending.len().min(want);
            let cut = match delim {
                Some(d) => match inner.pending[..avail].iter().position(|&b| b == d) {
                    Some(i) => {
                        let head = inner.pending.split_to(i + 1);
                        out.extend_from_slice(&head);
                        return Ok(Some(out));
                    }
                    None => avail,
                },
                None => avail,
            };
            let head = inner.pending.split_to(cut);
            out.extend_from_slice(&head);
        }
        Ok(if any { Some(out) } else { None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;

    #[test]
    fn pipe_streams_and_closes() {
        block_on(async {
            let (w, r) = pipe();
            let writer = async move {
                for i in 0..100 {
                    w.write_str(&format!("{i}\n")).await.ok();
                }
            };
            let reader = async {
                let mut lines = 0;
                while let Ok(Some(_)) = r.read_until(b'\n').await {
                    lines += 1;
                }
                lines
            };
            let ((), lines) = futures::join!(writer, reader);
            assert_eq!(lines, 100);
        });
    }

    #[test]
    fn dropped_reader_breaks_pipe() {
        block_on(async {
            let (w, r) = pipe();
            drop(r);
            let err = w.write_str("x").await.err().map(|e| e.kind());
            assert_eq!(err, Some(ErrorKind::BrokenPipe));
        });
    }

    #[test]
    fn read_until_keeps_rest() {
        block_on(async {
            let i = Input::from_bytes(&b"a\nbc\nd"[..]);
            let c = i.clone();
            assert_eq!(
                i.read_until(b'\n').await.ok().flatten(),
                Some(b"a\n".to_vec())
            );
            assert_eq!(
                c.read_until(b'\n').await.ok().flatten(),
                Some(b"bc\n".to_vec())
            );
            assert_eq!(
                i.read_upto(5, None).await.ok().flatten(),
                Some(b"d".to_vec())
            );
            assert_eq!(i.read_until(b'\n').await.ok().flatten(), None);
        });
    }

    #[test]
    fn capture_limit() {
        block_on(async {
            let cap = Capture::new(4, "stdout");
            let out = Output::Capture(cap.clone());
            assert!(out.write(b"abcd").await.is_ok());
            let err = out.write(b"e").await.err().map(|e| e.kind());
            assert_eq!(err, Some(ErrorKind::LimitExceeded));
            assert_eq!(Capture::take(&cap), b"abcd");
        });
    }
}

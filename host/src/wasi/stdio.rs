//! The guest's stdin, stdout and stderr are the shell's streams: reads wait for the
//! pipeline's data, writes go straight to the next stage (or the captured output), so a
//! tool streams in a pipeline. Output past the run's byte limit traps the guest.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use mirage_core::io::{Input, Output};
use wasmtime_wasi::cli::{IsTerminal, StdinStream, StdoutStream};
use wasmtime_wasi_io::poll::Pollable;
use wasmtime_wasi_io::streams::{InputStream, OutputStream, StreamError};

/// How much a guest may write before the host has passed it on.
const WRITE_BUDGET: usize = 64 * 1024;

#[derive(Default)]
struct InState {
    buf: Bytes,
    eof: bool,
    error: Option<String>,
}

/// The shell's standard input as a WASI stdin.
#[derive(Clone)]
pub struct ShellStdin {
    input: Input,
    state: Arc<Mutex<InState>>,
}

impl ShellStdin {
    /// Stdin reading from `input`.
    pub fn new(input: Input) -> Self {
        ShellStdin {
            input,
            state: Arc::default(),
        }
    }
}

impl IsTerminal for ShellStdin {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdinStream for ShellStdin {
    fn p2_stream(&self) -> Box<dyn InputStream> {
        Box::new(self.clone())
    }

    /// Only the WASI 0.2 interfaces are linked; the 0.3 stream is never asked for.
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncRead + Send + Sync> {
        Box::new(tokio::io::empty())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for ShellStdin {
    async fn ready(&mut self) {
        {
            let Ok(s) = self.state.lock() else { return };
            if !s.buf.is_empty() || s.eof {
                return;
            }
        }
        let r = self.input.read_chunk().await;
        let Ok(mut s) = self.state.lock() else { return };
        match r {
            Ok(Some(b)) => s.buf = b,
            Ok(None) => s.eof = true,
            Err(e) => {
                s.eof = true;
                s.error = Some(e.to_string());
            }
        }
    }
}

impl InputStream for ShellStdin {
    fn read(&mut self, size: usize) -> Result<Bytes, StreamError> {
        let mut s = self
            .state
            .lock()
            .map_err(|_| StreamError::trap("stdin poisoned"))?;
        if !s.buf.is_empty() {
            let n = size.min(s.buf.len());
            return Ok(s.buf.split_to(n));
        }
        if let Some(e) = s.error.take() {
            return Err(StreamError::LastOperationFailed(wasmtime::Error::msg(e)));
        }
        if s.eof {
            return Err(StreamError::Closed);
        }
        Ok(Bytes::new())
    }
}

struct OutState {
    pending: Vec<u8>,
    written: u64,
    closed: bool,
}

/// A shell output (stdout or stderr) as a WASI output stream.
#[derive(Clone)]
pub struct ShellOutput {
    out: Output,
    limit: u64,
    state: Arc<Mutex<OutState>>,
}

impl ShellOutput {
    /// Writes to `out`; more than `limit` bytes in all traps the guest.
    pub fn new(out: Output, limit: u64) -> Self {
        ShellOutput {
            out,
            limit,
            state: Arc::new(Mutex::new(OutState {
                pending: Vec::new(),
                written: 0,
                closed: false,
            })),
        }
    }

    /// Passes on what the guest wrote last (called when the guest has exited).
    pub async fn flush(&self) -> mirage_core::Result<()> {
        let data = match self.state.lock() {
            Ok(mut s) => std::mem::take(&mut s.pending),
            Err(_) => return Ok(()),
        };
        if data.is_empty() {
            return Ok(());
        }
        self.out.write(&data).await
    }
}

impl IsTerminal for ShellOutput {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for ShellOutput {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }

    /// Only the WASI 0.2 interfaces are linked; the 0.3 stream is never asked for.
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(tokio::io::sink())
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for ShellOutput {
    async fn ready(&mut self) {
        let data = match self.state.lock() {
            Ok(mut s) => std::mem::take(&mut s.pending),
            Err(_) => return,
        };
        if data.is_empty() {
            return;
        }
        if self.out.write(&data).await.is_err()
            && let Ok(mut s) = self.state.lock()
        {
            s.closed = true;
        }
    }
}

impl OutputStream for ShellOutput {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        let mut s = self
            .state
            .lock()
            .map_err(|_| StreamError::trap("output poisoned"))?;
        if s.closed {
            return Err(StreamError::Closed);
        }
        s.written += bytes.len() as u64;
        if s.written > self.limit {
            return Err(StreamError::trap(&format!(
                "output limit of {} bytes exceeded",
                self.limit
            )));
        }
        s.pending.extend_from_slice(&bytes);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }

    fn check_write(&mut self) -> Result<usize, StreamError> {
        let s = self
            .state
            .lock()
            .map_err(|_| StreamError::trap("output poisoned"))?;
        if s.closed {
            return Err(StreamError::Closed);
        }
        Ok(WRITE_BUDGET.saturating_sub(s.pending.len()))
    }
}

//! Awk's output streams: buffered standard output, `print > file` / `>> file` buffers
//! written through the VFS, and `print | "cmd"` text collected per command and fed to
//! `sh -c cmd` when the pipe is closed (or at exit).

use bytes::Bytes;

use super::ast::Redir;
use super::interp::{Ctl, R};
use crate::commands::Ctx;
use crate::error::ErrorKind;
use crate::io::Input;

const FLUSH_AT: usize = 64 << 10;

enum Stream {
    Null,
    Stdout,
    Stderr,
    File {
        path: String,
        buf: Vec<u8>,
    },
    Pipe {
        cmd: String,
        buf: Vec<u8>,
    },
    /// The writing side of a two-way pipe: the command runs when it is first read from.
    Coproc {
        cmd: String,
        buf: Vec<u8>,
    },
}

/// All open output streams.
#[derive(Default)]
pub struct Outputs {
    out: Vec<u8>,
    streams: Vec<(Bytes, Stream)>,
}

impl Outputs {
    /// Writes to standard output (buffered).
    pub async fn stdout(&mut self, ctx: &Ctx<'_>, data: &[u8]) -> R<()> {
        self.out.extend_from_slice(data);
        if self.out.len() >= FLUSH_AT {
            self.flush_stdout(ctx).await?;
        }
        Ok(())
    }

    pub async fn flush_stdout(&mut self, ctx: &Ctx<'_>) -> R<()> {
        if !self.out.is_empty() {
            let data = std::mem::take(&mut self.out);
            ctx.stdout.write(&data).await?;
        }
        Ok(())
    }

    /// Writes to a redirection target, opening it on first use.
    pub async fn write_to(
        &mut self,
        ctx: &Ctx<'_>,
        kind: Redir,
        name: Bytes,
        data: &[u8],
    ) -> R<()> {
        let idx = match self.streams.iter().position(|(n, _)| *n == name) {
            Some(i) => i,
            None => {
                let text = String::from_utf8_lossy(&name).into_owned();
                let stream = match (kind, text.as_str()) {
                    (Redir::File | Redir::Append, "/dev/stdout" | "/dev/fd/1" | "-") => {
                        Stream::Stdout
                    }
                    (Redir::File | Redir::Append, "/dev/stderr" | "/dev/fd/2") => Stream::Stderr,
                    (Redir::File | Redir::Append, "/dev/null") => Stream::Null,
                    (Redir::Pipe, _) => {
                        self.flush_stdout(ctx).await?;
                        Stream::Pipe {
                            cmd: text,
                            buf: Vec::new(),
                        }
                    }
                    (Redir::Coproc, _) => Stream::Coproc {
                        cmd: text,
                        buf: Vec::new(),
                    },
                    _ => {
                        let path = ctx.path(&text);
                        let r = if kind == Redir::File {
                            ctx.rt.vfs.write(&path, Bytes::new()).await
                        } else {
                            ctx.rt.vfs.append(&path, Bytes::new()).await
                        };
                        if let Err(e) = r {
                            if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                                return Err(Ctl::Err(e));
                            }
                            return Err(Ctl::Fatal(format!(
                                "cannot redirect to `{text}': {}",
                                e.reason()
                            )));
                        }
                        Stream::File {
                            path,
                            buf: Vec::new(),
                        }
                    }
                };
                self.streams.push((name, stream));
                self.streams.len() - 1
            }
        };
        let limit = ctx.rt.limits.max_file_size as usize;
        match &mut self.streams[idx].1 {
            Stream::Null => {}
            Stream::Stdout => self.stdout(ctx, data).await?,
            Stream::Stderr => ctx.stderr.write(data).await?,
            Stream::File { path, buf } => {
                buf.extend_from_slice(data);
                if buf.len() >= FLUSH_AT {
                    let chunk = std::mem::take(buf);
                    ctx.rt.vfs.append(path, Bytes::from(chunk)).await?;
                }
            }
            Stream::Pipe { buf, .. } | Stream::Coproc { buf, .. } => {
                if buf.len() + data.len() > limit {
                    return Err(Ctl::Err(crate::error::Error::limit(format!(
                        "pipe buffer limit of {limit} bytes exceeded"
                    ))));
                }
                buf.extend_from_slice(data);
            }
        }
        Ok(())
    }

    /// Flushes standard output and the files.
    pub async fn flush_all(&mut self, ctx: &Ctx<'_>) -> R<()> {
        self.flush_stdout(ctx).await?;
        for (_, s) in &mut self.streams {
            if let Stream::File { path, buf } = s
                && !buf.is_empty()
            {
                let chunk = std::mem::take(buf);
                ctx.rt.vfs.append(path, Bytes::from(chunk)).await?;
            }
        }
        Ok(())
    }

    /// Closes an output stream: `None` when it is not open, else its close status.
    pub async fn close(&mut self, ctx: &Ctx<'_>, name: &[u8]) -> R<Option<i32>> {
        let Some(i) = self.streams.iter().position(|(n, _)| n == name) else {
            return Ok(None);
        };
        let (_, s) = self.streams.remove(i);
        if matches!(s, Stream::Pipe { .. }) {
            // gawk's own buffered output comes before what the command prints.
            self.flush_stdout(ctx).await?;
        }
        Ok(Some(close_stream(ctx, s).await?))
    }

    /// Takes what was written to the two-way pipe `name` (its writing side closes).
    pub fn take_coproc(&mut self, name: &[u8]) -> Option<Vec<u8>> {
        let i = self
            .streams
            .iter()
            .position(|(n, s)| n == name && matches!(s, Stream::Coproc { .. }))?;
        match self.streams.remove(i).1 {
            Stream::Coproc { buf, .. } => Some(buf),
            _ => None,
        }
    }

    /// True when `name` is an open two-way pipe that has not been read from.
    pub fn is_coproc(&self, name: &[u8]) -> bool {
        self.streams
            .iter()
            .any(|(n, s)| n == name && matches!(s, Stream::Coproc { .. }))
    }

    /// Closes everything (pipes run now), then flushes standard output.
    pub async fn close_all(&mut self, ctx: &Ctx<'_>) -> R<()> {
        for (_, s) in std::mem::take(&mut self.streams) {
            close_stream(ctx, s).await?;
        }
        self.flush_stdout(ctx).await
    }
}

async fn close_stream(ctx: &Ctx<'_>, s: Stream) -> R<i32> {
    let coproc = matches!(s, Stream::Coproc { .. });
    match s {
        Stream::Null | Stream::Stdout | Stream::Stderr => Ok(0),
        Stream::File { path, buf } => {
            if !buf.is_empty() {
                ctx.rt.vfs.append(&path, Bytes::from(buf)).await?;
            }
            Ok(0)
        }
        Stream::Pipe { cmd, buf } | Stream::Coproc { cmd, buf } => {
            // Nobody reads a two-way pipe that was never read from: its output is lost.
            let out = if coproc {
                crate::io::Output::Null
            } else {
                ctx.stdout.clone()
            };
            let argv = vec!["sh".to_string(), "-c".to_string(), cmd];
            let status = ctx
                .spawn(argv, None, Input::from_bytes(buf), out, ctx.stderr.clone())
                .await?;
            Ok(status)
        }
    }
}

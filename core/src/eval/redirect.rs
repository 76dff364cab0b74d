//! Redirections: building a command's [`Io`] from `<`, `>`, `>>`, `2>&1`, here-documents
//! and friends, and flushing the file sinks when the command is done.

use std::sync::Arc;

use bytes::Bytes;

use crate::error::ErrorKind;
use crate::eval::shell::{EvalResult, Fd, Flow, Io, Shell};
use crate::io::{FileSink, Input, Output};
use crate::syntax::ast::{Redirect, RedirectOp};

/// What `open_*` failed with: a message already worded for the shell.
type OpenResult<T> = Result<T, String>;

impl Shell {
    /// Applies `redirects` on top of `io`. Returns the new table and the file sinks to flush
    /// when the command ends, or `Err(status)` after reporting a failed redirection.
    pub async fn apply_redirects(
        &mut self,
        redirects: &[Redirect],
        io: &Io,
    ) -> EvalResult<Result<(Io, Vec<Arc<FileSink>>), i32>> {
        let mut new = io.clone();
        let mut sinks = Vec::new();
        for r in redirects {
            match self.apply_one(r, &mut new, &mut sinks).await {
                Ok(Ok(())) => {}
                Ok(Err(msg)) => {
                    self.report(io, &msg).await?;
                    // Files opened so far keep what they were created as.
                    self.close_redirects(sinks, io).await?;
                    return Ok(Err(1));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(Ok((new, sinks)))
    }

    /// Writes buffered file output to the VFS. A failure is reported on `io.stderr` and
    /// makes the result `false` (the command then fails, like a write error in bash).
    pub async fn close_redirects(
        &mut self,
        sinks: Vec<Arc<FileSink>>,
        io: &Io,
    ) -> EvalResult<bool> {
        let mut ok = true;
        for s in sinks {
            if let Err(e) = s.flush().await {
                if matches!(e.kind(), ErrorKind::Cancelled) {
                    return Err(Flow::Fatal(e));
                }
                self.report(io, &format!("{}: {}", s.path(), e.reason()))
                    .await?;
                ok = false;
            }
        }
        Ok(ok)
    }

    async fn apply_one(
        &mut self,
        r: &Redirect,
        io: &mut Io,
        sinks: &mut Vec<Arc<FileSink>>,
    ) -> EvalResult<OpenResult<()>> {
        let default_fd = match r.op {
            RedirectOp::Read | RedirectOp::ReadWrite | RedirectOp::DupIn => 0,
            RedirectOp::HereDoc { .. } | RedirectOp::HereString => 0,
            _ => 1,
        };
        let mut fd = r.fd.unwrap_or(default_fd);
        if let Some(var) = &r.fd_var {
            let mut n = 10;
            while io.extra.contains_key(&n) {
                n += 1;
            }
            fd = n;
            if let Err(e) = self.st.set_scalar(var, n.to_string()) {
                return Ok(Err(e.0));
            }
        }
        match r.op {
            RedirectOp::HereDoc { .. } => {
                let body = self.expand_string(&r.target, io).await?;
                io.set(fd, Fd::In(Input::from_bytes(Bytes::from(body))));
                Ok(Ok(()))
            }
            RedirectOp::HereString => {
                let mut body = self.expand_string(&r.target, io).await?;
                body.push('\n');
                io.set(fd, Fd::In(Input::from_bytes(Bytes::from(body))));
                Ok(Ok(()))
            }
            RedirectOp::DupOut | RedirectOp::DupIn => {
                let target = self.expand_string(&r.target, io).await?;
                if target == "-" {
                    io.close(fd);
                    return Ok(Ok(()));
                }
                let (num, close_src) = match target.strip_suffix('-') {
                    Some(n) => (n, true),
                    None => (target.as_str(), false),
                };
                let Ok(src) = num.parse::<u32>() else {
                    if r.op == RedirectOp::DupOut {
                        // `>& file` is `&> file`.
                        return self
                            .open_write(&target, false, false, io, sinks, true)
                            .await;
                    }
                    return Ok(Err(format!("{target}: ambiguous redirect")));
                };
                let got = if r.op == RedirectOp::DupOut {
                    io.out(src).map(Fd::Out)
                } else {
                    io.input(src)
                        .map(Fd::In)
                        .or_else(|| io.out(src).map(Fd::Out))
                };
                match got {
                    Some(f) => {
                        io.set(fd, f);
                        if close_src && src != fd {
                            io.close(src);
                        }
                        Ok(Ok(()))
                    }
                    None => Ok(Err(format!("{src}: Bad file descriptor"))),
                }
            }
            RedirectOp::Read | RedirectOp::ReadWrite => {
                let target = match self.redirect_target(r, io).await? {
                    Ok(t) => t,
                    Err(m) => return Ok(Err(m)),
                };
                if let Some(input) = special_input(&target, io) {
                    io.set(fd, Fd::In(input));
                    return Ok(Ok(()));
                }
                match self.open_read(&target).await? {
                    Ok(input) => {
                        io.set(fd, Fd::In(input));
                        Ok(Ok(()))
                    }
                    Err(m) => Ok(Err(m)),
                }
            }
            RedirectOp::Write | RedirectOp::Clobber | RedirectOp::Append => {
                let target = match self.redirect_target(r, io).await? {
                    Ok(t) => t,
                    Err(m) => return Ok(Err(m)),
                };
                if let Some(out) = special_output(&target, io) {
                    io.set(fd, Fd::Out(out));
                    return Ok(Ok(()));
                }
                let append = r.op == RedirectOp::Append;
                let clobber = r.op == RedirectOp::Clobber;
                let out = match self.open_output(&target, append, clobber, sinks).await? {
                    Ok(o) => o,
                    Err(m) => return Ok(Err(m)),
                };
                io.set(fd, Fd::Out(out));
                Ok(Ok(()))
            }
            RedirectOp::WriteAll | RedirectOp::AppendAll => {
                let target = match self.redirect_target(r, io).await? {
                    Ok(t) => t,
                    Err(m) => return Ok(Err(m)),
                };
                let append = r.op == RedirectOp::AppendAll;
                self.open_write(&target, append, false, io, sinks, true)
                    .await
            }
        }
    }

    async fn open_write(
        &mut self,
        target: &str,
        append: bool,
        clobber: bool,
        io: &mut Io,
        sinks: &mut Vec<Arc<FileSink>>,
        both: bool,
    ) -> EvalResult<OpenResult<()>> {
        let out = match special_output(target, io) {
            Some(o) => o,
            None => match self.open_output(target, append, clobber, sinks).await? {
                Ok(o) => o,
                Err(m) => return Ok(Err(m)),
            },
        };
        if both {
            io.stderr = out.clone();
        }
        io.stdout = out;
        Ok(Ok(()))
    }

    /// Expands a redirection target to exactly one word.
    async fn redirect_target(&mut self, r: &Redirect, io: &Io) -> EvalResult<OpenResult<String>> {
        let words = self
            .expand_words(std::slice::from_ref(&r.target), io)
            .await?;
        if words.len() != 1 {
            let shown = self.expand_string(&r.target, io).await?;
            return Ok(Err(format!("{shown}: ambiguous redirect")));
        }
        let t = words.into_iter().next().unwrap_or_default();
        if t.is_empty() {
            return Ok(Err(": No such file or directory".to_string()));
        }
        Ok(Ok(t))
    }

    /// Opens a file for reading (with `/dev/...` specials and process substitutions).
    pub async fn open_read(&mut self, target: &str) -> EvalResult<OpenResult<Input>> {
        if let Some((_, b)) = self.proc_subs.iter().find(|(p, _)| p == target) {
            return Ok(Ok(Input::from_bytes(b.clone())));
        }
        match target {
            "/dev/null" => return Ok(Ok(Input::empty())),
            "/dev/zero" => return Ok(Ok(Input::zero())),
            "/dev/urandom" | "/dev/random" => {
                let d = self.rt.clock.now();
                let seed = d.as_secs().wrapping_mul(1_000_000_007) ^ u64::from(d.subsec_nanos());
                return Ok(Ok(Input::random(seed | 1)));
            }
            _ => {}
        }
        let path = self.rt.vfs.physical(&self.st.cwd, target).await;
        match self.rt.vfs.read(&path).await {
            Ok(b) => Ok(Ok(Input::from_file(b))),
            // Opening a directory works; reading it is what fails.
            Err(e) if e.kind() == ErrorKind::IsADirectory => {
                Ok(Ok(Input::failing(ErrorKind::IsADirectory)))
            }
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                Err(Flow::Fatal(e))
            }
            Err(e) => Ok(Err(format!("{target}: {}", e.reason()))),
        }
    }

    async fn open_output(
        &mut self,
        target: &str,
        append: bool,
        clobber: bool,
        sinks: &mut Vec<Arc<FileSink>>,
    ) -> EvalResult<OpenResult<Output>> {
        if target == "/dev/null" {
            return Ok(Ok(Output::Null));
        }
        if let Some((_, cap, _)) = self.proc_out.iter().find(|(p, _, _)| p == target) {
            return Ok(Ok(Output::Capture(cap.clone())));
        }
        let path = self.rt.vfs.physical(&self.st.cwd, target).await;
        if self.st.options.noclobber
            && !append
            && !clobber
            && let Ok(m) = self.rt.vfs.stat(&path).await
            && m.is_file()
        {
            return Ok(Err(format!("{target}: cannot overwrite existing file")));
        }
        // A new file is 0666 less the umask (the backend's default is 0644).
        let mode = 0o666 & !self.st.umask;
        let fresh = mode != 0o644 && self.rt.vfs.stat(&path).await.is_err();
        // Create (or truncate) now, so errors show before the command runs and a later
        // reader in the same script sees the file.
        let created = if append {
            self.rt.vfs.append(&path, Bytes::new()).await
        } else {
            self.rt.vfs.write(&path, Bytes::new()).await
        };
        if let Err(e) = created {
            if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                return Err(Flow::Fatal(e));
            }
            return Ok(Err(format!("{target}: {}", e.reason())));
        }
        if fresh {
            let _ = self.rt.vfs.set_mode(&path, mode).await;
        }
        // The file-size limit covers what a `>>` file already holds.
        let mut limit = self.rt.limits.max_file_size;
        if append && let Ok(m) = self.rt.vfs.stat(&path).await {
            limit = limit.saturating_sub(m.size);
        }
        let sink = FileSink::new(self.rt.vfs.clone(), path, append, limit);
        sinks.push(sink.clone());
        Ok(Ok(Output::File(sink)))
    }
}

/// `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` as output targets: the current descriptors.
fn special_output(target: &str, io: &Io) -> Option<Output> {
    match target {
        "/dev/stdout" => Some(io.stdout.clone()),
        "/dev/stderr" => Some(io.stderr.clone()),
        t => t
            .strip_prefix("/dev/fd/")?
            .parse()
            .ok()
            .and_then(|n| io.out(n)),
    }
}

/// `/dev/stdin` and `/dev/fd/N` as input sources.
fn special_input(target: &str, io: &Io) -> Option<Input> {
    match target {
        "/dev/stdin" => Some(io.stdin.clone()),
        t => t
            .strip_prefix("/dev/fd/")?
            .parse()
            .ok()
            .and_then(|n| io.input(n)),
    }
}

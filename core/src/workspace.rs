//! The public entry point: a [`Workspace`] is a mount table plus remembered shell state;
//! [`Workspace::execute`] runs a script in it.
//!
//! ```
//! use mirage_core::{ExecuteOptions, Workspace};
//!
//! let ws = Workspace::default_skeleton();
//! let r = futures::executor::block_on(ws.execute("echo hi | cat", ExecuteOptions::default()));
//! assert_eq!(r.stdout, b"hi\n");
//! assert_eq!(r.exit_code, 0);
//! ```

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures::FutureExt;

use crate::cancel::CancelHandle;
use crate::clock::{Clock, ManualClock};
use crate::commands::Registry;
use crate::error::{ErrorKind, Result};
use crate::eval::shell::{Flow, Io, Runtime, Shell, Source};
use crate::eval::state::{ShellState, Var};
use crate::io::{Capture, Input, Output, StreamSink};
use crate::limits::{CANCEL_EXIT_CODE, LIMIT_EXIT_CODE, Limits};
use crate::vfs::path::normalize;
use crate::vfs::{DirEntry, MemoryBackend, Metadata, MountMode, MountTable, Vfs};

/// Options for one [`Workspace::execute`] call. Everything here applies to that call only.
#[derive(Clone, Debug, Default)]
pub struct ExecuteOptions {
    /// Working directory for this call; the workspace's own cwd is left unchanged.
    pub cwd: Option<String>,
    /// Variables exported for this call only.
    pub env: Vec<(String, String)>,
    /// Standard input.
    pub stdin: Option<Vec<u8>>,
    /// Standard input as a stream (the read end of [`crate::io::pipe`]), read only as far
    /// as the script reads it; takes precedence over `stdin`.
    pub stdin_stream: Option<Input>,
    /// `$0` and the prefix of shell messages (`bash: x: command not found`).
    pub argv0: Option<String>,
    /// When the script comes from a file: its name. Messages then read `NAME: line N: ...`
    /// and `$0` is the name.
    pub script_name: Option<String>,
    /// Positional parameters `$1`...
    pub args: Vec<String>,
    /// Fire it to stop the run (exit status 130).
    pub cancel: Option<CancelHandle>,
    /// Limits for this call (default: the workspace's).
    pub limits: Option<Limits>,
}

/// What a run produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExecResult {
    /// Standard output (empty in the streaming form).
    pub stdout: Vec<u8>,
    /// Standard error (empty in the streaming form).
    pub stderr: Vec<u8>,
    /// The exit status: the script's, 2 for a syntax error, 130 when cancelled, 124 when a
    /// limit stopped it.
    pub exit_code: i32,
    /// The run was cancelled.
    pub aborted: bool,
    /// The run was stopped by a limit (the message is on stderr).
    pub limit_exceeded: bool,
    /// The script ended the shell: `exit`, `set -e`, or a fatal expansion error. An
    /// interactive embedder (a REPL) stops reading commands then.
    pub exited: bool,
}

struct Inner {
    vfs: Vfs,
    clock: Arc<dyn Clock>,
    registry: Arc<Registry>,
    limits: Limits,
    state: Mutex<ShellState>,
}

/// A sandboxed shell over a mount table. Cheap to clone; clones share files and state.
#[derive(Clone)]
pub struct Workspace {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Workspace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workspace")
            .field("cwd", &self.cwd())
            .finish()
    }
}

impl Workspace {
    /// A workspace over `table`, with cwd `/` and no clock (time stands still; `sleep`
    /// returns at once) until [`Workspace::with_clock`] gives one.
    pub fn new(table: MountTable) -> Self {
        Workspace {
            inner: Arc::new(Inner {
                vfs: Vfs::new(table),
                clock: Arc::new(ManualClock::default()),
                registry: Arc::new(Registry::builtin()),
                limits: Limits::default(),
                state: Mutex::new(ShellState::new()),
            }),
        }
    }

    /// An empty RAM workspace with `/tmp` and `/home/user` (the cwd), and `HOME`, `PATH`,
    /// `USER`, `PWD` set.
    pub fn default_skeleton() -> Self {
        let mut table = MountTable::new();
        let ram: Arc<dyn crate::vfs::DynBackend> = Arc::new(MemoryBackend::new());
        // A fresh table accepts `/`; the error case cannot happen.
        let _ = table.mount("/", ram, MountMode::ReadWrite);
        let ws = Workspace::new(table);
        ws.init_skeleton();
        ws
    }

    /// Creates `/tmp` and `/home/user` and the usual variables, with `/home/user` as cwd.
    /// The RAM backend answers at once, so this needs no executor.
    pub fn init_skeleton(&self) {
        for d in ["/tmp", "/home/user"] {
            let _ = self.inner.vfs.create_dir_all(d).now_or_never();
        }
        let mut st = self.lock_state();
        for (k, v) in [
            ("HOME", "/home/user"),
            ("PATH", "/usr/bin:/bin"),
            ("USER", "user"),
        ] {
            let _ = st.set_scalar(k, v.to_string());
            st.attrs_mut(k).export = true;
        }
        st.cwd = "/home/user".to_string();
        let _ = st.set_scalar("PWD", "/home/user".to_string());
        st.attrs_mut("PWD").export = true;
    }

    fn rebuild(&self, f: impl FnOnce(&mut Inner)) -> Self {
        let st = self.lock_state().clone();
        let mut inner = Inner {
            vfs: self.inner.vfs.clone(),
            clock: self.inner.clock.clone(),
            registry: self.inner.registry.clone(),
            limits: self.inner.limits.clone(),
            state: Mutex::new(st),
        };
        f(&mut inner);
        Workspace {
            inner: Arc::new(inner),
        }
    }

    /// Uses `clock` for `sleep`, `date`, mtimes and the wall-time limit.
    pub fn with_clock(self, clock: Arc<dyn Clock>) -> Self {
        self.rebuild(|i| i.clock = clock)
    }

    /// Uses `limits` as the default for every run.
    pub fn with_limits(self, limits: Limits) -> Self {
        self.rebuild(|i| i.limits = limits)
    }

    /// Uses `registry` as the command table.
    pub fn with_registry(self, registry: Registry) -> Self {
        self.rebuild(|i| i.registry = Arc::new(registry))
    }

    fn lock_state(&self) -> std::sync::MutexGuard<'_, ShellState> {
        match self.inner.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// The filesystem.
    pub fn vfs(&self) -> &Vfs {
        &self.inner.vfs
    }

    /// The clock.
    pub fn clock(&self) -> Arc<dyn Clock> {
        self.inner.clock.clone()
    }

    /// The workspace's working directory.
    pub fn cwd(&self) -> String {
        self.lock_state().cwd.clone()
    }

    /// Sets the workspace's working directory (must be an existing directory).
    pub async fn set_cwd(&self, dir: &str) -> Result<()> {
        let path = normalize(&self.cwd(), dir);
        let meta = self.inner.vfs.stat(&path).await?;
        if !meta.is_dir() {
            return Err(crate::error::Error::new(ErrorKind::NotADirectory).with_path(path));
        }
        let mut st = self.lock_state();
        st.cwd = path.clone();
        let _ = st.set_scalar("PWD", path);
        Ok(())
    }

    /// Sets a variable (exported) in the workspace's state.
    pub fn set_env(&self, name: &str, value: &str) {
        let mut st = self.lock_state();
        let _ = st.set_scalar(name, value.to_string());
        st.attrs_mut(name).export = true;
    }

    /// A variable's value in the workspace's state.
    pub fn get_env(&self, name: &str) -> Option<String> {
        self.lock_state().get(name).map(str::to_string)
    }

    /// Runs `script`, collecting stdout and stderr.
    pub async fn execute(&self, script: &str, opts: ExecuteOptions) -> ExecResult {
        let limits = opts
            .limits
            .clone()
            .unwrap_or_else(|| self.inner.limits.clone());
        let out = Capture::new(limits.max_output_bytes, "stdout");
        let err = Capture::new(limits.max_output_bytes, "stderr");
        let mut r = self
            .run(
                script,
                opts,
                Output::Capture(out.clone()),
                Output::Capture(err.clone()),
            )
            .await;
        r.stdout = Capture::take(&out);
        r.stderr = Capture::take(&err);
        r
    }

    /// Runs `script`, handing output to the callbacks as it is produced.
    pub async fn execute_streaming<F, G>(
        &self,
        script: &str,
        opts: ExecuteOptions,
        mut on_stdout: F,
        mut on_stderr: G,
    ) -> ExecResult
    where
        F: FnMut(&[u8]) + crate::sync::MaybeSend,
        G: FnMut(&[u8]) + crate::sync::MaybeSend,
    {
        let limit = opts
            .limits
            .as_ref()
            .unwrap_or(&self.inner.limits)
            .max_output_bytes;
        let (tx, rx) = async_channel::bounded::<(bool, Bytes)>(crate::io::PIPE_CAPACITY);
        let out = Output::Stream(StreamSink::new(tx.clone(), false, limit));
        let err = Output::Stream(StreamSink::new(tx, true, limit));
        let run = self.run(script, opts, out, err);
        let drain = async {
            while let Ok((is_err, chunk)) = rx.recv().await {
                if is_err {
                    on_stderr(&chunk);
                } else {
                    on_stdout(&chunk);
                }
            }
        };
        let (r, ()) = futures::join!(run, drain);
        r
    }

    async fn run(
        &self,
        script: &str,
        opts: ExecuteOptions,
        stdout: Output,
        stderr: Output,
    ) -> ExecResult {
        let limits = opts
            .limits
            .clone()
            .unwrap_or_else(|| self.inner.limits.clone());
        let cancel = opts.cancel.clone().unwrap_or_default();
        let argv0 = opts
            .script_name
            .clone()
            .or_else(|| opts.argv0.clone())
            .unwrap_or_else(|| "mirage".to_string());
        let source = Source::new(&argv0, opts.script_name.is_none(), script);
        // Parse first: a syntax error runs nothing.
        let parsed = crate::syntax::parse(script);
        let ast = match parsed {
            Ok(ast) => ast,
            Err(e) => {
                let prefix = match &opts.script_name {
                    Some(name) => format!("{name}: line {}: ", e.line),
                    None => format!("{argv0}: -c: line {}: ", e.line),
                };
                let msg = crate::eval::shell::format_parse_error(&prefix, &e, script);
                let _ = stderr.write_str(&msg).await;
                return ExecResult {
                    exit_code: 2,
                    ..ExecResult::default()
                };
            }
        };
        let rt = Arc::new(Runtime::new(
            self.inner.vfs.clone(),
            self.inner.clock.clone(),
            cancel.clone(),
            limits,
            self.inner.registry.clone(),
        ));
        let mut st = self.lock_state().clone();
        let persisted_cwd = st.cwd.clone();
        st.argv0 = argv0;
        st.positional = opts.args.clone();
        let mut saved_env: Vec<(String, Option<Var>)> = Vec::new();
        for (k, v) in &opts.env {
            saved_env.push((k.clone(), st.var(k).cloned()));
            let _ = st.set_scalar(k, v.clone());
            st.attrs_mut(k).export = true;
        }
        if let Some(dir) = &opts.cwd {
            st.cwd = normalize(&persisted_cwd, dir);
            let _ = st.set_scalar("PWD", st.cwd.clone());
        }
        let stdin = match (&opts.stdin_stream, &opts.stdin) {
            (Some(stream), _) => stream.clone(),
            (None, Some(b)) => Input::from_bytes(Bytes::from(b.clone())),
            (None, None) => Input::empty(),
        };
        let io = Io::new(stdin, stdout, stderr);
        let mut sh = Shell::new(st, rt, source);
        let jobs = sh.rt.jobs.clone();
        let r = {
            let eval = crate::eval::jobs::WithJobs::new(
                sh.eval_script(&ast.body, &ast.warnings, &io),
                jobs,
            );
            let cancelled = cancel.cancelled();
            futures::pin_mut!(eval, cancelled);
            // The evaluator checks the handle at every boundary; racing it here also stops a
            // run blocked in I/O (a batch of S3 reads in flight): dropping the evaluation
            // drops, and so aborts, its pending requests.
            match futures::future::select(eval, cancelled).await {
                futures::future::Either::Left((r, _)) => r,
                futures::future::Either::Right(((), _)) => {
                    Err(Flow::Fatal(crate::error::Error::cancelled()))
                }
            }
        };
        let exited = matches!(r, Err(Flow::Exit(_)) | Err(Flow::ExpansionError));
        let (mut code, mut fatal) = match r {
            Ok(s) => (s, None),
            Err(Flow::Exit(s)) | Err(Flow::Return(s)) | Err(Flow::Abort(s)) => (s, None),
            // bash exits with 127 from a `-c` string and with 1 from a script file.
            Err(Flow::ExpansionError) => (if opts.script_name.is_some() { 1 } else { 127 }, None),
            Err(Flow::Break(_)) | Err(Flow::Continue(_)) => (sh.st.last_status, None),
            Err(Flow::Fatal(e)) => (1, Some(e)),
        };
        sh.st.last_status = code;
        if fatal.is_none() {
            match sh.run_exit_trap(&io).await {
                Err(Flow::Fatal(e)) => fatal = Some(e),
                _ => code = sh.st.last_status,
            }
        }
        let mut result = ExecResult {
            exited,
            ..ExecResult::default()
        };
        if let Some(e) = fatal {
            match e.kind() {
                ErrorKind::Cancelled => {
                    result.aborted = true;
                    code = CANCEL_EXIT_CODE;
                }
                ErrorKind::LimitExceeded => {
                    result.limit_exceeded = true;
                    code = LIMIT_EXIT_CODE;
                    let msg = format!("{}{}\n", sh.err_prefix(), e.reason());
                    // The stderr capture itself may be what overflowed.
                    let _ = io.stderr.write_past_limit(msg.as_bytes()).await;
                }
                _ => {
                    let msg = format!("{}{}\n", sh.err_prefix(), e);
                    let _ = io.stderr.write_str(&msg).await;
                }
            }
        }
        result.exit_code = code & 0xff;
        drop(io);
        // Persist state: variables, functions and options stay; per-call env and cwd do not.
        let mut st = sh.st;
        for (k, old) in saved_env.into_iter().rev() {
            st.restore_var(&k, old);
        }
        if opts.cwd.is_some() {
            st.cwd = persisted_cwd.clone();
            let _ = st.set_scalar("PWD", persisted_cwd);
        }
        st.positional.clear();
        st.traps.remove("EXIT");
        *self.lock_state() = st;
        result
    }

    /// Reads a whole file.
    pub async fn read_file(&self, path: &str) -> Result<Bytes> {
        self.inner.vfs.read(&normalize(&self.cwd(), path)).await
    }

    /// Creates or replaces a file.
    pub async fn write_file(&self, path: &str, data: impl Into<Bytes>) -> Result<()> {
        self.inner
            .vfs
            .write(&normalize(&self.cwd(), path), data.into())
            .await
    }

    /// Lists a directory, sorted by name.
    pub async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        self.inner.vfs.list(&normalize(&self.cwd(), path)).await
    }

    /// Metadata of a path (following links).
    pub async fn stat(&self, path: &str) -> Result<Metadata> {
        self.inner.vfs.stat(&normalize(&self.cwd(), path)).await
    }

    /// Creates a directory and its parents.
    pub async fn create_dir_all(&self, path: &str) -> Result<()> {
        self.inner
            .vfs
            .create_dir_all(&normalize(&self.cwd(), path))
            .await
    }

    /// Removes a file or directory (`recursive` for a tree).
    pub async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        self.inner
            .vfs
            .remove(&normalize(&self.cwd(), path), recursive)
            .await
    }
}

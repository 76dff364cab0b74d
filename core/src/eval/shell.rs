//! The evaluator's moving parts: the per-run [`Runtime`], the [`Shell`] that walks the AST,
//! the [`Io`] table of a command and the [`Flow`] that unwinds `break`, `return`, `exit`
//! and fatal errors.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;

use crate::cancel::CancelHandle;
use crate::clock::Clock;
use crate::commands::Registry;
use crate::error::{Error, ErrorKind};
use crate::eval::state::ShellState;
use crate::io::{Input, Output};
use crate::limits::Limits;
use crate::vfs::Vfs;

/// Everything one run shares across subshells and pipeline stages.
pub struct Runtime {
    /// The filesystem.
    pub vfs: Vfs,
    /// The embedder's clock.
    pub clock: Arc<dyn Clock>,
    /// Fired to stop the run.
    pub cancel: CancelHandle,
    /// The limits in force.
    pub limits: Limits,
    /// The command table.
    pub registry: Arc<Registry>,
    /// When the run started.
    pub start: Duration,
    /// Background jobs of the run.
    pub jobs: Arc<crate::eval::jobs::Jobs>,
    commands: AtomicU64,
    loop_iterations: AtomicU64,
    regexes: std::sync::Mutex<std::collections::HashMap<String, regex::Regex>>,
    last_yield_ms: AtomicU64,
}

impl Runtime {
    /// A runtime for one run.
    pub fn new(
        vfs: Vfs,
        clock: Arc<dyn Clock>,
        cancel: CancelHandle,
        limits: Limits,
        registry: Arc<Registry>,
    ) -> Self {
        let start = clock.now();
        Runtime {
            vfs,
            clock,
            cancel,
            limits,
            registry,
            start,
            jobs: Arc::default(),
            commands: AtomicU64::new(0),
            loop_iterations: AtomicU64::new(0),
            regexes: std::sync::Mutex::new(std::collections::HashMap::new()),
            last_yield_ms: AtomicU64::new(start.as_millis() as u64),
        }
    }

    /// Fails when the run was cancelled or ran past its wall time.
    pub fn check(&self) -> Result<(), Error> {
        if self.cancel.is_cancelled() {
            return Err(Error::cancelled());
        }
        Ok(())
    }

    /// Counts one simple command against the limit and checks cancellation and wall time.
    /// Every few milliseconds it yields to the embedder so a cancel can be delivered.
    pub async fn tick_command(&self) -> Result<(), Error> {
        self.check()?;
        let n = self.commands.fetch_add(1, Ordering::Relaxed) + 1;
        if n > self.limits.max_commands {
            return Err(Error::limit(format!(
                "command limit of {} exceeded",
                self.limits.max_commands
            )));
        }
        if n.is_multiple_of(64) {
            self.maybe_yield().await?;
        }
        Ok(())
    }

    /// Counts one loop iteration.
    pub async fn tick_loop(&self) -> Result<(), Error> {
        self.check()?;
        let n = self.loop_iterations.fetch_add(1, Ordering::Relaxed) + 1;
        if n > self.limits.max_loop_iterations {
            return Err(Error::limit(format!(
                "loop iteration limit of {} exceeded",
                self.limits.max_loop_iterations
            )));
        }
        if n.is_multiple_of(64) {
            self.maybe_yield().await?;
        }
        Ok(())
    }

    async fn maybe_yield(&self) -> Result<(), Error> {
        let now = self.clock.now();
        if self.past_wall_time(now) {
            return Err(self.wall_time_error());
        }
        let now_ms = now.as_millis() as u64;
        let last = self.last_yield_ms.load(Ordering::Relaxed);
        if now_ms.saturating_sub(last) >= 2 || now_ms < last {
            self.last_yield_ms.store(now_ms, Ordering::Relaxed);
            self.clock.yield_now().await;
        }
        self.check()
    }

    /// A compiled regex for `[[ =~ ]]`, cached for the run (a loop compiles it once).
    /// `None` for an invalid one.
    pub fn regex(&self, text: &str) -> Option<regex::Regex> {
        if let Ok(cache) = self.regexes.lock()
            && let Some(re) = cache.get(text)
        {
            return Some(re.clone());
        }
        let re = regex::RegexBuilder::new(text)
            .size_limit(1 << 22)
            .build()
            .ok()?;
        if let Ok(mut cache) = self.regexes.lock() {
            if cache.len() >= 64 {
                cache.clear();
            }
            cache.insert(text.to_string(), re.clone());
        }
        Some(re)
    }

    /// Fails once the run has gone on longer than its wall-time limit (for commands that
    /// compute without awaiting; the evaluator checks it as it yields).
    pub fn check_wall_time(&self) -> Result<(), Error> {
        if self.past_wall_time(self.clock.now()) {
            return Err(self.wall_time_error());
        }
        Ok(())
    }

    fn past_wall_time(&self, now: Duration) -> bool {
        self.limits
            .wall_time
            .is_some_and(|wall| now.saturating_sub(self.start) > wall)
    }

    fn wall_time_error(&self) -> Error {
        let ms = self.limits.wall_time.unwrap_or_default().as_millis();
        Error::limit(format!("wall time limit of {ms} ms exceeded"))
    }

    /// Sleeps, waking early (with `Cancelled`) when the run is cancelled, and never past
    /// the run's wall time (which then ends the run).
    pub async fn sleep(&self, dur: Duration) -> Result<(), Error> {
        use futures::future::{Either, select};
        self.check()?;
        let mut dur = dur;
        let mut hits_wall = false;
        if let Some(wall) = self.limits.wall_time {
            let left = wall.saturating_sub(self.clock.now().saturating_sub(self.start));
            if dur >= left {
                dur = left;
                hits_wall = true;
            }
        }
        if hits_wall && dur.is_zero() {
            return Err(self.wall_time_error());
        }
        let sleep = self.clock.sleep(dur);
        let cancelled = self.cancel.cancelled();
        match select(sleep, cancelled).await {
            Either::Left(_) if hits_wall => Err(self.wall_time_error()),
            Either::Left(_) => self.check(),
            Either::Right(_) => Err(Error::cancelled()),
        }
    }
}

/// How control leaves a construct other than by finishing.
#[derive(Debug)]
pub enum Flow {
    /// `break N` (N >= 1 levels left).
    Break(u32),
    /// `continue N`.
    Continue(u32),
    /// `return N`.
    Return(i32),
    /// `exit N` or `set -e`: the shell (or subshell) exits.
    Exit(i32),
    /// An expansion error that ends the current line (bash's "abort the command"): an
    /// arithmetic error in `$(( ))`, a bad substitution, an assignment to a readonly
    /// variable. The script goes on with the next line; a subshell ends.
    Abort(i32),
    /// A fatal expansion error (`${v:?}`, an unbound variable under `set -u`): the shell
    /// exits with status 127, a subshell with status 1.
    ExpansionError,
    /// Cancellation, a limit, a lost backend: the whole run stops.
    Fatal(Error),
}

impl From<Error> for Flow {
    fn from(e: Error) -> Self {
        Flow::Fatal(e)
    }
}

/// The result of evaluating a construct: its status, or a non-local exit.
pub type EvalResult<T = i32> = Result<T, Flow>;

/// An open descriptor above 2.
#[derive(Clone, Debug)]
pub enum Fd {
    /// Readable.
    In(Input),
    /// Writable.
    Out(Output),
}

/// A command's descriptors.
#[derive(Clone, Debug)]
pub struct Io {
    /// Descriptor 0.
    pub stdin: Input,
    /// Descriptor 1.
    pub stdout: Output,
    /// Descriptor 2.
    pub stderr: Output,
    /// Descriptors 3 and up.
    pub extra: BTreeMap<u32, Fd>,
}

impl Io {
    /// A table with the three standard streams.
    pub fn new(stdin: Input, stdout: Output, stderr: Output) -> Self {
        Io {
            stdin,
            stdout,
            stderr,
            extra: BTreeMap::new(),
        }
    }

    /// The writable descriptor `fd`.
    pub fn out(&self, fd: u32) -> Option<Output> {
        match fd {
            1 => Some(self.stdout.clone()),
            2 => Some(self.stderr.clone()),
            0 => None,
            n => match self.extra.get(&n) {
                Some(Fd::Out(o)) => Some(o.clone()),
                _ => None,
            },
        }
    }

    /// The readable descriptor `fd`.
    pub fn input(&self, fd: u32) -> Option<Input> {
        match fd {
            0 => Some(self.stdin.clone()),
            1 | 2 => None,
            n => match self.extra.get(&n) {
                Some(Fd::In(i)) => Some(i.clone()),
                _ => None,
            },
        }
    }

    /// Sets descriptor `fd`.
    pub fn set(&mut self, fd: u32, to: Fd) {
        match (fd, to) {
            (0, Fd::In(i)) => self.stdin = i,
            (0, Fd::Out(_)) => self.stdin = Input::failing(crate::error::ErrorKind::BadDescriptor),
            (1, Fd::Out(o)) => self.stdout = o,
            (2, Fd::Out(o)) => self.stderr = o,
            (1 | 2, Fd::In(_)) => {}
            (n, f) => {
                self.extra.insert(n, f);
            }
        }
    }

    /// Closes descriptor `fd`.
    pub fn close(&mut self, fd: u32) {
        match fd {
            0 => self.stdin = Input::empty(),
            1 => self.stdout = Output::Closed,
            2 => self.stderr = Output::Closed,
            n => {
                self.extra.remove(&n);
            }
        }
    }
}

/// Formats a syntax error like bash: the message after `prefix`, and for an unexpected
/// token a second line quoting the offending source line.
pub fn format_parse_error(prefix: &str, e: &crate::syntax::ast::ParseError, text: &str) -> String {
    let mut msg = format!("{prefix}{}\n", e.message);
    if e.message.starts_with("syntax error near") {
        let line = text
            .lines()
            .nth(e.line.saturating_sub(1) as usize)
            .unwrap_or("");
        msg.push_str(&format!("{prefix}`{line}'\n"));
    }
    msg
}

/// Where the code being run came from, for the `NAME: line N: ` prefix of messages:
/// the script file's name, `$0` for a `-c` string, the file of a `source`.
#[derive(Clone, Debug)]
pub struct Source {
    /// The name used in messages.
    pub name: String,
    /// The code is a `-c` string: functions defined in it report as `environment`, like
    /// bash.
    pub command_string: bool,
    /// Byte offsets where each line starts.
    pub line_starts: Arc<Vec<u32>>,
    /// Added to line numbers (`eval` text counts from the line of the `eval`).
    pub line_offset: u32,
    /// The text itself (spans of the AST point into it), for `set -x` headers.
    pub text: Arc<str>,
}

impl Source {
    /// Describes `text` named `name`.
    pub fn new(name: &str, command_string: bool, text: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        Source {
            name: name.to_string(),
            command_string,
            line_starts: Arc::new(starts),
            line_offset: 0,
            text: Arc::from(text),
        }
    }

    /// The source text of `span` ("" when out of range).
    pub fn snippet(&self, span: crate::syntax::ast::Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// The 1-based line of byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        };
        line + self.line_offset
    }

    /// The source as seen by a function defined in it (bash names `-c` functions
    /// `environment`).
    pub fn for_function(&self) -> Source {
        let mut s = self.clone();
        if s.command_string {
            s.name = "environment".to_string();
        }
        s
    }
}

/// The evaluator: shell state plus the run it belongs to.
pub struct Shell {
    /// The clock reading at which an enclosing `timeout` ends this shell's commands; the
    /// synchronous interpreters (jq, bc) check it, since they never yield to the timer.
    pub deadline: Option<std::time::Duration>,
    /// Variables, functions, options, cwd.
    pub st: ShellState,
    /// The run.
    pub rt: Arc<Runtime>,
    /// Function / source / eval nesting.
    pub call_depth: u32,
    /// Substitution / subshell nesting.
    pub subst_depth: u32,
    /// >0 while evaluating a condition (`if`, `while`, `&&`, `!`): `set -e` is off there.
    pub in_condition: u32,
    /// Loops around the current point (for `break`/`continue`).
    pub loop_depth: u32,
    /// Contents of `<(...)` process substitutions, by their `/dev/fd/N` path. A simple
    /// command drops the ones its own words created when it ends.
    pub proc_subs: Vec<(String, Bytes)>,
    /// `>(...)` substitutions of the current command: the path, what was written to it, and
    /// the commands that read it when the current command ends.
    pub proc_out: Vec<(
        String,
        Arc<std::sync::Mutex<crate::io::Capture>>,
        crate::syntax::ast::List,
    )>,
    /// Where messages say they come from.
    pub source: Source,
    /// The line of the command being run (`LINENO`).
    pub line: u32,
    /// The source text of the simple command being run (`BASH_COMMAND`).
    pub bash_command: String,
    /// Traps being run: `BASH_COMMAND` keeps the command that was running when they fired.
    pub in_trap: u32,
    /// Status of the last command substitution of the current simple command.
    pub subst_status: Option<i32>,
    /// Set by a lookup with a negative index before the start of an array, for the
    /// expansion to report `NAME: bad array subscript`.
    pub bad_subscript: Option<String>,
    /// The descriptors set by `exec` with only redirections (`exec >log 3<in`): they
    /// replace the inherited ones for every later command of this shell.
    pub exec_io: Option<Io>,
    /// Bumped by every such `exec`, so enclosing lists notice the change.
    pub exec_gen: u64,
    /// Files opened by `exec`, flushed after every command.
    pub exec_sinks: Vec<Arc<crate::io::FileSink>>,
    /// `subst_depth` where this shell process began (`bash -c` starts a new one), so
    /// `BASH_SUBSHELL` counts from 0 in it.
    pub process_base: u32,
    /// Command-substitution nesting, for the repeated first character of `set -x`'s PS4.
    pub xtrace_level: u32,
    /// Where each running function was called from: the line and the file (`None` for
    /// top-level `-c` code, which has no file), innermost last. For `caller`.
    pub call_sites: Vec<(u32, Option<String>)>,
    /// `set -x` lines of the assignments of the current command, printed with it.
    pub traced_assignments: Vec<String>,
    /// Array assignments given to a declaration builtin (`declare -A m=(...)`), performed
    /// by the builtin after it has set the attributes.
    pub decl_arrays: Vec<crate::syntax::ast::Assignment>,
}

impl Shell {
    /// A shell over `st` for run `rt`.
    pub fn new(st: ShellState, rt: Arc<Runtime>, source: Source) -> Self {
        Shell {
            deadline: None,
            st,
            rt,
            call_depth: 0,
            subst_depth: 0,
            in_condition: 0,
            loop_depth: 0,
            proc_subs: Vec::new(),
            proc_out: Vec::new(),
            source,
            line: 1,
            bash_command: String::new(),
            in_trap: 0,
            subst_status: None,
            bad_subscript: None,
            xtrace_level: 0,
            process_base: 0,
            call_sites: Vec::new(),
            exec_io: None,
            exec_sinks: Vec::new(),
            exec_gen: 0,
            decl_arrays: Vec::new(),
            traced_assignments: Vec::new(),
        }
    }

    /// A copy for a subshell, pipeline stage or substitution.
    pub fn subshell(&self) -> Result<Shell, Error> {
        if self.subst_depth >= self.rt.limits.max_substitution_depth {
            return Err(Error::limit(format!(
                "subshell nesting limit of {} exceeded",
                self.rt.limits.max_substitution_depth
            )));
        }
        Ok(Shell {
            deadline: self.deadline,
            st: self.st.clone(),
            rt: self.rt.clone(),
            call_depth: self.call_depth,
            subst_depth: self.subst_depth + 1,
            in_condition: self.in_condition,
            loop_depth: 0,
            proc_subs: self.proc_subs.clone(),
            proc_out: Vec::new(),
            source: self.source.clone(),
            line: self.line,
            bash_command: self.bash_command.clone(),
            in_trap: self.in_trap,
            subst_status: None,
            bad_subscript: None,
            xtrace_level: self.xtrace_level,
            process_base: self.process_base,
            call_sites: self.call_sites.clone(),
            exec_io: self.exec_io.clone(),
            exec_sinks: self.exec_sinks.clone(),
            exec_gen: 0,
            decl_arrays: Vec::new(),
            traced_assignments: Vec::new(),
        })
    }

    /// The prefix of a shell error message: `bash: line 1: ` or `script.sh: line 3: `.
    pub fn err_prefix(&self) -> String {
        format!("{}: line {}: ", self.source.name, self.line)
    }

    /// Writes a shell error message (`bash: x: readonly variable`) to `io.stderr`.
    pub async fn report(&self, io: &Io, msg: &str) -> Result<(), Error> {
        let text = format!("{}{}\n", self.err_prefix(), msg);
        match io.stderr.write(text.as_bytes()).await {
            Err(e) if matches!(e.kind(), ErrorKind::BrokenPipe | ErrorKind::BadDescriptor) => {
                Ok(())
            }
            other => other,
        }
    }
}

//! Running a utility from inside a command (`xargs`, `find -exec`, `env`, `timeout`): a
//! fresh process-like shell with the given environment and working directory runs `argv`
//! the way `execvp` would: registered commands, the builtins that also exist as programs
//! (`echo`, `printf`, `test` ...), `bash`/`sh`, and scripts by path or on `PATH`.
//! Functions and shell-only builtins (`cd`, `export`) are not programs and are not found.

use std::sync::Arc;

use crate::error::{Error, ErrorKind, Result};
use crate::eval::shell::{Flow, Io, Runtime, Shell, Source};
use crate::eval::state::ShellState;
use crate::io::{Input, Output};
use crate::sync::{BoxFuture, boxed};

/// What a utility is run with.
pub struct SpawnRequest {
    /// The argument vector; `argv[0]` names the utility.
    pub argv: Vec<String>,
    /// The environment (exported variables), exactly.
    pub env: Vec<(String, String)>,
    /// The working directory.
    pub cwd: String,
    /// Standard input.
    pub stdin: Input,
    /// The clock reading at which `timeout` ends the utility (see [`Shell::deadline`]).
    pub deadline: Option<std::time::Duration>,
    /// Standard output.
    pub stdout: Output,
    /// Standard error.
    pub stderr: Output,
}

/// Builtins that coreutils and procps also ship as programs, so `xargs echo` works.
pub(crate) const PROGRAM_BUILTINS: &[&str] = &[
    "echo", "printf", "true", "false", "test", "[", "pwd", "kill", "sleep",
];

/// Runs a utility and returns its exit status. `Err` with [`ErrorKind::NotFound`] when no
/// such utility exists (callers print `NAME: 'x': No such file or directory` and use 127),
/// and the run's fatal errors (cancellation, limits).
pub fn spawn(rt: Arc<Runtime>, req: SpawnRequest) -> BoxFuture<'static, Result<i32>> {
    boxed(async move {
        let Some(name) = req.argv.first().cloned() else {
            return Err(Error::new(ErrorKind::NotFound));
        };
        let st = ShellState::process(req.env, req.cwd.clone(), name.clone());
        let mut sh = Shell::new(st, rt.clone(), Source::new(&name, false, ""));
        sh.deadline = req.deadline;
        let io = Io::new(req.stdin, req.stdout, req.stderr);
        let base = name.rsplit('/').next().unwrap_or(&name);
        let in_bin =
            !name.contains('/') || name.starts_with("/bin/") || name.starts_with("/usr/bin/");
        let known = in_bin
            && (rt.registry.get(base).is_some()
                || rt.registry.program(base).is_some()
                || PROGRAM_BUILTINS.contains(&base)
                || matches!(base, "bash" | "sh"));
        if !known {
            let path = if name.contains('/') {
                Some(crate::vfs::path::normalize(&req.cwd, &name))
            } else {
                sh.find_on_path(&name).await
            };
            match path {
                Some(p) if rt.vfs.stat(&p).await.is_ok() => {}
                _ => return Err(Error::new(ErrorKind::NotFound)),
            }
        }
        let r = if in_bin && PROGRAM_BUILTINS.contains(&base) && rt.registry.get(base).is_none() {
            let mut argv = req.argv;
            argv[0] = base.to_string();
            sh.run_command(argv, &io).await
        } else {
            sh.run_external(req.argv, &io).await
        };
        match r {
            Ok(s) => Ok(s),
            Err(Flow::Exit(s) | Flow::Return(s) | Flow::Abort(s)) => Ok(s),
            Err(Flow::ExpansionError) => Ok(1),
            Err(Flow::Break(_) | Flow::Continue(_)) => Ok(sh.st.last_status),
            Err(Flow::Fatal(e)) => Err(e),
        }
    })
}

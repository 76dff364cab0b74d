//! Resource limits of one run, each with a sane default and an override.
//!
//! Hitting a limit stops the script with a clear message on stderr and exit status
//! [`LIMIT_EXIT_CODE`]; the workspace stays usable.
//!
//! Nesting (function calls, substitutions) is evaluated by nested futures, so it uses the
//! polling thread's stack: about 20 KB per level in release builds and several times that in
//! debug builds. Embedders run scripts on a thread with a large stack ([`RECOMMENDED_STACK`]);
//! the call-depth default is sized for it.

use std::time::Duration;

/// The stack size a thread running scripts should have with the default limits.
pub const RECOMMENDED_STACK: usize = 256 << 20;

/// The exit status of a run stopped by a limit.
pub const LIMIT_EXIT_CODE: i32 = 124;
/// The exit status of a cancelled run (128 + SIGINT).
pub const CANCEL_EXIT_CODE: i32 = 130;

/// Per-run limits. `Limits::default()` suits an agent; every field can be raised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Simple commands executed in one run.
    pub max_commands: u64,
    /// Iterations of all loops together in one run.
    pub max_loop_iterations: u64,
    /// Nesting of function calls, `source` and `eval`.
    pub max_call_depth: u32,
    /// Nesting of command and process substitutions and subshells.
    pub max_substitution_depth: u32,
    /// Bytes written to the run's stdout, and separately to its stderr.
    pub max_output_bytes: u64,
    /// Size of one file written through the shell, and of one variable value.
    pub max_file_size: u64,
    /// Words one brace expansion may produce.
    pub max_brace_expansion: usize,
    /// Paths one glob may match.
    pub max_glob_matches: usize,
    /// Wall time of the run, measured with the embedder's clock.
    pub wall_time: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_commands: 10_000_000,
            max_loop_iterations: 10_000_000,
            max_call_depth: 500,
            max_substitution_depth: 64,
            max_output_bytes: 64 << 20,
            max_file_size: 256 << 20,
            max_brace_expansion: 1_000_000,
            max_glob_matches: 100_000,
            wall_time: None,
        }
    }
}

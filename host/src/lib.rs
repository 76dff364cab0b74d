//! mirage-host: everything behind the `mirage` binary, as a library so tests and the
//! benchmark example can use it.
//!
//! - [`clock::TokioClock`]: the host [`mirage_core::Clock`].
//! - [`disk::DiskBackend`]: a backend confined to a host folder.
//! - [`mounts`]: `--mount PATH=SPEC[,ro]` parsing and opening backends.
//! - [`session`]: the workspace built from the command line (the one module that calls
//!   mirage-core's `Workspace`).
//! - [`cli`], [`exec`], [`repl`]: the command line, `mirage exec` and `mirage shell`.

pub mod cli;
pub mod clock;
pub mod disk;
pub mod exec;
pub mod mounts;
pub mod repl;
pub mod session;

/// The tokio runtime of the binary: two workers (Ctrl-C and timers stay live while a script
/// keeps one busy), with I/O, time and signals enabled.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

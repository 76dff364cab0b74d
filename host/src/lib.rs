//! mirage-host: everything behind the `mirage` binary, as a library so tests and the
//! benchmark example can use it.
//!
//! - [`clock::TokioClock`]: the host [`mirage_core::Clock`].
//! - [`disk::DiskBackend`]: a backend confined to a host folder.
//! - [`netio`]: the shared tokio runtime the network backends (Redis, S3) do their I/O on.
//! - [`redis::RedisBackend`]: a backend stored in Redis under a key prefix.
//! - [`s3::S3Backend`]: a bucket (or a prefix of one) over `aws-sdk-s3`.
//! - [`mounts`]: `--mount PATH=SPEC[,ro]` parsing and opening backends.
//! - [`session`]: the workspace built from the command line (the one module that calls
//!   mirage-core's `Workspace`).
//! - [`cli`], [`exec`], [`repl`]: the command line, `mirage exec` and `mirage shell`.
//! - [`wasi`] (feature `wasi`): untrusted tools as WASI components in wasmtime.

pub mod cli;
pub mod clock;
pub mod disk;
pub mod exec;
pub mod mounts;
pub mod netio;
pub mod redis;
pub mod repl;
pub mod s3;
pub mod session;
#[cfg(feature = "wasi")]
pub mod wasi;

use std::future::Future;

/// The tokio runtime of the binary: two workers (Ctrl-C and timers stay live while a script
/// keeps one busy), each with the stack mirage-core asks of threads that run scripts
/// ([`mirage_core::limits::RECOMMENDED_STACK`]: nesting is evaluated on the stack), with
/// I/O, time and signals enabled.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_stack_size(mirage_core::limits::RECOMMENDED_STACK)
        .enable_all()
        .build()?)
}

/// Runs `fut` on a runtime worker (with its large stack) instead of the calling thread,
/// and waits for it. A panic in `fut` is resumed here.
pub async fn on_worker<T: Send + 'static>(
    fut: impl Future<Output = T> + Send + 'static,
) -> anyhow::Result<T> {
    match tokio::spawn(fut).await {
        Ok(v) => Ok(v),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(e) => Err(anyhow::anyhow!("the script runner stopped: {e}")),
    }
}

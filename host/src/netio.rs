//! The runtime that network backends (Redis, S3) do their I/O on, whatever executor polls
//! the VFS.
//!
//! mirage-core's futures are executor-agnostic: the CLI polls them on tokio, the tests with
//! `futures::executor::block_on`, FUSE from its own threads. The `redis` and `aws-sdk-s3`
//! clients need a tokio reactor. So a network backend hands each request to [`run`], which
//! spawns it on one process-wide multi-threaded runtime ("mirage-io", two workers, created on
//! first use) and awaits the task's handle, which any executor can poll.
//!
//! Dropping the future returned by [`run`] (a cancelled script) does not abort the request:
//! it completes on the I/O runtime. Backends rely on this for atomicity: a write is one
//! request (a Lua script, a PutObject) that either lands whole or not at all.

use std::future::Future;
use std::sync::OnceLock;

use mirage_core::{Error, ErrorKind, Result};
use tokio::runtime::{Handle, Runtime};

static RUNTIME: OnceLock<std::result::Result<Runtime, String>> = OnceLock::new();

/// The handle of the shared I/O runtime, creating it on first use.
pub fn handle() -> Result<Handle> {
    let rt = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("mirage-io")
            .enable_all()
            .build()
            .map_err(|e| e.to_string())
    });
    match rt {
        Ok(rt) => Ok(rt.handle().clone()),
        Err(e) => Err(Error::new(ErrorKind::Backend).with_detail(format!("io runtime: {e}"))),
    }
}

/// Runs `fut` on the shared I/O runtime and waits for its result from any executor.
///
/// `who` names the backend in the error returned when the task itself fails (a panic in a
/// client library).
pub async fn run<F>(who: &'static str, fut: F) -> Result<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let task = handle()?.spawn(fut);
    task.await.map_err(|e| {
        let what = if e.is_panic() { "panicked" } else { "stopped" };
        Error::new(ErrorKind::Backend).with_detail(format!("{who}: request task {what}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_tokio_io_from_a_plain_executor() {
        // tokio's timer needs a tokio context: it works here only because `run` moves it.
        let got = futures::executor::block_on(run("test", async {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            7
        }));
        assert_eq!(got.ok(), Some(7));
    }

    #[test]
    fn a_panicking_request_is_a_backend_error() {
        let got = futures::executor::block_on(run("test", async {
            if std::hint::black_box(true) {
                panic!("boom");
            }
        }));
        let e = got.err().map(|e| (e.kind(), e.reason()));
        assert_eq!(
            e,
            Some((ErrorKind::Backend, "test: request task panicked".into()))
        );
    }
}

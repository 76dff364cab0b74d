//! [`S3Backend`]: a bucket (or a prefix of one) as a mirage filesystem, over `aws-sdk-s3`.
//! Mount spec: `s3://BUCKET[/PREFIX]?endpoint=URL&region=R[&concurrency=N]` ([`S3Config`]),
//! keys from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`.
//!
//! How the filesystem maps onto the bucket (the same choices as mirage-wasm's fetch-based
//! S3 backend, so a bucket looks the same from both):
//! - a file `a/b.txt` is the object `{prefix}a/b.txt`; a directory is a key prefix
//!   `{prefix}a/`, plus a zero-byte marker object `{prefix}a/` when it must exist while
//!   empty (`mkdir`, and a parent whose last entry was removed or renamed away);
//! - `list` is ListObjectsV2 with delimiter `/`, `walk` ListObjectsV2 without one (both
//!   every page); `stat` is HEAD, then a one-key listing for directories;
//! - `read` is GetObject (a `Range` header for ranges: only the range is transferred; a
//!   range past the end, 416, reads empty); `read_many` sends the GETs concurrently, at
//!   most `concurrency` (default 32) in flight per mount;
//! - `write` is one PutObject, or a multipart upload above
//!   [`S3Config::multipart_threshold`] (8 MiB parts): the object appears whole or not at
//!   all. The parent must exist (the mount root, a prefix with keys or a marker);
//! - `rename` copies (CopyObject) then deletes, object by object: it is **not atomic** (a
//!   failure midway leaves both copies; readers may see both); objects over 5 GiB cannot
//!   be copied in one request and fail;
//! - conditional writes: `mkdir` writes its marker with `If-None-Match: *` (a racing
//!   `mkdir` gets `AlreadyExists`), `append` reads the object and its ETag then writes with
//!   `If-Match: ETAG` (or `If-None-Match: *` for a new file) and starts over on 412. S3 has
//!   both since 2024; s3s-fs 0.14 honours both on PutObject and CompleteMultipartUpload
//!   (checked then written, not under a lock, so a race inside the server can slip by);
//!   a server answering 501 to the marker's condition gets a plain PUT;
//! - requests use the SDK's standard retry mode (3 attempts, exponential backoff with
//!   jitter from 100 ms, on throttling, 5xx and lost connections) and time out (connect
//!   5 s, one attempt 120 s, a request with its retries 300 s); see [`S3Config`];
//! - errors: 404 / `NoSuchKey` is `NotFound`, 403 `PermissionDenied`, a lost server a
//!   backend error whose message names the cause (`s3: connection refused`).
//!
//! Every operation runs as one task on the shared I/O runtime ([`crate::netio::run`]), so
//! it works under any executor and finishes even when the script is cancelled (a write is
//! never left half done by a cancel).
//!
//! Servers that store objects as files (s3s-fs, used by the tests) keep markers and parents
//! as folders: they never list an empty folder (an empty subdirectory is missing from its
//! parent's `ls`, though `stat`, `cd` and `ls` of it work), and they answer a HEAD of a
//! folder with 500, which is read as "a directory" (and never retried). Such a hidden
//! empty folder also survives `rm -r` and `mv` of its parent.
//!
//! [`S3Backend::stats`] counts the requests by kind and the most in flight at once.

mod client;
mod config;
mod errors;
mod policy;
mod stats;
mod tree;

use std::future::Future;
use std::ops::Range;
use std::sync::Arc;

use bytes::Bytes;
use mirage_core::Result;
use mirage_core::vfs::{Backend, Capability, DirEntry, Metadata, WalkEntry};

use crate::netio;
use client::Client;

pub use config::{DEFAULT_CONCURRENCY, DEFAULT_MULTIPART_THRESHOLD, MIN_PART_SIZE, S3Config};
pub use stats::{RequestKind, S3Stats};

/// A bucket, or a prefix of one, as a filesystem.
#[derive(Clone)]
pub struct S3Backend {
    client: Arc<Client>,
}

impl std::fmt::Debug for S3Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("S3Backend").field(&self.client.cfg).finish()
    }
}

impl S3Backend {
    /// A backend for `cfg`. Sends nothing yet; fails only without access keys.
    pub fn new(cfg: S3Config) -> Result<S3Backend> {
        // The SDK's default HTTP client and sleep are tokio's: build them inside the
        // runtime they will run on.
        let handle = netio::handle()?;
        let _guard = handle.enter();
        Ok(S3Backend {
            client: Arc::new(Client::new(cfg)?),
        })
    }

    /// The mount's settings.
    pub fn config(&self) -> &S3Config {
        &self.client.cfg
    }

    /// The request counters so far (see [`S3Stats`]).
    pub fn stats(&self) -> S3Stats {
        self.client.counters.snapshot()
    }

    /// Sets the request counters back to zero.
    pub fn reset_stats(&self) {
        self.client.counters.reset();
    }

    /// Runs one operation as a task on the I/O runtime.
    async fn run<T, F, Fut>(&self, op: &'static str, f: F) -> Result<T>
    where
        F: FnOnce(Arc<Client>) -> Fut,
        Fut: Future<Output = Result<T>> + Send + 'static,
        T: Send + 'static,
    {
        netio::run("s3", f(self.client.clone()))
            .await
            .and_then(|r| r)
            .map_err(|e| e.with_op(op))
    }
}

impl Backend for S3Backend {
    fn name(&self) -> &'static str {
        "s3"
    }

    fn capability(&self) -> Capability {
        Capability::object_store()
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        let path = path.to_string();
        self.run("stat", |c| async move { tree::stat(&c, &path).await })
            .await
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        let path = path.to_string();
        self.run(
            "read",
            |c| async move { tree::read(&c, &path, range).await },
        )
        .await
    }

    async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        let owned = paths.to_vec();
        let all = self
            .run(
                "read",
                |c| async move { Ok(tree::read_many(&c, &owned).await) },
            )
            .await;
        match all {
            Ok(results) => results,
            Err(e) => paths.iter().map(|_| Err(e.clone())).collect(),
        }
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        let path = path.to_string();
        self.run("list", |c| async move { tree::list(&c, &path).await })
            .await
    }

    async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        let path = path.to_string();
        self.run("walk", |c| async move { tree::walk(&c, &path).await })
            .await
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        let path = path.to_string();
        self.run(
            "write",
            |c| async move { tree::write(&c, &path, data).await },
        )
        .await
    }

    async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        let path = path.to_string();
        self.run(
            "append",
            |c| async move { tree::append(&c, &path, data).await },
        )
        .await
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        let path = path.to_string();
        self.run(
            "mkdir",
            |c| async move { tree::create_dir(&c, &path).await },
        )
        .await
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        let path = path.to_string();
        self.run("remove", |c| async move {
            tree::remove(&c, &path, recursive).await
        })
        .await
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        let (from, to) = (from.to_string(), to.to_string());
        self.run(
            "rename",
            |c| async move { tree::rename(&c, &from, &to).await },
        )
        .await
    }
}

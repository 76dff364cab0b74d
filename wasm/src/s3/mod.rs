//! S3 over `fetch`: a [`Backend`](mirage_core::vfs::Backend) for buckets reached from
//! browsers, edge workers and node (>= 18) through the global `fetch`.
//!
//! The pure parts build and are unit-tested natively (`cargo test -p mirage-wasm`):
//! [`sigv4`] (our own SigV4 signer on `sha2`, checked against AWS's published test vectors;
//! it keeps the `.wasm` smaller than `aws-sigv4` would), [`xml`] (ListObjectsV2 pages, error
//! bodies, dates) and [`config`] (keys, prefixes, URLs). The transport (`fetch`) and the
//! backend itself are wasm-only. A native S3 backend (issue 4) uses aws-sdk-s3 instead.
//!
//! How the filesystem maps onto a bucket (path-style URLs, `{endpoint}/{bucket}/{key}`):
//! - a file `a/b.txt` is the object `{prefix}a/b.txt`; a directory is a key prefix
//!   `{prefix}a/`, plus a zero-byte marker object `{prefix}a/` when it is empty (created by
//!   `mkdir`, and for a parent whose last entry was removed or renamed away);
//! - `list` is ListObjectsV2 with delimiter `/`, `walk` one ListObjectsV2 without a delimiter
//!   (both paginated); `read` is GetObject (with a `Range` header for ranges), `stat` HEAD
//!   then a one-key listing for directories;
//! - `rename` copies (`x-amz-copy-source`) then deletes, object by object: it is **not
//!   atomic** (a failure midway leaves both copies, readers may see both);
//! - every request of a mount waits for one of `concurrency` slots (default 32), so
//!   `read_many` (grep -r, cat of many files) keeps at most that many GETs in flight;
//! - errors: 404 / `NoSuchKey` is `NotFound`, 403 `PermissionDenied` (the S3 code is in the
//!   message), a network failure (refused connection, CORS, DNS) is a backend error whose
//!   message names the endpoint and the cause.
//!
//! Read-only mounts are enforced by the mount table (`EROFS`), before any request.

pub mod config;
pub mod limit;
pub mod sigv4;
pub mod xml;

#[cfg(target_arch = "wasm32")]
mod backend;
#[cfg(target_arch = "wasm32")]
mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod js;

#[cfg(target_arch = "wasm32")]
pub use backend::S3Backend;

//! [`RedisBackend`]: a [`Backend`] stored in Redis, so many workspaces (each under its own
//! key prefix) can share one server. Mount spec: `redis://HOST:PORT/DB?prefix=NAME`.
//!
//! # Key layout
//!
//! With prefix `P` (default `mirage`; `[A-Za-z0-9_.-]+`, so no prefix is another's
//! beginning once the `:` is added), for an entry at backend path `a/b`:
//!
//! | key | type | holds |
//! |---|---|---|
//! | `P:m:a/b` | hash | `t` (`f` file, `d` dir, `l` link), `s` size, `m` mtime (ns since the epoch), `p` mode when set, `l` link target |
//! | `P:d:a/b` | string | the file's contents |
//! | `P:c:a/b` | set | the names of a directory's children |
//! | `P:all` | sorted set | every path, score 0, read with `ZRANGEBYLEX` |
//! | `P:done:TOKEN` | string | the status of one mutation, for a minute (see below) |
//!
//! The root `""` always exists: its hash `P:m:` appears once it gets an mtime or a mode.
//! An entry exists exactly when its hash does, and then every ancestor is a directory.
//!
//! # Atomicity
//!
//! Every operation is one call of one Lua script (`backend.lua`, sent as `EVALSHA`, with
//! `EVAL` when the server lacks it), which checks the preconditions of the trait's
//! `# Behavior` lists first and then changes data and indexes together. Redis runs a script
//! alone, so a reader never sees a partly written file, and a dropped connection or a
//! cancelled script leaves either all or nothing of a write, a recursive remove or a
//! directory rename: never an orphaned index entry. (Large trees block the server while
//! they are renamed or removed.) Each script reads everything it checks before its first
//! write, and Redis refuses a script for lack of memory only before that first write, so
//! a refused mutation changes nothing. The script derives its keys from paths, so the
//! server must be a single instance, not a cluster.
//!
//! # Round trips
//!
//! Each operation is one request: `stat`, `read` (ranged reads use `GETRANGE`),
//! `read_many` (the whole batch), `list` (names and metadata, O(children)), `walk` (the
//! `ZRANGEBYLEX` range of `path/` plus metadata; never `SCAN` or `KEYS`), and each
//! mutation. [`RedisBackend::stats`] counts them. A request refused at connection or whose
//! connection dropped is retried once; a mutation carries a unique token that the script
//! records (key `P:done:TOKEN`, expiring after a minute), so a retried mutation that had
//! already run returns its first status instead of running twice.
//!
//! Failures of the server are [`ErrorKind::Backend`] whose detail is what commands print:
//! `redis: connection refused`, `redis: connection lost`, `redis: timed out`, or
//! `redis: <server error>`.

mod conn;
mod reply;
mod spec;

use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use mirage_core::vfs::{Backend, Capability, DirEntry, Metadata, WalkEntry};
use mirage_core::{Clock, Error, ErrorKind, Result};

use conn::Conn;
pub use conn::{CONNECT_TIMEOUT, RESPONSE_TIMEOUT};
pub use spec::{DEFAULT_PREFIX, RedisSpec, valid_prefix};

/// Round trips of one [`RedisBackend`], from [`RedisBackend::stats`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RedisStats {
    /// Requests sent to the server (each `EVALSHA`, `EVAL` fallback and retry counts once).
    pub round_trips: u64,
}

/// A backend whose files live in Redis under one key prefix.
#[derive(Clone)]
pub struct RedisBackend {
    conn: Conn,
    prefix: String,
    clock: Option<Arc<dyn Clock>>,
    /// When the clock was given: the root's mtime until the root gets one of its own
    /// (as RAM, whose root is stamped when it gets its clock).
    born: Option<Duration>,
}

impl std::fmt::Debug for RedisBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisBackend")
            .field("prefix", &self.prefix)
            .field("stats", &self.stats())
            .finish()
    }
}

impl RedisBackend {
    /// Connects to the server of a mount spec `redis://HOST:PORT/DB?prefix=NAME`.
    ///
    /// # Errors
    /// `InvalidPath` for a malformed spec; `Backend` (`redis: connection refused` ...) when
    /// the server cannot be reached.
    pub async fn connect(url: &str) -> Result<RedisBackend> {
        let spec: RedisSpec = url
            .parse()
            .map_err(|e: String| Error::new(ErrorKind::InvalidPath).with_detail(e))?;
        Self::open(&spec).await
    }

    /// Connects to the server of a parsed spec.
    pub async fn open(spec: &RedisSpec) -> Result<RedisBackend> {
        let conn = Conn::connect(&spec.client_url(), &spec.prefix).await?;
        Ok(RedisBackend {
            conn,
            prefix: spec.prefix.clone(),
            clock: None,
            born: None,
        })
    }

    /// Stamps modification times from `clock` (the workspace clock, so listings print the
    /// same as on RAM) instead of the host's system time.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.born = Some(clock.now());
        self.clock = Some(clock);
        self
    }

    /// The same server and connection under another key prefix, with its own counter.
    ///
    /// # Errors
    /// `InvalidPath` when `prefix` is not `[A-Za-z0-9_.-]+`.
    pub fn with_prefix(&self, prefix: &str) -> Result<RedisBackend> {
        if !valid_prefix(prefix) {
            return Err(Error::new(ErrorKind::InvalidPath)
                .with_detail(format!("redis: bad key prefix '{prefix}'")));
        }
        Ok(RedisBackend {
            conn: self.conn.with_prefix(prefix),
            prefix: prefix.to_string(),
            clock: self.clock.clone(),
            born: self.born,
        })
    }

    /// The key prefix (without its `:`).
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Round trips so far: every request this backend (not its [`with_prefix`]
    /// siblings) sent to the server.
    ///
    /// [`with_prefix`]: Self::with_prefix
    pub fn stats(&self) -> RedisStats {
        RedisStats {
            round_trips: self.conn.requests(),
        }
    }

    fn now(&self) -> Bytes {
        let t = match &self.clock {
            Some(c) => c.now(),
            None => SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default(),
        };
        Bytes::from(reply::nanos(t))
    }

    /// One read-only request.
    async fn query(&self, op: &'static str, args: Vec<Bytes>) -> Result<Vec<Vec<u8>>> {
        self.conn.call(op, args, false).await
    }

    /// A listing (`list`, `walk`) of `path`, one `make(name, meta)` per record.
    async fn records<T>(
        &self,
        op: &'static str,
        path: &str,
        make: fn(String, Metadata) -> T,
    ) -> Result<Vec<T>> {
        let reply = self.query(op, vec![arg(path)?]).await?;
        let entries = reply::entries(&reply)?;
        Ok(entries.into_iter().map(|(n, m)| make(n, m)).collect())
    }

    /// One mutation with `args`.
    async fn change(&self, op: &'static str, args: Vec<Bytes>) -> Result<()> {
        self.conn.call(op, args, true).await.map(|_| ())
    }

    /// One mutation with `args` then the current time.
    async fn mutate(&self, op: &'static str, mut args: Vec<Bytes>) -> Result<()> {
        args.push(self.now());
        self.change(op, args).await
    }

    /// Writes or appends `data`.
    async fn put(&self, path: &str, data: Bytes, append: bool) -> Result<()> {
        let args = vec![arg(path)?, data, self.now(), flag(append)];
        self.change("write", args).await
    }
}

/// A path as a script argument, after checking it has no `.`, `..` or empty component.
fn arg(path: &str) -> Result<Bytes> {
    let path = path.trim_matches('/');
    if !path.is_empty()
        && path
            .split('/')
            .any(|c| c.is_empty() || c == "." || c == "..")
    {
        return Err(Error::new(ErrorKind::InvalidPath));
    }
    Ok(Bytes::copy_from_slice(path.as_bytes()))
}

fn flag(on: bool) -> Bytes {
    Bytes::from_static(if on { b"1" } else { b"0" })
}

/// The first string of a reply (file contents, a link target).
fn first(reply: Vec<Vec<u8>>) -> Result<Vec<u8>> {
    reply.into_iter().next().ok_or_else(conn::unexpected)
}

impl Backend for RedisBackend {
    fn name(&self) -> &'static str {
        "redis"
    }

    fn capability(&self) -> Capability {
        Capability::all()
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        let path = arg(path)?;
        let root = path.is_empty();
        let mut meta = reply::meta(&self.query("stat", vec![path]).await?)?;
        if root && meta.mtime.is_none() {
            meta.mtime = self.born;
        }
        Ok(meta)
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        let mut args = vec![arg(path)?];
        if let Some(r) = range {
            // GETRANGE takes signed 64-bit offsets and an inclusive end.
            let clamp = |n: u64| n.min(i64::MAX as u64);
            let (start, end) = (clamp(r.start), clamp(r.end));
            if start >= end {
                args.push(Bytes::from_static(b"empty"));
            } else {
                args.push(Bytes::from(start.to_string()));
                args.push(Bytes::from((end - 1).to_string()));
            }
        }
        Ok(Bytes::from(first(self.query("read", args).await?)?))
    }

    async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        let mut out: Vec<Result<Bytes>> = Vec::with_capacity(paths.len());
        let mut args = Vec::with_capacity(paths.len());
        let mut slots = Vec::with_capacity(paths.len());
        for (i, p) in paths.iter().enumerate() {
            match arg(p) {
                Ok(a) => {
                    args.push(a);
                    slots.push(i);
                    out.push(Ok(Bytes::new()));
                }
                Err(e) => out.push(Err(e)),
            }
        }
        if args.is_empty() {
            return out;
        }
        let reply = match self.conn.call("read_many", args, false).await {
            Ok(r) if r.len() == 2 * slots.len() => r,
            other => {
                let e = other.err().unwrap_or_else(conn::unexpected);
                for &i in &slots {
                    if let Some(slot) = out.get_mut(i) {
                        *slot = Err(e.clone());
                    }
                }
                return out;
            }
        };
        let mut it = reply.into_iter();
        for &i in &slots {
            let (Some(code), Some(data)) = (it.next(), it.next()) else {
                break;
            };
            if let Some(slot) = out.get_mut(i) {
                *slot = match reply::code_error(&code) {
                    None => Ok(Bytes::from(data)),
                    Some(e) => Err(e),
                };
            }
        }
        out
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        self.records("list", path, |name, meta| DirEntry { name, meta })
            .await
    }

    async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        self.records("walk", path, |path, meta| WalkEntry { path, meta })
            .await
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        self.put(path, data, false).await
    }

    async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        self.put(path, data, true).await
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        self.mutate("mkdir", vec![arg(path)?]).await
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        self.mutate("remove", vec![arg(path)?, flag(recursive)])
            .await
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        self.mutate("rename", vec![arg(from)?, arg(to)?]).await
    }

    async fn symlink(&self, target: &str, link: &str) -> Result<()> {
        let target = Bytes::copy_from_slice(target.as_bytes());
        self.mutate("symlink", vec![target, arg(link)?]).await
    }

    async fn read_link(&self, path: &str) -> Result<String> {
        let target = first(self.query("readlink", vec![arg(path)?]).await?)?;
        String::from_utf8(target).map_err(|_| conn::unexpected())
    }

    async fn set_mode(&self, path: &str, mode: u32) -> Result<()> {
        let mode = Bytes::from((mode & 0o7777).to_string());
        self.change("chmod", vec![arg(path)?, mode]).await
    }

    async fn set_mtime(&self, path: &str, mtime: Duration) -> Result<()> {
        let t = Bytes::from(reply::nanos(mtime));
        self.change("touch", vec![arg(path)?, t]).await
    }
}

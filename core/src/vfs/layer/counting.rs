//! [`CountingLayer`]: forwards every call to an inner backend and counts it, so tests can
//! assert how many backend round trips an operation costs ("`cat f1 .. f100` is a handful
//! of `read_many` calls").

use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::Bytes;

use crate::error::Result;
use crate::vfs::backend::{Backend, Capability, DirEntry, DynBackend, Metadata, WalkEntry};

macro_rules! counters {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// Live call counters, shared between a [`CountingLayer`] and the test holding them.
        #[derive(Debug, Default)]
        pub struct Counters {
            $($(#[$doc])* pub $name: AtomicU64,)*
        }

        /// A plain copy of [`Counters`] at one moment.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct CountersSnapshot {
            $($(#[$doc])* pub $name: u64,)*
        }

        impl Counters {
            /// The current values.
            pub fn snapshot(&self) -> CountersSnapshot {
                CountersSnapshot {
                    $($name: self.$name.load(Ordering::Relaxed),)*
                }
            }

            /// Sets every counter back to zero.
            pub fn reset(&self) {
                $(self.$name.store(0, Ordering::Relaxed);)*
            }
        }

        impl CountersSnapshot {
            /// Total backend calls of every kind (`read_many_paths` and `read_bytes`
            /// excluded: they count paths and bytes, not calls).
            pub fn total_calls(&self) -> u64 {
                let mut sum = 0;
                $(sum += self.$name;)*
                sum - self.read_many_paths - self.read_bytes
            }
        }
    };
}

counters! {
    /// `stat` calls.
    stat,
    /// `read` calls (whole or ranged).
    read,
    /// Bytes returned by `read` calls, summed (shows that a ranged read stayed small).
    read_bytes,
    /// `read_many` calls.
    read_many,
    /// Paths passed to `read_many`, summed over calls.
    read_many_paths,
    /// `list` calls.
    list,
    /// `walk` calls.
    walk,
    /// `write` calls.
    write,
    /// `append` calls.
    append,
    /// `create_dir` calls.
    create_dir,
    /// `remove` calls.
    remove,
    /// `rename` calls.
    rename,
    /// `symlink` calls.
    symlink,
    /// `read_link` calls.
    read_link,
    /// `set_mtime` calls.
    set_mtime,
    /// `set_mode` calls.
    set_mode,
}

fn bump(c: &AtomicU64) {
    c.fetch_add(1, Ordering::Relaxed);
}

/// A backend that counts calls and forwards them to `inner`.
#[derive(Clone)]
pub struct CountingLayer {
    inner: Arc<dyn DynBackend>,
    counters: Arc<Counters>,
}

impl std::fmt::Debug for CountingLayer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CountingLayer")
            .field("inner", &self.inner.name())
            .field("counters", &self.counters.snapshot())
            .finish()
    }
}

impl CountingLayer {
    /// Wraps `inner` with fresh counters.
    pub fn new(inner: Arc<dyn DynBackend>) -> Self {
        Self::with_counters(inner, Arc::new(Counters::default()))
    }

    /// Wraps `inner`, counting into `counters` (shareable between layers).
    pub fn with_counters(inner: Arc<dyn DynBackend>, counters: Arc<Counters>) -> Self {
        CountingLayer { inner, counters }
    }

    /// The shared counters.
    pub fn counters(&self) -> Arc<Counters> {
        Arc::clone(&self.counters)
    }

    /// The current counts.
    pub fn snapshot(&self) -> CountersSnapshot {
        self.counters.snapshot()
    }
}

impl Backend for CountingLayer {
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    fn capability(&self) -> Capability {
        self.inner.capability()
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        bump(&self.counters.stat);
        self.inner.stat(path).await
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        bump(&self.counters.read);
        let r = self.inner.read(path, range).await;
        if let Ok(b) = &r {
            self.counters
                .read_bytes
                .fetch_add(b.len() as u64, Ordering::Relaxed);
        }
        r
    }

    async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        bump(&self.counters.read_many);
        self.counters
            .read_many_paths
            .fetch_add(paths.len() as u64, Ordering::Relaxed);
        self.inner.read_many(paths).await
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        bump(&self.counters.list);
        self.inner.list(path).await
    }

    async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        bump(&self.counters.walk);
        self.inner.walk(path).await
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        bump(&self.counters.write);
        self.inner.write(path, data).await
    }

    async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        bump(&self.counters.append);
        self.inner.append(path, data).await
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        bump(&self.counters.create_dir);
        self.inner.create_dir(path).await
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        bump(&self.counters.remove);
        self.inner.remove(path, recursive).await
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        bump(&self.counters.rename);
        self.inner.rename(from, to).await
    }

    async fn symlink(&self, target: &str, link: &str) -> Result<()> {
        bump(&self.counters.symlink);
        self.inner.symlink(target, link).await
    }

    async fn read_link(&self, path: &str) -> Result<String> {
        bump(&self.counters.read_link);
        self.inner.read_link(path).await
    }

    async fn set_mtime(&self, path: &str, mtime: Duration) -> Result<()> {
        bump(&self.counters.set_mtime);
        self.inner.set_mtime(path, mtime).await
    }

    async fn set_mode(&self, path: &str, mode: u32) -> Result<()> {
        bump(&self.counters.set_mode);
        self.inner.set_mode(path, mode).await
    }
}

//! The mount table: which backend serves which part of the virtual tree.
//!
//! A path belongs to the mount with the longest `at` that contains it on whole components
//! (`/data2` is not under `/data`). Without a `/` mount, paths outside every mount do not
//! exist, and the ancestors of mount points (`/` itself, `/mnt` for `/mnt/s3`) appear as
//! directories that hold only the mount points.

use std::sync::Arc;

use crate::error::{Error, ErrorKind, Result};
use crate::vfs::backend::DynBackend;
use crate::vfs::path;

/// Whether a mount accepts changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MountMode {
    /// Reads and writes.
    #[default]
    ReadWrite,
    /// Every mutating call fails with [`ErrorKind::ReadOnly`].
    ReadOnly,
}

/// One mounted backend.
#[derive(Clone)]
pub struct Mount {
    /// The normalised absolute mount point (`/`, `/data`).
    pub at: String,
    /// The backend serving it.
    pub backend: Arc<dyn DynBackend>,
    /// Read-write or read-only.
    pub mode: MountMode,
}

impl Mount {
    /// True when writes are refused (read-only mount, or a backend that cannot write).
    pub fn is_read_only(&self) -> bool {
        self.mode == MountMode::ReadOnly || !self.backend.capability().write
    }
}

impl std::fmt::Debug for Mount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mount")
            .field("at", &self.at)
            .field("backend", &self.backend.name())
            .field("mode", &self.mode)
            .finish()
    }
}

/// The set of mounts, looked up by longest whole-component prefix.
#[derive(Clone, Debug, Default)]
pub struct MountTable {
    /// Sorted by `at`, component-wise.
    mounts: Vec<Mount>,
}

impl MountTable {
    /// An empty table.
    pub fn new() -> Self {
        MountTable { mounts: Vec::new() }
    }

    /// Mounts `backend` at `at` (normalised against `/`).
    ///
    /// # Errors
    /// `AlreadyExists` when something is already mounted at the same point.
    pub fn mount(&mut self, at: &str, backend: Arc<dyn DynBackend>, mode: MountMode) -> Result<()> {
        let at = path::normalize("/", at);
        match self
            .mounts
            .binary_search_by(|m| path::cmp_components(&m.at, &at))
        {
            Ok(_) => Err(Error::new(ErrorKind::AlreadyExists)
                .with_op("mount")
                .with_path(at)),
            Err(i) => {
                self.mounts.insert(i, Mount { at, backend, mode });
                Ok(())
            }
        }
    }

    /// The mounts, sorted by mount point (a parent before its children).
    pub fn mounts(&self) -> impl Iterator<Item = &Mount> {
        self.mounts.iter()
    }

    /// Number of mounts.
    pub fn len(&self) -> usize {
        self.mounts.len()
    }

    /// True when nothing is mounted.
    pub fn is_empty(&self) -> bool {
        self.mounts.is_empty()
    }

    /// The mount serving `abs_path` and the path relative to it (`""` for its root).
    ///
    /// # Errors
    /// `NotFound` when no mount contains the path (only possible without a `/` mount).
    pub fn resolve(&self, abs_path: &str) -> Result<(&Mount, String)> {
        self.locate(abs_path)
            .map(|(m, rel)| (m, rel.to_string()))
            .ok_or_else(|| Error::new(ErrorKind::NotFound).with_path(abs_path))
    }

    /// Like [`resolve`](Self::resolve) without allocating: the relative path borrows
    /// `abs_path`.
    pub fn locate<'p>(&self, abs_path: &'p str) -> Option<(&Mount, &'p str)> {
        let mut best: Option<(&Mount, &'p str)> = None;
        for m in &self.mounts {
            if let Some(rel) = path::strip_dir(abs_path, &m.at)
                && best.is_none_or(|(b, _)| m.at.len() > b.at.len())
            {
                best = Some((m, rel));
            }
        }
        best
    }

    /// Like [`locate`](Self::locate), with the mount's index in [`mounts`](Self::mounts).
    pub fn locate_index<'p>(&self, abs_path: &'p str) -> Option<(usize, &'p str)> {
        let mut best: Option<(usize, &'p str)> = None;
        for (i, m) in self.mounts.iter().enumerate() {
            if let Some(rel) = path::strip_dir(abs_path, &m.at)
                && best.is_none_or(|(b, _)| m.at.len() > self.mounts[b].at.len())
            {
                best = Some((i, rel));
            }
        }
        best
    }

    /// The mount at `index` in [`mounts`](Self::mounts) order.
    pub fn get(&self, index: usize) -> Option<&Mount> {
        self.mounts.get(index)
    }

    /// True when `abs_path` is a mount point.
    pub fn is_mount_point(&self, abs_path: &str) -> bool {
        self.mounts.iter().any(|m| m.at == abs_path)
    }

    /// True when some mount point lies strictly below `abs_path`.
    pub fn has_mounts_below(&self, abs_path: &str) -> bool {
        self.mounts
            .iter()
            .any(|m| m.at != abs_path && path::is_within(&m.at, abs_path))
    }

    /// The mounts strictly below `abs_path`.
    pub fn mounts_below<'s>(&'s self, abs_path: &'s str) -> impl Iterator<Item = &'s Mount> + 's {
        self.mounts
            .iter()
            .filter(move |m| m.at != abs_path && path::is_within(&m.at, abs_path))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::vfs::memory::MemoryBackend;

    fn ram() -> Arc<dyn DynBackend> {
        Arc::new(MemoryBackend::new())
    }

    #[test]
    fn longest_whole_component_prefix() {
        let mut t = MountTable::new();
        t.mount("/", ram(), MountMode::ReadWrite).unwrap();
        t.mount("/data", ram(), MountMode::ReadOnly).unwrap();
        t.mount("/data/deep/", ram(), MountMode::ReadWrite).unwrap();
        let cases = [
            ("/", "/", ""),
            ("/x/y", "/", "x/y"),
            ("/data", "/data", ""),
            ("/data/a", "/data", "a"),
            ("/data2", "/", "data2"),
            ("/data/deep", "/data/deep", ""),
            ("/data/deeper", "/data", "deeper"),
            ("/data/deep/z", "/data/deep", "z"),
        ];
        for (p, at, rel) in cases {
            let (m, r) = t.resolve(p).unwrap();
            assert_eq!((m.at.as_str(), r.as_str()), (at, rel), "{p}");
        }
        let ats: Vec<_> = t.mounts().map(|m| m.at.as_str()).collect();
        assert_eq!(ats, ["/", "/data", "/data/deep"]);
    }

    #[test]
    fn duplicate_is_already_exists() {
        let mut t = MountTable::new();
        t.mount("/a", ram(), MountMode::ReadWrite).unwrap();
        let e = t.mount("/a/", ram(), MountMode::ReadWrite).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::AlreadyExists);
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn no_root_mount() {
        let mut t = MountTable::new();
        t.mount("/mnt/a", ram(), MountMode::ReadWrite).unwrap();
        assert_eq!(t.resolve("/x").unwrap_err().kind(), ErrorKind::NotFound);
        assert!(t.resolve("/mnt").is_err());
        assert!(t.has_mounts_below("/"));
        assert!(t.has_mounts_below("/mnt"));
        assert!(!t.has_mounts_below("/mnt/a"));
        assert!(t.is_mount_point("/mnt/a"));
    }
}

//! [`Vfs`]: the filesystem facade the shell uses, over a [`MountTable`].
//!
//! Every method takes an absolute, normalised virtual path (see [`path::normalize`]) and
//! returns errors carrying the operation and that path.
//!
//! # Symbolic links
//! Backends never follow links; the facade does, against the whole virtual tree: a relative
//! target resolves against the link's directory, an absolute one against the virtual root,
//! `..` clamps at `/`, and after 40 links the call fails with `TooManyLinks`. Since the only
//! storage is the mounted backends, a link can never reach anything outside the tree.
//!
//! Calls are optimistic: the operation first runs on the literal path, which succeeds
//! whenever no component is a link (a backend refuses to go through one). Only when it fails
//! with `NotFound`, `NotADirectory`, `InvalidPath` or `ReadOnly`, or `stat` meets a link,
//! and some mount supports links, is the path resolved component by component and the
//! operation retried. So the common case costs one backend call.
//!
//! # Mounts
//! Mount points directly below a listed directory appear in its listing as directories and
//! shadow same-named entries of the parent backend; ancestors of mount points that no
//! backend holds are synthetic, read-only directories. Walks descend into mounts below.

use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::error::{Error, ErrorKind, Result};
use crate::vfs::backend::{DirEntry, Metadata, WalkEntry};
use crate::vfs::mount::{Mount, MountTable};
use crate::vfs::path;

/// Most symbolic links followed while resolving one path (Linux's `MAXSYMLINKS`).
pub const MAX_LINKS: u32 = 40;

/// The virtual filesystem: cheap to clone, shareable across tasks.
#[derive(Clone)]
pub struct Vfs {
    inner: Arc<Inner>,
}

struct Inner {
    table: MountTable,
    /// Some mount supports symbolic links.
    symlinks: bool,
    /// Some mount is not at `/` (so listings and walks may need merging).
    nested: bool,
}

impl std::fmt::Debug for Vfs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vfs")
            .field("mounts", &self.inner.table)
            .finish()
    }
}

/// Where a path lives.
enum Target<'a, 'p> {
    /// In a mount, at this relative path.
    Mount(&'a Mount, &'p str),
    /// A synthetic directory: an ancestor of mount points that no mount contains.
    Virtual,
    /// Outside every mount.
    Missing,
}

fn err(kind: ErrorKind) -> Error {
    Error::new(kind)
}

impl Vfs {
    /// Paths per backend `read_many` call.
    pub const BATCH: usize = 256;
    /// Batches in flight at once in [`read_many`](Self::read_many).
    pub const CONCURRENCY: usize = 8;

    /// A filesystem over `table`.
    pub fn new(table: MountTable) -> Self {
        let symlinks = table.mounts().any(|m| m.backend.capability().symlink);
        let nested = table.mounts().any(|m| m.at != "/");
        Vfs {
            inner: Arc::new(Inner {
                table,
                symlinks,
                nested,
            }),
        }
    }

    /// The mount table.
    pub fn mounts(&self) -> &MountTable {
        &self.inner.table
    }

    fn target<'p>(&self, path: &'p str) -> Target<'_, 'p> {
        match self.inner.table.locate(path) {
            Some((m, rel)) => Target::Mount(m, rel),
            None if path == "/" || self.inner.table.has_mounts_below(path) => Target::Virtual,
            None => Target::Missing,
        }
    }

    /// True when resolving links could turn this failure into a success.
    fn retry(&self, e: &Error) -> bool {
        self.inner.symlinks
            && matches!(
                e.kind(),
                ErrorKind::NotFound
                    | ErrorKind::NotADirectory
                    | ErrorKind::InvalidPath
                    | ErrorKind::ReadOnly
            )
    }

    /// The retry every operation shares: when `first` failed in a way a symbolic link
    /// on the path could explain, resolve the path (the last component followed when
    /// `follow_last`) and run `again` on the real path; otherwise `first` stands.
    async fn or_resolved<T, Fut>(
        &self,
        path: &str,
        follow_last: bool,
        first: Result<T>,
        again: impl FnOnce(String) -> Fut,
    ) -> Result<T>
    where
        Fut: std::future::Future<Output = Result<T>>,
    {
        match first {
            Err(e) if self.retry(&e) => {
                let real = self.resolve(path, follow_last, false).await?;
                if real == path {
                    return Err(e);
                }
                again(real).await
            }
            r => r,
        }
    }

    fn has_mounts_below(&self, path: &str) -> bool {
        self.inner.nested && self.inner.table.has_mounts_below(path)
    }

    /// True when a mutating call on `path` would fail with `ReadOnly` (a read-only mount, a
    /// backend that cannot write, or outside every mount). Links are not resolved.
    pub fn is_read_only(&self, path: &str) -> bool {
        match self.target(path) {
            Target::Mount(m, _) => m.is_read_only(),
            _ => true,
        }
    }

    // ----- resolution -----

    /// Resolves links in `path`; the last component only when `follow_last`. A missing last
    /// component is kept as is; a missing or non-directory intermediate one is an error.
    /// With `check`, intermediate components are checked even when no mount has links.
    async fn resolve(&self, path: &str, follow_last: bool, check: bool) -> Result<String> {
        let mut pending: Vec<String> = Vec::new();
        push_reversed(&mut pending, path);
        let mut out = String::with_capacity(path.len());
        let mut links = 0u32;
        // Bounded: each step consumes a pending component, and at most MAX_LINKS targets
        // (each bounded in length) are ever pushed.
        while let Some(comp) = pending.pop() {
            if comp == ".." {
                let cut = out.rfind('/').unwrap_or(0);
                out.truncate(cut);
                continue;
            }
            let before = out.len();
            out.push('/');
            out.push_str(&comp);
            let is_last = pending.is_empty();
            if is_last && !follow_last {
                break;
            }
            if !self.inner.symlinks && !check {
                continue;
            }
            let meta = match self.lstat_at(&out).await {
                Ok(m) => m,
                Err(e) if e.kind() == ErrorKind::NotFound && is_last => break,
                Err(e) => return Err(e),
            };
            if meta.is_symlink() {
                links += 1;
                if links > MAX_LINKS {
                    return Err(err(ErrorKind::TooManyLinks));
                }
                let target = self.read_link_at(&out).await?;
                if target.starts_with('/') {
                    out.clear();
                } else {
                    out.truncate(before);
                }
                push_reversed(&mut pending, &target);
            } else if !is_last && !meta.is_dir() {
                return Err(err(ErrorKind::NotADirectory));
            }
        }
        if out.is_empty() {
            out.push('/');
        }
        Ok(out)
    }

    /// Resolves every symbolic link in `path` (like `realpath`: the last component may be
    /// missing, every other one must exist). The result is absolute, normalised and inside
    /// the virtual tree.
    ///
    /// # Errors
    /// `NotFound`/`NotADirectory` for a bad intermediate component, `TooManyLinks` after
    /// [`MAX_LINKS`] links.
    pub async fn canonicalize(&self, path: &str) -> Result<String> {
        self.resolve(path, true, true)
            .await
            .map_err(|e| e.with_op("canonicalize").with_path(path))
    }

    /// Makes `path` absolute against `cwd` the way the kernel does: `..` steps out of the
    /// directory a symbolic link points to, not out of the folder holding the link
    /// (`link/../x` is `x` next to the link's target). [`path::normalize`] folds `..`
    /// lexically instead, like bash's logical `cd`; both agree when no link is crossed.
    /// A component that cannot be resolved is folded lexically.
    pub async fn physical(&self, cwd: &str, path: &str) -> String {
        let has_dots = path.split('/').any(|c| c == "..");
        if !self.inner.symlinks || !has_dots {
            return path::normalize(cwd, path);
        }
        let mut out = if path.starts_with('/') {
            String::from("/")
        } else {
            path::normalize("/", cwd)
        };
        let mut resolved = false;
        for comp in path.split('/') {
            match comp {
                "" | "." => {}
                ".." => {
                    if !resolved && let Ok(real) = self.resolve(&out, true, false).await {
                        out = real;
                    }
                    out = path::parent(&out).to_string();
                    resolved = true;
                }
                c => {
                    out = path::join(&out, c);
                    resolved = false;
                }
            }
        }
        out
    }

    // ----- raw single-path operations on a literal path -----

    async fn lstat_at(&self, path: &str) -> Result<Metadata> {
        match self.target(path) {
            Target::Mount(m, rel) => match m.backend.stat(rel).await {
                Err(e) if e.kind() == ErrorKind::NotFound && self.has_mounts_below(path) => {
                    Ok(Metadata::dir(None))
                }
                r => r,
            },
            Target::Virtual => Ok(Metadata::dir(None)),
            Target::Missing => Err(err(ErrorKind::NotFound)),
        }
    }

    async fn read_link_at(&self, path: &str) -> Result<String> {
        match self.target(path) {
            // Nothing is a link on a backend without links: an existing entry is EINVAL.
            Target::Mount(m, rel) if !m.backend.capability().symlink => {
                m.backend.stat(rel).await?;
                Err(err(ErrorKind::InvalidPath))
            }
            Target::Mount(m, rel) => m.backend.read_link(rel).await,
            Target::Virtual => Err(err(ErrorKind::InvalidPath)),
            Target::Missing => Err(err(ErrorKind::NotFound)),
        }
    }

    async fn read_at(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        match self.target(path) {
            Target::Mount(m, rel) => match m.backend.read(rel, range).await {
                Err(e) if e.kind() == ErrorKind::NotFound && self.has_mounts_below(path) => {
                    Err(err(ErrorKind::IsADirectory))
                }
                r => r,
            },
            Target::Virtual => Err(err(ErrorKind::IsADirectory)),
            Target::Missing => Err(err(ErrorKind::NotFound)),
        }
    }

    /// The mount for a mutation of `path`, refusing read-only mounts and synthetic dirs.
    fn writable<'p>(&self, path: &'p str, virtual_kind: ErrorKind) -> Result<(&Mount, &'p str)> {
        match self.target(path) {
            Target::Mount(m, rel) => {
                if m.is_read_only() {
                    Err(err(ErrorKind::ReadOnly))
                } else {
                    Ok((m, rel))
                }
            }
            Target::Virtual => Err(err(virtual_kind)),
            Target::Missing => Err(err(ErrorKind::NotFound)),
        }
    }

    async fn write_at(&self, path: &str, data: Bytes, append: bool) -> Result<()> {
        let (m, rel) = self.writable(path, ErrorKind::IsADirectory)?;
        if rel.is_empty() || self.has_mounts_below(path) {
            return Err(err(ErrorKind::IsADirectory));
        }
        if append {
            m.backend.append(rel, data).await
        } else {
            m.backend.write(rel, data).await
        }
    }

    async fn create_dir_at(&self, path: &str) -> Result<()> {
        let (m, rel) = self.writable(path, ErrorKind::AlreadyExists)?;
        if rel.is_empty() || self.has_mounts_below(path) {
            return Err(err(ErrorKind::AlreadyExists));
        }
        m.backend.create_dir(rel).await
    }

    fn check_not_mount(&self, path: &str) -> Result<()> {
        if self.inner.table.is_mount_point(path) || self.has_mounts_below(path) {
            return Err(err(ErrorKind::PermissionDenied).with_detail("mount point busy"));
        }
        Ok(())
    }

    async fn remove_at(&self, path: &str, recursive: bool) -> Result<()> {
        self.check_not_mount(path)?;
        let (m, rel) = self.writable(path, ErrorKind::PermissionDenied)?;
        m.backend.remove(rel, recursive).await
    }

    // ----- public API -----

    /// Metadata of `path`, following symbolic links.
    pub async fn stat(&self, path: &str) -> Result<Metadata> {
        self.stat_inner(path)
            .await
            .map_err(|e| e.with_op("stat").with_path(path))
    }

    async fn stat_inner(&self, path: &str) -> Result<Metadata> {
        match self.lstat_at(path).await {
            Ok(m) if m.is_symlink() => {
                let real = self.resolve(path, true, false).await?;
                match self.lstat_at(&real).await {
                    // Still a link: the walk above could not follow it.
                    Ok(m) if m.is_symlink() => Err(err(ErrorKind::NotFound)),
                    r => r,
                }
            }
            first => {
                self.or_resolved(path, true, first, |real| async move {
                    self.lstat_at(&real).await
                })
                .await
            }
        }
    }

    /// Metadata of `path` itself: a final symbolic link is not followed.
    pub async fn lstat(&self, path: &str) -> Result<Metadata> {
        self.lstat_inner(path)
            .await
            .map_err(|e| e.with_op("lstat").with_path(path))
    }

    async fn lstat_inner(&self, path: &str) -> Result<Metadata> {
        let first = self.lstat_at(path).await;
        self.or_resolved(path, false, first, |real| async move {
            self.lstat_at(&real).await
        })
        .await
    }

    /// Reads a whole file.
    pub async fn read(&self, path: &str) -> Result<Bytes> {
        self.read_inner(path, None)
            .await
            .map_err(|e| e.with_op("read").with_path(path))
    }

    /// Reads the byte `range` of a file (clamped to its end; past the end reads empty).
    pub async fn read_range(&self, path: &str, range: Range<u64>) -> Result<Bytes> {
        self.read_inner(path, Some(range))
            .await
            .map_err(|e| e.with_op("read").with_path(path))
    }

    async fn read_inner(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        let first = self.read_at(path, range.clone()).await;
        self.or_resolved(path, true, first, |real| async move {
            self.read_at(&real, range).await
        })
        .await
    }

    /// Reads many files; one result per path, in order. Paths are grouped by mount and
    /// sent to each backend's `read_many` in chunks of [`Vfs::BATCH`], up to
    /// [`Vfs::CONCURRENCY`] chunks at a time.
    pub async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
        let mut out = self.read_batch(&refs).await;
        if self.inner.symlinks {
            // Retry failures that a link on the way may explain, resolved, in one more batch.
            let mut again_idx = Vec::new();
            let mut again = Vec::new();
            let mut failed = Vec::new();
            for (i, (r, p)) in out.iter().zip(&refs).enumerate() {
                if let Err(e) = r
                    && self.retry(e)
                {
                    match self.resolve(p, true, false).await {
                        Ok(real) if real != *p => {
                            again_idx.push(i);
                            again.push(real);
                        }
                        Ok(_) => {}
                        Err(e) => failed.push((i, e)),
                    }
                }
            }
            for (i, e) in failed {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Err(e);
                }
            }
            let again_refs: Vec<&str> = again.iter().map(String::as_str).collect();
            let results = self.read_batch(&again_refs).await;
            for (i, r) in again_idx.into_iter().zip(results) {
                if let Some(slot) = out.get_mut(i) {
                    *slot = r;
                }
            }
        }
        out.into_iter()
            .zip(paths)
            .map(|(r, p)| r.map_err(|e| e.with_op("read").with_path(p.as_str())))
            .collect()
    }

    /// One batched pass over literal paths, without link resolution.
    async fn read_batch(&self, paths: &[&str]) -> Vec<Result<Bytes>> {
        let table = &self.inner.table;
        let mut out: Vec<Result<Bytes>> = Vec::with_capacity(paths.len());
        // Per mount: (indices into `paths`, relative paths).
        let mut groups: Vec<(Vec<usize>, Vec<String>)> =
            vec![(Vec::new(), Vec::new()); table.len()];
        for (i, p) in paths.iter().enumerate() {
            match table.locate_index(p) {
                Some((m, rel)) => {
                    if let Some(g) = groups.get_mut(m) {
                        g.0.push(i);
                        g.1.push(rel.to_string());
                    }
                    out.push(Err(err(ErrorKind::Other)));
                }
                None if *p == "/" || table.has_mounts_below(p) => {
                    out.push(Err(err(ErrorKind::IsADirectory)))
                }
                None => out.push(Err(err(ErrorKind::NotFound))),
            }
        }
        let mut jobs = Vec::new();
        for (m, (idx, rels)) in groups.iter().enumerate() {
            let Some(mount) = table.get(m) else { continue };
            for (ci, chunk) in rels.chunks(Self::BATCH).enumerate() {
                let start = ci * Self::BATCH;
                let idx = idx.get(start..start + chunk.len()).unwrap_or(&[]);
                jobs.push(async move { (idx, mount.backend.read_many(chunk).await) });
            }
        }
        let mut done = futures::stream::iter(jobs).buffer_unordered(Self::CONCURRENCY);
        while let Some((idx, results)) = done.next().await {
            for (&i, r) in idx.iter().zip(results) {
                if let Some(slot) = out.get_mut(i) {
                    *slot = r;
                }
            }
        }
        if self.inner.nested {
            // A path that a backend lacks but that holds mount points is a directory.
            for (r, p) in out.iter_mut().zip(paths) {
                if let Err(e) = r
                    && e.kind() == ErrorKind::NotFound
                    && table.has_mounts_below(p)
                {
                    *r = Err(err(ErrorKind::IsADirectory));
                }
            }
        }
        out
    }

    /// Lists a directory (following links), sorted by name bytes. Mount points directly
    /// below appear as directories, shadowing same-named entries.
    pub async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        self.list_inner(path)
            .await
            .map_err(|e| e.with_op("list").with_path(path))
    }

    async fn list_inner(&self, path: &str) -> Result<Vec<DirEntry>> {
        let first = self.list_at(path).await;
        self.or_resolved(path, true, first, |real| async move {
            self.list_at(&real).await
        })
        .await
    }

    async fn list_at(&self, path: &str) -> Result<Vec<DirEntry>> {
        let below = self.has_mounts_below(path);
        let mut entries = match self.target(path) {
            Target::Mount(m, rel) => match m.backend.list(rel).await {
                Err(e) if e.kind() == ErrorKind::NotFound && below => Vec::new(),
                r => r?,
            },
            Target::Virtual => Vec::new(),
            Target::Missing => return Err(err(ErrorKind::NotFound)),
        };
        if below {
            for m in self.inner.table.mounts_below(path) {
                let Some(rest) = path::strip_dir(&m.at, path) else {
                    continue;
                };
                let name = rest.split('/').next().unwrap_or(rest);
                match entries.iter_mut().find(|e| e.name == name) {
                    Some(e) => {
                        if !e.meta.is_dir() {
                            e.meta = Metadata::dir(None);
                        }
                    }
                    None => entries.push(DirEntry {
                        name: name.to_string(),
                        meta: Metadata::dir(None),
                    }),
                }
            }
        }
        entries.sort_unstable_by(|a, b| a.name.as_bytes().cmp(b.name.as_bytes()));
        Ok(entries)
    }

    /// Everything below a directory (following links in `path` itself, not below it),
    /// including mounts below, sorted component-wise so a parent precedes its children.
    /// One backend walk per mount involved.
    pub async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        self.walk_inner(path)
            .await
            .map_err(|e| e.with_op("walk").with_path(path))
    }

    async fn walk_inner(&self, path: &str) -> Result<Vec<WalkEntry>> {
        let first = self.walk_at(path).await;
        self.or_resolved(path, true, first, |real| async move {
            self.walk_at(&real).await
        })
        .await
    }

    async fn walk_at(&self, path: &str) -> Result<Vec<WalkEntry>> {
        let below = self.has_mounts_below(path);
        let mut out = match self.target(path) {
            Target::Mount(m, rel) => match m.backend.walk(rel).await {
                Err(e) if e.kind() == ErrorKind::NotFound && below => Vec::new(),
                r => r?,
            },
            Target::Virtual => Vec::new(),
            Target::Missing => return Err(err(ErrorKind::NotFound)),
        };
        if below {
            // Parents come before children in table order, so a nested mount's entries
            // replace what its parent mount listed there.
            for m in self.inner.table.mounts_below(path) {
                let Some(mrel) = path::strip_dir(&m.at, path) else {
                    continue;
                };
                let inner = m.backend.walk("").await?;
                out.retain(|e| !within_rel(&e.path, mrel));
                let mut prefix_end = 0;
                while let Some(off) = mrel[prefix_end..].find('/') {
                    let p = &mrel[..prefix_end + off];
                    if !out.iter().any(|e| e.path == p) {
                        out.push(WalkEntry {
                            path: p.to_string(),
                            meta: Metadata::dir(None),
                        });
                    }
                    prefix_end += off + 1;
                }
                out.push(WalkEntry {
                    path: mrel.to_string(),
                    meta: Metadata::dir(None),
                });
                out.extend(inner.into_iter().map(|e| WalkEntry {
                    path: crate::vfs::backend::join(mrel, &e.path),
                    meta: e.meta,
                }));
            }
        }
        out.sort_by(|a, b| path::cmp_components(&a.path, &b.path));
        Ok(out)
    }

    /// Creates or replaces a file (following links, also a dangling final one).
    pub async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        self.write_inner(path, data, false)
            .await
            .map_err(|e| e.with_op("write").with_path(path))
    }

    /// Appends to a file, creating it when missing.
    pub async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        self.write_inner(path, data, true)
            .await
            .map_err(|e| e.with_op("append").with_path(path))
    }

    async fn write_inner(&self, path: &str, data: Bytes, append: bool) -> Result<()> {
        let first = self.write_at(path, data.clone(), append).await;
        self.or_resolved(path, true, first, |real| async move {
            self.write_at(&real, data, append).await
        })
        .await
    }

    /// Creates one directory (the parent must exist).
    pub async fn create_dir(&self, path: &str) -> Result<()> {
        self.create_dir_inner(path)
            .await
            .map_err(|e| e.with_op("mkdir").with_path(path))
    }

    async fn create_dir_inner(&self, path: &str) -> Result<()> {
        let first = self.create_dir_at(path).await;
        self.or_resolved(path, false, first, |real| async move {
            self.create_dir_at(&real).await
        })
        .await
    }

    /// Creates a directory and its missing parents, like `mkdir -p`. An existing directory
    /// is fine; an existing file is `AlreadyExists` at the end of the path and
    /// `NotADirectory` on the way.
    pub async fn create_dir_all(&self, path: &str) -> Result<()> {
        self.create_dir_all_inner(path)
            .await
            .map_err(|e| e.with_op("mkdir").with_path(path))
    }

    async fn create_dir_all_inner(&self, path: &str) -> Result<()> {
        match self.stat_inner(path).await {
            Ok(m) if m.is_dir() => return Ok(()),
            Ok(_) => return Err(err(ErrorKind::AlreadyExists)),
            Err(_) => {}
        }
        let mut cur = String::with_capacity(path.len());
        let mut comps = path.split('/').filter(|c| !c.is_empty()).peekable();
        while let Some(comp) = comps.next() {
            cur.push('/');
            cur.push_str(comp);
            let is_last = comps.peek().is_none();
            match self.stat_inner(&cur).await {
                Ok(m) if m.is_dir() => continue,
                Ok(_) if is_last => return Err(err(ErrorKind::AlreadyExists)),
                Ok(_) => return Err(err(ErrorKind::NotADirectory)),
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            match self.create_dir_inner(&cur).await {
                Ok(()) => {}
                Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                    if !self.stat_inner(&cur).await?.is_dir() {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Removes a file, link or empty directory; with `recursive`, a whole tree. A final
    /// link is removed, not its target. Mount points (and trees holding one) are
    /// `PermissionDenied`.
    pub async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        self.remove_inner(path, recursive)
            .await
            .map_err(|e| e.with_op("remove").with_path(path))
    }

    async fn remove_inner(&self, path: &str, recursive: bool) -> Result<()> {
        let first = self.remove_at(path, recursive).await;
        self.or_resolved(path, false, first, |real| async move {
            self.remove_at(&real, recursive).await
        })
        .await
    }

    /// Renames `from` to `to` (final links are not followed), replacing a file at `to`.
    /// Within a mount the backend renames (or copies then deletes without native rename);
    /// across mounts the tree is copied, then the source deleted. Mount points cannot be
    /// renamed (`PermissionDenied`).
    pub async fn rename(&self, from: &str, to: &str) -> Result<()> {
        let mut from_real = from.to_string();
        let mut to_real = to.to_string();
        if self.inner.symlinks {
            from_real = self
                .resolve(from, false, false)
                .await
                .map_err(|e| e.with_op("rename").with_path(from))?;
            to_real = self
                .resolve(to, false, false)
                .await
                .map_err(|e| e.with_op("rename").with_path(to))?;
        }
        self.rename_at(&from_real, &to_real, from, to).await
    }

    async fn rename_at(&self, from: &str, to: &str, from_arg: &str, to_arg: &str) -> Result<()> {
        let on_from = |e: Error| e.with_op("rename").with_path(from_arg);
        let on_to = |e: Error| e.with_op("rename").with_path(to_arg);
        self.check_not_mount(from).map_err(on_from)?;
        self.check_not_mount(to).map_err(on_to)?;
        let (mf, rf) = self
            .writable(from, ErrorKind::PermissionDenied)
            .map_err(on_from)?;
        let (mt, rt) = self
            .writable(to, ErrorKind::PermissionDenied)
            .map_err(on_to)?;
        if from != to && path::is_within(to, from) {
            return Err(on_to(err(ErrorKind::InvalidPath)));
        }
        if mf.at == mt.at && mf.backend.capability().rename {
            return mf.backend.rename(rf, rt).await.map_err(on_from);
        }
        if from == to {
            return self.lstat_at(from).await.map(|_| ()).map_err(on_from);
        }
        let src = self.lstat_at(from).await.map_err(on_from)?;
        match self.lstat_at(to).await {
            Ok(dst) => {
                if src.is_dir() && !dst.is_dir() {
                    return Err(on_to(err(ErrorKind::NotADirectory)));
                }
                if !src.is_dir() && dst.is_dir() {
                    return Err(on_to(err(ErrorKind::IsADirectory)));
                }
                if dst.is_dir() {
                    if !self.list_at(to).await.map_err(on_to)?.is_empty() {
                        return Err(on_to(err(ErrorKind::DirectoryNotEmpty)));
                    }
                    self.remove_at(to, false).await.map_err(on_to)?;
                } else {
                    self.remove_at(to, false).await.map_err(on_to)?;
                }
            }
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(on_to(e)),
        }
        self.copy_tree(from, to, src).await.map_err(on_from)?;
        self.remove_at(from, true).await.map_err(on_from)
    }

    /// Copies `from` (file, link or directory tree, not following links) to the absent `to`.
    async fn copy_tree(&self, from: &str, to: &str, src: Metadata) -> Result<()> {
        if src.is_symlink() {
            let target = self.read_link_at(from).await?;
            let (m, rel) = self.writable(to, ErrorKind::PermissionDenied)?;
            return m.backend.symlink(&target, rel).await;
        }
        if !src.is_dir() {
            let data = self.read_at(from, None).await?;
            return self.write_at(to, data, false).await;
        }
        self.create_dir_at(to).await?;
        let entries = self.walk_at(from).await?;
        let mut files: Vec<String> = Vec::new();
        let mut dests: Vec<String> = Vec::new();
        for e in &entries {
            let dest = path::join(to, &e.path);
            match e.meta.file_type {
                crate::vfs::backend::FileType::Dir => self.create_dir_at(&dest).await?,
                crate::vfs::backend::FileType::Symlink => {
                    let target = self.read_link_at(&path::join(from, &e.path)).await?;
                    let (m, rel) = self.writable(&dest, ErrorKind::PermissionDenied)?;
                    m.backend.symlink(&target, rel).await?;
                }
                crate::vfs::backend::FileType::File => {
                    files.push(path::join(from, &e.path));
                    dests.push(dest);
                }
            }
        }
        let refs: Vec<&str> = files.iter().map(String::as_str).collect();
        let data = self.read_batch(&refs).await;
        for (d, dest) in data.into_iter().zip(&dests) {
            self.write_at(dest, d?, false).await?;
        }
        Ok(())
    }

    /// Copies one file's contents (following links) to `to`, creating or replacing it.
    pub async fn copy_file(&self, from: &str, to: &str) -> Result<()> {
        let data = self
            .read_inner(from, None)
            .await
            .map_err(|e| e.with_op("copy").with_path(from))?;
        self.write_inner(to, data, false)
            .await
            .map_err(|e| e.with_op("copy").with_path(to))
    }

    /// Creates a symbolic link at `link` with the text `target` (not checked; may dangle).
    pub async fn symlink(&self, target: &str, link: &str) -> Result<()> {
        self.symlink_inner(target, link)
            .await
            .map_err(|e| e.with_op("symlink").with_path(link))
    }

    async fn symlink_inner(&self, target: &str, link: &str) -> Result<()> {
        let at = |p: &str| {
            let (m, rel) = self.writable(p, ErrorKind::AlreadyExists)?;
            if rel.is_empty() || self.has_mounts_below(p) {
                return Err(err(ErrorKind::AlreadyExists));
            }
            if !m.backend.capability().symlink {
                return Err(err(ErrorKind::Unsupported));
            }
            Ok((m, rel.to_string()))
        };
        let (m, rel) = at(link)?;
        let first = m.backend.symlink(target, &rel).await;
        self.or_resolved(link, false, first, |real| async move {
            let (m, rel) = at(&real)?;
            m.backend.symlink(target, &rel).await
        })
        .await
    }

    /// The target text of a symbolic link. Not a link is `InvalidPath`.
    pub async fn read_link(&self, path: &str) -> Result<String> {
        let first = self.read_link_at(path).await;
        let r = self
            .or_resolved(path, false, first, |real| async move {
                self.read_link_at(&real).await
            })
            .await;
        r.map_err(|e| e.with_op("readlink").with_path(path))
    }

    /// Sets the modification time (following links).
    pub async fn set_mtime(&self, path: &str, mtime: Duration) -> Result<()> {
        self.set_mtime_inner(path, mtime)
            .await
            .map_err(|e| e.with_op("touch").with_path(path))
    }

    async fn set_mtime_inner(&self, path: &str, mtime: Duration) -> Result<()> {
        let real = self.resolve(path, true, false).await?;
        let (m, rel) = self.writable(&real, ErrorKind::PermissionDenied)?;
        m.backend.set_mtime(rel, mtime).await
    }

    /// Sets the permission bits (following links).
    pub async fn set_mode(&self, path: &str, mode: u32) -> Result<()> {
        let r = async {
            let real = self.resolve(path, true, false).await?;
            let (m, rel) = self.writable(&real, ErrorKind::PermissionDenied)?;
            m.backend.set_mode(rel, mode).await
        };
        r.await.map_err(|e| e.with_op("chmod").with_path(path))
    }
}

/// Pushes the components of `path` onto `stack` so that they pop in order.
fn push_reversed(stack: &mut Vec<String>, path: &str) {
    let start = stack.len();
    stack.extend(
        path.split('/')
            .filter(|c| !c.is_empty() && *c != ".")
            .map(str::to_string),
    );
    stack[start..].reverse();
}

/// True when relative path `p` is `dir` or below it.
fn within_rel(p: &str, dir: &str) -> bool {
    dir.is_empty()
        || p == dir
        || (p.len() > dir.len() && p.starts_with(dir) && p.as_bytes()[dir.len()] == b'/')
}

//! [`MemoryBackend`]: the in-RAM reference implementation of [`Backend`].
//!
//! The tree lives behind one `RwLock`: every directory is a `BTreeMap` of its children, so
//! a listing costs O(children), a lookup O(depth · log width), a directory rename O(depth),
//! and a walk comes out in component order for free. File contents are [`Bytes`], so a read
//! is a reference-count bump. Every mutation validates first and changes state last, under
//! the write lock: readers never see partial state and a failed call changes nothing.
//!
//! The backend never follows symbolic links itself: a path through a link is
//! `NotADirectory`, reading a link is `InvalidPath`. The [`Vfs`](super::Vfs) resolves links
//! against the whole virtual tree before it calls a backend.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use bytes::Bytes;

use crate::clock::Clock;
use crate::error::{Error, ErrorKind, Result};
use crate::vfs::backend::{
    Backend, Capability, DirEntry, FileType, Metadata, WalkEntry, final_link_error,
    join as join_rel,
};

/// Size limits of a [`MemoryBackend`]; exceeding one is [`ErrorKind::LimitExceeded`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryLimits {
    /// Total bytes of file contents and link targets (default 1 GiB).
    pub max_total_bytes: u64,
    /// Number of entries: files, directories and links, the root excluded (default 1,000,000).
    pub max_files: u64,
}

impl Default for MemoryLimits {
    fn default() -> Self {
        MemoryLimits {
            max_total_bytes: 1 << 30,
            max_files: 1_000_000,
        }
    }
}

/// What a [`MemoryBackend`] currently holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemoryUsage {
    /// Bytes of file contents and link targets.
    pub bytes: u64,
    /// Entries, the root excluded.
    pub entries: u64,
}

#[derive(Debug)]
enum Node {
    File {
        data: Bytes,
        mtime: Option<Duration>,
        mode: u32,
    },
    Dir {
        children: BTreeMap<String, Node>,
        mtime: Option<Duration>,
        mode: u32,
    },
    Link {
        target: String,
        mtime: Option<Duration>,
    },
}

impl Node {
    fn meta(&self) -> Metadata {
        match self {
            Node::File { data, mtime, mode } => Metadata {
                mode: *mode,
                ..Metadata::file(data.len() as u64, *mtime)
            },
            Node::Dir { mtime, mode, .. } => Metadata {
                mode: *mode,
                ..Metadata::dir(*mtime)
            },
            Node::Link { target, mtime } => Metadata {
                file_type: FileType::Symlink,
                size: target.len() as u64,
                mtime: *mtime,
                mode: 0o777,
            },
        }
    }

    fn set_mtime(&mut self, t: Duration) {
        match self {
            Node::File { mtime, .. } | Node::Dir { mtime, .. } | Node::Link { mtime, .. } => {
                *mtime = Some(t)
            }
        }
    }

    /// Bytes and entries of this node and everything below it.
    fn tally(&self) -> MemoryUsage {
        let mut usage = MemoryUsage::default();
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            usage.entries += 1;
            match node {
                Node::File { data, .. } => usage.bytes += data.len() as u64,
                Node::Link { target, .. } => usage.bytes += target.len() as u64,
                Node::Dir { children, .. } => stack.extend(children.values()),
            }
        }
        usage
    }
}

#[derive(Debug)]
struct State {
    root: Node,
    usage: MemoryUsage,
}

/// The in-memory backend: fast, symlink-capable, bounded by [`MemoryLimits`].
pub struct MemoryBackend {
    state: RwLock<State>,
    clock: Option<Arc<dyn Clock>>,
    limits: MemoryLimits,
}

impl std::fmt::Debug for MemoryBackend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryBackend")
            .field("usage", &self.usage())
            .field("limits", &self.limits)
            .finish()
    }
}

impl Default for MemoryBackend {
    fn default() -> Self {
        Self::new()
    }
}

impl MemoryBackend {
    /// An empty backend with default limits and no clock (mtimes are `None`).
    pub fn new() -> Self {
        MemoryBackend {
            state: RwLock::new(State {
                root: Node::Dir {
                    children: BTreeMap::new(),
                    mtime: None,
                    mode: 0o755,
                },
                usage: MemoryUsage::default(),
            }),
            clock: None,
            limits: MemoryLimits::default(),
        }
    }

    /// Stamps modification times from `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        if let Node::Dir { mtime, .. } = &mut self.write_state().root {
            *mtime = Some(clock.now());
        }
        self.clock = Some(clock);
        self
    }

    /// Replaces the size limits.
    pub fn with_limits(mut self, limits: MemoryLimits) -> Self {
        self.limits = limits;
        self
    }

    /// The limits in force.
    pub fn limits(&self) -> MemoryLimits {
        self.limits
    }

    /// Bytes and entries currently stored.
    pub fn usage(&self) -> MemoryUsage {
        self.read_state().usage
    }

    fn now(&self) -> Option<Duration> {
        self.clock.as_ref().map(|c| c.now())
    }

    fn read_state(&self) -> RwLockReadGuard<'_, State> {
        // No mutation can panic half-way, so a poisoned lock still guards consistent state.
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write_state(&self) -> RwLockWriteGuard<'_, State> {
        self.state.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Fails unless `usage + (bytes, entries)` fits the limits.
    fn check(&self, usage: MemoryUsage, add_bytes: u64, sub_bytes: u64, add: u64) -> Result<()> {
        let bytes = usage
            .bytes
            .saturating_sub(sub_bytes)
            .saturating_add(add_bytes);
        if add_bytes > sub_bytes && bytes > self.limits.max_total_bytes {
            return Err(Error::limit(format!(
                "RAM backend full (limit {} bytes)",
                self.limits.max_total_bytes
            )));
        }
        if add > 0 && usage.entries.saturating_add(add) > self.limits.max_files {
            return Err(Error::limit(format!(
                "RAM backend full (limit {} entries)",
                self.limits.max_files
            )));
        }
        Ok(())
    }

    fn put_file(&self, path: &str, data: Bytes, append: bool) -> Result<()> {
        let (parent, name) = split(path)?;
        let now = self.now();
        let mut guard = self.write_state();
        let state = &mut *guard;
        let dir = dir_mut(&mut state.root, parent)?;
        let (old, is_new, mode) = match dir.children_ref().get(name) {
            None => (Bytes::new(), true, 0o644),
            Some(Node::File { data, mode, .. }) => (data.clone(), false, *mode),
            Some(Node::Dir { .. }) => return Err(Error::new(ErrorKind::IsADirectory)),
            Some(Node::Link { .. }) => return Err(final_link_error()),
        };
        let data = if append && !old.is_empty() {
            let mut all = Vec::with_capacity(old.len() + data.len());
            all.extend_from_slice(&old);
            all.extend_from_slice(&data);
            Bytes::from(all)
        } else {
            data
        };
        let sub = if append { 0 } else { old.len() as u64 };
        let add = if append {
            data.len() as u64 - old.len() as u64
        } else {
            data.len() as u64
        };
        self.check(state.usage, add, sub, u64::from(is_new))?;
        let mut dir = dir_mut(&mut state.root, parent)?;
        dir.insert(
            name,
            Node::File {
                data,
                mtime: now,
                mode,
            },
            now,
        );
        state.usage.bytes = state.usage.bytes.saturating_sub(sub).saturating_add(add);
        state.usage.entries += u64::from(is_new);
        Ok(())
    }
}

/// A directory's children plus its mtime, borrowed mutably.
struct DirMut<'a> {
    children: &'a mut BTreeMap<String, Node>,
    mtime: &'a mut Option<Duration>,
}

impl DirMut<'_> {
    fn children_ref(&self) -> &BTreeMap<String, Node> {
        self.children
    }

    fn insert(&mut self, name: &str, node: Node, now: Option<Duration>) -> Option<Node> {
        if now.is_some() {
            *self.mtime = now;
        }
        self.children.insert(name.to_string(), node)
    }

    fn remove(&mut self, name: &str, now: Option<Duration>) -> Option<Node> {
        if now.is_some() {
            *self.mtime = now;
        }
        self.children.remove(name)
    }
}

/// The components of a backend path; `.` and `..` are rejected (backends never see them).
fn components(path: &str) -> impl Iterator<Item = Result<&str>> {
    path.split('/').filter(|c| !c.is_empty()).map(|c| {
        if c == "." || c == ".." {
            Err(Error::new(ErrorKind::InvalidPath))
        } else {
            Ok(c)
        }
    })
}

/// Splits a non-root path into its parent and last component.
fn split(path: &str) -> Result<(&str, &str)> {
    let path = path.trim_matches('/');
    let (parent, name) = match path.rsplit_once('/') {
        Some((p, n)) => (p, n),
        None => ("", path),
    };
    if name.is_empty() || name == "." || name == ".." {
        return Err(Error::new(ErrorKind::InvalidPath));
    }
    Ok((parent, name))
}

fn lookup<'a>(root: &'a Node, path: &str) -> Result<&'a Node> {
    let mut node = root;
    for comp in components(path) {
        let comp = comp?;
        node = match node {
            Node::Dir { children, .. } => children
                .get(comp)
                .ok_or_else(|| Error::new(ErrorKind::NotFound))?,
            _ => return Err(Error::new(ErrorKind::NotADirectory)),
        };
    }
    Ok(node)
}

fn lookup_mut<'a>(root: &'a mut Node, path: &str) -> Result<&'a mut Node> {
    let mut node = root;
    for comp in components(path) {
        let comp = comp?;
        node = match node {
            Node::Dir { children, .. } => children
                .get_mut(comp)
                .ok_or_else(|| Error::new(ErrorKind::NotFound))?,
            _ => return Err(Error::new(ErrorKind::NotADirectory)),
        };
    }
    Ok(node)
}

fn dir_mut<'a>(root: &'a mut Node, path: &str) -> Result<DirMut<'a>> {
    match lookup_mut(root, path)? {
        Node::Dir {
            children, mtime, ..
        } => Ok(DirMut { children, mtime }),
        _ => Err(Error::new(ErrorKind::NotADirectory)),
    }
}

fn slice(data: &Bytes, range: Option<Range<u64>>) -> Bytes {
    match range {
        None => data.clone(),
        Some(r) => {
            let len = data.len() as u64;
            let start = r.start.min(len);
            let end = r.end.min(len);
            if start >= end {
                Bytes::new()
            } else {
                // Both bounds are <= len, which fits usize.
                data.slice(start as usize..end as usize)
            }
        }
    }
}

impl Backend for MemoryBackend {
    fn name(&self) -> &'static str {
        "ram"
    }

    fn capability(&self) -> Capability {
        Capability::all()
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        let state = self.read_state();
        lookup(&state.root, path).map(Node::meta)
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        let state = self.read_state();
        match lookup(&state.root, path)? {
            Node::File { data, .. } => Ok(slice(data, range)),
            Node::Dir { .. } => Err(Error::new(ErrorKind::IsADirectory)),
            Node::Link { .. } => Err(final_link_error()),
        }
    }

    async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        let state = self.read_state();
        paths
            .iter()
            .map(|p| match lookup(&state.root, p)? {
                Node::File { data, .. } => Ok(data.clone()),
                Node::Dir { .. } => Err(Error::new(ErrorKind::IsADirectory)),
                Node::Link { .. } => Err(final_link_error()),
            })
            .collect()
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        let state = self.read_state();
        match lookup(&state.root, path)? {
            Node::Dir { children, .. } => Ok(children
                .iter()
                .map(|(name, node)| DirEntry {
                    name: name.clone(),
                    meta: node.meta(),
                })
                .collect()),
            _ => Err(Error::new(ErrorKind::NotADirectory)),
        }
    }

    async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        let state = self.read_state();
        let Node::Dir { children, .. } = lookup(&state.root, path)? else {
            return Err(Error::new(ErrorKind::NotADirectory));
        };
        let mut out = Vec::new();
        let mut stack = vec![(String::new(), children.iter())];
        // Each step either emits one node or pops one directory: at most 2 × nodes steps.
        loop {
            let next = match stack.last_mut() {
                None => break,
                Some((prefix, iter)) => iter.next().map(|(n, node)| (join_rel(prefix, n), node)),
            };
            match next {
                None => {
                    stack.pop();
                }
                Some((child, node)) => {
                    out.push(WalkEntry {
                        path: child.clone(),
                        meta: node.meta(),
                    });
                    if let Node::Dir { children, .. } = node {
                        stack.push((child, children.iter()));
                    }
                }
            }
        }
        Ok(out)
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        self.put_file(path, data, false)
    }

    async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        self.put_file(path, data, true)
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        if path.trim_matches('/').is_empty() {
            return Err(Error::new(ErrorKind::AlreadyExists));
        }
        let (parent, name) = split(path)?;
        let now = self.now();
        let mut guard = self.write_state();
        let state = &mut *guard;
        let mut dir = dir_mut(&mut state.root, parent)?;
        if dir.children_ref().contains_key(name) {
            return Err(Error::new(ErrorKind::AlreadyExists));
        }
        self.check(state.usage, 0, 0, 1)?;
        let node = Node::Dir {
            children: BTreeMap::new(),
            mtime: now,
            mode: 0o755,
        };
        dir.insert(name, node, now);
        state.usage.entries += 1;
        Ok(())
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        if path.trim_matches('/').is_empty() {
            return Err(Error::new(ErrorKind::PermissionDenied));
        }
        let (parent, name) = split(path)?;
        let now = self.now();
        let mut guard = self.write_state();
        let state = &mut *guard;
        let mut dir = dir_mut(&mut state.root, parent)?;
        match dir.children_ref().get(name) {
            None => return Err(Error::new(ErrorKind::NotFound)),
            Some(Node::Dir { children, .. }) if !recursive && !children.is_empty() => {
                return Err(Error::new(ErrorKind::DirectoryNotEmpty));
            }
            Some(_) => {}
        }
        if let Some(node) = dir.remove(name, now) {
            let gone = node.tally();
            state.usage.bytes = state.usage.bytes.saturating_sub(gone.bytes);
            state.usage.entries = state.usage.entries.saturating_sub(gone.entries);
        }
        Ok(())
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        let from = from.trim_matches('/');
        let to = to.trim_matches('/');
        if from.is_empty() || to.is_empty() {
            return Err(Error::new(ErrorKind::InvalidPath));
        }
        let (from_parent, from_name) = split(from)?;
        let (to_parent, to_name) = split(to)?;
        let now = self.now();
        let mut guard = self.write_state();
        let state = &mut *guard;
        // Validate everything first.
        let src_is_dir = lookup(&state.root, from)?.meta().is_dir();
        if from == to {
            return Ok(());
        }
        if to.len() > from.len() && to.starts_with(from) && to.as_bytes()[from.len()] == b'/' {
            return Err(Error::new(ErrorKind::InvalidPath));
        }
        match lookup(&state.root, to_parent)? {
            Node::Dir { children, .. } => match children.get(to_name) {
                None => {}
                Some(Node::Dir { children, .. }) => {
                    if !src_is_dir {
                        return Err(Error::new(ErrorKind::IsADirectory));
                    }
                    if !children.is_empty() {
                        return Err(Error::new(ErrorKind::DirectoryNotEmpty));
                    }
                }
                Some(_) if src_is_dir => return Err(Error::new(ErrorKind::NotADirectory)),
                Some(_) => {}
            },
            _ => return Err(Error::new(ErrorKind::NotADirectory)),
        }
        // Then move: neither parent can vanish, since `to` is not below `from`.
        let node = dir_mut(&mut state.root, from_parent)?
            .remove(from_name, now)
            .ok_or_else(|| Error::new(ErrorKind::NotFound))?;
        let mut node = Some(node);
        let replaced = match dir_mut(&mut state.root, to_parent) {
            Ok(mut dir) => node.take().and_then(|n| dir.insert(to_name, n, now)),
            Err(e) => {
                if let (Ok(mut back), Some(n)) = (dir_mut(&mut state.root, from_parent), node) {
                    back.insert(from_name, n, None);
                }
                return Err(e);
            }
        };
        if let Some(old) = replaced {
            let gone = old.tally();
            state.usage.bytes = state.usage.bytes.saturating_sub(gone.bytes);
            state.usage.entries = state.usage.entries.saturating_sub(gone.entries);
        }
        Ok(())
    }

    async fn symlink(&self, target: &str, link: &str) -> Result<()> {
        if link.trim_matches('/').is_empty() {
            return Err(Error::new(ErrorKind::AlreadyExists));
        }
        if target.is_empty() {
            return Err(Error::new(ErrorKind::NotFound));
        }
        let (parent, name) = split(link)?;
        let now = self.now();
        let mut guard = self.write_state();
        let state = &mut *guard;
        let mut dir = dir_mut(&mut state.root, parent)?;
        if dir.children_ref().contains_key(name) {
            return Err(Error::new(ErrorKind::AlreadyExists));
        }
        let len = target.len() as u64;
        self.check(state.usage, len, 0, 1)?;
        let node = Node::Link {
            target: target.to_string(),
            mtime: now,
        };
        dir.insert(name, node, now);
        state.usage.bytes = state.usage.bytes.saturating_add(len);
        state.usage.entries += 1;
        Ok(())
    }

    async fn read_link(&self, path: &str) -> Result<String> {
        let state = self.read_state();
        match lookup(&state.root, path)? {
            Node::Link { target, .. } => Ok(target.clone()),
            _ => Err(Error::new(ErrorKind::InvalidPath)),
        }
    }

    async fn set_mtime(&self, path: &str, mtime: Duration) -> Result<()> {
        let mut state = self.write_state();
        lookup_mut(&mut state.root, path)?.set_mtime(mtime);
        Ok(())
    }

    async fn set_mode(&self, path: &str, mode: u32) -> Result<()> {
        let mut state = self.write_state();
        match lookup_mut(&mut state.root, path)? {
            Node::File { mode: m, .. } | Node::Dir { mode: m, .. } => *m = mode & 0o7777,
            // Links keep their fixed mode (0777), as on Linux.
            Node::Link { .. } => {}
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use futures::executor::block_on;

    fn b(s: &str) -> Bytes {
        Bytes::copy_from_slice(s.as_bytes())
    }

    fn kind<T: std::fmt::Debug>(r: Result<T>) -> ErrorKind {
        r.unwrap_err().kind()
    }

    #[test]
    fn byte_limit_is_atomic() {
        block_on(async {
            let m = MemoryBackend::new().with_limits(MemoryLimits {
                max_total_bytes: 10,
                max_files: 100,
            });
            m.write("a", b("12345678")).await.unwrap();
            let e = m.write("b", b("123")).await.unwrap_err();
            assert_eq!(e.kind(), ErrorKind::LimitExceeded);
            assert_eq!(e.reason(), "RAM backend full (limit 10 bytes)");
            assert_eq!(kind(m.stat("b").await), ErrorKind::NotFound);
            assert_eq!(
                kind(m.append("a", b("xyz")).await),
                ErrorKind::LimitExceeded
            );
            assert_eq!(m.read("a", None).await.unwrap(), b("12345678"));
            // Replacing frees the old size first.
            m.write("a", b("0123456789")).await.unwrap();
            assert_eq!(m.usage().bytes, 10);
            m.remove("a", false).await.unwrap();
            assert_eq!(m.usage(), MemoryUsage::default());
        });
    }

    #[test]
    fn entry_limit() {
        block_on(async {
            let m = MemoryBackend::new().with_limits(MemoryLimits {
                max_total_bytes: 1000,
                max_files: 2,
            });
            m.create_dir("d").await.unwrap();
            m.write("d/a", b("x")).await.unwrap();
            let e = m.write("d/b", b("x")).await.unwrap_err();
            assert_eq!(e.reason(), "RAM backend full (limit 2 entries)");
            assert_eq!(kind(m.create_dir("e").await), ErrorKind::LimitExceeded);
            assert_eq!(kind(m.symlink("a", "d/l").await), ErrorKind::LimitExceeded);
            // Overwriting an existing file needs no new entry.
            m.write("d/a", b("yy")).await.unwrap();
            m.remove("d", true).await.unwrap();
            assert_eq!(m.usage(), MemoryUsage::default());
            m.write("z", b("x")).await.unwrap();
        });
    }

    #[test]
    fn rename_keeps_usage_and_replaces() {
        block_on(async {
            let m = MemoryBackend::new();
            m.create_dir("a").await.unwrap();
            m.write("a/x", b("xx")).await.unwrap();
            m.write("y", b("yyy")).await.unwrap();
            m.rename("y", "a/x").await.unwrap();
            assert_eq!(
                m.usage(),
                MemoryUsage {
                    bytes: 3,
                    entries: 2
                }
            );
            m.create_dir("e").await.unwrap();
            // A dir may replace an empty dir, not a non-empty one or a file.
            assert_eq!(
                m.rename("e", "a").await.unwrap_err().kind(),
                ErrorKind::DirectoryNotEmpty
            );
            m.create_dir("f").await.unwrap();
            m.rename("f", "e").await.unwrap();
            assert_eq!(kind(m.rename("a/x", "e").await), ErrorKind::IsADirectory);
            m.write("file", b("")).await.unwrap();
            assert_eq!(kind(m.rename("e", "file").await), ErrorKind::NotADirectory);
            assert_eq!(kind(m.rename("", "q").await), ErrorKind::InvalidPath);
            assert_eq!(kind(m.rename("a", "a/b").await), ErrorKind::InvalidPath);
            m.rename("a", "a").await.unwrap();
            // `ab` is not inside `a`.
            m.rename("a", "ab").await.unwrap();
            assert_eq!(m.read("ab/x", None).await.unwrap(), b("yyy"));
        });
    }

    #[test]
    fn clock_stamps_mtimes() {
        block_on(async {
            let clock = ManualClock::new(Duration::from_secs(100));
            let m = MemoryBackend::new().with_clock(Arc::new(clock.clone()));
            assert_eq!(
                m.stat("").await.unwrap().mtime,
                Some(Duration::from_secs(100))
            );
            clock.advance(Duration::from_secs(5));
            m.write("f", b("x")).await.unwrap();
            assert_eq!(
                m.stat("f").await.unwrap().mtime,
                Some(Duration::from_secs(105))
            );
            assert_eq!(
                m.stat("").await.unwrap().mtime,
                Some(Duration::from_secs(105))
            );
            m.set_mtime("f", Duration::from_secs(7)).await.unwrap();
            assert_eq!(
                m.stat("f").await.unwrap().mtime,
                Some(Duration::from_secs(7))
            );
            let plain = MemoryBackend::new();
            plain.write("f", b("x")).await.unwrap();
            assert_eq!(plain.stat("f").await.unwrap().mtime, None);
        });
    }

    #[test]
    fn walk_is_component_ordered() {
        block_on(async {
            let m = MemoryBackend::new();
            for d in ["a", "a/b", "a-c"] {
                m.create_dir(d).await.unwrap();
            }
            for f in ["a/b/z", "a.txt", "a/b.txt", "a-c/q"] {
                m.write(f, b("")).await.unwrap();
            }
            let paths: Vec<_> = m
                .walk("")
                .await
                .unwrap()
                .into_iter()
                .map(|e| e.path)
                .collect();
            assert_eq!(
                paths,
                ["a", "a/b", "a/b/z", "a/b.txt", "a-c", "a-c/q", "a.txt"]
            );
            let sub: Vec<_> = m
                .walk("a")
                .await
                .unwrap()
                .into_iter()
                .map(|e| e.path)
                .collect();
            assert_eq!(sub, ["b", "b/z", "b.txt"]);
        });
    }

    #[test]
    fn links_are_never_followed() {
        block_on(async {
            let m = MemoryBackend::new();
            m.create_dir("d").await.unwrap();
            m.write("d/f", b("x")).await.unwrap();
            m.symlink("d", "l").await.unwrap();
            assert_eq!(kind(m.read("l/f", None).await), ErrorKind::NotADirectory);
            assert_eq!(kind(m.write("l/g", b("")).await), ErrorKind::NotADirectory);
            assert_eq!(kind(m.write("l", b("")).await), ErrorKind::InvalidPath);
            assert_eq!(kind(m.read("l", None).await), ErrorKind::InvalidPath);
            assert_eq!(kind(m.list("l").await), ErrorKind::NotADirectory);
            assert_eq!(m.stat("l").await.unwrap().size, 1);
            assert_eq!(kind(m.symlink("", "e").await), ErrorKind::NotFound);
        });
    }

    #[test]
    fn odd_paths_do_not_panic() {
        block_on(async {
            let m = MemoryBackend::new();
            for p in ["", "/", "//", ".", "..", "a/../b", "a/./b", "\0", "é/ü"] {
                let _ = m.stat(p).await;
                // A reversed range on purpose: it must not panic.
                #[allow(clippy::reversed_empty_ranges)]
                let _ = m.read(p, Some(5..1)).await;
                let _ = m.write(p, b("x")).await;
                let _ = m.create_dir(p).await;
                let _ = m.list(p).await;
                let _ = m.walk(p).await;
                let _ = m.rename(p, "x").await;
                let _ = m.remove(p, true).await;
            }
            assert_eq!(kind(m.stat("../b").await), ErrorKind::InvalidPath);
            assert_eq!(kind(m.write(".", b("")).await), ErrorKind::InvalidPath);
            assert_eq!(
                m.read("é/ü", None).await.unwrap_err().kind(),
                ErrorKind::NotFound
            );
            m.write("\0", b("abc")).await.unwrap();
            let r = m.read("\0", Some(u64::MAX - 1..u64::MAX)).await.unwrap();
            assert!(r.is_empty());
        });
    }

    #[test]
    fn reads_share_the_buffer() {
        block_on(async {
            let m = MemoryBackend::new();
            let data = Bytes::from(vec![7u8; 4096]);
            m.write("f", data.clone()).await.unwrap();
            let got = m.read("f", None).await.unwrap();
            assert_eq!(got.as_ptr(), data.as_ptr());
            let many = m.read_many(&["f".to_string(), "f".to_string()]).await;
            assert_eq!(many[1].as_ref().unwrap().as_ptr(), data.as_ptr());
        });
    }
}

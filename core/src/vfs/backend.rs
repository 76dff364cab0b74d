//! The storage backend trait: what RAM, disk, Redis and S3 implement.
//!
//! [`Backend`] is the static trait implementors write with plain `async fn`;
//! [`DynBackend`] is its object-safe twin (boxed futures) that the mount table holds as
//! `Arc<dyn DynBackend>`. A blanket impl turns every `Backend` into a `DynBackend`.
//!
//! Paths given to a backend are normalised and relative to its mount: `""` is the mount's
//! root, `"a/b.txt"` a file below it. They never contain `.`, `..`, empty components or a
//! leading or trailing `/`. A backend never sees a path outside its mount.

use std::future::Future;
use std::ops::Range;
use std::time::Duration;

use bytes::Bytes;

use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, MaybeSend, MaybeSync, boxed};

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileType {
    /// A regular file.
    File,
    /// A directory.
    Dir,
    /// A symbolic link (only from backends with [`Capability::symlink`]).
    Symlink,
}

/// Metadata of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// File, directory or link.
    pub file_type: FileType,
    /// Size in bytes (0 for directories where the backend has no size).
    pub size: u64,
    /// Last modification, as time since the Unix epoch, when the backend knows it.
    pub mtime: Option<Duration>,
    /// Permission bits (`0o644`, `0o755`); backends without modes report 0o644 / 0o755.
    pub mode: u32,
}

impl Metadata {
    /// Metadata of a regular file.
    pub fn file(size: u64, mtime: Option<Duration>) -> Self {
        Metadata {
            file_type: FileType::File,
            size,
            mtime,
            mode: 0o644,
        }
    }

    /// Metadata of a directory.
    pub fn dir(mtime: Option<Duration>) -> Self {
        Metadata {
            file_type: FileType::Dir,
            size: 0,
            mtime,
            mode: 0o755,
        }
    }

    /// True for a directory.
    pub fn is_dir(&self) -> bool {
        self.file_type == FileType::Dir
    }

    /// True for a regular file.
    pub fn is_file(&self) -> bool {
        self.file_type == FileType::File
    }

    /// True for a symbolic link.
    pub fn is_symlink(&self) -> bool {
        self.file_type == FileType::Symlink
    }
}

/// One entry of a directory listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirEntry {
    /// The name within the directory (no `/`).
    pub name: String,
    /// Its metadata (links are not followed).
    pub meta: Metadata,
}

/// One entry of a recursive listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkEntry {
    /// Path relative to the walked directory (`"a"`, `"a/b.txt"`).
    pub path: String,
    /// Its metadata (links are not followed).
    pub meta: Metadata,
}

/// What a backend can do. Unsupported operations return [`ErrorKind::Unsupported`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capability {
    /// Writes are possible at all (false for a backend that is read-only by nature).
    pub write: bool,
    /// `read_many` is a real batch (MGET, concurrent GETs), not the default loop.
    pub batch_read: bool,
    /// `walk` is one native recursive listing, not the default recursion.
    pub native_walk: bool,
    /// Ranged reads are served without reading the whole object.
    pub range_read: bool,
    /// `rename` is native (else callers copy then delete).
    pub rename: bool,
    /// Symbolic links exist.
    pub symlink: bool,
    /// Modification times can be set.
    pub set_mtime: bool,
    /// Permission bits can be set (`chmod`).
    pub set_mode: bool,
}

impl Capability {
    /// Everything: what RAM and Redis can do.
    pub const fn all() -> Self {
        Capability {
            write: true,
            batch_read: true,
            native_walk: true,
            range_read: true,
            rename: true,
            symlink: true,
            set_mtime: true,
            set_mode: true,
        }
    }

    /// What an object store can do (S3): batches, one recursive listing, ranges and a
    /// copy+delete rename, but no links, permission bits or settable times.
    pub const fn object_store() -> Self {
        Capability {
            symlink: false,
            set_mtime: false,
            set_mode: false,
            ..Capability::all()
        }
    }
}

impl Default for Capability {
    fn default() -> Self {
        Capability {
            write: true,
            batch_read: false,
            native_walk: false,
            range_read: false,
            rename: false,
            symlink: false,
            set_mtime: false,
            set_mode: false,
        }
    }
}

/// A storage backend. Implement this with plain `async fn`s.
///
/// Every method's `# Behavior` list is a contract that the shared backend suite
/// checks on every backend.
pub trait Backend: MaybeSend + MaybeSync + 'static {
    /// A short name for messages and metrics (`"ram"`, `"redis"`, `"s3"`).
    fn name(&self) -> &'static str;

    /// What this backend can do.
    fn capability(&self) -> Capability;

    /// Metadata of one entry, not following a final symlink.
    ///
    /// # Behavior
    /// - `stat("")` is the root directory and always exists.
    /// - A missing path is `NotFound`; a path through a file is `NotADirectory` or `NotFound`.
    /// - A file is `File` with its length in bytes as `size`; a directory is `Dir`.
    fn stat(&self, path: &str) -> impl Future<Output = Result<Metadata>> + MaybeSend;

    /// Reads a whole file, or the byte `range` of it (clamped to the file's end).
    ///
    /// # Behavior
    /// - Without a range, the whole file; with one, the bytes in it, clamped to the file's end.
    /// - A missing file is `NotFound`; a directory is `IsADirectory`.
    /// - A range past the end reads as empty.
    fn read(
        &self,
        path: &str,
        range: Option<Range<u64>>,
    ) -> impl Future<Output = Result<Bytes>> + MaybeSend;

    /// Reads many whole files at once; one result per path, in order.
    ///
    /// # Behavior
    /// - Each result is what `read(path, None)` would return, in the order of `paths`.
    /// - One failure does not fail the rest.
    fn read_many(&self, paths: &[String]) -> impl Future<Output = Vec<Result<Bytes>>> + MaybeSend {
        async move {
            let reads = paths.iter().map(|p| self.read(p, None));
            futures::future::join_all(reads).await
        }
    }

    /// Lists a directory's entries (any order; callers sort).
    ///
    /// # Behavior
    /// - Each child is listed once, by its name, with its type (and a file's size).
    /// - Listing a file is `NotADirectory`; a missing path is `NotFound`.
    /// - `.` and `..` are never listed.
    fn list(&self, path: &str) -> impl Future<Output = Result<Vec<DirEntry>>> + MaybeSend;

    /// Lists everything below a directory, recursively, in one call where the backend can.
    ///
    /// # Behavior
    /// - Entries are relative to `path`; the directory itself is not included.
    /// - Every directory on the way is listed before or after its children (any order).
    /// - Walking a file is `NotADirectory`; a missing path is `NotFound`.
    fn walk(&self, path: &str) -> impl Future<Output = Result<Vec<WalkEntry>>> + MaybeSend {
        async move {
            let mut out = Vec::new();
            let mut pending = vec![String::new()];
            while let Some(rel) = pending.pop() {
                let full = join(path, &rel);
                for entry in self.list(&full).await? {
                    let child = join(&rel, &entry.name);
                    if entry.meta.is_dir() {
                        pending.push(child.clone());
                    }
                    out.push(WalkEntry {
                        path: child,
                        meta: entry.meta,
                    });
                }
            }
            Ok(out)
        }
    }

    /// Creates or replaces a file with `data`.
    ///
    /// # Behavior
    /// - The parent must exist (`NotFound`) and be a directory (`NotADirectory`).
    /// - Writing over a directory is `IsADirectory`.
    /// - An existing file is replaced whole; empty `data` makes an empty file.
    /// - Readers never see a partly written file: a read during the write gets the old
    ///   content or the new, whole.
    fn write(&self, path: &str, data: Bytes) -> impl Future<Output = Result<()>> + MaybeSend;

    /// Appends `data` to a file, creating it when missing.
    ///
    /// # Behavior
    /// - The data goes after the existing content; a missing file is created.
    /// - Same errors as `write`.
    fn append(&self, path: &str, data: Bytes) -> impl Future<Output = Result<()>> + MaybeSend {
        async move {
            let old = match self.read(path, None).await {
                Ok(old) => old,
                Err(e) if e.kind() == ErrorKind::NotFound => Bytes::new(),
                Err(e) => return Err(e),
            };
            let mut all = Vec::with_capacity(old.len() + data.len());
            all.extend_from_slice(&old);
            all.extend_from_slice(&data);
            self.write(path, Bytes::from(all)).await
        }
    }

    /// Creates one directory.
    ///
    /// # Behavior
    /// - An existing entry (file or directory) is `AlreadyExists`.
    /// - A missing parent is `NotFound`.
    /// - The new directory exists and is empty.
    fn create_dir(&self, path: &str) -> impl Future<Output = Result<()>> + MaybeSend;

    /// Removes a file, a link or an empty directory; with `recursive`, a whole tree.
    ///
    /// # Behavior
    /// - A missing path is `NotFound`.
    /// - A non-empty directory without `recursive` is `DirectoryNotEmpty`.
    /// - Removing the root `""` is `PermissionDenied`.
    /// - A file or an empty directory is gone afterwards; with `recursive`, so is everything
    ///   below it.
    /// - A link is removed itself, never its target, even with `recursive`.
    fn remove(&self, path: &str, recursive: bool) -> impl Future<Output = Result<()>> + MaybeSend;

    /// Renames a file or directory within this backend, replacing a file at `to`.
    ///
    /// # Behavior
    /// - A file or a whole directory moves with its content; a file at `to` is replaced.
    /// - A missing `from` is `NotFound`; a missing parent of `to` is `NotFound`.
    /// - Moving a directory into itself is `InvalidPath`.
    /// - Backends without [`Capability::rename`] return `Unsupported` (callers copy + delete).
    fn rename(&self, from: &str, to: &str) -> impl Future<Output = Result<()>> + MaybeSend {
        let _ = (from, to);
        async { Err(Error::new(ErrorKind::Unsupported).with_op("rename")) }
    }

    /// Creates a symbolic link at `link` whose target text is `target`.
    ///
    /// # Behavior
    /// - Backends without [`Capability::symlink`] return `Unsupported`.
    /// - An existing entry at `link` is `AlreadyExists`.
    /// - `stat` and `list` show the link itself as `Symlink`, even when its target is missing.
    fn symlink(&self, target: &str, link: &str) -> impl Future<Output = Result<()>> + MaybeSend {
        let _ = (target, link);
        async { Err(Error::new(ErrorKind::Unsupported).with_op("symlink")) }
    }

    /// Reads a link's target text.
    ///
    /// # Behavior
    /// - The target text is returned as `symlink` was given it, even when it points nowhere.
    /// - A path that is not a link is `InvalidPath`.
    /// - Reading, writing or appending to a path whose last component is a link is
    ///   `InvalidPath` ([`final_link_error`]), listing one `InvalidPath` or `NotADirectory`:
    ///   backends never follow links (the VFS resolves them and retries).
    /// - A link earlier in a path is not followed either: the operation fails with
    ///   `NotADirectory`, `NotFound` or `InvalidPath`.
    fn read_link(&self, path: &str) -> impl Future<Output = Result<String>> + MaybeSend {
        let _ = path;
        async { Err(Error::new(ErrorKind::Unsupported).with_op("readlink")) }
    }

    /// Sets the permission bits of an existing entry.
    ///
    /// # Behavior
    /// - Backends without [`Capability::set_mode`] return `Unsupported`.
    /// - The new bits show in `stat`'s `mode`.
    /// - The bits survive a later `write` or `append` to the file.
    /// - A missing path is `NotFound`.
    fn set_mode(&self, path: &str, mode: u32) -> impl Future<Output = Result<()>> + MaybeSend {
        let _ = (path, mode);
        async { Err(Error::new(ErrorKind::Unsupported).with_op("chmod")) }
    }

    /// Sets the modification time of an existing entry.
    ///
    /// # Behavior
    /// - Backends without [`Capability::set_mtime`] return `Unsupported`.
    /// - The new time shows in `stat`'s `mtime`.
    /// - A missing path is `NotFound`.
    fn set_mtime(
        &self,
        path: &str,
        mtime: Duration,
    ) -> impl Future<Output = Result<()>> + MaybeSend {
        let _ = (path, mtime);
        async { Err(Error::new(ErrorKind::Unsupported).with_op("touch")) }
    }
}

/// The error a backend returns when an operation on content (read, write, append, list,
/// set_mtime) meets a symbolic link as the path's last component: backends never follow
/// links, the VFS resolves the link by its target text and retries on the real path.
pub fn final_link_error() -> Error {
    Error::new(ErrorKind::InvalidPath).with_detail("is a symbolic link")
}

/// Joins two relative backend paths.
pub fn join(base: &str, name: &str) -> String {
    match (base.is_empty(), name.is_empty()) {
        (true, _) => name.to_string(),
        (_, true) => base.to_string(),
        _ => format!("{base}/{name}"),
    }
}

/// The object-safe twin of [`Backend`], held by the mount table as `Arc<dyn DynBackend>`.
/// Layers (read-only, counting, limits) wrap a `DynBackend`.
#[allow(missing_docs)]
pub trait DynBackend: MaybeSend + MaybeSync + 'static {
    fn name(&self) -> &'static str;
    fn capability(&self) -> Capability;
    fn stat<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Metadata>>;
    fn read<'a>(&'a self, path: &'a str, range: Option<Range<u64>>)
    -> BoxFuture<'a, Result<Bytes>>;
    fn read_many<'a>(&'a self, paths: &'a [String]) -> BoxFuture<'a, Vec<Result<Bytes>>>;
    fn list<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Vec<DirEntry>>>;
    fn walk<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Vec<WalkEntry>>>;
    fn write<'a>(&'a self, path: &'a str, data: Bytes) -> BoxFuture<'a, Result<()>>;
    fn append<'a>(&'a self, path: &'a str, data: Bytes) -> BoxFuture<'a, Result<()>>;
    fn create_dir<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<()>>;
    fn remove<'a>(&'a self, path: &'a str, recursive: bool) -> BoxFuture<'a, Result<()>>;
    fn rename<'a>(&'a self, from: &'a str, to: &'a str) -> BoxFuture<'a, Result<()>>;
    fn symlink<'a>(&'a self, target: &'a str, link: &'a str) -> BoxFuture<'a, Result<()>>;
    fn read_link<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<String>>;
    fn set_mtime<'a>(&'a self, path: &'a str, mtime: Duration) -> BoxFuture<'a, Result<()>>;
    fn set_mode<'a>(&'a self, path: &'a str, mode: u32) -> BoxFuture<'a, Result<()>>;
}

impl<T: Backend> DynBackend for T {
    fn name(&self) -> &'static str {
        Backend::name(self)
    }
    fn capability(&self) -> Capability {
        Backend::capability(self)
    }
    fn stat<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Metadata>> {
        boxed(Backend::stat(self, path))
    }
    fn read<'a>(
        &'a self,
        path: &'a str,
        range: Option<Range<u64>>,
    ) -> BoxFuture<'a, Result<Bytes>> {
        boxed(Backend::read(self, path, range))
    }
    fn read_many<'a>(&'a self, paths: &'a [String]) -> BoxFuture<'a, Vec<Result<Bytes>>> {
        boxed(Backend::read_many(self, paths))
    }
    fn list<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Vec<DirEntry>>> {
        boxed(Backend::list(self, path))
    }
    fn walk<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<Vec<WalkEntry>>> {
        boxed(Backend::walk(self, path))
    }
    fn write<'a>(&'a self, path: &'a str, data: Bytes) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::write(self, path, data))
    }
    fn append<'a>(&'a self, path: &'a str, data: Bytes) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::append(self, path, data))
    }
    fn create_dir<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::create_dir(self, path))
    }
    fn remove<'a>(&'a self, path: &'a str, recursive: bool) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::remove(self, path, recursive))
    }
    fn rename<'a>(&'a self, from: &'a str, to: &'a str) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::rename(self, from, to))
    }
    fn symlink<'a>(&'a self, target: &'a str, link: &'a str) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::symlink(self, target, link))
    }
    fn read_link<'a>(&'a self, path: &'a str) -> BoxFuture<'a, Result<String>> {
        boxed(Backend::read_link(self, path))
    }
    fn set_mtime<'a>(&'a self, path: &'a str, mtime: Duration) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::set_mtime(self, path, mtime))
    }
    fn set_mode<'a>(&'a self, path: &'a str, mode: u32) -> BoxFuture<'a, Result<()>> {
        boxed(Backend::set_mode(self, path, mode))
    }
}

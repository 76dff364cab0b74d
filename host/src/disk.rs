//! [`DiskBackend`]: a [`Backend`] over one host folder, confined to it.
//!
//! Confinement: every path is mapped by `DiskBackend::resolve`, which checks each name (no
//! `..`, `.`, empty or NUL component) and `lstat`s each folder on the way. The backend
//! **never follows a symbolic link**, as the backend contract asks (mirage's VFS resolves
//! links itself, by their target text, inside the virtual tree): a link on the way is
//! `NotADirectory`, reading, writing or listing a final link is `InvalidPath` (the trait's
//! [`final_link_error`], as `O_NOFOLLOW` refuses it; the VFS then resolves the link
//! itself). So a link in the folder pointing at `/etc` cannot reach the host's `/etc`.
//! Creating links is confined too, for the sake of host tools that will follow them later:
//! the target is followed from the link's folder as the OS would, through the links it
//! passes (at most 40), and absolute targets, targets climbing out with `..` and targets
//! leaving through an existing link are refused with `PermissionDenied`; a chain of links
//! that stays inside is allowed.
//!
//! Writes are atomic: data goes to a hidden temporary file in the same directory, which is
//! then renamed over the destination, so readers see the old or the new file, never a part.
//!
//! Limits: the checks happen before the OS call, so a process *outside* mirage that swaps a
//! folder for a link between the check and the use could race it. Names that are not UTF-8
//! are listed lossily.

use std::collections::VecDeque;
use std::io;
use std::ops::Range;
use std::os::unix::fs::PermissionsExt;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use mirage_core::vfs::{Backend, Capability, DirEntry, FileType, Metadata, final_link_error};
use mirage_core::{Error, ErrorKind, Result};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

/// Prefix of the temporary files used for atomic writes; such names are never listed.
const TEMP_PREFIX: &str = ".mirage-tmp-";

/// Counter that makes temporary names unique within this process.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A backend storing files in a host folder. Nothing outside the folder can be reached.
#[derive(Clone, Debug)]
pub struct DiskBackend {
    /// The folder, canonical (absolute, no links), so prefix checks are exact.
    root: PathBuf,
}

impl DiskBackend {
    /// A backend over the existing folder `root`.
    ///
    /// Fails with `NotFound` when it does not exist and `NotADirectory` when it is not a folder.
    pub fn new(root: impl AsRef<Path>) -> Result<Self> {
        let given = root.as_ref();
        let shown = given.display().to_string();
        let root = std::fs::canonicalize(given).map_err(|e| io_error(e, "mount", &shown))?;
        let meta = std::fs::metadata(&root).map_err(|e| io_error(e, "mount", &shown))?;
        if !meta.is_dir() {
            return Err(Error::new(ErrorKind::NotADirectory)
                .with_op("mount")
                .with_path(shown));
        }
        Ok(DiskBackend { root })
    }

    /// The canonical host folder this backend serves.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Maps a backend path to a host path inside the folder, never following a link.
    ///
    /// Every name is checked, and every component before the last is `lstat`ed: a link
    /// there is `NotADirectory` (as with `O_NOFOLLOW`), a missing one `NotFound`. The last
    /// component is returned as is; it may be missing (about to be created) or a link (stat,
    /// remove, rename and readlink act on the link itself). The VFS resolves links by their
    /// target text, so the backend never has to.
    async fn resolve(&self, path: &str) -> Result<PathBuf> {
        let comps = checked_components(path)?;
        let mut cur = self.root.clone();
        let last = comps.len().saturating_sub(1);
        for (i, comp) in comps.iter().enumerate() {
            cur.push(comp);
            if i == last {
                break;
            }
            match tokio::fs::symlink_metadata(&cur).await {
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => {
                    return Err(Error::new(ErrorKind::NotADirectory)
                        .with_op("resolve")
                        .with_path(path));
                }
                Err(e) => return Err(io_error(e, "resolve", path)),
            }
        }
        // Belt and braces: by construction `cur` is below the root.
        if !cur.starts_with(&self.root) {
            return Err(escape(path));
        }
        Ok(cur)
    }

    /// Like [`resolve`](Self::resolve) for operations on a file's or folder's content
    /// (read, write, append, list, set_mtime): a final link is refused with
    /// [`final_link_error`] (as `O_NOFOLLOW` does) instead of being followed.
    async fn resolve_content(&self, path: &str, op: &'static str) -> Result<PathBuf> {
        let host = self.resolve(path).await?;
        match tokio::fs::symlink_metadata(&host).await {
            Ok(meta) if meta.file_type().is_symlink() => {
                Err(final_link_error().with_op(op).with_path(path))
            }
            _ => Ok(host),
        }
    }

    /// Checks that the parent of a resolved host path exists and is a directory.
    async fn check_parent(&self, host: &Path, op: &'static str, path: &str) -> Result<()> {
        let parent = host.parent().unwrap_or(&self.root);
        match tokio::fs::metadata(parent).await {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err(Error::new(ErrorKind::NotADirectory)
                .with_op(op)
                .with_path(path)),
            Err(e) => Err(io_error(e, op, path)),
        }
    }

    /// Fails with `IsADirectory` when the resolved path is an existing directory.
    async fn refuse_dir(host: &Path, op: &'static str, path: &str) -> Result<Option<Metadata>> {
        match tokio::fs::metadata(host).await {
            Ok(m) if m.is_dir() => Err(Error::new(ErrorKind::IsADirectory)
                .with_op(op)
                .with_path(path)),
            Ok(m) => Ok(Some(to_metadata(&m))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(e, op, path)),
        }
    }

    /// True when `target`, read from the folder `dir` (components below the root), stays
    /// inside the root, following the links it passes through (by their target text, at
    /// most 40) as a host tool would. Missing components are taken as they are (a dangling
    /// target is fine).
    async fn stays_inside(&self, dir: Vec<String>, target: &str) -> bool {
        let mut resolved = dir;
        let mut pending: VecDeque<String> = VecDeque::new();
        let push_text = |text: &str, pending: &mut VecDeque<String>| {
            let path = Path::new(text);
            if text.is_empty() || path.is_absolute() || text.contains('\0') {
                return false;
            }
            let comps: Option<Vec<String>> = path
                .components()
                .map(|c| match c {
                    Component::Normal(c) => Some(c.to_string_lossy().into_owned()),
                    Component::ParentDir => Some("..".to_string()),
                    Component::CurDir => Some(".".to_string()),
                    Component::RootDir | Component::Prefix(_) => None,
                })
                .collect();
            match comps {
                Some(comps) => {
                    for c in comps.into_iter().rev() {
                        pending.push_front(c);
                    }
                    true
                }
                None => false,
            }
        };
        if !push_text(target, &mut pending) {
            return false;
        }
        let mut hops = 0;
        let mut dangling = false;
        while let Some(comp) = pending.pop_front() {
            match comp.as_str() {
                "." => {}
                ".." => {
                    if resolved.pop().is_none() {
                        return false;
                    }
                }
                name => {
                    resolved.push(name.to_string());
                    if dangling {
                        continue;
                    }
                    let host = resolved.iter().fold(self.root.clone(), |p, c| p.join(c));
                    match tokio::fs::symlink_metadata(&host).await {
                        Ok(meta) if meta.file_type().is_symlink() => {
                            hops += 1;
                            let Ok(text) = tokio::fs::read_link(&host).await else {
                                return false;
                            };
                            resolved.pop();
                            if hops > 40 || !push_text(&text.to_string_lossy(), &mut pending) {
                                return false;
                            }
                        }
                        Ok(_) => {}
                        Err(_) => dangling = true,
                    }
                }
            }
        }
        true
    }
}

impl Backend for DiskBackend {
    fn name(&self) -> &'static str {
        "disk"
    }

    fn capability(&self) -> Capability {
        Capability {
            batch_read: false,
            native_walk: false,
            ..Capability::all()
        }
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        let host = self.resolve(path).await?;
        let meta = tokio::fs::symlink_metadata(&host)
            .await
            .map_err(|e| io_error(e, "stat", path))?;
        Ok(to_metadata(&meta))
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        let host = self.resolve_content(path, "read").await?;
        let mut file = tokio::fs::File::open(&host)
            .await
            .map_err(|e| io_error(e, "read", path))?;
        let meta = file
            .metadata()
            .await
            .map_err(|e| io_error(e, "read", path))?;
        if meta.is_dir() {
            return Err(Error::new(ErrorKind::IsADirectory)
                .with_op("read")
                .with_path(path));
        }
        let mut buf = Vec::new();
        match range {
            None => {
                buf.reserve(usize::try_from(meta.len()).unwrap_or(0));
                file.read_to_end(&mut buf)
                    .await
                    .map_err(|e| io_error(e, "read", path))?;
            }
            Some(r) => {
                let start = r.start.min(meta.len());
                let end = r.end.clamp(start, meta.len());
                if end > start {
                    file.seek(io::SeekFrom::Start(start))
                        .await
                        .map_err(|e| io_error(e, "read", path))?;
                    file.take(end - start)
                        .read_to_end(&mut buf)
                        .await
                        .map_err(|e| io_error(e, "read", path))?;
                }
            }
        }
        Ok(Bytes::from(buf))
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        let host = self.resolve_content(path, "list").await?;
        let mut dir = tokio::fs::read_dir(&host)
            .await
            .map_err(|e| io_error(e, "list", path))?;
        let mut out = Vec::new();
        while let Some(entry) = dir
            .next_entry()
            .await
            .map_err(|e| io_error(e, "list", path))?
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(TEMP_PREFIX) {
                continue;
            }
            // DirEntry::metadata does not follow links.
            let meta = match entry.metadata().await {
                Ok(m) => m,
                // Removed between listing and stat: skip it, as `ls` would.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(io_error(e, "list", path)),
            };
            out.push(DirEntry {
                name,
                meta: to_metadata(&meta),
            });
        }
        Ok(out)
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        if path.is_empty() {
            return Err(Error::new(ErrorKind::IsADirectory)
                .with_op("write")
                .with_path(path));
        }
        let host = self.resolve_content(path, "write").await?;
        self.check_parent(&host, "write", path).await?;
        let old = Self::refuse_dir(&host, "write", path).await?;
        let parent = host.parent().unwrap_or(&self.root);
        let temp = parent.join(format!(
            "{TEMP_PREFIX}{}-{}",
            std::process::id(),
            TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let result = async {
            let mut file = tokio::fs::File::create(&temp).await?;
            file.write_all(&data).await?;
            file.flush().await?;
            if let Some(old) = &old {
                let perms = std::fs::Permissions::from_mode(old.mode);
                file.set_permissions(perms).await?;
            }
            drop(file);
            tokio::fs::rename(&temp, &host).await
        }
        .await;
        if let Err(e) = result {
            // Best effort: the temporary may not even exist.
            let _ = tokio::fs::remove_file(&temp).await;
            return Err(io_error(e, "write", path));
        }
        Ok(())
    }

    async fn append(&self, path: &str, data: Bytes) -> Result<()> {
        if path.is_empty() {
            return Err(Error::new(ErrorKind::IsADirectory)
                .with_op("append")
                .with_path(path));
        }
        let host = self.resolve_content(path, "append").await?;
        self.check_parent(&host, "append", path).await?;
        Self::refuse_dir(&host, "append", path).await?;
        let mut file = tokio::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(&host)
            .await
            .map_err(|e| io_error(e, "append", path))?;
        file.write_all(&data)
            .await
            .map_err(|e| io_error(e, "append", path))?;
        file.flush().await.map_err(|e| io_error(e, "append", path))
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        if path.is_empty() {
            return Err(Error::new(ErrorKind::AlreadyExists)
                .with_op("mkdir")
                .with_path(path));
        }
        let host = self.resolve(path).await?;
        tokio::fs::create_dir(&host)
            .await
            .map_err(|e| io_error(e, "mkdir", path))
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        if path.is_empty() {
            return Err(Error::new(ErrorKind::PermissionDenied)
                .with_op("remove")
                .with_path(path));
        }
        let host = self.resolve(path).await?;
        let meta = tokio::fs::symlink_metadata(&host)
            .await
            .map_err(|e| io_error(e, "remove", path))?;
        let result = if meta.is_dir() {
            if recursive {
                tokio::fs::remove_dir_all(&host).await
            } else {
                tokio::fs::remove_dir(&host).await
            }
        } else {
            tokio::fs::remove_file(&host).await
        };
        result.map_err(|e| io_error(e, "remove", path))
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        if from.is_empty() || to.is_empty() {
            return Err(Error::new(ErrorKind::InvalidPath)
                .with_op("rename")
                .with_path(from));
        }
        if to.len() > from.len() && to.starts_with(from) && to.as_bytes()[from.len()] == b'/' {
            return Err(Error::new(ErrorKind::InvalidPath)
                .with_op("rename")
                .with_path(from));
        }
        let host_from = self.resolve(from).await?;
        let host_to = self.resolve(to).await?;
        tokio::fs::symlink_metadata(&host_from)
            .await
            .map_err(|e| io_error(e, "rename", from))?;
        self.check_parent(&host_to, "rename", to).await?;
        tokio::fs::rename(&host_from, &host_to)
            .await
            .map_err(|e| io_error(e, "rename", to))
    }

    async fn symlink(&self, target: &str, link: &str) -> Result<()> {
        if link.is_empty() {
            return Err(Error::new(ErrorKind::AlreadyExists)
                .with_op("symlink")
                .with_path(link));
        }
        let host_link = self.resolve(link).await?;
        // The target, read from the link's folder, must stay inside: first by its text
        // (absolute targets and too many `..` are refused), then through existing links.
        let target_path = Path::new(target);
        let mut dir: Vec<String> = checked_components(link)?
            .iter()
            .map(|c| c.to_string())
            .collect();
        dir.pop();
        if !self.stays_inside(dir, target).await {
            return Err(escape(link));
        }
        tokio::fs::symlink(target_path, &host_link)
            .await
            .map_err(|e| io_error(e, "symlink", link))
    }

    async fn read_link(&self, path: &str) -> Result<String> {
        let host = self.resolve(path).await?;
        let meta = tokio::fs::symlink_metadata(&host)
            .await
            .map_err(|e| io_error(e, "readlink", path))?;
        if !meta.file_type().is_symlink() {
            return Err(Error::new(ErrorKind::InvalidPath)
                .with_op("readlink")
                .with_path(path));
        }
        let target = tokio::fs::read_link(&host)
            .await
            .map_err(|e| io_error(e, "readlink", path))?;
        Ok(target.to_string_lossy().into_owned())
    }

    async fn set_mtime(&self, path: &str, mtime: Duration) -> Result<()> {
        let host = self.resolve_content(path, "touch").await?;
        let owned = path.to_string();
        let when = UNIX_EPOCH + mtime;
        tokio::task::spawn_blocking(move || {
            let file = std::fs::File::open(&host)?;
            file.set_modified(when)
        })
        .await
        .map_err(|e| {
            Error::new(ErrorKind::Other)
                .with_op("touch")
                .with_path(owned.clone())
                .with_detail(e.to_string())
        })?
        .map_err(|e| io_error(e, "touch", &owned))
    }

    async fn set_mode(&self, path: &str, mode: u32) -> Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let host = self.resolve_content(path, "chmod").await?;
        tokio::fs::set_permissions(&host, std::fs::Permissions::from_mode(mode & 0o7777))
            .await
            .map_err(|e| io_error(e, "chmod", path))
    }
}

/// Splits a backend path into checked names: no empty, `.` or `..` component and no NUL.
fn checked_components(path: &str) -> Result<Vec<&str>> {
    if path.is_empty() {
        return Ok(Vec::new());
    }
    path.split('/')
        .map(|c| match c {
            "" | "." | ".." => Err(Error::new(ErrorKind::InvalidPath)
                .with_op("resolve")
                .with_path(path)),
            c if c.contains('\0') => Err(Error::new(ErrorKind::InvalidPath)
                .with_op("resolve")
                .with_path(path)),
            c => Ok(c),
        })
        .collect()
}

/// The error for a path that would leave the folder.
fn escape(path: &str) -> Error {
    Error::new(ErrorKind::PermissionDenied)
        .with_op("resolve")
        .with_path(path)
}

/// Converts host metadata (not following links) to mirage's.
fn to_metadata(meta: &std::fs::Metadata) -> Metadata {
    let ft = meta.file_type();
    let file_type = if ft.is_symlink() {
        FileType::Symlink
    } else if ft.is_dir() {
        FileType::Dir
    } else {
        FileType::File
    };
    Metadata {
        file_type,
        size: if ft.is_dir() { 0 } else { meta.len() },
        mtime: meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()),
        mode: meta.permissions().mode() & 0o7777,
    }
}

/// Maps a host I/O error to a mirage error: the one place where `io::ErrorKind` is read.
pub fn io_error(err: io::Error, op: &'static str, path: &str) -> Error {
    use io::ErrorKind as Io;
    // errno values with no stable io::ErrorKind of their own.
    const ELOOP: i32 = 40;
    const EXDEV: i32 = 18;
    const ENAMETOOLONG: i32 = 36;
    const EMLINK: i32 = 31;
    let kind = match err.raw_os_error() {
        Some(ELOOP) => ErrorKind::TooManyLinks,
        Some(EXDEV) => ErrorKind::CrossesMount,
        Some(ENAMETOOLONG) => ErrorKind::InvalidPath,
        Some(EMLINK) => ErrorKind::LimitExceeded,
        _ => match err.kind() {
            Io::NotFound => ErrorKind::NotFound,
            Io::AlreadyExists => ErrorKind::AlreadyExists,
            Io::NotADirectory => ErrorKind::NotADirectory,
            Io::IsADirectory => ErrorKind::IsADirectory,
            Io::DirectoryNotEmpty => ErrorKind::DirectoryNotEmpty,
            Io::PermissionDenied => ErrorKind::PermissionDenied,
            Io::ReadOnlyFilesystem => ErrorKind::ReadOnly,
            Io::CrossesDevices => ErrorKind::CrossesMount,
            Io::InvalidInput | Io::InvalidFilename => ErrorKind::InvalidPath,
            Io::Unsupported => ErrorKind::Unsupported,
            Io::TooManyLinks => ErrorKind::LimitExceeded,
            Io::StorageFull
            | Io::QuotaExceeded
            | Io::FileTooLarge
            | Io::OutOfMemory
            | Io::ArgumentListTooLong => ErrorKind::LimitExceeded,
            Io::BrokenPipe => ErrorKind::BrokenPipe,
            Io::Interrupted => ErrorKind::Cancelled,
            Io::TimedOut
            | Io::StaleNetworkFileHandle
            | Io::ResourceBusy
            | Io::ExecutableFileBusy
            | Io::Deadlock
            | Io::NotSeekable
            | Io::WouldBlock
            | Io::ConnectionRefused
            | Io::ConnectionReset
            | Io::ConnectionAborted
            | Io::NotConnected
            | Io::HostUnreachable
            | Io::NetworkUnreachable
            | Io::NetworkDown
            | Io::AddrInUse
            | Io::AddrNotAvailable => ErrorKind::Backend,
            Io::InvalidData | Io::UnexpectedEof | Io::WriteZero => ErrorKind::Other,
            _ => ErrorKind::Other,
        },
    };
    let mut out = Error::new(kind).with_op(op).with_path(path);
    if matches!(kind, ErrorKind::Other | ErrorKind::Backend) {
        out = out.with_detail(err.to_string());
    }
    out.with_source(err)
}

#[cfg(test)]
mod tests {
    //! Disk-specific behaviour; the backend contract suite runs on this backend in
    //! `tests/tests/backends.rs`.
    use super::*;

    fn setup() -> (tempfile::TempDir, DiskBackend) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("root")).expect("mkdir root");
        std::fs::write(dir.path().join("secret"), b"outside").expect("write secret");
        let backend = DiskBackend::new(dir.path().join("root")).expect("backend");
        (dir, backend)
    }

    fn kind<T: std::fmt::Debug>(r: Result<T>) -> ErrorKind {
        r.expect_err("expected an error").kind()
    }

    #[tokio::test]
    async fn write_read_stat_list() {
        let (_d, b) = setup();
        b.create_dir("a").await.expect("mkdir");
        b.write("a/f.txt", Bytes::from_static(b"hello"))
            .await
            .expect("write");
        assert_eq!(&b.read("a/f.txt", None).await.expect("read")[..], b"hello");
        assert_eq!(
            &b.read("a/f.txt", Some(1..3)).await.expect("range")[..],
            b"el"
        );
        assert!(
            b.read("a/f.txt", Some(10..20))
                .await
                .expect("past end")
                .is_empty()
        );
        let m = b.stat("a/f.txt").await.expect("stat");
        assert!(m.is_file());
        assert_eq!(m.size, 5);
        assert!(b.stat("").await.expect("root").is_dir());
        let names: Vec<_> = b
            .list("a")
            .await
            .expect("list")
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, vec!["f.txt"]);
        b.append("a/f.txt", Bytes::from_static(b"!"))
            .await
            .expect("append");
        b.append("a/new", Bytes::from_static(b"x"))
            .await
            .expect("append new");
        assert_eq!(&b.read("a/f.txt", None).await.expect("read")[..], b"hello!");
        let walked = b.walk("").await.expect("walk");
        assert_eq!(walked.len(), 3);
    }

    #[tokio::test]
    async fn behavior_errors() {
        let (_d, b) = setup();
        b.create_dir("d").await.expect("mkdir");
        b.write("f", Bytes::from_static(b"x")).await.expect("write");
        assert_eq!(kind(b.stat("nope").await), ErrorKind::NotFound);
        assert!(matches!(
            kind(b.stat("f/x").await),
            ErrorKind::NotADirectory | ErrorKind::NotFound
        ));
        assert_eq!(kind(b.read("nope", None).await), ErrorKind::NotFound);
        assert_eq!(kind(b.read("d", None).await), ErrorKind::IsADirectory);
        assert_eq!(kind(b.list("f").await), ErrorKind::NotADirectory);
        assert_eq!(kind(b.list("nope").await), ErrorKind::NotFound);
        assert_eq!(kind(b.walk("f").await), ErrorKind::NotADirectory);
        assert_eq!(
            kind(b.write("nope/x", Bytes::new()).await),
            ErrorKind::NotFound
        );
        assert_eq!(
            kind(b.write("f/x", Bytes::new()).await),
            ErrorKind::NotADirectory
        );
        assert_eq!(
            kind(b.write("d", Bytes::new()).await),
            ErrorKind::IsADirectory
        );
        assert_eq!(
            kind(b.append("d", Bytes::new()).await),
            ErrorKind::IsADirectory
        );
        assert_eq!(kind(b.create_dir("d").await), ErrorKind::AlreadyExists);
        assert_eq!(kind(b.create_dir("f").await), ErrorKind::AlreadyExists);
        assert_eq!(kind(b.create_dir("x/y").await), ErrorKind::NotFound);
        assert_eq!(kind(b.remove("nope", false).await), ErrorKind::NotFound);
        assert_eq!(kind(b.remove("", true).await), ErrorKind::PermissionDenied);
        b.write("d/g", Bytes::new()).await.expect("write");
        assert_eq!(
            kind(b.remove("d", false).await),
            ErrorKind::DirectoryNotEmpty
        );
        b.remove("d", true).await.expect("rm -r");
        assert_eq!(kind(b.stat("d").await), ErrorKind::NotFound);
        assert_eq!(kind(b.read_link("f").await), ErrorKind::InvalidPath);
    }

    #[tokio::test]
    async fn rename_behaviour() {
        let (_d, b) = setup();
        b.create_dir("d").await.expect("mkdir");
        b.write("f", Bytes::from_static(b"1")).await.expect("write");
        b.write("g", Bytes::from_static(b"2")).await.expect("write");
        b.rename("f", "g").await.expect("replace file");
        assert_eq!(&b.read("g", None).await.expect("read")[..], b"1");
        assert_eq!(kind(b.rename("f", "h").await), ErrorKind::NotFound);
        assert_eq!(kind(b.rename("g", "nope/h").await), ErrorKind::NotFound);
        assert_eq!(kind(b.rename("d", "d/e").await), ErrorKind::InvalidPath);
        b.rename("d", "e").await.expect("rename dir");
        assert!(b.stat("e").await.expect("stat").is_dir());
    }

    #[tokio::test]
    async fn write_is_atomic_and_leaves_no_temp() {
        let (d, b) = setup();
        b.write("f", Bytes::from_static(b"one"))
            .await
            .expect("write");
        b.write("f", Bytes::from_static(b"two"))
            .await
            .expect("write");
        let names: Vec<_> = std::fs::read_dir(d.path().join("root"))
            .expect("read_dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("f")]);
        assert_eq!(&b.read("f", None).await.expect("read")[..], b"two");
    }

    #[tokio::test]
    async fn mtime_and_links() {
        let (_d, b) = setup();
        b.write("f", Bytes::from_static(b"x")).await.expect("write");
        b.set_mtime("f", Duration::from_secs(1_000_000))
            .await
            .expect("touch");
        assert_eq!(
            b.stat("f").await.expect("stat").mtime,
            Some(Duration::from_secs(1_000_000))
        );
        b.create_dir("d").await.expect("mkdir");
        b.symlink("../f", "d/l").await.expect("symlink");
        assert!(b.stat("d/l").await.expect("lstat").is_symlink());
        assert_eq!(b.read_link("d/l").await.expect("readlink"), "../f");
        assert_eq!(kind(b.symlink("f", "d/l").await), ErrorKind::AlreadyExists);
        let listed = b.list("d").await.expect("list");
        assert!(listed[0].meta.is_symlink());
        b.remove("d/l", false).await.expect("rm link");
        assert!(b.stat("f").await.is_ok());
    }

    #[tokio::test]
    async fn links_are_never_followed() {
        let (_d, b) = setup();
        let root = b.root().to_path_buf();
        std::fs::create_dir(root.join("dir")).expect("dir");
        std::fs::write(root.join("dir/f"), b"in").expect("f");
        std::os::unix::fs::symlink("dir", root.join("ld")).expect("ld");
        std::os::unix::fs::symlink(root.join("dir/f"), root.join("abs")).expect("abs");
        assert_eq!(kind(b.read("ld/f", None).await), ErrorKind::NotADirectory);
        assert_eq!(kind(b.list("ld").await), ErrorKind::InvalidPath);
        assert_eq!(kind(b.read("abs", None).await), ErrorKind::InvalidPath);
        assert_eq!(
            kind(b.write("abs", Bytes::from_static(b"no")).await),
            ErrorKind::InvalidPath
        );
        assert_eq!(
            kind(b.set_mtime("abs", Duration::from_secs(1)).await),
            ErrorKind::InvalidPath
        );
        assert_eq!(std::fs::read(root.join("dir/f")).expect("f"), b"in");
        // The link itself can be renamed and removed.
        b.rename("abs", "abs2").await.expect("rename link");
        b.remove("abs2", false).await.expect("remove link");
        assert_eq!(std::fs::read(root.join("dir/f")).expect("f"), b"in");
    }

    #[tokio::test]
    async fn escape_absolute_link_to_etc() {
        let (d, b) = setup();
        std::os::unix::fs::symlink("/etc", d.path().join("root/etc")).expect("symlink");
        assert_eq!(
            kind(b.read("etc/passwd", None).await),
            ErrorKind::NotADirectory
        );
        assert_eq!(kind(b.list("etc").await), ErrorKind::InvalidPath);
        assert_eq!(kind(b.stat("etc/passwd").await), ErrorKind::NotADirectory);
        assert_eq!(
            kind(b.write("etc/mirage-escape", Bytes::new()).await),
            ErrorKind::NotADirectory
        );
        assert_eq!(
            kind(b.create_dir("etc/mirage-escape").await),
            ErrorKind::NotADirectory
        );
        // The link itself is visible (lstat) but never followed.
        assert!(b.stat("etc").await.expect("lstat").is_symlink());
        assert_eq!(b.read_link("etc").await.expect("readlink"), "/etc");
    }

    #[tokio::test]
    async fn escape_link_chain() {
        let (d, b) = setup();
        let root = d.path().join("root");
        std::os::unix::fs::symlink("b", root.join("a")).expect("a");
        std::fs::create_dir(root.join("sub")).expect("sub");
        std::os::unix::fs::symlink("sub/c", root.join("b")).expect("b");
        std::os::unix::fs::symlink("../../secret", root.join("sub/c")).expect("c");
        for path in ["a", "b", "sub/c"] {
            assert!(b.read(path, None).await.is_err(), "{path}");
            assert!(
                b.write(path, Bytes::from_static(b"pwned")).await.is_err(),
                "{path}"
            );
            assert!(
                b.append(path, Bytes::from_static(b"pwned")).await.is_err(),
                "{path}"
            );
        }
        assert_eq!(
            std::fs::read(d.path().join("secret")).expect("secret"),
            b"outside"
        );
    }

    #[tokio::test]
    async fn escape_dotdot_and_bad_components() {
        let (_d, b) = setup();
        for bad in [
            "..",
            "../secret",
            "a/../../secret",
            "./x",
            "a//b",
            "/etc/passwd",
            "a/",
        ] {
            assert_eq!(
                kind(b.read(bad, None).await),
                ErrorKind::InvalidPath,
                "{bad}"
            );
            assert_eq!(
                kind(b.write(bad, Bytes::new()).await),
                ErrorKind::InvalidPath,
                "{bad}"
            );
        }
    }

    #[tokio::test]
    async fn escape_creating_links_is_refused() {
        let (d, b) = setup();
        for target in ["/etc", "/etc/passwd", "../secret", "a/../../secret", ""] {
            assert_eq!(
                kind(b.symlink(target, "l").await),
                ErrorKind::PermissionDenied,
                "{target}"
            );
        }
        // A link inside that would be followed through an existing escaping link.
        std::os::unix::fs::symlink("/", d.path().join("root/up")).expect("up");
        assert_eq!(
            kind(b.symlink("up/etc", "l").await),
            ErrorKind::PermissionDenied
        );
        // Through a relative link that climbs out: refused too.
        std::fs::create_dir(d.path().join("root/sub")).expect("sub");
        std::os::unix::fs::symlink("../..", d.path().join("root/sub/out")).expect("out");
        assert_eq!(
            kind(b.symlink("sub/out/secret", "l").await),
            ErrorKind::PermissionDenied
        );
        // A chain of links that stays inside is allowed (`ln -s l l2`), and a loop is refused.
        std::fs::write(d.path().join("root/f"), b"in").expect("f");
        b.symlink("f", "l1").await.expect("l1");
        b.symlink("l1", "l2").await.expect("chain inside");
        b.symlink("sub/../l2", "sub/l3")
            .await
            .expect("chain with ..");
        b.symlink("loop-b", "loop-a")
            .await
            .expect("dangling for now");
        std::os::unix::fs::symlink("loop-a", d.path().join("root/loop-b")).expect("loop-b");
        assert_eq!(
            kind(b.symlink("loop-a", "l4").await),
            ErrorKind::PermissionDenied
        );
        // Dangling links inside are fine, and writing to one does not create its target.
        b.symlink("not-yet", "l").await.expect("dangling");
        assert!(b.write("l", Bytes::from_static(b"x")).await.is_err());
        assert!(!d.path().join("root/not-yet").exists());
    }

    #[test]
    fn new_checks_the_folder() {
        let d = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            DiskBackend::new(d.path().join("nope"))
                .expect_err("missing")
                .kind(),
            ErrorKind::NotFound
        );
        std::fs::write(d.path().join("f"), b"").expect("f");
        assert_eq!(
            DiskBackend::new(d.path().join("f"))
                .expect_err("file")
                .kind(),
            ErrorKind::NotADirectory
        );
    }

    #[test]
    fn io_errors_map() {
        let cases = [
            (
                io::Error::from(io::ErrorKind::NotFound),
                ErrorKind::NotFound,
            ),
            (io::Error::from_raw_os_error(40), ErrorKind::TooManyLinks),
            (io::Error::from_raw_os_error(18), ErrorKind::CrossesMount),
            (
                io::Error::from_raw_os_error(39),
                ErrorKind::DirectoryNotEmpty,
            ),
            (io::Error::from_raw_os_error(20), ErrorKind::NotADirectory),
            (io::Error::from_raw_os_error(21), ErrorKind::IsADirectory),
            (io::Error::from_raw_os_error(30), ErrorKind::ReadOnly),
            (io::Error::from_raw_os_error(28), ErrorKind::LimitExceeded),
        ];
        for (err, want) in cases {
            assert_eq!(io_error(err, "op", "p").kind(), want);
        }
    }
}

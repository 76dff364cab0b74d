//! `wasi:filesystem` (types and preopens) over mirage's VFS: the guest sees the workspace
//! tree through one preopen, `/`, and nothing of the host. Paths are resolved inside the
//! tree (`..` past the root and absolute paths in `*-at` calls are `not-permitted`, as WASI
//! requires), read-only mounts refuse writes, and symlinks resolve inside the VFS.
//!
//! wasi-libc starts every guest in `/` and resolves relative paths against the preopen whose
//! name matches last, so a second `.` preopen for the shell's working directory would also
//! capture absolute paths: a tool sees one preopen, `/`, and relative paths resolve from the
//! workspace root. The shell's directory is in `$PWD` for tools that want it.
//!
//! Open files are buffered: a file opened for writing is loaded once, written in memory and
//! written back to the VFS when its stream is flushed, on `sync`, when the descriptor is
//! dropped, and at the end of the run ([`FsState::flush_all`]).

use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use mirage_core::vfs::{FileType, Metadata, Vfs};
use mirage_core::{Clock, Error, ErrorKind};
use wasmtime::component::{HasData, Resource, ResourceTable};
use wasmtime_wasi_io::poll::Pollable;
use wasmtime_wasi_io::streams::{DynInputStream, DynOutputStream, OutputStream, StreamError};

use super::errors::error_code;

/// The generated bindings (their items carry the WIT docs, not rustdoc).
#[allow(missing_docs)]
mod generated {
    wasmtime::component::bindgen!({
        path: "wit",
        world: "mirage:tool/vfs",
        imports: { default: async | trappable },
        trappable_error_type: {
            "wasi:filesystem/types.error-code" => super::FsError,
        },
        with: {
            "wasi:io/poll": wasmtime_wasi_io::bindings::wasi::io::poll,
            "wasi:io/streams": wasmtime_wasi_io::bindings::wasi::io::streams,
            "wasi:io/error": wasmtime_wasi_io::bindings::wasi::io::error,
            "wasi:clocks/wall-clock": wasmtime_wasi::p2::bindings::clocks::wall_clock,
            "wasi:filesystem/types.descriptor": super::Descriptor,
            "wasi:filesystem/types.directory-entry-stream": super::DirStream,
        },
        require_store_data_send: true,
    });
}

pub use generated::wasi::filesystem::{preopens, types};
use types::{
    Advice, DescriptorFlags, DescriptorStat, DescriptorType, DirectoryEntry, ErrorCode,
    MetadataHashValue, NewTimestamp, OpenFlags, PathFlags,
};
use wasmtime_wasi::p2::bindings::clocks::wall_clock::Datetime;

/// A filesystem error the guest sees, or a trap.
pub type FsError = wasmtime_wasi::TrappableError<ErrorCode>;
type FsResult<T> = Result<T, FsError>;

/// The contents of an open regular file.
#[derive(Debug)]
struct FileBuf {
    path: String,
    data: Vec<u8>,
    dirty: bool,
}

impl FileBuf {
    /// Writes `bytes` at offset `at` (growing the file with zeros as needed), marks the
    /// buffer dirty and returns the offset just past the write.
    fn write_at(&mut self, at: usize, bytes: &[u8]) -> usize {
        let end = at.saturating_add(bytes.len());
        if self.data.len() < end {
            self.data.resize(end, 0);
        }
        self.data[at..end].copy_from_slice(bytes);
        self.dirty = true;
        end
    }
}

type SharedFile = Arc<Mutex<FileBuf>>;

/// An open file or directory.
#[derive(Debug)]
pub struct Descriptor {
    /// Absolute path in the VFS.
    path: String,
    kind: Kind,
    flags: DescriptorFlags,
}

#[derive(Debug)]
enum Kind {
    Dir,
    /// A file; its contents are loaded on first use.
    File(Option<SharedFile>),
}

/// A directory listing being read.
#[derive(Debug)]
pub struct DirStream {
    entries: std::vec::IntoIter<DirectoryEntry>,
}

/// The filesystem side of a tool run.
pub struct FsState {
    vfs: Vfs,
    clock: Arc<dyn Clock>,
    /// Files opened for writing, flushed at the end of the run.
    written: Vec<SharedFile>,
}

impl FsState {
    /// A filesystem over `vfs`; "now" comes from `clock`.
    pub fn new(vfs: Vfs, clock: Arc<dyn Clock>) -> Self {
        FsState {
            vfs,
            clock,
            written: Vec::new(),
        }
    }

    /// Writes every modified file back to the VFS; the first error wins.
    pub async fn flush_all(&mut self) -> Result<(), Error> {
        let files = std::mem::take(&mut self.written);
        let mut first = Ok(());
        for f in files {
            if let Err(e) = write_back(&self.vfs, &f).await
                && first.is_ok()
            {
                first = Err(e);
            }
        }
        first
    }
}

async fn write_back(vfs: &Vfs, f: &SharedFile) -> Result<(), Error> {
    let (path, data) = {
        let mut g = f.lock().map_err(|_| Error::new(ErrorKind::Other))?;
        if !g.dirty {
            return Ok(());
        }
        g.dirty = false;
        (g.path.clone(), Bytes::from(g.data.clone()))
    };
    vfs.write(&path, data).await
}

/// The view the generated host traits are implemented on.
pub struct FsView<'a> {
    /// The run's filesystem state.
    pub fs: &'a mut FsState,
    /// The store's resource table.
    pub table: &'a mut ResourceTable,
}

/// Marker type for `add_to_linker`.
pub struct VfsFilesystem;

impl HasData for VfsFilesystem {
    type Data<'a> = FsView<'a>;
}

/// Resource-table failures are the host's bugs: they trap the guest.
trait TableResult<T> {
    fn t(self) -> FsResult<T>;
}

impl<T> TableResult<T> for Result<T, wasmtime::component::ResourceTableError> {
    fn t(self) -> FsResult<T> {
        self.map_err(FsError::trap)
    }
}

fn err(kind: ErrorKind) -> FsError {
    error_code(kind).into()
}

fn from_vfs(e: Error) -> FsError {
    match e.kind() {
        ErrorKind::Cancelled | ErrorKind::LimitExceeded => {
            FsError::trap(wasmtime::Error::msg(e.to_string()))
        }
        k => err(k),
    }
}

/// Resolves `rel` against directory `base`, refusing absolute paths and `..` past `/`.
fn resolve(base: &str, rel: &str) -> FsResult<String> {
    if rel.starts_with('/') {
        return Err(ErrorCode::NotPermitted.into());
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for comp in rel.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(ErrorCode::NotPermitted.into());
                }
            }
            c => parts.push(c),
        }
    }
    Ok(format!("/{}", parts.join("/")))
}

fn datetime(t: Option<Duration>) -> Option<Datetime> {
    t.map(|d| Datetime {
        seconds: d.as_secs(),
        nanoseconds: d.subsec_nanos(),
    })
}

fn descriptor_type(t: FileType) -> DescriptorType {
    match t {
        FileType::File => DescriptorType::RegularFile,
        FileType::Dir => DescriptorType::Directory,
        FileType::Symlink => DescriptorType::SymbolicLink,
    }
}

fn stat_of(m: &Metadata) -> DescriptorStat {
    DescriptorStat {
        type_: descriptor_type(m.file_type),
        link_count: 1,
        size: m.size,
        data_access_timestamp: datetime(m.mtime),
        data_modification_timestamp: datetime(m.mtime),
        status_change_timestamp: datetime(m.mtime),
    }
}

fn hash_of(path: &str) -> MetadataHashValue {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    path.hash(&mut h);
    let lower = h.finish();
    path.len().hash(&mut h);
    MetadataHashValue {
        lower,
        upper: h.finish(),
    }
}

impl FsView<'_> {
    fn desc(&self, fd: &Resource<Descriptor>) -> FsResult<&Descriptor> {
        self.table.get(fd).t()
    }

    fn writable(&self, d: &Descriptor) -> FsResult<()> {
        if self.fs.vfs.is_read_only(&d.path) {
            return Err(ErrorCode::ReadOnly.into());
        }
        Ok(())
    }

    /// The buffer of an open file, loading it from the VFS on first use.
    async fn file(&mut self, fd: &Resource<Descriptor>) -> FsResult<SharedFile> {
        let d = self.desc(fd)?;
        let path = d.path.clone();
        match &d.kind {
            Kind::Dir => Err(ErrorCode::IsDirectory.into()),
            Kind::File(Some(f)) => Ok(f.clone()),
            Kind::File(None) => {
                let data = self.fs.vfs.read(&path).await.map_err(from_vfs)?;
                let f = Arc::new(Mutex::new(FileBuf {
                    path,
                    data: data.to_vec(),
                    dirty: false,
                }));
                let d = self.table.get_mut(fd).t()?;
                d.kind = Kind::File(Some(f.clone()));
                if d.flags.contains(DescriptorFlags::WRITE) {
                    self.fs.written.push(f.clone());
                }
                Ok(f)
            }
        }
    }

    fn dir_path(&self, fd: &Resource<Descriptor>, rel: &str) -> FsResult<String> {
        let d = self.desc(fd)?;
        if !matches!(d.kind, Kind::Dir) {
            return Err(ErrorCode::NotDirectory.into());
        }
        resolve(&d.path, rel)
    }
}

fn lock(f: &SharedFile) -> FsResult<std::sync::MutexGuard<'_, FileBuf>> {
    f.lock()
        .map_err(|_| FsError::trap(wasmtime::Error::msg("file buffer poisoned")))
}

/// Writes into an open file's buffer at a position (or at the end, for append).
struct FileWriter {
    file: SharedFile,
    vfs: Vfs,
    pos: Option<usize>,
}

impl OutputStream for FileWriter {
    fn write(&mut self, bytes: Bytes) -> Result<(), StreamError> {
        let mut g = self
            .file
            .lock()
            .map_err(|_| StreamError::trap("file buffer poisoned"))?;
        let at = self.pos.unwrap_or(g.data.len());
        let end = g.write_at(at, &bytes);
        if let Some(p) = &mut self.pos {
            *p = end;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), StreamError> {
        Ok(())
    }

    fn check_write(&mut self) -> Result<usize, StreamError> {
        Ok(1 << 20)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for FileWriter {
    /// Readiness is when the buffer has reached the VFS.
    async fn ready(&mut self) {
        // A failed write-back is reported by the end-of-run flush.
        let _ = write_back(&self.vfs, &self.file).await;
    }
}

impl types::Host for FsView<'_> {
    fn convert_error_code(&mut self, e: FsError) -> wasmtime::Result<ErrorCode> {
        e.downcast()
    }

    async fn filesystem_error_code(
        &mut self,
        _err: Resource<wasmtime_wasi_io::streams::Error>,
    ) -> wasmtime::Result<Option<ErrorCode>> {
        Ok(None)
    }
}

impl preopens::Host for FsView<'_> {
    async fn get_directories(&mut self) -> wasmtime::Result<Vec<(Resource<Descriptor>, String)>> {
        let root = Descriptor {
            path: "/".to_string(),
            kind: Kind::Dir,
            flags: DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY,
        };
        Ok(vec![(self.table.push(root)?, "/".to_string())])
    }
}

impl types::HostDescriptor for FsView<'_> {
    async fn read_via_stream(
        &mut self,
        fd: Resource<Descriptor>,
        offset: u64,
    ) -> FsResult<Resource<DynInputStream>> {
        if !self.desc(&fd)?.flags.contains(DescriptorFlags::READ) {
            return Err(ErrorCode::BadDescriptor.into());
        }
        let f = self.file(&fd).await?;
        let data = {
            let g = lock(&f)?;
            let start = usize::try_from(offset)
                .unwrap_or(usize::MAX)
                .min(g.data.len());
            Bytes::copy_from_slice(&g.data[start..])
        };
        let stream: DynInputStream = Box::new(wasmtime_wasi::p2::pipe::MemoryInputPipe::new(data));
        self.table.push(stream).t()
    }

    async fn write_via_stream(
        &mut self,
        fd: Resource<Descriptor>,
        offset: u64,
    ) -> FsResult<Resource<DynOutputStream>> {
        self.writer(fd, Some(offset)).await
    }

    async fn append_via_stream(
        &mut self,
        fd: Resource<Descriptor>,
    ) -> FsResult<Resource<DynOutputStream>> {
        self.writer(fd, None).await
    }

    async fn advise(
        &mut self,
        _fd: Resource<Descriptor>,
        _offset: u64,
        _len: u64,
        _advice: Advice,
    ) -> FsResult<()> {
        Ok(())
    }

    async fn sync_data(&mut self, fd: Resource<Descriptor>) -> FsResult<()> {
        self.sync(fd).await
    }

    async fn get_flags(&mut self, fd: Resource<Descriptor>) -> FsResult<DescriptorFlags> {
        Ok(self.desc(&fd)?.flags)
    }

    async fn get_type(&mut self, fd: Resource<Descriptor>) -> FsResult<DescriptorType> {
        Ok(match self.desc(&fd)?.kind {
            Kind::Dir => DescriptorType::Directory,
            Kind::File(_) => DescriptorType::RegularFile,
        })
    }

    async fn set_size(&mut self, fd: Resource<Descriptor>, size: u64) -> FsResult<()> {
        let d = self.desc(&fd)?;
        if !d.flags.contains(DescriptorFlags::WRITE) {
            return Err(ErrorCode::BadDescriptor.into());
        }
        let f = self.file(&fd).await?;
        let mut g = lock(&f)?;
        let size = usize::try_from(size).map_err(|_| ErrorCode::FileTooLarge)?;
        g.data.resize(size, 0);
        g.dirty = true;
        Ok(())
    }

    async fn set_times(
        &mut self,
        fd: Resource<Descriptor>,
        _atime: NewTimestamp,
        mtime: NewTimestamp,
    ) -> FsResult<()> {
        let path = self.desc(&fd)?.path.clone();
        self.set_mtime(&path, mtime).await
    }

    async fn read(
        &mut self,
        fd: Resource<Descriptor>,
        len: u64,
        offset: u64,
    ) -> FsResult<(Vec<u8>, bool)> {
        if !self.desc(&fd)?.flags.contains(DescriptorFlags::READ) {
            return Err(ErrorCode::BadDescriptor.into());
        }
        let f = self.file(&fd).await?;
        let g = lock(&f)?;
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(g.data.len());
        let end = start
            .saturating_add(usize::try_from(len).unwrap_or(usize::MAX))
            .min(g.data.len());
        Ok((g.data[start..end].to_vec(), end == g.data.len()))
    }

    async fn write(
        &mut self,
        fd: Resource<Descriptor>,
        buf: Vec<u8>,
        offset: u64,
    ) -> FsResult<u64> {
        if !self.desc(&fd)?.flags.contains(DescriptorFlags::WRITE) {
            return Err(ErrorCode::BadDescriptor.into());
        }
        let f = self.file(&fd).await?;
        let at = usize::try_from(offset).map_err(|_| ErrorCode::FileTooLarge)?;
        lock(&f)?.write_at(at, &buf);
        write_back(&self.fs.vfs, &f).await.map_err(from_vfs)?;
        Ok(buf.len() as u64)
    }

    async fn read_directory(&mut self, fd: Resource<Descriptor>) -> FsResult<Resource<DirStream>> {
        let d = self.desc(&fd)?;
        if !matches!(d.kind, Kind::Dir) {
            return Err(ErrorCode::NotDirectory.into());
        }
        let path = d.path.clone();
        let list = self.fs.vfs.list(&path).await.map_err(from_vfs)?;
        let entries: Vec<DirectoryEntry> = list
            .into_iter()
            .map(|e| DirectoryEntry {
                type_: descriptor_type(e.meta.file_type),
                name: e.name,
            })
            .collect();
        self.table
            .push(DirStream {
                entries: entries.into_iter(),
            })
            .t()
    }

    async fn sync(&mut self, fd: Resource<Descriptor>) -> FsResult<()> {
        if let Kind::File(Some(f)) = &self.desc(&fd)?.kind {
            let f = f.clone();
            write_back(&self.fs.vfs, &f).await.map_err(from_vfs)?;
        }
        Ok(())
    }

    async fn create_directory_at(
        &mut self,
        fd: Resource<Descriptor>,
        path: String,
    ) -> FsResult<()> {
        let p = self.dir_path(&fd, &path)?;
        self.fs.vfs.create_dir(&p).await.map_err(from_vfs)
    }

    async fn stat(&mut self, fd: Resource<Descriptor>) -> FsResult<DescriptorStat> {
        let d = self.desc(&fd)?;
        let path = d.path.clone();
        let open = match &d.kind {
            Kind::File(Some(f)) => Some(lock(f)?.data.len() as u64),
            _ => None,
        };
        let m = self.fs.vfs.stat(&path).await.map_err(from_vfs)?;
        let mut s = stat_of(&m);
        if let Some(size) = open {
            s.size = size;
        }
        Ok(s)
    }

    async fn stat_at(
        &mut self,
        fd: Resource<Descriptor>,
        flags: PathFlags,
        path: String,
    ) -> FsResult<DescriptorStat> {
        let p = self.dir_path(&fd, &path)?;
        let m = if flags.contains(PathFlags::SYMLINK_FOLLOW) {
            self.fs.vfs.stat(&p).await
        } else {
            self.fs.vfs.lstat(&p).await
        };
        Ok(stat_of(&m.map_err(from_vfs)?))
    }

    async fn set_times_at(
        &mut self,
        fd: Resource<Descriptor>,
        _flags: PathFlags,
        path: String,
        _atime: NewTimestamp,
        mtime: NewTimestamp,
    ) -> FsResult<()> {
        let p = self.dir_path(&fd, &path)?;
        self.set_mtime(&p, mtime).await
    }

    async fn link_at(
        &mut self,
        _fd: Resource<Descriptor>,
        _old_flags: PathFlags,
        _old: String,
        _new_fd: Resource<Descriptor>,
        _new: String,
    ) -> FsResult<()> {
        Err(ErrorCode::NotPermitted.into())
    }

    async fn open_at(
        &mut self,
        fd: Resource<Descriptor>,
        path_flags: PathFlags,
        path: String,
        oflags: OpenFlags,
        flags: DescriptorFlags,
    ) -> FsResult<Resource<Descriptor>> {
        let p = self.dir_path(&fd, &path)?;
        let base_flags = self.desc(&fd)?.flags;
        let wants_write = flags.contains(DescriptorFlags::WRITE)
            || oflags.contains(OpenFlags::CREATE)
            || oflags.contains(OpenFlags::TRUNCATE);
        if wants_write && !base_flags.contains(DescriptorFlags::MUTATE_DIRECTORY) {
            return Err(ErrorCode::NotPermitted.into());
        }
        let vfs = self.fs.vfs.clone();
        let meta = if path_flags.contains(PathFlags::SYMLINK_FOLLOW) {
            vfs.stat(&p).await
        } else {
            vfs.lstat(&p).await
        };
        let meta = match meta {
            Ok(m) => {
                if oflags.contains(OpenFlags::EXCLUSIVE) {
                    return Err(ErrorCode::Exist.into());
                }
                Some(m)
            }
            Err(e) if e.kind() == ErrorKind::NotFound && oflags.contains(OpenFlags::CREATE) => None,
            Err(e) => return Err(from_vfs(e)),
        };
        if meta.as_ref().is_some_and(Metadata::is_symlink) {
            return Err(ErrorCode::Loop.into());
        }
        let is_dir = meta.as_ref().is_some_and(Metadata::is_dir);
        if oflags.contains(OpenFlags::DIRECTORY) && !is_dir {
            return Err(if meta.is_none() {
                ErrorCode::NoEntry
            } else {
                ErrorCode::NotDirectory
            }
            .into());
        }
        if is_dir {
            if flags.contains(DescriptorFlags::WRITE) {
                return Err(ErrorCode::IsDirectory.into());
            }
            let d = Descriptor {
                path: p,
                kind: Kind::Dir,
                flags: flags & (DescriptorFlags::READ | DescriptorFlags::MUTATE_DIRECTORY)
                    | (base_flags & DescriptorFlags::MUTATE_DIRECTORY),
            };
            return self.table.push(d).t();
        }
        if wants_write && vfs.is_read_only(&p) {
            return Err(ErrorCode::ReadOnly.into());
        }
        let mut kind = Kind::File(None);
        if meta.is_none() || oflags.contains(OpenFlags::TRUNCATE) {
            // Create or truncate now, so the file exists even if nothing is written.
            vfs.write(&p, Bytes::new()).await.map_err(from_vfs)?;
            let f = Arc::new(Mutex::new(FileBuf {
                path: p.clone(),
                data: Vec::new(),
                dirty: false,
            }));
            if flags.contains(DescriptorFlags::WRITE) {
                self.fs.written.push(f.clone());
            }
            kind = Kind::File(Some(f));
        }
        let d = Descriptor {
            path: p,
            kind,
            flags: flags & (DescriptorFlags::READ | DescriptorFlags::WRITE),
        };
        self.table.push(d).t()
    }

    async fn drop(&mut self, fd: Resource<Descriptor>) -> wasmtime::Result<()> {
        let d = self.table.delete(fd)?;
        if let Kind::File(Some(f)) = d.kind
            && d.flags.contains(DescriptorFlags::WRITE)
        {
            // Errors surface at the end-of-run flush, which retries this file.
            let _ = write_back(&self.fs.vfs, &f).await;
        }
        Ok(())
    }

    async fn readlink_at(&mut self, fd: Resource<Descriptor>, path: String) -> FsResult<String> {
        let p = self.dir_path(&fd, &path)?;
        self.fs.vfs.read_link(&p).await.map_err(from_vfs)
    }

    async fn remove_directory_at(
        &mut self,
        fd: Resource<Descriptor>,
        path: String,
    ) -> FsResult<()> {
        let p = self.dir_path(&fd, &path)?;
        let m = self.fs.vfs.lstat(&p).await.map_err(from_vfs)?;
        if !m.is_dir() {
            return Err(ErrorCode::NotDirectory.into());
        }
        self.fs.vfs.remove(&p, false).await.map_err(from_vfs)
    }

    async fn rename_at(
        &mut self,
        fd: Resource<Descriptor>,
        old: String,
        new_fd: Resource<Descriptor>,
        new: String,
    ) -> FsResult<()> {
        let from = self.dir_path(&fd, &old)?;
        let to = self.dir_path(&new_fd, &new)?;
        self.fs.vfs.rename(&from, &to).await.map_err(from_vfs)
    }

    async fn symlink_at(
        &mut self,
        fd: Resource<Descriptor>,
        target: String,
        link: String,
    ) -> FsResult<()> {
        if target.starts_with('/') {
            return Err(ErrorCode::NotPermitted.into());
        }
        let p = self.dir_path(&fd, &link)?;
        self.fs.vfs.symlink(&target, &p).await.map_err(from_vfs)
    }

    async fn unlink_file_at(&mut self, fd: Resource<Descriptor>, path: String) -> FsResult<()> {
        let p = self.dir_path(&fd, &path)?;
        let m = self.fs.vfs.lstat(&p).await.map_err(from_vfs)?;
        if m.is_dir() {
            return Err(ErrorCode::IsDirectory.into());
        }
        self.fs.vfs.remove(&p, false).await.map_err(from_vfs)
    }

    async fn is_same_object(
        &mut self,
        a: Resource<Descriptor>,
        b: Resource<Descriptor>,
    ) -> wasmtime::Result<bool> {
        Ok(self.table.get(&a)?.path == self.table.get(&b)?.path)
    }

    async fn metadata_hash(&mut self, fd: Resource<Descriptor>) -> FsResult<MetadataHashValue> {
        Ok(hash_of(&self.desc(&fd)?.path))
    }

    async fn metadata_hash_at(
        &mut self,
        fd: Resource<Descriptor>,
        _flags: PathFlags,
        path: String,
    ) -> FsResult<MetadataHashValue> {
        let p = self.dir_path(&fd, &path)?;
        self.fs.vfs.lstat(&p).await.map_err(from_vfs)?;
        Ok(hash_of(&p))
    }
}

impl FsView<'_> {
    async fn writer(
        &mut self,
        fd: Resource<Descriptor>,
        offset: Option<u64>,
    ) -> FsResult<Resource<DynOutputStream>> {
        let d = self.desc(&fd)?;
        if !d.flags.contains(DescriptorFlags::WRITE) {
            return Err(ErrorCode::BadDescriptor.into());
        }
        self.writable(d)?;
        let f = self.file(&fd).await?;
        let pos = match offset {
            Some(o) => Some(usize::try_from(o).map_err(|_| ErrorCode::FileTooLarge)?),
            None => None,
        };
        let w: DynOutputStream = Box::new(FileWriter {
            file: f,
            vfs: self.fs.vfs.clone(),
            pos,
        });
        self.table.push(w).t()
    }

    async fn set_mtime(&mut self, path: &str, t: NewTimestamp) -> FsResult<()> {
        let when = match t {
            NewTimestamp::NoChange => return Ok(()),
            NewTimestamp::Now => self.fs.clock.now(),
            NewTimestamp::Timestamp(d) => Duration::new(d.seconds, d.nanoseconds),
        };
        self.fs.vfs.set_mtime(path, when).await.map_err(from_vfs)
    }
}

impl types::HostDirectoryEntryStream for FsView<'_> {
    async fn read_directory_entry(
        &mut self,
        s: Resource<DirStream>,
    ) -> FsResult<Option<DirectoryEntry>> {
        Ok(self.table.get_mut(&s).t()?.entries.next())
    }

    async fn drop(&mut self, s: Resource<DirStream>) -> wasmtime::Result<()> {
        self.table.delete(s)?;
        Ok(())
    }
}

/// Adds `wasi:filesystem/types` and `preopens` over the VFS to a linker.
pub fn add_to_linker<T: Send + 'static>(
    linker: &mut wasmtime::component::Linker<T>,
    get: fn(&mut T) -> FsView<'_>,
) -> wasmtime::Result<()> {
    types::add_to_linker::<T, VfsFilesystem>(linker, get)?;
    preopens::add_to_linker::<T, VfsFilesystem>(linker, get)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn paths_stay_inside_the_tree() {
        assert_eq!(resolve("/", "a/b").ok(), Some("/a/b".to_string()));
        assert_eq!(resolve("/a", "../b/./c").ok(), Some("/b/c".to_string()));
        assert!(resolve("/", "..").is_err());
        assert!(resolve("/a", "../../etc/passwd").is_err());
        assert!(resolve("/", "/etc/passwd").is_err());
    }
}

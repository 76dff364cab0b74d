//! The filesystem over a bucket: each `Backend` operation as S3 requests through a
//! [`Client`], with the trait's `# Behavior` semantics (the RAM backend's).
//!
//! A directory exists when it is the mount root, when a key lies below its prefix, or when
//! its marker exists (on S3 a listed zero-byte object `dir/`; on s3s-fs a folder, seen by
//! HEAD only). Every function here runs inside one `netio::run` task, so an operation of
//! several requests finishes even when the script that started it is cancelled.

use std::ops::Range;

use bytes::Bytes;
use mirage_core::vfs::{DirEntry, Metadata, WalkEntry, objects};
use mirage_core::{Error, ErrorKind, Result};

use super::client::{Client, Cond, Head, Res};
use super::errors::Failure;

/// How often `append` re-reads after losing a race (`412 Precondition Failed`).
const APPEND_ATTEMPTS: usize = 8;

fn err(kind: ErrorKind) -> Error {
    Error::new(kind)
}

/// Turns a request failure into the mount's error.
trait OrErr<T> {
    fn or_err(self, c: &Client) -> Result<T>;
}

impl<T> OrErr<T> for Res<T> {
    fn or_err(self, c: &Client) -> Result<T> {
        self.map_err(|f| f.into_error(&c.cfg.bucket))
    }
}

/// The parent of a relative path (`""` for a top-level entry).
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(p, _)| p)
}

/// True when some key (an entry or a marker) lies below directory `path`.
async fn has_keys_below(c: &Client, path: &str) -> Result<bool> {
    c.any_below(&c.cfg.dir_prefix(path)).await.or_err(c)
}

/// Metadata of `path`: HEAD of its key, then (when there is no object) a one-key listing
/// below it.
pub(crate) async fn stat(c: &Client, path: &str) -> Result<Metadata> {
    if path.is_empty() {
        return Ok(Metadata::dir(None));
    }
    match c.head(&c.cfg.key(path)).await.or_err(c)? {
        Head::File(meta) => Ok(meta),
        Head::Folder => Ok(Metadata::dir(None)),
        Head::Missing if has_keys_below(c, path).await? => Ok(Metadata::dir(None)),
        Head::Missing => Err(err(ErrorKind::NotFound)),
    }
}

/// Fails unless `path`'s parent is an existing directory.
async fn check_parent(c: &Client, path: &str) -> Result<()> {
    let p = parent(path);
    if p.is_empty() || stat(c, p).await?.is_dir() {
        Ok(())
    } else {
        Err(err(ErrorKind::NotADirectory))
    }
}

/// Fails with `IsADirectory` when `path` is a directory.
async fn check_not_dir(c: &Client, path: &str) -> Result<()> {
    match c.head(&c.cfg.key(path)).await.or_err(c)? {
        Head::File(_) => Ok(()),
        Head::Folder => Err(err(ErrorKind::IsADirectory)),
        Head::Missing if has_keys_below(c, path).await? => Err(err(ErrorKind::IsADirectory)),
        Head::Missing => Ok(()),
    }
}

/// Checks that a file may be written at `path` (both checks run concurrently).
async fn check_writable(c: &Client, path: &str) -> Result<()> {
    if path.is_empty() {
        return Err(err(ErrorKind::IsADirectory));
    }
    let (me, up) = futures::join!(check_not_dir(c, path), check_parent(c, path));
    me.and(up)
}

/// The error of a GET that failed: a directory, a missing file, or the failure itself.
async fn read_failed(c: &Client, path: &str, f: Failure) -> Result<Bytes> {
    match f.status() {
        // A range past the end of an existing object.
        Some(416) => Ok(Bytes::new()),
        _ if f.is_not_found() => {
            if has_keys_below(c, path).await? {
                Err(err(ErrorKind::IsADirectory))
            } else {
                Err(err(ErrorKind::NotFound))
            }
        }
        Some(500) if c.head(&c.cfg.key(path)).await.or_err(c)? == Head::Folder => {
            Err(err(ErrorKind::IsADirectory))
        }
        _ => Err(f.into_error(&c.cfg.bucket)),
    }
}

/// Reads a file, or a byte range of it (one ranged GET).
pub(crate) async fn read(c: &Client, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
    if path.is_empty() {
        return Err(err(ErrorKind::IsADirectory));
    }
    if let Some(r) = &range
        && r.start >= r.end
    {
        return match stat(c, path).await? {
            m if m.is_dir() => Err(err(ErrorKind::IsADirectory)),
            _ => Ok(Bytes::new()),
        };
    }
    match c.get(&c.cfg.key(path), range).await {
        Ok((body, _)) => Ok(body),
        Err(f) => read_failed(c, path, f).await,
    }
}

/// Reads many files concurrently (the client's slots bound the GETs in flight).
pub(crate) async fn read_many(c: &Client, paths: &[String]) -> Vec<Result<Bytes>> {
    futures::future::join_all(paths.iter().map(|p| read(c, p, None))).await
}

/// Listing a path that has no keys below it: an empty directory (a folder on s3s-fs), a
/// file (`NotADirectory`) or nothing (`NotFound`).
async fn check_empty_dir(c: &Client, path: &str) -> Result<()> {
    match c.head(&c.cfg.key(path)).await.or_err(c)? {
        Head::Folder => Ok(()),
        Head::File(_) => Err(err(ErrorKind::NotADirectory)),
        Head::Missing => Err(err(ErrorKind::NotFound)),
    }
}

/// Lists a directory: ListObjectsV2 with delimiter `/`, every page.
pub(crate) async fn list(c: &Client, path: &str) -> Result<Vec<DirEntry>> {
    let prefix = c.cfg.dir_prefix(path);
    let found = c.list(&prefix, true).await.or_err(c)?;
    if found.objects.is_empty() && found.prefixes.is_empty() && !path.is_empty() {
        check_empty_dir(c, path).await?;
        return Ok(Vec::new());
    }
    Ok(objects::dir_entries(
        &prefix,
        found.objects,
        &found.prefixes,
    ))
}

/// Every key below directory `path`, its marker included (when the server lists it).
async fn keys_below(c: &Client, path: &str) -> Result<Vec<String>> {
    let found = c.list(&c.cfg.dir_prefix(path), false).await.or_err(c)?;
    Ok(found.objects.into_iter().map(|o| o.key).collect())
}

/// Walks a tree: one ListObjectsV2 without a delimiter (every page); directories come from
/// the keys' prefixes and from markers.
pub(crate) async fn walk(c: &Client, path: &str) -> Result<Vec<WalkEntry>> {
    let prefix = c.cfg.dir_prefix(path);
    let found = c.list(&prefix, false).await.or_err(c)?;
    if found.objects.is_empty() && !path.is_empty() {
        check_empty_dir(c, path).await?;
        return Ok(Vec::new());
    }
    Ok(objects::walk_entries(&prefix, found.objects))
}

/// Writes a file: the checks, then one PutObject (or one multipart upload).
pub(crate) async fn write(c: &Client, path: &str, data: Bytes) -> Result<()> {
    check_writable(c, path).await?;
    c.put(&c.cfg.key(path), data, Cond::Always).await.or_err(c)
}

/// Appends: read (with its ETag), then a PUT conditional on that ETag (or on the key being
/// absent); a lost race (412) starts over.
pub(crate) async fn append(c: &Client, path: &str, data: Bytes) -> Result<()> {
    if path.is_empty() {
        return Err(err(ErrorKind::IsADirectory));
    }
    let key = c.cfg.key(path);
    if data.is_empty() {
        // `>> f` with nothing to add: create a missing file, leave an existing one alone.
        return match stat(c, path).await {
            Ok(m) if m.is_dir() => Err(err(ErrorKind::IsADirectory)),
            Ok(_) => Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => {
                check_parent(c, path).await?;
                match c.put(&key, data, Cond::Absent).await {
                    Err(f) if f.status() == Some(412) => Ok(()),
                    done => done.or_err(c),
                }
            }
            Err(e) => Err(e),
        };
    }
    for _ in 0..APPEND_ATTEMPTS {
        let (all, cond) = match c.get(&key, None).await {
            Ok((old, etag)) => {
                let mut all = Vec::with_capacity(old.len() + data.len());
                all.extend_from_slice(&old);
                all.extend_from_slice(&data);
                let cond = if etag.is_empty() {
                    Cond::Always
                } else {
                    Cond::Matches(etag)
                };
                (Bytes::from(all), cond)
            }
            Err(f) => match read_failed(c, path, f).await {
                Err(e) if e.kind() == ErrorKind::NotFound => {
                    check_parent(c, path).await?;
                    (data.clone(), Cond::Absent)
                }
                Err(e) => return Err(e),
                // A 416 cannot answer a GET without a range.
                Ok(_) => return Err(err(ErrorKind::Other)),
            },
        };
        match c.put(&key, all, cond).await {
            Err(f) if f.status() == Some(412) => continue,
            done => return done.or_err(c),
        }
    }
    Err(err(ErrorKind::Backend).with_detail("s3: append kept losing races with other writers"))
}

/// Creates a directory: its marker `dir/`, written only if absent (`If-None-Match: *`), so
/// two racing `mkdir`s give one `AlreadyExists`.
pub(crate) async fn create_dir(c: &Client, path: &str) -> Result<()> {
    if path.is_empty() {
        return Err(err(ErrorKind::AlreadyExists));
    }
    let (me, up) = futures::join!(stat(c, path), check_parent(c, path));
    match me {
        Ok(_) => return Err(err(ErrorKind::AlreadyExists)),
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    up?;
    let marker = c.cfg.dir_prefix(path);
    match c.put(&marker, Bytes::new(), Cond::Absent).await {
        Err(f) if f.status() == Some(412) => Err(err(ErrorKind::AlreadyExists)),
        // A server without conditional writes: write the marker plainly.
        Err(f) if f.status() == Some(501) => {
            c.put(&marker, Bytes::new(), Cond::Always).await.or_err(c)
        }
        done => done.or_err(c),
    }
}

/// Keeps `path`'s parent directory after its entries were removed or renamed away: a
/// prefix without keys is no directory on S3, so an emptied parent gets a marker.
async fn keep_parent(c: &Client, path: &str) -> Result<()> {
    let p = parent(path);
    if p.is_empty() || has_keys_below(c, p).await? {
        return Ok(());
    }
    if c.head(&c.cfg.key(p)).await.or_err(c)? == Head::Folder {
        return Ok(());
    }
    c.put(&c.cfg.dir_prefix(p), Bytes::new(), Cond::Always)
        .await
        .or_err(c)
}

/// Deletes the keys of directory `path` (DeleteObjects, 1,000 a request), then the markers
/// of it and of every directory below, deepest first: on S3 most are no-ops; servers that
/// keep folders (s3s-fs) drop an emptied folder that way.
async fn delete_tree(c: &Client, path: &str, keys: &[String]) -> Result<()> {
    let files: Vec<String> = keys.iter().filter(|k| !k.ends_with('/')).cloned().collect();
    c.delete_many(&files).await.or_err(c)?;
    for level in objects::marker_levels(&c.cfg.dir_prefix(path), keys) {
        // A folder the server keeps (not empty) is not an error; a lost server is.
        if let Err(f @ Failure::Net(_)) = c.delete_many(&level).await {
            return Err(f.into_error(&c.cfg.bucket));
        }
    }
    Ok(())
}

/// Removes a file, an empty directory, or (with `recursive`) a tree.
pub(crate) async fn remove(c: &Client, path: &str, recursive: bool) -> Result<()> {
    if path.is_empty() {
        return Err(err(ErrorKind::PermissionDenied));
    }
    let head = c.head(&c.cfg.key(path)).await.or_err(c)?;
    if let Head::File(_) = head {
        c.delete(&c.cfg.key(path)).await.or_err(c)?;
        return keep_parent(c, path).await;
    }
    let marker = c.cfg.dir_prefix(path);
    let keys = keys_below(c, path).await?;
    if keys.is_empty() && head == Head::Missing {
        return Err(err(ErrorKind::NotFound));
    }
    if !recursive && keys.iter().any(|k| *k != marker) {
        return Err(err(ErrorKind::DirectoryNotEmpty));
    }
    delete_tree(c, path, &keys).await?;
    keep_parent(c, path).await
}

/// Renames by copying then deleting (object by object: not atomic).
pub(crate) async fn rename(c: &Client, from: &str, to: &str) -> Result<()> {
    if from.is_empty() || to.is_empty() {
        return Err(err(ErrorKind::PermissionDenied));
    }
    if to.starts_with(&format!("{from}/")) {
        return Err(err(ErrorKind::InvalidPath));
    }
    let meta = stat(c, from).await?;
    if from == to {
        return Ok(());
    }
    check_parent(c, to).await?;
    let target = match stat(c, to).await {
        Ok(m) => Some(m),
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    if meta.is_file() {
        if target.as_ref().is_some_and(Metadata::is_dir) {
            return Err(err(ErrorKind::IsADirectory));
        }
        let (src, dst) = (c.cfg.key(from), c.cfg.key(to));
        c.copy(&src, &dst).await.or_err(c)?;
        c.delete(&src).await.or_err(c)?;
        return keep_parent(c, from).await;
    }
    let (src, dst) = (c.cfg.dir_prefix(from), c.cfg.dir_prefix(to));
    match &target {
        Some(m) if !m.is_dir() => return Err(err(ErrorKind::NotADirectory)),
        Some(_) if keys_below(c, to).await?.iter().any(|k| *k != dst) => {
            return Err(err(ErrorKind::DirectoryNotEmpty));
        }
        _ => {}
    }
    let keys = keys_below(c, from).await?;
    let pairs: Vec<(&String, String)> = keys
        .iter()
        .filter_map(|k| Some((k, format!("{dst}{}", k.strip_prefix(src.as_str())?))))
        .collect();
    let copies = pairs.iter().map(|(k, to)| c.copy(k, to));
    futures::future::join_all(copies)
        .await
        .into_iter()
        .collect::<Res<Vec<()>>>()
        .or_err(c)?;
    if keys.is_empty() && target.is_none() {
        // An empty directory whose marker is not listed (a folder on s3s-fs): give the
        // renamed directory a marker of its own.
        c.put(&dst, Bytes::new(), Cond::Always).await.or_err(c)?;
    }
    delete_tree(c, from, &keys).await?;
    keep_parent(c, from).await
}

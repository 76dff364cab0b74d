//! Decoding the script's replies: status codes to [`ErrorKind`]s, metadata fields to
//! [`Metadata`], listings to entries.

use std::time::Duration;

use mirage_core::vfs::{FileType, Metadata};
use mirage_core::{Error, ErrorKind, Result};

use super::conn::unexpected;

/// The error a status code names (`""` is success).
pub fn code_error(code: &[u8]) -> Option<Error> {
    let kind = match code {
        b"" => return None,
        b"ENOENT" => ErrorKind::NotFound,
        b"ENOTDIR" => ErrorKind::NotADirectory,
        b"EISDIR" => ErrorKind::IsADirectory,
        b"EEXIST" => ErrorKind::AlreadyExists,
        b"ENOTEMPTY" => ErrorKind::DirectoryNotEmpty,
        b"EPERM" => ErrorKind::PermissionDenied,
        b"EINVAL" => ErrorKind::InvalidPath,
        // As the RAM backend: a backend never follows a link.
        b"ELINK" => {
            return Some(Error::new(ErrorKind::InvalidPath).with_detail("is a symbolic link"));
        }
        _ => return Some(unexpected()),
    };
    Some(Error::new(kind))
}

/// Splits off the leading status: the rest on success, else the error it names.
pub fn status(mut reply: Vec<Vec<u8>>) -> Result<Vec<Vec<u8>>> {
    if reply.is_empty() {
        return Err(unexpected());
    }
    let code = reply.remove(0);
    match code_error(&code) {
        None => Ok(reply),
        Some(e) => Err(e),
    }
}

/// Number of strings per metadata record: type, size, mtime, mode.
pub const META_FIELDS: usize = 4;

fn text(field: &[u8]) -> Result<&str> {
    std::str::from_utf8(field).map_err(|_| unexpected())
}

fn number(field: &[u8]) -> Result<u64> {
    text(field)?.parse().map_err(|_| unexpected())
}

/// Metadata from its four fields (mtime in nanoseconds since the epoch, mode in decimal,
/// each `""` when unset).
pub fn meta(fields: &[Vec<u8>]) -> Result<Metadata> {
    let [t, size, mtime, mode] = fields else {
        return Err(unexpected());
    };
    let file_type = match t.as_slice() {
        b"f" => FileType::File,
        b"d" => FileType::Dir,
        b"l" => FileType::Symlink,
        _ => return Err(unexpected()),
    };
    let mtime = if mtime.is_empty() {
        None
    } else {
        Some(Duration::from_nanos(number(mtime)?))
    };
    let mode = match file_type {
        FileType::Symlink => 0o777,
        _ if !mode.is_empty() => u32::try_from(number(mode)?).map_err(|_| unexpected())?,
        FileType::Dir => 0o755,
        FileType::File => 0o644,
    };
    let size = match file_type {
        FileType::Dir => 0,
        _ => number(size)?,
    };
    Ok(Metadata {
        file_type,
        size,
        mtime,
        mode,
    })
}

/// `(name, metadata)` records: a name followed by [`META_FIELDS`] fields, repeated.
pub fn entries(reply: &[Vec<u8>]) -> Result<Vec<(String, Metadata)>> {
    let record = META_FIELDS + 1;
    if !reply.len().is_multiple_of(record) {
        return Err(unexpected());
    }
    reply
        .chunks_exact(record)
        .map(|chunk| {
            let (name, fields) = chunk.split_first().ok_or_else(unexpected)?;
            let name = String::from_utf8_lossy(name).into_owned();
            Ok((name, meta(fields)?))
        })
        .collect()
}

/// Nanoseconds since the epoch, as the script stores mtimes.
pub fn nanos(t: Duration) -> String {
    t.as_nanos().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<Vec<u8>> {
        items.iter().map(|s| s.as_bytes().to_vec()).collect()
    }

    #[test]
    fn decodes_metadata_and_defaults() {
        let m = meta(&v(&["f", "5", "1500000000", ""])).ok();
        assert_eq!(
            m,
            Some(Metadata::file(5, Some(Duration::from_millis(1500))))
        );
        let d = meta(&v(&["d", "0", "", "448"])).ok();
        assert_eq!(
            d,
            Some(Metadata {
                mode: 0o700,
                ..Metadata::dir(None)
            })
        );
        assert_eq!(
            meta(&v(&["l", "3", "", ""])).map(|m| m.mode).ok(),
            Some(0o777)
        );
        assert!(meta(&v(&["x", "0", "", ""])).is_err());
        assert!(entries(&v(&["a", "f", "1"])).is_err());
    }

    #[test]
    fn maps_status_codes() {
        let kind = |c: &str| code_error(c.as_bytes()).map(|e| e.kind());
        assert_eq!(kind(""), None);
        assert_eq!(kind("ENOENT"), Some(ErrorKind::NotFound));
        assert_eq!(kind("ENOTEMPTY"), Some(ErrorKind::DirectoryNotEmpty));
        assert_eq!(kind("ELINK"), Some(ErrorKind::InvalidPath));
        assert_eq!(kind("what"), Some(ErrorKind::Backend));
    }
}

//! The one place where VFS error kinds become WASI filesystem error codes.

use mirage_core::ErrorKind;

use super::fs::types::ErrorCode;

/// The WASI error code for a VFS error kind.
pub fn error_code(kind: ErrorKind) -> ErrorCode {
    match kind {
        ErrorKind::NotFound => ErrorCode::NoEntry,
        ErrorKind::AlreadyExists => ErrorCode::Exist,
        ErrorKind::NotADirectory => ErrorCode::NotDirectory,
        ErrorKind::IsADirectory => ErrorCode::IsDirectory,
        ErrorKind::DirectoryNotEmpty => ErrorCode::NotEmpty,
        ErrorKind::PermissionDenied => ErrorCode::Access,
        ErrorKind::ReadOnly => ErrorCode::ReadOnly,
        ErrorKind::CrossesMount => ErrorCode::CrossDevice,
        ErrorKind::InvalidPath => ErrorCode::Invalid,
        ErrorKind::Unsupported => ErrorCode::Unsupported,
        ErrorKind::TooManyLinks => ErrorCode::Loop,
        ErrorKind::Cancelled => ErrorCode::Interrupted,
        ErrorKind::LimitExceeded => ErrorCode::InsufficientSpace,
        ErrorKind::BrokenPipe => ErrorCode::Pipe,
        ErrorKind::BadDescriptor => ErrorCode::BadDescriptor,
        ErrorKind::Backend | ErrorKind::Other => ErrorCode::Io,
        _ => ErrorCode::Io,
    }
}

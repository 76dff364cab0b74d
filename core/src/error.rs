//! The crate's error type: an errno-shaped [`ErrorKind`] plus the operation and path.
//!
//! An exit status is not an error: `cat: x: No such file or directory` is printed by the
//! command and becomes status 1. [`Error`] is for what a command reports (a failed VFS call)
//! and for what stops the shell (cancellation, a limit, a lost backend).

use std::fmt;
use std::sync::Arc;

/// What went wrong, shaped like errno so every edge (shell messages, WASI, FUSE, JS) can map it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// ENOENT
    NotFound,
    /// EEXIST
    AlreadyExists,
    /// ENOTDIR
    NotADirectory,
    /// EISDIR
    IsADirectory,
    /// ENOTEMPTY
    DirectoryNotEmpty,
    /// EACCES
    PermissionDenied,
    /// EROFS: the mount is read-only.
    ReadOnly,
    /// EXDEV: the operation would cross mounts (callers fall back to copy + delete).
    CrossesMount,
    /// EINVAL: a malformed path or argument.
    InvalidPath,
    /// ENOTSUP: the backend cannot do this.
    Unsupported,
    /// ELOOP: too many levels of symbolic links.
    TooManyLinks,
    /// The run was cancelled by the embedder.
    Cancelled,
    /// An enclosing `timeout` ran out (checked by commands that never yield to its timer).
    TimedOut,
    /// A resource limit was hit.
    LimitExceeded,
    /// EPIPE: the reader of a pipe went away.
    BrokenPipe,
    /// EBADF: the descriptor is closed or open the other way.
    BadDescriptor,
    /// The storage service failed (connection refused, 5xx, timeout ...).
    Backend,
    /// Anything else.
    Other,
}

impl ErrorKind {
    /// The text GNU tools print for this kind (`strerror`).
    pub fn describe(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "No such file or directory",
            ErrorKind::AlreadyExists => "File exists",
            ErrorKind::NotADirectory => "Not a directory",
            ErrorKind::IsADirectory => "Is a directory",
            ErrorKind::DirectoryNotEmpty => "Directory not empty",
            ErrorKind::PermissionDenied => "Permission denied",
            ErrorKind::ReadOnly => "Read-only file system",
            ErrorKind::CrossesMount => "Invalid cross-device link",
            ErrorKind::InvalidPath => "Invalid argument",
            ErrorKind::Unsupported => "Operation not supported",
            ErrorKind::TooManyLinks => "Too many levels of symbolic links",
            ErrorKind::Cancelled => "Operation canceled",
            ErrorKind::TimedOut => "Connection timed out",
            ErrorKind::LimitExceeded => "Resource limit exceeded",
            ErrorKind::BrokenPipe => "Broken pipe",
            ErrorKind::BadDescriptor => "Bad file descriptor",
            ErrorKind::Backend => "Input/output error",
            ErrorKind::Other => "Input/output error",
        }
    }
}

/// An error with its kind, the operation, the path it concerns and an optional cause.
#[derive(Clone, Debug)]
pub struct Error {
    kind: ErrorKind,
    op: &'static str,
    path: String,
    detail: Option<String>,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// A new error of `kind`.
    pub fn new(kind: ErrorKind) -> Self {
        Error {
            kind,
            op: "",
            path: String::new(),
            detail: None,
            source: None,
        }
    }

    /// Sets the operation (`"read"`, `"list"` ...).
    pub fn with_op(mut self, op: &'static str) -> Self {
        self.op = op;
        self
    }

    /// Sets the path.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// Sets a human detail that replaces the errno text in messages
    /// (`redis: connection refused`, `limit of 10000 loop iterations exceeded`).
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Sets the underlying cause.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// The kind.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The operation.
    pub fn op(&self) -> &'static str {
        self.op
    }

    /// The path ("" when none).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The text a command prints after `cmd: path: `: the detail, or the errno text.
    pub fn reason(&self) -> String {
        match &self.detail {
            Some(d) => d.clone(),
            None => self.kind.describe().to_string(),
        }
    }

    /// Shorthand for a cancelled run.
    pub fn cancelled() -> Self {
        Error::new(ErrorKind::Cancelled)
    }

    /// True for the errors that end the run (or, for [`ErrorKind::TimedOut`], the enclosing
    /// `timeout`) instead of failing one operand: cancellation, limits, a timeout.
    pub fn ends_run(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::Cancelled | ErrorKind::LimitExceeded | ErrorKind::TimedOut
        )
    }

    /// Shorthand for a limit with a message naming it.
    pub fn limit(detail: impl Into<String>) -> Self {
        Error::new(ErrorKind::LimitExceeded).with_detail(detail)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.reason())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

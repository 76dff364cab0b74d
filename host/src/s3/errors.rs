//! What a failed S3 request was ([`Failure`]) and how it becomes a mirage [`Error`]: the one
//! place where SDK errors are mapped.
//!
//! - 404 / `NoSuchKey` → `NotFound`; 403 → `PermissionDenied` (the S3 code in the message);
//! - a refused connection → `Backend` with the detail `s3: connection refused` (commands
//!   print `cat: /data/a: s3: connection refused`), a dropped one `s3: connection lost`, a
//!   timeout `s3: timed out`;
//! - any other answer → `Backend` with `s3: CODE: MESSAGE` (or `s3: HTTP STATUS`).
//!
//! The backend looks at [`Failure::status`] first for the answers it handles itself (412 of
//! a conditional write, 416 of a range past the end, 500 of a folder on s3s-fs).

use std::error::Error as StdError;
use std::io;

use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use mirage_core::{Error, ErrorKind};

/// A failed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The server answered with an error status.
    Status {
        /// The HTTP status.
        status: u16,
        /// The S3 error code (`NoSuchKey`), empty when the answer had no body (HEAD).
        code: String,
        /// The S3 error message.
        message: String,
    },
    /// No usable answer: the detail to show (`s3: connection refused`).
    Net(String),
}

impl Failure {
    /// The HTTP status of an error answer.
    pub(crate) fn status(&self) -> Option<u16> {
        match self {
            Failure::Status { status, .. } => Some(*status),
            Failure::Net(_) => None,
        }
    }

    /// True when the object is not there (404 or `NoSuchKey`).
    pub(crate) fn is_not_found(&self) -> bool {
        match self {
            Failure::Status { status, code, .. } => {
                code == "NoSuchKey" || (*status == 404 && code != "NoSuchBucket")
            }
            Failure::Net(_) => false,
        }
    }

    /// Maps an SDK error.
    pub(crate) fn from_sdk<E, R>(err: SdkError<E, R>) -> Failure
    where
        E: ProvideErrorMetadata + StdError + 'static,
        R: HasStatus + std::fmt::Debug + 'static,
    {
        match &err {
            SdkError::ServiceError(se) => Failure::Status {
                status: se.raw().status_code(),
                code: se.err().code().unwrap_or_default().to_string(),
                message: se.err().message().unwrap_or_default().to_string(),
            },
            SdkError::TimeoutError(_) => Failure::Net("s3: timed out".into()),
            SdkError::DispatchFailure(df) if df.is_timeout() => {
                Failure::Net("s3: timed out".into())
            }
            SdkError::ResponseError(re) if io_kind(&err).is_none() => Failure::Status {
                status: re.raw().status_code(),
                code: String::new(),
                message: "unreadable answer".into(),
            },
            _ => Failure::Net(net_detail(&err)),
        }
    }

    /// Maps an error met while reading a body.
    pub(crate) fn from_body(err: &(dyn StdError + 'static)) -> Failure {
        Failure::Net(net_detail(err))
    }

    /// The mirage error for this failure; `bucket` names a missing bucket.
    pub(crate) fn into_error(self, bucket: &str) -> Error {
        match self {
            Failure::Net(detail) => Error::new(ErrorKind::Backend).with_detail(detail),
            f if f.is_not_found() => Error::new(ErrorKind::NotFound),
            Failure::Status {
                status,
                code,
                message,
            } => {
                let what = match (code.is_empty(), message.is_empty()) {
                    (true, _) => format!("HTTP {status}"),
                    (false, true) => code.clone(),
                    (false, false) => format!("{code}: {message}"),
                };
                if code == "NoSuchBucket" {
                    Error::new(ErrorKind::Backend)
                        .with_detail(format!("s3: bucket '{bucket}' does not exist"))
                } else if status == 403 {
                    Error::new(ErrorKind::PermissionDenied)
                        .with_detail(format!("Permission denied (s3: {what})"))
                } else {
                    Error::new(ErrorKind::Backend).with_detail(format!("s3: {what}"))
                }
            }
        }
    }
}

/// The status code of a raw response (a trait so tests need no SDK response).
pub(crate) trait HasStatus {
    /// The HTTP status.
    fn status_code(&self) -> u16;
}

impl HasStatus for aws_sdk_s3::config::http::HttpResponse {
    fn status_code(&self) -> u16 {
        self.status().as_u16()
    }
}

/// The first I/O error kind in `err`'s chain of causes.
fn io_kind(err: &(dyn StdError + 'static)) -> Option<io::ErrorKind> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(io) = e.downcast_ref::<io::Error>() {
            return Some(io.kind());
        }
        cur = e.source();
    }
    None
}

/// The innermost cause's text.
fn root_cause(err: &(dyn StdError + 'static)) -> String {
    let mut cur = err;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// `s3: connection refused`, `s3: connection lost`, `s3: timed out` or `s3: CAUSE`.
fn net_detail(err: &(dyn StdError + 'static)) -> String {
    use io::ErrorKind as K;
    match io_kind(err) {
        Some(K::ConnectionRefused) => "s3: connection refused".into(),
        Some(
            K::ConnectionReset
            | K::ConnectionAborted
            | K::BrokenPipe
            | K::UnexpectedEof
            | K::NotConnected,
        ) => "s3: connection lost".into(),
        Some(K::TimedOut) => "s3: timed out".into(),
        _ => format!("s3: {}", root_cause(err)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16, code: &str, message: &str) -> Failure {
        Failure::Status {
            status,
            code: code.into(),
            message: message.into(),
        }
    }

    #[test]
    fn maps_failures_to_kinds_and_messages() {
        let cases = [
            (
                status(404, "", ""),
                ErrorKind::NotFound,
                "No such file or directory",
            ),
            (
                status(200, "NoSuchKey", "x"),
                ErrorKind::NotFound,
                "No such file or directory",
            ),
            (
                status(403, "AccessDenied", "Access Denied"),
                ErrorKind::PermissionDenied,
                "Permission denied (s3: AccessDenied: Access Denied)",
            ),
            (
                status(404, "NoSuchBucket", "gone"),
                ErrorKind::Backend,
                "s3: bucket 'bkt' does not exist",
            ),
            (
                status(400, "NoSuchBucket", "gone"),
                ErrorKind::Backend,
                "s3: bucket 'bkt' does not exist",
            ),
            (
                status(503, "SlowDown", ""),
                ErrorKind::Backend,
                "s3: SlowDown",
            ),
            (status(500, "", ""), ErrorKind::Backend, "s3: HTTP 500"),
            (
                Failure::Net("s3: connection refused".into()),
                ErrorKind::Backend,
                "s3: connection refused",
            ),
        ];
        for (f, kind, text) in cases {
            let e = f.clone().into_error("bkt");
            assert_eq!((e.kind(), e.reason().as_str()), (kind, text), "{f:?}");
        }
    }

    #[test]
    fn names_network_causes() {
        #[derive(Debug)]
        struct Wrap(io::Error);
        impl std::fmt::Display for Wrap {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("dispatch failure")
            }
        }
        impl StdError for Wrap {
            fn source(&self) -> Option<&(dyn StdError + 'static)> {
                Some(&self.0)
            }
        }
        let refused = Wrap(io::Error::from(io::ErrorKind::ConnectionRefused));
        assert_eq!(net_detail(&refused), "s3: connection refused");
        let reset = Wrap(io::Error::from(io::ErrorKind::ConnectionReset));
        assert_eq!(net_detail(&reset), "s3: connection lost");
        let other = Wrap(io::Error::other("dns failed"));
        assert_eq!(net_detail(&other), "s3: dns failed");
    }
}

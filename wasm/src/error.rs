//! The one conversion from mirage-core's [`Error`] to a JS `Error` with a node-style `code`
//! (`ENOENT`, `EROFS` ...), plus `path` and `op` properties when the error has them.

use js_sys::Reflect;
use mirage_core::{Error, ErrorKind};
use wasm_bindgen::JsValue;

/// The `code` a JS caller matches on for `kind`.
pub fn code(kind: ErrorKind) -> &'static str {
    // `ErrorKind` is `#[non_exhaustive]`, so a wildcard arm is required from outside core;
    // every kind core has today is listed by name.
    match kind {
        ErrorKind::NotFound => "ENOENT",
        ErrorKind::AlreadyExists => "EEXIST",
        ErrorKind::NotADirectory => "ENOTDIR",
        ErrorKind::IsADirectory => "EISDIR",
        ErrorKind::DirectoryNotEmpty => "ENOTEMPTY",
        ErrorKind::PermissionDenied => "EACCES",
        ErrorKind::ReadOnly => "EROFS",
        ErrorKind::CrossesMount => "EXDEV",
        ErrorKind::InvalidPath => "EINVAL",
        ErrorKind::Unsupported => "ENOTSUP",
        ErrorKind::TooManyLinks => "ELOOP",
        ErrorKind::Cancelled => "ECANCELED",
        ErrorKind::LimitExceeded => "ELIMIT",
        ErrorKind::BrokenPipe => "EPIPE",
        ErrorKind::BadDescriptor => "EBADF",
        ErrorKind::Backend => "EIO",
        ErrorKind::Other => "EIO",
        _ => "EIO",
    }
}

/// A JS `Error` for `err`: message `CODE: text, op 'path'` (node's shape), with `code`,
/// `path` and `op` properties.
pub fn to_js(err: &Error) -> JsValue {
    let code = code(err.kind());
    let mut msg = format!("{code}: {}", err.reason());
    if !err.path().is_empty() {
        let op = if err.op().is_empty() { "at" } else { err.op() };
        msg.push_str(&format!(", {op} '{}'", err.path()));
    }
    let e = js_sys::Error::new(&msg);
    set(&e, "code", &JsValue::from_str(code));
    if !err.path().is_empty() {
        set(&e, "path", &JsValue::from_str(err.path()));
    }
    if !err.op().is_empty() {
        set(&e, "op", &JsValue::from_str(err.op()));
    }
    e.into()
}

/// A JS `TypeError` for a malformed argument (`code` `EINVAL`).
pub fn invalid_arg(msg: &str) -> JsValue {
    let e = js_sys::TypeError::new(msg);
    set(&e, "code", &JsValue::from_str("EINVAL"));
    e.into()
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_errno_names() {
        for (kind, want) in [
            (ErrorKind::NotFound, "ENOENT"),
            (ErrorKind::ReadOnly, "EROFS"),
            (ErrorKind::IsADirectory, "EISDIR"),
            (ErrorKind::NotADirectory, "ENOTDIR"),
            (ErrorKind::AlreadyExists, "EEXIST"),
            (ErrorKind::DirectoryNotEmpty, "ENOTEMPTY"),
        ] {
            assert_eq!(code(kind), want);
        }
    }
}

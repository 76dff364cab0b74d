//! Virtual paths: plain `/`-separated strings, never `std::path`.
//!
//! The shell keeps every path absolute and normalised ([`normalize`]); these helpers are
//! purely lexical and never touch storage, so `..` through a symbolic link is folded like
//! bash's logical `cd` does. [`Vfs::physical`](crate::vfs::Vfs::physical) resolves `..`
//! the way the kernel does, for the paths commands open.

use std::cmp::Ordering;

/// Upper bound on the components a path may have; more are dropped (no panic, no blow-up).
const MAX_COMPONENTS: usize = 4096;

/// Makes `path` absolute against `cwd` and folds it lexically: `.` and empty components are
/// dropped, `..` pops one component and clamps at `/`, the trailing slash goes (except for
/// `/` itself).
///
/// ```
/// use mirage_core::vfs::path::normalize;
/// assert_eq!(normalize("/home/u", "../x//./y/"), "/home/x/y");
/// assert_eq!(normalize("/", "../../.."), "/");
/// ```
pub fn normalize(cwd: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if !path.starts_with('/') {
        push_components(&mut parts, cwd);
    }
    push_components(&mut parts, path);
    let len = parts.iter().map(|p| p.len() + 1).sum::<usize>().max(1);
    let mut out = String::with_capacity(len);
    for part in &parts {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

fn push_components<'a>(parts: &mut Vec<&'a str>, path: &'a str) {
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => {
                if parts.len() < MAX_COMPONENTS {
                    parts.push(c);
                }
            }
        }
    }
}

/// True when `path` is already in the form [`normalize`] produces.
pub fn is_normalized(path: &str) -> bool {
    if path == "/" {
        return true;
    }
    path.starts_with('/')
        && !path.ends_with('/')
        && path[1..]
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// The parent directory of a normalised absolute path (`/a/b` → `/a`, `/a` → `/`,
/// `/` → `/`).
pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

/// The last component of a normalised path (`/a/b` → `b`, `/` → ``).
pub fn file_name(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[i + 1..],
        None => path,
    }
}

/// Joins a directory and a name (`/` + `a` → `/a`, `/x` + `a` → `/x/a`). An empty name
/// returns the directory; a name starting with `/` is joined after trimming it.
pub fn join(dir: &str, name: &str) -> String {
    let name = name.trim_start_matches('/');
    if name.is_empty() {
        return dir.to_string();
    }
    let dir = dir.trim_end_matches('/');
    let mut out = String::with_capacity(dir.len() + 1 + name.len());
    out.push_str(dir);
    out.push('/');
    out.push_str(name);
    out
}

/// True when `path` is `dir` or below it, on whole components (`/data2` is not within
/// `/data`; everything is within `/`).
pub fn is_within(path: &str, dir: &str) -> bool {
    strip_dir(path, dir).is_some()
}

/// The part of `path` below `dir` without a leading `/` (`""` when they are equal), or
/// `None` when `path` is not within `dir`.
pub fn strip_dir<'a>(path: &'a str, dir: &str) -> Option<&'a str> {
    if dir == "/" || dir.is_empty() {
        return path.strip_prefix('/').or(Some(path));
    }
    let rest = path.strip_prefix(dir)?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix('/')
    }
}

/// Orders paths component by component, so that a directory sorts right before its
/// children (`a`, `a/b`, `a-c`), unlike plain byte order (`a`, `a-c`, `a/b`).
pub fn cmp_components(a: &str, b: &str) -> Ordering {
    let key = |c: u8| if c == b'/' { 0 } else { c };
    a.bytes().map(key).cmp(b.bytes().map(key))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn normalize_table() {
        let cases = [
            ("/", "", "/"),
            ("/", ".", "/"),
            ("/", "..", "/"),
            ("/a/b", "c", "/a/b/c"),
            ("/a/b", "../c", "/a/c"),
            ("/a/b", "../../../../c", "/c"),
            ("/a", "/x//y/./z/", "/x/y/z"),
            ("/a", "///", "/"),
            ("/a/", "b/", "/a/b"),
            ("", "b", "/b"),
            ("relative/cwd", "x", "/relative/cwd/x"),
            ("/", "a/../../b/..", "/"),
            ("/", "...", "/..."),
            ("/", ".hidden/./", "/.hidden"),
        ];
        for (cwd, path, want) in cases {
            assert_eq!(normalize(cwd, path), want, "normalize({cwd:?}, {path:?})");
            assert!(is_normalized(want));
        }
    }

    #[test]
    fn is_normalized_rejects() {
        for p in ["", "a", "/a/", "/a//b", "/./a", "/a/..", "//"] {
            assert!(!is_normalized(p), "{p:?}");
        }
    }

    #[test]
    fn parent_and_name() {
        assert_eq!(parent("/a/b"), "/a");
        assert_eq!(parent("/a"), "/");
        assert_eq!(parent("/"), "/");
        assert_eq!(parent(""), "/");
        assert_eq!(file_name("/a/b"), "b");
        assert_eq!(file_name("/a"), "a");
        assert_eq!(file_name("/"), "");
        assert_eq!(file_name("x"), "x");
    }

    #[test]
    fn join_table() {
        assert_eq!(join("/", "a"), "/a");
        assert_eq!(join("/x", "a"), "/x/a");
        assert_eq!(join("/x/", "a"), "/x/a");
        assert_eq!(join("/x", ""), "/x");
        assert_eq!(join("/x", "/a"), "/x/a");
    }

    #[test]
    fn within() {
        assert!(is_within("/data", "/data"));
        assert!(is_within("/data/x", "/data"));
        assert!(!is_within("/data2", "/data"));
        assert!(!is_within("/dat", "/data"));
        assert!(is_within("/anything", "/"));
        assert!(is_within("/", "/"));
        assert_eq!(strip_dir("/data/x/y", "/data"), Some("x/y"));
        assert_eq!(strip_dir("/data", "/data"), Some(""));
        assert_eq!(strip_dir("/", "/"), Some(""));
        assert_eq!(strip_dir("/a/b", "/"), Some("a/b"));
        assert_eq!(strip_dir("/data2", "/data"), None);
    }

    #[test]
    fn component_order() {
        let mut v = vec!["a-c", "a/b", "a", "a.txt", "a/b/c", "b"];
        v.sort_by(|x, y| cmp_components(x, y));
        assert_eq!(v, ["a", "a/b", "a/b/c", "a-c", "a.txt", "b"]);
    }

    #[test]
    fn huge_input_does_not_blow_up() {
        let long = "a/".repeat(10_000);
        let n = normalize("/", &long);
        assert!(n.len() <= 2 * MAX_COMPONENTS + 1);
    }
}

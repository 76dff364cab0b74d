//! A flat object store (S3 and its kin) seen as a directory tree: the pure part of the
//! mapping, shared by mirage-host's S3 backend (over `aws-sdk-s3`) and mirage-wasm's (over
//! `fetch`), so a bucket looks the same from both.
//!
//! A file `a/b.txt` is the object `{prefix}a/b.txt`; a directory `a` is the key prefix
//! `{prefix}a/`, plus a zero-byte marker object `{prefix}a/` when it must exist while empty.
//! The functions here turn listings into entries; the backends send the requests.

use std::collections::BTreeSet;
use std::time::Duration;

use crate::vfs::backend::{DirEntry, Metadata, WalkEntry};

/// One object of a listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredObject {
    /// The full key.
    pub key: String,
    /// Size in bytes.
    pub size: u64,
    /// `LastModified`, when known.
    pub mtime: Option<Duration>,
}

/// A mount's key prefix, normalised: no empty components, a trailing `/` unless empty
/// (`/a//b/` → `a/b/`, `` → ``).
pub fn normalise_prefix(prefix: &str) -> String {
    let parts: Vec<&str> = prefix.split('/').filter(|c| !c.is_empty()).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("{}/", parts.join("/"))
    }
}

/// The key prefix of everything below directory `path` of a mount with key prefix
/// `prefix`: the directory's marker key (`{prefix}a/`), or `prefix` itself for the root.
pub fn dir_prefix(prefix: &str, path: &str) -> String {
    if path.is_empty() {
        prefix.to_string()
    } else {
        format!("{prefix}{path}/")
    }
}

/// The entries of directory prefix `prefix` from a listing with delimiter `/`: its common
/// prefixes are directories, its objects files (the directory's own marker is skipped).
pub fn dir_entries(
    prefix: &str,
    objects: Vec<StoredObject>,
    common_prefixes: &[String],
) -> Vec<DirEntry> {
    let mut dirs = BTreeSet::new();
    let mut out = Vec::new();
    for p in common_prefixes {
        let name = p.strip_prefix(prefix).unwrap_or(p).trim_end_matches('/');
        if !name.is_empty() && !name.contains('/') && dirs.insert(name.to_string()) {
            out.push(DirEntry {
                name: name.to_string(),
                meta: Metadata::dir(None),
            });
        }
    }
    for o in objects {
        let Some(name) = o.key.strip_prefix(prefix) else {
            continue;
        };
        if name.is_empty() || name.contains('/') || dirs.contains(name) {
            continue;
        }
        out.push(DirEntry {
            name: name.to_string(),
            meta: Metadata::file(o.size, o.mtime),
        });
    }
    out
}

/// The entries below directory prefix `prefix` from a listing without delimiter:
/// directories come from the keys' prefixes and from markers (keys ending in `/`).
pub fn walk_entries(prefix: &str, objects: Vec<StoredObject>) -> Vec<WalkEntry> {
    let mut dirs: BTreeSet<String> = BTreeSet::new();
    let mut files = Vec::new();
    for o in objects {
        let Some(rel) = o.key.strip_prefix(prefix) else {
            continue;
        };
        let is_marker = rel.ends_with('/');
        let rel = rel.trim_end_matches('/');
        if rel.is_empty() || rel.split('/').any(str::is_empty) {
            continue;
        }
        for (i, ch) in rel.char_indices() {
            if ch == '/' {
                dirs.insert(rel.get(..i).unwrap_or_default().to_string());
            }
        }
        if is_marker {
            dirs.insert(rel.to_string());
        } else {
            files.push((rel.to_string(), Metadata::file(o.size, o.mtime)));
        }
    }
    let mut out: Vec<WalkEntry> = dirs
        .iter()
        .map(|d| WalkEntry {
            path: d.clone(),
            meta: Metadata::dir(None),
        })
        .collect();
    for (path, meta) in files {
        if !dirs.contains(&path) {
            out.push(WalkEntry { path, meta });
        }
    }
    out
}

/// The markers to delete once the keys of the tree at directory prefix `top` are gone:
/// `top` itself and every directory prefix of `keys` below it, grouped by depth, deepest
/// first. On S3 most are no-ops; servers that keep directories as folders (s3s-fs) drop an
/// emptied folder that way, which needs its subfolders gone first.
pub fn marker_levels(top: &str, keys: &[String]) -> Vec<Vec<String>> {
    let mut markers: BTreeSet<String> = BTreeSet::new();
    markers.insert(top.to_string());
    for k in keys {
        let Some(rel) = k.strip_prefix(top) else {
            continue;
        };
        for (i, ch) in rel.char_indices() {
            if ch == '/' {
                markers.insert(format!("{top}{}", rel.get(..=i).unwrap_or_default()));
            }
        }
    }
    let mut by_depth: Vec<String> = markers.into_iter().collect();
    by_depth.sort_by_key(|m| std::cmp::Reverse(m.matches('/').count()));
    by_depth
        .chunk_by(|a, b| a.matches('/').count() == b.matches('/').count())
        .map(<[String]>::to_vec)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(key: &str, size: u64) -> StoredObject {
        StoredObject {
            key: key.to_string(),
            size,
            mtime: None,
        }
    }

    #[test]
    fn prefixes() {
        assert_eq!(normalise_prefix("/a//b/"), "a/b/");
        assert_eq!(normalise_prefix("//"), "");
        assert_eq!(dir_prefix("p/", "a"), "p/a/");
        assert_eq!(dir_prefix("p/", ""), "p/");
        assert_eq!(dir_prefix("", ""), "");
    }

    #[test]
    fn delimiter_listings_become_entries() {
        let objects = vec![obj("p/d/", 0), obj("p/d/f", 5), obj("p/d/sub", 1)];
        let got = dir_entries("p/d/", objects, &["p/d/sub/".to_string()]);
        let names: Vec<_> = got
            .iter()
            .map(|e| (e.name.as_str(), e.meta.is_dir()))
            .collect();
        // `sub` is a directory (a common prefix) that hides an object of the same name.
        assert_eq!(names, [("sub", true), ("f", false)]);
    }

    #[test]
    fn recursive_listings_infer_directories() {
        let objects = vec![
            obj("a/x/y/f", 1),
            obj("a/e/", 0),
            obj("a/g", 2),
            obj("a//bad", 1),
        ];
        let mut got: Vec<_> = walk_entries("a/", objects)
            .into_iter()
            .map(|e| (e.path, e.meta.is_dir()))
            .collect();
        got.sort();
        let want = [
            ("e", true),
            ("g", false),
            ("x", true),
            ("x/y", true),
            ("x/y/f", false),
        ];
        let want: Vec<_> = want.iter().map(|(p, d)| (p.to_string(), *d)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn markers_go_deepest_first() {
        let keys = [
            "t/a/b/f".to_string(),
            "t/a/g".to_string(),
            "t/c/".to_string(),
        ];
        let got = marker_levels("t/", &keys);
        assert_eq!(
            got,
            [
                vec!["t/a/b/".to_string()],
                vec!["t/a/".to_string(), "t/c/".to_string()],
                vec!["t/".to_string()],
            ]
        );
    }
}

//! The backend contract suite: one named check per `# Behavior` bullet of
//! [`Backend`](super::Backend), capability-gated, runnable on any backend.
//!
//! Core runs it on [`MemoryBackend`](super::MemoryBackend); the tests crate runs it on disk,
//! Redis and S3:
//!
//! ```
//! use std::sync::Arc;
//! use mirage_core::vfs::{DynBackend, MemoryBackend, contract};
//!
//! let make = || Arc::new(MemoryBackend::new()) as Arc<dyn DynBackend>;
//! for (name, result) in futures::executor::block_on(contract::run_all(&make)) {
//!     assert!(result.is_ok(), "{name}: {result:?}");
//! }
//! ```
//!
//! Each check gets a fresh, empty backend from `make` and works below `""`. Checks that need
//! a capability the backend lacks are skipped (not listed); a backend without
//! [`Capability::write`](super::Capability::write) only runs the checks on its root.

use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;

use crate::error::{ErrorKind, Result};
use crate::vfs::backend::DynBackend;

type Outcome = std::result::Result<(), String>;

fn ok<T>(r: Result<T>, what: &str) -> std::result::Result<T, String> {
    r.map_err(|e| format!("{what}: unexpected error {:?} ({e})", e.kind()))
}

fn fails<T: Debug>(r: Result<T>, kinds: &[ErrorKind], what: &str) -> Outcome {
    match r {
        Err(e) if kinds.contains(&e.kind()) => Ok(()),
        Err(e) => Err(format!("{what}: got {:?}, want one of {kinds:?}", e.kind())),
        Ok(v) => Err(format!(
            "{what}: succeeded with {v:?}, want one of {kinds:?}"
        )),
    }
}

fn check(cond: bool, what: &str) -> Outcome {
    if cond { Ok(()) } else { Err(what.to_string()) }
}

fn b(s: &'static str) -> Bytes {
    Bytes::from_static(s.as_bytes())
}

/// Creates `d/`, `d/f` ("hello") and `d/sub/g` ("g").
async fn fixture(be: &dyn DynBackend) -> Outcome {
    ok(be.create_dir("d").await, "create_dir d")?;
    ok(be.write("d/f", b("hello")).await, "write d/f")?;
    ok(be.create_dir("d/sub").await, "create_dir d/sub")?;
    ok(be.write("d/sub/g", b("g")).await, "write d/sub/g")?;
    Ok(())
}

async fn stat_root(be: &dyn DynBackend) -> Outcome {
    let m = ok(be.stat("").await, "stat root")?;
    check(m.is_dir(), "stat(\"\") is not a directory")
}

async fn stat_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.stat("nope").await,
        &[ErrorKind::NotFound],
        "stat missing",
    )?;
    fails(
        be.stat("d/nope/x").await,
        &[ErrorKind::NotFound],
        "stat below missing",
    )?;
    fails(
        be.stat("d/f/x").await,
        &[ErrorKind::NotADirectory, ErrorKind::NotFound],
        "stat through a file",
    )?;
    let m = ok(be.stat("d/f").await, "stat file")?;
    check(m.is_file() && m.size == 5, "stat d/f: wrong type or size")
}

async fn read_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.read("nope", None).await,
        &[ErrorKind::NotFound],
        "read missing",
    )?;
    fails(
        be.read("d", None).await,
        &[ErrorKind::IsADirectory],
        "read dir",
    )?;
    let got = ok(be.read("d/f", None).await, "read file")?;
    check(got == b("hello"), "read d/f: wrong contents")
}

async fn read_range(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let got = ok(be.read("d/f", Some(1..3)).await, "read 1..3")?;
    check(got == b("el"), "range 1..3 of hello is not el")?;
    let got = ok(be.read("d/f", Some(3..100)).await, "read 3..100")?;
    check(got == b("lo"), "range 3..100 is not clamped to the end")?;
    let got = ok(be.read("d/f", Some(10..20)).await, "read 10..20")?;
    check(got.is_empty(), "range past the end is not empty")
}

async fn read_many(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let paths = ["d/f", "nope", "d", "d/sub/g"].map(String::from);
    let got = be.read_many(&paths).await;
    check(got.len() == 4, "read_many: one result per path")?;
    let mut it = got.into_iter();
    let mut next = || it.next().unwrap_or_else(|| Ok(Bytes::new()));
    check(ok(next(), "read_many d/f")? == b("hello"), "read_many d/f")?;
    fails(next(), &[ErrorKind::NotFound], "read_many missing")?;
    fails(next(), &[ErrorKind::IsADirectory], "read_many dir")?;
    check(
        ok(next(), "read_many d/sub/g")? == b("g"),
        "read_many d/sub/g",
    )
}

async fn list(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let mut names: Vec<_> = ok(be.list("d").await, "list d")?
        .into_iter()
        .map(|e| (e.name, e.meta.file_type))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    use crate::vfs::backend::FileType::*;
    check(
        names == [("f".to_string(), File), ("sub".to_string(), Dir)],
        &format!("list d: got {names:?}"),
    )?;
    let root = ok(be.list("").await, "list root")?;
    check(
        root.iter().all(|e| e.name != "." && e.name != ".."),
        "list shows . or ..",
    )?;
    check(root.len() == 1, "list root: want exactly d")
}

async fn list_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.list("d/f").await,
        &[ErrorKind::NotADirectory],
        "list file",
    )?;
    fails(
        be.list("nope").await,
        &[ErrorKind::NotFound],
        "list missing",
    )
}

async fn walk(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let mut got: Vec<_> = ok(be.walk("d").await, "walk d")?
        .into_iter()
        .map(|e| (e.path, e.meta.is_dir()))
        .collect();
    got.sort();
    let want = [
        ("f".to_string(), false),
        ("sub".to_string(), true),
        ("sub/g".to_string(), false),
    ];
    check(got == want, &format!("walk d: got {got:?}"))?;
    let all = ok(be.walk("").await, "walk root")?;
    check(all.len() == 4, "walk root: want d, d/f, d/sub, d/sub/g")
}

async fn walk_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.walk("d/f").await,
        &[ErrorKind::NotADirectory],
        "walk file",
    )?;
    fails(
        be.walk("nope").await,
        &[ErrorKind::NotFound],
        "walk missing",
    )
}

async fn write_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.write("nope/x", b("x")).await,
        &[ErrorKind::NotFound],
        "write with missing parent",
    )?;
    fails(
        be.write("d/f/x", b("x")).await,
        &[ErrorKind::NotADirectory],
        "write below a file",
    )?;
    fails(
        be.write("d/sub", b("x")).await,
        &[ErrorKind::IsADirectory],
        "write over a directory",
    )?;
    let m = ok(be.stat("d/sub").await, "stat d/sub")?;
    check(m.is_dir(), "a failed write changed d/sub")
}

async fn write_replaces(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.write("d/f", b("bye")).await, "rewrite")?;
    let got = ok(be.read("d/f", None).await, "read")?;
    check(got == b("bye"), "write did not replace the whole file")?;
    ok(be.write("d/empty", Bytes::new()).await, "write empty")?;
    let m = ok(be.stat("d/empty").await, "stat empty")?;
    check(m.is_file() && m.size == 0, "empty file")
}

async fn append(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.append("d/f", b(" world")).await, "append")?;
    let got = ok(be.read("d/f", None).await, "read")?;
    check(got == b("hello world"), "append did not append")?;
    ok(be.append("d/new", b("x")).await, "append creates")?;
    check(
        ok(be.read("d/new", None).await, "read new")? == b("x"),
        "append to a missing file",
    )?;
    fails(
        be.append("nope/x", b("x")).await,
        &[ErrorKind::NotFound],
        "append missing parent",
    )?;
    fails(
        be.append("d/sub", b("x")).await,
        &[ErrorKind::IsADirectory],
        "append to a directory",
    )
}

async fn create_dir(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.create_dir("d").await,
        &[ErrorKind::AlreadyExists],
        "mkdir existing dir",
    )?;
    fails(
        be.create_dir("d/f").await,
        &[ErrorKind::AlreadyExists],
        "mkdir existing file",
    )?;
    fails(
        be.create_dir("nope/x").await,
        &[ErrorKind::NotFound],
        "mkdir missing parent",
    )?;
    ok(be.create_dir("d/new").await, "mkdir")?;
    let m = ok(be.stat("d/new").await, "stat new dir")?;
    check(m.is_dir(), "new dir is not a dir")?;
    check(
        ok(be.list("d/new").await, "list new dir")?.is_empty(),
        "new dir not empty",
    )
}

async fn remove(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.remove("nope", false).await,
        &[ErrorKind::NotFound],
        "rm missing",
    )?;
    fails(
        be.remove("d", false).await,
        &[ErrorKind::DirectoryNotEmpty],
        "rmdir non-empty",
    )?;
    fails(
        be.remove("", true).await,
        &[ErrorKind::PermissionDenied],
        "rm root",
    )?;
    ok(be.remove("d/f", false).await, "rm file")?;
    fails(be.stat("d/f").await, &[ErrorKind::NotFound], "removed file")?;
    ok(be.create_dir("d/e").await, "mkdir d/e")?;
    ok(be.remove("d/e", false).await, "rmdir empty")?;
    ok(be.remove("d", true).await, "rm -r")?;
    fails(
        be.stat("d/sub/g").await,
        &[ErrorKind::NotFound],
        "rm -r leftovers",
    )?;
    fails(be.stat("d").await, &[ErrorKind::NotFound], "rm -r dir")
}

async fn rename(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.rename("d/f", "d/f2").await, "rename file")?;
    fails(be.stat("d/f").await, &[ErrorKind::NotFound], "old name")?;
    check(
        ok(be.read("d/f2", None).await, "read new name")? == b("hello"),
        "renamed contents",
    )?;
    ok(be.write("d/h", b("h")).await, "write d/h")?;
    ok(be.rename("d/h", "d/f2").await, "rename over a file")?;
    check(
        ok(be.read("d/f2", None).await, "read replaced")? == b("h"),
        "rename did not replace",
    )?;
    ok(be.rename("d/sub", "moved").await, "rename dir")?;
    check(
        ok(be.read("moved/g", None).await, "read moved/g")? == b("g"),
        "dir contents moved",
    )?;
    fails(
        be.stat("d/sub").await,
        &[ErrorKind::NotFound],
        "old dir after rename",
    )
}

async fn rename_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.rename("nope", "x").await,
        &[ErrorKind::NotFound],
        "rename missing",
    )?;
    fails(
        be.rename("d/f", "nope/x").await,
        &[ErrorKind::NotFound],
        "rename to missing parent",
    )?;
    fails(
        be.rename("d", "d/sub/x").await,
        &[ErrorKind::InvalidPath],
        "rename into itself",
    )?;
    check(
        ok(be.read("d/f", None).await, "read after failures")? == b("hello"),
        "failed renames changed the tree",
    )
}

async fn rename_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.rename("d/f", "d/x").await,
        &[ErrorKind::Unsupported],
        "rename without capability",
    )
}

async fn symlink(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("f", "d/l").await, "symlink")?;
    let m = ok(be.stat("d/l").await, "stat link")?;
    check(m.is_symlink(), "stat follows a final link")?;
    check(
        ok(be.read_link("d/l").await, "read_link")? == "f",
        "link target text",
    )?;
    ok(be.symlink("/abs/dangling", "d/l2").await, "dangling link")?;
    check(
        ok(be.read_link("d/l2").await, "read_link dangling")? == "/abs/dangling",
        "dangling target text",
    )?;
    let listed = ok(be.list("d").await, "list with links")?;
    check(
        listed.iter().any(|e| e.name == "l" && e.meta.is_symlink()),
        "list shows the link as a link",
    )?;
    ok(be.remove("d/l", false).await, "remove link")?;
    check(
        ok(be.read("d/f", None).await, "target after removing the link")? == b("hello"),
        "removing a link touched its target",
    )
}

async fn symlink_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.symlink("x", "d/f").await,
        &[ErrorKind::AlreadyExists],
        "symlink over a file",
    )?;
    fails(
        be.read_link("d/f").await,
        &[ErrorKind::InvalidPath],
        "read_link of a file",
    )
}

async fn symlink_not_followed(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("sub", "d/ls").await, "symlink to dir")?;
    fails(
        be.read("d/ls/g", None).await,
        &[
            ErrorKind::NotADirectory,
            ErrorKind::NotFound,
            ErrorKind::InvalidPath,
        ],
        "backend followed a link on the way",
    )?;
    check(
        be.read("d/ls", None).await.is_err(),
        "backend read through a final link",
    )
}

async fn symlink_final_link(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("sub", "d/ls").await, "symlink to dir")?;
    ok(be.symlink("f", "d/lf").await, "symlink to file")?;
    let link = [ErrorKind::InvalidPath];
    fails(be.read("d/lf", None).await, &link, "read of a final link")?;
    let list = [ErrorKind::InvalidPath, ErrorKind::NotADirectory];
    fails(be.list("d/ls").await, &list, "list of a final link")?;
    fails(
        be.write("d/lf", b("x")).await,
        &link,
        "write over a final link",
    )?;
    fails(
        be.append("d/lf", b("x")).await,
        &link,
        "append to a final link",
    )?;
    let got = ok(be.read("d/f", None).await, "read the target")?;
    check(
        got == b("hello"),
        "a write through a final link reached its target",
    )
}

async fn symlink_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.symlink("f", "d/l").await,
        &[ErrorKind::Unsupported],
        "symlink without capability",
    )
}

async fn set_mtime(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let t = Duration::from_secs(1_000_000_000);
    ok(be.set_mtime("d/f", t).await, "set_mtime")?;
    let m = ok(be.stat("d/f").await, "stat")?;
    check(m.mtime == Some(t), "mtime not set")?;
    fails(
        be.set_mtime("nope", t).await,
        &[ErrorKind::NotFound],
        "set_mtime missing",
    )
}

async fn set_mtime_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.set_mtime("d/f", Duration::from_secs(1)).await,
        &[ErrorKind::Unsupported],
        "set_mtime without capability",
    )
}

/// Runs every applicable check; returns `(name, Ok(()) | Err(what went wrong))` per check.
pub async fn run_all(
    make: &dyn Fn() -> Arc<dyn DynBackend>,
) -> Vec<(&'static str, Result<(), String>)> {
    let cap = make().capability();
    let mut out = Vec::new();
    macro_rules! run {
        ($cond:expr, $name:literal, $f:ident) => {
            if $cond {
                let be = make();
                out.push(($name, $f(&*be).await));
            }
        };
    }
    let w = cap.write;
    run!(true, "stat: root is a directory", stat_root);
    run!(
        w,
        "stat: missing is NotFound, through a file NotADirectory",
        stat_missing
    );
    run!(
        w,
        "read: missing is NotFound, dir IsADirectory",
        read_errors
    );
    run!(w, "read: range clamped, past the end empty", read_range);
    run!(
        w,
        "read_many: one result per path, failures isolated",
        read_many
    );
    run!(w, "list: entries, no . or ..", list);
    run!(w, "list: file NotADirectory, missing NotFound", list_errors);
    run!(w, "walk: relative, recursive, dir itself excluded", walk);
    run!(w, "walk: file NotADirectory, missing NotFound", walk_errors);
    run!(
        w,
        "write: parent must exist, dir is IsADirectory",
        write_errors
    );
    run!(w, "write: replaces the whole file", write_replaces);
    run!(w, "append: appends, creates, same errors as write", append);
    run!(
        w,
        "create_dir: AlreadyExists, missing parent NotFound",
        create_dir
    );
    run!(
        w,
        "remove: NotFound, DirectoryNotEmpty, root PermissionDenied",
        remove
    );
    run!(
        w && cap.rename,
        "rename: files, dirs, replaces a file",
        rename
    );
    run!(
        w && cap.rename,
        "rename: NotFound, into itself InvalidPath",
        rename_errors
    );
    run!(
        w && !cap.rename,
        "rename: Unsupported without capability",
        rename_unsupported
    );
    run!(
        w && cap.symlink,
        "symlink: create, stat not followed, read_link",
        symlink
    );
    run!(
        w && cap.symlink,
        "symlink: AlreadyExists, read_link of non-link InvalidPath",
        symlink_errors
    );
    run!(
        w && cap.symlink,
        "symlink: the backend never follows links",
        symlink_not_followed
    );
    run!(
        w && cap.symlink,
        "symlink: content ops on a final link are InvalidPath",
        symlink_final_link
    );
    run!(
        w && !cap.symlink,
        "symlink: Unsupported without capability",
        symlink_unsupported
    );
    run!(
        w && cap.set_mtime,
        "set_mtime: sets, missing NotFound",
        set_mtime
    );
    run!(
        w && !cap.set_mtime,
        "set_mtime: Unsupported without capability",
        set_mtime_unsupported
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vfs::backend::{Backend, Capability, Metadata};
    use crate::vfs::memory::MemoryBackend;
    use futures::executor::block_on;

    #[test]
    fn memory_backend_passes_the_contract() {
        let make = || Arc::new(MemoryBackend::new()) as Arc<dyn DynBackend>;
        let results = block_on(run_all(&make));
        assert!(results.len() >= 20, "{} checks", results.len());
        let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
        assert!(failed.is_empty(), "{failed:#?}");
    }

    /// A minimal backend that only has the required methods: exercises the trait's
    /// defaults (walk, read_many, append) and the capability gating.
    struct Plain(MemoryBackend);

    impl Backend for Plain {
        fn name(&self) -> &'static str {
            "plain"
        }
        fn capability(&self) -> Capability {
            Capability::default()
        }
        async fn stat(&self, path: &str) -> Result<Metadata> {
            Backend::stat(&self.0, path).await
        }
        async fn read(&self, path: &str, range: Option<std::ops::Range<u64>>) -> Result<Bytes> {
            Backend::read(&self.0, path, range).await
        }
        async fn list(&self, path: &str) -> Result<Vec<crate::vfs::DirEntry>> {
            Backend::list(&self.0, path).await
        }
        async fn write(&self, path: &str, data: Bytes) -> Result<()> {
            Backend::write(&self.0, path, data).await
        }
        async fn create_dir(&self, path: &str) -> Result<()> {
            Backend::create_dir(&self.0, path).await
        }
        async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
            Backend::remove(&self.0, path, recursive).await
        }
    }

    #[test]
    fn plain_backend_with_trait_defaults_passes() {
        let make = || Arc::new(Plain(MemoryBackend::new())) as Arc<dyn DynBackend>;
        let results = block_on(run_all(&make));
        let names: Vec<_> = results.iter().map(|(n, _)| *n).collect();
        assert!(names.contains(&"rename: Unsupported without capability"));
        assert!(!names.contains(&"symlink: the backend never follows links"));
        let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
        assert!(failed.is_empty(), "{failed:#?}");
    }
}

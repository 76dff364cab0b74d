//! Checks of the changing methods: `write`, `append`, `create_dir`, `remove`, `rename`.

use std::sync::atomic::{AtomicBool, Ordering};

use bytes::Bytes;

use super::{Check, Outcome, YieldNow, b, check, fails, fixture, ok, reads, writable};
use crate::error::ErrorKind;
use crate::vfs::backend::{Capability, DynBackend};

/// The checks of this file, in the order of the trait's bullets.
pub(super) fn checks() -> Vec<Check> {
    vec![
        check!(
            "write: the parent must exist and be a directory",
            "The parent must exist (`NotFound`) and be a directory (`NotADirectory`).",
            writable,
            write_parent,
        ),
        check!(
            "write: over a directory is IsADirectory",
            "Writing over a directory is `IsADirectory`.",
            writable,
            write_over_dir,
        ),
        check!(
            "write: an existing file is replaced whole",
            "An existing file is replaced whole; empty `data` makes an empty file.",
            writable,
            write_replaces,
        ),
        check!(
            "write: readers never see a partly written file",
            "Readers never see a partly written file: a read during the write gets the old content or the new, whole.",
            writable,
            write_whole,
        ),
        check!(
            "append: adds at the end, creates a missing file",
            "The data goes after the existing content; a missing file is created.",
            writable,
            append_adds,
        ),
        check!(
            "append: same errors as write",
            "Same errors as `write`.",
            writable,
            append_errors,
        ),
        check!(
            "create_dir: an existing entry is AlreadyExists",
            "An existing entry (file or directory) is `AlreadyExists`.",
            writable,
            create_dir_exists,
        ),
        check!(
            "create_dir: a missing parent is NotFound",
            "A missing parent is `NotFound`.",
            writable,
            create_dir_no_parent,
        ),
        check!(
            "create_dir: the new directory exists and is empty",
            "The new directory exists and is empty.",
            writable,
            create_dir_empty,
        ),
        check!(
            "remove: missing is NotFound",
            "A missing path is `NotFound`.",
            writable,
            remove_missing,
        ),
        check!(
            "remove: a non-empty directory without recursive is DirectoryNotEmpty",
            "A non-empty directory without `recursive` is `DirectoryNotEmpty`.",
            writable,
            remove_not_empty,
        ),
        check!(
            "remove: the root is PermissionDenied",
            "Removing the root `\"\"` is `PermissionDenied`.",
            writable,
            remove_root,
        ),
        check!(
            "remove: the entry is gone, with recursive all below it",
            "A file or an empty directory is gone afterwards; with `recursive`, so is everything below it.",
            writable,
            remove_gone,
        ),
        check!(
            "remove: a link is removed, never its target",
            "A link is removed itself, never its target, even with `recursive`.",
            |c| c.write && c.symlink,
            remove_link,
        ),
        check!(
            "rename: files and directories move, a file at the target is replaced",
            "A file or a whole directory moves with its content; a file at `to` is replaced.",
            renames,
            rename_moves,
        ),
        check!(
            "rename: missing source or target parent is NotFound",
            "A missing `from` is `NotFound`; a missing parent of `to` is `NotFound`.",
            renames,
            rename_missing,
        ),
        check!(
            "rename: a directory into itself is InvalidPath",
            "Moving a directory into itself is `InvalidPath`.",
            renames,
            rename_into_itself,
        ),
        check!(
            "rename: Unsupported without the capability",
            "Backends without [`Capability::rename`] return `Unsupported` (callers copy + delete).",
            |c| c.write && !c.rename,
            rename_unsupported,
        ),
    ]
}

fn renames(cap: Capability) -> bool {
    cap.write && cap.rename
}

async fn write_parent(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.write("nope/x", b("x")).await,
        &[ErrorKind::NotFound],
        "write with a missing parent",
    )?;
    fails(
        be.write("d/f/x", b("x")).await,
        &[ErrorKind::NotADirectory],
        "write below a file",
    )?;
    fails(
        be.stat("nope").await,
        &[ErrorKind::NotFound],
        "a failed write created its parent",
    )?;
    reads(be, "d/f", "hello").await
}

async fn write_over_dir(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.write("d/sub", b("x")).await,
        &[ErrorKind::IsADirectory],
        "write over a directory",
    )?;
    let m = ok(be.stat("d/sub").await, "stat d/sub")?;
    check(m.is_dir(), "a failed write changed d/sub")?;
    reads(be, "d/sub/g", "g").await
}

async fn write_replaces(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.write("d/f", b("bye")).await, "rewrite d/f")?;
    reads(be, "d/f", "bye").await?;
    let m = ok(be.stat("d/f").await, "stat d/f")?;
    check(
        m.size == 3,
        &format!("size after a shorter write: {}", m.size),
    )?;
    ok(
        be.write("d/f", Bytes::new()).await,
        "write nothing over d/f",
    )?;
    reads(be, "d/f", "").await?;
    ok(be.write("d/empty", Bytes::new()).await, "write empty")?;
    let m = ok(be.stat("d/empty").await, "stat d/empty")?;
    check(
        m.is_file() && m.size == 0,
        &format!("empty file: got {m:?}"),
    )
}

/// Size of the new content in [`write_whole`]: big enough that a write takes a while.
const BIG: usize = 2 << 20;

/// Reads `path` until `done` (and once more), at most 64 times; every read must see `old`
/// or `new`, whole. Returns how many reads ran.
async fn read_while(
    be: &dyn DynBackend,
    done: &AtomicBool,
    old: &Bytes,
    new: &Bytes,
) -> std::result::Result<usize, String> {
    for n in 1..=64 {
        let finished = done.load(Ordering::SeqCst);
        let got = ok(be.read("w", None).await, "read during the write")?;
        if got != *old && got != *new {
            let first_new = got.iter().position(|&c| c == b'n');
            return Err(format!(
                "read {n} during the write saw {} bytes (old {}, new {}; first new byte at \
                 {first_new:?}): a partly written file",
                got.len(),
                old.len(),
                new.len()
            ));
        }
        if finished {
            return Ok(n);
        }
        YieldNow(false).await;
    }
    Ok(64)
}

async fn write_whole(be: &dyn DynBackend) -> Outcome {
    let old = Bytes::from(vec![b'o'; 64 << 10]);
    let new = Bytes::from(vec![b'n'; BIG]);
    ok(be.write("w", old.clone()).await, "write the old content")?;
    let done = AtomicBool::new(false);
    let writer = async {
        let r = be.write("w", new.clone()).await;
        done.store(true, Ordering::SeqCst);
        r
    };
    let (written, read) = futures::join!(writer, read_while(be, &done, &old, &new));
    ok(written, "the big write")?;
    read?;
    let got = ok(be.read("w", None).await, "read after the write")?;
    check(
        got == new,
        "after the write, the file is not the new content",
    )
}

async fn append_adds(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.append("d/f", b(" world")).await, "append to d/f")?;
    reads(be, "d/f", "hello world").await?;
    ok(be.append("d/f", Bytes::new()).await, "append nothing")?;
    reads(be, "d/f", "hello world").await?;
    ok(be.append("d/new", b("x")).await, "append to a missing file")?;
    ok(be.append("d/new", b("y")).await, "append again")?;
    reads(be, "d/new", "xy").await
}

async fn append_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.append("nope/x", b("x")).await,
        &[ErrorKind::NotFound],
        "append with a missing parent",
    )?;
    fails(
        be.append("d/f/x", b("x")).await,
        &[ErrorKind::NotADirectory],
        "append below a file",
    )?;
    fails(
        be.append("d/sub", b("x")).await,
        &[ErrorKind::IsADirectory],
        "append to a directory",
    )?;
    reads(be, "d/f", "hello").await
}

async fn create_dir_exists(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for path in ["d", "d/sub", "d/f"] {
        fails(
            be.create_dir(path).await,
            &[ErrorKind::AlreadyExists],
            &format!("create_dir over {path}"),
        )?;
    }
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await
}

async fn create_dir_no_parent(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.create_dir("nope/x").await,
        &[ErrorKind::NotFound],
        "create_dir with a missing parent",
    )?;
    fails(
        be.create_dir("d/nope/x").await,
        &[ErrorKind::NotFound],
        "create_dir with a missing parent in a dir",
    )?;
    fails(
        be.stat("nope").await,
        &[ErrorKind::NotFound],
        "a failed create_dir created its parent",
    )
}

async fn create_dir_empty(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.create_dir("d/new").await, "create_dir d/new")?;
    let m = ok(be.stat("d/new").await, "stat d/new")?;
    check(m.is_dir(), &format!("stat d/new: got {m:?}"))?;
    let listed = ok(be.list("d/new").await, "list d/new")?;
    check(listed.is_empty(), &format!("new dir lists {listed:?}"))?;
    let walked = ok(be.walk("d/new").await, "walk d/new")?;
    check(walked.is_empty(), &format!("new dir walks to {walked:?}"))
    // Not checked: that the parent lists the empty directory. s3s-fs, the S3 server of the
    // tests, keeps a `new/` marker as a folder of its disk and lists no empty folder.
}

async fn remove_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for (path, recursive) in [("nope", false), ("d/nope", false), ("d/nope", true)] {
        fails(
            be.remove(path, recursive).await,
            &[ErrorKind::NotFound],
            &format!("remove {path} (recursive: {recursive})"),
        )?;
    }
    Ok(())
}

async fn remove_not_empty(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.remove("d", false).await,
        &[ErrorKind::DirectoryNotEmpty],
        "remove a non-empty dir",
    )?;
    fails(
        be.remove("d/sub", false).await,
        &[ErrorKind::DirectoryNotEmpty],
        "remove a dir holding one file",
    )?;
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await
}

async fn remove_root(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for recursive in [false, true] {
        fails(
            be.remove("", recursive).await,
            &[ErrorKind::PermissionDenied],
            &format!("remove the root (recursive: {recursive})"),
        )?;
    }
    reads(be, "d/sub/g", "g").await
}

async fn remove_gone(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let gone = [ErrorKind::NotFound];
    ok(be.remove("d/f", false).await, "remove a file")?;
    fails(be.stat("d/f").await, &gone, "stat a removed file")?;
    ok(be.create_dir("d/e").await, "create_dir d/e")?;
    ok(be.remove("d/e", false).await, "remove an empty dir")?;
    fails(be.stat("d/e").await, &gone, "stat a removed dir")?;
    ok(be.write("d/f", b("again")).await, "write d/f again")?;
    ok(be.remove("d", true).await, "remove -r d")?;
    for path in ["d", "d/f", "d/sub", "d/sub/g"] {
        fails(
            be.stat(path).await,
            &gone,
            &format!("stat {path} after rm -r"),
        )?;
    }
    let left = ok(be.walk("").await, "walk root")?;
    check(left.is_empty(), &format!("left after rm -r: {left:?}"))
}

async fn remove_link(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("f", "d/lf").await, "symlink d/lf -> f")?;
    ok(be.symlink("sub", "d/ls").await, "symlink d/ls -> sub")?;
    ok(be.remove("d/lf", false).await, "remove d/lf")?;
    ok(be.remove("d/ls", true).await, "remove -r d/ls")?;
    for link in ["d/lf", "d/ls"] {
        fails(
            be.stat(link).await,
            &[ErrorKind::NotFound],
            &format!("stat removed {link}"),
        )?;
    }
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await
}

async fn rename_moves(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let gone = [ErrorKind::NotFound];
    ok(be.rename("d/f", "d/f2").await, "rename a file")?;
    fails(be.stat("d/f").await, &gone, "old name after rename")?;
    reads(be, "d/f2", "hello").await?;
    ok(be.write("d/h", b("h")).await, "write d/h")?;
    ok(be.rename("d/h", "d/f2").await, "rename over a file")?;
    reads(be, "d/f2", "h").await?;
    fails(be.stat("d/h").await, &gone, "old name after replacing")?;
    ok(be.create_dir("d/sub/deep").await, "create_dir d/sub/deep")?;
    ok(be.write("d/sub/deep/k", b("k")).await, "write d/sub/deep/k")?;
    ok(be.rename("d/sub", "moved").await, "rename a dir")?;
    reads(be, "moved/g", "g").await?;
    reads(be, "moved/deep/k", "k").await?;
    fails(be.stat("d/sub").await, &gone, "old dir after rename")?;
    fails(be.stat("d/sub/g").await, &gone, "old child after rename")?;
    let listed = ok(be.list("d").await, "list d")?;
    let names: Vec<_> = listed.iter().map(|e| e.name.as_str()).collect();
    check(names == ["f2"], &format!("list d after renames: {names:?}"))
}

async fn rename_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let not_found = [ErrorKind::NotFound];
    fails(be.rename("nope", "x").await, &not_found, "rename missing")?;
    fails(
        be.rename("d/f", "nope/x").await,
        &not_found,
        "rename to a missing parent",
    )?;
    fails(
        be.rename("d/sub", "nope/x").await,
        &not_found,
        "rename a dir to a missing parent",
    )?;
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await
}

async fn rename_into_itself(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for to in ["d/x", "d/sub/x"] {
        fails(
            be.rename("d", to).await,
            &[ErrorKind::InvalidPath],
            &format!("rename d into {to}"),
        )?;
    }
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await
}

async fn rename_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.rename("d/f", "d/x").await,
        &[ErrorKind::Unsupported],
        "rename without the capability",
    )?;
    reads(be, "d/f", "hello").await
}

//! Checks of the reading methods: `stat`, `read`, `read_many`, `list`, `walk`.

use std::collections::BTreeSet;

use bytes::Bytes;

use super::{Check, Outcome, always, b, check, fails, fixture, ok, reads, writable};
use crate::error::ErrorKind;
use crate::vfs::backend::{DynBackend, FileType};

/// The checks of this file, in the order of the trait's bullets.
pub(super) fn checks() -> Vec<Check> {
    vec![
        check!(
            "stat: the root always exists and is a directory",
            "`stat(\"\")` is the root directory and always exists.",
            always,
            stat_root,
        ),
        check!(
            "stat: missing is NotFound, through a file NotADirectory or NotFound",
            "A missing path is `NotFound`; a path through a file is `NotADirectory` or `NotFound`.",
            writable,
            stat_missing,
        ),
        check!(
            "stat: a file has its type and size, a directory is a directory",
            "A file is `File` with its length in bytes as `size`; a directory is `Dir`.",
            writable,
            stat_types,
        ),
        check!(
            "read: the whole file, or a range clamped to its end",
            "Without a range, the whole file; with one, the bytes in it, clamped to the file's end.",
            writable,
            read_content,
        ),
        check!(
            "read: missing is NotFound, a directory IsADirectory",
            "A missing file is `NotFound`; a directory is `IsADirectory`.",
            writable,
            read_errors,
        ),
        check!(
            "read: a range past the end is empty",
            "A range past the end reads as empty.",
            writable,
            read_past_end,
        ),
        check!(
            "read_many: each result is what read gives, in order",
            "Each result is what `read(path, None)` would return, in the order of `paths`.",
            writable,
            read_many_in_order,
        ),
        check!(
            "read_many: one failure does not fail the rest",
            "One failure does not fail the rest.",
            writable,
            read_many_isolated,
        ),
        check!(
            "list: each child once, by name, with its type and size",
            "Each child is listed once, by its name, with its type (and a file's size).",
            writable,
            list_children,
        ),
        check!(
            "list: a file is NotADirectory, missing is NotFound",
            "Listing a file is `NotADirectory`; a missing path is `NotFound`.",
            writable,
            list_errors,
        ),
        check!(
            "list: never lists dot or dot-dot",
            "`.` and `..` are never listed.",
            writable,
            list_no_dots,
        ),
        check!(
            "walk: entries are relative, the directory itself excluded",
            "Entries are relative to `path`; the directory itself is not included.",
            writable,
            walk_relative,
        ),
        check!(
            "walk: every directory on the way is listed",
            "Every directory on the way is listed before or after its children (any order).",
            writable,
            walk_every_dir,
        ),
        check!(
            "walk: a file is NotADirectory, missing is NotFound",
            "Walking a file is `NotADirectory`; a missing path is `NotFound`.",
            writable,
            walk_errors,
        ),
    ]
}

async fn stat_root(be: &dyn DynBackend) -> Outcome {
    let m = ok(be.stat("").await, "stat root")?;
    check(m.is_dir(), "stat(\"\") is not a directory")
}

async fn stat_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let not_found = [ErrorKind::NotFound];
    fails(be.stat("nope").await, &not_found, "stat missing")?;
    fails(be.stat("d/nope").await, &not_found, "stat missing in a dir")?;
    fails(be.stat("d/nope/x").await, &not_found, "stat below missing")?;
    fails(
        be.stat("d/f/x").await,
        &[ErrorKind::NotADirectory, ErrorKind::NotFound],
        "stat through a file",
    )
}

async fn stat_types(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.write("d/empty", Bytes::new()).await, "write d/empty")?;
    let m = ok(be.stat("d/f").await, "stat d/f")?;
    check(m.is_file() && m.size == 5, &format!("stat d/f: got {m:?}"))?;
    let m = ok(be.stat("d/empty").await, "stat d/empty")?;
    check(
        m.is_file() && m.size == 0,
        &format!("stat d/empty: got {m:?}"),
    )?;
    for dir in ["d", "d/sub"] {
        let m = ok(be.stat(dir).await, &format!("stat {dir}"))?;
        check(m.is_dir(), &format!("stat {dir}: got {m:?}"))?;
    }
    Ok(())
}

/// Every byte value, twice: binary content must come back unchanged.
fn binary() -> Bytes {
    (0..512u32).map(|i| (i % 256) as u8).collect()
}

async fn read_content(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    reads(be, "d/f", "hello").await?;
    for (range, want) in [(1..3, "el"), (0..5, "hello"), (3..100, "lo"), (4..5, "o")] {
        let got = ok(be.read("d/f", Some(range.clone())).await, "ranged read")?;
        check(
            got == want.as_bytes(),
            &format!("read d/f {range:?}: got {got:?}, want {want:?}"),
        )?;
    }
    ok(be.write("d/bin", binary()).await, "write binary")?;
    let got = ok(be.read("d/bin", None).await, "read binary")?;
    check(got == binary(), "binary content changed on the way")?;
    let got = ok(be.read("d/bin", Some(250..260)).await, "ranged binary read")?;
    check(
        got.as_ref() == &binary()[250..260],
        "ranged binary read: wrong bytes",
    )
}

async fn read_errors(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.read("nope", None).await,
        &[ErrorKind::NotFound],
        "read missing",
    )?;
    fails(
        be.read("d/nope", None).await,
        &[ErrorKind::NotFound],
        "read missing in a dir",
    )?;
    fails(
        be.read("d", None).await,
        &[ErrorKind::IsADirectory],
        "read dir",
    )?;
    fails(
        be.read("d", Some(0..1)).await,
        &[ErrorKind::IsADirectory],
        "ranged read of a dir",
    )
}

async fn read_past_end(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.write("d/empty", Bytes::new()).await, "write d/empty")?;
    for (path, range) in [("d/f", 5..9), ("d/f", 10..20), ("d/empty", 0..10)] {
        let got = ok(
            be.read(path, Some(range.clone())).await,
            "read past the end",
        )?;
        check(
            got.is_empty(),
            &format!("read {path} {range:?}: got {got:?}, want nothing"),
        )?;
    }
    Ok(())
}

/// Renders a result so that two can be compared: the bytes, or the error kind.
fn shape(r: crate::error::Result<Bytes>) -> std::result::Result<Bytes, ErrorKind> {
    r.map_err(|e| e.kind())
}

async fn read_many_in_order(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.write("d/empty", Bytes::new()).await, "write d/empty")?;
    let paths = ["d/sub/g", "nope", "d/f", "d", "d/empty", "d/f/x", "d/f"].map(String::from);
    let got = be.read_many(&paths).await;
    check(
        got.len() == paths.len(),
        &format!("{} results for {} paths", got.len(), paths.len()),
    )?;
    for (path, got) in paths.iter().zip(got) {
        let want = shape(be.read(path, None).await);
        let got = shape(got);
        check(
            got == want,
            &format!("read_many {path}: got {got:?}, read gives {want:?}"),
        )?;
    }
    Ok(())
}

async fn read_many_isolated(be: &dyn DynBackend) -> Outcome {
    ok(be.create_dir("m").await, "create_dir m")?;
    let mut paths = Vec::new();
    for i in 0..40 {
        let path = format!("m/{i}");
        if i % 7 != 3 {
            ok(be.write(&path, Bytes::from(path.clone())).await, "write")?;
        }
        paths.push(path);
    }
    let got = be.read_many(&paths).await;
    check(got.len() == paths.len(), "one result per path")?;
    for (i, (path, got)) in paths.iter().zip(got).enumerate() {
        if i % 7 == 3 {
            fails(got, &[ErrorKind::NotFound], &format!("read_many {path}"))?;
        } else {
            let got = ok(got, &format!("read_many {path} beside failures"))?;
            check(
                got == path.as_bytes(),
                &format!("read_many {path}: got {got:?}"),
            )?;
        }
    }
    Ok(())
}

async fn list_children(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let mut got: Vec<_> = ok(be.list("d").await, "list d")?
        .into_iter()
        .map(|e| {
            let size = if e.meta.is_file() { e.meta.size } else { 0 };
            (e.name, e.meta.file_type, size)
        })
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    let want = [
        ("f".to_string(), FileType::File, 5),
        ("sub".to_string(), FileType::Dir, 0),
    ];
    check(got == want, &format!("list d: got {got:?}, want {want:?}"))?;
    let root: Vec<_> = ok(be.list("").await, "list root")?
        .into_iter()
        .map(|e| (e.name, e.meta.file_type))
        .collect();
    check(
        root == [("d".to_string(), FileType::Dir)],
        &format!("list root: got {root:?}, want just d"),
    )
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
    )?;
    fails(
        be.list("d/nope").await,
        &[ErrorKind::NotFound],
        "list missing in a dir",
    )
}

async fn list_no_dots(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.create_dir("d/e").await, "create_dir d/e")?;
    for dir in ["", "d", "d/sub", "d/e"] {
        let listed = ok(be.list(dir).await, &format!("list {dir:?}"))?;
        check(
            listed.iter().all(|e| e.name != "." && e.name != ".."),
            &format!("list {dir:?} shows . or .."),
        )?;
    }
    Ok(())
}

/// `(path, is_dir)` of a walk, sorted.
async fn walked(
    be: &dyn DynBackend,
    path: &str,
) -> std::result::Result<Vec<(String, bool)>, String> {
    let mut got: Vec<_> = ok(be.walk(path).await, &format!("walk {path:?}"))?
        .into_iter()
        .map(|e| (e.path, e.meta.is_dir()))
        .collect();
    got.sort();
    Ok(got)
}

async fn walk_relative(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let got = walked(be, "d").await?;
    let want = [
        ("f".to_string(), false),
        ("sub".to_string(), true),
        ("sub/g".to_string(), false),
    ];
    check(got == want, &format!("walk d: got {got:?}, want {want:?}"))?;
    let got = walked(be, "d/sub").await?;
    check(
        got == [("g".to_string(), false)],
        &format!("walk d/sub: got {got:?}, want just g"),
    )?;
    let got = walked(be, "").await?;
    check(
        got.len() == 4 && got.iter().all(|(p, _)| p.starts_with('d')),
        &format!("walk root: got {got:?}, want d, d/f, d/sub, d/sub/g"),
    )
}

async fn walk_every_dir(be: &dyn DynBackend) -> Outcome {
    // Only the file's ancestors: s3s-fs (the tests' S3 server) lists no empty folder.
    for dir in ["x", "x/y", "x/y/z"] {
        ok(be.create_dir(dir).await, &format!("create_dir {dir}"))?;
    }
    ok(be.write("x/y/z/f", b("f")).await, "write x/y/z/f")?;
    for (root, want) in [
        ("", &["x/", "x/y/", "x/y/z/", "x/y/z/f"][..]),
        ("x", &["y/", "y/z/", "y/z/f"][..]),
    ] {
        let got = walked(be, root).await?;
        let got: BTreeSet<_> = got
            .iter()
            .map(|(p, dir)| if *dir { format!("{p}/") } else { p.clone() })
            .collect();
        let want: BTreeSet<_> = want.iter().map(|s| s.to_string()).collect();
        check(
            got == want,
            &format!("walk {root:?}: got {got:?}, want {want:?} (a dir on the way is missing)"),
        )?;
    }
    Ok(())
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

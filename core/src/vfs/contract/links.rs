//! Checks of the optional methods: `symlink`, `read_link`, `set_mode`, `set_mtime`.

use std::time::Duration;

use super::{Check, Outcome, b, check, fails, fixture, ok, reads};
use crate::error::ErrorKind;
use crate::vfs::backend::{Capability, DynBackend};

/// The checks of this file, in the order of the trait's bullets.
pub(super) fn checks() -> Vec<Check> {
    vec![
        check!(
            "symlink: Unsupported without the capability",
            "Backends without [`Capability::symlink`] return `Unsupported`.",
            |c| c.write && !c.symlink,
            symlink_unsupported,
        ),
        check!(
            "symlink: an existing entry is AlreadyExists",
            "An existing entry at `link` is `AlreadyExists`.",
            links,
            symlink_exists,
        ),
        check!(
            "symlink: stat and list show the link itself",
            "`stat` and `list` show the link itself as `Symlink`, even when its target is missing.",
            links,
            symlink_shown,
        ),
        check!(
            "read_link: the target text as given",
            "The target text is returned as `symlink` was given it, even when it points nowhere.",
            links,
            read_link_text,
        ),
        check!(
            "read_link: not a link is InvalidPath",
            "A path that is not a link is `InvalidPath`.",
            links,
            read_link_not_link,
        ),
        check!(
            "read_link: a final link is never followed",
            "Reading, writing or appending to a path whose last component is a link is `InvalidPath` ([`final_link_error`]), listing one `InvalidPath` or `NotADirectory`: backends never follow links (the VFS resolves them and retries).",
            links,
            final_link,
        ),
        check!(
            "read_link: a link earlier in a path is never followed",
            "A link earlier in a path is not followed either: the operation fails with `NotADirectory`, `NotFound` or `InvalidPath`.",
            links,
            link_on_the_way,
        ),
        check!(
            "set_mode: Unsupported without the capability",
            "Backends without [`Capability::set_mode`] return `Unsupported`.",
            |c| c.write && !c.set_mode,
            set_mode_unsupported,
        ),
        check!(
            "set_mode: the new bits show in stat",
            "The new bits show in `stat`'s `mode`.",
            modes,
            set_mode_shows,
        ),
        check!(
            "set_mode: a rewrite keeps the bits",
            "The bits survive a later `write` or `append` to the file.",
            modes,
            set_mode_kept,
        ),
        check!(
            "set_mode: missing is NotFound",
            "A missing path is `NotFound`.",
            modes,
            set_mode_missing,
        ),
        check!(
            "set_mtime: Unsupported without the capability",
            "Backends without [`Capability::set_mtime`] return `Unsupported`.",
            |c| c.write && !c.set_mtime,
            set_mtime_unsupported,
        ),
        check!(
            "set_mtime: the new time shows in stat",
            "The new time shows in `stat`'s `mtime`.",
            mtimes,
            set_mtime_shows,
        ),
        check!(
            "set_mtime: missing is NotFound",
            "A missing path is `NotFound`.",
            mtimes,
            set_mtime_missing,
        ),
    ]
}

fn links(cap: Capability) -> bool {
    cap.write && cap.symlink
}

fn modes(cap: Capability) -> bool {
    cap.write && cap.set_mode
}

fn mtimes(cap: Capability) -> bool {
    cap.write && cap.set_mtime
}

async fn symlink_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.symlink("f", "d/l").await,
        &[ErrorKind::Unsupported],
        "symlink without the capability",
    )?;
    fails(
        be.stat("d/l").await,
        &[ErrorKind::NotFound],
        "an unsupported symlink left an entry",
    )
}

async fn symlink_exists(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("f", "d/l").await, "symlink d/l -> f")?;
    for link in ["d/f", "d/sub", "d/l"] {
        fails(
            be.symlink("sub/g", link).await,
            &[ErrorKind::AlreadyExists],
            &format!("symlink over {link}"),
        )?;
    }
    reads(be, "d/f", "hello").await?;
    reads(be, "d/sub/g", "g").await?;
    let target = ok(be.read_link("d/l").await, "read_link d/l")?;
    check(
        target == "f",
        &format!("a refused symlink changed d/l to {target:?}"),
    )
}

async fn symlink_shown(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("f", "d/l").await, "symlink d/l -> f")?;
    ok(be.symlink("sub", "d/ls").await, "symlink d/ls -> sub")?;
    ok(
        be.symlink("missing", "d/dangling").await,
        "dangling symlink",
    )?;
    for link in ["d/l", "d/ls", "d/dangling"] {
        let m = ok(be.stat(link).await, &format!("stat {link}"))?;
        check(
            m.is_symlink(),
            &format!("stat {link}: got {m:?}, want a link"),
        )?;
    }
    let listed = ok(be.list("d").await, "list d")?;
    for name in ["l", "ls", "dangling"] {
        check(
            listed.iter().any(|e| e.name == name && e.meta.is_symlink()),
            &format!("list d does not show {name} as a link: {listed:?}"),
        )?;
    }
    Ok(())
}

async fn read_link_text(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let targets = [
        ("d/l1", "f"),
        ("d/l2", "sub/g"),
        ("d/l3", "../d/f"),
        ("d/l4", "missing/x"),
    ];
    for (link, target) in targets {
        ok(be.symlink(target, link).await, &format!("symlink {link}"))?;
    }
    for (link, target) in targets {
        let got = ok(be.read_link(link).await, &format!("read_link {link}"))?;
        check(
            got == target,
            &format!("read_link {link}: got {got:?}, want {target:?}"),
        )?;
    }
    Ok(())
}

async fn read_link_not_link(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for path in ["d/f", "d/sub", "d"] {
        fails(
            be.read_link(path).await,
            &[ErrorKind::InvalidPath],
            &format!("read_link {path}"),
        )?;
    }
    Ok(())
}

async fn final_link(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("sub", "d/ls").await, "symlink d/ls -> sub")?;
    ok(be.symlink("f", "d/lf").await, "symlink d/lf -> f")?;
    let link = [ErrorKind::InvalidPath];
    fails(be.read("d/lf", None).await, &link, "read of a final link")?;
    fails(
        be.read("d/lf", Some(0..2)).await,
        &link,
        "ranged read of a final link",
    )?;
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
    reads(be, "d/f", "hello").await?;
    let m = ok(be.stat("d/lf").await, "stat d/lf")?;
    check(m.is_symlink(), "a refused write replaced the link")
}

async fn link_on_the_way(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.symlink("sub", "d/ls").await, "symlink d/ls -> sub")?;
    let kinds = [
        ErrorKind::NotADirectory,
        ErrorKind::NotFound,
        ErrorKind::InvalidPath,
    ];
    fails(be.stat("d/ls/g").await, &kinds, "stat through a link")?;
    fails(be.read("d/ls/g", None).await, &kinds, "read through a link")?;
    fails(
        be.write("d/ls/new", b("x")).await,
        &kinds,
        "write through a link",
    )?;
    fails(
        be.create_dir("d/ls/newdir").await,
        &kinds,
        "create_dir through a link",
    )?;
    for path in ["d/sub/new", "d/sub/newdir"] {
        fails(
            be.stat(path).await,
            &[ErrorKind::NotFound],
            &format!("{path} was created through the link"),
        )?;
    }
    Ok(())
}

async fn set_mode_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.set_mode("d/f", 0o600).await,
        &[ErrorKind::Unsupported],
        "set_mode without the capability",
    )
}

async fn set_mode_shows(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for (path, mode) in [("d/f", 0o600), ("d/sub/g", 0o755), ("d/sub", 0o750)] {
        ok(be.set_mode(path, mode).await, &format!("set_mode {path}"))?;
        let m = ok(be.stat(path).await, &format!("stat {path}"))?;
        check(
            m.mode & 0o7777 == mode,
            &format!("stat {path}: mode {:o}, want {mode:o}", m.mode),
        )?;
    }
    reads(be, "d/sub/g", "g").await
}

async fn set_mode_kept(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    ok(be.set_mode("d/f", 0o600).await, "set_mode d/f")?;
    ok(be.write("d/f", b("new")).await, "write d/f")?;
    ok(be.append("d/f", b("er")).await, "append to d/f")?;
    reads(be, "d/f", "newer").await?;
    let m = ok(be.stat("d/f").await, "stat d/f")?;
    check(
        m.mode & 0o7777 == 0o600,
        &format!("mode after a rewrite: {:o}, want 600", m.mode),
    )
}

async fn set_mode_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for path in ["nope", "d/nope"] {
        fails(
            be.set_mode(path, 0o600).await,
            &[ErrorKind::NotFound],
            &format!("set_mode {path}"),
        )?;
    }
    Ok(())
}

async fn set_mtime_unsupported(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    fails(
        be.set_mtime("d/f", Duration::from_secs(1)).await,
        &[ErrorKind::Unsupported],
        "set_mtime without the capability",
    )
}

async fn set_mtime_shows(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    let t = Duration::from_secs(1_000_000_000);
    for path in ["d/f", "d/sub"] {
        ok(be.set_mtime(path, t).await, &format!("set_mtime {path}"))?;
        let m = ok(be.stat(path).await, &format!("stat {path}"))?;
        check(
            m.mtime == Some(t),
            &format!("stat {path}: mtime {:?}, want {t:?}", m.mtime),
        )?;
    }
    reads(be, "d/f", "hello").await
}

async fn set_mtime_missing(be: &dyn DynBackend) -> Outcome {
    fixture(be).await?;
    for path in ["nope", "d/nope"] {
        fails(
            be.set_mtime(path, Duration::from_secs(1)).await,
            &[ErrorKind::NotFound],
            &format!("set_mtime {path}"),
        )?;
    }
    Ok(())
}

//! Backend round trips of the file commands: trees are listed once with `walk` and their
//! files read through `read_many`, never one `read` per file.

use std::sync::Arc;

use futures::executor::block_on;
use mirage_core::vfs::layer::{Counters, CountingLayer};
use mirage_core::vfs::{MemoryBackend, MountMode, MountTable};
use mirage_core::{ExecuteOptions, Workspace};

fn run(ws: &Workspace, script: &str) -> (String, String, i32) {
    let r = block_on(ws.execute(script, ExecuteOptions::default()));
    (
        String::from_utf8_lossy(&r.stdout).into_owned(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
        r.exit_code,
    )
}

/// A workspace over a counted memory backend holding `/src` with 300 files in 3 dirs.
fn tree() -> (Workspace, Arc<Counters>) {
    let mut table = MountTable::new();
    let counting = CountingLayer::new(Arc::new(MemoryBackend::new()));
    let counters = counting.counters();
    assert!(
        table
            .mount("/", Arc::new(counting), MountMode::ReadWrite)
            .is_ok()
    );
    let ws = Workspace::new(table);
    let (_, err, code) = run(&ws, "mkdir -p /src/a /src/b /src/c");
    assert_eq!((err.as_str(), code), ("", 0));
    for i in 0..300 {
        let dir = ["a", "b", "c"][i % 3];
        let path = format!("/src/{dir}/f{i}");
        assert!(block_on(ws.write_file(&path, format!("{i}\n"))).is_ok());
    }
    counters.reset();
    (ws, counters)
}

#[test]
fn cp_r_reads_a_tree_in_batches() {
    let (ws, counters) = tree();
    let (_, err, code) = run(&ws, "cp -r /src /dst");
    assert_eq!((err.as_str(), code), ("", 0));
    let snap = counters.snapshot();
    assert_eq!(snap.read, 0, "no single reads");
    assert_eq!(snap.walk, 1, "one listing");
    assert!(snap.read_many <= 3, "read_many calls: {}", snap.read_many);
    assert_eq!(snap.write, 300);
    assert!(snap.stat < 20, "stat calls: {}", snap.stat);
    let (out, _, _) = run(&ws, "cat /dst/b/f100");
    assert_eq!(out, "100\n");
}

#[test]
fn rm_r_removes_a_tree_in_one_call() {
    let (ws, counters) = tree();
    let (_, err, code) = run(&ws, "rm -r /src");
    assert_eq!((err.as_str(), code), ("", 0));
    let snap = counters.snapshot();
    assert_eq!(snap.remove, 1);
    assert_eq!(snap.walk + snap.list + snap.read + snap.read_many, 0);
    let (out, _, _) = run(&ws, "rm -rv /nope; test -e /src || echo gone");
    assert_eq!(out, "gone\n");
}

#[test]
fn mv_of_a_tree_is_one_rename() {
    let (ws, counters) = tree();
    let (_, err, code) = run(&ws, "mv /src /moved");
    assert_eq!((err.as_str(), code), ("", 0));
    let snap = counters.snapshot();
    assert_eq!(snap.rename, 1);
    assert_eq!(snap.read + snap.read_many + snap.write, 0);
}

#[test]
fn cp_of_many_files_reads_them_in_batches() {
    let (ws, counters) = tree();
    let (_, err, code) = run(&ws, "mkdir /dst; cp /src/a/* /dst/");
    assert_eq!((err.as_str(), code), ("", 0));
    let snap = counters.snapshot();
    assert_eq!(snap.read, 0, "no single reads");
    assert!(snap.read_many <= 2, "read_many calls: {}", snap.read_many);
    assert_eq!(snap.write, 100);
}

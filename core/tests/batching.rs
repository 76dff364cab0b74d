//! Backend round trips of multi-file commands, counted by a `CountingLayer` under a RAM
//! backend: many files cost a few `read_many` calls, a tree costs one `walk`.

use std::sync::Arc;

use futures::executor::block_on;
use mirage_core::vfs::layer::{Counters, CountingLayer};
use mirage_core::vfs::{MemoryBackend, MountMode, MountTable};
use mirage_core::{ExecuteOptions, Workspace};

/// A workspace over a counting RAM backend, and its counters.
fn counted() -> (Workspace, Arc<Counters>) {
    let mut table = MountTable::new();
    let counting = CountingLayer::new(Arc::new(MemoryBackend::new()));
    let counters = counting.counters();
    assert!(
        table
            .mount("/", Arc::new(counting), MountMode::ReadWrite)
            .is_ok()
    );
    (Workspace::new(table), counters)
}

fn run(ws: &Workspace, script: &str) -> (String, i32) {
    let r = block_on(ws.execute(script, ExecuteOptions::default()));
    (String::from_utf8_lossy(&r.stdout).into_owned(), r.exit_code)
}

#[test]
fn cat_of_100_files_is_a_handful_of_read_many_calls() {
    let (ws, counters) = counted();
    for i in 0..100 {
        assert!(block_on(ws.write_file(&format!("/f{i}"), format!("{i}\n"))).is_ok());
    }
    counters.reset();
    let files: Vec<String> = (0..100).map(|i| format!("/f{i}")).collect();
    let (out, code) = run(&ws, &format!("cat {}", files.join(" ")));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 100);
    let snap = counters.snapshot();
    assert_eq!(snap.read, 0, "no single reads");
    assert_eq!(snap.read_many, 1, "one read_many for 100 files");
    assert_eq!(snap.read_many_paths, 100);
}

#[test]
fn grep_r_over_1000_files_is_one_walk_and_batched_reads() {
    let (ws, counters) = counted();
    assert!(block_on(ws.create_dir_all("/data/a/b")).is_ok());
    assert!(block_on(ws.create_dir_all("/data/c")).is_ok());
    for i in 0..1000 {
        let dir = match i % 3 {
            0 => "/data",
            1 => "/data/a/b",
            _ => "/data/c",
        };
        let body = if i % 100 == 7 {
            format!("line {i}\nthe needle is here\n")
        } else {
            format!("line {i}\nnothing\n")
        };
        assert!(block_on(ws.write_file(&format!("{dir}/f{i:04}.txt"), body)).is_ok());
    }
    counters.reset();
    let (out, code) = run(&ws, "grep -r needle /data");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 10, "{out}");
    let snap = counters.snapshot();
    assert_eq!(snap.walk, 1, "one walk");
    assert_eq!(snap.read_many, 1000_u64.div_ceil(256), "batched reads");
    assert_eq!(snap.read_many_paths, 1000);
    assert_eq!(snap.read, 0, "no single reads");
    assert_eq!(snap.list, 0, "no per-directory listing");
    assert_eq!(snap.stat, 0, "no per-file stat");
}

#[test]
fn grep_of_many_operands_is_batched() {
    let (ws, counters) = counted();
    for i in 0..300 {
        assert!(block_on(ws.write_file(&format!("/f{i}"), format!("x{i}\n"))).is_ok());
    }
    counters.reset();
    let files: Vec<String> = (0..300).map(|i| format!("/f{i}")).collect();
    let (out, code) = run(&ws, &format!("grep -c x {}", files.join(" ")));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 300);
    let snap = counters.snapshot();
    assert_eq!(snap.read, 0, "no single reads");
    assert_eq!(snap.read_many, 2, "300 files in chunks of 256");
}

#[test]
fn rg_over_1000_files_is_one_walk_and_batched_reads() {
    let (ws, counters) = counted();
    assert!(block_on(ws.create_dir_all("/data/a")).is_ok());
    assert!(block_on(ws.write_file("/data/.ignore", "skip/\n")).is_ok());
    for i in 0..1000 {
        let dir = if i % 2 == 0 { "/data" } else { "/data/a" };
        let body = if i % 100 == 7 { "needle\n" } else { "hay\n" };
        assert!(block_on(ws.write_file(&format!("{dir}/f{i:04}.txt"), body)).is_ok());
    }
    counters.reset();
    let (out, code) = run(&ws, "rg needle /data");
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 10, "{out}");
    let snap = counters.snapshot();
    assert_eq!(snap.walk, 1, "one walk");
    // One batch for the ignore files (and `.git` probes), then the files.
    assert_eq!(snap.read_many, 1 + 1000_u64.div_ceil(256), "batched reads");
    assert_eq!(snap.read + snap.list, 0, "no per-file calls");
    // The ancestor `/` is probed for `.rgignore`, `.ignore`, `.gitignore` and `.git`; a
    // missing one costs the VFS's symbolic-link check (one `lstat`) each.
    assert!(snap.stat <= 4, "stat calls: {}", snap.stat);
}

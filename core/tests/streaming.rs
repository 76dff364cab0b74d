//! Streaming reads: `head`, `tail` and `wc -c` on a big RAM file read small ranges (or
//! nothing), never the whole file. Counted with the VFS counting layer.

use std::sync::Arc;

use futures::executor::block_on;
use mirage_core::vfs::{Counters, CountingLayer, MemoryBackend, MountMode, MountTable};
use mirage_core::{ExecuteOptions, Workspace};

/// 16 MiB of numbered lines.
const BIG: usize = 16 << 20;

fn setup() -> (Workspace, Arc<Counters>) {
    let mut table = MountTable::new();
    let counting = CountingLayer::new(Arc::new(MemoryBackend::new()));
    let counters = counting.counters();
    assert!(
        table
            .mount("/", Arc::new(counting), MountMode::ReadWrite)
            .is_ok()
    );
    let ws = Workspace::new(table);
    let mut data = Vec::with_capacity(BIG + 16);
    let mut i = 0u64;
    while data.len() < BIG {
        data.extend_from_slice(format!("line {i}\n").as_bytes());
        i += 1;
    }
    assert!(block_on(ws.write_file("/big", data)).is_ok());
    counters.reset();
    (ws, counters)
}

fn run(ws: &Workspace, script: &str) -> (String, i32) {
    let r = block_on(ws.execute(script, ExecuteOptions::default()));
    (String::from_utf8_lossy(&r.stdout).into_owned(), r.exit_code)
}

#[test]
fn head_one_line_reads_one_small_range() {
    let (ws, counters) = setup();
    let (out, code) = run(&ws, "head -1 /big");
    assert_eq!((out.as_str(), code), ("line 0\n", 0));
    let snap = counters.snapshot();
    assert_eq!(snap.read_many, 0, "no whole-file batch read");
    assert!(snap.read <= 1, "read calls: {}", snap.read);
    assert!(
        snap.read_bytes <= 64 * 1024,
        "bytes read: {}",
        snap.read_bytes
    );
}

#[test]
fn tail_one_line_reads_from_the_end() {
    let (ws, counters) = setup();
    let (out, code) = run(&ws, "tail -n 1 /big");
    assert_eq!(code, 0);
    assert!(out.starts_with("line "), "{out}");
    let snap = counters.snapshot();
    assert_eq!(snap.read_many, 0);
    assert!(
        snap.read_bytes <= 64 * 1024,
        "bytes read: {}",
        snap.read_bytes
    );
}

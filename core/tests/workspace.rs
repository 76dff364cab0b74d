//! The embedding API: state kept between calls, per-call isolation, cancellation, limits,
//! streaming, read-only mounts and batched reads.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::executor::block_on;
use mirage_core::vfs::layer::CountingLayer;
use mirage_core::vfs::{DynBackend, MemoryBackend, MountMode, MountTable};
use mirage_core::{CancelHandle, ExecuteOptions, Limits, Workspace};

fn run(ws: &Workspace, script: &str) -> (String, String, i32) {
    let r = block_on(ws.execute(script, ExecuteOptions::default()));
    (
        String::from_utf8_lossy(&r.stdout).into_owned(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
        r.exit_code,
    )
}

#[test]
fn state_persists_between_calls() {
    let ws = Workspace::default_skeleton();
    run(&ws, "x=41; f() { echo $((x + 1)); }; cd /tmp");
    assert_eq!(run(&ws, "f; pwd").0, "42\n/tmp\n");
}

#[test]
fn per_call_env_and_cwd_do_not_leak() {
    let ws = Workspace::default_skeleton();
    let opts = ExecuteOptions {
        cwd: Some("/tmp".into()),
        env: vec![("ONLY".into(), "once".into())],
        ..Default::default()
    };
    let r = block_on(ws.execute("echo $ONLY; pwd; cd /; kept=1", opts));
    assert_eq!(r.stdout, b"once\n/tmp\n");
    assert_eq!(
        run(&ws, "echo \"[$ONLY]\" $kept; pwd").0,
        "[] 1\n/home/user\n"
    );
}

#[test]
fn overlapping_calls_are_isolated() {
    let ws = Workspace::default_skeleton();
    let a = ws.execute(
        "for i in 1 2 3; do v=a$i; echo $v; done",
        ExecuteOptions::default(),
    );
    let b = ws.execute(
        "for i in 1 2 3; do v=b$i; echo $v; done",
        ExecuteOptions::default(),
    );
    let (ra, rb) = block_on(futures::future::join(a, b));
    assert_eq!(ra.stdout, b"a1\na2\na3\n");
    assert_eq!(rb.stdout, b"b1\nb2\nb3\n");
}

#[test]
fn cancel_stops_an_endless_loop_promptly() {
    let ws = Workspace::default_skeleton();
    let cancel = CancelHandle::new();
    let trigger = cancel.clone();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        trigger.cancel();
        Instant::now()
    });
    let opts = ExecuteOptions {
        cancel: Some(cancel),
        ..Default::default()
    };
    let r = block_on(ws.execute("while true; do :; done", opts));
    let fired_at = t.join().ok();
    assert_eq!(r.exit_code, 130);
    assert!(r.aborted);
    if let Some(at) = fired_at {
        // Generous bound: the point is "promptly", not a benchmark (scripts/bench measures).
        assert!(at.elapsed() < Duration::from_secs(2));
    }
    // The workspace is still usable.
    assert_eq!(run(&ws, "echo ok").0, "ok\n");
}

#[test]
fn cancel_interrupts_sleep() {
    let ws = Workspace::default_skeleton();
    let cancel = CancelHandle::new();
    cancel.cancel();
    let opts = ExecuteOptions {
        cancel: Some(cancel),
        ..Default::default()
    };
    let r = block_on(ws.execute("sleep 100; echo never", opts));
    assert_eq!(r.exit_code, 130);
    assert!(r.stdout.is_empty());
}

#[test]
fn limits_stop_runaway_scripts() {
    let ws = Workspace::default_skeleton();
    let cases: &[(&str, Limits)] = &[
        (
            "while :; do :; done",
            Limits {
                max_loop_iterations: 1000,
                ..Limits::default()
            },
        ),
        (
            "f() { f; }; f",
            Limits {
                max_call_depth: 50,
                ..Limits::default()
            },
        ),
        (
            "while :; do echo xxxxxxxxxx; done",
            Limits {
                max_output_bytes: 1000,
                ..Limits::default()
            },
        ),
        (
            "echo {1..100000}",
            Limits {
                max_brace_expansion: 1000,
                ..Limits::default()
            },
        ),
        (
            "for i in 1 2 3 4 5 6 7 8 9 10; do true; done",
            Limits {
                max_commands: 5,
                ..Limits::default()
            },
        ),
        (
            "f() { echo $(f); }; f",
            Limits {
                max_substitution_depth: 10,
                ..Limits::default()
            },
        ),
    ];
    for (script, limits) in cases {
        let opts = ExecuteOptions {
            limits: Some(limits.clone()),
            ..Default::default()
        };
        let r = block_on(ws.execute(script, opts));
        assert_eq!(r.exit_code, 124, "{script}");
        assert!(r.limit_exceeded, "{script}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(err.contains("limit"), "{script}: {err}");
    }
    assert_eq!(run(&ws, "echo still fine").0, "still fine\n");
}

#[test]
fn syntax_error_runs_nothing() {
    let ws = Workspace::default_skeleton();
    let (out, err, code) = run(&ws, "echo first > /tmp/x\nif true; then echo; fi fi");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("syntax error near unexpected token `fi'"),
        "{err}"
    );
    assert!(block_on(ws.read_file("/tmp/x")).is_err());
}

#[test]
fn streaming_delivers_output_in_order() {
    let ws = Workspace::default_skeleton();
    let mut out = Vec::new();
    let mut err = Vec::new();
    let r = block_on(ws.execute_streaming(
        "for i in 1 2 3; do echo $i; echo e$i >&2; done",
        ExecuteOptions::default(),
        |b| out.extend_from_slice(b),
        |b| err.extend_from_slice(b),
    ));
    assert_eq!(r.exit_code, 0);
    assert_eq!(out, b"1\n2\n3\n");
    assert_eq!(err, b"e1\ne2\ne3\n");
}

#[test]
fn read_only_mount_refuses_writes_and_changes_nothing() {
    let mut table = MountTable::new();
    let root: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new());
    let data: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new());
    assert!(table.mount("/", root, MountMode::ReadWrite).is_ok());
    assert!(
        table
            .mount("/data", data.clone(), MountMode::ReadOnly)
            .is_ok()
    );
    let ws = Workspace::new(table);
    let seeded = block_on(data.write("f.txt", bytes::Bytes::from_static(b"orig\n")));
    assert!(seeded.is_ok());
    let (out, err, code) = run(&ws, "echo new > /data/f.txt; echo $?; cat /data/f.txt");
    assert_eq!(out, "1\norig\n");
    assert_eq!(err, "mirage: line 1: /data/f.txt: Read-only file system\n");
    assert_eq!(code, 0);
}

#[test]
fn cat_of_many_files_is_batched() {
    let mut table = MountTable::new();
    let counting = CountingLayer::new(Arc::new(MemoryBackend::new()));
    let counters = counting.counters();
    assert!(
        table
            .mount("/", Arc::new(counting), MountMode::ReadWrite)
            .is_ok()
    );
    let ws = Workspace::new(table);
    for i in 0..100 {
        assert!(block_on(ws.write_file(&format!("/f{i}"), format!("{i}\n"))).is_ok());
    }
    counters.reset();
    let files: Vec<String> = (0..100).map(|i| format!("/f{i}")).collect();
    let (out, _, code) = run(&ws, &format!("cat {}", files.join(" ")));
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 100);
    let snap = counters.snapshot();
    assert_eq!(snap.read, 0, "no single reads");
    assert!(snap.read_many <= 2, "read_many calls: {}", snap.read_many);
}

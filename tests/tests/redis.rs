//! The Redis backend against a real `redis-server` per test: the backend contract, round
//! trips (counted by the backend and by the server's `INFO commandstats`), prefixes, no
//! orphaned keys, and faults (a stopped server, a killed connection).

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures::executor::block_on;
use mirage_core::clock::ManualClock;
use mirage_core::vfs::{DynBackend, MemoryBackend, MountMode, MountTable, contract};
use mirage_core::{ErrorKind, ExecResult, ExecuteOptions, Workspace};
use mirage_host::redis::RedisBackend;
use mirage_tests::servers::RedisServer;

fn server() -> RedisServer {
    RedisServer::start().expect("redis-server must be installed and start")
}

fn backend(server: &RedisServer, prefix: &str) -> RedisBackend {
    block_on(RedisBackend::connect(&server.url(0, prefix))).expect("connect")
}

/// A server, a raw connection to it, and a backend under `prefix`.
fn setup(prefix: &str) -> (RedisServer, redis::Connection, RedisBackend) {
    let server = server();
    let conn = raw(&server);
    let be = backend(&server, prefix);
    (server, conn, be)
}

/// Creates `dirs` in order, then writes `files` (path, contents), 500 at a time.
fn fill(be: &RedisBackend, dirs: &[String], files: &[(String, String)]) {
    block_on(async {
        for d in dirs {
            be.create_dir(d).await.expect("mkdir");
        }
        for chunk in files.chunks(500) {
            let writes = chunk.iter().map(|(p, data)| be.write(p, b(data)));
            for r in futures::future::join_all(writes).await {
                r.expect("write");
            }
        }
    });
}

/// A raw connection for what the backend never does: INFO, SCAN, CLIENT KILL.
fn raw(server: &RedisServer) -> redis::Connection {
    redis::Client::open(format!("redis://127.0.0.1:{}/0", server.port()))
        .and_then(|c| c.get_connection())
        .expect("raw connection")
}

/// Calls of one command so far, from `INFO commandstats` (`cmdstat_NAME:calls=N,...`).
fn calls(conn: &mut redis::Connection, name: &str) -> u64 {
    let info: String = redis::cmd("INFO")
        .arg("commandstats")
        .query(conn)
        .expect("INFO");
    let tag = format!("cmdstat_{name}:calls=");
    info.lines()
        .find_map(|l| l.strip_prefix(&tag))
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Every key under `prefix:`, found with SCAN (only the test ever scans).
fn keys(conn: &mut redis::Connection, prefix: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut cursor = 0u64;
    loop {
        let (next, batch): (u64, Vec<String>) = redis::cmd("SCAN")
            .arg(cursor)
            .arg("MATCH")
            .arg(format!("{prefix}:*"))
            .arg("COUNT")
            .arg(1000)
            .query(conn)
            .expect("SCAN");
        // Retry markers of mutations (they expire) are not entries.
        out.extend(batch.into_iter().filter(|k| !k.contains(":done:")));
        if next == 0 {
            return out;
        }
        cursor = next;
    }
}

/// A workspace with RAM at `/` and `backend` at `/cache`.
fn workspace(backend: &RedisBackend) -> Workspace {
    workspace_with_clock(backend, Arc::new(ManualClock::default()))
}

/// [`workspace`] whose clock (also RAM's) is `clock`.
fn workspace_with_clock(backend: &RedisBackend, clock: Arc<ManualClock>) -> Workspace {
    let mut table = MountTable::new();
    let ram: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new().with_clock(clock.clone()));
    table
        .mount("/", ram, MountMode::ReadWrite)
        .expect("mount /");
    let redis: Arc<dyn DynBackend> = Arc::new(backend.clone());
    table
        .mount("/cache", redis, MountMode::ReadWrite)
        .expect("mount /cache");
    let ws = Workspace::new(table).with_clock(clock);
    ws.init_skeleton();
    ws
}

fn run(ws: &Workspace, script: &str) -> ExecResult {
    block_on(ws.execute(script, ExecuteOptions::default()))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn b(s: &str) -> Bytes {
    Bytes::copy_from_slice(s.as_bytes())
}

#[test]
fn passes_the_backend_contract() {
    let server = server();
    let base = backend(&server, "base");
    let n = AtomicUsize::new(0);
    let make = || {
        let prefix = format!("contract{}", n.fetch_add(1, Ordering::Relaxed));
        Arc::new(base.with_prefix(&prefix).expect("prefix")) as Arc<dyn DynBackend>
    };
    let results = block_on(contract::run_all(&make));
    assert!(results.len() >= 20, "{} checks", results.len());
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn cat_of_100_files_is_at_most_2_round_trips() {
    let (_server, mut stats, be) = setup("cat");
    let files: Vec<_> = (0..100)
        .map(|i| (format!("d/f{i:03}"), format!("{i}\n")))
        .collect();
    fill(&be, &["d".into()], &files);
    let ws = workspace(&be);
    let files: Vec<String> = (0..100).map(|i| format!("/cache/d/f{i:03}")).collect();
    let script = format!("cat {}", files.join(" "));
    let eval_before = calls(&mut stats, "eval");
    let (before, sha_before) = (be.stats().round_trips, calls(&mut stats, "evalsha"));
    let r = run(&ws, &script);
    let trips = be.stats().round_trips - before;
    let server_trips = calls(&mut stats, "evalsha") - sha_before;
    assert_eq!(r.exit_code, 0, "{}", text(&r.stderr));
    let want: String = (0..100).map(|i| format!("{i}\n")).collect();
    assert_eq!(text(&r.stdout), want);
    assert!(trips <= 2, "cat of 100 files took {trips} round trips");
    assert_eq!(server_trips, trips, "server-side EVALSHA calls");
    assert_eq!(
        calls(&mut stats, "eval"),
        eval_before,
        "the script was cached"
    );
    eprintln!("cat of 100 files: {trips} round trip(s)");
}

#[test]
fn grep_r_over_1000_files_lists_once_and_reads_in_batches() {
    let (_server, mut stats, be) = setup("grep");
    let mut dirs = vec!["src".to_string()];
    dirs.extend((0..10).map(|d| format!("src/d{d}")));
    let files: Vec<_> = (0..1000)
        .map(|n| {
            let body = if n % 100 == 42 {
                "needle here\n"
            } else {
                "hay\n"
            };
            (format!("src/d{}/f{}", n / 100, n % 100), body.to_string())
        })
        .collect();
    fill(&be, &dirs, &files);
    let ws = workspace(&be);
    let (before, sha_before) = (be.stats().round_trips, calls(&mut stats, "evalsha"));
    let (zr_before, scan_before) = (
        calls(&mut stats, "zrangebylex"),
        calls(&mut stats, "scan") + calls(&mut stats, "keys"),
    );
    let r = run(&ws, "grep -r needle /cache/src | sort");
    let trips = be.stats().round_trips - before;
    assert_eq!(r.exit_code, 0, "{}", text(&r.stderr));
    let want: String = (0..10)
        .map(|d| format!("/cache/src/d{d}/f42:needle here\n"))
        .collect();
    assert_eq!(text(&r.stdout), want);
    // O(1) to list (one walk) and ceil(1000 / 256) = 4 batches.
    let reads = 1000usize.div_ceil(256) as u64;
    assert!(
        trips <= 2 + reads,
        "grep -r took {trips} round trips, want at most 2 + {reads}"
    );
    assert_eq!(calls(&mut stats, "evalsha") - sha_before, trips);
    assert_eq!(calls(&mut stats, "zrangebylex") - zr_before, 1, "one walk");
    eprintln!("grep -r over 1,000 files: {trips} round trips");
    assert_eq!(
        calls(&mut stats, "scan") + calls(&mut stats, "keys") - scan_before,
        0,
        "never SCAN or KEYS"
    );
}

#[test]
fn ls_costs_its_children_not_all_keys() {
    let (_server, mut stats, be) = setup("ls");
    // 10,000 entries elsewhere.
    let mut files: Vec<_> = (0..10_000)
        .map(|i| (format!("big/f{i}"), "x".to_string()))
        .collect();
    files.extend(["a", "b", "c"].map(|n| (format!("small/{n}"), n.to_string())));
    fill(&be, &["big".into(), "small".into()], &files);
    let ws = workspace(&be);
    let hmget = calls(&mut stats, "hmget");
    let hget = calls(&mut stats, "hget");
    let smembers = calls(&mut stats, "smembers");
    let zr = calls(&mut stats, "zrangebylex");
    let r = run(&ws, "ls /cache/small");
    assert_eq!(text(&r.stdout), "a\nb\nc\n", "{}", text(&r.stderr));
    let hmget = calls(&mut stats, "hmget") - hmget;
    let hget = calls(&mut stats, "hget") - hget;
    // One metadata read per child, plus the directory's own stat and type check.
    assert!(hmget <= 3 + 2, "ls read {hmget} metadata hashes");
    eprintln!("ls of 3 children among 10,000: {hmget} HMGET, {hget} HGET");
    assert!(hget <= 3, "ls checked {hget} types");
    assert_eq!(calls(&mut stats, "smembers") - smembers, 1);
    assert_eq!(calls(&mut stats, "zrangebylex") - zr, 0, "ls never walks");
    let listed = block_on(be.list("small")).expect("list");
    assert_eq!(listed.len(), 3);
}

#[test]
fn two_prefixes_on_one_server_are_separate() {
    let server = server();
    let a = backend(&server, "alpha");
    let a2 = backend(&server, "alpha.2");
    block_on(async {
        a.create_dir("d").await.expect("mkdir");
        a.write("d/f", b("A")).await.expect("write");
        assert_eq!(
            a2.stat("d").await.map_err(|e| e.kind()).err(),
            Some(ErrorKind::NotFound)
        );
        assert!(a2.list("").await.expect("list").is_empty());
        assert!(a2.walk("").await.expect("walk").is_empty());
        a2.create_dir("d")
            .await
            .expect("same name in the other prefix");
        a2.write("d/f", b("B")).await.expect("write");
        assert_eq!(a.read("d/f", None).await.expect("read"), b("A"));
        assert_eq!(a2.read("d/f", None).await.expect("read"), b("B"));
        a2.remove("d", true).await.expect("rm -r");
        assert_eq!(a.read("d/f", None).await.expect("read"), b("A"));
    });
    let bad = block_on(RedisBackend::connect(&server.url(0, "a:b")));
    assert_eq!(
        bad.map_err(|e| e.kind()).err(),
        Some(ErrorKind::InvalidPath)
    );
}

/// The keys the layout needs for what `walk("")` shows: nothing more may exist. Also
/// checks that the index of all paths holds exactly the walked paths.
fn expected_keys(be: &RedisBackend, conn: &mut redis::Connection) -> BTreeSet<String> {
    let p = be.prefix();
    let all = block_on(be.walk("")).expect("walk");
    let indexed: BTreeSet<String> = redis::cmd("ZRANGE")
        .arg(format!("{p}:all"))
        .arg(0)
        .arg(-1)
        .query(conn)
        .expect("ZRANGE");
    assert_eq!(indexed, all.iter().map(|e| e.path.clone()).collect());
    let mut want = BTreeSet::from([format!("{p}:m:")]);
    if !all.is_empty() {
        want.insert(format!("{p}:all"));
        want.insert(format!("{p}:c:"));
    }
    for e in &all {
        want.insert(format!("{p}:m:{}", e.path));
        if e.meta.is_file() {
            want.insert(format!("{p}:d:{}", e.path));
        }
        let has_children = all
            .iter()
            .any(|c| c.path.starts_with(&format!("{}/", e.path)));
        if e.meta.is_dir() && has_children {
            want.insert(format!("{p}:c:{}", e.path));
        }
    }
    want
}

#[test]
fn rename_and_recursive_remove_leave_no_orphans() {
    let (_server, mut conn, be) = setup("orphans");
    let dirs = ["t", "t/a", "t/a/b", "t/e", "keep"].map(String::from);
    let files = ["t/x", "t/a/y", "t/a/b/z", "keep/k"].map(|f| (f.to_string(), f.to_string()));
    fill(&be, &dirs, &files);
    block_on(async {
        be.symlink("../x", "t/a/l").await.expect("symlink");
        be.rename("t", "keep/moved").await.expect("rename tree");
    });
    let want = expected_keys(&be, &mut conn);
    assert_eq!(keys(&mut conn, "orphans"), want);
    let walked: Vec<String> = block_on(be.walk("keep"))
        .expect("walk")
        .into_iter()
        .map(|e| e.path)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        walked,
        [
            "k",
            "moved",
            "moved/a",
            "moved/a/b",
            "moved/a/b/z",
            "moved/a/l",
            "moved/a/y",
            "moved/e",
            "moved/x"
        ]
    );
    assert_eq!(
        block_on(be.read("keep/moved/a/b/z", None)).expect("read"),
        b("t/a/b/z")
    );
    block_on(be.remove("keep/moved", true)).expect("rm -r");
    let want = expected_keys(&be, &mut conn);
    assert_eq!(keys(&mut conn, "orphans"), want);
    block_on(be.remove("keep", true)).expect("rm -r");
    let left = keys(&mut conn, "orphans");
    assert_eq!(left, BTreeSet::from(["orphans:m:".to_string()]));
}

#[test]
fn a_stopped_server_fails_the_command_and_the_shell_goes_on() {
    let mut server = server();
    let be = backend(&server, "fault");
    let ws = workspace(&be);
    let r = run(&ws, "echo hi > /cache/a && cat /cache/a");
    assert_eq!(text(&r.stdout), "hi\n", "{}", text(&r.stderr));
    server.stop();
    let r = run(&ws, "cat /cache/a");
    assert_eq!(
        text(&r.stderr),
        "cat: /cache/a: redis: connection refused\n"
    );
    assert_eq!(r.exit_code, 1);
    let r = run(&ws, "echo ok");
    assert_eq!((text(&r.stdout).as_str(), r.exit_code), ("ok\n", 0));
    server.restart().expect("restart");
    // The server lost its data; the next command on the mount works at once.
    let r = run(&ws, "echo back > /cache/a && cat /cache/a");
    assert_eq!(text(&r.stdout), "back\n", "{}", text(&r.stderr));
    assert_eq!(r.exit_code, 0);
    // A restart between two commands: the first write on the dead connection is retried.
    server.stop();
    server.restart().expect("restart");
    let r = run(&ws, "echo again > /cache/b && cat /cache/b");
    assert_eq!(text(&r.stdout), "again\n", "{}", text(&r.stderr));
}

#[test]
fn a_server_stopped_mid_loop_fails_cleanly() {
    let (server, mut watcher, be) = setup("midloop");
    let server = Arc::new(Mutex::new(server));
    let ws = workspace(&be);
    // Stops the server once the loop has written f100 (or after 10 s).
    let stopper = {
        let server = server.clone();
        std::thread::spawn(move || {
            for _ in 0..10_000 {
                let exists: redis::RedisResult<bool> = redis::cmd("EXISTS")
                    .arg("midloop:m:f100")
                    .query(&mut watcher);
                if exists.unwrap_or(true) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            server.lock().expect("lock").stop();
        })
    };
    let r = run(
        &ws,
        "for i in $(seq 1000); do echo $i > /cache/f$i; done; echo status $?",
    );
    stopper.join().expect("stopper");
    let err = text(&r.stderr);
    assert!(err.contains(": redis: connection"), "{err}");
    eprintln!(
        "stopped mid-loop: {} error lines, first: {}",
        err.lines().count(),
        err.lines().next().unwrap_or("")
    );
    assert!(
        text(&r.stdout).ends_with("status 1\n"),
        "{}",
        text(&r.stdout)
    );
    assert_eq!(run(&ws, "echo ok").stdout, b"ok\n");
    server.lock().expect("lock").restart().expect("restart");
    let r = run(&ws, "echo 7 > /cache/f7; cat /cache/f7; ls /cache | wc -l");
    assert_eq!(text(&r.stdout), "7\n1\n", "{}", text(&r.stderr));
}

#[test]
fn a_killed_connection_never_leaves_a_partial_or_doubled_file() {
    let (_server, mut killer, be) = setup("partial");
    let big = Bytes::from(vec![b'z'; 64 << 20]);
    let mut outcomes = Vec::new();
    for round in 0..4u64 {
        // Even rounds write a new file, odd ones append to "start".
        let append = round % 2 == 1;
        let path = format!("big{round}");
        if append {
            block_on(be.write(&path, b("start"))).expect("write");
        }
        let before = if append { 5 } else { 0 };
        let worker = {
            let (be, big, path) = (be.clone(), big.clone(), path.clone());
            std::thread::spawn(move || {
                if append {
                    block_on(be.append(&path, big))
                } else {
                    block_on(be.write(&path, big))
                }
            })
        };
        let trips = be.stats().round_trips;
        std::thread::sleep(Duration::from_millis(5 + 10 * (round % 2)));
        // Rounds 0-1 kill once (the retry may succeed), rounds 2-3 keep killing.
        let kills = if round < 2 { 1 } else { 40 };
        for _ in 0..kills {
            let _: redis::RedisResult<u64> = redis::cmd("CLIENT")
                .arg("KILL")
                .arg("TYPE")
                .arg("normal")
                .query(&mut killer);
            std::thread::sleep(Duration::from_millis(3));
        }
        let result = worker.join().expect("worker");
        let trips = be.stats().round_trips - trips;
        // All or nothing, and at most once: the old length or the old plus the new bytes.
        let len = match block_on(be.read(&path, None)) {
            Ok(data) => data.len(),
            Err(e) if e.kind() == ErrorKind::NotFound && !append => 0,
            Err(e) => panic!("read {path}: {e}"),
        };
        let after = before + big.len();
        match &result {
            Ok(()) => assert_eq!(len, after, "round {round}"),
            Err(_) => assert!(len == before || len == after, "round {round}: {len} bytes"),
        }
        outcomes.push((result.map_err(|e| e.reason()), trips));
    }
    // The connection comes back by itself.
    block_on(be.write("after", b("ok"))).expect("write after the kills");
    eprintln!("outcomes (result, round trips) under CLIENT KILL: {outcomes:?}");
}

#[test]
fn mtimes_come_from_the_clock_and_ranges_clamp() {
    let (_server, _conn, be) = setup("clock");
    let start = Duration::from_secs(1_700_000_000);
    let clock = Arc::new(ManualClock::new(start));
    let be = be.with_clock(clock.clone());
    block_on(async {
        // The untouched root has the time the clock was given, as on RAM.
        assert_eq!(be.stat("").await.expect("stat").mtime, Some(start));
        be.create_dir("d").await.expect("mkdir");
        clock.advance(Duration::from_secs(60));
        be.write("d/f", b("hello")).await.expect("write");
        let f = be.stat("d/f").await.expect("stat");
        assert_eq!(f.mtime, Some(start + Duration::from_secs(60)));
        // A new child stamps its parent, as on RAM.
        assert_eq!(be.stat("d").await.expect("stat").mtime, f.mtime);
        let range = |r| be.read("d/f", Some(r));
        assert_eq!(range(2..u64::MAX).await.expect("read"), b("llo"));
        assert_eq!(range(u64::MAX - 1..u64::MAX).await.expect("read"), b(""));
        assert_eq!(range(3..3).await.expect("read"), b(""));
        let e = range(0..1).await;
        assert_eq!(e.expect("read"), b("h"));
        let dir = be.read("d", Some(0..1)).await.map_err(|e| e.kind());
        assert_eq!(dir.err(), Some(ErrorKind::IsADirectory));
    });
    // The same script prints the same listing on RAM and on Redis.
    let ws = workspace_with_clock(&be, clock.clone());
    let r = run(
        &ws,
        "mkdir /cache/x /tmp/x; echo a > /cache/x/f; echo a > /tmp/x/f; \
         ls -l /cache/x > /tmp/redis.txt; ls -l /tmp/x | diff - /tmp/redis.txt && echo same",
    );
    assert_eq!(text(&r.stdout), "same\n", "{}", text(&r.stderr));
}

#[test]
fn a_server_that_does_not_answer_times_out() {
    let (_server, mut conn, be) = setup("slow");
    let ws = workspace(&be);
    assert_eq!(run(&ws, "echo a > /cache/a").exit_code, 0);
    // Outlasts the response timeout; the server answers again afterwards by itself.
    let pause = mirage_host::redis::RESPONSE_TIMEOUT + Duration::from_secs(1);
    let _: () = redis::cmd("CLIENT")
        .arg("PAUSE")
        .arg(pause.as_millis() as u64)
        .arg("ALL")
        .query(&mut conn)
        .expect("CLIENT PAUSE");
    let r = run(&ws, "cat /cache/a");
    assert_eq!(text(&r.stderr), "cat: /cache/a: redis: timed out\n");
    assert_eq!(r.exit_code, 1);
    std::thread::sleep(Duration::from_secs(1));
    let r = run(&ws, "cat /cache/a");
    assert_eq!(text(&r.stdout), "a\n", "{}", text(&r.stderr));
}

#[test]
fn a_server_out_of_memory_refuses_a_write_whole() {
    let (_server, mut conn, be) = setup("oom");
    fill(&be, &["d".into()], &[("d/a".into(), "old".into())]);
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("1")
        .query(&mut conn)
        .expect("CONFIG SET");
    let e = block_on(be.write("d/a", Bytes::from(vec![b'x'; 1 << 20]))).expect_err("OOM");
    assert_eq!(e.kind(), ErrorKind::Backend);
    assert_eq!(
        e.reason(),
        "redis: OOM command not allowed when used memory > 'maxmemory'"
    );
    let _: () = redis::cmd("CONFIG")
        .arg("SET")
        .arg("maxmemory")
        .arg("0")
        .query(&mut conn)
        .expect("CONFIG SET");
    assert_eq!(block_on(be.read("d/a", None)).expect("read"), b("old"));
}

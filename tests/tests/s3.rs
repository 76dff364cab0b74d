//! The S3 backend against a real S3 server (s3s-fs, which checks SigV4), started per test:
//! the backend contract suite, round trips counted by the backend (`cat` of 100 objects,
//! `grep -r`, ranged reads, multipart uploads), faults (the server stopped under a
//! command), and mount specs.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use futures::executor::block_on;
use mirage_core::vfs::{Backend, DynBackend, MemoryBackend, MountMode, MountTable, contract};
use mirage_core::{ErrorKind, ExecResult, ExecuteOptions, Workspace};
use mirage_host::mounts::MountArg;
use mirage_host::s3::{RequestKind, S3Backend, S3Config, S3Stats};
use mirage_tests::servers::S3Server;

const BUCKET: &str = "mirage-test";

fn server() -> S3Server {
    S3Server::start(BUCKET).unwrap_or_else(|e| panic!("s3s-fs: {e}"))
}

/// The mount spec of `prefix` parsed, with the server's keys.
fn config(server: &S3Server, prefix: &str) -> S3Config {
    S3Config::from_url(&server.url(BUCKET, prefix))
        .unwrap_or_else(|e| panic!("spec: {e}"))
        .with_keys(server.access_key(), server.secret_key())
}

fn backend(cfg: S3Config) -> Arc<S3Backend> {
    Arc::new(S3Backend::new(cfg).unwrap_or_else(|e| panic!("backend: {e}")))
}

/// A workspace with RAM at `/` and `s3` at `/data`.
fn workspace(s3: Arc<S3Backend>) -> Workspace {
    let root = MemoryBackend::new();
    block_on(Backend::create_dir(&root, "data")).expect("mkdir /data");
    let mut table = MountTable::new();
    table
        .mount("/", Arc::new(root), MountMode::ReadWrite)
        .expect("mount /");
    let s3: Arc<dyn DynBackend> = s3;
    table
        .mount("/data", s3, MountMode::ReadWrite)
        .expect("mount /data");
    let ws = Workspace::new(table);
    ws.init_skeleton();
    ws
}

fn run(ws: &Workspace, script: &str) -> ExecResult {
    block_on(ws.execute(script, ExecuteOptions::default()))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Writes objects straight into the server's folder (`data/BUCKET/KEY`).
fn seed(server: &S3Server, files: &[(String, Vec<u8>)]) {
    for (key, data) in files {
        let path = server.data_dir().join(BUCKET).join(key);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("seed folder");
        }
        std::fs::write(&path, data).expect("seed object");
    }
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |d| d.count())
}

#[test]
fn the_contract_suite_passes() {
    let server = server();
    let n = AtomicUsize::new(0);
    let make = || {
        let prefix = format!("check{}", n.fetch_add(1, Ordering::SeqCst));
        backend(config(&server, &prefix)) as Arc<dyn DynBackend>
    };
    let results = block_on(contract::run_all(&make));
    assert!(results.len() >= 15, "only {} checks ran", results.len());
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn the_contract_suite_passes_at_the_bucket_root_with_small_pages() {
    // Mounts at the root of a fresh bucket each (no prefix); pages of 2 keys exercise
    // pagination.
    let server = server();
    let n = AtomicUsize::new(0);
    let make = || {
        let bucket = format!("bucket-{}", n.fetch_add(1, Ordering::SeqCst));
        std::fs::create_dir_all(server.data_dir().join(&bucket)).expect("bucket folder");
        let mut cfg = config(&server, "");
        cfg.bucket = bucket;
        cfg.page_size = Some(2);
        backend(cfg) as Arc<dyn DynBackend>
    };
    let results = block_on(contract::run_all(&make));
    let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Seeds 100 objects, `cat`s them through a workspace over a backend for `cfg`, checks
/// the output and returns the counters of the `cat`.
fn cat_hundred(server: &S3Server, cfg: S3Config) -> S3Stats {
    let files: Vec<(String, Vec<u8>)> = (0..100)
        .map(|i| {
            (
                format!("many/f{i:03}"),
                format!("object {i}\n").into_bytes(),
            )
        })
        .collect();
    seed(server, &files);
    let paths: Vec<String> = files.iter().map(|(k, _)| format!("/data/{k}")).collect();
    let want: String = files.iter().map(|(_, d)| text(d)).collect();
    let s3 = backend(cfg);
    let ws = workspace(s3.clone());
    s3.reset_stats();
    let r = run(&ws, &format!("cat {}", paths.join(" ")));
    assert_eq!((r.exit_code, text(&r.stderr)), (0, String::new()));
    assert_eq!(text(&r.stdout), want);
    s3.stats()
}

#[test]
fn cat_of_100_objects_is_100_gets_with_at_most_32_in_flight() {
    let server = server();
    let stats = cat_hundred(&server, config(&server, ""));
    assert_eq!(stats.count(RequestKind::Get), 100, "{stats:?}");
    assert_eq!(stats.total(), 100, "only GETs: {stats:?}");
    assert!(
        stats.max_in_flight > 1 && stats.max_in_flight <= 32,
        "{stats:?}"
    );
}

#[test]
fn concurrency_in_the_spec_bounds_the_gets_in_flight() {
    let server = server();
    let spec = format!("{}&concurrency=8", server.url(BUCKET, ""));
    let cfg = S3Config::from_url(&spec)
        .expect("spec")
        .with_keys(server.access_key(), server.secret_key());
    assert_eq!(cfg.concurrency, 8);
    let stats = cat_hundred(&server, cfg);
    assert_eq!(stats.count(RequestKind::Get), 100, "{stats:?}");
    assert!(
        stats.max_in_flight > 1 && stats.max_in_flight <= 8,
        "{stats:?}"
    );
}

#[test]
fn grep_r_lists_the_tree_once() {
    let server = server();
    let files: Vec<(String, Vec<u8>)> = (0..60)
        .map(|i| {
            let body = if i % 10 == 0 { "needle\n" } else { "hay\n" };
            (
                format!("tree/d{}/s{}/f{i}", i % 3, i % 2),
                body.as_bytes().to_vec(),
            )
        })
        .collect();
    seed(&server, &files);
    let s3 = backend(config(&server, ""));
    let ws = workspace(s3.clone());
    s3.reset_stats();
    let r = run(&ws, "grep -r needle /data/tree | sort");
    assert_eq!(r.exit_code, 0, "{}", text(&r.stderr));
    assert_eq!(text(&r.stdout).lines().count(), 6);
    let stats = s3.stats();
    assert_eq!(stats.count(RequestKind::List), 1, "{stats:?}");
    assert_eq!(stats.count(RequestKind::Get), 60, "{stats:?}");

    // With pages of 7 keys, the walk is ceil(60 / 7) = 9 requests, still no per-directory
    // listing.
    let mut cfg = config(&server, "");
    cfg.page_size = Some(7);
    let s3 = backend(cfg);
    let ws = workspace(s3.clone());
    let r = run(&ws, "grep -rc needle /data/tree | grep -c :1");
    assert_eq!(text(&r.stdout), "6\n");
    assert_eq!(s3.stats().count(RequestKind::List), 9, "{:?}", s3.stats());
}

#[test]
fn ranged_reads_fetch_only_the_range() {
    let server = server();
    let big: Vec<u8> = (0..4 << 20).map(|i: u32| b'a' + (i % 26) as u8).collect();
    seed(&server, &[("big".to_string(), big.clone())]);
    let s3 = backend(config(&server, ""));
    let got = block_on(Backend::read(&*s3, "big", Some(1000..1010))).expect("range");
    assert_eq!(&got[..], &big[1000..1010]);
    let stats = s3.stats();
    assert_eq!((stats.count(RequestKind::Get), stats.bytes_read), (1, 10));

    let ws = workspace(s3.clone());
    s3.reset_stats();
    let r = run(&ws, "head -c 10 /data/big");
    assert_eq!(r.stdout, &big[..10]);
    let stats = s3.stats();
    assert_eq!(stats.count(RequestKind::Get), 1, "{stats:?}");
    assert!(stats.bytes_read <= 64 * 1024, "{stats:?}");

    let past = block_on(Backend::read(&*s3, "big", Some((5 << 20)..(6 << 20)))).expect("past");
    assert!(past.is_empty());
}

#[test]
fn large_writes_are_multipart_uploads() {
    let server = server();
    let mut cfg = config(&server, "up");
    cfg.multipart_threshold = 1 << 20;
    cfg.part_size = 5 << 20;
    let s3 = backend(cfg);
    let data: Vec<u8> = (0..(11 << 20) + 123)
        .map(|i: u32| (i % 251) as u8)
        .collect();
    block_on(Backend::write(&*s3, "blob", Bytes::from(data.clone()))).expect("write");
    let stats = s3.stats();
    assert_eq!(stats.count(RequestKind::CreateMultipart), 1, "{stats:?}");
    assert_eq!(stats.count(RequestKind::UploadPart), 3, "{stats:?}");
    assert_eq!(stats.count(RequestKind::CompleteMultipart), 1, "{stats:?}");
    assert_eq!(stats.count(RequestKind::Put), 0, "{stats:?}");
    assert_eq!(stats.bytes_written, data.len() as u64);
    let back = block_on(Backend::read(&*s3, "blob", None)).expect("read back");
    assert!(back[..] == data[..], "multipart object differs");
    // A small write stays one PutObject.
    block_on(Backend::write(&*s3, "small", Bytes::from_static(b"x"))).expect("small");
    assert_eq!(s3.stats().count(RequestKind::Put), 1);
}

#[test]
fn a_stopped_server_fails_the_command_and_the_shell_goes_on() {
    let mut server = server();
    seed(&server, &[("a".to_string(), b"alpha\n".to_vec())]);
    let ws = workspace(backend(config(&server, "")));
    assert_eq!(text(&run(&ws, "cat /data/a").stdout), "alpha\n");

    server.stop();
    let r = run(&ws, "cat /data/a; echo status $?");
    assert_eq!(text(&r.stderr), "cat: /data/a: s3: connection refused\n");
    assert_eq!(text(&r.stdout), "status 1\n");
    let r = run(&ws, "echo still here > /tmp/x; cat /tmp/x");
    assert_eq!((r.exit_code, text(&r.stdout)), (0, "still here\n".into()));
    let r = run(&ws, "ls /data");
    assert_eq!(r.exit_code, 2, "{}", text(&r.stderr));
    assert!(text(&r.stderr).contains("s3: connection refused"));

    server.restart().expect("restart");
    let r = run(&ws, "cat /data/a && echo more >> /data/a && cat /data/a");
    assert_eq!(
        (r.exit_code, text(&r.stdout)),
        (0, "alpha\nalpha\nmore\n".into())
    );
}

#[test]
fn a_server_lost_midway_leaves_no_partial_object() {
    let mut server = server();
    let files: Vec<(String, Vec<u8>)> = (0..300)
        .map(|i| {
            (
                format!("src/f{i:03}"),
                vec![b'0' + (i % 10) as u8; 10_000 + i],
            )
        })
        .collect();
    seed(&server, &files);
    let s3 = backend(config(&server, ""));
    let copier = {
        let s3 = s3.clone();
        std::thread::spawn(move || {
            let ws = workspace(s3);
            run(&ws, "cp -r /data/src /data/dst")
        })
    };
    // Stop the server once the copy is under way.
    let dst = server.data_dir().join(BUCKET).join("dst");
    while count_files(&dst) < 20 {
        if copier.is_finished() {
            panic!("the copy ended before the server could be stopped");
        }
        std::thread::yield_now();
    }
    server.stop();
    let r = copier.join().expect("copier thread");
    eprintln!("cp after the server stopped: {}", text(&r.stderr));
    assert_eq!(r.exit_code, 1, "{}", text(&r.stderr));
    assert!(
        text(&r.stderr).contains("s3: connection"),
        "{}",
        text(&r.stderr)
    );

    server.restart().expect("restart");
    let listed = block_on(Backend::list(&*s3, "dst")).expect("list dst");
    assert!(
        !listed.is_empty() && listed.len() < files.len(),
        "{}",
        listed.len()
    );
    for entry in listed {
        let got = block_on(Backend::read(&*s3, &format!("dst/{}", entry.name), None))
            .expect("read copied");
        let src = block_on(Backend::read(&*s3, &format!("src/{}", entry.name), None))
            .expect("read source");
        assert!(got == src, "dst/{} is partial", entry.name);
    }
}

#[test]
fn directories_are_prefixes_and_markers() {
    let server = server();
    let s3 = backend(config(&server, "p"));
    let ws = workspace(s3.clone());
    let script = "mkdir -p /data/a/b && echo x > /data/a/b/f && ls /data/a && rm /data/a/b/f \
                  && ls -d /data/a/b && echo y > /data/a/b/g && mv /data/a /data/z && ls -R /data";
    let r = run(&ws, script);
    assert_eq!(r.exit_code, 0, "{}", text(&r.stderr));
    assert_eq!(
        text(&r.stdout),
        "b\n/data/a/b\n/data:\nz\n\n/data/z:\nb\n\n/data/z/b:\ng\n"
    );
    // An empty directory exists (stat, ls of it) while its marker is kept.
    let r = run(
        &ws,
        "mkdir /data/e && ls -d /data/e && ls /data/e && rmdir /data/e",
    );
    assert_eq!((r.exit_code, text(&r.stdout)), (0, "/data/e\n".into()));
    let r = run(
        &ws,
        "rmdir /data/z; echo $?; rm -r /data/z; ls -A /data | wc -l",
    );
    assert_eq!(
        text(&r.stderr),
        "rmdir: failed to remove '/data/z': Directory not empty\n"
    );
    assert_eq!(text(&r.stdout), "1\n0\n");
    let e = block_on(Backend::write(&*s3, "nope/x", Bytes::new())).expect_err("no parent");
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

#[test]
fn mount_specs_open_and_fail_clearly() {
    let server = server();
    let arg: MountArg = format!("/data={}", server.url(BUCKET, "x"))
        .parse()
        .expect("mount arg");
    assert_eq!(arg.source.to_string(), server.url(BUCKET, "x"));

    // No keys: a clear refusal before any request.
    let e = S3Backend::new(config(&server, "").with_keys("", "")).expect_err("no keys");
    assert_eq!(
        e.reason(),
        "s3: no credentials (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
    );
    // Wrong keys: the server refuses the signature.
    seed(&server, &[("k".to_string(), b"v".to_vec())]);
    let wrong = backend(config(&server, "").with_keys(server.access_key(), "not-the-secret"));
    let e = block_on(Backend::read(&*wrong, "k", None)).expect_err("bad signature");
    assert_eq!(e.kind(), ErrorKind::PermissionDenied, "{e}");
    // A bucket that does not exist.
    let mut cfg = config(&server, "");
    cfg.bucket = "no-such-bucket".into();
    let e = block_on(Backend::list(&*backend(cfg), "")).expect_err("no bucket");
    assert_eq!(e.reason(), "s3: bucket 'no-such-bucket' does not exist");
}

#[test]
fn lost_connections_are_retried_and_folder_heads_are_not() {
    let mut server = server();
    let s3 = backend(config(&server, "r"));
    block_on(Backend::create_dir(&*s3, "e")).expect("mkdir");
    s3.reset_stats();
    // s3s-fs fails a HEAD of a folder with 500 every time: one attempt, read as a dir.
    let m = block_on(Backend::stat(&*s3, "e")).expect("stat");
    assert!(m.is_dir());
    let stats = s3.stats();
    assert_eq!((stats.count(RequestKind::Head), stats.attempts), (1, 1));

    server.stop();
    s3.reset_stats();
    let e = block_on(Backend::read(&*s3, "e/x", None)).expect_err("server stopped");
    assert_eq!(e.reason(), "s3: connection refused");
    let stats = s3.stats();
    assert_eq!(stats.count(RequestKind::Get), 1, "{stats:?}");
    assert_eq!(
        stats.attempts, 3,
        "the standard mode's 3 attempts: {stats:?}"
    );
}

#[test]
fn a_silent_server_times_out() {
    // A socket that accepts connections and never answers.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("addr").port();
    let spec = format!("s3://bkt?endpoint=http://127.0.0.1:{port}&region=us-east-1");
    let mut cfg = S3Config::from_url(&spec)
        .expect("spec")
        .with_keys("AK", "SK");
    cfg.max_attempts = 2;
    cfg.attempt_timeout = std::time::Duration::from_millis(200);
    let s3 = backend(cfg);
    let e = block_on(Backend::read(&*s3, "x", None)).expect_err("silent server");
    assert_eq!(
        (e.kind(), e.reason().as_str()),
        (ErrorKind::Backend, "s3: timed out")
    );
    assert_eq!(s3.stats().attempts, 2);
}

#[test]
fn names_with_spaces_and_unicode_survive_copies() {
    let server = server();
    let ws = workspace(backend(config(&server, "names")));
    let script = "mkdir '/data/d ü' && echo hi > '/data/d ü/a b+c%d.txt' \
                  && mv '/data/d ü/a b+c%d.txt' '/data/d ü/x&y=z?.txt' && ls '/data/d ü' \
                  && cat '/data/d ü/x&y=z?.txt' && mv '/data/d ü' /data/e && ls /data/e";
    let r = run(&ws, script);
    assert_eq!(r.exit_code, 0, "{}", text(&r.stderr));
    assert_eq!(text(&r.stdout), "x&y=z?.txt\nhi\nx&y=z?.txt\n");
}

#[test]
fn appending_nothing_creates_or_keeps_the_file() {
    let server = server();
    let s3 = backend(config(&server, "append"));
    let ws = workspace(s3.clone());
    let r = run(
        &ws,
        "echo a > /data/f && : >> /data/f && : >> /data/g && cat /data/f && wc -c < /data/g",
    );
    assert_eq!(
        (r.exit_code, text(&r.stdout)),
        (0, "a\n0\n".into()),
        "{}",
        text(&r.stderr)
    );
    s3.reset_stats();
    block_on(Backend::append(&*s3, "f", Bytes::new())).expect("empty append");
    let stats = s3.stats();
    assert_eq!(
        (stats.count(RequestKind::Put), stats.count(RequestKind::Get)),
        (0, 0)
    );
    let e = block_on(Backend::append(&*s3, "nope/x", Bytes::new())).expect_err("no parent");
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

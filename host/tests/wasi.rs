//! WASI tools end to end: the guests in `tests/guests` (built here for `wasm32-wasip2` if
//! `MIRAGE_GUESTS` does not point at them) run as commands over RAM mounts, in pipelines
//! and with redirections, under CPU, wall-time, memory and output limits; hostile guests
//! stay contained and the workspace stays usable after every failure.
#![cfg(feature = "wasi")]

use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use mirage_core::commands::Registry;
use mirage_core::vfs::{DynBackend, MemoryBackend, MountMode, MountTable};
use mirage_core::{CancelHandle, Clock, ExecResult, ExecuteOptions, Workspace};
use mirage_host::clock::TokioClock;
use mirage_host::wasi::{ToolLimits, WasiHost, WasmLoader, WasmTool};

/// The folder with the built guests.
fn guests() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        if let Ok(dir) = std::env::var("MIRAGE_GUESTS") {
            return PathBuf::from(dir);
        }
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let target = std::env::var("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|_| root.join("target"))
            .join("guests");
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--release",
                "--target",
                "wasm32-wasip2",
                "--manifest-path",
            ])
            .arg(root.join("tests/guests/Cargo.toml"))
            .arg("--target-dir")
            .arg(&target)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the test guests failed");
        target.join("wasm32-wasip2/release")
    })
    .clone()
}

fn guest(name: &str) -> Vec<u8> {
    let path = guests().join(format!("{name}.wasm"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

struct Env {
    rt: tokio::runtime::Runtime,
    ws: Workspace,
}

/// A workspace with `/` in RAM, `/ro` read-only (holding `keep.txt`), `/bin` executable,
/// and the guests registered by name.
fn env(limits: ToolLimits) -> Env {
    let rt = mirage_host::runtime().expect("runtime");
    let ws = rt.block_on(async {
        let clock: Arc<dyn Clock> = Arc::new(TokioClock::new());
        let mk = || Arc::new(MemoryBackend::new().with_clock(clock.clone())) as Arc<dyn DynBackend>;
        let ro = mk();
        ro.write("keep.txt", "kept\n".into()).await.expect("seed");
        let mut table = MountTable::new();
        table
            .mount("/", mk(), MountMode::ReadWrite)
            .expect("mount /");
        table
            .mount("/ro", ro, MountMode::ReadOnly)
            .expect("mount /ro");
        table
            .mount("/bin", mk(), MountMode::ReadWrite)
            .expect("mount /bin");
        let host = WasiHost::shared().expect("engine");
        let mut registry = Registry::builtin();
        for name in ["fsops", "upcase", "spin", "hog", "escape"] {
            let tool =
                WasmTool::new(host.clone(), name, guest(name).into(), limits).expect("compiles");
            registry.register_program(name, Arc::new(tool));
        }
        registry.set_loader(Arc::new(WasmLoader::new(host, vec!["/bin".into()], limits)));
        let ws = Workspace::new(table)
            .with_clock(clock)
            .with_registry(registry);
        ws.init_skeleton();
        ws
    });
    Env { rt, ws }
}

impl Env {
    fn run(&self, script: &str) -> ExecResult {
        self.run_with(script, ExecuteOptions::default())
    }

    fn run_with(&self, script: &str, opts: ExecuteOptions) -> ExecResult {
        let ws = self.ws.clone();
        let script = script.to_string();
        self.rt
            .block_on(mirage_host::on_worker(async move {
                ws.execute(&script, opts).await
            }))
            .expect("the run finishes")
    }
}

fn out(r: &ExecResult) -> String {
    String::from_utf8_lossy(&r.stdout).into_owned()
}

fn err(r: &ExecResult) -> String {
    String::from_utf8_lossy(&r.stderr).into_owned()
}

#[test]
fn tools_read_write_and_list_the_workspace() {
    let e = env(ToolLimits::default());
    let r = e.run(
        "mkdir -p /w/d && echo hello > /w/a.txt
         fsops cat /w/a.txt
         fsops write /w/b.txt written && cat /w/b.txt
         fsops append /w/b.txt more && cat /w/b.txt
         fsops mkdir /w/new/deep && fsops ls /w
         fsops mv /w/a.txt /w/d/moved.txt && fsops ls /w/d
         fsops rm /w/b.txt; fsops stat /w/b.txt; echo \"status $?\"
         fsops stat /w/d/moved.txt
         cd /w/d && fsops env PWD && fsops cat w/d/moved.txt",
    );
    assert_eq!(
        out(&r),
        "hello\nwritten\nwritten\nmore\na.txt\nb.txt\nd\nnew\nmoved.txt\nerror: NotFound\nstatus 1\nfile 6\n/w/d\nhello\n",
        "stderr: {}",
        err(&r)
    );
    assert_eq!(r.exit_code, 0);
}

#[test]
fn tools_get_args_env_and_run_in_pipelines() {
    let e = env(ToolLimits::default());
    let r = e.run(
        "GREETING=hi fsops env GREETING; fsops args 'a b' c; type fsops; which fsops
         printf '%s\\n' x y | xargs fsops args",
    );
    assert_eq!(
        out(&r),
        "hi\na b|c\nfsops is /usr/bin/fsops\n/usr/bin/fsops\nx|y\n"
    );
    // A streaming filter between built-ins, with redirections on both sides.
    let r = e.run(
        "for i in 1 2 3; do echo line $i; done | upcase | upcase > /up.txt; cat /up.txt
         upcase < /up.txt | while read -r a b; do echo \"<$a $b>\"; done",
    );
    assert_eq!(
        out(&r),
        "LINE 1\nLINE 2\nLINE 3\n<LINE 1>\n<LINE 2>\n<LINE 3>\n"
    );
    // 4 MiB through the filter in chunks.
    let big = "abcdefghijklmnop\n".repeat(1 << 18);
    e.rt.block_on(e.ws.write_file("/big.txt", big.clone().into_bytes()))
        .expect("write");
    let r = e.run("upcase < /big.txt > /big-up.txt; echo $?");
    assert_eq!(out(&r), "0\n", "{}", err(&r));
    let up = e.rt.block_on(e.ws.read_file("/big-up.txt")).expect("read");
    assert_eq!(up, big.to_ascii_uppercase().as_bytes());
}

#[test]
fn exec_mounts_run_components_by_path_and_name() {
    let e = env(ToolLimits::default());
    e.rt.block_on(e.ws.write_file("/bin/up.wasm", guest("upcase")))
        .expect("write");
    e.rt.block_on(e.ws.write_file("/tmp/up.wasm", guest("upcase")))
        .expect("write");
    let r = e.run(
        "chmod +x /bin/up.wasm /tmp/up.wasm
         echo abc | /bin/up.wasm
         echo def | PATH=/bin:$PATH up
         echo ghi | /tmp/up.wasm; echo \"status $?\"",
    );
    assert_eq!(out(&r), "ABC\nDEF\nstatus 126\n");
    assert!(
        err(&r).contains("/tmp/up.wasm: Permission denied"),
        "{}",
        err(&r)
    );
}

#[test]
fn hostile_guest_is_contained() {
    let e = env(ToolLimits::default());
    e.rt.block_on(e.ws.vfs().symlink("../../../etc/passwd", "/tmp/link-out"))
        .expect("symlink");
    let r = e.run("escape /ro; cat /ro/keep.txt; ls /ro 2>/dev/null || echo kept-only");
    let text = out(&r);
    for line in text.lines().take_while(|l| l.contains(": ")) {
        let (name, verdict) = line.split_once(": ").expect("name: verdict");
        match name {
            // The guest lists the workspace root: only the workspace's own folders.
            "list-root" => assert_eq!(verdict, "ok bin,home,ro,tmp", "{line}"),
            // The host environment is not the guest's.
            "env-host" => assert_eq!(verdict, "ok /home/user", "{line}"),
            _ => assert!(verdict.starts_with("denied"), "escaped: {line}"),
        }
    }
    assert!(text.contains("etc-passwd: denied"), "{text}");
    assert!(text.contains("write-ro: denied"), "{text}");
    assert!(text.contains("socket: denied"), "{text}");
    assert!(text.contains("kept\n"), "{text}");
}

#[test]
fn traps_are_reported_and_leave_the_workspace_usable() {
    let e = env(ToolLimits::default());
    let r = e.run("fsops panic; echo \"status $?\"; echo still here");
    assert_eq!(out(&r), "status 134\nstill here\n");
    assert!(err(&r).contains("fsops: wasm trap: "), "{}", err(&r));
}

#[test]
fn cpu_limit_stops_a_spinning_guest() {
    let e = env(ToolLimits {
        fuel: 50_000_000,
        ..ToolLimits::default()
    });
    let r = e.run("spin; echo \"status $?\"; echo after");
    assert_eq!(out(&r), "status 124\nafter\n");
    assert!(err(&r).contains("spin: cpu limit exceeded"), "{}", err(&r));
}

#[test]
fn wall_time_limit_stops_a_spinning_guest() {
    let e = env(ToolLimits {
        wall: Duration::from_millis(200),
        ..ToolLimits::default()
    });
    let start = Instant::now();
    let r = e.run("spin; echo \"status $?\"");
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(out(&r), "status 124\n");
    assert!(
        err(&r).contains("spin: time limit of 0.2s exceeded"),
        "{}",
        err(&r)
    );
}

#[test]
fn memory_limit_stops_a_hog() {
    let e = env(ToolLimits {
        memory: 64 << 20,
        ..ToolLimits::default()
    });
    let r = e.run("hog > /dev/null; echo \"status $?\"; echo after");
    assert_eq!(out(&r), "status 124\nafter\n", "{}", err(&r));
    assert!(
        err(&r).contains("hog: memory limit of 64 MiB exceeded"),
        "{}",
        err(&r)
    );
}

#[test]
fn output_limit_traps_a_chatty_guest() {
    let e = env(ToolLimits {
        output: 1 << 20,
        ..ToolLimits::default()
    });
    let big = "x".repeat(4 << 20);
    e.rt.block_on(e.ws.write_file("/big.txt", big.into_bytes()))
        .expect("write");
    let r = e.run("upcase < /big.txt > /dev/null; echo \"status $?\"");
    assert_eq!(out(&r), "status 134\n", "{}", err(&r));
    assert!(
        err(&r).contains("output limit of 1048576 bytes exceeded"),
        "{}",
        err(&r)
    );
}

#[test]
fn cancel_interrupts_a_running_guest() {
    let e = env(ToolLimits::default());
    let cancel = CancelHandle::new();
    let firing = {
        let cancel = cancel.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            let fired = Instant::now();
            cancel.cancel();
            fired
        })
    };
    let r = e.run_with(
        "spin",
        ExecuteOptions {
            cancel: Some(cancel),
            ..Default::default()
        },
    );
    let returned = Instant::now();
    let fired = firing.join().expect("thread");
    assert_eq!(r.exit_code, 130);
    assert!(r.aborted);
    let took = returned.saturating_duration_since(fired);
    assert!(
        took < Duration::from_secs(1),
        "stopped {took:?} after cancel"
    );
    assert_eq!(out(&e.run("echo usable")), "usable\n");
}

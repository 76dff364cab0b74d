//! End-to-end tests of the `mirage` binary: run it as a process and check output and status.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `mirage ARGS` with `stdin` piped in (or null), returning its output.
fn mirage(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mirage"));
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
    let mut child = cmd.spawn().expect("spawn mirage");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait mirage")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn status(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

/// Asserts a one-line `mirage: ...` usage error with status 2.
fn assert_usage_error(o: &Output) {
    assert_eq!(status(o), 2, "stderr: {}", stderr(o));
    let err = stderr(o);
    assert!(err.starts_with("mirage: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn exec_c_prints_and_exits_with_status() {
    let o = mirage(&["exec", "-c", "echo hi; echo oops >&2; exit 3"], None);
    assert_eq!(stdout(&o), "hi\n");
    assert_eq!(stderr(&o), "oops\n");
    assert_eq!(status(&o), 3);
}

#[test]
fn exec_c_args_and_argv0() {
    let o = mirage(&["exec", "-c", "echo $0 $# $1 $2", "a", "b c"], None);
    assert_eq!(stdout(&o), "mirage 2 a b c\n");
    assert_eq!(status(&o), 0);
}

#[test]
fn exec_file_with_args() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("s.sh");
    std::fs::write(&script, "echo \"$0:$1:$2\"\nfalse\n").expect("script");
    let o = mirage(&["exec", path_str(&script), "x", "--y"], None);
    assert_eq!(stdout(&o), format!("{}:x:--y\n", script.display()));
    assert_eq!(status(&o), 1);
}

#[test]
fn exec_script_from_stdin() {
    let o = mirage(&["exec", "-"], Some("echo from stdin\npwd\n"));
    assert_eq!(stdout(&o), "from stdin\n/home/user\n");
    assert_eq!(status(&o), 0);
}

#[test]
fn exec_passes_stdin_to_the_script() {
    let o = mirage(&["exec", "-c", "cat"], Some("piped\n"));
    assert_eq!(stdout(&o), "piped\n");
}

#[test]
fn default_workspace_and_clean_environment() {
    let o = mirage(
        &[
            "exec",
            "-c",
            "echo $HOME $PATH $USER $PWD; pwd; [ -d /tmp ] && echo tmp; echo ${SECRET_FROM_HOST:-clean}",
        ],
        None,
    );
    assert_eq!(
        stdout(&o),
        "/home/user /usr/bin:/bin user /home/user\n/home/user\ntmp\nclean\n"
    );
}

#[test]
fn env_and_cwd_options() {
    let o = mirage(
        &[
            "exec",
            "--env",
            "A=1",
            "--env",
            "B=x y",
            "--cwd",
            "/tmp",
            "-c",
            "echo $A $B; pwd",
        ],
        None,
    );
    assert_eq!(stdout(&o), "1 x y\n/tmp\n");
}

#[test]
fn ram_seeded_mount_copies_and_never_touches_host() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("sub")).expect("sub");
    std::fs::write(dir.path().join("sub/a.txt"), "alpha\n").expect("a");
    let spec = format!("/data=ram:{}", path_str(dir.path()));
    let o = mirage(
        &[
            "exec",
            "--mount",
            &spec,
            "-c",
            "cat /data/sub/a.txt; echo new > /data/new; echo changed > /data/sub/a.txt; echo /data/*",
        ],
        None,
    );
    assert_eq!(
        stdout(&o),
        "alpha\n/data/new /data/sub\n",
        "stderr: {}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sub/a.txt")).expect("a"),
        "alpha\n"
    );
    assert!(!dir.path().join("new").exists());
}

#[test]
fn disk_mount_writes_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("in.txt"), "one\ntwo\n").expect("in");
    std::fs::create_dir(dir.path().join("d")).expect("d");
    let spec = format!("/w=disk:{}", path_str(dir.path()));
    let o = mirage(
        &[
            "exec",
            "--mount",
            &spec,
            "--cwd",
            "/w",
            "-c",
            "cat in.txt > out.txt; echo three >> out.txt; echo x > d/f",
        ],
        None,
    );
    assert_eq!(status(&o), 0, "stderr: {}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.txt")).expect("out"),
        "one\ntwo\nthree\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("d/f")).expect("d/f"),
        "x\n"
    );
}

#[test]
fn disk_mount_escapes_fail() {
    let outer = tempfile::tempdir().expect("tempdir");
    let root = outer.path().join("root");
    std::fs::create_dir(&root).expect("root");
    std::fs::write(outer.path().join("secret"), "top secret\n").expect("secret");
    std::os::unix::fs::symlink("/etc", root.join("etc")).expect("etc link");
    std::os::unix::fs::symlink("../secret", root.join("up")).expect("up link");
    let spec = format!("/w=disk:{}", path_str(&root));
    for script in [
        "cat /w/etc/passwd",
        "cat /w/up",
        "cat /w/../secret",
        "cd /w/etc",
    ] {
        let o = mirage(&["exec", "--mount", &spec, "-c", script], None);
        assert_ne!(status(&o), 0, "{script} succeeded: {}", stdout(&o));
        assert!(!stdout(&o).contains("root:"), "{script}");
        assert!(!stdout(&o).contains("top secret"), "{script}");
    }
    // A write through the link follows it inside the virtual tree (`../secret` from /w is
    // /secret, in the RAM root), never to the host file next to the folder.
    let o = mirage(
        &[
            "exec",
            "--mount",
            &spec,
            "-c",
            "echo pwned > /w/up; cat /secret",
        ],
        None,
    );
    assert_eq!(stdout(&o), "pwned\n");
    assert_eq!(
        std::fs::read_to_string(outer.path().join("secret")).expect("secret"),
        "top secret\n"
    );
    assert_eq!(
        std::fs::read_to_string(outer.path().join("secret")).expect("secret"),
        "top secret\n"
    );
}

#[test]
fn read_only_mount_refuses_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = format!("/ro=disk:{},ro", path_str(dir.path()));
    let o = mirage(&["exec", "--mount", &spec, "-c", "echo x > /ro/f"], None);
    assert_ne!(status(&o), 0);
    assert!(
        stderr(&o).contains("Read-only file system"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("f").exists());
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope");
    let disk_missing = format!("/x=disk:{}", path_str(&missing));
    let ram_missing = format!("/x=ram:{}", path_str(&missing));
    let cases: Vec<Vec<&str>> = vec![
        vec!["exec", "--bogus", "-c", "true"],
        vec!["exec"],
        vec!["exec", "--mount", "/x=tmpfs", "-c", "true"],
        vec!["exec", "--mount", "relative=ram", "-c", "true"],
        vec!["exec", "--mount", &disk_missing, "-c", "true"],
        vec!["exec", "--mount", &ram_missing, "-c", "true"],
        vec!["exec", "--env", "1A=x", "-c", "true"],
        vec!["exec", "--timeout", "soon", "-c", "true"],
        vec!["exec", "--cwd", "/does/not/exist", "-c", "true"],
        vec!["exec", path_str(&missing)],
        vec!["frobnicate"],
    ];
    for args in cases {
        let o = mirage(&args, None);
        eprintln!("case {args:?}");
        assert_usage_error(&o);
    }
}

#[test]
fn help_is_available_everywhere() {
    for args in [
        vec!["--help"],
        vec!["exec", "--help"],
        vec!["shell", "--help"],
    ] {
        let o = mirage(&args, None);
        assert_eq!(status(&o), 0);
        assert!(stdout(&o).contains("Usage:"), "{args:?}");
    }
    assert!(stdout(&mirage(&["exec", "--help"], None)).contains("--mount"));
}

#[test]
fn timeout_stops_an_endless_loop() {
    let start = Instant::now();
    let o = mirage(
        &["exec", "--timeout", "0.5", "-c", "while true; do :; done"],
        None,
    );
    assert!(start.elapsed() < Duration::from_secs(10));
    assert_eq!(status(&o), 124);
    assert!(
        stderr(&o).contains("mirage: timed out after 0.5 s"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn shell_reads_lines_from_a_pipe_and_keeps_state() {
    let input = "cd /tmp\nX=42\nf() { echo \"f:$1\"; }\nif true; then\n  echo multi\nfi\npwd; echo $X; f a\n";
    let o = mirage(&["shell"], Some(input));
    assert_eq!(
        stdout(&o),
        "multi\n/tmp\n42\nf:a\n",
        "stderr: {}",
        stderr(&o)
    );
    assert_eq!(status(&o), 0);
}

#[test]
fn shell_exit_status_is_the_last_commands() {
    let o = mirage(&["shell"], Some("echo a\nfalse\n"));
    assert_eq!(stdout(&o), "a\n");
    assert_eq!(status(&o), 1);
    let o = mirage(&["shell"], Some("exit 7\necho never\n"));
    assert_eq!(stdout(&o), "");
    assert_eq!(status(&o), 7);
    // `exit` anywhere ends the shell, not only a line that is just `exit`.
    let o = mirage(&["shell"], Some("f() { exit 4; }\nf\necho never\n"));
    assert_eq!(stdout(&o), "");
    assert_eq!(status(&o), 4);
    // `$?` carries over from one line to the next.
    let o = mirage(&["shell"], Some("false\necho $?\n"));
    assert_eq!(stdout(&o), "1\n");
}

#[test]
fn deep_recursion_hits_the_limit_not_the_stack() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mirage"));
    // Without cargo's RUST_MIN_STACK: the binary must give its workers the stack itself.
    cmd.env_remove("RUST_MIN_STACK")
        .args(["exec", "-c", "f() { f; }; f"])
        .stdin(Stdio::null());
    let o = cmd.output().expect("run mirage");
    assert_eq!(status(&o), 124, "stderr: {}", stderr(&o));
    assert!(stderr(&o).contains("limit"), "{}", stderr(&o));
}

#[test]
fn stdin_that_never_closes_does_not_hold_up_a_script() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mirage"))
        .args(["exec", "-c", "echo done"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mirage");
    // Keep our end of its stdin open the whole time.
    let _stdin = child.stdin.take();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "mirage waited for stdin to close"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    assert!(status.success());
    let out = child.wait_with_output().expect("output");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
}

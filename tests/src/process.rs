//! Running a real program (bash, the `mirage` binary) for the oracle and conformance
//! suites: stdin from `/dev/null`, output captured, its own process group killed after a
//! deadline, and background jobs that keep the pipes open waited for until then.

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::spec::Outcome;

fn drain(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        // A read error just ends the capture: what was read so far is the output.
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

fn kill_group(pid: u32) {
    // Negative pid: the whole process group, so background jobs die too.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stderr(Stdio::null())
        .status();
}

/// Runs `cmd` to completion or `timeout`; `who` names it in errors.
pub fn run(mut cmd: Command, who: &str, timeout: Duration) -> Result<Outcome, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot run {who}: {e}"))?;
    let pid = child.id();
    let out = drain(child.stdout.take().ok_or("no stdout pipe")?);
    let errs = drain(child.stderr.take().ok_or("no stderr pipe")?);
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(2)),
            Ok(None) => {
                kill_group(pid);
                let _ = child.wait();
                return Err(format!("{who} timed out after {timeout:?}"));
            }
            Err(e) => return Err(format!("waiting for {who}: {e}")),
        }
    };
    // Background jobs left running keep the pipes open: wait for them up to the deadline.
    while !(out.is_finished() && errs.is_finished()) {
        if Instant::now() >= deadline {
            kill_group(pid);
            break;
        }
        thread::sleep(Duration::from_millis(2));
    }
    let stdout = out.join().map_err(|_| "stdout reader panicked")?;
    let stderr = errs.join().map_err(|_| "stderr reader panicked")?;
    let status = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            128 + status.signal().unwrap_or(0)
        }
    };
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

/// The `mirage` binary: `$MIRAGE_BIN`, or `mirage` in this test's profile folder (the parent
/// of its `deps/`). Under cargo (`$CARGO` set) or when it is missing, `cargo build` brings it
/// up to date first (a dev-dependency on mirage-host would build its library, not its binary).
pub fn mirage_bin() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("MIRAGE_BIN") {
        return Ok(PathBuf::from(bin));
    }
    let exe = std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?;
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("cannot find the target dir")?;
    let target_dir = profile_dir.parent().ok_or("cannot find the target dir")?;
    let bin = profile_dir.join("mirage");
    let cargo = std::env::var_os("CARGO");
    if cargo.is_some() || !bin.exists() {
        let mut cmd = Command::new(cargo.unwrap_or_else(|| "cargo".into()));
        cmd.args(["build", "--quiet", "-p", "mirage-host", "--bin", "mirage"])
            .arg("--target-dir")
            .arg(target_dir)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() || !bin.exists() {
            return Err(format!("cargo build did not make {}", bin.display()));
        }
    }
    Ok(bin)
}

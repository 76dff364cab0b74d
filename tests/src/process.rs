//! Running a real program (bash, the `mirage` binary) for the oracle and conformance
//! suites: stdin from `/dev/null`, output captured, its own process group killed after a
//! deadline, and background jobs that keep the pipes open waited for until then.

use std::io::Read;
use std::os::unix::process::CommandExt;
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

//! Mirage mode: runs a case through mirage-core's public API in a fresh workspace.
//!
//! The layout mirrors the oracle's: `HOME=/home/user`, working directory `/home/user/w` with
//! the case's files preloaded, the same environment ([`super::oracle::ENV`]) and `$0` `bash`.
//! The root `/` is a fresh tree on the backend [`Servers`] serves (RAM unless
//! `MIRAGE_SPEC_BACKEND` names another).

use std::sync::mpsc;
use std::time::Duration;

use futures::executor::block_on;
use mirage_core::{CancelHandle, ExecuteOptions, Workspace};
use std::sync::Arc;

use super::backends::Servers;
use super::{Case, Outcome};

/// The working directory of every case in mirage mode.
pub const CWD: &str = "/home/user/w";
/// `HOME` in mirage mode.
pub const HOME: &str = "/home/user";
/// How long one case may run in mirage before it is cancelled and reported as hung.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The same on a network backend, where every file operation is a request to a server.
pub const NETWORK_TIMEOUT: Duration = Duration::from_secs(60);

/// Runs the case in a fresh mirage workspace whose root is on `servers`' backend; `Err` when
/// the workspace itself fails (a preload error). `cancel` stops the run early.
pub fn run(
    case: &Case,
    servers: &Servers,
    cancel: Option<CancelHandle>,
) -> Result<Outcome, String> {
    // The disk backend uses tokio's file API, which needs a runtime context.
    let _io = mirage_host::netio::handle()
        .map_err(|e| e.reason())?
        .enter();
    let root = servers.root()?;
    let mut ws = Workspace::new(root.table);
    if let Some(clock) = servers.clock() {
        ws = ws.with_clock(clock);
    }
    ws.init_skeleton();
    for dir in ["/tmp", HOME] {
        block_on(ws.create_dir_all(dir)).map_err(|e| format!("create {dir}: {e}"))?;
    }
    // The oracle's environment has no USER; the skeleton's default would leak into `$USER`.
    block_on(ws.execute("unset USER", ExecuteOptions::default()));
    block_on(ws.create_dir_all(CWD)).map_err(|e| format!("create {CWD}: {e}"))?;
    for (path, content) in &case.files {
        let full = format!("{CWD}/{path}");
        if let Some((parent, _)) = full.rsplit_once('/') {
            block_on(ws.create_dir_all(parent)).map_err(|e| format!("create {parent}: {e}"))?;
        }
        block_on(ws.write_file(&full, content.clone()))
            .map_err(|e| format!("write {full}: {e}"))?;
    }
    let mut env = vec![("HOME".to_string(), HOME.to_string())];
    env.extend(
        super::oracle::ENV
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let r = block_on(ws.execute(
        &case.script,
        ExecuteOptions {
            cwd: Some(CWD.into()),
            env,
            argv0: Some("bash".into()),
            cancel,
            ..Default::default()
        },
    ));
    Ok(Outcome {
        stdout: r.stdout,
        stderr: r.stderr,
        status: r.exit_code,
    })
}

/// Runs the case on its own thread so that a hang or a panic in mirage-core fails this case
/// instead of the whole run. After [`TIMEOUT`] ([`NETWORK_TIMEOUT`] on Redis and S3) the run
/// is cancelled; a thread that ignores the
/// cancellation is left behind (it ends with the test process).
pub fn run_guarded(case: &Case, servers: &Arc<Servers>) -> Result<Outcome, String> {
    let (tx, rx) = mpsc::channel();
    let owned = case.clone();
    let servers_in_thread = Arc::clone(servers);
    let cancel = CancelHandle::new();
    let handle = cancel.clone();
    std::thread::Builder::new()
        .name(format!("mirage-spec {}", case.name))
        .stack_size(mirage_core::limits::RECOMMENDED_STACK)
        .spawn(move || {
            // The receiver may have given up after the timeout; nothing to do then.
            let _ = tx.send(run(&owned, &servers_in_thread, Some(handle)));
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    let timeout = if servers.kind().is_network() {
        NETWORK_TIMEOUT
    } else {
        TIMEOUT
    };
    match rx.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            cancel.cancel();
            Err(format!("mirage timed out after {timeout:?}"))
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("mirage panicked".into()),
    }
}

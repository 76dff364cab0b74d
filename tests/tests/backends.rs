//! The backend contract suite on every backend: one libtest-mimic test per backend and
//! [`contract::checks`] entry, named `<backend>::<method>::<check>` (sanitised like spec
//! names), e.g. `disk::write::the_parent_must_exist_and_be_a_directory`. So
//! `cargo test -p mirage-tests --test backends -- disk::` runs one backend and `-- ::rename::`
//! one method everywhere.
//!
//! Every check runs on a fresh, empty backend. A check for a capability the backend lacks is
//! an *ignored* test, so the list shows what each backend does not do. A backend that cannot
//! be set up (a server that does not start) is one failing test, `<backend>::setup`.
//!
//! Checks run under `futures::executor::block_on` (as core's tests do) inside the shared I/O
//! runtime's context, which the disk backend's tokio file API needs.

use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use mirage_core::vfs::contract::{self, Check};
use mirage_core::vfs::{DynBackend, MemoryBackend};
use mirage_host::disk::DiskBackend;
use mirage_host::redis::RedisBackend;
use mirage_host::s3::{S3Backend, S3Config};
use mirage_tests::servers::{RedisServer, S3Server};
use mirage_tests::spec::sanitise;
use std::sync::atomic::{AtomicU64, Ordering};

/// A fresh backend for one check, with what must live as long as it (a temporary folder).
struct Fresh {
    backend: Arc<dyn DynBackend>,
    _hold: Option<tempfile::TempDir>,
}

impl Fresh {
    fn new(backend: Arc<dyn DynBackend>) -> Fresh {
        Fresh {
            backend,
            _hold: None,
        }
    }
}

/// Makes a fresh backend per check; shared by that backend's tests (run on many threads).
type Make = Arc<dyn Fn() -> Result<Fresh, String> + Send + Sync>;

/// The backends the suite runs on; each has an arm in [`setup`].
const BACKENDS: &[&str] = &["ram", "disk", "redis", "s3"];

/// How to make a fresh backend of the kind `name`. A network backend starts its server
/// here, once per process (the closure owns it), and gives each check its own key prefix.
fn setup(name: &str) -> Result<Make, String> {
    let make: Make = match name {
        "ram" => Arc::new(|| Ok(Fresh::new(Arc::new(MemoryBackend::new())))),
        "disk" => Arc::new(|| {
            let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
            let be = DiskBackend::new(dir.path()).map_err(|e| format!("disk: {e}"))?;
            Ok(Fresh {
                backend: Arc::new(be),
                _hold: Some(dir),
            })
        }),
        "redis" => {
            let server = Arc::new(RedisServer::start()?);
            let n = AtomicU64::new(0);
            Arc::new(move || {
                let prefix = format!("contract-{}", n.fetch_add(1, Ordering::Relaxed));
                let be =
                    futures::executor::block_on(RedisBackend::connect(&server.url(0, &prefix)))
                        .map_err(|e| format!("redis: {e}"))?;
                Ok(Fresh::new(Arc::new(be)))
            })
        }
        "s3" => {
            let server = Arc::new(S3Server::start("contract")?);
            let n = AtomicU64::new(0);
            Arc::new(move || {
                let prefix = format!("contract-{}", n.fetch_add(1, Ordering::Relaxed));
                let cfg = S3Config::from_url(&server.url("contract", &prefix))
                    .map_err(|e| format!("s3 spec: {e}"))?
                    .with_keys(server.access_key(), server.secret_key());
                let be = S3Backend::new(cfg).map_err(|e| format!("s3: {e}"))?;
                Ok(Fresh::new(Arc::new(be)))
            })
        }
        other => return Err(format!("no such backend: {other}")),
    };
    Ok(make)
}

/// Runs one check on a fresh backend from `make`.
fn run(make: &Make, check: Check) -> Result<(), Failed> {
    let fresh = make()?;
    let handle = mirage_host::netio::handle().map_err(|e| format!("i/o runtime: {e}"))?;
    let _guard = handle.enter();
    futures::executor::block_on(check.run(&*fresh.backend))?;
    Ok(())
}

/// The test name of `check` on `backend`.
fn test_name(backend: &str, check: &Check) -> String {
    let what = check
        .name
        .split_once(": ")
        .map_or(check.name, |(_, what)| what);
    format!("{backend}::{}::{}", check.method(), sanitise(what))
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for &backend in BACKENDS {
        let make = match setup(backend).and_then(|make| Ok((make()?.backend.capability(), make))) {
            Ok(ok) => ok,
            Err(e) => {
                let msg = format!("{backend}: cannot set up the backend: {e}");
                trials.push(Trial::test(format!("{backend}::setup"), move || {
                    Err(msg.into())
                }));
                continue;
            }
        };
        let (cap, make) = make;
        for check in contract::checks() {
            let make = Arc::clone(&make);
            trials.push(
                Trial::test(test_name(backend, &check), move || run(&make, check))
                    .with_kind(backend)
                    .with_ignored_flag(!check.applies(cap)),
            );
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

//! The backend contract suite: exactly one named [`Check`] per `# Behavior` bullet of
//! [`Backend`](super::Backend), capability-gated, runnable on any backend.
//!
//! [`checks`] lists them as data, so a test harness can make one named test per check and
//! backend (`tests/tests/backends.rs` does, for RAM, disk, Redis and S3); [`run_all`] runs
//! the applicable ones in turn:
//!
//! ```
//! use std::sync::Arc;
//! use mirage_core::vfs::{DynBackend, MemoryBackend, contract};
//!
//! let make = || Arc::new(MemoryBackend::new()) as Arc<dyn DynBackend>;
//! for (name, result) in futures::executor::block_on(contract::run_all(&make)) {
//!     assert!(result.is_ok(), "{name}: {result:?}");
//! }
//! ```
//!
//! Each check gets a fresh, empty backend and works below `""`. A check whose capability the
//! backend lacks does not [apply](Check::applies); a backend without
//! [`Capability::write`] only runs the checks on its root. A unit test below keeps the list
//! in step with `backend.rs`: a bullet without its check (or a check without its bullet)
//! fails it.

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;

use crate::error::{ErrorKind, Result};
use crate::sync::BoxFuture;
use crate::vfs::backend::{Capability, DynBackend};

/// Builds a [`Check`] from its name, its bullet, its capability gate and an
/// `async fn(&dyn DynBackend) -> Outcome`.
macro_rules! check {
    ($name:literal, $bullet:literal, $gate:expr, $f:path $(,)?) => {
        $crate::vfs::contract::Check {
            name: $name,
            bullet: $bullet,
            gate: $gate,
            body: |be| $crate::sync::boxed($f(be)),
        }
    };
}

mod links;
mod reading;
mod writing;

/// What a check returns: `Err` says what went wrong.
type Outcome = std::result::Result<(), String>;

/// One contract check: one `# Behavior` bullet of one [`Backend`](super::Backend) method.
#[derive(Clone, Copy)]
pub struct Check {
    /// `"<method>: <what it checks>"`, e.g. `"write: the parent must exist and be a
    /// directory"`; unique.
    pub name: &'static str,
    /// The bullet's text as `backend.rs` writes it (continuation lines joined by a space).
    pub bullet: &'static str,
    gate: fn(Capability) -> bool,
    body: for<'a> fn(&'a dyn DynBackend) -> BoxFuture<'a, Outcome>,
}

impl Check {
    /// The trait method the bullet belongs to (the part of the name before `": "`).
    pub fn method(&self) -> &'static str {
        self.name
            .split_once(": ")
            .map_or(self.name, |(method, _)| method)
    }

    /// True when a backend with `cap` must pass this check.
    pub fn applies(&self, cap: Capability) -> bool {
        (self.gate)(cap)
    }

    /// Runs the check on `be`, a fresh, empty backend; `Err` says what went wrong.
    pub fn run<'a>(&self, be: &'a dyn DynBackend) -> BoxFuture<'a, Result<(), String>> {
        (self.body)(be)
    }
}

impl Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Check").field("name", &self.name).finish()
    }
}

/// Every check, in the order of the trait's methods and bullets.
pub fn checks() -> Vec<Check> {
    let mut all = reading::checks();
    all.extend(writing::checks());
    all.extend(links::checks());
    all
}

/// Runs every applicable check, each on a fresh backend from `make`; returns
/// `(name, Ok(()) | Err(what went wrong))` per check.
pub async fn run_all(
    make: &dyn Fn() -> Arc<dyn DynBackend>,
) -> Vec<(&'static str, Result<(), String>)> {
    let cap = make().capability();
    let mut out = Vec::new();
    for c in checks().into_iter().filter(|c| c.applies(cap)) {
        let be = make();
        out.push((c.name, c.run(&*be).await));
    }
    out
}

// Gates shared by the check tables.

fn always(_: Capability) -> bool {
    true
}

fn writable(cap: Capability) -> bool {
    cap.write
}

// Helpers shared by the checks.

fn ok<T>(r: Result<T>, what: &str) -> std::result::Result<T, String> {
    r.map_err(|e| format!("{what}: unexpected error {:?} ({e})", e.kind()))
}

fn fails<T: Debug>(r: Result<T>, kinds: &[ErrorKind], what: &str) -> Outcome {
    match r {
        Err(e) if kinds.contains(&e.kind()) => Ok(()),
        Err(e) => Err(format!(
            "{what}: got {:?} ({e}), want one of {kinds:?}",
            e.kind()
        )),
        Ok(v) => Err(format!(
            "{what}: succeeded with {v:?}, want one of {kinds:?}"
        )),
    }
}

fn check(cond: bool, what: &str) -> Outcome {
    if cond { Ok(()) } else { Err(what.to_string()) }
}

fn b(s: &'static str) -> Bytes {
    Bytes::from_static(s.as_bytes())
}

/// Checks that `path` reads as `want`.
async fn reads(be: &dyn DynBackend, path: &str, want: &'static str) -> Outcome {
    let got = ok(be.read(path, None).await, &format!("read {path}"))?;
    check(
        got == want.as_bytes(),
        &format!("read {path}: got {got:?}, want {want:?}"),
    )
}

/// Creates `d/`, `d/f` ("hello") and `d/sub/g` ("g").
async fn fixture(be: &dyn DynBackend) -> Outcome {
    ok(be.create_dir("d").await, "create_dir d")?;
    ok(be.write("d/f", b("hello")).await, "write d/f")?;
    ok(be.create_dir("d/sub").await, "create_dir d/sub")?;
    ok(be.write("d/sub/g", b("g")).await, "write d/sub/g")?;
    Ok(())
}

/// A future that lets others run once: pending on its first poll (waking itself).
struct YieldNow(bool);

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vfs::backend::{Backend, Metadata};
    use crate::vfs::memory::MemoryBackend;
    use futures::executor::block_on;

    /// `(method, bullet)` for every bullet under a `# Behavior` heading in `backend.rs`.
    fn documented_bullets() -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut pending: Vec<String> = Vec::new();
        let mut in_list = false;
        for line in include_str!("../backend.rs").lines() {
            let line = line.trim_start();
            if let Some(doc) = line.strip_prefix("///") {
                if doc.trim() == "# Behavior" {
                    in_list = true;
                } else if let (true, Some(item)) = (in_list, doc.strip_prefix(" - ")) {
                    pending.push(item.trim().to_string());
                } else if let (true, true, Some(last)) =
                    (in_list, doc.starts_with("   "), pending.last_mut())
                {
                    last.push(' ');
                    last.push_str(doc.trim());
                } else {
                    in_list = false;
                }
            } else {
                in_list = false;
                let name = line
                    .strip_prefix("fn ")
                    .and_then(|rest| rest.split(['(', '<']).next());
                if let (false, Some(name)) = (pending.is_empty(), name) {
                    out.extend(pending.drain(..).map(|b| (name.to_string(), b)));
                }
            }
        }
        assert!(pending.is_empty(), "bullets without a method: {pending:?}");
        out
    }

    #[test]
    fn every_bullet_has_exactly_one_check() {
        let documented = documented_bullets();
        assert!(
            documented.len() >= 40,
            "parsed {} bullets",
            documented.len()
        );
        let all = checks();
        let key = |c: &Check| (c.method().to_string(), c.bullet.to_string());
        for d in &documented {
            let n = all.iter().filter(|c| key(c) == *d).count();
            assert_eq!(n, 1, "{n} checks for the `{}` bullet {:?}", d.0, d.1);
        }
        for c in &all {
            assert!(
                documented.contains(&key(c)),
                "check {:?} has no bullet {:?} in backend.rs",
                c.name,
                c.bullet
            );
        }
        let mut names: Vec<_> = all.iter().map(|c| c.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len(), "check names are not unique");
    }

    #[test]
    fn memory_backend_passes_the_contract() {
        let make = || Arc::new(MemoryBackend::new()) as Arc<dyn DynBackend>;
        let results = block_on(run_all(&make));
        let skipped = checks().len() - results.len();
        assert_eq!(skipped, 4, "only the Unsupported checks are skipped");
        let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn a_read_only_backend_runs_the_root_check_only() {
        let mut cap = Backend::capability(&MemoryBackend::new());
        cap.write = false;
        let names: Vec<_> = checks()
            .into_iter()
            .filter(|c| c.applies(cap))
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["stat: the root always exists and is a directory"]);
    }

    /// A minimal backend that only has the required methods: exercises the trait's
    /// defaults (walk, read_many, append) and the capability gating. With `torn_writes`,
    /// a write lands in two steps with a pause between them.
    struct Plain {
        ram: MemoryBackend,
        torn_writes: bool,
    }

    impl Backend for Plain {
        fn name(&self) -> &'static str {
            "plain"
        }
        fn capability(&self) -> Capability {
            Capability::default()
        }
        async fn stat(&self, path: &str) -> Result<Metadata> {
            Backend::stat(&self.ram, path).await
        }
        async fn read(&self, path: &str, range: Option<std::ops::Range<u64>>) -> Result<Bytes> {
            Backend::read(&self.ram, path, range).await
        }
        async fn list(&self, path: &str) -> Result<Vec<crate::vfs::DirEntry>> {
            Backend::list(&self.ram, path).await
        }
        async fn write(&self, path: &str, data: Bytes) -> Result<()> {
            if self.torn_writes {
                Backend::write(&self.ram, path, data.slice(..data.len() / 2)).await?;
                YieldNow(false).await;
            }
            Backend::write(&self.ram, path, data).await
        }
        async fn create_dir(&self, path: &str) -> Result<()> {
            Backend::create_dir(&self.ram, path).await
        }
        async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
            Backend::remove(&self.ram, path, recursive).await
        }
    }

    #[test]
    fn a_torn_write_fails_its_check() {
        let be = Plain {
            ram: MemoryBackend::new(),
            torn_writes: true,
        };
        let all = checks();
        let torn = all
            .iter()
            .find(|c| c.name == "write: readers never see a partly written file")
            .expect("the check");
        let err = block_on(torn.run(&be)).expect_err("a torn write passed");
        assert!(err.contains("partly written"), "{err}");
    }

    #[test]
    fn plain_backend_with_trait_defaults_passes() {
        let make = || {
            Arc::new(Plain {
                ram: MemoryBackend::new(),
                torn_writes: false,
            }) as Arc<dyn DynBackend>
        };
        let results = block_on(run_all(&make));
        let names: Vec<_> = results.iter().map(|(n, _)| *n).collect();
        assert!(names.contains(&"rename: Unsupported without the capability"));
        assert!(!names.contains(&"read_link: a final link is never followed"));
        let failed: Vec<_> = results.iter().filter(|(_, r)| r.is_err()).collect();
        assert!(failed.is_empty(), "{failed:#?}");
    }
}

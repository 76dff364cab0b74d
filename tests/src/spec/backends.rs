//! Which backend holds `/` when a spec case runs in mirage: RAM by default, or the one named
//! by `MIRAGE_SPEC_BACKEND` (`disk`, `redis`, `s3`), so the same corpus proves that a script
//! prints the same bytes on every backend.
//!
//! Every case gets a fresh, empty root: a temporary host folder (disk), its own key prefix on
//! one `redis-server` (redis), its own bucket on one of a few moto servers (s3). The
//! servers are started once per test process by [`Servers::start`] and stopped when that
//! value is dropped.
//!
//! On RAM the workspace keeps mirage-core's manual clock (time moves only when a script
//! sleeps); on the other kinds it runs on the host's real clock ([`Servers::clock`]), as the
//! CLI does, since their files carry the host's or server's times and their I/O takes real
//! time (`timeout 1 cmd` must not fire while `cmd` waits for a server).
//!
//! A case that needs what a backend cannot do says so with `## needs: symlink` (or `mode`,
//! `mtime`) and is skipped there; see [`Needs`].

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use mirage_core::Clock;
use mirage_core::vfs::{Capability, DynBackend, MemoryBackend, MountMode, MountTable};
use mirage_host::clock::TokioClock;
use mirage_host::disk::DiskBackend;
use mirage_host::redis::RedisBackend;
use mirage_host::s3::{S3Backend, S3Config};

use crate::servers::{MotoServer, RedisServer};

/// The backend kinds the spec corpus runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// mirage-core's in-memory tree.
    Ram,
    /// A temporary host folder through the confined disk backend.
    Disk,
    /// A key prefix on a `redis-server` started for the test process.
    Redis,
    /// A bucket of a moto server started for the test process.
    S3,
}

impl Kind {
    /// The kind named by `MIRAGE_SPEC_BACKEND` (RAM when unset); `Err` for an unknown name.
    pub fn from_env() -> Result<Kind, String> {
        match std::env::var("MIRAGE_SPEC_BACKEND").as_deref() {
            Err(_) | Ok("") | Ok("ram") => Ok(Kind::Ram),
            Ok("disk") => Ok(Kind::Disk),
            Ok("redis") => Ok(Kind::Redis),
            Ok("s3") => Ok(Kind::S3),
            Ok(other) => Err(format!(
                "MIRAGE_SPEC_BACKEND={other}: expected ram, disk, redis or s3"
            )),
        }
    }

    /// True for the kinds whose every operation is a request to a server.
    pub fn is_network(self) -> bool {
        matches!(self, Kind::Redis | Kind::S3)
    }
}

/// What a case needs from the backend beyond reading and writing files, from its
/// `## needs:` line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Needs {
    /// Symbolic links (`ln -s`, link loops, `readlink`).
    pub symlink: bool,
    /// Permission bits that stick (`chmod`, `ls -l` modes after it).
    pub mode: bool,
    /// Modification times under the workspace clock (`touch -d`, `ls -l` dates, `find
    /// -newer`, `stat` times): a disk or S3 backend stamps with the host's or server's clock.
    pub mtime: bool,
}

impl Needs {
    /// Parses the words of a `## needs:` line.
    pub fn parse(words: &str) -> Result<Needs, String> {
        let mut needs = Needs::default();
        for w in words.split_whitespace() {
            match w {
                "symlink" => needs.symlink = true,
                "mode" => needs.mode = true,
                "mtime" => needs.mtime = true,
                other => {
                    return Err(format!(
                        "unknown need `{other}` (expected symlink, mode or mtime)"
                    ));
                }
            }
        }
        Ok(needs)
    }

    /// Why the backend with `cap` cannot run the case (its clock is the workspace's when
    /// `workspace_clock`), or `None` when it can.
    pub fn missing(&self, cap: Capability, workspace_clock: bool) -> Option<&'static str> {
        if self.symlink && !cap.symlink {
            Some("symlink")
        } else if self.mode && !cap.set_mode {
            Some("mode")
        } else if self.mtime && !(cap.set_mtime && workspace_clock) {
            Some("mtime")
        } else {
            None
        }
    }
}

/// The servers the network kinds use, started once per test process.
pub struct Servers {
    kind: Kind,
    /// The connection every case's prefix shares (redis).
    redis: Option<(RedisServer, RedisBackend)>,
    /// The servers the cases' buckets live on, in turn (s3): moto, which lists empty
    /// folders' markers as S3 does (see [`crate::servers`]); one moto process answers one
    /// request at a time, so there are [`MOTO_SERVERS`] (run with as many test threads).
    s3: Vec<MotoServer>,
}

/// A fresh root for one case; keeps what must live as long as the case (a temporary folder).
pub struct Root {
    /// The mount table with the backend at `/`.
    pub table: MountTable,
    _hold: Option<tempfile::TempDir>,
}

/// moto servers for the S3 kind; cases take them in turn.
pub const MOTO_SERVERS: usize = 4;

static CASE_NUMBER: AtomicU64 = AtomicU64::new(0);

impl Servers {
    /// Starts what `kind` needs (nothing for RAM and disk).
    pub fn start(kind: Kind) -> Result<Servers, String> {
        let mut servers = Servers {
            kind,
            redis: None,
            s3: Vec::new(),
        };
        match kind {
            Kind::Ram | Kind::Disk => {}
            Kind::Redis => {
                let server = RedisServer::start()?;
                let _io = mirage_host::netio::handle()
                    .map_err(|e| e.reason())?
                    .enter();
                let base =
                    futures::executor::block_on(RedisBackend::connect(&server.url(0, "spec")))
                        .map_err(|e| format!("redis: {}", e.reason()))?;
                servers.redis = Some((server, base));
            }
            Kind::S3 => {
                for _ in 0..MOTO_SERVERS {
                    servers.s3.push(MotoServer::start()?);
                }
            }
        }
        Ok(servers)
    }

    /// The kind these servers serve.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The capability of this kind's backend and whether its mtimes follow the workspace
    /// clock (what [`Needs::missing`] asks): a host folder's times are the host clock's, which
    /// is the workspace's on the non-RAM kinds ([`Servers::clock`]), Redis stamps with the
    /// workspace clock, S3 with the server's (in whole seconds).
    pub fn capability(&self) -> Result<(Capability, bool), String> {
        let root = self.root()?;
        let cap = root
            .table
            .mounts()
            .next()
            .map(|m| m.backend.capability())
            .ok_or("no backend at /")?;
        Ok((cap, self.kind != Kind::S3))
    }

    /// The clock a case's workspace runs on: `None` keeps the manual clock (RAM).
    pub fn clock(&self) -> Option<Arc<dyn Clock>> {
        match self.kind {
            Kind::Ram => None,
            Kind::Disk | Kind::Redis | Kind::S3 => Some(Arc::new(TokioClock::new())),
        }
    }

    /// A fresh, empty root for one case.
    pub fn root(&self) -> Result<Root, String> {
        let n = CASE_NUMBER.fetch_add(1, Ordering::Relaxed);
        let (backend, hold): (Arc<dyn DynBackend>, _) = match self.kind {
            Kind::Ram => (Arc::new(MemoryBackend::new()), None),
            Kind::Disk => {
                let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
                let be = DiskBackend::new(dir.path()).map_err(|e| format!("disk: {e}"))?;
                (Arc::new(be), Some(dir))
            }
            Kind::Redis => {
                let (_, base) = self.redis.as_ref().ok_or("redis: no server")?;
                let be = base
                    .with_prefix(&format!("case{n}"))
                    .map_err(|e| format!("redis: {}", e.reason()))?;
                let clock = self.clock().ok_or("redis: no clock")?;
                (Arc::new(be.with_clock(clock)), None)
            }
            Kind::S3 => {
                // A bucket per case: the server scans a whole bucket for every listing.
                let server = self
                    .s3
                    .get(n as usize % self.s3.len().max(1))
                    .ok_or("s3: no server")?;
                let bucket = format!("case{n}");
                server.create_bucket(&bucket)?;
                let cfg = S3Config::from_url(&server.url(&bucket))?.with_keys("mirage", "mirage");
                let be = S3Backend::new(cfg).map_err(|e| format!("s3: {}", e.reason()))?;
                (Arc::new(be), None)
            }
        };
        let mut table = MountTable::new();
        table
            .mount("/", backend, MountMode::ReadWrite)
            .map_err(|e| format!("mount /: {e}"))?;
        Ok(Root { table, _hold: hold })
    }
}

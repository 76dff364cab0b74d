//! `--mount PATH=SPEC[,ro][,exec]`: parsing the argument and opening the backend it names.
//!
//! SPEC is one of:
//! - `ram`: an empty in-memory tree;
//! - `ram:HOSTDIR`: an in-memory tree seeded with a recursive copy of a host folder (files,
//!   folders, their modification times and links); the host folder is never touched again;
//! - `disk:HOSTDIR`: the host folder itself, through [`DiskBackend`] (confined to it);
//! - `redis://HOST:PORT/DB?prefix=NAME`: keys under `NAME:` (default `mirage`) on a Redis
//!   server, through [`RedisBackend`] (see [`crate::redis`] for the key layout);
//! - `s3://BUCKET[/PREFIX]?endpoint=URL&region=R[&concurrency=N]`: a bucket or a prefix of
//!   one, through [`S3Backend`], with the keys from the standard AWS environment variables
//!   (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`; the region
//!   defaults to `AWS_REGION`, `AWS_DEFAULT_REGION`, then `us-east-1`).
//!
//! A new kind is a new [`Source`] variant: a parse arm in [`Source::from_str`] and an open
//! arm in [`Source::open`].

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::UNIX_EPOCH;

use anyhow::{Context, bail};
use bytes::Bytes;
use mirage_core::Clock;
use mirage_core::vfs::{DynBackend, MemoryBackend};

use crate::disk::DiskBackend;
use crate::redis::{RedisBackend, RedisSpec};
use crate::s3::{S3Backend, S3Config};

/// Where a mount's data lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// An empty in-memory tree.
    Ram,
    /// An in-memory tree seeded with a copy of a host folder.
    RamSeeded(PathBuf),
    /// A host folder, read and written in place.
    Disk(PathBuf),
    /// Keys under a prefix on a Redis server.
    Redis(RedisSpec),
    /// An S3 bucket or a prefix of one (keys read from the environment when parsed).
    S3(Box<S3Config>),
}

impl Source {
    /// True for the in-memory kinds (where the host creates mount-point folders freely).
    pub fn is_ram(&self) -> bool {
        matches!(self, Source::Ram | Source::RamSeeded(_))
    }

    /// Opens the backend: creates the RAM tree (and copies the seed folder), or checks the
    /// disk folder, or connects to Redis. `clock` stamps modification times (RAM, Redis).
    pub async fn open(&self, clock: Arc<dyn Clock>) -> anyhow::Result<Arc<dyn DynBackend>> {
        match self {
            Source::Ram => Ok(Arc::new(MemoryBackend::new().with_clock(clock))),
            Source::RamSeeded(dir) => {
                check_host_dir(dir)?;
                let backend: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new().with_clock(clock));
                seed(backend.as_ref(), dir)
                    .await
                    .with_context(|| format!("copying {}", dir.display()))?;
                Ok(backend)
            }
            Source::Disk(dir) => {
                check_host_dir(dir)?;
                let backend = DiskBackend::new(dir)
                    .map_err(|e| anyhow::anyhow!("{}: {}", dir.display(), e.kind().describe()))?;
                Ok(Arc::new(backend))
            }
            Source::Redis(spec) => {
                let backend = RedisBackend::open(spec)
                    .await
                    .map_err(|e| anyhow::anyhow!("{spec}: {}", e.reason()))?;
                Ok(Arc::new(backend.with_clock(clock)))
            }
            Source::S3(cfg) => {
                let backend = S3Backend::new(S3Config::clone(cfg))
                    .map_err(|e| anyhow::anyhow!("{cfg}: {}", e.reason()))?;
                Ok(Arc::new(backend))
            }
        }
    }
}

impl FromStr for Source {
    type Err = String;

    fn from_str(spec: &str) -> Result<Self, String> {
        let dir = |rest: &str, kind: &str| {
            if rest.is_empty() {
                Err(format!("{kind}: needs a host folder ({kind}:HOSTDIR)"))
            } else {
                Ok(PathBuf::from(rest))
            }
        };
        if spec == "ram" {
            Ok(Source::Ram)
        } else if let Some(rest) = spec.strip_prefix("ram:") {
            Ok(Source::RamSeeded(dir(rest, "ram")?))
        } else if let Some(rest) = spec.strip_prefix("disk:") {
            Ok(Source::Disk(dir(rest, "disk")?))
        } else if spec.starts_with("redis://") {
            Ok(Source::Redis(spec.parse()?))
        } else if spec.starts_with("s3://") {
            Ok(Source::S3(Box::new(S3Config::from_url(spec)?)))
        } else {
            Err(format!(
                "unknown mount kind '{spec}' (expected ram, ram:HOSTDIR, disk:HOSTDIR, \
                 redis://HOST:PORT/DB?prefix=NAME or s3://BUCKET[/PREFIX]?endpoint=URL)"
            ))
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Ram => f.write_str("ram"),
            Source::RamSeeded(d) => write!(f, "ram:{}", d.display()),
            Source::Disk(d) => write!(f, "disk:{}", d.display()),
            Source::Redis(spec) => spec.fmt(f),
            Source::S3(cfg) => write!(f, "{cfg}"),
        }
    }
}

/// One `--mount` argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MountArg {
    /// The absolute, normalised mount point (`/`, `/data`).
    pub point: String,
    /// What is mounted there.
    pub source: Source,
    /// Mounted read-only (`,ro`).
    pub read_only: bool,
    /// `.wasm` components on it may run as commands (`,exec`).
    pub exec: bool,
}

impl FromStr for MountArg {
    type Err = String;

    /// Parses `PATH=SPEC` with optional `,ro` / `,rw` and `,exec` suffixes.
    fn from_str(arg: &str) -> Result<Self, String> {
        let (point, spec) = arg
            .split_once('=')
            .ok_or_else(|| "expected PATH=SPEC[,ro][,exec]".to_string())?;
        let point = normalise_point(point)?;
        let (mut spec, mut read_only, mut exec) = (spec, false, false);
        loop {
            if let Some(s) = spec.strip_suffix(",ro") {
                (spec, read_only) = (s, true);
            } else if let Some(s) = spec.strip_suffix(",rw") {
                (spec, read_only) = (s, false);
            } else if let Some(s) = spec.strip_suffix(",exec") {
                (spec, exec) = (s, true);
            } else {
                break;
            }
        }
        Ok(MountArg {
            point,
            source: spec.parse()?,
            read_only,
            exec,
        })
    }
}

/// Checks and normalises a mount point: absolute, no `.` or `..`, no trailing `/`.
fn normalise_point(point: &str) -> Result<String, String> {
    if !point.starts_with('/') {
        return Err(format!("mount point '{point}' must be an absolute path"));
    }
    let mut parts = Vec::new();
    for comp in point.split('/') {
        match comp {
            "" => {}
            "." | ".." => return Err(format!("mount point '{point}' must not contain . or ..")),
            c => parts.push(c),
        }
    }
    Ok(format!("/{}", parts.join("/")))
}

/// Fails unless `dir` is an existing host folder, with a one-line reason.
fn check_host_dir(dir: &Path) -> anyhow::Result<()> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => bail!("{}: Not a directory", dir.display()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            bail!("{}: No such file or directory", dir.display())
        }
        Err(e) => bail!("{}: {e}", dir.display()),
    }
}

/// Copies a host folder recursively into `backend` (files, folders, links and mtimes).
/// Only reads the host; links are copied as links where the backend has them, else skipped.
pub async fn seed(backend: &dyn DynBackend, host: &Path) -> anyhow::Result<()> {
    let can_link = backend.capability().symlink;
    let can_touch = backend.capability().set_mtime;
    // (host folder, backend path) pairs still to copy; directories get their mtime last,
    // after their children were written.
    let mut pending = vec![(host.to_path_buf(), String::new())];
    let mut dir_times = Vec::new();
    while let Some((dir, rel)) = pending.pop() {
        let mut entries = tokio::fs::read_dir(&dir)
            .await
            .with_context(|| format!("{}", dir.display()))?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let child = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            let meta = entry.metadata().await?;
            let ft = meta.file_type();
            if ft.is_symlink() {
                if can_link {
                    let target = tokio::fs::read_link(entry.path()).await?;
                    backend
                        .symlink(&target.to_string_lossy(), &child)
                        .await
                        .with_context(|| child.clone())?;
                }
                continue;
            }
            if ft.is_dir() {
                backend
                    .create_dir(&child)
                    .await
                    .with_context(|| child.clone())?;
                pending.push((entry.path(), child.clone()));
                dir_times.push((child, meta.modified().ok()));
            } else if ft.is_file() {
                let data = tokio::fs::read(entry.path())
                    .await
                    .with_context(|| format!("{}", entry.path().display()))?;
                backend
                    .write(&child, Bytes::from(data))
                    .await
                    .with_context(|| child.clone())?;
                if can_touch {
                    set_time(backend, &child, meta.modified().ok()).await?;
                }
                // Keep the execute bits, so a seeded script can be run by its path.
                let mode = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777;
                if backend.capability().set_mode && mode != 0o644 {
                    backend
                        .set_mode(&child, mode)
                        .await
                        .with_context(|| child.clone())?;
                }
            }
            // Sockets, fifos and devices are not copied.
        }
    }
    if can_touch {
        for (path, time) in dir_times.into_iter().rev() {
            set_time(backend, &path, time).await?;
        }
    }
    Ok(())
}

/// Sets a copied entry's mtime when the host knows it.
async fn set_time(
    backend: &dyn DynBackend,
    path: &str,
    time: Option<std::time::SystemTime>,
) -> anyhow::Result<()> {
    if let Some(since) = time.and_then(|t| t.duration_since(UNIX_EPOCH).ok()) {
        backend
            .set_mtime(path, since)
            .await
            .with_context(|| path.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_mount_args() {
        let cases = [
            ("/=ram", "/", Source::Ram, false, false),
            ("/data/=ram,ro", "/data", Source::Ram, true, false),
            (
                "//a//b=disk:/x,y,rw",
                "/a/b",
                Source::Disk(PathBuf::from("/x,y")),
                false,
                false,
            ),
            (
                "/s=ram:./seed,ro",
                "/s",
                Source::RamSeeded(PathBuf::from("./seed")),
                true,
                false,
            ),
            (
                "/bin=disk:./tools,exec,ro",
                "/bin",
                Source::Disk(PathBuf::from("./tools")),
                true,
                true,
            ),
            (
                "/cache=redis://127.0.0.1:6379/1?prefix=ws1,ro",
                "/cache",
                Source::Redis(RedisSpec {
                    authority: "127.0.0.1:6379".into(),
                    db: 1,
                    prefix: "ws1".into(),
                }),
                true,
                false,
            ),
        ];
        for (arg, point, source, ro, exec) in cases {
            let m: MountArg = arg.parse().expect(arg);
            assert_eq!(
                m,
                MountArg {
                    point: point.into(),
                    source,
                    read_only: ro,
                    exec,
                },
                "{arg}"
            );
        }
    }

    #[test]
    fn rejects_bad_mount_args() {
        for bad in [
            "ram",
            "data=ram",
            "/a/../b=ram",
            "/a=tmpfs",
            "/a=disk:",
            "/a=ram:",
            "/a=redis://localhost/0?prefix=a:b",
            "/a=redis://",
            "/a=s3://",
            "/a=s3://bkt?endpoint=ftp://x",
            "/a=s3://bkt?concurrency=0",
        ] {
            assert!(bad.parse::<MountArg>().is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_s3_mounts() {
        let m: MountArg =
            "/data=s3://bkt/some/prefix?endpoint=http://127.0.0.1:9000&concurrency=8,ro"
                .parse()
                .expect("s3 mount");
        assert!(m.read_only);
        let Source::S3(cfg) = &m.source else {
            panic!("not an s3 source: {:?}", m.source)
        };
        assert_eq!(
            (cfg.bucket.as_str(), cfg.prefix.as_str(), cfg.concurrency),
            ("bkt", "some/prefix/", 8)
        );
        assert_eq!(cfg.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert!(
            m.source
                .to_string()
                .starts_with("s3://bkt/some/prefix?endpoint=http://127.0.0.1:9000&region=")
        );
        let e = "/a=s3://bkt?colour=red".parse::<MountArg>().err();
        assert_eq!(
            e.as_deref(),
            Some(
                "s3://bkt?colour=red: unknown parameter 'colour' (expected endpoint, region, concurrency)"
            )
        );
    }
}

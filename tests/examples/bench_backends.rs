//! Benchmark, run by `scripts/bench`: `grep -r` over 2,000 files on each backend (RAM, a
//! host folder, Redis (`redis-server`) and S3 (`s3s-fs`) on local servers started here),
//! each printed next to a naive baseline of the same backend that makes one request per
//! file (sequential reads, a listing per directory), as a simple backend without batching
//! would. A run slower than a second is timed once (the naive S3 pass takes about a minute:
//! s3s-fs scans the bucket for every listing).
//!
//! `cargo run --release -p mirage-tests --example bench_backends`

use std::ops::Range;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use mirage_core::vfs::{
    Backend, Capability, DirEntry, DynBackend, MemoryBackend, Metadata, MountMode, MountTable,
};
use mirage_core::{ExecuteOptions, Result, Workspace};
use mirage_host::disk::DiskBackend;
use mirage_host::redis::RedisBackend;
use mirage_host::s3::{S3Backend, S3Config};
use mirage_tests::servers::{RedisServer, S3Server};

/// Files in the tree.
const FILES: usize = 2_000;
/// Timed runs per figure (after one warm-up run), when a run takes under a second.
const RUNS: u32 = 5;

/// One request per file: forwards single-item calls and keeps the trait's default `walk`
/// (a listing per directory), with `read_many` as a sequential loop of `read`.
struct Naive(Arc<dyn DynBackend>);

impl Backend for Naive {
    fn name(&self) -> &'static str {
        "naive"
    }
    fn capability(&self) -> Capability {
        Capability {
            batch_read: false,
            native_walk: false,
            ..self.0.capability()
        }
    }
    async fn stat(&self, path: &str) -> Result<Metadata> {
        self.0.stat(path).await
    }
    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        self.0.read(path, range).await
    }
    async fn read_many(&self, paths: &[String]) -> Vec<Result<Bytes>> {
        let mut out = Vec::with_capacity(paths.len());
        for p in paths {
            out.push(self.0.read(p, None).await);
        }
        out
    }
    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        self.0.list(path).await
    }
    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        self.0.write(path, data).await
    }
    async fn create_dir(&self, path: &str) -> Result<()> {
        self.0.create_dir(path).await
    }
    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        self.0.remove(path, recursive).await
    }
}

/// Fills `/data` of `ws`: 20 folders of 100 files, one line in ten matching.
async fn fill(ws: &Workspace) -> anyhow::Result<()> {
    for d in 0..FILES / 100 {
        let dir = format!("/data/d{d:02}");
        ws.create_dir_all(&dir).await?;
        for f in 0..100 {
            let i = d * 100 + f;
            let body = if i % 10 == 0 {
                format!("line one\nthe needle {i}\nline three\n")
            } else {
                format!("line one\nhay {i}\nline three\n")
            };
            ws.write_file(&format!("{dir}/f{f:03}.txt"), body).await?;
        }
    }
    Ok(())
}

/// Mean time of `grep -r needle /data | wc -l` on a workspace over `backend`.
async fn time_grep(backend: Arc<dyn DynBackend>) -> anyhow::Result<Duration> {
    let mut table = MountTable::new();
    table.mount("/", Arc::new(MemoryBackend::new()), MountMode::ReadWrite)?;
    table.mount("/data", backend, MountMode::ReadWrite)?;
    let ws = Workspace::new(table);
    let script = "grep -r needle /data | wc -l";
    let check = |stdout: &[u8]| -> anyhow::Result<()> {
        let got = String::from_utf8_lossy(stdout);
        if got.trim() != (FILES / 10).to_string() {
            anyhow::bail!("{script} printed {got:?}");
        }
        Ok(())
    };
    let start = Instant::now();
    check(&ws.execute(script, ExecuteOptions::default()).await.stdout)?;
    let runs = if start.elapsed() > Duration::from_secs(1) {
        1
    } else {
        RUNS
    };
    let start = Instant::now();
    for _ in 0..runs {
        check(&ws.execute(script, ExecuteOptions::default()).await.stdout)?;
    }
    Ok(start.elapsed() / runs)
}

/// Fills a backend through a workspace, then times `grep -r` on it, batched and naive.
async fn row(name: &str, backend: Arc<dyn DynBackend>) -> anyhow::Result<()> {
    let mut table = MountTable::new();
    table.mount("/", Arc::new(MemoryBackend::new()), MountMode::ReadWrite)?;
    table.mount("/data", backend.clone(), MountMode::ReadWrite)?;
    fill(&Workspace::new(table)).await?;
    let batched = time_grep(backend.clone()).await?;
    let naive = time_grep(Arc::new(Naive(backend))).await?;
    println!(
        "{name:<8} {:>12} {:>14} {:>8.1}x",
        format!("{batched:.2?}"),
        format!("{naive:.2?}"),
        naive.as_secs_f64() / batched.as_secs_f64()
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    // The disk backend uses tokio's file API: give it the shared runtime's context.
    let _io = mirage_host::netio::handle()?.enter();
    futures::executor::block_on(async {
        println!(
            "grep -r over {FILES} files (mean of {RUNS} runs after a warm-up; 1 run when slower than 1 s)"
        );
        println!(
            "{:<8} {:>12} {:>14} {:>9}",
            "backend", "batched", "one-per-file", "speed-up"
        );
        row("ram", Arc::new(MemoryBackend::new())).await?;
        let dir = tempfile::tempdir()?;
        row("disk", Arc::new(DiskBackend::new(dir.path())?)).await?;
        let redis = RedisServer::start().map_err(anyhow::Error::msg)?;
        let backend = RedisBackend::connect(&redis.url(0, "bench")).await?;
        row("redis", Arc::new(backend)).await?;
        let s3 = S3Server::start("bench").map_err(anyhow::Error::msg)?;
        let cfg = S3Config::from_url(&s3.url("bench", ""))
            .map_err(anyhow::Error::msg)?
            .with_keys(s3.access_key(), s3.secret_key());
        row("s3", Arc::new(S3Backend::new(cfg)?)).await?;
        Ok(())
    })
}

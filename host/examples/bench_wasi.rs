//! WASI tool benchmark, run by `scripts/bench`: cold start (compile + first run) and warm
//! start (cached component) of a trivial tool, and the throughput of a streaming tool in a
//! pipeline next to the equivalent built-in command (`upcase` against `tr a-z A-Z`).
//!
//! `MIRAGE_GUESTS=DIR cargo run --release -p mirage-host --example bench_wasi`, where DIR
//! holds the guests of `tests/guests` built for `wasm32-wasip2`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use mirage_core::commands::Registry;
use mirage_core::vfs::{MountMode, MountTable};
use mirage_core::{Clock, ExecuteOptions, Workspace};
use mirage_host::clock::TokioClock;
use mirage_host::mounts::Source;
use mirage_host::wasi::{ToolLimits, WasiHost, WasmTool};

/// Size of the streamed input.
const STREAM: usize = 64 << 20;

fn main() -> anyhow::Result<()> {
    let dir = std::env::var("MIRAGE_GUESTS")
        .map_err(|_| anyhow::anyhow!("set MIRAGE_GUESTS to the built guests' folder"))?;
    let read = |name: &str| std::fs::read(format!("{dir}/{name}.wasm"));
    let (fsops, upcase) = (read("fsops")?, read("upcase")?);
    let runtime = mirage_host::runtime()?;
    runtime.block_on(async {
        let clock: Arc<dyn Clock> = Arc::new(TokioClock::new());
        let mut table = MountTable::new();
        table.mount(
            "/",
            Source::Ram.open(clock.clone()).await?,
            MountMode::ReadWrite,
        )?;
        let host = WasiHost::shared()?;
        let limits = ToolLimits::default();
        let start = Instant::now();
        let tool = WasmTool::new(host.clone(), "fsops", fsops.into(), limits)?;
        let compile = start.elapsed();
        let mut registry = Registry::builtin();
        registry.register_program("fsops", Arc::new(tool));
        registry.register_program(
            "upcase",
            Arc::new(WasmTool::new(host, "upcase", upcase.into(), limits)?),
        );
        let ws = Workspace::new(table)
            .with_clock(clock)
            .with_registry(registry);

        let start = Instant::now();
        run(&ws, "fsops pwd > /dev/null").await?;
        let first = start.elapsed();
        println!(
            "{:<44} {:>10.2?}  (compile {compile:.2?} + first run {first:.2?})",
            "cold start: compile + run a trivial tool",
            compile + first
        );
        let runs = 200u32;
        let start = Instant::now();
        for _ in 0..runs {
            run(&ws, "fsops pwd > /dev/null").await?;
        }
        println!(
            "{:<44} {:>10.2?}",
            "warm start: run a trivial tool",
            start.elapsed() / runs
        );

        let text = "the quick brown fox jumps over the lazy dog\n".repeat(STREAM / 44);
        ws.write_file("/in.txt", text.into_bytes()).await?;
        let mib = STREAM as f64 / f64::from(1 << 20);
        for (label, script) in [
            (
                "stream 64 MiB: cat | upcase (WASI) | wc -c",
                "cat /in.txt | upcase | wc -c > /dev/null",
            ),
            (
                "stream 64 MiB: cat | tr a-z A-Z | wc -c",
                "cat /in.txt | tr a-z A-Z | wc -c > /dev/null",
            ),
        ] {
            let start = Instant::now();
            run(&ws, script).await?;
            let took = start.elapsed();
            let rate = mib / took.as_secs_f64().max(1e-9);
            println!("{label:<44} {took:>10.2?}  {rate:>8.0} MiB/s");
        }
        Ok(())
    })
}

async fn run(ws: &Workspace, script: &str) -> anyhow::Result<Duration> {
    let start = Instant::now();
    let r = ws.execute(script, ExecuteOptions::default()).await;
    if r.exit_code != 0 {
        anyhow::bail!(
            "{script}: exit {}: {}",
            r.exit_code,
            String::from_utf8_lossy(&r.stderr)
        );
    }
    Ok(start.elapsed())
}

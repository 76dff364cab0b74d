//! In-process benchmark, run by `scripts/bench`: the latency of `execute("echo hi")` on a
//! RAM workspace, and how fast `while true; do :; done` stops after its cancel handle fires.
//!
//! `cargo run --release -p mirage-host --example bench`

use std::sync::Arc;
use std::time::{Duration, Instant};

use mirage_core::vfs::{MountMode, MountTable};
use mirage_core::{CancelHandle, Clock, ExecuteOptions, Workspace};
use mirage_host::clock::TokioClock;
use mirage_host::mounts::Source;

/// Runs of `echo hi` to average.
const RUNS: u32 = 10_000;
/// Goal for one `execute("echo hi")`.
const ECHO_GOAL: Duration = Duration::from_micros(20);
/// Goal for a busy loop to stop once cancelled.
const CANCEL_GOAL: Duration = Duration::from_millis(10);

fn main() -> anyhow::Result<()> {
    let runtime = mirage_host::runtime()?;
    runtime.block_on(async {
        let clock: Arc<dyn Clock> = Arc::new(TokioClock::new());
        let mut table = MountTable::new();
        table.mount(
            "/",
            Source::Ram.open(clock.clone()).await?,
            MountMode::ReadWrite,
        )?;
        let ws = Workspace::new(table).with_clock(clock);

        // Warm up, then time.
        for _ in 0..100 {
            ws.execute("echo hi", ExecuteOptions::default()).await;
        }
        let start = Instant::now();
        for _ in 0..RUNS {
            let r = ws.execute("echo hi", ExecuteOptions::default()).await;
            if r.stdout != b"hi\n" {
                anyhow::bail!("echo hi printed {:?}", String::from_utf8_lossy(&r.stdout));
            }
        }
        let mean = start.elapsed() / RUNS;
        report("execute(\"echo hi\"), mean", mean, ECHO_GOAL);

        let cancel = CancelHandle::new();
        let firing = {
            let cancel = cancel.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(50));
                let fired = Instant::now();
                cancel.cancel();
                fired
            })
        };
        let r = ws
            .execute(
                "while true; do :; done",
                ExecuteOptions {
                    cancel: Some(cancel),
                    ..Default::default()
                },
            )
            .await;
        let returned = Instant::now();
        let fired = firing
            .join()
            .map_err(|_| anyhow::anyhow!("cancel thread panicked"))?;
        report(
            "busy loop stops after cancel",
            returned.saturating_duration_since(fired),
            CANCEL_GOAL,
        );
        println!("  (exit status {}, aborted {})", r.exit_code, r.aborted);
        Ok(())
    })
}

/// Prints one figure next to its goal.
fn report(what: &str, took: Duration, goal: Duration) {
    let verdict = if took <= goal { "ok" } else { "OVER GOAL" };
    println!("{what:<32} {took:>12.2?}   goal < {goal:?}   {verdict}");
}

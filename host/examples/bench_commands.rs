//! Command benchmarks, run by `scripts/bench`: each figure next to GNU's on the same data.
//!
//! - `grep -r needle` over 2,000 small files: mirage in-process on a RAM workspace (goal
//!   under 2 ms) against GNU grep on a host copy of the same tree.
//! - `sort | uniq -c` and `wc` on a 100 MB text file: mirage in-process against the GNU
//!   tools reading the same bytes from a host file (goal: GNU's speed or better).
//!
//! GNU's figures include starting the process (about 1 ms); mirage's are whole `execute`
//! calls. `cargo run --release -p mirage-host --example bench_commands`

use std::fmt::Write as _;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use mirage_core::vfs::{MountMode, MountTable};
use mirage_core::{Clock, ExecuteOptions, Workspace};
use mirage_host::clock::TokioClock;
use mirage_host::mounts::Source;

/// Files in the `grep -r` tree.
const FILES: usize = 2_000;
/// Size of the big text file.
const BIG: usize = 100 << 20;

fn main() -> anyhow::Result<()> {
    let host_dir = tempfile::Builder::new().prefix("mirage-bench-").tempdir()?;
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

        // The grep tree: 2,000 files of ~20 lines in 20 directories, one needle in 1 of 100.
        for d in 0..20 {
            ws.create_dir_all(&format!("/tree/d{d:02}")).await?;
        }
        for i in 0..FILES {
            let dir = format!("tree/d{:02}", i % 20);
            let mut text = String::new();
            for l in 0..20 {
                let _ = writeln!(text, "line {l} of file {i}: lorem ipsum dolor sit amet");
            }
            if i % 100 == 7 {
                text.push_str("here is the needle\n");
            }
            ws.write_file(&format!("/{dir}/f{i}.txt"), text.clone().into_bytes())
                .await?;
            let host = host_dir.path().join(&dir);
            std::fs::create_dir_all(&host)?;
            std::fs::write(host.join(format!("f{i}.txt")), text)?;
        }
        let script = "grep -r needle /tree > /dev/null";
        let mirage = time_mirage(&ws, script, 50).await?;
        let gnu = time_gnu(
            &format!(
                "grep -r needle {}/tree > /dev/null",
                host_dir.path().display()
            ),
            host_dir.path(),
            20,
        )?;
        row("grep -r needle, 2,000 files", mirage, gnu, "goal < 2 ms");

        // The big file: lines of words drawn from a small vocabulary (many duplicates).
        let words = [
            "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
            "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        ];
        let mut big = Vec::with_capacity(BIG + 64);
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        while big.len() < BIG {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let a = words[(seed % 16) as usize];
            let b = words[((seed >> 8) % 16) as usize];
            let n = (seed >> 16) % 1000;
            let _ = writeln!(ByteWriter(&mut big), "{a} {b} {n}");
        }
        ws.write_file("/big.txt", big.clone()).await?;
        let host_big = host_dir.path().join("big.txt");
        std::fs::write(&host_big, &big)?;
        drop(big);

        for (label, cmd) in [
            ("sort | uniq -c, 100 MB", "sort BIG | uniq -c > /dev/null"),
            ("wc, 100 MB", "wc BIG > /dev/null"),
            ("wc -l, 100 MB", "wc -l BIG > /dev/null"),
        ] {
            let mirage = time_mirage(&ws, &cmd.replace("BIG", "/big.txt"), 3).await?;
            let gnu = time_gnu(
                &cmd.replace("BIG", &host_big.display().to_string()),
                host_dir.path(),
                3,
            )?;
            row(label, mirage, gnu, "goal: GNU or better");
        }
        Ok(())
    })
}

/// Lets `writeln!` append to a byte vector.
struct ByteWriter<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for ByteWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Mean time of `script` in the workspace over `runs` runs (after one warm-up run).
async fn time_mirage(ws: &Workspace, script: &str, runs: u32) -> anyhow::Result<Duration> {
    let check = ws.execute(script, ExecuteOptions::default()).await;
    if check.exit_code != 0 {
        anyhow::bail!(
            "{script}: exit {} {}",
            check.exit_code,
            String::from_utf8_lossy(&check.stderr)
        );
    }
    let start = Instant::now();
    for _ in 0..runs {
        ws.execute(script, ExecuteOptions::default()).await;
    }
    Ok(start.elapsed() / runs)
}

/// Mean time of `bash -c script` (GNU tools, C.UTF-8) over `runs` runs.
fn time_gnu(script: &str, dir: &std::path::Path, runs: u32) -> anyhow::Result<Duration> {
    let run = || {
        Command::new("bash")
            .arg("-c")
            .arg(script)
            .current_dir(dir)
            .env("LC_ALL", "C.UTF-8")
            .status()
    };
    if !run()?.success() {
        anyhow::bail!("GNU run failed: {script}");
    }
    let start = Instant::now();
    for _ in 0..runs {
        run()?;
    }
    Ok(start.elapsed() / runs)
}

/// Prints one row: mirage, GNU, the ratio and the goal.
fn row(what: &str, mirage: Duration, gnu: Duration, goal: &str) {
    let ratio = gnu.as_secs_f64() / mirage.as_secs_f64().max(1e-9);
    println!("{what:<30} mirage {mirage:>10.2?}   GNU {gnu:>10.2?}   {ratio:>6.1}x   {goal}");
}

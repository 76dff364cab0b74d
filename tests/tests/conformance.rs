//! The conformance suite: agent-style scripts run by real bash and by `mirage exec`, compared.
//!
//! Each `tests/conformance/scripts/NAME.sh` is one test named `NAME`. The script runs twice
//! over a copy of the seeded project in `tests/conformance/tree/` (plus an empty `build/`
//! folder, which git cannot hold), both times as `/tmp/cws-scripts/NAME.sh` with the project
//! at `/tmp/cws`, so `$0`, `$PWD` and bash's `NAME.sh: line N:` prefixes agree:
//!
//! - **bash** (the oracle): `/tmp/cws` is recreated from the tree, and
//!   `env -i HOME=/home/user PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TZ=UTC bash SCRIPT` runs there.
//!   `/tmp/cws` is a fixed host path, so these runs hold an exclusive lock on
//!   `/tmp/cws.lock` (serialising them across threads and processes).
//! - **mirage**: `mirage exec --mount /tmp/cws=ram:TREE --cwd /tmp/cws --env LC_ALL=C.UTF-8
//!   --env TZ=UTC SCRIPT` (`HOME` and `PATH` are mirage's defaults).
//!
//! stdout, stderr and the exit status must be equal. Both runs read stdin from `/dev/null`,
//! run in their own process group and are killed after [`TIMEOUT`]. Nothing is stored:
//! bash's behaviour is taken live at test time. A script with a `# gap: reason` line is a
//! known difference and is reported as ignored (`-- --include-ignored` runs it anyway).
//!
//! The `mirage` binary is `$MIRAGE_BIN`, or `<target dir>/debug/mirage` (found from this
//! test's own path), which the suite first brings up to date with `cargo build -p mirage-host`.
//!
//! ```sh
//! cargo test -p mirage-tests --test conformance               # the suite
//! cargo test -p mirage-tests --test conformance -- csv        # scripts whose name has `csv`
//! cargo test -p mirage-tests --test conformance -- --ignored  # only the `# gap:` scripts
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use mirage_tests::spec::{Outcome, visible};

/// How long one run (bash or mirage) may take before its process group is killed.
const TIMEOUT: Duration = Duration::from_secs(20);
/// Where the project lives in both runs.
const CWS: &str = "/tmp/cws";
/// The lock file that serialises the oracle runs (they share [`CWS`]).
const CWS_LOCK: &str = "/tmp/cws.lock";
/// Where the scripts are copied, so both runs name them by the same path.
const SCRIPTS: &str = "/tmp/cws-scripts";
/// The environment of both runs besides `HOME` and `PATH`.
const ENV: &[(&str, &str)] = &[("LC_ALL", "C.UTF-8"), ("TZ", "UTC")];
/// Empty folders added to the tree (git cannot hold them).
const EMPTY_DIRS: &[&str] = &["build"];

/// Copies `src` into `dst` recursively, keeping modification times and permissions.
fn copy_tree(src: &Path, dst: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dst)?;
    for entry in std::fs::read_dir(src)? {
        let entry = entry?;
        let from = entry.path();
        let to = dst.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&from, &to)?;
        } else {
            std::fs::copy(&from, &to)?;
            let mtime = entry.metadata()?.modified()?;
            std::fs::File::options()
                .write(true)
                .open(&to)?
                .set_modified(mtime)?;
        }
    }
    let mtime = std::fs::metadata(src)?.modified()?;
    std::fs::File::open(dst)?.set_modified(mtime)
}

/// The staged project: the tree plus the empty folders, in a temp dir kept for the run.
fn stage(tree: &Path) -> std::io::Result<tempfile::TempDir> {
    let tmp = tempfile::Builder::new()
        .prefix("mirage-conformance-")
        .tempdir()?;
    let root = tmp.path().join("tree");
    copy_tree(tree, &root)?;
    for dir in EMPTY_DIRS {
        std::fs::create_dir_all(root.join(dir))?;
    }
    Ok(tmp)
}

/// Runs `cmd` (stdin `/dev/null`, own process group) to completion or [`TIMEOUT`].
fn run(cmd: Command, who: &str) -> Result<Outcome, String> {
    mirage_tests::process::run(cmd, who, TIMEOUT)
}

fn run_bash(tree: &Path, script: &Path) -> Result<Outcome, String> {
    let lock = std::fs::File::create(CWS_LOCK).map_err(|e| format!("{CWS_LOCK}: {e}"))?;
    lock.lock()
        .map_err(|e| format!("locking {CWS_LOCK}: {e}"))?;
    let cws = Path::new(CWS);
    if cws.exists() {
        std::fs::remove_dir_all(cws).map_err(|e| format!("cannot remove {CWS}: {e}"))?;
    }
    copy_tree(tree, cws).map_err(|e| format!("cannot copy the tree to {CWS}: {e}"))?;
    let mut cmd = Command::new("bash");
    cmd.arg(script)
        .env_clear()
        .env("HOME", "/home/user")
        .env("PATH", "/usr/bin:/bin")
        .envs(ENV.iter().copied())
        .current_dir(cws);
    let outcome = run(cmd, "bash");
    // Dropping `lock` releases it; the next oracle run recreates the folder.
    drop(lock);
    outcome
}

/// Runs the script with `mirage exec` over a RAM copy of the project.
fn run_mirage(bin: &Path, tree: &Path, script: &Path) -> Result<Outcome, String> {
    let mut cmd = Command::new(bin);
    cmd.arg("exec")
        .arg("--mount")
        .arg(format!("{CWS}=ram:{}", tree.display()))
        .args(["--cwd", CWS]);
    for (k, v) in ENV {
        cmd.arg("--env").arg(format!("{k}={v}"));
    }
    cmd.arg(script).current_dir("/");
    run(cmd, "mirage")
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("      {l}\n")).collect()
}

/// The 1-based number of the first line where `a` and `b` differ.
fn first_difference(a: &[u8], b: &[u8]) -> usize {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let mut n = 1;
    for (x, y) in a.split_inclusive('\n').zip(b.split_inclusive('\n')) {
        if x != y {
            return n;
        }
        n += 1;
    }
    n
}

/// Compares the two outcomes; the message shows both sides of every difference.
fn compare(bash: &Outcome, mirage: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    for (name, want, got) in [
        ("stdout", &bash.stdout, &mirage.stdout),
        ("stderr", &bash.stderr, &mirage.stderr),
    ] {
        if want != got {
            report.push_str(&format!(
                "  {name} differs (first at line {})\n    bash:\n{}    mirage:\n{}",
                first_difference(want, got),
                indent(&visible(want)),
                indent(&visible(got)),
            ));
        }
    }
    if bash.status != mirage.status {
        report.push_str(&format!(
            "  status differs: bash {}, mirage {}\n",
            bash.status, mirage.status
        ));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// The reason of a `# gap: reason` line, if the script has one.
fn gap(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("# gap:"))
        .map(|r| r.trim().to_string())
}

/// Writes `text` to `path` atomically, so concurrent runs never see a half-written script.
fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

fn setup_failure(msg: String) -> Vec<Trial> {
    vec![Trial::test("conformance::setup", move || Err(msg.into()))]
}

fn trials() -> Vec<Trial> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let staged = match stage(&base.join("tree")) {
        Ok(t) => t,
        Err(e) => return setup_failure(format!("cannot stage the tree: {e}")),
    };
    let bin = match mirage_tests::process::mirage_bin() {
        Ok(b) => b,
        Err(e) => return setup_failure(e),
    };
    if let Err(e) = std::fs::create_dir_all(SCRIPTS) {
        return setup_failure(format!("cannot create {SCRIPTS}: {e}"));
    }
    let mut names: Vec<PathBuf> = match std::fs::read_dir(base.join("scripts")) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "sh"))
            .collect(),
        Err(e) => return setup_failure(format!("cannot list the scripts: {e}")),
    };
    names.sort();
    let staged = Arc::new(staged);
    let mut trials = Vec::new();
    for path in names {
        let file_name = path.file_name().unwrap_or_default().to_owned();
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                let msg = format!("{}: {e}", path.display());
                trials.push(Trial::test(name, move || Err(msg.into())));
                continue;
            }
        };
        let script = Path::new(SCRIPTS).join(&file_name);
        if let Err(e) = write_atomic(&script, &text) {
            return setup_failure(format!("cannot write {}: {e}", script.display()));
        }
        let ignored = gap(&text).is_some();
        let (staged, bin) = (staged.clone(), bin.clone());
        trials.push(
            Trial::test(name, move || {
                let tree = staged.path().join("tree");
                let bash = run_bash(&tree, &script).map_err(Failed::from)?;
                let mirage = run_mirage(&bin, &tree, &script).map_err(Failed::from)?;
                compare(&bash, &mirage).map_err(Failed::from)
            })
            .with_ignored_flag(ignored),
        );
    }
    trials
}

fn main() {
    let args = Arguments::from_args();
    libtest_mimic::run(&args, trials()).exit();
}

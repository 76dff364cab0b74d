//! The spec-case runner: one libtest-mimic test per case in `tests/spec/**/*.test.sh`.
//!
//! Test names are `<area>/<topic>::<case name>` (sanitised), so
//! `cargo test -p mirage-tests --test spec -- grammar/` runs one area. By default each case
//! runs through mirage-core (`## gap:` cases are ignored); with `MIRAGE_SPEC_ORACLE=1` each
//! case runs under real bash instead (`## mirage-only:` cases are ignored), which proves the
//! expectations. A malformed case file is one failing test named `<area>/<topic>::malformed`.
//!
//! `MIRAGE_SPEC_BACKEND=disk|redis|s3` runs the mirage side with `/` on that backend instead of
//! RAM (starting the server it needs); cases whose `## needs:` the backend lacks are ignored.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use libtest_mimic::{Arguments, Failed, Trial};
use mirage_tests::spec::backends::{Kind, Servers};
use mirage_tests::spec::{self, Case, check, oracle, parse_file, sanitise};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.to_string_lossy().ends_with(".test.sh") {
            out.push(path);
        }
    }
    Ok(())
}

/// Where mirage-mode cases run: the backend's servers and what the backend can do.
struct Target {
    servers: Arc<Servers>,
    capability: mirage_core::vfs::Capability,
    workspace_clock: bool,
}

fn trial(prefix: &str, case: Case, oracle_mode: bool, target: &Target) -> Trial {
    let name = format!("{prefix}::{}", sanitise(&case.name));
    let ignored = if oracle_mode {
        case.mirage_only.is_some()
    } else {
        case.gap.is_some()
            || case
                .needs
                .missing(target.capability, target.workspace_clock)
                .is_some()
    };
    let servers = Arc::clone(&target.servers);
    let kind = if oracle_mode { "bash" } else { "mirage" };
    Trial::test(name, move || {
        let (outcome, who) = if oracle_mode {
            (oracle::run(&case), "bash")
        } else {
            (spec::mirage::run_guarded(&case, &servers), "mirage")
        };
        let outcome = outcome.map_err(|e| Failed::from(format!("case `{}`: {e}", case.name)))?;
        check(&case, &outcome, who).map_err(|report| {
            if oracle_mode {
                let pasteable = spec::format_expectations(&outcome);
                format!("{report}  bash's outcome as expectations:\n{pasteable}").into()
            } else {
                report.into()
            }
        })
    })
    .with_kind(kind)
    .with_ignored_flag(ignored)
}

fn main() {
    let args = Arguments::from_args();
    let oracle_mode = oracle::enabled();
    let target = match Kind::from_env()
        .and_then(Servers::start)
        .and_then(|servers| {
            let (capability, workspace_clock) = servers.capability()?;
            Ok(Target {
                servers: Arc::new(servers),
                capability,
                workspace_clock,
            })
        }) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("spec: cannot start the backend: {e}");
            std::process::exit(1);
        }
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("spec");
    let mut files = Vec::new();
    let mut trials = Vec::new();
    if let Err(e) = collect(&root, &mut files) {
        let msg = format!("cannot list {}: {e}", root.display());
        trials.push(Trial::test("spec::discovery", move || Err(msg.into())));
    }
    files.sort();
    for file in files {
        let rel = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .to_string_lossy()
            .into_owned();
        let prefix = rel.trim_end_matches(".test.sh").to_string();
        let parsed = std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|text| parse_file(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(cases) => trials.extend(
                cases
                    .into_iter()
                    .map(|c| trial(&prefix, c, oracle_mode, &target)),
            ),
            Err(e) => {
                let msg = format!("{}: malformed case file: {e}", file.display());
                trials.push(Trial::test(format!("{prefix}::malformed"), move || {
                    Err(msg.into())
                }));
            }
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    // Stops the servers (dropping the last handle) before the process exits.
    drop(target);
    conclusion.exit();
}

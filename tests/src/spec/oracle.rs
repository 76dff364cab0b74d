//! Oracle mode: runs a case under real bash, so that every expectation is proven to be bash's.
//!
//! Each case gets a fresh temporary directory laid out like mirage's default skeleton:
//! `$T/home/user` is `HOME` and `$T/home/user/w` the working directory, where the case's files
//! are preloaded. bash runs as `bash -c "$script" bash` with a cleared environment (see
//! [`ENV`]), stdin from `/dev/null`, in its own process group, killed after [`TIMEOUT`].

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use super::{Case, Outcome};

/// How long one case may run under bash before its process group is killed.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// The environment both modes give a script, besides `HOME`.
pub const ENV: &[(&str, &str)] = &[
    ("PATH", "/usr/local/bin:/usr/bin:/bin"),
    ("LC_ALL", "C.UTF-8"),
    ("TZ", "UTC"),
];

/// The environment variable that selects oracle mode.
pub const ORACLE_VAR: &str = "MIRAGE_SPEC_ORACLE";

/// True when `MIRAGE_SPEC_ORACLE` is set to something other than empty or `0`.
pub fn enabled() -> bool {
    std::env::var(ORACLE_VAR).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Writes the case's files below `dir`, creating parent directories.
pub fn preload(case: &Case, dir: &Path) -> std::io::Result<()> {
    for (path, content) in &case.files {
        let full = dir.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(full, content)?;
    }
    Ok(())
}

/// Runs the case under bash and returns what it did; `Err` when bash cannot be run or the
/// case times out.
pub fn run(case: &Case) -> Result<Outcome, String> {
    let tmp = tempfile::Builder::new()
        .prefix("mirage-spec-")
        .tempdir()
        .map_err(|e| format!("cannot create a temp dir: {e}"))?;
    let home = tmp.path().join("home/user");
    let cwd = home.join("w");
    std::fs::create_dir_all(&cwd).map_err(|e| format!("cannot create {}: {e}", cwd.display()))?;
    std::fs::create_dir_all(tmp.path().join("tmp")).map_err(|e| e.to_string())?;
    preload(case, &cwd).map_err(|e| format!("cannot preload files: {e}"))?;

    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(&case.script)
        .arg("bash")
        .env_clear()
        .env("HOME", &home)
        .envs(ENV.iter().copied())
        .current_dir(&cwd);
    crate::process::run(cmd, "bash", TIMEOUT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::parse_file;

    fn case(text: &str) -> Case {
        parse_file(text).expect("parses").remove(0)
    }

    #[test]
    fn runs_bash_with_files_and_argv0() {
        let c = case("#### a\ncat f; echo $0 >&2; exit 3\n## file: f\nx\n## end\n");
        let o = run(&c).expect("bash runs");
        assert_eq!(
            o,
            Outcome {
                stdout: b"x\n".to_vec(),
                stderr: b"bash\n".to_vec(),
                status: 3
            }
        );
    }

    #[test]
    fn environment_is_cleared() {
        let c = case(
            "#### a\necho \"$LC_ALL $TZ ${CARGO-unset}\"; [ \"$PWD\" = \"$HOME/w\" ] && echo ok\n",
        );
        let o = run(&c).expect("bash runs");
        assert_eq!(o.stdout, b"C.UTF-8 UTC unset\nok\n");
    }
}

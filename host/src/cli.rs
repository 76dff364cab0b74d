//! The command line of `mirage`, declared with clap's derive API.

use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::mounts::MountArg;

const ABOUT: &str = "A sandboxed bash-compatible shell over a virtual filesystem";

const LONG_ABOUT: &str = "\
mirage is a sandboxed virtual filesystem and bash-compatible shell for AI agents.
cat, ls, grep, find, sed, jq, pipes and loops run over RAM, a local folder, Redis or S3,
mounted side by side in one tree. No process is ever spawned and nothing outside the mounts
can be reached.";

const MOUNT_HELP: &str = "\
Mount SPEC at PATH (repeatable). SPEC is `ram` (empty), `ram:HOSTDIR` (RAM seeded with a copy
of a host folder, which is never modified), `disk:HOSTDIR` (the folder itself, confined),
`redis://HOST:PORT/DB?prefix=NAME` (keys under NAME: on a Redis server) or
`s3://BUCKET[/PREFIX]?endpoint=URL&region=R[&concurrency=N]` (keys from AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN); append `,ro` for a read-only mount and `,exec` to let `.wasm` components on it run as commands
(by path, or by name when their folder is on PATH). Without --mount, / is an empty RAM tree with /tmp and
/home/user; if no mount is at /, an empty RAM tree is mounted there too";

const MOUNT_EXAMPLES: &str = "\
Examples:
  mirage exec -c 'echo hi'
  mirage exec --mount /data=disk:./data -c 'grep -r TODO /data | wc -l'
  mirage exec --mount /src=ram:.,ro --cwd /src script.sh arg1 arg2
  echo 'ls /' | mirage exec -
  mirage shell --mount /work=disk:.
  mirage shell --mount '/data=s3://bkt?endpoint=http://127.0.0.1:9000,ro' --mount '/cache=redis://127.0.0.1:6379/0?prefix=me'
  mirage exec --tool csvsum=./csvsum.wasm -c 'cat data.csv | csvsum --col 3'
  mirage run ./tool.wasm --mount /data=disk:./data -- --input /data/x.json";

/// `mirage`: the command line.
#[derive(Debug, Parser)]
#[command(
    name = "mirage",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = MOUNT_EXAMPLES,
    arg_required_else_help = true
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a script (-c SCRIPT, a host FILE, or - for standard input) and exit with its status.
    #[command(after_help = MOUNT_EXAMPLES)]
    Exec(ExecArgs),
    /// Start an interactive shell (line editing, history, multi-line input; Ctrl-D exits).
    #[command(after_help = MOUNT_EXAMPLES)]
    Shell(ShellArgs),
    /// Run a WASI component (wasm32-wasip2 command) with the workspace as its filesystem and
    /// exit with its status.
    #[command(after_help = MOUNT_EXAMPLES)]
    Run(RunArgs),
}

/// Options shared by `exec` and `shell`: what the workspace looks like.
#[derive(Debug, Args, Clone)]
pub struct WorkspaceArgs {
    #[arg(long = "mount", value_name = "PATH=SPEC[,ro]", help = MOUNT_HELP)]
    /// The mounts, in order.
    pub mounts: Vec<MountArg>,

    /// Start in DIR (an absolute path in the workspace; default /home/user, or / when
    /// /home/user does not exist).
    #[arg(long, value_name = "DIR", value_parser = parse_cwd)]
    pub cwd: Option<String>,

    /// Set an environment variable (repeatable). The environment is clean, not the host's:
    /// HOME=/home/user, PATH=/usr/bin:/bin, PWD, USER=user, plus these.
    #[arg(long = "env", value_name = "KEY=VALUE", value_parser = parse_env)]
    pub env: Vec<(String, String)>,
    /// Make the WASI component at host path PATH.wasm a command called NAME (repeatable).
    #[arg(long = "tool", value_name = "NAME=PATH.wasm", value_parser = parse_tool)]
    pub tools: Vec<(String, std::path::PathBuf)>,
    /// Limits of every WASI tool run.
    #[command(flatten)]
    pub tool_limits: ToolLimitArgs,
}

/// Hard limits of a WASI tool run (`--tool`, `,exec` mounts, `mirage run`).
#[derive(Debug, Args, Clone)]
pub struct ToolLimitArgs {
    /// CPU budget of one tool run, in wasmtime fuel units (about one per instruction).
    #[arg(long, value_name = "UNITS", default_value_t = 20_000_000_000)]
    pub tool_fuel: u64,
    /// Memory one tool run may use, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub tool_memory: u64,
    /// Wall time one tool run may take, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 60.0)]
    pub tool_time: f64,
    /// Bytes one tool run may write to stdout and stderr.
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20)]
    pub tool_output: u64,
}

/// `mirage run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The workspace.
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Cancel the run after SECS seconds: prints `mirage: timed out after SECS s`, status 124.
    #[arg(long, value_name = "SECS", value_parser = parse_timeout)]
    pub timeout: Option<Timeout>,
    /// The component (a host path) and its arguments.
    #[arg(
        value_name = "TOOL.wasm] [ARGS",
        trailing_var_arg = true,
        required = true
    )]
    pub rest: Vec<String>,
}

/// Parses `--tool NAME=PATH`; NAME must be a plain command name.
fn parse_tool(s: &str) -> Result<(String, std::path::PathBuf), String> {
    let (name, path) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}' is not NAME=PATH.wasm"))?;
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if !valid {
        return Err(format!("'{name}' is not a valid tool name"));
    }
    Ok((name.to_string(), std::path::PathBuf::from(path)))
}

/// `mirage exec`.
#[derive(Debug, Args)]
pub struct ExecArgs {
    /// The workspace.
    #[command(flatten)]
    pub workspace: WorkspaceArgs,

    /// Cancel the run after SECS seconds (fractions allowed): prints
    /// `mirage: timed out after SECS s` and exits with status 124.
    #[arg(long, value_name = "SECS", value_parser = parse_timeout)]
    pub timeout: Option<Timeout>,

    /// Run SCRIPT; the remaining arguments become $1, $2 ... and $0 is `mirage`.
    #[arg(short = 'c', value_name = "SCRIPT")]
    pub command: Option<String>,

    /// Without -c: the script FILE on the host (or - to read it from standard input), then
    /// its ARGS ($0 is FILE as given). With -c: the ARGS only. Options after FILE belong to
    /// the script; use `--` before ARGS that start with `-` after -c.
    #[arg(value_name = "FILE|-] [ARGS", trailing_var_arg = true)]
    pub rest: Vec<String>,
}

/// `mirage shell`.
#[derive(Debug, Args)]
pub struct ShellArgs {
    /// The workspace.
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
}

/// A `--timeout`: the duration and the text given, for the message.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeout {
    /// How long the run may take.
    pub duration: Duration,
    /// The value as typed (`2`, `0.5`), echoed in `timed out after 2 s`.
    pub text: String,
}

/// Parses `--timeout SECS`: a positive, finite number of seconds.
fn parse_timeout(s: &str) -> Result<Timeout, String> {
    let secs: f64 = s
        .parse()
        .map_err(|_| format!("'{s}' is not a number of seconds"))?;
    if !secs.is_finite() || secs <= 0.0 || secs > 1e9 {
        return Err(format!("'{s}' must be a positive number of seconds"));
    }
    Ok(Timeout {
        duration: Duration::from_secs_f64(secs),
        text: s.to_string(),
    })
}

/// Parses `--env KEY=VALUE`; KEY must be a shell variable name.
fn parse_env(s: &str) -> Result<(String, String), String> {
    let (key, value) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}' is not KEY=VALUE"))?;
    let mut chars = key.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric());
    if !valid {
        return Err(format!("'{key}' is not a valid variable name"));
    }
    Ok((key.to_string(), value.to_string()))
}

/// Parses `--cwd DIR`: an absolute workspace path.
fn parse_cwd(s: &str) -> Result<String, String> {
    if s.starts_with('/') {
        Ok(s.to_string())
    } else {
        Err(format!("'{s}' must be an absolute path"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn exec_splits_file_and_args() {
        let cli = Cli::try_parse_from(["mirage", "exec", "--env", "A=1", "s.sh", "-x", "--cwd"])
            .expect("parse");
        let Command::Exec(e) = cli.command else {
            panic!("not exec")
        };
        assert_eq!(e.rest, ["s.sh", "-x", "--cwd"]);
        assert_eq!(e.workspace.env, [("A".to_string(), "1".to_string())]);
    }

    #[test]
    fn value_checks() {
        assert!(parse_timeout("0.5").is_ok());
        for bad in ["0", "-1", "x", "inf", "NaN"] {
            assert!(parse_timeout(bad).is_err(), "{bad}");
        }
        assert!(parse_env("A_1=x=y").is_ok());
        for bad in ["1A=x", "A", "=x", "A-B=x"] {
            assert!(parse_env(bad).is_err(), "{bad}");
        }
        assert!(parse_cwd("rel").is_err());
    }
}

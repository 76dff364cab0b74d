//! A [`Session`]: the workspace built from the command line, and running scripts in it.
//!
//! This is the one module of the host that talks to mirage-core's `Workspace`.

use std::sync::Arc;

use anyhow::Context;
use mirage_core::vfs::{DynBackend, MountMode, MountTable};
use mirage_core::{CancelHandle, Clock, ErrorKind, ExecResult, ExecuteOptions, Workspace};

use crate::cli::WorkspaceArgs;
use crate::clock::TokioClock;
use crate::mounts::{MountArg, Source};

/// The home folder of the workspace user.
pub const HOME: &str = "/home/user";
/// `$PATH` inside the workspace.
pub const PATH: &str = "/usr/bin:/bin";
/// `$USER` inside the workspace.
pub const USER: &str = "user";

/// The workspace the command line asked for: mounts, start folder, clean environment.
/// Cheap to clone; clones share the workspace.
#[derive(Clone)]
pub struct Session {
    ws: Workspace,
}

/// What one run gets besides the script.
#[derive(Default)]
pub struct RunOptions {
    /// `$0` for `-c` scripts.
    pub argv0: Option<String>,
    /// The script file's name: `$0`, and the `NAME: line N:` prefix of messages.
    pub script_name: Option<String>,
    /// `$1` ...
    pub args: Vec<String>,
    /// Standard input (None: empty).
    pub stdin: Option<Vec<u8>>,
    /// Standard input as a stream, read only as far as the script reads it.
    pub stdin_stream: Option<mirage_core::io::Input>,
    /// Fired to stop the run.
    pub cancel: Option<CancelHandle>,
}

impl Session {
    /// Builds the mount table and the workspace described by `args`.
    ///
    /// Without a mount at `/`, an empty RAM tree is mounted there with `/tmp` and
    /// `/home/user`. Folders for mount points are created in RAM parents so `ls` shows them.
    pub async fn build(args: &WorkspaceArgs) -> anyhow::Result<Session> {
        Session::build_with(args, &[]).await
    }

    /// [`Session::build`] plus extra tools: `(command name, argv[0] for the tool, host path)`
    /// (`mirage run` registers its component this way).
    pub async fn build_with(
        args: &WorkspaceArgs,
        extra_tools: &[(String, String, std::path::PathBuf)],
    ) -> anyhow::Result<Session> {
        let clock: Arc<dyn Clock> = Arc::new(TokioClock::new());
        let mut mounts: Vec<MountArg> = args.mounts.clone();
        let mut seen = std::collections::HashSet::new();
        for m in &mounts {
            if !seen.insert(m.point.clone()) {
                anyhow::bail!("{} is mounted twice", m.point);
            }
        }
        let default_root = !mounts.iter().any(|m| m.point == "/");
        if default_root {
            mounts.insert(
                0,
                MountArg {
                    point: "/".into(),
                    source: Source::Ram,
                    read_only: false,
                    exec: false,
                },
            );
        }
        // Parents before children, so each mount point's folder can be made in its parent.
        mounts.sort_by_key(|m| depth(&m.point));

        let mut opened: Vec<(MountArg, Arc<dyn DynBackend>)> = Vec::new();
        for m in mounts {
            let backend = m
                .source
                .open(clock.clone())
                .await
                .with_context(|| format!("mount {}", m.point))?;
            opened.push((m, backend));
        }
        if default_root {
            let root = &opened[0].1;
            for dir in ["tmp", "home", "home/user"] {
                make_dir(root.as_ref(), dir).await?;
            }
        }
        for i in 1..opened.len() {
            let point = opened[i].0.point.clone();
            // The deepest other mount that contains this one.
            let parent = opened[..i]
                .iter()
                .rev()
                .find(|(p, _)| contains(&p.point, &point));
            if let Some((p, backend)) = parent
                && p.source.is_ram()
            {
                let rel = point[p.point.len()..].trim_start_matches('/');
                let mut prefix = String::new();
                for comp in rel.split('/') {
                    if !prefix.is_empty() {
                        prefix.push('/');
                    }
                    prefix.push_str(comp);
                    make_dir(backend.as_ref(), &prefix).await?;
                }
            }
        }

        let mut table = MountTable::new();
        let opened_points: Vec<(String, bool)> = opened
            .iter()
            .map(|(m, _)| (m.point.clone(), m.exec))
            .collect();
        for (m, backend) in opened {
            let mode = if m.read_only {
                MountMode::ReadOnly
            } else {
                MountMode::ReadWrite
            };
            table
                .mount(&m.point, backend, mode)
                .map_err(|e| anyhow::anyhow!("mount {}: {}", m.point, e))?;
        }
        let exec_mounts: Vec<String> = opened_points
            .iter()
            .filter(|(_, exec)| *exec)
            .map(|(p, _)| p.clone())
            .collect();
        let mut ws = Workspace::new(table).with_clock(clock);
        let mut tools: Vec<(String, String, std::path::PathBuf)> = args
            .tools
            .iter()
            .map(|(n, p)| (n.clone(), n.clone(), p.clone()))
            .collect();
        tools.extend(extra_tools.iter().cloned());
        if !tools.is_empty() || !exec_mounts.is_empty() {
            ws = ws.with_registry(tool_registry(&args.tool_limits, &tools, exec_mounts)?);
        }

        // A clean environment, not the host's: the variables persist in the workspace.
        let cwd = match &args.cwd {
            Some(dir) => dir.clone(),
            None if is_dir(&ws, HOME).await => HOME.to_string(),
            None => "/".to_string(),
        };
        ws.set_cwd(&cwd)
            .await
            .map_err(|e| anyhow::anyhow!("--cwd {cwd}: {}", e.kind().describe()))?;
        for (key, value) in [("HOME", HOME), ("PATH", PATH), ("USER", USER)] {
            ws.set_env(key, value);
        }
        for (key, value) in &args.env {
            ws.set_env(key, value);
        }
        Ok(Session { ws })
    }

    /// The workspace.
    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }

    /// The current directory of the workspace.
    pub fn cwd(&self) -> String {
        self.ws.cwd()
    }

    /// True when `src` is the start of a command that goes on (an open `if`, quote, `|`):
    /// the parser stops at the end of the input, which more lines would fix.
    pub fn is_incomplete(&self, src: &str) -> bool {
        match mirage_core::syntax::parse(src) {
            Ok(_) => false,
            Err(e) => {
                e.message.contains("unexpected end of file")
                    || e.message
                        .starts_with("unexpected EOF while looking for matching")
            }
        }
    }

    /// The options of one run; cwd and environment come from the workspace's own state.
    fn options(run: RunOptions) -> ExecuteOptions {
        ExecuteOptions {
            stdin: run.stdin,
            stdin_stream: run.stdin_stream,
            argv0: run.argv0,
            script_name: run.script_name,
            args: run.args,
            cancel: run.cancel,
            ..Default::default()
        }
    }

    /// Runs `script` on a runtime worker (see [`crate::on_worker`]), handing output to the
    /// callbacks as it is produced.
    pub async fn run_on_worker(
        &self,
        script: String,
        run: RunOptions,
        on_stdout: impl FnMut(&[u8]) + Send + 'static,
        on_stderr: impl FnMut(&[u8]) + Send + 'static,
    ) -> anyhow::Result<ExecResult> {
        let this = self.clone();
        crate::on_worker(
            async move { this.run_streaming(&script, run, on_stdout, on_stderr).await },
        )
        .await
    }

    /// Runs `script` on the calling thread, handing output to the callbacks as it is produced.
    pub async fn run_streaming(
        &self,
        script: &str,
        run: RunOptions,
        on_stdout: impl FnMut(&[u8]) + Send,
        on_stderr: impl FnMut(&[u8]) + Send,
    ) -> ExecResult {
        self.ws
            .execute_streaming(script, Self::options(run), on_stdout, on_stderr)
            .await
    }

    /// Runs `script` and collects its output.
    pub async fn run(&self, script: &str, run: RunOptions) -> ExecResult {
        self.ws.execute(script, Self::options(run)).await
    }
}

/// True when `path` is a directory in the workspace.
async fn is_dir(ws: &Workspace, path: &str) -> bool {
    ws.stat(path).await.is_ok_and(|m| m.is_dir())
}

/// Number of components of an absolute path (`/` is 0).
fn depth(point: &str) -> usize {
    point.split('/').filter(|c| !c.is_empty()).count()
}

/// True when mount point `inner` is strictly below `outer`.
fn contains(outer: &str, inner: &str) -> bool {
    outer != inner && (outer == "/" || inner.starts_with(&format!("{outer}/")))
}

/// Creates one folder in a backend, fine if it already exists.
async fn make_dir(backend: &dyn DynBackend, path: &str) -> anyhow::Result<()> {
    match backend.create_dir(path).await {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(anyhow::anyhow!("/{path}: {e}")),
    }
}

/// The command table with the WASI tools: named ones, and a loader for `.wasm` files on
/// the `exec` mounts.
#[cfg(feature = "wasi")]
fn tool_registry(
    limits: &crate::cli::ToolLimitArgs,
    tools: &[(String, String, std::path::PathBuf)],
    exec_mounts: Vec<String>,
) -> anyhow::Result<mirage_core::commands::Registry> {
    use crate::wasi::{ToolLimits, WasiHost, WasmLoader, WasmTool};
    let limits = ToolLimits {
        fuel: limits.tool_fuel,
        wall: std::time::Duration::try_from_secs_f64(limits.tool_time)
            .map_err(|_| anyhow::anyhow!("--tool-time {}: not a duration", limits.tool_time))?,
        memory: usize::try_from(limits.tool_memory.saturating_mul(1 << 20)).unwrap_or(usize::MAX),
        output: limits.tool_output,
    };
    let host = WasiHost::shared()?;
    let mut registry = mirage_core::commands::Registry::builtin();
    for (name, argv0, path) in tools {
        let wasm = std::fs::read(path)
            .map_err(|e| anyhow::anyhow!("--tool {name}: {}: {e}", path.display()))?;
        let tool = WasmTool::new(host.clone(), argv0, wasm.into(), limits)?;
        registry.register_program(name, Arc::new(tool));
    }
    registry.set_loader(Arc::new(WasmLoader::new(host, exec_mounts, limits)));
    Ok(registry)
}

/// Without the `wasi` feature, asking for tools is a set-up error.
#[cfg(not(feature = "wasi"))]
fn tool_registry(
    _limits: &crate::cli::ToolLimitArgs,
    _tools: &[(String, String, std::path::PathBuf)],
    _exec_mounts: Vec<String>,
) -> anyhow::Result<mirage_core::commands::Registry> {
    anyhow::bail!("this mirage was built without WASI tools (feature `wasi`)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mount_points_nest() {
        assert!(contains("/", "/a"));
        assert!(contains("/a", "/a/b"));
        assert!(!contains("/a", "/ab"));
        assert!(!contains("/a", "/a"));
        assert_eq!(depth("/"), 0);
        assert_eq!(depth("/a/b"), 2);
    }
}

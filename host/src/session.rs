//! A [`Session`]: the workspace built from the command line, and running scripts in it.
//!
//! This is the one module of the host that talks to mirage-core's `Workspace`.

use std::sync::Arc;

use crate::shim::{DynBackend, MountMode, MountTable};
use crate::shim::{ExecResult, ExecuteOptions, Workspace};
use anyhow::Context;
use mirage_core::{CancelHandle, Clock, ErrorKind};

use crate::cli::WorkspaceArgs;
use crate::clock::TokioClock;
use crate::mounts::{MountArg, Source};

/// The home folder of the workspace user.
pub const HOME: &str = "/home/user";
/// `$PATH` inside the workspace.
pub const PATH: &str = "/usr/bin:/bin";
/// `$USER` inside the workspace.
pub const USER: &str = "user";

/// A workspace plus the environment the command line asked for.
pub struct Session {
    ws: Workspace,
    cwd: String,
    env: Vec<(String, String)>,
    /// True until the first run, which installs cwd and environment.
    fresh: bool,
}

/// What one run gets besides the script.
#[derive(Default)]
pub struct RunOptions {
    /// `$0`.
    pub argv0: Option<String>,
    /// `$1` ...
    pub args: Vec<String>,
    /// Standard input (None: empty).
    pub stdin: Option<Vec<u8>>,
    /// Fired to stop the run.
    pub cancel: Option<CancelHandle>,
}

impl Session {
    /// Builds the mount table and the workspace described by `args`.
    ///
    /// Without a mount at `/`, an empty RAM tree is mounted there with `/tmp` and
    /// `/home/user`. Folders for mount points are created in RAM parents so `ls` shows them.
    pub async fn build(args: &WorkspaceArgs) -> anyhow::Result<Session> {
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
        let ws = Workspace::new(table).with_clock(clock);

        let mut session = Session {
            ws,
            cwd: "/".into(),
            env: args.env.clone(),
            fresh: true,
        };
        let cwd = match &args.cwd {
            Some(dir) => {
                if !session.is_dir(dir).await {
                    anyhow::bail!("--cwd {dir}: No such directory in the workspace");
                }
                dir.clone()
            }
            None if session.is_dir(HOME).await => HOME.to_string(),
            None => "/".to_string(),
        };
        session.cwd = cwd;
        Ok(session)
    }

    /// The workspace.
    pub fn workspace(&self) -> &Workspace {
        &self.ws
    }

    /// The current directory (the start folder until the first run).
    pub fn cwd(&self) -> String {
        if self.fresh {
            self.cwd.clone()
        } else {
            self.ws.cwd()
        }
    }

    /// True when `src` is the start of a command that goes on (an open `if`, quote, `|`):
    /// the parser stops at the end of the input, which more lines would fix.
    pub fn is_incomplete(&self, src: &str) -> bool {
        match crate::shim::parse(src) {
            Ok(_) => false,
            Err(e) => {
                e.message.contains("unexpected end of file")
                    || e.message
                        .starts_with("unexpected EOF while looking for matching")
            }
        }
    }

    /// True when `path` is a directory in the workspace.
    async fn is_dir(&self, path: &str) -> bool {
        let r = self
            .ws
            .execute(
                "[ -d \"$1\" ]",
                ExecuteOptions {
                    args: vec![path.to_string()],
                    cwd: Some("/".to_string()),
                    ..Default::default()
                },
            )
            .await;
        r.exit_code == 0
    }

    /// The options of one run: the first installs the cwd and the clean environment.
    fn options(&mut self, run: RunOptions) -> ExecuteOptions {
        let mut opts = ExecuteOptions {
            stdin: run.stdin,
            argv0: run.argv0,
            args: run.args,
            cancel: run.cancel,
            ..Default::default()
        };
        if self.fresh {
            self.fresh = false;
            let mut env = vec![
                ("HOME".to_string(), HOME.to_string()),
                ("PATH".to_string(), PATH.to_string()),
                ("PWD".to_string(), self.cwd.clone()),
                ("USER".to_string(), USER.to_string()),
            ];
            env.extend(self.env.iter().cloned());
            opts.env = env;
            opts.cwd = Some(self.cwd.clone());
        }
        opts
    }

    /// Runs `script`, handing output to the callbacks as it is produced.
    pub async fn run_streaming(
        &mut self,
        script: &str,
        run: RunOptions,
        on_stdout: impl FnMut(&[u8]) + Send,
        on_stderr: impl FnMut(&[u8]) + Send,
    ) -> ExecResult {
        let opts = self.options(run);
        self.ws
            .execute_streaming(script, opts, on_stdout, on_stderr)
            .await
    }

    /// Runs `script` and collects its output.
    pub async fn run(&mut self, script: &str, run: RunOptions) -> ExecResult {
        let opts = self.options(run);
        self.ws.execute(script, opts).await
    }
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

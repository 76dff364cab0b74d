//! `mirage shell`: an interactive shell with rustyline.
//!
//! Line editing and in-memory history; input that the parser finds incomplete (an open
//! `if`, quote or `\`) keeps reading continuation lines under a `> ` prompt. Ctrl-C at the
//! prompt clears the line, Ctrl-C while a command runs cancels it, Ctrl-D exits with the
//! last status. Workspace state (cwd, variables, functions) lives on between lines.
//! When standard input is not a terminal, rustyline reads plain lines and no prompt is shown.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

use mirage_core::CancelHandle;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::cli::ShellArgs;
use crate::session::{HOME, RunOptions, Session};

/// The command currently running, for the Ctrl-C watcher.
type Current = Arc<Mutex<Option<CancelHandle>>>;

/// Runs the interactive shell; returns the exit status (that of the last command).
pub fn run(args: ShellArgs) -> anyhow::Result<i32> {
    let runtime = crate::runtime()?;
    let session = runtime.block_on(Session::build(&args.workspace))?;
    let mut editor = DefaultEditor::new()?;

    // One watcher for the whole session: SIGINT cancels whatever runs. At a terminal prompt
    // rustyline's raw mode turns Ctrl-C into a key instead, so it clears the line there.
    let current: Current = Arc::new(Mutex::new(None));
    {
        let current = current.clone();
        runtime.spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                if let Ok(guard) = current.lock()
                    && let Some(handle) = guard.as_ref()
                {
                    handle.cancel();
                }
            }
        });
    }

    let mut status = 0;
    let mut cwd = session.cwd();
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() {
            format!("mirage:{}$ ", tilde(&cwd))
        } else {
            "> ".to_string()
        };
        match editor.readline(&prompt) {
            Ok(line) => {
                buffer.push_str(&line);
                buffer.push('\n');
                if session.is_incomplete(&buffer) {
                    continue;
                }
                let script = std::mem::take(&mut buffer);
                if script.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(script.trim_end());
                let cancel = CancelHandle::new();
                set_current(&current, Some(cancel.clone()));
                let result = runtime.block_on(session.run_on_worker(
                    script.clone(),
                    RunOptions {
                        cancel: Some(cancel),
                        ..Default::default()
                    },
                    |chunk| write_out(&mut std::io::stdout(), chunk),
                    |chunk| write_out(&mut std::io::stderr(), chunk),
                ))?;
                set_current(&current, None);
                status = result.exit_code;
                if result.aborted && std::io::stderr().is_terminal() {
                    // Like bash after ^C: the next prompt starts on a fresh line.
                    eprintln!();
                }
                if result.exited {
                    break;
                }
                cwd = session.cwd();
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
            }
            Err(ReadlineError::Eof) => {
                if !buffer.is_empty() {
                    // Let the shell report what is missing, as bash does at end of input.
                    let result = runtime.block_on(session.run_on_worker(
                        std::mem::take(&mut buffer),
                        RunOptions::default(),
                        |chunk| write_out(&mut std::io::stdout(), chunk),
                        |chunk| write_out(&mut std::io::stderr(), chunk),
                    ))?;
                    status = result.exit_code;
                }
                break;
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(status)
}

/// Records the cancel handle of the running command (None between commands).
fn set_current(current: &Current, handle: Option<CancelHandle>) {
    if let Ok(mut guard) = current.lock() {
        *guard = handle;
    }
}

/// `/home/user/x` as `~/x`, like bash's `\w`.
fn tilde(cwd: &str) -> String {
    if cwd == HOME {
        "~".to_string()
    } else if let Some(rest) = cwd.strip_prefix(HOME).filter(|r| r.starts_with('/')) {
        format!("~{rest}")
    } else {
        cwd.to_string()
    }
}

/// Writes a chunk of output at once, ignoring a closed terminal or pipe.
fn write_out(w: &mut impl Write, chunk: &[u8]) {
    let _ = w.write_all(chunk);
    let _ = w.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompt_abbreviates_home() {
        assert_eq!(tilde("/home/user"), "~");
        assert_eq!(tilde("/home/user/src"), "~/src");
        assert_eq!(tilde("/home/username"), "/home/username");
        assert_eq!(tilde("/tmp"), "/tmp");
    }
}

//! `mirage exec`: run one script, stream its output, exit with its status.

use std::io::{IsTerminal, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context;
use mirage_core::CancelHandle;

use crate::cli::ExecArgs;
use crate::session::{RunOptions, Session};

/// The exit status after `--timeout` fired (as GNU `timeout`).
pub const TIMEOUT_EXIT_CODE: i32 = 124;
/// The exit status after Ctrl-C (128 + SIGINT).
pub const INTERRUPT_EXIT_CODE: i32 = 130;

/// What to run: the script text, `$0` and the positional arguments.
struct Script {
    text: String,
    argv0: String,
    /// Set for a FILE: bash's messages then read `FILE: line N: ...`.
    script_name: Option<String>,
    args: Vec<String>,
    /// The script came from standard input, so the run's stdin is empty.
    from_stdin: bool,
}

/// Works out the script from `-c`, FILE or `-`; reading it is a usage error (exit 2) on failure.
fn load_script(args: &ExecArgs) -> anyhow::Result<Script> {
    if let Some(text) = &args.command {
        return Ok(Script {
            text: text.clone(),
            argv0: "mirage".into(),
            script_name: None,
            args: args.rest.clone(),
            from_stdin: false,
        });
    }
    let Some((file, rest)) = args.rest.split_first() else {
        anyhow::bail!("exec needs -c SCRIPT, a FILE or - (try 'mirage exec --help')");
    };
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading the script from standard input")?;
        buf
    } else {
        std::fs::read(file).map_err(|e| anyhow::anyhow!("{file}: {}", io_reason(&e)))?
    };
    Ok(Script {
        text: String::from_utf8_lossy(&bytes).into_owned(),
        argv0: if file == "-" {
            "mirage".into()
        } else {
            file.clone()
        },
        script_name: (file != "-").then(|| file.clone()),
        args: rest.to_vec(),
        from_stdin: file == "-",
    })
}

/// The strerror-like text of a host I/O error, without Rust's `(os error N)` suffix.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        std::io::ErrorKind::IsADirectory => "Is a directory".into(),
        _ => e.to_string(),
    }
}

/// True when the host's stdin is a character device such as `/dev/null`: there is no data
/// to stream, and commands that look for piped input (`rg` without paths) must not see any.
fn stdin_is_device() -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::metadata("/proc/self/fd/0").is_ok_and(|m| m.file_type().is_char_device())
}

/// Standard input for the script: empty when the script itself came from stdin or stdin is
/// a terminal or a device; otherwise a stream fed by a reader thread, so the host's stdin is read only
/// as far as the script reads it (a stdin that never closes does not hold up a script that
/// ignores it). A closed or unreadable stdin reads as end of file.
fn stdin_stream(script: &Script) -> Option<mirage_core::io::Input> {
    let stdin = std::io::stdin();
    if script.from_stdin || stdin.is_terminal() || stdin_is_device() {
        return None;
    }
    let (writer, reader) = mirage_core::io::pipe();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match stdin.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let chunk = bytes::Bytes::copy_from_slice(&buf[..n]);
                    // Fails once the run is over and the reader is gone: stop then.
                    if futures::executor::block_on(writer.write_bytes(chunk)).is_err() {
                        break;
                    }
                }
            }
        }
    });
    Some(reader)
}

/// Runs `mirage exec`; returns the process exit status. `Err` is a usage or set-up error.
pub fn run(args: ExecArgs) -> anyhow::Result<i32> {
    let script = load_script(&args)?;
    let stdin = stdin_stream(&script);
    let runtime = crate::runtime()?;
    runtime.block_on(async move {
        let session = Session::build(&args.workspace).await?;
        let cancel = CancelHandle::new();

        let timed_out = Arc::new(AtomicBool::new(false));
        if let Some(timeout) = &args.timeout {
            // A plain thread: it fires even while the evaluator keeps a worker busy.
            let (flag, handle, after) = (timed_out.clone(), cancel.clone(), timeout.duration);
            std::thread::spawn(move || {
                std::thread::sleep(after);
                flag.store(true, Ordering::SeqCst);
                handle.cancel();
            });
        }
        let interrupted = Arc::new(AtomicBool::new(false));
        {
            let (flag, handle) = (interrupted.clone(), cancel.clone());
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    flag.store(true, Ordering::SeqCst);
                    handle.cancel();
                }
            });
        }

        let result = session
            .run_on_worker(
                script.text.clone(),
                RunOptions {
                    argv0: Some(script.argv0.clone()),
                    script_name: script.script_name.clone(),
                    args: script.args.clone(),
                    stdin_stream: stdin,
                    cancel: Some(cancel),
                    ..Default::default()
                },
                |chunk| write_out(&mut std::io::stdout(), chunk),
                |chunk| write_out(&mut std::io::stderr(), chunk),
            )
            .await?;
        let _ = std::io::stdout().flush();

        if timed_out.load(Ordering::SeqCst) {
            let text = args.timeout.as_ref().map_or("", |t| t.text.as_str());
            eprintln!("mirage: timed out after {text} s");
            return Ok(TIMEOUT_EXIT_CODE);
        }
        if interrupted.load(Ordering::SeqCst) {
            return Ok(INTERRUPT_EXIT_CODE);
        }
        Ok(result.exit_code)
    })
}

/// Writes one chunk of output as it comes. A closed pipe (`mirage ... | head`) is ignored:
/// the script keeps its own notion of broken pipes.
fn write_out(w: &mut impl Write, chunk: &[u8]) {
    let _ = w.write_all(chunk);
    let _ = w.flush();
}

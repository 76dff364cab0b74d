//! `tee`: copy standard input to standard output and to files (written through the VFS:
//! each file is created or truncated first, then appended to in large pieces).

use bytes::Bytes;

use crate::commands::args::Usage;
use crate::commands::{Ctx, file_error};
use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: tee [OPTION]... [FILE]...
Copy standard input to each FILE, and also to standard output.

  -a, --append              append to the given FILEs, do not overwrite
  -i, --ignore-interrupts   ignore interrupt signals
  -p                        diagnose errors writing to non pipes
      --output-error[=MODE]   set behavior on write error.  See MODE below
      --help        display this help and exit
      --version     output version information and exit

MODE determines behavior with write errors on the outputs:
  warn           diagnose errors writing to any output
  warn-nopipe    diagnose errors writing to any output not a pipe
  exit           exit on error writing to any output
  exit-nopipe    exit on error writing to any output not a pipe
The default MODE for the -p option is 'warn-nopipe'.
The default operation when --output-error is not specified, is to
exit immediately on error writing to a pipe, and diagnose errors
writing to non pipe outputs.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/tee>
or available locally via: info '(coreutils) tee invocation'
"#;

const SPEC: &str = "a|append i|ignore-interrupts p |output-error?";

/// File output is sent to the VFS once this much is pending.
const FILE_FLUSH: usize = 1 << 20;

/// Where one operand's copy goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    File,
    Null,
    Stdout,
    Stderr,
    /// A `>(...)` substitution.
    Proc,
}

struct Sink {
    target: Target,
    name: String,
    path: String,
    proc: Option<crate::io::Output>,
    pending: Vec<u8>,
    ok: bool,
}

fn fatal(e: &Error) -> bool {
    matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded)
}

async fn flush(ctx: &Ctx<'_>, sinks: &mut [Sink], status: &mut i32) -> Result<()> {
    for s in sinks.iter_mut().filter(|s| s.ok && !s.pending.is_empty()) {
        let data = Bytes::from(std::mem::take(&mut s.pending));
        let written = match s.target {
            Target::File => ctx.rt.vfs.append(&s.path, data).await,
            Target::Null => Ok(()),
            Target::Stdout => ctx.stdout.write_bytes(data).await,
            Target::Stderr => ctx.stderr.write_bytes(data).await,
            Target::Proc => match &s.proc {
                Some(out) => out.write_bytes(data).await,
                None => Ok(()),
            },
        };
        if let Err(e) = written {
            if fatal(&e) {
                return Err(e);
            }
            ctx.err(&file_error(&s.name, &e)).await?;
            s.ok = false;
            *status = 1;
        }
    }
    Ok(())
}

/// Runs `tee`.
pub fn tee<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Mike Parker, Richard M. Stallman, and David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let append = parsed.opts.iter().any(|(k, _)| *k == "a");
        let mut status = 0;
        let mut sinks = Vec::new();
        for name in &parsed.operands {
            let path = ctx.path(name);
            let proc = ctx.proc_output(name);
            let target = match path.as_str() {
                _ if proc.is_some() => Target::Proc,
                "/dev/null" => Target::Null,
                "/dev/stdout" | "/dev/fd/1" => Target::Stdout,
                "/dev/stderr" | "/dev/fd/2" => Target::Stderr,
                _ => Target::File,
            };
            let opened = if target != Target::File {
                Ok(())
            } else if append {
                ctx.rt.vfs.append(&path, Bytes::new()).await
            } else {
                ctx.rt.vfs.write(&path, Bytes::new()).await
            };
            match opened {
                Ok(()) => sinks.push(Sink {
                    target,
                    name: name.clone(),
                    path,
                    proc,
                    pending: Vec::new(),
                    ok: true,
                }),
                Err(e) if fatal(&e) => return Err(e),
                Err(e) => {
                    ctx.err(&file_error(name, &e)).await?;
                    status = 1;
                }
            }
        }
        let mut pending = 0;
        loop {
            ctx.check()?;
            let chunk = match ctx.stdin.read_chunk().await {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) if fatal(&e) => return Err(e),
                Err(e) => {
                    ctx.err(&file_error("-", &e)).await?;
                    status = 1;
                    break;
                }
            };
            for s in sinks.iter_mut().filter(|s| s.ok) {
                s.pending.extend_from_slice(&chunk);
            }
            pending += chunk.len();
            if sinks.iter().any(|s| s.target != Target::File) {
                pending = FILE_FLUSH;
            }
            if let Err(e) = ctx.stdout.write_bytes(chunk).await {
                flush(ctx, &mut sinks, &mut status).await?;
                return Err(e);
            }
            if pending >= FILE_FLUSH {
                flush(ctx, &mut sinks, &mut status).await?;
                pending = 0;
            }
        }
        flush(ctx, &mut sinks, &mut status).await?;
        Ok(status)
    })
}

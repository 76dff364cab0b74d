//! `sed`: the GNU stream editor (4.9): options, script assembly and exit statuses. The
//! compiled form is in `program`, the compiler in `parse`, the machine in `exec` (with
//! byte helpers in `text`), the input stream in `input`, sed's regex rules in `regex`.
//! `e` and `s///e` run their command through mirage's own `sh` (nothing is spawned).
//! Not supported: `--debug` output (accepted, ignored) and `--posix`'s stricter regexes.

mod exec;
mod input;
mod parse;
mod program;
mod regex;
mod text;

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

use exec::{Fail, Machine, Opts};
use input::Reader;
use program::{Flags, Origin};

const HELP: &str = "Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
";

const VERSION: &str = "sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
";

const SPEC: &str = "n|quiet|silent |debug e|expression= f|file= |follow-symlinks i|in-place? \
                    l|line-length= |posix E|regexp-extended r s|separate |sandbox u|unbuffered \
                    z|null-data |help |version b|binary";

/// Runs `sed`.
pub fn sed<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move { run(ctx).await })
}

async fn usage_error(ctx: &Ctx<'_>, msg: Option<&str>) -> Result<i32> {
    if let Some(m) = msg {
        ctx.err(m).await?;
    }
    // The usage on stderr lacks the bug-report line of `--help`.
    let text = HELP.trim_end_matches("E-mail bug reports to: <bug-sed@gnu.org>.\n");
    ctx.stderr.write_str(text).await?;
    Ok(1)
}

async fn run(ctx: &mut Ctx<'_>) -> Result<i32> {
    let args = ctx.args.get(1..).unwrap_or(&[]).to_vec();
    let mut p = Parser::new(SPEC, &args);
    let mut chunks: Vec<(String, Origin)> = Vec::new();
    let mut operands = Vec::new();
    let mut opts = Opts {
        line_len: 70,
        ..Opts::default()
    };
    let mut flags = Flags::default();
    let mut exprs = 0;
    loop {
        match p.next_arg() {
            Ok(None) => break,
            Ok(Some(Arg::Operand(o))) => operands.push(o),
            Ok(Some(Arg::Opt(key, v))) => match key {
                "help" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(0);
                }
                "version" => {
                    ctx.stdout.write_str(VERSION).await?;
                    return Ok(0);
                }
                "n" => opts.quiet = true,
                "e" => {
                    exprs += 1;
                    chunks.push((v.unwrap_or_default(), Origin::Expr(exprs)));
                }
                "f" => {
                    let name = v.unwrap_or_default();
                    let data = if name == "-" || name == "/dev/stdin" {
                        ctx.stdin.read_all().await.map(bytes::Bytes::from)
                    } else {
                        ctx.rt.vfs.read(&ctx.path(&name)).await
                    };
                    match data {
                        Ok(d) => {
                            let text = String::from_utf8_lossy(&d).into_owned();
                            chunks.push((text, Origin::File(name)));
                        }
                        Err(e)
                            if matches!(
                                e.kind(),
                                ErrorKind::Cancelled | ErrorKind::LimitExceeded
                            ) =>
                        {
                            return Err(e);
                        }
                        Err(e) => {
                            ctx.err(&format!("couldn't open file {name}: {}", e.reason()))
                                .await?;
                            return Ok(4);
                        }
                    }
                }
                "i" => {
                    opts.in_place = Some(v.unwrap_or_default());
                    opts.separate = true;
                }
                "l" => {
                    let s = v.unwrap_or_default();
                    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
                    opts.line_len = digits.parse().unwrap_or(0);
                }
                "posix" => {
                    opts.posix = true;
                    flags.posix = true;
                }
                "E" | "r" => flags.extended = true,
                "sandbox" => flags.sandbox = true,
                "s" => opts.separate = true,
                "u" => opts.unbuffered = true,
                "z" => {
                    opts.nul = true;
                    flags.nul = true;
                }
                _ => {}
            },
            Err(e) => return usage_error(ctx, Some(&e.0)).await,
        }
    }
    if chunks.is_empty() {
        if operands.is_empty() {
            return usage_error(ctx, None).await;
        }
        let script = operands.remove(0);
        chunks.push((script, Origin::Expr(1)));
    }
    let prog = match parse::compile(&chunks, flags) {
        Ok(p) => p,
        Err(e) => {
            ctx.err(&e.msg).await?;
            return Ok(e.status);
        }
    };
    if prog.quiet {
        opts.quiet = true;
    }
    if operands.is_empty() {
        if opts.in_place.is_some() {
            ctx.err("no input files").await?;
            return Ok(4);
        }
        operands.push("-".to_string());
    }
    let delim = if opts.nul { 0 } else { b'\n' };
    let mut reader = Reader::new(operands, delim, opts.in_place.is_some());
    let mut machine = Machine::new(&prog, opts);
    if let Err(Fail(msg, status)) = machine.open_wfiles(ctx).await {
        ctx.err(&msg).await?;
        return Ok(status);
    }
    match machine.run(ctx, &mut reader).await? {
        Ok(code) => Ok(if code != 0 && reader.status != 4 {
            code
        } else {
            reader.status
        }),
        Err(Fail(msg, status)) => {
            ctx.err(&msg).await?;
            Ok(status)
        }
    }
}

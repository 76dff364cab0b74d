//! `cat`: concatenate files to standard output (GNU coreutils semantics).

use bytes::Bytes;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::{Ctx, file_error, stream};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = "Usage: cat [OPTION]... [FILE]...
Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

  -A, --show-all           equivalent to -vET
  -b, --number-nonblank    number nonempty output lines, overrides -n
  -e                       equivalent to -vE
  -E, --show-ends          display $ at end of each line
  -n, --number             number all output lines
  -s, --squeeze-blank      suppress repeated empty output lines
  -t                       equivalent to -vT
  -T, --show-tabs          display TAB characters as ^I
  -u                       (ignored)
  -v, --show-nonprinting   use ^ and M- notation, except for LFD and TAB
      --help        display this help and exit
      --version     output version information and exit
";

/// The options in GNU cat's table order (it decides how ambiguous prefixes are listed).
const SPEC: &str = "b|number-nonblank n|number s|squeeze-blank v|show-nonprinting E|show-ends \
                    T|show-tabs A|show-all e t u";

#[derive(Default)]
struct Opts {
    number: bool,
    nonblank: bool,
    ends: bool,
    squeeze: bool,
    tabs: bool,
    nonprinting: bool,
}

impl Opts {
    fn plain(&self) -> bool {
        !(self.number
            || self.nonblank
            || self.ends
            || self.squeeze
            || self.tabs
            || self.nonprinting)
    }
}

/// State carried across files, like GNU cat (line numbers continue).
#[derive(Default)]
struct Fmt {
    line: u64,
    at_line_start: bool,
    blank_run: u32,
}

fn render(opts: &Opts, st: &mut Fmt, data: &[u8], out: &mut Vec<u8>) {
    for line in data.split_inclusive(|&b| b == b'\n') {
        let has_nl = line.last() == Some(&b'\n');
        let body = if has_nl {
            &line[..line.len() - 1]
        } else {
            line
        };
        if st.at_line_start {
            let blank = body.is_empty() && has_nl;
            if blank {
                st.blank_run += 1;
                if opts.squeeze && st.blank_run > 1 {
                    continue;
                }
            } else {
                st.blank_run = 0;
            }
            if opts.nonblank {
                if !blank {
                    st.line += 1;
                    out.extend_from_slice(format!("{:>6}\t", st.line).as_bytes());
                }
            } else if opts.number {
                st.line += 1;
                out.extend_from_slice(format!("{:>6}\t", st.line).as_bytes());
            }
        }
        for &b in body {
            match b {
                b'\t' if opts.tabs => out.extend_from_slice(b"^I"),
                b'\t' => out.push(b),
                _ if opts.nonprinting => push_visible(b, out),
                _ => out.push(b),
            }
        }
        if has_nl {
            if opts.ends {
                out.push(b'$');
            }
            out.push(b'\n');
        }
        st.at_line_start = has_nl;
    }
}

fn push_visible(b: u8, out: &mut Vec<u8>) {
    let mut c = b;
    if c >= 128 {
        out.extend_from_slice(b"M-");
        c -= 128;
    }
    if c < 32 {
        out.push(b'^');
        out.push(c + 64);
    } else if c == 127 {
        out.extend_from_slice(b"^?");
    } else {
        out.push(c);
    }
}

/// Runs `cat`.
pub fn cat<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Torbjorn Granlund and Richard M. Stallman",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut opts = Opts::default();
        for (key, _) in &parsed.opts {
            match *key {
                "A" => {
                    opts.nonprinting = true;
                    opts.ends = true;
                    opts.tabs = true;
                }
                "b" => opts.nonblank = true,
                "e" => {
                    opts.nonprinting = true;
                    opts.ends = true;
                }
                "E" => opts.ends = true,
                "n" => opts.number = true,
                "s" => opts.squeeze = true,
                "t" => {
                    opts.nonprinting = true;
                    opts.tabs = true;
                }
                "T" => opts.tabs = true,
                "v" => opts.nonprinting = true,
                _ => {}
            }
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        let mut status = 0;
        let mut fmt = Fmt {
            at_line_start: true,
            ..Fmt::default()
        };
        let plain = opts.plain();
        // Standard input streams chunk by chunk; files are read in batches.
        let mut i = 0;
        while i < files.len() {
            ctx.check()?;
            if endless(&files[i]) {
                // `/dev/zero` streams without end: the reader closing the pipe stops it.
                let input = match files[i].as_str() {
                    "/dev/zero" => crate::io::Input::zero(),
                    f if stream::is_random(f) => crate::io::Input::random(stream::seed(ctx)),
                    _ => ctx.stdin.clone(),
                };
                loop {
                    ctx.check()?;
                    match input.read_chunk().await {
                        Ok(Some(chunk)) => emit(ctx, &opts, plain, &mut fmt, chunk).await?,
                        Ok(None) => break,
                        Err(e)
                            if matches!(
                                e.kind(),
                                ErrorKind::Cancelled | ErrorKind::LimitExceeded
                            ) =>
                        {
                            return Err(e);
                        }
                        Err(e) => {
                            ctx.err(&file_error("-", &e)).await?;
                            status = 1;
                            break;
                        }
                    }
                }
                i += 1;
                continue;
            }
            let mut j = i;
            while j < files.len() && !endless(&files[j]) && j - i < 256 {
                j += 1;
            }
            let results = ctx.read_files(&files[i..j]).await;
            for (k, r) in results.into_iter().enumerate() {
                match r {
                    Ok(data) => emit(ctx, &opts, plain, &mut fmt, data).await?,
                    Err(e)
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                    {
                        return Err(e);
                    }
                    Err(e) => {
                        ctx.err(&file_error(&files[i + k], &e)).await?;
                        status = 1;
                    }
                }
            }
            i = j;
        }
        Ok(status)
    })
}

/// Operands read as streams rather than files: standard input and the endless devices.
fn endless(f: &str) -> bool {
    stream::is_stdin(f) || f == "/dev/zero" || stream::is_random(f)
}

async fn emit(ctx: &Ctx<'_>, opts: &Opts, plain: bool, fmt: &mut Fmt, data: Bytes) -> Result<()> {
    if plain {
        return ctx.stdout.write_bytes(data).await;
    }
    let mut out = Vec::with_capacity(data.len() + 16);
    render(opts, fmt, &data, &mut out);
    ctx.stdout.write(&out).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(opts: Opts, input: &str) -> String {
        let mut st = Fmt {
            at_line_start: true,
            ..Fmt::default()
        };
        let mut out = Vec::new();
        render(&opts, &mut st, input.as_bytes(), &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn numbering_and_ends() {
        let o = Opts {
            number: true,
            ..Opts::default()
        };
        assert_eq!(run(o, "a\n\nb"), "     1\ta\n     2\t\n     3\tb");
        let o = Opts {
            nonblank: true,
            ends: true,
            ..Opts::default()
        };
        assert_eq!(run(o, "a\n\nb\n"), "     1\ta$\n$\n     2\tb$\n");
        let o = Opts {
            squeeze: true,
            ..Opts::default()
        };
        assert_eq!(run(o, "a\n\n\n\nb\n"), "a\n\nb\n");
        let o = Opts {
            nonprinting: true,
            tabs: true,
            ..Opts::default()
        };
        assert_eq!(run(o, "\x01\t\x7f\u{e9}\n"), "^A^I^?M-CM-)\n");
    }
}

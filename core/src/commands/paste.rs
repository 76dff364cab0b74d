//! `paste`: merge lines of files side by side or, with `-s`, each file into one line
//! (GNU coreutils semantics). Operands are read whole; every `-` takes turns reading
//! lines of the one standard input.

use bytes::Bytes;

use crate::commands::args::Usage;
use crate::commands::textio::{Out, read_one, split_lines};
use crate::commands::{Ctx, file_error};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: paste [OPTION]... [FILE]...
Write lines consisting of the sequentially corresponding lines from
each FILE, separated by TABs, to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -d, --delimiters=LIST   reuse characters from LIST instead of TABs
  -s, --serial            paste one file at a time instead of in parallel
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/paste>
or available locally via: info '(coreutils) paste invocation'
"#;

const SPEC: &str = "d|delimiters= s|serial z|zero-terminated";

/// The `-d` list: each entry is zero or one byte (`\0` is "no delimiter").
fn parse_delims(s: &str) -> std::result::Result<Vec<Vec<u8>>, ()> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(vec![b[i]]);
            i += 1;
            continue;
        }
        let Some(&c) = b.get(i + 1) else {
            return Err(());
        };
        out.push(match c {
            b'0' => Vec::new(),
            b'n' => vec![b'\n'],
            b't' => vec![b'\t'],
            b'b' => vec![8],
            b'f' => vec![12],
            b'r' => vec![b'\r'],
            b'v' => vec![11],
            other => vec![other],
        });
        i += 2;
    }
    Ok(out)
}

/// Runs `paste`.
pub fn paste<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "David M. Ihnat and David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut delims = vec![vec![b'\t']];
        let mut serial = false;
        let mut eol = b'\n';
        for (k, v) in &parsed.opts {
            match *k {
                "d" => {
                    let v = v.as_deref().unwrap_or("");
                    match parse_delims(v) {
                        Ok(d) if d.is_empty() => delims = vec![Vec::new()],
                        Ok(d) => delims = d,
                        Err(()) => {
                            let msg =
                                format!("delimiter list ends with an unescaped backslash: {v}");
                            ctx.err(&msg).await?;
                            return Ok(1);
                        }
                    }
                }
                "s" => serial = true,
                "z" => eol = b'\0',
                _ => {}
            }
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        let mut stdin_data: Option<Bytes> = None;
        let mut datas: Vec<Option<Bytes>> = Vec::with_capacity(files.len());
        let file_ops: Vec<String> = files
            .iter()
            .filter(|f| *f != "-" && *f != "/dev/stdin")
            .cloned()
            .collect();
        let mut read = ctx.read_files(&file_ops).await.into_iter();
        for f in &files {
            if f == "-" || f == "/dev/stdin" {
                if stdin_data.is_none() {
                    match read_one(ctx, "-").await {
                        Ok(d) => stdin_data = Some(d),
                        Err(e) => return fail(ctx, "-", e).await,
                    }
                }
                datas.push(None);
            } else {
                match read.next() {
                    Some(Ok(d)) => datas.push(Some(d)),
                    Some(Err(e)) => return fail(ctx, f, e).await,
                    None => datas.push(Some(Bytes::new())),
                }
            }
        }
        let stdin_bytes = stdin_data.unwrap_or_default();
        let stdin_lines = split_lines(&stdin_bytes, eol);
        let mut stdin_at = 0;
        let lines: Vec<Vec<&[u8]>> = datas
            .iter()
            .map(|d| d.as_ref().map(|d| split_lines(d, eol)).unwrap_or_default())
            .collect();
        let mut out = Out::default();
        if serial {
            for (i, d) in datas.iter().enumerate() {
                let own: &[&[u8]] = if d.is_some() {
                    &lines[i]
                } else {
                    let rest = stdin_lines.get(stdin_at..).unwrap_or(&[]);
                    stdin_at = stdin_lines.len();
                    rest
                };
                for (j, l) in own.iter().enumerate() {
                    if j > 0 {
                        out.buf.extend_from_slice(&delims[(j - 1) % delims.len()]);
                    }
                    out.buf.extend_from_slice(l);
                }
                out.buf.push(eol);
                out.maybe_flush(ctx).await?;
            }
        } else {
            let mut row = 0;
            loop {
                ctx.check()?;
                let mut any = false;
                let start = out.buf.len();
                for (i, d) in datas.iter().enumerate() {
                    let line = if d.is_some() {
                        lines[i].get(row).copied()
                    } else {
                        stdin_at += 1;
                        stdin_lines.get(stdin_at - 1).copied()
                    };
                    if let Some(l) = line {
                        any = true;
                        out.buf.extend_from_slice(l);
                    }
                    if i + 1 < datas.len() {
                        out.buf.extend_from_slice(&delims[i % delims.len()]);
                    }
                }
                if !any {
                    out.buf.truncate(start);
                    break;
                }
                out.buf.push(eol);
                out.maybe_flush(ctx).await?;
                row += 1;
            }
        }
        out.flush(ctx).await?;
        Ok(0)
    })
}

async fn fail(ctx: &Ctx<'_>, name: &str, e: crate::error::Error) -> Result<i32> {
    if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
        return Err(e);
    }
    ctx.err(&file_error(name, &e)).await?;
    Ok(1)
}

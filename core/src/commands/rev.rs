//! `rev`: reverse the characters of each line (util-linux semantics; UTF-8 characters
//! stay whole, invalid bytes are reversed as single bytes).

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, file_error};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const VERSION: &str = "rev from util-linux 2.38.1\n";

/// Appends `line` (without its newline) reversed character by character.
fn reverse_line(line: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    for chunk in line.utf8_chunks() {
        for c in chunk.valid().chars() {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            out.extend(s.as_bytes().iter().rev());
        }
        out.extend_from_slice(chunk.invalid());
    }
    // Characters were pushed with their bytes reversed: reversing the whole line puts
    // every character back in order while reversing their sequence.
    out[start..].reverse();
}

/// Runs `rev`.
pub fn rev<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/rev.txt"),
            version: VERSION,
            status: 1,
        };
        let parsed = match args::parse(ctx, "h|help V|version", usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        for (key, _) in &parsed.opts {
            match *key {
                "h" => {
                    ctx.stdout.write_str(include_str!("help/rev.txt")).await?;
                    return Ok(0);
                }
                "V" => {
                    ctx.stdout.write_str(VERSION).await?;
                    return Ok(0);
                }
                _ => {}
            }
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        let mut out = OutBuf::new(&ctx.stdout);
        let mut status = 0;
        for chunk in files.chunks(256) {
            let results = ctx.read_files(chunk).await;
            for (name, r) in chunk.iter().zip(results) {
                ctx.check()?;
                match r {
                    Ok(data) => {
                        for line in data.split_inclusive(|&b| b == b'\n') {
                            let (body, nl) = match line.strip_suffix(b"\n") {
                                Some(b) => (b, true),
                                None => (line, false),
                            };
                            reverse_line(body, out.buf());
                            if nl {
                                out.buf().push(b'\n');
                            }
                            out.maybe_flush().await?;
                        }
                    }
                    Err(e) if fatal(&e) => return Err(e),
                    Err(e) => {
                        out.flush().await?;
                        let msg = match e.kind() {
                            ErrorKind::IsADirectory => format!("{name}: 0: {}", e.reason()),
                            _ => format!("cannot open {}", file_error(name, &e)),
                        };
                        ctx.err(&msg).await?;
                        status = 1;
                    }
                }
            }
        }
        out.flush().await?;
        Ok(status)
    })
}

#[cfg(test)]
mod tests {
    use super::reverse_line;

    #[test]
    fn reverses_characters() {
        let cases: [(&[u8], &[u8]); 4] = [
            (b"abc", b"cba"),
            ("héllo".as_bytes(), "olléh".as_bytes()),
            (b"", b""),
            (b"a\xffb", b"b\xffa"),
        ];
        for (line, want) in cases {
            let mut out = Vec::new();
            reverse_line(line, &mut out);
            assert_eq!(out, want, "{line:?}");
        }
    }
}

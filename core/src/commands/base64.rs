//! `base64`: encode or decode base64 (GNU coreutils semantics: 76-column wrapping, `-w`,
//! `-d` accepting newlines and padded groups back to back, `-i` skipping garbage, the
//! decoded prefix printed before `invalid input`).
//!
//! The one operand is read whole (`read_files`); standard input too.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

fn sextet(b: u8) -> Option<u32> {
    Some(match b {
        b'A'..=b'Z' => b - b'A',
        b'a'..=b'z' => b - b'a' + 26,
        b'0'..=b'9' => b - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes like GNU: groups of four, `=` padding ending a group; returns the bytes
/// decoded before the first error and whether the input was valid.
fn decode(input: &[u8], ignore_garbage: bool) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut n = 0; // sextets in the current group
    let mut pad = 0; // '=' seen in the current group
    for &b in input {
        if b == b'\n' {
            continue;
        }
        if b == b'=' {
            if n < 2 {
                return (out, false);
            }
            pad += 1;
            if n + pad == 4 {
                flush_group(&mut out, acc, n);
                acc = 0;
                n = 0;
                pad = 0;
            }
            continue;
        }
        let Some(v) = sextet(b) else {
            if ignore_garbage {
                continue;
            }
            flush_group(&mut out, acc, n);
            return (out, false);
        };
        if pad > 0 {
            return (out, false);
        }
        acc = (acc << 6) | v;
        n += 1;
        if n == 4 {
            flush_group(&mut out, acc, 4);
            acc = 0;
            n = 0;
        }
    }
    if n > 0 || pad > 0 {
        flush_group(&mut out, acc, n);
        return (out, false);
    }
    (out, true)
}

/// Appends the whole bytes held by `n` sextets in `acc`.
fn flush_group(out: &mut Vec<u8>, acc: u32, n: u32) {
    let bits = n * 6;
    let bytes = bits / 8;
    for i in 0..bytes {
        let shift = bits - 8 * (i + 1);
        out.push((acc >> shift) as u8);
    }
}

/// Runs `base64`.
pub fn base64<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/base64.txt"),
            version: "Simon Josefsson",
            status: 1,
        };
        let spec = "d|decode i|ignore-garbage w|wrap=";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut decode_mode = false;
        let mut garbage = false;
        let mut wrap: usize = 76;
        for (key, v) in &parsed.opts {
            match *key {
                "d" => decode_mode = true,
                "i" => garbage = true,
                "w" => {
                    let v = v.clone().unwrap_or_default();
                    match v.parse::<u64>() {
                        Ok(n) => wrap = usize::try_from(n).unwrap_or(usize::MAX),
                        Err(_) => {
                            ctx.err(&format!("invalid wrap size: {}", quote_locale(&v)))
                                .await?;
                            return Ok(1);
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(extra) = parsed.operands.get(1) {
            ctx.err(&format!("extra operand {}", quote_locale(extra)))
                .await?;
            args::try_help(ctx).await?;
            return Ok(1);
        }
        let name = parsed
            .operands
            .first()
            .cloned()
            .unwrap_or_else(|| "-".into());
        let data = match ctx.read_files(std::slice::from_ref(&name)).await.pop() {
            Some(Ok(d)) => d,
            Some(Err(e)) if fatal(&e) => return Err(e),
            Some(Err(e)) if e.kind() == ErrorKind::IsADirectory => {
                ctx.err(&format!("read error: {}", e.reason())).await?;
                return Ok(1);
            }
            Some(Err(e)) => {
                ctx.err(&file_error(&name, &e)).await?;
                return Ok(1);
            }
            None => return Ok(1),
        };
        let mut out = OutBuf::new(&ctx.stdout);
        if decode_mode {
            let (bytes, ok) = decode(&data, garbage);
            out.put(&bytes).await?;
            out.flush().await?;
            if !ok {
                ctx.err("invalid input").await?;
                return Ok(1);
            }
            return Ok(0);
        }
        let enc = STANDARD.encode(&data);
        if wrap == 0 {
            out.put(enc.as_bytes()).await?;
        } else {
            for line in enc.as_bytes().chunks(wrap) {
                ctx.check()?;
                out.put(line).await?;
                out.put(b"\n").await?;
            }
        }
        out.flush().await?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_like_gnu() {
        let cases: [(&str, bool, &str, bool); 7] = [
            ("YWJj\nZGVm\n", false, "abcdef", true),
            ("YQ==YQ==", false, "aa", true),
            ("YQ", false, "a", false),
            ("YWJ", false, "ab", false),
            ("YWJj!ZGVm", false, "abc", false),
            ("Y Q==", true, "a", true),
            ("Y Q==", false, "", false),
        ];
        for (input, garbage, want, ok) in cases {
            let (out, valid) = decode(input.as_bytes(), garbage);
            assert_eq!(
                (String::from_utf8_lossy(&out).as_ref(), valid),
                (want, ok),
                "{input:?}"
            );
        }
    }
}

//! `cksum`: the POSIX 32-bit CRC and byte count of each file (GNU coreutils' default
//! algorithm). `-a md5|sha1|sha256|sha512` hands the files to the matching `*sum` command
//! (`--tag` lines unless `--untagged`); the other digests are not available here.
//!
//! Files are read whole in batches through `read_files`; standard input is read whole.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "a|algorithm= c|check l|length= |tag |untagged z|zero |ignore-missing \
                    |quiet |status |strict w|warn |debug";
/// Files per `read_files` call.
const BATCH: usize = 64;

/// The CRC table of the polynomial 0x04C11DB7 (most significant bit first).
const TABLE: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u32) << 24;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000_0000 != 0 {
                (c << 1) ^ 0x04C1_1DB7
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

fn step(c: u32, b: u8) -> u32 {
    (c << 8) ^ TABLE[usize::from((c >> 24) as u8 ^ b)]
}

/// POSIX `cksum`: the CRC of the data followed by its length's bytes, complemented.
fn crc(data: &[u8]) -> u32 {
    let mut c = data.iter().fold(0u32, |c, &b| step(c, b));
    let mut n = data.len() as u64;
    while n > 0 {
        c = step(c, n as u8);
        n >>= 8;
    }
    !c
}

/// Runs `cksum`.
pub fn cksum<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/cksum.txt"),
            version: "Padraig Brady and Q. Frank Xia",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let algo = parsed
            .opts
            .iter()
            .rev()
            .find(|(k, _)| *k == "a")
            .and_then(|(_, v)| v.clone());
        if let Some(a) = algo.filter(|a| a != "crc") {
            let tool = match a.as_str() {
                "md5" | "sha1" | "sha256" | "sha512" => format!("{a}sum"),
                _ => {
                    ctx.err(&format!("{}: unsupported algorithm", quote_locale(&a)))
                        .await?;
                    return Ok(1);
                }
            };
            let mut argv = vec![tool];
            let untagged = parsed.opts.iter().any(|(k, _)| *k == "untagged");
            let check = parsed.opts.iter().any(|(k, _)| *k == "c");
            if !untagged && !check {
                argv.push("--tag".to_string());
            }
            for (k, _) in &parsed.opts {
                match *k {
                    "c" => argv.push("-c".to_string()),
                    "z" => argv.push("-z".to_string()),
                    "w" => argv.push("-w".to_string()),
                    "ignore-missing" | "quiet" | "status" | "strict" => argv.push(format!("--{k}")),
                    _ => {}
                }
            }
            argv.push("--".to_string());
            argv.extend(parsed.operands);
            let (i, o, e) = (ctx.stdin.clone(), ctx.stdout.clone(), ctx.stderr.clone());
            return ctx.spawn(argv, None, i, o, e).await;
        }
        let mut files = parsed.operands;
        let named = !files.is_empty();
        if !named {
            files.push("-".to_string());
        }
        let mut status = 0;
        let mut out = String::new();
        for chunk in files.chunks(BATCH) {
            ctx.check()?;
            let results = ctx.read_files(chunk).await;
            for (name, r) in chunk.iter().zip(results) {
                match r {
                    Ok(data) => {
                        out.push_str(&format!("{} {}", crc(&data), data.len()));
                        if named {
                            out.push(' ');
                            out.push_str(name);
                        }
                        out.push('\n');
                    }
                    Err(e) if e.kind() == ErrorKind::IsADirectory => {
                        // GNU 9.1 prints an empty checksum for a directory.
                        out.push_str(&format!("{} 0 {name}\n", crc(b"")));
                    }
                    Err(e)
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                    {
                        return Err(e);
                    }
                    Err(e) => {
                        ctx.stdout.write_str(&out).await?;
                        out.clear();
                        ctx.err(&file_error(name, &e)).await?;
                        status = 1;
                    }
                }
            }
            ctx.stdout.write_str(&out).await?;
            out.clear();
        }
        Ok(status)
    })
}

#[cfg(test)]
mod tests {
    use super::crc;

    #[test]
    fn posix_crc() {
        let cases: [(&[u8], u32); 2] = [(b"", 4_294_967_295), (b"hello", 3_287_646_509)];
        for (data, want) in cases {
            assert_eq!(crc(data), want);
        }
    }
}

//! Streams stdin to stdout in chunks, upper-casing ASCII: a filter for pipelines.

use std::io::{Read, Write};

fn main() {
    let mut buf = vec![0u8; 64 * 1024];
    let mut out = std::io::stdout().lock();
    let mut input = std::io::stdin().lock();
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(_) => std::process::exit(1),
        };
        buf[..n].make_ascii_uppercase();
        if out.write_all(&buf[..n]).is_err() {
            std::process::exit(1);
        }
    }
    let _ = out.flush();
}

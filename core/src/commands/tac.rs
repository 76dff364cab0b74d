//! `tac`: concatenate and print files in reverse (GNU coreutils semantics; `-s`, `-b`;
//! `-r` takes the separator as a regular expression).
//!
//! Files are read whole in batches through `read_files` (GNU seeks from the end; a record
//! can only be printed once the one after it is known, so the whole input is needed).

use regex::bytes::Regex;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

/// The records of `data` in reverse order, with separators matched by `find`
/// (start, end of each separator), attached after (or before with `before`).
fn reverse(data: &[u8], seps: &[(usize, usize)], before: bool, out: &mut Vec<u8>) {
    // Cut points: records are data[cuts[k]..cuts[k+1]].
    let mut cuts = vec![0];
    for &(s, e) in seps {
        cuts.push(if before { s } else { e });
    }
    cuts.push(data.len());
    cuts.dedup();
    for w in cuts.windows(2).rev() {
        if let [a, b] = *w {
            out.extend_from_slice(&data[a..b]);
        }
    }
}

fn separators(data: &[u8], sep: &[u8], re: Option<&Regex>) -> Vec<(usize, usize)> {
    if let Some(re) = re {
        // GNU searches backwards: the rightmost position where the (anchored) expression
        // matches, then again before that match.
        let mut found = Vec::new();
        let mut limit = data.len();
        let mut s = limit;
        while s > 0 {
            s -= 1;
            if let Some(m) = re.find(&data[s..limit])
                && m.end() > 0
            {
                found.push((s, s + m.end()));
                limit = s;
            }
        }
        found.reverse();
        return found;
    }
    if sep.is_empty() {
        return Vec::new();
    }
    if sep.len() == 1 {
        return memchr::memchr_iter(sep[0], data)
            .map(|p| (p, p + 1))
            .collect();
    }
    memchr::memmem::find_iter(data, sep)
        .map(|p| (p, p + sep.len()))
        .collect()
}

/// Runs `tac`.
pub fn tac<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/tac.txt"),
            version: "Jay Lepreau and David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, "b|before r|regex s|separator=", usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut before = false;
        let mut regex = false;
        let mut sep = "\n".to_string();
        for (key, v) in &parsed.opts {
            match *key {
                "b" => before = true,
                "r" => regex = true,
                "s" => sep = v.clone().unwrap_or_default(),
                _ => {}
            }
        }
        let re = if regex {
            match Regex::new(&format!("^(?:{sep})")) {
                Ok(r) => Some(r),
                Err(_) => {
                    ctx.err(&format!("invalid regular expression: {sep}"))
                        .await?;
                    return Ok(1);
                }
            }
        } else {
            None
        };
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
                        let seps = separators(&data, sep.as_bytes(), re.as_ref());
                        reverse(&data, &seps, before, out.buf());
                        out.maybe_flush().await?;
                    }
                    Err(e) if fatal(&e) => return Err(e),
                    Err(e) => {
                        out.flush().await?;
                        let msg = if e.kind() == ErrorKind::IsADirectory {
                            format!("{}: read error: Invalid argument", name)
                        } else {
                            format!(
                                "failed to open {} for reading: {}",
                                quote_always(name),
                                e.reason()
                            )
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
    use super::*;

    #[test]
    fn reverses_records() {
        let cases: [(&str, &str, bool, &str); 5] = [
            ("a\nb\nc\n", "\n", false, "c\nb\na\n"),
            ("a\nb", "\n", false, "ba\n"),
            ("a\nb\n", "b", false, "\na\nb"),
            ("a\nb\nc\n", "\n", true, "\n\nc\nba"),
            ("x--y--", "--", false, "y--x--"),
        ];
        for (data, sep, before, want) in cases {
            let mut out = Vec::new();
            let seps = separators(data.as_bytes(), sep.as_bytes(), None);
            reverse(data.as_bytes(), &seps, before, &mut out);
            assert_eq!(String::from_utf8_lossy(&out), want, "{data:?} {sep:?}");
        }
    }
}

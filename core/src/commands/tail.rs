//! `tail`: output the last part of files (GNU coreutils semantics, obsolete `tail -5`,
//! `tail +5`).
//!
//! Reading strategy: the last lines or bytes of a file are read as ranges from its end,
//! growing backwards (64 KiB first) until enough line delimiters are seen, so `tail -1` of
//! a 1 GiB file reads one range; `-n +N` / `-c +N` stream forwards from the start (with
//! `-c +N` the first N-1 bytes are skipped without reading). Standard input is read whole.
//! `-f` / `-F` are accepted and ignored: a sandboxed run cannot wait for a file to grow, so
//! tail prints what is there and exits, like GNU with a non-follow operand.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::head::{Headers, Part, each_file};
use crate::commands::stream::{FIRST_STEP, MAX_STEP, OutBuf, Stream, parse_size};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Count {
    /// The last N.
    Last(u64),
    /// From the Nth on (1-based).
    From(u64),
}

struct Job {
    count: Count,
    bytes: bool,
    delim: u8,
}

/// Rewrites an obsolete first argument (`-5`, `+5`, `-5c`, `+2l`, `-3f`) into modern
/// options.
fn obsolete_tail(arg: &str) -> Option<Vec<String>> {
    let sign = arg.chars().next()?;
    if sign != '-' && sign != '+' {
        return None;
    }
    let rest = &arg[1..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let (num, letters) = rest.split_at(digits);
    let (flag, mult, letters) = match letters.as_bytes().first() {
        Some(b'c') => ("-c", "", &letters[1..]),
        Some(b'b') => ("-c", "b", &letters[1..]),
        Some(b'l') => ("-n", "", &letters[1..]),
        _ => ("-n", "", letters),
    };
    let mut out = Vec::new();
    match letters {
        "" => {}
        "f" => out.push("-f".to_string()),
        _ => return None,
    }
    let plus = if sign == '+' { "+" } else { "" };
    out.insert(0, format!("{flag}{plus}{num}{mult}"));
    Some(out)
}

/// Runs `tail`.
pub fn tail<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        if let Some(first) = ctx.args.get(1).cloned()
            && let Some(new) = obsolete_tail(&first)
        {
            ctx.args.splice(1..2, new);
        }
        let usage = Usage {
            help: include_str!("help/tail.txt"),
            version: "Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering",
            status: 1,
        };
        let spec = "c|bytes= f|follow? F |max-unchanged-stats= n|lines= |pid= q|quiet|silent \
                    |retry s|sleep-interval= v|verbose z|zero-terminated";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut job = Job {
            count: Count::Last(10),
            bytes: false,
            delim: b'\n',
        };
        let mut headers = Headers::Auto;
        let (mut follow, mut pid) = (false, false);
        for (key, v) in &parsed.opts {
            match (*key, v.as_deref()) {
                ("c" | "n", Some(v)) => {
                    job.bytes = *key == "c";
                    let (from, num) = match v.strip_prefix('+') {
                        Some(n) => (true, n),
                        None => (false, v.strip_prefix('-').unwrap_or(v)),
                    };
                    let n = match parse_size(num) {
                        Ok(n) => n,
                        Err(e) => {
                            let what = if job.bytes { "bytes" } else { "lines" };
                            ctx.err(&e.message(what, v)).await?;
                            return Ok(1);
                        }
                    };
                    job.count = if from { Count::From(n) } else { Count::Last(n) };
                }
                ("q", _) => headers = Headers::Never,
                ("v", _) => headers = Headers::Always,
                ("z", _) => job.delim = 0,
                ("f" | "F", _) => follow = true,
                ("pid", Some(v)) => {
                    if v.trim().parse::<u32>().is_err() {
                        ctx.err(&format!("invalid PID: {}", quote_locale(v)))
                            .await?;
                        return Ok(1);
                    }
                    pid = true;
                }
                ("s", Some(v)) if !v.parse::<f64>().is_ok_and(|x| x >= 0.0) => {
                    let msg = format!("invalid number of seconds: {}", quote_locale(v));
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
                _ => {}
            }
        }
        if pid && !follow {
            ctx.err("warning: PID ignored; --pid=PID is useful only when following")
                .await?;
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        each_file(ctx, &files, headers, &job).await
    })
}

impl Part for Job {
    async fn copy(&self, ctx: &Ctx<'_>, out: &mut OutBuf, s: &mut Stream) -> Result<()> {
        match self.count {
            Count::From(n) => {
                let skip = n.saturating_sub(1);
                if self.bytes {
                    if let Some(rest) = s.skip(ctx, skip).await? {
                        out.put(&rest).await?;
                    }
                } else {
                    let mut left = skip;
                    while left > 0 {
                        let Some(b) = s.next(ctx).await? else { break };
                        let mut start = None;
                        for pos in memchr::memchr_iter(self.delim, &b) {
                            left -= 1;
                            if left == 0 {
                                start = Some(pos + 1);
                                break;
                            }
                        }
                        if let Some(st) = start {
                            out.put(&b[st..]).await?;
                        }
                    }
                }
                while let Some(b) = s.next(ctx).await? {
                    out.put(&b).await?;
                }
            }
            Count::Last(n) => {
                if let Stream::File { path, size, .. } = s {
                    return self.last_of_file(ctx, out, path, *size, n).await;
                }
                let all = s.read_all(ctx).await?;
                let start = if self.bytes {
                    all.len()
                        .saturating_sub(usize::try_from(n).unwrap_or(usize::MAX))
                } else {
                    last_lines_start(&all, n, self.delim).unwrap_or(0)
                };
                out.put(&all[start..]).await?;
            }
        }
        Ok(())
    }
}

impl Job {
    /// The last `n` lines or bytes of a file of `size` bytes, read backwards in ranges.
    async fn last_of_file(
        &self,
        ctx: &Ctx<'_>,
        out: &mut OutBuf,
        path: &str,
        size: u64,
        n: u64,
    ) -> Result<()> {
        let vfs = &ctx.rt.vfs;
        if self.bytes {
            let mut pos = size.saturating_sub(n);
            let mut step = FIRST_STEP;
            while pos < size {
                ctx.check()?;
                let end = pos.saturating_add(step).min(size);
                let b = vfs.read_range(path, pos..end).await?;
                if b.is_empty() {
                    break;
                }
                pos += b.len() as u64;
                step = (step * 2).min(MAX_STEP);
                out.put(&b).await?;
            }
            return Ok(());
        }
        let mut start = size;
        let mut step = FIRST_STEP;
        let mut buf: Vec<u8> = Vec::new();
        loop {
            ctx.check()?;
            if n == 0 || start == 0 {
                break;
            }
            let from = start.saturating_sub(step);
            let b = vfs.read_range(path, from..start).await?;
            if b.is_empty() {
                break;
            }
            let mut joined = Vec::with_capacity(b.len() + buf.len());
            joined.extend_from_slice(&b);
            joined.extend_from_slice(&buf);
            buf = joined;
            start = from;
            step = (step * 2).min(MAX_STEP);
            if last_lines_start(&buf, n, self.delim).is_some() {
                break;
            }
        }
        let at = last_lines_start(&buf, n, self.delim).unwrap_or(0);
        out.put(buf.get(at..).unwrap_or(&[])).await
    }
}

/// Where the last `n` lines of `data` (a suffix of the input that reaches its end) start,
/// or `None` when `data` holds fewer than `n` line starts.
fn last_lines_start(data: &[u8], n: u64, delim: u8) -> Option<usize> {
    if n == 0 {
        return Some(data.len());
    }
    let mut end = data.len();
    if data.last() == Some(&delim) {
        end -= 1;
    }
    let mut left = n;
    loop {
        let p = memchr::memrchr(delim, &data[..end])?;
        left -= 1;
        if left == 0 {
            return Some(p + 1);
        }
        end = p;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_lines() {
        let cases: [(&str, u64, Option<&str>); 6] = [
            ("a\nb\nc\n", 1, Some("c\n")),
            ("a\nb\nc", 2, Some("b\nc")),
            ("a\nb\nc\n", 3, None),
            ("x\na\nb\nc\n", 3, Some("a\nb\nc\n")),
            ("a\n", 0, Some("")),
            ("\n\n", 1, Some("\n")),
        ];
        for (data, n, want) in cases {
            let got = last_lines_start(data.as_bytes(), n, b'\n').map(|i| &data[i..]);
            assert_eq!(got, want, "{data:?} {n}");
        }
    }

    #[test]
    fn obsolete_forms() {
        let v = |a: &str| obsolete_tail(a).map(|v| v.join(" "));
        assert_eq!(v("-5"), Some("-n5".into()));
        assert_eq!(v("+5"), Some("-n+5".into()));
        assert_eq!(v("-5c"), Some("-c5".into()));
        assert_eq!(v("+3cf"), Some("-c+3 -f".into()));
        assert_eq!(v("-2l"), Some("-n2".into()));
        assert_eq!(v("-n"), None);
        assert_eq!(v("-5x"), None);
    }
}

//! `head`: output the first part of files (GNU coreutils semantics, obsolete `head -5`).
//!
//! Reading strategy: a file operand is streamed as byte ranges of growing size
//! ([`Stream`]), so `head -1` of a 1 GiB file reads one 64 KiB range; standard input is
//! read chunk by chunk and left unread past what is needed. With many operands (more
//! than [`BATCH_OVER`]) the files are read whole in batches through `read_files`,
//! trading range reads for one `read_many` round trip per batch.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, Stream, fatal, is_stdin, parse_size};
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

/// With more file operands than this, files are read whole in batches.
pub const BATCH_OVER: usize = 16;
const BATCH: usize = 64;

/// Whether each file gets a `==> name <==` header.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Headers {
    /// Only with several files (the default).
    Auto,
    /// `-q`.
    Never,
    /// `-v`.
    Always,
}

#[derive(Clone, Copy)]
enum Count {
    /// The first N lines / bytes.
    First(u64),
    /// All but the last N.
    AllBut(u64),
}

/// Rewrites the obsolete first argument (`-5`, `-5c`, `-2kv`) into modern options:
/// `Err(letter)` for an invalid trailing option letter.
pub fn obsolete_head(arg: &str) -> Option<std::result::Result<Vec<String>, char>> {
    let rest = arg.strip_prefix('-')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let (num, letters) = rest.split_at(digits);
    let mut lines = true;
    let mut mult = "";
    let mut out = Vec::new();
    for c in letters.chars() {
        match c {
            'c' => {
                lines = false;
                mult = "";
            }
            'b' => {
                lines = false;
                mult = "b";
            }
            'k' => {
                lines = false;
                mult = "k";
            }
            'm' => {
                lines = false;
                mult = "m";
            }
            'l' => lines = true,
            'q' => out.push("-q".to_string()),
            'v' => out.push("-v".to_string()),
            'z' => out.push("-z".to_string()),
            c => return Some(Err(c)),
        }
    }
    let flag = if lines { "-n" } else { "-c" };
    out.insert(0, format!("{flag}{num}{mult}"));
    Some(Ok(out))
}

/// Writes the `==> name <==` header (a blank line before all but the first).
pub async fn header(out: &mut OutBuf, first: &mut bool, name: &str) -> Result<()> {
    let name = if is_stdin(name) && name == "-" {
        "standard input"
    } else {
        name
    };
    let sep = if *first { "" } else { "\n" };
    *first = false;
    out.put(format!("{sep}==> {name} <==\n").as_bytes()).await
}

/// Runs `head`.
pub fn head<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        if let Some(first) = ctx.args.get(1).cloned()
            && let Some(conv) = obsolete_head(&first)
        {
            match conv {
                Ok(new) => {
                    ctx.args.splice(1..2, new);
                }
                Err(c) => {
                    ctx.err(&format!("invalid trailing option -- {c}")).await?;
                    args::try_help(ctx).await?;
                    return Ok(1);
                }
            }
        }
        let usage = Usage {
            help: include_str!("help/head.txt"),
            version: "David MacKenzie and Jim Meyering",
            status: 1,
        };
        let spec = "c|bytes= n|lines= q|quiet|silent v|verbose z|zero-terminated";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut count = Count::First(10);
        let mut bytes = false;
        let mut headers = Headers::Auto;
        let mut delim = b'\n';
        for (key, v) in &parsed.opts {
            match (*key, v.as_deref()) {
                ("c" | "n", Some(v)) => {
                    let (neg, num) = match v.strip_prefix('-') {
                        Some(n) => (true, n),
                        None => (false, v),
                    };
                    bytes = *key == "c";
                    let n = match parse_size(num) {
                        Ok(n) => n,
                        Err(e) => {
                            let what = if bytes { "bytes" } else { "lines" };
                            ctx.err(&e.message(what, v)).await?;
                            return Ok(1);
                        }
                    };
                    count = if neg {
                        Count::AllBut(n)
                    } else {
                        Count::First(n)
                    };
                }
                ("q", _) => headers = Headers::Never,
                ("v", _) => headers = Headers::Always,
                ("z", _) => delim = 0,
                _ => {}
            }
        }
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        let job = Job {
            count,
            bytes,
            delim,
        };
        each_file(ctx, &files, headers, &job).await
    })
}

/// What `head` or `tail` does with one opened operand.
pub trait Part {
    /// Copies the wanted part of `s` to `out`.
    async fn copy(&self, ctx: &Ctx<'_>, out: &mut OutBuf, s: &mut Stream) -> Result<()>;
}

/// Runs `part` over every operand with GNU head/tail's headers and messages; returns the
/// exit status.
pub async fn each_file<P: Part>(
    ctx: &Ctx<'_>,
    files: &[String],
    headers: Headers,
    part: &P,
) -> Result<i32> {
    let show = headers == Headers::Always || (headers == Headers::Auto && files.len() > 1);
    let mut out = OutBuf::new(&ctx.stdout);
    let mut first = true;
    let mut status = 0;
    let batched = files.iter().filter(|f| !is_stdin(f)).count() > BATCH_OVER;
    let mut i = 0;
    while i < files.len() {
        ctx.check()?;
        if batched && !is_stdin(&files[i]) {
            let mut j = i;
            while j < files.len() && !is_stdin(&files[j]) && j - i < BATCH {
                j += 1;
            }
            let results = ctx.read_files(&files[i..j]).await;
            for (name, r) in files[i..j].iter().zip(results) {
                let opened = r.map(|b| Stream::Mem(Some(b)));
                status |= one_file(ctx, &mut out, (show, &mut first), name, opened, part).await?;
            }
            i = j;
            continue;
        }
        let opened = Stream::open(ctx, &files[i]).await;
        status |= one_file(ctx, &mut out, (show, &mut first), &files[i], opened, part).await?;
        i += 1;
    }
    out.flush().await?;
    Ok(status)
}

async fn one_file<P: Part>(
    ctx: &Ctx<'_>,
    out: &mut OutBuf,
    (show, first): (bool, &mut bool),
    name: &str,
    opened: Result<Stream>,
    part: &P,
) -> Result<i32> {
    let mut s = match opened {
        Ok(s) => s,
        Err(e) if fatal(&e) => return Err(e),
        Err(e) => {
            let msg = format!(
                "cannot open {} for reading: {}",
                quote_always(name),
                e.reason()
            );
            out.flush().await?;
            ctx.err(&msg).await?;
            return Ok(1);
        }
    };
    if show {
        header(out, first, name).await?;
    }
    match part.copy(ctx, out, &mut s).await {
        Ok(()) => Ok(0),
        Err(e) if fatal(&e) || e.kind() == ErrorKind::BrokenPipe => Err(e),
        Err(e) => {
            out.flush().await?;
            let shown = if name == "-" { "standard input" } else { name };
            let msg = format!("error reading {}: {}", quote_always(shown), e.reason());
            ctx.err(&msg).await?;
            Ok(1)
        }
    }
}

struct Job {
    count: Count,
    bytes: bool,
    delim: u8,
}

impl Part for Job {
    async fn copy(&self, ctx: &Ctx<'_>, out: &mut OutBuf, s: &mut Stream) -> Result<()> {
        match (self.count, self.bytes) {
            (Count::First(n), true) => {
                let mut left = n;
                while left > 0 {
                    let Some(b) = s.next_upto(ctx, left, None).await? else {
                        break;
                    };
                    let take = (b.len() as u64).min(left) as usize;
                    out.put(&b[..take]).await?;
                    left -= take as u64;
                }
            }
            (Count::First(n), false) => {
                let mut left = n;
                while left > 0 {
                    let Some(b) = s.next_upto(ctx, u64::MAX, Some(self.delim)).await? else {
                        break;
                    };
                    let mut end = b.len();
                    for (k, pos) in memchr::memchr_iter(self.delim, &b).enumerate() {
                        if k as u64 + 1 == left {
                            end = pos + 1;
                            break;
                        }
                    }
                    let seen = memchr::memchr_iter(self.delim, &b[..end]).count() as u64;
                    out.put(&b[..end]).await?;
                    left -= seen.min(left);
                }
            }
            (Count::AllBut(n), true) => {
                if let Some(size) = s.size() {
                    let mut left = size.saturating_sub(n);
                    while left > 0 {
                        let Some(b) = s.next(ctx).await? else { break };
                        let take = (b.len() as u64).min(left) as usize;
                        out.put(&b[..take]).await?;
                        left -= take as u64;
                    }
                } else {
                    let all = s.read_all(ctx).await?;
                    let keep = (all.len() as u64).saturating_sub(n) as usize;
                    out.put(all.get(..keep).unwrap_or(&[])).await?;
                }
            }
            (Count::AllBut(n), false) => {
                let all = s.read_all(ctx).await?;
                let end = all_but_lines(&all, n, self.delim);
                out.put(&all[..end]).await?;
            }
        }
        Ok(())
    }
}

/// The end of the text that `head -n -N` keeps: all lines but the last `n` (a final line
/// without its delimiter counts).
fn all_but_lines(data: &[u8], n: u64, delim: u8) -> usize {
    if n == 0 {
        return data.len();
    }
    let mut end = data.len();
    // A final unterminated line is one of the `n`.
    let mut left = n;
    if data.last().is_some_and(|&b| b != delim) {
        end = memchr::memrchr(delim, data).map_or(0, |p| p + 1);
        left -= 1;
    }
    while left > 0 && end > 0 {
        end = memchr::memrchr(delim, &data[..end - 1]).map_or(0, |p| p + 1);
        left -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_but_last_lines() {
        let cases: [(&str, u64, &str); 6] = [
            ("a\nb\nc\n", 1, "a\nb\n"),
            ("a\nb\nc", 1, "a\nb\n"),
            ("a\nb\nc\n", 3, ""),
            ("a\nb\nc\n", 9, ""),
            ("a\nb\nc\n", 0, "a\nb\nc\n"),
            ("a\n\n\n", 1, "a\n\n"),
        ];
        for (data, n, want) in cases {
            let end = all_but_lines(data.as_bytes(), n, b'\n');
            assert_eq!(&data[..end], want, "{data:?} {n}");
        }
    }

    #[test]
    fn obsolete_forms() {
        let ok = |a: &str, want: &[&str]| {
            assert_eq!(
                obsolete_head(a),
                Some(Ok(want.iter().map(|s| s.to_string()).collect()))
            );
        };
        ok("-5", &["-n5"]);
        ok("-5c", &["-c5"]);
        ok("-2kv", &["-c2k", "-v"]);
        assert_eq!(obsolete_head("-n"), None);
        assert_eq!(obsolete_head("-3x"), Some(Err('x')));
    }
}

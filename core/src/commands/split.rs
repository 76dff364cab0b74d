//! `split`: cut input into files by lines (`-l`), bytes (`-b`), records up to a size
//! (`-C`) or a number of chunks (`-n N`, `l/N`, `r/N`, `K/N`). Suffixes are alphabetic,
//! numeric (`-d`) or hex (`-x`) and widen like GNU's (`xyz`, `xzaaa`) unless `-a` is
//! given. The input is read whole, so `-n` also works on a pipe (GNU needs a sized file).
//! `--filter=COMMAND` runs `sh -c COMMAND` per piece with `$FILE` set (through `ctx.spawn`).

use bytes::Bytes;

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::fsutil::{parse_size, per_file};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "a|suffix-length= |additional-suffix= b|bytes= C|line-bytes= d \
                    |numeric-suffixes? x |hex-suffixes? e|elide-empty-files |filter= \
                    l|lines= n|number= t|separator= u|unbuffered |verbose";

#[derive(Clone, Copy)]
enum Mode {
    Lines(u64),
    Bytes(u64),
    LineBytes(u64),
    /// `-n`: kind (`' '` bytes, `'l'` lines, `'r'` round robin), K (only that one to
    /// stdout) and N.
    Chunks(char, Option<u64>, u64),
}

/// Generates output names.
struct Namer {
    prefix: String,
    extra: String,
    alphabet: &'static [u8],
    width: usize,
    auto: bool,
    widened: String,
    idx: u64,
}

impl Namer {
    fn next(&mut self) -> Option<String> {
        let a = self.alphabet.len() as u64;
        let last = *self.alphabet.last()?;
        if self.auto {
            let limit = (a - 1).checked_mul(a.checked_pow(u32::try_from(self.width - 1).ok()?)?)?;
            if self.idx >= limit {
                self.widened.push(char::from(last));
                self.width += 1;
                self.idx -= limit;
            }
        } else if let Some(max) = a.checked_pow(u32::try_from(self.width).ok()?)
            && self.idx >= max
        {
            return None;
        }
        let mut digits = vec![self.alphabet[0]; self.width];
        let mut n = self.idx;
        for d in digits.iter_mut().rev() {
            *d = self.alphabet[(n % a) as usize];
            n /= a;
        }
        self.idx += 1;
        let suffix: String = digits.into_iter().map(char::from).collect();
        Some(format!(
            "{}{}{suffix}{}",
            self.prefix, self.widened, self.extra
        ))
    }
}

fn bad(what: &str, v: &str, range: bool) -> String {
    let tail = if range {
        ": Numerical result out of range"
    } else {
        ""
    };
    format!("invalid number of {what}: {}{tail}", quote_locale(v))
}

fn count(v: &str, what: &str, blocks: bool) -> std::result::Result<u64, String> {
    match parse_size(v, blocks) {
        Some(0) => Err(bad(what, v, true)),
        Some(n) => Ok(n),
        None => Err(bad(what, v, false)),
    }
}

fn chunks(v: &str) -> std::result::Result<Mode, String> {
    let (kind, rest) = match v.split_once('/') {
        Some(("l", r)) => ('l', r),
        Some(("r", r)) => ('r', r),
        _ => (' ', v),
    };
    let (k, n) = match rest.split_once('/') {
        Some((k, n)) => (Some(k), n),
        None => (None, rest),
    };
    let n = count(n, "chunks", false)?;
    let k = match k {
        Some(k) => match k.parse::<u64>() {
            Ok(x) if x >= 1 && x <= n => Some(x),
            Ok(_) => return Err(format!("invalid chunk number: {}", quote_locale(k))),
            Err(_) => return Err(format!("invalid chunk number: {}", quote_locale(k))),
        },
        None => None,
    };
    Ok(Mode::Chunks(kind, k, n))
}

/// Runs `split`.
pub fn split<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/split.txt"),
            version: "Torbjorn Granlund and Richard M. Stallman",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut mode = Mode::Lines(1000);
        let mut namer = Namer {
            prefix: "x".into(),
            extra: String::new(),
            alphabet: b"abcdefghijklmnopqrstuvwxyz",
            width: 2,
            auto: true,
            widened: String::new(),
            idx: 0,
        };
        let (mut elide, mut verbose, mut sep) = (false, false, b'\n');
        let mut filter: Option<String> = None;
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            let r = match *k {
                "l" => count(&v, "lines", false).map(|n| mode = Mode::Lines(n)),
                "b" => count(&v, "bytes", true).map(|n| mode = Mode::Bytes(n)),
                "C" => count(&v, "bytes", true).map(|n| mode = Mode::LineBytes(n)),
                "n" => chunks(&v).map(|m| mode = m),
                "a" => match v.parse::<usize>() {
                    Ok(w) if w <= 4096 => {
                        namer.width = w;
                        namer.auto = false;
                        Ok(())
                    }
                    _ => Err(format!("invalid suffix length: {}", quote_locale(&v))),
                },
                "d" | "numeric-suffixes" | "x" | "hex-suffixes" => {
                    namer.alphabet = if matches!(*k, "d" | "numeric-suffixes") {
                        b"0123456789"
                    } else {
                        b"0123456789abcdef"
                    };
                    match v.parse::<u64>() {
                        Ok(from) => {
                            namer.idx = from;
                            namer.auto = false;
                            Ok(())
                        }
                        Err(_) if v.is_empty() => Ok(()),
                        Err(_) => Err(format!(
                            "invalid start value for numerical suffix: {}",
                            quote_locale(&v)
                        )),
                    }
                }
                "additional-suffix" if v.contains('/') => Err(format!(
                    "invalid suffix {}, contains directory separator",
                    quote_locale(&v)
                )),
                "additional-suffix" => {
                    namer.extra = v;
                    Ok(())
                }
                "e" => {
                    elide = true;
                    Ok(())
                }
                "verbose" => {
                    verbose = true;
                    Ok(())
                }
                "t" => match v.as_bytes() {
                    [b] => {
                        sep = *b;
                        Ok(())
                    }
                    b"\\0" => {
                        sep = 0;
                        Ok(())
                    }
                    [] => Err("empty record separator".to_string()),
                    _ => Err(format!("multi-character separator {}", quote_locale(&v))),
                },
                "filter" => {
                    filter = Some(v.clone());
                    Ok(())
                }
                _ => Ok(()),
            };
            if let Err(msg) = r {
                ctx.err(&msg).await?;
                return Ok(1);
            }
        }
        let mut ops = parsed.operands.into_iter();
        let input = ops.next().unwrap_or_else(|| "-".into());
        if let Some(p) = ops.next() {
            namer.prefix = p;
        }
        if let Some(extra) = ops.next() {
            ctx.err(&format!("extra operand {}", quote_locale(&extra)))
                .await?;
            try_help(ctx).await?;
            return Ok(1);
        }
        let data = match ctx.read_files(std::slice::from_ref(&input)).await.pop() {
            Some(Ok(d)) => d,
            Some(Err(e)) => {
                let e = per_file(e)?;
                let msg = if e.kind() == crate::error::ErrorKind::IsADirectory {
                    format!("read error on {}: {}", quote_always(&input), e.reason())
                } else {
                    format!(
                        "cannot open {} for reading: {}",
                        quote_always(&input),
                        e.reason()
                    )
                };
                ctx.err(&msg).await?;
                return Ok(1);
            }
            None => return Ok(1),
        };
        let pieces = cut(&data, mode, sep);
        if let Mode::Chunks(_, Some(k), _) = mode {
            if let Some(p) = pieces.get(usize::try_from(k - 1).unwrap_or(usize::MAX)) {
                ctx.stdout.write_bytes(p.clone()).await?;
            }
            return Ok(0);
        }
        let mut out = Writer {
            ctx,
            namer,
            verbose,
            filter,
        };
        for p in pieces {
            ctx.check()?;
            if p.is_empty() && (elide || !matches!(mode, Mode::Chunks(..))) {
                continue;
            }
            match out.write(p).await? {
                Done::Ok => {}
                Done::Failed => return Ok(1),
                Done::Filter(status) => return Ok(status),
            }
        }
        Ok(0)
    })
}

struct Writer<'c, 'x> {
    ctx: &'c Ctx<'x>,
    namer: Namer,
    verbose: bool,
    /// `--filter=COMMAND`: each piece goes to `sh -c COMMAND` with `$FILE` set.
    filter: Option<String>,
}

/// How writing one piece went.
enum Done {
    Ok,
    /// Reported; split exits 1.
    Failed,
    /// The filter failed with this status (reported; split exits with it).
    Filter(i32),
}

impl Writer<'_, '_> {
    /// Writes the next file (or feeds the filter).
    async fn write(&mut self, data: Bytes) -> Result<Done> {
        let ctx = self.ctx;
        let Some(name) = self.namer.next() else {
            ctx.err("output file suffixes exhausted").await?;
            return Ok(Done::Failed);
        };
        if let Some(cmd) = &self.filter {
            if self.verbose {
                ctx.stdout
                    .write_str(&format!("executing with FILE={name}\n"))
                    .await?;
            }
            let mut env = ctx.env.clone();
            env.retain(|(k, _)| k != "FILE");
            env.push(("FILE".to_string(), name.clone()));
            let argv = vec!["sh".to_string(), "-c".to_string(), cmd.clone()];
            let status = ctx
                .spawn(
                    argv,
                    Some(env),
                    crate::io::Input::from_bytes(data),
                    ctx.stdout.clone(),
                    ctx.stderr.clone(),
                )
                .await?;
            if status != 0 {
                ctx.err(&format!(
                    "with FILE={name}, exit {status} from command: {cmd}"
                ))
                .await?;
                return Ok(Done::Filter(status));
            }
            return Ok(Done::Ok);
        }
        if self.verbose {
            ctx.stdout
                .write_str(&format!("creating file {}\n", quote_always(&name)))
                .await?;
        }
        if let Err(e) = ctx.rt.vfs.write(&ctx.path(&name), data).await {
            let e = per_file(e)?;
            ctx.err(&format!("{}: {}", quote_always(&name), e.reason()))
                .await?;
            return Ok(Done::Failed);
        }
        Ok(Done::Ok)
    }
}

/// The output pieces, in order (for `-n K/N` the caller picks one).
fn cut(data: &Bytes, mode: Mode, sep: u8) -> Vec<Bytes> {
    let len = data.len();
    let records = || {
        let mut v = Vec::new();
        let mut start = 0;
        for (i, &b) in data.iter().enumerate() {
            if b == sep {
                v.push((start, i + 1));
                start = i + 1;
            }
        }
        if start < len {
            v.push((start, len));
        }
        v
    };
    let mut out = Vec::new();
    match mode {
        Mode::Lines(n) => {
            let recs = records();
            for group in recs.chunks(usize::try_from(n).unwrap_or(usize::MAX)) {
                if let (Some(a), Some(b)) = (group.first(), group.last()) {
                    out.push(data.slice(a.0..b.1));
                }
            }
        }
        Mode::Bytes(n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            let mut i = 0;
            while i < len {
                let end = i.saturating_add(n).min(len);
                out.push(data.slice(i..end));
                i = end;
            }
        }
        Mode::LineBytes(n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            let (mut start, mut end) = (0, 0);
            for (_, b) in records() {
                if b - start <= n {
                    end = b;
                    continue;
                }
                if end > start {
                    out.push(data.slice(start..end));
                    start = end;
                }
                // A record longer than the limit is cut into full pieces.
                while b - start > n {
                    out.push(data.slice(start..start + n));
                    start += n;
                }
                end = b;
            }
            if end > start {
                out.push(data.slice(start..end));
            }
        }
        Mode::Chunks(kind, _, n) => {
            let n = usize::try_from(n).unwrap_or(usize::MAX).min(1 << 20);
            if kind == 'r' {
                let mut bins: Vec<Vec<u8>> = vec![Vec::new(); n];
                for (i, (a, b)) in records().into_iter().enumerate() {
                    if let Some(bin) = bins.get_mut(i % n) {
                        bin.extend_from_slice(&data[a..b]);
                    }
                }
                return bins.into_iter().map(Bytes::from).collect();
            }
            let size = (len / n).max(1);
            let mut pos = 0;
            for k in 1..=n {
                let mut end = if k == n {
                    len
                } else {
                    k.saturating_mul(size).min(len)
                };
                if kind == 'l' && end > pos && end < len {
                    end = data[end - 1..]
                        .iter()
                        .position(|&b| b == sep)
                        .map_or(len, |i| end + i);
                }
                let end = end.max(pos);
                out.push(data.slice(pos..end));
                pos = end;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Namer;

    fn names(alphabet: &'static [u8], take: usize) -> Vec<String> {
        let mut n = Namer {
            prefix: "x".into(),
            extra: String::new(),
            alphabet,
            width: 2,
            auto: true,
            widened: String::new(),
            idx: 0,
        };
        (0..take).filter_map(|_| n.next()).collect()
    }

    #[test]
    fn suffixes_widen_like_gnu() {
        let a = names(b"abcdefghijklmnopqrstuvwxyz", 652);
        assert_eq!(a[0], "xaa");
        assert_eq!(a[649], "xyz");
        assert_eq!(a[650], "xzaaa");
        assert_eq!(a[651], "xzaab");
        let d = names(b"0123456789", 92);
        assert_eq!(d[89], "x89");
        assert_eq!(d[90], "x9000");
    }
}

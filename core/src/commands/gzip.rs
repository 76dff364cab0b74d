//! `gzip`, `gunzip` and `zcat` (GNU gzip 1.12 semantics) on VFS files, with flate2's
//! pure-Rust deflate. Compressed bytes differ from GNU's (another deflate encoder, mtime 0
//! for standard input), decompressed data and messages do not.

use std::io::{Read, Write};

use bytes::Bytes;
use flate2::Compression;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::backend::FileType;

const HELP: &str = include_str!("gzip_help.txt");
const VERSION: &str = include_str!("gzip_version.txt");

const SPEC: &str = "a|ascii c|stdout|to-stdout d|decompress|uncompress f|force h|help k|keep \
                    l|list L|license n|no-name N|name q|quiet r|recursive |rsyncable S|suffix= \
                    |synchronous t|test v|verbose V|version 1|fast 2 3 4 5 6 7 8 9|best";

#[derive(Default)]
struct Opts {
    stdout: bool,
    decompress: bool,
    force: bool,
    keep: bool,
    list: bool,
    quiet: bool,
    recursive: bool,
    test: bool,
    verbose: bool,
    level: u32,
    suffix: String,
}

/// Exit status bookkeeping: an error (1) wins over a warning (2).
#[derive(Default)]
struct Status {
    error: bool,
    warning: bool,
}

impl Status {
    fn code(&self) -> i32 {
        if self.error {
            1
        } else if self.warning {
            2
        } else {
            0
        }
    }
}

/// Compresses `data` at `level` (1-9) with a gzip header carrying `name` (or none) and
/// `mtime`, marked as made on Unix like GNU gzip does.
pub fn compress(data: &[u8], level: u32, name: Option<&str>, mtime: u32) -> Vec<u8> {
    let mut b = flate2::GzBuilder::new().mtime(mtime).operating_system(3);
    if let Some(n) = name {
        b = b.filename(n.as_bytes());
    }
    let mut enc: GzEncoder<Vec<u8>> = b.write(Vec::new(), Compression::new(level.clamp(1, 9)));
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

/// Decompresses every gzip member of `data`; `None` when it is not gzip data.
pub fn decompress(data: &[u8]) -> Option<std::result::Result<Vec<u8>, String>> {
    if data.len() < 2 || data[0] != 0x1f || data[1] != 0x8b {
        return None;
    }
    let mut out = Vec::new();
    let r = MultiGzDecoder::new(data).read_to_end(&mut out);
    Some(match r {
        Ok(_) => Ok(out),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            Err("unexpected end of file".to_string())
        }
        Err(_) => Err("invalid compressed data--format violated".to_string()),
    })
}

/// Runs `gzip`, `gunzip` or `zcat` (by `argv[0]`).
pub fn gzip<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut o = Opts {
            level: 6,
            suffix: ".gz".to_string(),
            ..Opts::default()
        };
        match ctx.name() {
            "gunzip" => o.decompress = true,
            "zcat" => {
                o.decompress = true;
                o.stdout = true;
            }
            _ => {}
        }
        let args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
        let mut p = Parser::new(SPEC, &args);
        let mut files = Vec::new();
        loop {
            match p.next_arg() {
                Ok(None) => break,
                Ok(Some(Arg::Operand(f))) => files.push(f),
                Ok(Some(Arg::Opt(k, v))) => match k {
                    "c" => o.stdout = true,
                    "d" => o.decompress = true,
                    "f" => o.force = true,
                    "k" => o.keep = true,
                    "l" => o.list = true,
                    "q" => o.quiet = true,
                    "r" => o.recursive = true,
                    "t" => o.test = true,
                    "v" => o.verbose = true,
                    "S" => o.suffix = v.unwrap_or_default(),
                    "h" => {
                        ctx.stdout.write_str(HELP).await?;
                        return Ok(0);
                    }
                    "V" | "L" => {
                        ctx.stdout.write_str(VERSION).await?;
                        return Ok(0);
                    }
                    d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                        o.level = u32::from(d.as_bytes()[0] - b'0');
                    }
                    _ => {}
                },
                Err(UsageError(msg)) => {
                    ctx.stderr
                        .write_str(&format!(
                            "gzip: {msg}\nTry `gzip --help' for more information.\n"
                        ))
                        .await?;
                    return Ok(1);
                }
            }
        }
        if o.suffix.is_empty() {
            ctx.stderr.write_str("gzip: invalid suffix ''\n").await?;
            return Ok(1);
        }
        if files.is_empty() {
            files.push("-".to_string());
        }
        let mut st = Status::default();
        let mut listed = ListTotals::default();
        for f in &files {
            ctx.check()?;
            one(ctx, &o, f, &mut st, &mut listed).await?;
        }
        if o.list && listed.count > 1 {
            let line = list_line(listed.csize, listed.usize, listed.csize, "(totals)");
            ctx.stdout.write_str(&line).await?;
        }
        Ok(st.code())
    })
}

#[derive(Default)]
struct ListTotals {
    count: u32,
    csize: u64,
    usize: u64,
}

fn ratio(usize: u64, csize_net: i64) -> f64 {
    if usize == 0 {
        0.0
    } else {
        let u = usize as f64;
        ((u - csize_net as f64) * 1000.0 / u).round() / 10.0
    }
}

fn list_line(csize: u64, usize: u64, net: u64, name: &str) -> String {
    format!(
        "{csize:>19} {usize:>19} {:>5.1}% {name}\n",
        ratio(usize, net as i64)
    )
}

/// Header and trailer bytes of a gzip member: what `-l` and `-v` leave out of the ratio.
fn overhead(data: &[u8]) -> u64 {
    let mut n = 10u64 + 8;
    let flags = data.get(3).copied().unwrap_or(0);
    let mut pos = 10usize;
    if flags & 4 != 0 {
        let xlen = data
            .get(10..12)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .unwrap_or(0);
        pos += 2 + usize::from(xlen);
        n += 2 + u64::from(xlen);
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            let len = data
                .get(pos..)
                .and_then(|r| r.iter().position(|&b| b == 0))
                .unwrap_or(0)
                + 1;
            pos += len;
            n += len as u64;
        }
    }
    n
}

const SUFFIXES: [&str; 5] = [".gz", "-gz", ".z", "-z", "_z"];

/// The name without its compression suffix, if it has one.
fn strip_suffix(name: &str, suffix: &str) -> Option<String> {
    let base = name.rsplit('/').next().unwrap_or(name);
    if let Some(s) = name
        .strip_suffix(suffix)
        .filter(|_| base.len() > suffix.len())
    {
        return Some(s.to_string());
    }
    for (long, short) in [(".tgz", ".tar"), (".taz", ".tar")] {
        if let Some(s) = name.strip_suffix(long).filter(|_| base.len() > long.len()) {
            return Some(format!("{s}{short}"));
        }
    }
    SUFFIXES.iter().find_map(|s| {
        name.strip_suffix(s)
            .filter(|_| base.len() > s.len())
            .map(str::to_string)
    })
}

async fn one(
    ctx: &Ctx<'_>,
    o: &Opts,
    name: &str,
    st: &mut Status,
    totals: &mut ListTotals,
) -> Result<()> {
    let stdin = name == "-";
    let mut name = name.to_string();
    let mut data: Option<Bytes> = None;
    if !stdin {
        let path = ctx.path(&name);
        let mut meta = ctx.rt.vfs.stat(&path).await;
        if o.decompress
            && matches!(&meta, Err(e) if e.kind() == ErrorKind::NotFound)
            && strip_suffix(&name, &o.suffix).is_none()
        {
            // gunzip tries NAME.gz for a name without a suffix.
            name = format!("{name}{}", o.suffix);
            meta = ctx.rt.vfs.stat(&ctx.path(&name)).await;
        }
        match meta {
            Ok(m) if m.file_type == FileType::Dir => {
                if o.recursive {
                    return recurse(ctx, o, &name, st, totals).await;
                }
                if !o.quiet {
                    ctx.stderr
                        .write_str(&format!("gzip: {name} is a directory -- ignored\n"))
                        .await?;
                }
                st.warning = true;
                return Ok(());
            }
            Ok(_) => {}
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                ctx.stderr
                    .write_str(&format!("gzip: {name}: {}\n", e.reason()))
                    .await?;
                st.error = true;
                return Ok(());
            }
        }
    }
    let shown = if stdin {
        "stdin".to_string()
    } else {
        name.clone()
    };
    let out_name = if stdin || o.stdout || o.test || o.list {
        None
    } else if o.decompress {
        match strip_suffix(&name, &o.suffix) {
            Some(n) => Some(n),
            None => {
                if !o.quiet {
                    ctx.stderr
                        .write_str(&format!("gzip: {name}: unknown suffix -- ignored\n"))
                        .await?;
                }
                st.warning = true;
                return Ok(());
            }
        }
    } else {
        if strip_suffix(&name, &o.suffix).is_some() && !o.force {
            if !o.quiet {
                ctx.stderr
                    .write_str(&format!(
                        "gzip: {name} already has {} suffix -- unchanged\n",
                        o.suffix
                    ))
                    .await?;
            }
            return Ok(());
        }
        Some(format!("{name}{}", o.suffix))
    };
    if let Some(target) = &out_name
        && !o.force
        && ctx.rt.vfs.stat(&ctx.path(target)).await.is_ok()
    {
        ctx.stderr
            .write_str(&format!(
                "gzip: {target} already exists;\tnot overwritten\n"
            ))
            .await?;
        st.warning = true;
        return Ok(());
    }
    let input = match data.take() {
        Some(d) => d,
        None if stdin => Bytes::from(ctx.stdin.read_all().await?),
        None => match ctx.rt.vfs.read(&ctx.path(&name)).await {
            Ok(d) => d,
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                ctx.stderr
                    .write_str(&format!("gzip: {name}: {}\n", e.reason()))
                    .await?;
                st.error = true;
                return Ok(());
            }
        },
    };
    if o.decompress || o.list || o.test {
        let plain = match decompress(&input) {
            None if o.stdout && o.force && !o.list && !o.test => Ok(input.to_vec()),
            None => {
                if !o.quiet {
                    ctx.stderr
                        .write_str(&format!("\ngzip: {shown}: not in gzip format\n"))
                        .await?;
                }
                st.error = true;
                return Ok(());
            }
            Some(r) => r,
        };
        let plain = match plain {
            Ok(p) => p,
            Err(why) => {
                ctx.stderr
                    .write_str(&format!("\ngzip: {shown}: {why}\n"))
                    .await?;
                st.error = true;
                return Ok(());
            }
        };
        if o.list {
            if totals.count == 0 {
                ctx.stdout
                    .write_str("         compressed        uncompressed  ratio uncompressed_name\n")
                    .await?;
            }
            totals.count += 1;
            let csize = input.len() as u64;
            totals.csize += csize;
            totals.usize += plain.len() as u64;
            let uname = strip_suffix(&name, &o.suffix).unwrap_or(name.clone());
            let net = csize.saturating_sub(overhead(&input));
            let line = list_line(csize, plain.len() as u64, net, &uname);
            return ctx.stdout.write_str(&line).await;
        }
        if o.test {
            if o.verbose {
                ctx.stderr.write_str(&format!("{shown}:\t OK\n")).await?;
            }
            return Ok(());
        }
        let net = (input.len() as u64).saturating_sub(overhead(&input));
        let r = ratio(plain.len() as u64, net as i64);
        match out_name {
            None => ctx.stdout.write(&plain).await?,
            Some(target) => {
                write_out(ctx, &target, plain, &name, o.keep).await?;
                if o.verbose {
                    ctx.stderr
                        .write_str(&format!(
                            "{shown}:\t{r:>5.1}% -- {} {target}\n",
                            done_word(o.keep)
                        ))
                        .await?;
                }
            }
        }
        return Ok(());
    }
    let stored = if stdin { None } else { name.rsplit('/').next() };
    let mtime = if stdin {
        ctx.rt.clock.now().as_secs()
    } else {
        match ctx.rt.vfs.stat(&ctx.path(&name)).await {
            Ok(m) => m.mtime.unwrap_or_else(|| ctx.rt.clock.now()).as_secs(),
            Err(_) => ctx.rt.clock.now().as_secs(),
        }
    };
    let packed = compress(&input, o.level, stored, u32::try_from(mtime).unwrap_or(0));
    let net = (packed.len() as u64).saturating_sub(overhead(&packed));
    let r = ratio(input.len() as u64, net as i64);
    match out_name {
        None => {
            ctx.stdout.write(&packed).await?;
            if o.verbose && !stdin {
                ctx.stderr
                    .write_str(&format!("{shown}:\t{r:>5.1}%\n"))
                    .await?;
            }
        }
        Some(target) => {
            write_out(ctx, &target, packed, &name, o.keep).await?;
            if o.verbose {
                ctx.stderr
                    .write_str(&format!(
                        "{shown}:\t{r:>5.1}% -- {} {target}\n",
                        done_word(o.keep)
                    ))
                    .await?;
            }
        }
    }
    Ok(())
}

/// Writes the result next to the source, copies its mode and time, removes the source.
async fn write_out(
    ctx: &Ctx<'_>,
    target: &str,
    data: Vec<u8>,
    src: &str,
    keep: bool,
) -> Result<()> {
    let vfs = &ctx.rt.vfs;
    let (tp, sp) = (ctx.path(target), ctx.path(src));
    vfs.write(&tp, Bytes::from(data)).await?;
    if let Ok(m) = vfs.stat(&sp).await {
        let _ = vfs.set_mode(&tp, m.mode).await;
        if let Some(t) = m.mtime {
            let _ = vfs.set_mtime(&tp, t).await;
        }
    }
    if !keep {
        vfs.remove(&sp, false).await?;
    }
    Ok(())
}

/// `-r`: every regular file below a directory (one walk).
fn recurse<'a>(
    ctx: &'a Ctx<'_>,
    o: &'a Opts,
    dir: &'a str,
    st: &'a mut Status,
    totals: &'a mut ListTotals,
) -> BoxFuture<'a, Result<()>> {
    boxed(async move {
        let entries = ctx.rt.vfs.walk(&ctx.path(dir)).await?;
        for e in entries {
            ctx.check()?;
            if e.meta.file_type != FileType::File {
                continue;
            }
            let name = format!("{}/{}", dir.trim_end_matches('/'), e.path);
            if !o.decompress && strip_suffix(&name, &o.suffix).is_some() {
                continue;
            }
            one(ctx, o, &name, st, totals).await?;
        }
        Ok(())
    })
}

/// How `-v` names what happened to the input: kept (`-k`) or replaced.
fn done_word(keep: bool) -> &'static str {
    if keep { "created" } else { "replaced with" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_suffixes() {
        let data = b"hello\nhello\nhello\n";
        let z = compress(data, 9, Some("f"), 0);
        assert_eq!(decompress(&z), Some(Ok(data.to_vec())));
        assert_eq!(decompress(b"plain"), None);
        assert_eq!(strip_suffix("a.gz", ".gz"), Some("a".to_string()));
        assert_eq!(strip_suffix("a.tgz", ".gz"), Some("a.tar".to_string()));
        assert_eq!(strip_suffix(".gz", ".gz"), None);
        assert_eq!(strip_suffix("a.txt", ".gz"), None);
        assert_eq!(overhead(&z), 20);
    }
}

//! `md5sum`, `sha1sum`, `sha256sum`, `sha512sum`: print or check message digests (GNU
//! coreutils semantics: `hash  name`, `*` for binary mode, `--tag` BSD lines, escaped
//! names, `-c` with `OK`/`FAILED` lines and the `WARNING` summary, `--quiet`, `--status`,
//! `--strict`, `-w`, `--ignore-missing`, `-z`).
//!
//! Files (and the files named by a check list) are read whole in batches through
//! `read_files`.

use bytes::Bytes;
use sha2::Digest;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, file_error};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const BATCH: usize = 64;

#[derive(Clone, Copy)]
enum Algo {
    Md5,
    Sha1,
    Sha256,
    Sha512,
}

impl Algo {
    fn tag(self) -> &'static str {
        match self {
            Algo::Md5 => "MD5",
            Algo::Sha1 => "SHA1",
            Algo::Sha256 => "SHA256",
            Algo::Sha512 => "SHA512",
        }
    }

    fn hex_len(self) -> usize {
        match self {
            Algo::Md5 => 32,
            Algo::Sha1 => 40,
            Algo::Sha256 => 64,
            Algo::Sha512 => 128,
        }
    }

    fn digest(self, data: &[u8]) -> String {
        let raw: Vec<u8> = match self {
            Algo::Md5 => md5::Md5::digest(data).to_vec(),
            Algo::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Algo::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Algo::Sha512 => sha2::Sha512::digest(data).to_vec(),
        };
        raw.iter().map(|b| format!("{b:02x}")).collect()
    }
}

#[derive(Default)]
struct Opts {
    binary: bool,
    check: bool,
    tag: bool,
    zero: bool,
    ignore_missing: bool,
    quiet: bool,
    status: bool,
    strict: bool,
    warn: bool,
}

/// GNU's escaping of a name in an output line: `\\` and `\n`; `true` when escaped.
fn escape(name: &str) -> (String, bool) {
    if !name.contains(['\\', '\n', '\r']) {
        return (name.to_string(), false);
    }
    let s = name
        .replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\r', "\\r");
    (s, true)
}

fn unescape(name: &str) -> String {
    let mut out = String::new();
    let mut it = name.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(c) => out.push(c),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A check-list line: `(expected hex, file name)`, or `None` when malformed.
fn parse_line(algo: Algo, line: &str) -> Option<(String, String)> {
    let (escaped, line) = match line.strip_prefix('\\') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let prefix = format!("{} (", algo.tag());
    let (hash, name) = if let Some(rest) = line.strip_prefix(&prefix) {
        let (name, hash) = rest.rsplit_once(") = ")?;
        (hash, name)
    } else {
        let hash = line.get(..algo.hex_len())?;
        let rest = &line[algo.hex_len()..];
        let name = rest
            .strip_prefix("  ")
            .or_else(|| rest.strip_prefix(" *"))?;
        (hash, name)
    };
    if hash.len() != algo.hex_len() || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    if name.is_empty() {
        return None;
    }
    let name = if escaped {
        unescape(name)
    } else {
        name.to_string()
    };
    Some((hash.to_ascii_lowercase(), name))
}

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

macro_rules! sum_command {
    ($name:ident, $algo:expr, $help:literal) => {
        /// Runs the command.
        pub fn $name<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
            boxed(run(ctx, $algo, include_str!($help)))
        }
    };
}

sum_command!(md5sum, Algo::Md5, "help/md5sum.txt");
sum_command!(sha1sum, Algo::Sha1, "help/sha1sum.txt");
sum_command!(sha256sum, Algo::Sha256, "help/sha256sum.txt");
sum_command!(sha512sum, Algo::Sha512, "help/sha512sum.txt");

async fn run(ctx: &mut Ctx<'_>, algo: Algo, help: &str) -> Result<i32> {
    let usage = Usage {
        help,
        version: "Ulrich Drepper, Scott Miller, and David Madore",
        status: 1,
    };
    let spec = "b|binary c|check |ignore-missing |quiet |status |strict |tag t|text \
                w|warn z|zero";
    let parsed = match args::parse(ctx, spec, usage).await? {
        Outcome::Run(p) => p,
        Outcome::Exit(code) => return Ok(code),
    };
    let mut o = Opts::default();
    for (key, _) in &parsed.opts {
        match *key {
            "b" => o.binary = true,
            "t" => o.binary = false,
            "c" => o.check = true,
            "tag" => o.tag = true,
            "z" => o.zero = true,
            "ignore-missing" => o.ignore_missing = true,
            "quiet" => o.quiet = true,
            "status" => o.status = true,
            "strict" => o.strict = true,
            "w" => o.warn = true,
            _ => {}
        }
    }
    let mut files = parsed.operands;
    if files.is_empty() {
        files.push("-".to_string());
    }
    if o.check {
        if o.tag {
            ctx.err("the --tag option is meaningless when verifying checksums")
                .await?;
            args::try_help(ctx).await?;
            return Ok(1);
        }
        return check(ctx, algo, &o, &files).await;
    }
    for (flag, on) in [
        ("--ignore-missing", o.ignore_missing),
        ("--quiet", o.quiet),
        ("--status", o.status),
        ("--strict", o.strict),
        ("--warn", o.warn),
    ] {
        if on {
            let what = match flag {
                "--ignore-missing" => {
                    "the --ignore-missing option is meaningful only when verifying checksums"
                }
                "--quiet" => "the --quiet option is meaningful only when verifying checksums",
                "--status" => "the --status option is meaningful only when verifying checksums",
                "--strict" => "the --strict option is meaningful only when verifying checksums",
                _ => "the --warn option is meaningful only when verifying checksums",
            };
            ctx.err(what).await?;
            args::try_help(ctx).await?;
            return Ok(1);
        }
    }
    let mut out = OutBuf::new(&ctx.stdout);
    let mut status = 0;
    for chunk in files.chunks(BATCH) {
        let results = ctx.read_files(chunk).await;
        for (name, r) in chunk.iter().zip(results) {
            ctx.check()?;
            match r {
                Ok(data) => {
                    let hex = algo.digest(&data);
                    let (shown, escaped) = if o.zero {
                        (name.clone(), false)
                    } else {
                        escape(name)
                    };
                    let pre = if escaped { "\\" } else { "" };
                    let end = if o.zero { '\0' } else { '\n' };
                    let line = if o.tag {
                        format!("{pre}{} ({shown}) = {hex}{end}", algo.tag())
                    } else {
                        let mark = if o.binary { '*' } else { ' ' };
                        format!("{pre}{hex} {mark}{shown}{end}")
                    };
                    out.put(line.as_bytes()).await?;
                }
                Err(e) if fatal(&e) => return Err(e),
                Err(e) => {
                    out.flush().await?;
                    ctx.err(&file_error(name, &e)).await?;
                    status = 1;
                }
            }
        }
    }
    out.flush().await?;
    Ok(status)
}

#[derive(Default)]
struct Tally {
    bad_lines: u64,
    unreadable: u64,
    mismatched: u64,
}

async fn check(ctx: &Ctx<'_>, algo: Algo, o: &Opts, lists: &[String]) -> Result<i32> {
    let mut out = OutBuf::new(&ctx.stdout);
    let mut status = 0;
    for (list, r) in lists.iter().zip(ctx.read_files(lists).await) {
        let data: Bytes = match r {
            Ok(d) => d,
            Err(e) if fatal(&e) => return Err(e),
            Err(e) => {
                out.flush().await?;
                ctx.err(&file_error(list, &e)).await?;
                status = 1;
                continue;
            }
        };
        let shown_list = if list == "-" { "standard input" } else { list };
        let text = String::from_utf8_lossy(&data);
        // Each line: a file to verify, or the number of a malformed line.
        let mut entries: Vec<std::result::Result<(String, String), usize>> = Vec::new();
        let mut t = Tally::default();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            entries.push(parse_line(algo, line).ok_or(i + 1));
        }
        if entries.iter().all(|e| e.is_err()) {
            out.flush().await?;
            if o.warn {
                for lineno in entries.iter().filter_map(|e| e.as_ref().err()) {
                    let msg = bad_line(shown_list, *lineno, algo.tag());
                    ctx.err(&msg).await?;
                }
            }
            let msg = format!(
                "{}: no properly formatted checksum lines found",
                crate::commands::quote_name(shown_list)
            );
            ctx.err(&msg).await?;
            status = 1;
            continue;
        }
        let mut matched_any = false;
        for chunk in entries.chunks(BATCH) {
            let names: Vec<String> = chunk
                .iter()
                .filter_map(|e| e.as_ref().ok().map(|(_, n)| n.clone()))
                .collect();
            let mut results = ctx.read_files(&names).await.into_iter();
            for entry in chunk {
                ctx.check()?;
                let (want, name) = match entry {
                    Ok(e) => e,
                    Err(lineno) => {
                        t.bad_lines += 1;
                        if o.warn {
                            out.flush().await?;
                            let msg = bad_line(shown_list, *lineno, algo.tag());
                            ctx.err(&msg).await?;
                        }
                        continue;
                    }
                };
                let Some(r) = results.next() else { break };
                let (shown, pre) = if name.contains('\n') {
                    (escape(name).0, "\\")
                } else {
                    (name.clone(), "")
                };
                match r {
                    Ok(data) => {
                        let ok = algo.digest(&data) == *want;
                        matched_any = true;
                        if !ok {
                            t.mismatched += 1;
                        }
                        if !(o.status || ok && o.quiet) {
                            let word = if ok { "OK" } else { "FAILED" };
                            out.put(format!("{pre}{shown}: {word}\n").as_bytes())
                                .await?;
                        }
                    }
                    Err(e) if fatal(&e) => return Err(e),
                    Err(e) if o.ignore_missing && e.kind() == ErrorKind::NotFound => {}
                    Err(e) => {
                        t.unreadable += 1;
                        out.flush().await?;
                        ctx.err(&file_error(name, &e)).await?;
                        if !o.status {
                            out.put(format!("{pre}{shown}: FAILED open or read\n").as_bytes())
                                .await?;
                        }
                    }
                }
            }
        }
        out.flush().await?;
        if !o.status {
            let name = ctx.name().to_string();
            if t.bad_lines > 0 {
                let what = plural(t.bad_lines, "line is", "lines are");
                ctx.stderr
                    .write_str(&format!("{name}: WARNING: {what} improperly formatted\n"))
                    .await?;
            }
            if t.unreadable > 0 {
                let what = plural(t.unreadable, "listed file", "listed files");
                ctx.stderr
                    .write_str(&format!("{name}: WARNING: {what} could not be read\n"))
                    .await?;
            }
            if t.mismatched > 0 {
                let what = plural(t.mismatched, "computed checksum", "computed checksums");
                ctx.stderr
                    .write_str(&format!("{name}: WARNING: {what} did NOT match\n"))
                    .await?;
            }
            if o.ignore_missing && !matched_any {
                ctx.stderr
                    .write_str(&format!(
                        "{name}: {}: no file was verified\n",
                        crate::commands::quote_name(shown_list)
                    ))
                    .await?;
            }
        }
        if t.mismatched > 0 || t.unreadable > 0 || (o.strict && t.bad_lines > 0) {
            status = 1;
        }
        if o.ignore_missing && !matched_any {
            status = 1;
        }
    }
    out.flush().await?;
    Ok(status)
}

/// `-w`'s warning about a line that is not a checksum line.
fn bad_line(list: &str, lineno: usize, tag: &str) -> String {
    format!(
        "{}: {lineno}: improperly formatted {tag} checksum line",
        crate::commands::quote_name(list)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests() {
        assert_eq!(Algo::Md5.digest(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(
            Algo::Sha1.digest(b"hi\n"),
            "55ca6286e3e4f4fba5d0448333fa99fc5a404a73"
        );
    }

    #[test]
    fn check_lines() {
        let h = "40c53c58fdafacc83cfff6ee3d2f6d69";
        let p = |l: &str| parse_line(Algo::Md5, l);
        assert_eq!(p(&format!("{h}  f")), Some((h.into(), "f".into())));
        assert_eq!(p(&format!("{h} *f")), Some((h.into(), "f".into())));
        assert_eq!(
            p(&format!("MD5 (a b) = {h}")),
            Some((h.into(), "a b".into()))
        );
        assert_eq!(
            p(&format!("\\{h}  x\\\\y")),
            Some((h.into(), "x\\y".into()))
        );
        assert_eq!(p("garbage"), None);
        assert_eq!(p(&format!("{h} f")), None);
    }
}

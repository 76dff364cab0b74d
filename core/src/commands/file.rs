//! `file`: determine file type (file 5.44 wording) for the common cases: empty files,
//! directories, symbolic links, text (ASCII, UTF-8, ISO-8859, line terminators, long
//! lines), scripts by `#!` line, JSON, HTML, XML, and the magic numbers of gzip, tar, PNG,
//! GIF, JPEG, PDF, ELF, bzip2, xz and zip. Anything else is `data`.

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::backend::FileType;

const USAGE: &str = "Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]
            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]
            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]
            <file> ...
       file -C [-m <magicfiles>]
       file [--help]
";

const SPEC: &str = "b|brief i|mime |mime-type |mime-encoding L|dereference h|no-dereference \
                    z|uncompress k|keep-going n|no-buffer N|no-pad r|raw s|special-files \
                    E v|version F|separator= |help";

#[derive(Default)]
struct Opts {
    brief: bool,
    mime_type: bool,
    mime_enc: bool,
    deref: bool,
    no_pad: bool,
    sep: Option<String>,
}

/// What a file is: the description and its MIME type and encoding.
struct Kind {
    desc: String,
    mime: &'static str,
    enc: &'static str,
}

fn kind(desc: impl Into<String>, mime: &'static str, enc: &'static str) -> Kind {
    Kind {
        desc: desc.into(),
        mime,
        enc,
    }
}

fn u32be(d: &[u8], at: usize) -> Option<u32> {
    d.get(at..at + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn magic(d: &[u8]) -> Option<Kind> {
    if d.starts_with(&[0x1f, 0x8b]) {
        return Some(kind(gzip_desc(d), "application/gzip", "binary"));
    }
    if d.get(257..262) == Some(b"ustar") {
        let gnu = d.get(257..265) == Some(b"ustar  \0");
        let desc = if gnu {
            "POSIX tar archive (GNU)"
        } else {
            "POSIX tar archive"
        };
        return Some(kind(desc, "application/x-tar", "binary"));
    }
    if d.starts_with(b"\x89PNG\r\n\x1a\n") {
        let mut desc = "PNG image data".to_string();
        if let (Some(w), Some(h)) = (u32be(d, 16), u32be(d, 20)) {
            let depth = d.get(24).copied().unwrap_or(8);
            // Only the RGB kinds say `/color`, like file's magic.
            let color = match d.get(25) {
                Some(0) => " grayscale",
                Some(2) => "/color RGB",
                Some(3) => " colormap",
                Some(4) => " gray+alpha",
                _ => "/color RGBA",
            };
            let lace = if d.get(28) == Some(&1) {
                "interlaced"
            } else {
                "non-interlaced"
            };
            desc = format!("{desc}, {w} x {h}, {depth}-bit{color}, {lace}");
        }
        return Some(kind(desc, "image/png", "binary"));
    }
    if d.starts_with(b"GIF87a") || d.starts_with(b"GIF89a") {
        let ver = String::from_utf8_lossy(&d[3..6]).into_owned();
        let w = d.get(6..8).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let h = d.get(8..10).map(|b| u16::from_le_bytes([b[0], b[1]]));
        let desc = match (w, h) {
            (Some(w), Some(h)) => format!("GIF image data, version {ver}, {w} x {h}"),
            _ => format!("GIF image data, version {ver}"),
        };
        return Some(kind(desc, "image/gif", "binary"));
    }
    if d.starts_with(&[0xff, 0xd8, 0xff]) {
        return Some(kind("JPEG image data", "image/jpeg", "binary"));
    }
    if d.starts_with(b"%PDF-") {
        let ver: String = d[5..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .map(|&b| b as char)
            .collect();
        return Some(kind(
            format!("PDF document, version {ver}"),
            "application/pdf",
            "binary",
        ));
    }
    if d.starts_with(b"\x7fELF") {
        let bits = if d.get(4) == Some(&2) { "64" } else { "32" };
        let end = if d.get(5) == Some(&2) { "MSB" } else { "LSB" };
        return Some(kind(
            format!("ELF {bits}-bit {end}"),
            "application/x-executable",
            "binary",
        ));
    }
    if d.starts_with(b"BZh") && d.len() > 3 {
        let k = (d[3] as char).to_digit(10).unwrap_or(9);
        return Some(kind(
            format!("bzip2 compressed data, block size = {k}00k"),
            "application/x-bzip2",
            "binary",
        ));
    }
    if d.starts_with(b"\xfd7zXZ\0") {
        return Some(kind(
            "XZ compressed data, checksum CRC64",
            "application/x-xz",
            "binary",
        ));
    }
    if d.starts_with(b"PK\x03\x04") && d.len() > 30 {
        return Some(kind(
            "Zip archive data, at least v2.0 to extract",
            "application/zip",
            "binary",
        ));
    }
    None
}

fn gzip_desc(d: &[u8]) -> String {
    let mut s = "gzip compressed data".to_string();
    let flags = d.get(3).copied().unwrap_or(0);
    if flags & 8 != 0 {
        let mut pos = 10usize;
        if flags & 4 != 0 {
            let xlen = d
                .get(10..12)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
                .unwrap_or(0);
            pos += 2 + usize::from(xlen);
        }
        if let Some(rest) = d.get(pos..) {
            let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
            s.push_str(&format!(
                ", was \"{}\"",
                String::from_utf8_lossy(&rest[..end])
            ));
        }
    }
    let mtime = d
        .get(4..8)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0);
    if mtime != 0 {
        let t = crate::time::strftime("%a %b %e %H:%M:%S %Y", i64::from(mtime));
        s.push_str(&format!(", last modified: {t}"));
    }
    match d.get(8) {
        Some(2) => s.push_str(", max compression"),
        Some(4) => s.push_str(", max speed"),
        _ => {}
    }
    let os = match d.get(9) {
        Some(0) => "FAT filesystem (MS-DOS, OS/2, NT)",
        Some(3) => "Unix",
        Some(7) => "Macintosh",
        Some(11) => "NTFS filesystem (NT)",
        _ => "",
    };
    if !os.is_empty() {
        s.push_str(&format!(", from {os}"));
    }
    if d.len() >= 18 {
        let n = d.len();
        let size = u32::from_le_bytes([d[n - 4], d[n - 3], d[n - 2], d[n - 1]]);
        s.push_str(&format!(", original size modulo 2^32 {size}"));
    }
    s
}

/// The interpreter named by a `#!` line, and what file calls its scripts.
fn script(first: &str) -> Option<(String, &'static str)> {
    let line = first.strip_prefix("#!")?.trim();
    let mut words = line.split_whitespace();
    let mut prog = words.next()?.rsplit('/').next()?.to_string();
    if prog == "env" {
        prog = words.find(|w| !w.starts_with('-'))?.to_string();
    }
    let (name, mime) = match prog.as_str() {
        "bash" => ("Bourne-Again shell", "text/x-shellscript"),
        "sh" | "dash" | "ash" => ("POSIX shell", "text/x-shellscript"),
        "zsh" => ("Paul Falstad's zsh", "text/x-shellscript"),
        "ksh" => ("Korn shell", "text/x-shellscript"),
        p if p.starts_with("python") => ("Python", "text/x-script.python"),
        "ruby" => ("Ruby", "text/x-ruby"),
        "awk" | "gawk" | "nawk" => ("awk", "text/x-awk"),
        "perl" => return Some(("Perl script text".to_string(), "text/x-perl")),
        "node" | "nodejs" => return Some(("Node.js script".to_string(), "application/javascript")),
        _ => return Some((format!("a {line} script"), "text/plain")),
    };
    Some((format!("{name} script"), mime))
}

fn text_kind(d: &[u8]) -> Option<Kind> {
    let utf8 = std::str::from_utf8(d).ok();
    let ascii = d.is_ascii();
    let bad_ctrl =
        |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b | 0x08 | 0x07);
    if d.iter().any(|&b| bad_ctrl(b) || b == 0x7f) {
        return None;
    }
    let (enc_word, charset) = if ascii {
        ("ASCII text", "us-ascii")
    } else if utf8.is_some() {
        if d.starts_with(b"\xef\xbb\xbf") {
            ("Unicode text, UTF-8 (with BOM) text", "utf-8")
        } else {
            ("Unicode text, UTF-8 text", "utf-8")
        }
    } else if d.iter().all(|&b| !(0x80..0xa0).contains(&b)) {
        ("ISO-8859 text", "iso-8859-1")
    } else {
        return None;
    };
    let text = String::from_utf8_lossy(d);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let first = text.lines().next().unwrap_or("");
    let mut extras = Vec::new();
    let longest = text
        .split(['\n', '\r'])
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    if longest > 300 {
        extras.push(format!("with very long lines ({longest})"));
    }
    let crlf = d.windows(2).filter(|w| w == b"\r\n").count();
    let lf = d.iter().filter(|&&b| b == b'\n').count() - crlf;
    let cr = d.iter().filter(|&&b| b == b'\r').count() - crlf;
    let terms: Vec<&str> = [(crlf, "CRLF"), (cr, "CR"), (lf, "LF")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, s)| *s)
        .collect();
    match terms.as_slice() {
        [] => extras.push("with no line terminators".to_string()),
        ["LF"] => {}
        t => extras.push(format!("with {} line terminators", t.join(", "))),
    }
    if d.contains(&0x1b) {
        extras.push("with escape sequences".to_string());
    }
    if d.contains(&0x08) {
        extras.push("with overstriking".to_string());
    }
    let tail = if extras.is_empty() {
        String::new()
    } else {
        format!(", {}", extras.join(", "))
    };
    if let Some((what, mime)) = script(first) {
        if what.ends_with(" text") {
            return Some(kind(
                format!("{what} executable"),
                mime,
                charset_static(charset),
            ));
        }
        if what.starts_with("Node.js") {
            return Some(kind(
                format!("{what} executable, {enc_word}{tail}"),
                mime,
                charset_static(charset),
            ));
        }
        return Some(kind(
            format!("{what}, {enc_word} executable{tail}"),
            mime,
            charset_static(charset),
        ));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        // file 5.44's is_json: one object or array, or several of them one after another
        // ("New Line Delimited", whatever separates them).
        let values = crate::commands::jq::json::parse_all(d);
        let all_containers = values
            .iter()
            .all(|v| matches!(v, Ok((jaq_json::Val::Obj(_) | jaq_json::Val::Arr(_), _))));
        match values.len() {
            1 if all_containers => {
                return Some(kind(
                    "JSON text data",
                    "application/json",
                    charset_static(charset),
                ));
            }
            2.. if all_containers => {
                return Some(kind(
                    "New Line Delimited JSON text data",
                    "application/x-ndjson",
                    charset_static(charset),
                ));
            }
            _ => {}
        }
    }
    if crate::commands::filelang::is_csv(d) {
        return Some(kind("CSV text", "text/csv", charset_static(charset)));
    }
    let lower = trimmed.get(..15).unwrap_or(trimmed).to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Some(kind(
            format!("HTML document, {enc_word}{tail}"),
            "text/html",
            charset_static(charset),
        ));
    }
    if let Some(rest) = trimmed.strip_prefix("<?xml version=\"") {
        let ver: String = rest.chars().take_while(|c| *c != '"').collect();
        return Some(kind(
            format!("XML {ver} document, {enc_word}{tail}"),
            "text/xml",
            charset_static(charset),
        ));
    }
    if first.starts_with("diff ") || (first.starts_with("--- ") && text.contains("\n+++ ")) {
        return Some(kind(
            format!("diff output, {enc_word}{tail}"),
            "text/x-diff",
            charset_static(charset),
        ));
    }
    if let Some((lang, mime, exec)) = crate::commands::filelang::guess(&text) {
        let exec = if exec { " executable" } else { "" };
        return Some(kind(
            format!("{lang}, {enc_word}{exec}{tail}"),
            mime,
            charset_static(charset),
        ));
    }
    Some(kind(
        format!("{enc_word}{tail}"),
        "text/plain",
        charset_static(charset),
    ))
}

fn charset_static(c: &str) -> &'static str {
    match c {
        "us-ascii" => "us-ascii",
        "utf-8" => "utf-8",
        _ => "iso-8859-1",
    }
}

/// Text with a UTF-16 byte order mark: file's wording, the line terminators of the
/// decoded text.
fn utf16_kind(d: &[u8]) -> Option<Kind> {
    let (le, rest) = match d {
        [0xff, 0xfe, rest @ ..] => (true, rest),
        [0xfe, 0xff, rest @ ..] => (false, rest),
        _ => return None,
    };
    let units: Vec<u16> = rest
        .chunks_exact(2)
        .map(|c| match c {
            [a, b] if le => u16::from_le_bytes([*a, *b]),
            [a, b] => u16::from_be_bytes([*a, *b]),
            _ => 0,
        })
        .collect();
    let text = String::from_utf16(&units).ok()?;
    let inner = text_kind(text.as_bytes())?;
    let tail = inner.desc.find(", with ").map_or("", |i| &inner.desc[i..]);
    let (end, enc) = if le {
        ("little", "utf-16le")
    } else {
        ("big", "utf-16be")
    };
    Some(kind(
        format!("Unicode text, UTF-16, {end}-endian text{tail}"),
        "text/plain",
        enc,
    ))
}

fn classify(d: &[u8]) -> Kind {
    if d.is_empty() {
        return kind("empty", "inode/x-empty", "binary");
    }
    magic(d)
        .or_else(|| utf16_kind(d))
        .or_else(|| text_kind(d))
        .unwrap_or_else(|| kind("data", "application/octet-stream", "binary"))
}

/// Runs `file`.
pub fn file<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
        let mut p = Parser::new(SPEC, &args);
        let mut o = Opts::default();
        let mut names = Vec::new();
        loop {
            match p.next_arg() {
                Ok(None) => break,
                Ok(Some(Arg::Operand(f))) => names.push(f),
                Ok(Some(Arg::Opt(k, v))) => match k {
                    "b" => o.brief = true,
                    "i" => {
                        o.mime_type = true;
                        o.mime_enc = true;
                    }
                    "mime-type" => o.mime_type = true,
                    "mime-encoding" => o.mime_enc = true,
                    "L" => o.deref = true,
                    "h" => o.deref = false,
                    "N" => o.no_pad = true,
                    "F" => o.sep = v,
                    "v" => {
                        ctx.stdout
                            .write_str(
                                "file-5.44\nmagic file from /etc/magic:/usr/share/misc/magic\n",
                            )
                            .await?;
                        return Ok(0);
                    }
                    "help" => {
                        ctx.stdout.write_str(USAGE).await?;
                        return Ok(0);
                    }
                    _ => {}
                },
                Err(UsageError(msg)) => {
                    ctx.err(&msg).await?;
                    ctx.stderr.write_str(USAGE).await?;
                    return Ok(1);
                }
            }
        }
        if names.is_empty() {
            ctx.stderr.write_str(USAGE).await?;
            return Ok(1);
        }
        let shown: Vec<String> = names
            .iter()
            .map(|n| {
                if n == "-" {
                    "/dev/stdin".to_string()
                } else {
                    n.clone()
                }
            })
            .collect();
        let sep = o.sep.clone().unwrap_or_else(|| ":".to_string());
        let width = shown.iter().map(|n| n.chars().count()).max().unwrap_or(0) + sep.len();
        // Stat everything first, then read the regular files in one batch.
        let mut descs: Vec<Option<Kind>> = Vec::with_capacity(names.len());
        let mut to_read = Vec::new();
        for (i, n) in names.iter().enumerate() {
            ctx.check()?;
            if n == "-" {
                let d = ctx.stdin.read_all().await?;
                descs.push(Some(classify(&d)));
                continue;
            }
            let path = ctx.real_path(n).await;
            let meta = if o.deref {
                ctx.rt.vfs.stat(&path).await
            } else {
                ctx.rt.vfs.lstat(&path).await
            };
            match meta {
                Ok(m) if m.file_type == FileType::Dir => {
                    descs.push(Some(kind("directory", "inode/directory", "binary")));
                }
                Ok(m) if m.file_type == FileType::Symlink => {
                    let target = ctx.rt.vfs.read_link(&path).await.unwrap_or_default();
                    let broken = ctx.rt.vfs.stat(&path).await.is_err();
                    let desc = if broken {
                        format!("broken symbolic link to {target}")
                    } else {
                        format!("symbolic link to {target}")
                    };
                    descs.push(Some(kind(desc, "inode/symlink", "binary")));
                }
                Ok(_) => {
                    descs.push(None);
                    to_read.push((i, n.clone()));
                }
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    let why = e.reason();
                    descs.push(Some(kind(
                        format!("cannot open `{n}' ({why})"),
                        "cannot open",
                        "",
                    )));
                }
            }
        }
        let paths: Vec<String> = to_read.iter().map(|(_, n)| n.clone()).collect();
        for ((i, _), r) in to_read.iter().zip(ctx.read_files(&paths).await) {
            let k = match r {
                Ok(d) => classify(&d),
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => kind(
                    format!("cannot open `{}' ({})", names[*i], e.reason()),
                    "cannot open",
                    "",
                ),
            };
            descs[*i] = Some(k);
        }
        let mut out = String::new();
        for (name, k) in shown.iter().zip(descs) {
            let Some(k) = k else { continue };
            if !o.brief {
                let label = format!("{name}{sep}");
                if o.no_pad {
                    out.push_str(&format!("{label} "));
                } else {
                    out.push_str(&format!("{label:<width$} "));
                }
            }
            let body = if k.mime == "cannot open" {
                k.desc
            } else if o.mime_type && o.mime_enc {
                format!("{}; charset={}", k.mime, k.enc)
            } else if o.mime_type {
                k.mime.to_string()
            } else if o.mime_enc {
                k.enc.to_string()
            } else {
                k.desc
            };
            out.push_str(&body);
            out.push('\n');
        }
        ctx.stdout.write_str(&out).await?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::classify;

    #[test]
    fn descriptions_like_file_5_44() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b"hello\n", "ASCII text"),
            ("h\u{e9}llo\n".as_bytes(), "Unicode text, UTF-8 text"),
            (b"caf\xe9\n", "ISO-8859 text"),
            (b"a\r\nb\r\n", "ASCII text, with CRLF line terminators"),
            (b"no newline", "ASCII text, with no line terminators"),
            (b"\x00\x01binary", "data"),
            (b"{\"a\":1}\n", "JSON text data"),
            (
                b"#!/bin/bash\necho\n",
                "Bourne-Again shell script, ASCII text executable",
            ),
            (b"#!/bin/sh\n", "POSIX shell script, ASCII text executable"),
            (
                b"#!/usr/bin/env python3\n",
                "Python script, ASCII text executable",
            ),
        ];
        for (data, want) in cases {
            assert_eq!(classify(data).desc, *want, "{data:?}");
        }
    }
}

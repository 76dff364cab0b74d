//! `cmp`: compare two files byte by byte (GNU diffutils 3.8 semantics: the
//! `differ: byte N, line M` message, `-s`, `-l`, `-b`, `-n`, `-i SKIP1[:SKIP2]`, skip
//! operands, EOF messages, exit 0/1/2), and the option parsing diffutils commands share
//! (usage errors end with `NAME: Try 'NAME --help' ...` and status 2).
//!
//! Both inputs are read whole in one `read_files` batch.

use crate::commands::args::{Arg, Parser};
use crate::commands::stream::{fatal, parse_size};
use crate::commands::{Ctx, file_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

/// Options and operands parsed the diffutils way, or the status to exit with.
pub enum Parsed<'s> {
    /// Run with these options (key, value) and operands.
    Run(Vec<(&'s str, Option<String>)>, Vec<String>),
    /// `--help`, `--version` or a usage error was handled.
    Exit(i32),
}

/// Parses `ctx.args` against `spec` (which must define `|help` and `v|version`).
pub async fn parse_diffutils<'s>(
    ctx: &Ctx<'_>,
    spec: &'s str,
    help: &str,
    version: &str,
) -> Result<Parsed<'s>> {
    let args = &ctx.args[1..];
    let mut p = Parser::new(spec, args);
    let mut opts = Vec::new();
    let mut operands = Vec::new();
    loop {
        match p.next_arg() {
            Ok(None) => break,
            Ok(Some(Arg::Operand(o))) => operands.push(o),
            Ok(Some(Arg::Opt("help", _))) => {
                ctx.stdout.write_str(help).await?;
                return Ok(Parsed::Exit(0));
            }
            Ok(Some(Arg::Opt("v", _))) => {
                ctx.stdout.write_str(version).await?;
                return Ok(Parsed::Exit(0));
            }
            Ok(Some(Arg::Opt(k, v))) => opts.push((k, v)),
            Err(e) => {
                ctx.err(&e.0).await?;
                try_help(ctx).await?;
                return Ok(Parsed::Exit(2));
            }
        }
    }
    Ok(Parsed::Run(opts, operands))
}

/// `NAME: Try 'NAME --help' for more information.`
pub async fn try_help(ctx: &Ctx<'_>) -> Result<()> {
    let n = ctx.name();
    ctx.err(&format!("Try '{n} --help' for more information."))
        .await
}

const VERSION: &str = "cmp (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Torbjörn Granlund and David MacKenzie.
";

/// `cat -v` style rendering of a byte, as `cmp -b` prints it.
fn visible(b: u8) -> String {
    let mut s = String::new();
    let mut c = b;
    if c >= 128 {
        s.push_str("M-");
        c -= 128;
    }
    if c < 32 {
        s.push('^');
        s.push((c + 64) as char);
    } else if c == 127 {
        s.push_str("^?");
    } else {
        s.push(c as char);
    }
    s
}

fn digits(n: u64) -> usize {
    n.to_string().len()
}

/// Runs `cmp`.
pub fn cmp<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let spec = "b|print-bytes i|ignore-initial= l|verbose n|bytes= s|quiet|silent |help \
                    v|version";
        let (opts, ops) =
            match parse_diffutils(ctx, spec, include_str!("help/cmp.txt"), VERSION).await? {
                Parsed::Run(o, p) => (o, p),
                Parsed::Exit(c) => return Ok(c),
            };
        let mut bytes = false;
        let mut list = false;
        let mut silent = false;
        let mut limit: Option<u64> = None;
        let mut skip = [0u64; 2];
        let bad = |what: &str, v: &str| format!("invalid --{what} value '{v}'");
        for (k, v) in &opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "b" => bytes = true,
                "l" => list = true,
                "s" => silent = true,
                "n" => match parse_size(&v) {
                    Ok(n) => limit = Some(n),
                    Err(_) => {
                        ctx.err(&bad("bytes", &v)).await?;
                        try_help(ctx).await?;
                        return Ok(2);
                    }
                },
                "i" => {
                    let (a, b) = v.split_once(':').unwrap_or((&v, &v));
                    match (parse_size(a), parse_size(b)) {
                        (Ok(a), Ok(b)) => skip = [a, b],
                        _ => {
                            ctx.err(&bad("ignore-initial", &v)).await?;
                            try_help(ctx).await?;
                            return Ok(2);
                        }
                    }
                }
                _ => {}
            }
        }
        if list && silent {
            ctx.err("options -l and -s are incompatible").await?;
            try_help(ctx).await?;
            return Ok(2);
        }
        match ops.len() {
            0 => {
                ctx.err("missing operand after 'cmp'").await?;
                try_help(ctx).await?;
                return Ok(2);
            }
            1..=4 => {}
            _ => {
                ctx.err(&format!("extra operand '{}'", ops[4])).await?;
                try_help(ctx).await?;
                return Ok(2);
            }
        }
        for (i, s) in ops.iter().skip(2).enumerate() {
            match parse_size(s) {
                Ok(n) => skip[i] = n,
                Err(_) => {
                    ctx.err(&bad("ignore-initial", s)).await?;
                    try_help(ctx).await?;
                    return Ok(2);
                }
            }
        }
        let names = [
            ops[0].clone(),
            ops.get(1).cloned().unwrap_or_else(|| "-".into()),
        ];
        let mut data = Vec::new();
        for (name, r) in names.iter().zip(ctx.read_files(&names).await) {
            match r {
                Ok(d) => data.push(d),
                Err(e) if fatal(&e) => return Err(e),
                Err(e) => {
                    ctx.err(&file_error(name, &e)).await?;
                    return Ok(2);
                }
            }
        }
        let a = data[0]
            .get(usize::try_from(skip[0]).unwrap_or(usize::MAX)..)
            .unwrap_or(&[]);
        let b = data[1]
            .get(usize::try_from(skip[1]).unwrap_or(usize::MAX)..)
            .unwrap_or(&[]);
        let max = limit.map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
        let a = &a[..a.len().min(max)];
        let b = &b[..b.len().min(max)];
        let common = a.len().min(b.len());
        let mut out = String::new();
        let mut differ = false;
        if list {
            let width = digits(common.max(1) as u64);
            for i in 0..common {
                if a[i] != b[i] {
                    differ = true;
                    if bytes {
                        out.push_str(&format!(
                            "{:>width$} {:>3o} {:<4} {:>3o} {}\n",
                            i + 1,
                            a[i],
                            visible(a[i]),
                            b[i],
                            visible(b[i])
                        ));
                    } else {
                        out.push_str(&format!("{:>width$} {:>3o} {:>3o}\n", i + 1, a[i], b[i]));
                    }
                }
            }
            ctx.stdout.write_str(&out).await?;
        } else if let Some(i) = (0..common).find(|&i| a[i] != b[i]) {
            if !silent {
                let line = memchr::memchr_iter(b'\n', &a[..i]).count() + 1;
                let mut msg = format!(
                    "{} {} differ: byte {}, line {line}",
                    names[0],
                    names[1],
                    i + 1
                );
                if bytes {
                    msg.push_str(&format!(
                        " is {:>3o} {} {:>3o} {}",
                        a[i],
                        visible(a[i]),
                        b[i],
                        visible(b[i])
                    ));
                }
                ctx.stdout.write_str(&format!("{msg}\n")).await?;
            }
            return Ok(1);
        }
        if a.len() != b.len() {
            if !silent {
                let (short, n) = if a.len() < b.len() {
                    (&names[0], a)
                } else {
                    (&names[1], b)
                };
                let msg = if n.is_empty() {
                    format!("EOF on {short} which is empty")
                } else if list {
                    format!("EOF on {short} after byte {}", n.len())
                } else {
                    let lines = memchr::memchr_iter(b'\n', n).count();
                    if n.ends_with(b"\n") {
                        format!("EOF on {short} after byte {}, line {lines}", n.len())
                    } else {
                        format!(
                            "EOF on {short} after byte {}, in line {}",
                            n.len(),
                            lines + 1
                        )
                    }
                };
                ctx.err(&msg).await?;
            }
            return Ok(1);
        }
        Ok(i32::from(differ))
    })
}

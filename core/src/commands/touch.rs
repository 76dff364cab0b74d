//! `touch`: create files and set modification times. The VFS keeps no access time, so
//! `-a` alone changes nothing on an existing file (it still creates a missing one).

use std::time::Duration;

use bytes::Bytes;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::date::{Stamp, now, parse_date};
use crate::commands::fsutil::{missing, per_file};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::time::days_from_civil;

const SPEC: &str = "a c|no-create d|date= f h|no-dereference m r|reference= t= |time=";

/// Runs `touch`.
pub fn touch<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/touch.txt"),
            version: "Paul Rubin, Arnold Robbins, Jim Kingdon,\nDavid MacKenzie, and Randy Smith",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut no_create, mut only_atime, mut only_mtime) = (false, false, false);
        let mut when: Option<Stamp> = None;
        let now = now(ctx);
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "a" => only_atime = true,
                "m" => only_mtime = true,
                "c" | "h" => no_create = true,
                "time" => match v.as_str() {
                    "access" | "atime" | "use" => only_atime = true,
                    "modify" | "mtime" => only_mtime = true,
                    _ => {
                        let msg = format!(
                            "invalid argument {} for {}\nValid arguments are:\n  - ‘atime’, ‘access’, ‘use’\n  - ‘mtime’, ‘modify’",
                            quote_locale(&v),
                            quote_locale("--time")
                        );
                        ctx.err(&msg).await?;
                        args::try_help(ctx).await?;
                        return Ok(1);
                    }
                },
                "d" => match parse_date(&v, now) {
                    Some(t) => when = Some(t),
                    None => return bad_date(ctx, &v).await,
                },
                "t" => match stamp(&v, now) {
                    Some(t) => when = Some(t),
                    None => return bad_date(ctx, &v).await,
                },
                "r" => match ctx.rt.vfs.stat(&ctx.path(&v)).await {
                    Ok(m) => {
                        let d = m.mtime.unwrap_or_default();
                        when = Some(Stamp {
                            secs: i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                            nanos: d.subsec_nanos(),
                        });
                    }
                    Err(e) => {
                        let e = per_file(e)?;
                        let msg = format!(
                            "failed to get attributes of {}: {}",
                            quote_always(&v),
                            e.reason()
                        );
                        ctx.err(&msg).await?;
                        return Ok(1);
                    }
                },
                _ => {}
            }
        }
        if parsed.operands.is_empty() {
            return missing(ctx, "missing file operand").await;
        }
        let set_mtime = !only_atime || only_mtime;
        let t = when.unwrap_or(now);
        let mtime = if t.secs < 0 {
            Duration::ZERO
        } else {
            Duration::new(t.secs.unsigned_abs(), t.nanos)
        };
        let vfs = &ctx.rt.vfs;
        let mut status = 0;
        for op in &parsed.operands {
            ctx.check()?;
            let abs = ctx.path(op);
            if op.is_empty() {
                ctx.err("cannot touch '': No such file or directory")
                    .await?;
                status = 1;
                continue;
            }
            let r = match vfs.stat(&abs).await {
                Ok(_) if op.ends_with('/') && !vfs.stat(&abs).await?.is_dir() => {
                    Err(ErrorKind::NotADirectory)
                }
                Ok(_) if !set_mtime => Ok(()),
                Ok(_) => vfs.set_mtime(&abs, mtime).await.map_err(|e| e.kind()),
                Err(e) if e.kind() == ErrorKind::NotFound && no_create => Ok(()),
                Err(e) if e.kind() == ErrorKind::NotFound && op.ends_with('/') => {
                    Err(ErrorKind::NotFound)
                }
                Err(e) if e.kind() == ErrorKind::NotFound => {
                    let made = vfs.write(&abs, Bytes::new()).await;
                    // A new file is 0666 less the umask (the backend's default is 0644).
                    let mode = 0o666 & !ctx.umask;
                    if made.is_ok() && mode != 0o644 {
                        let _ = vfs.set_mode(&abs, mode).await;
                    }
                    match made {
                        Ok(()) if when.is_some() => {
                            vfs.set_mtime(&abs, mtime).await.map_err(|e| e.kind())
                        }
                        Ok(()) => Ok(()),
                        Err(e) => {
                            let e = per_file(e)?;
                            ctx.err(&format!(
                                "cannot touch {}: {}",
                                quote_always(op),
                                e.reason()
                            ))
                            .await?;
                            status = 1;
                            continue;
                        }
                    }
                }
                Err(e) => Err(per_file(e)?.kind()),
            };
            if let Err(kind) = r {
                if matches!(kind, ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                    return Err(crate::error::Error::new(kind));
                }
                let msg = format!("setting times of {}: {}", quote_always(op), kind.describe());
                ctx.err(&msg).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

async fn bad_date(ctx: &Ctx<'_>, v: &str) -> Result<i32> {
    ctx.err(&format!("invalid date format {}", quote_locale(v)))
        .await?;
    Ok(1)
}

/// `-t [[CC]YY]MMDDhhmm[.ss]`.
fn stamp(s: &str, now: Stamp) -> Option<Stamp> {
    let (main, secs) = match s.split_once('.') {
        Some((m, ss)) if ss.len() == 2 => (m, ss.parse::<u32>().ok()?),
        Some(_) => return None,
        None => (s, 0),
    };
    if !main.bytes().all(|b| b.is_ascii_digit()) || secs > 60 {
        return None;
    }
    let n = |a: usize, b: usize| -> Option<u32> { main.get(a..b)?.parse().ok() };
    let (year, rest) = match main.len() {
        8 => (crate::time::civil(now.secs).year, 0),
        10 => {
            let yy = i64::from(n(0, 2)?);
            (if yy < 69 { 2000 + yy } else { 1900 + yy }, 2)
        }
        12 => (i64::from(n(0, 4)?), 4),
        _ => return None,
    };
    let (mo, d, h, mi) = (
        n(rest, rest + 2)?,
        n(rest + 2, rest + 4)?,
        n(rest + 4, rest + 6)?,
        n(rest + 6, rest + 8)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 {
        return None;
    }
    let days = days_from_civil(year, mo, d);
    Some(Stamp {
        secs: days * 86_400 + i64::from(h) * 3600 + i64::from(mi) * 60 + i64::from(secs),
        nanos: 0,
    })
}

//! `date`: print the time from the embedder's clock (or `-d STRING`, `-r FILE`, `-f FILE`)
//! in GNU's formats, in the zone `TZ` names (see [`zone`]: jiff's bundled database, UTC when
//! unset; `-u` forces UTC). Setting the clock (`-s`, `MMDDhhmm`) is refused like an
//! unprivileged GNU date: `cannot set date: Operation not permitted`.

mod format;
mod parse;
mod zone;

use parse::parse_date_in;
pub(crate) use parse::{Stamp, parse_date};
use zone::Zone;

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::fsutil::per_file;
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "d|date= |debug f|file= I|iso-8601? |resolution R|rfc-email \
                    |rfc-3339= r|reference= s|set= u|utc|universal";

const DEFAULT: &str = "%a %b %e %H:%M:%S %Z %Y";

/// The current time of the run's clock.
pub(crate) fn now(ctx: &Ctx<'_>) -> Stamp {
    let d = ctx.rt.clock.now();
    Stamp {
        secs: i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        nanos: d.subsec_nanos(),
    }
}

/// Matches `arg` against GNU's argmatch list (exact or unambiguous prefix).
async fn choose<'c>(
    ctx: &Ctx<'_>,
    arg: &str,
    opt: &str,
    list: &[&'c str],
) -> Result<Option<&'c str>> {
    if let Some(hit) = list.iter().find(|c| **c == arg) {
        return Ok(Some(hit));
    }
    let hits: Vec<&&str> = list
        .iter()
        .filter(|c| c.starts_with(arg) && !arg.is_empty())
        .collect();
    if let [one] = hits.as_slice() {
        return Ok(Some(one));
    }
    let what = if hits.is_empty() {
        "invalid"
    } else {
        "ambiguous"
    };
    let mut msg = format!(
        "{what} argument {} for {}\nValid arguments are:",
        quote_locale(arg),
        quote_locale(opt)
    );
    for c in list {
        msg.push_str(&format!("\n  - {}", quote_locale(c)));
    }
    ctx.err(&msg).await?;
    try_help(ctx).await?;
    Ok(None)
}

/// Runs `date`.
pub fn date<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help.txt"),
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut date, mut file, mut reference, mut set) = (None, None, None, None);
        let tz = ctx
            .env
            .iter()
            .rev()
            .find(|(k, _)| k == "TZ")
            .map(|(_, v)| v.as_str());
        let mut zone = Zone::from_tz(tz);
        let mut fmt: Option<String> = None;
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "d" => date = Some(v),
                "f" => file = Some(v),
                "r" => reference = Some(v),
                "s" => set = Some(v),
                "R" => fmt = Some("%a, %d %b %Y %H:%M:%S %z".into()),
                "I" => {
                    let list = ["hours", "minutes", "date", "seconds", "ns"];
                    let pick = if v.is_empty() {
                        Some("date")
                    } else {
                        choose(ctx, &v, "--iso-8601", &list).await?
                    };
                    fmt = Some(
                        match pick {
                            None => return Ok(1),
                            Some("hours") => "%Y-%m-%dT%H%:z",
                            Some("minutes") => "%Y-%m-%dT%H:%M%:z",
                            Some("seconds") => "%Y-%m-%dT%H:%M:%S%:z",
                            Some("ns") => "%Y-%m-%dT%H:%M:%S,%N%:z",
                            Some(_) => "%Y-%m-%d",
                        }
                        .into(),
                    );
                }
                "rfc-3339" => {
                    fmt = Some(
                        match choose(ctx, &v, "--rfc-3339", &["date", "seconds", "ns"]).await? {
                            None => return Ok(1),
                            Some("seconds") => "%Y-%m-%d %H:%M:%S%:z",
                            Some("ns") => "%Y-%m-%d %H:%M:%S.%N%:z",
                            Some(_) => "%Y-%m-%d",
                        }
                        .into(),
                    );
                }
                "u" => zone = Zone::utc(),
                "resolution" => {
                    ctx.stdout.write_str("0.000000001\n").await?;
                    return Ok(0);
                }
                _ => {}
            }
        }
        let mut ops = parsed.operands.into_iter();
        if let Some(op) = ops.next() {
            if let Some(extra) = ops.next() {
                ctx.err(&format!("extra operand {}", quote_locale(&extra)))
                    .await?;
                try_help(ctx).await?;
                return Ok(1);
            }
            match op.strip_prefix('+') {
                Some(f) if fmt.is_none() => fmt = Some(f.to_string()),
                Some(_) => {
                    ctx.err("multiple output formats specified").await?;
                    return Ok(1);
                }
                None => set = Some(op),
            }
        }
        let fmt = fmt.unwrap_or_else(|| DEFAULT.to_string());
        let now = now(ctx);
        if let Some(s) = set {
            if parse_date_in(&s, now, &zone).is_none() {
                ctx.err(&format!("invalid date {}", quote_locale(&s)))
                    .await?;
                return Ok(1);
            }
            ctx.err("cannot set date: Operation not permitted").await?;
            return Ok(1);
        }
        if let Some(f) = file {
            return from_file(ctx, &f, &fmt, now, &zone).await;
        }
        let t = if let Some(r) = reference {
            match ctx.rt.vfs.stat(&ctx.path(&r)).await {
                Ok(m) => {
                    let d = m.mtime.unwrap_or_default();
                    Stamp {
                        secs: i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                        nanos: d.subsec_nanos(),
                    }
                }
                Err(e) => {
                    let e = per_file(e)?;
                    ctx.err(&file_error(&r, &e)).await?;
                    return Ok(1);
                }
            }
        } else if let Some(d) = date {
            match parse_date_in(&d, now, &zone) {
                Some(t) => t,
                None => {
                    ctx.err(&format!("invalid date {}", quote_locale(&d)))
                        .await?;
                    return Ok(1);
                }
            }
        } else {
            now
        };
        let mut line = format::format(&fmt, t, &zone.at(t.secs));
        line.push('\n');
        ctx.stdout.write_str(&line).await?;
        Ok(0)
    })
}

/// `date -f FILE`: one date per line; bad lines are reported and make the status 1.
async fn from_file(ctx: &Ctx<'_>, f: &str, fmt: &str, now: Stamp, zone: &Zone) -> Result<i32> {
    let data = match ctx.read_files(&[f.to_string()]).await.pop() {
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            let e = per_file(e)?;
            ctx.err(&file_error(f, &e)).await?;
            return Ok(1);
        }
        None => return Ok(1),
    };
    let mut status = 0;
    let mut out = String::new();
    for line in String::from_utf8_lossy(&data).lines() {
        ctx.check()?;
        match parse_date_in(line, now, zone) {
            Some(t) => {
                out.push_str(&format::format(fmt, t, &zone.at(t.secs)));
                out.push('\n');
            }
            None => {
                ctx.stdout.write_str(&out).await?;
                out.clear();
                ctx.err(&format!("invalid date {}", quote_locale(line)))
                    .await?;
                status = 1;
            }
        }
    }
    ctx.stdout.write_str(&out).await?;
    Ok(status)
}

//! `truncate`: set or adjust file sizes (`-s [+-<>/%]SIZE`, `-r FILE`, `-c`). Files grow
//! with zero bytes; a size past the run's file-size limit stops the run like any write.

use bytes::Bytes;

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::fsutil::{missing, parse_size, per_file};
use crate::commands::{Ctx, quote_always, quote_locale};
use crate::error::{Error, ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "c|no-create o|io-blocks r|reference= s|size=";

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Set,
    Extend,
    Reduce,
    AtMost,
    AtLeast,
    RoundDown,
    RoundUp,
}

/// Runs `truncate`.
pub fn truncate<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/truncate.txt"),
            version: "Padraig Brady",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut no_create, mut blocks) = (false, false);
        let (mut size, mut reference) = (None, None);
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "c" => no_create = true,
                "o" => blocks = true,
                "r" => reference = Some(v),
                "s" => size = Some(v),
                _ => {}
            }
        }
        let spec = match &size {
            Some(s) => {
                let t = s.trim_start();
                let (op, rest) = match t.chars().next() {
                    Some('+') => (Op::Extend, &t[1..]),
                    Some('-') => (Op::Reduce, &t[1..]),
                    Some('<') => (Op::AtMost, &t[1..]),
                    Some('>') => (Op::AtLeast, &t[1..]),
                    Some('/') => (Op::RoundDown, &t[1..]),
                    Some('%') => (Op::RoundUp, &t[1..]),
                    _ => (Op::Set, t),
                };
                let Some(n) = parse_size(rest, false) else {
                    ctx.err(&format!("Invalid number: {}", quote_locale(s)))
                        .await?;
                    return Ok(1);
                };
                let n = if blocks { n.saturating_mul(4096) } else { n };
                if matches!(op, Op::RoundDown | Op::RoundUp) && n == 0 {
                    ctx.err("division by zero").await?;
                    return Ok(1);
                }
                Some((op, n))
            }
            None => None,
        };
        let base = match (&reference, spec) {
            (None, None) => {
                ctx.err("you must specify either ‘--size’ or ‘--reference’")
                    .await?;
                try_help(ctx).await?;
                return Ok(1);
            }
            (Some(_), Some((Op::Set, _))) => {
                ctx.err("you must specify a relative ‘--size’ with ‘--reference’")
                    .await?;
                try_help(ctx).await?;
                return Ok(1);
            }
            (Some(r), _) => match ctx.rt.vfs.stat(&ctx.path(r)).await {
                Ok(m) => Some(m.size),
                Err(e) => {
                    let e = per_file(e)?;
                    ctx.err(&format!("cannot stat {}: {}", quote_always(r), e.reason()))
                        .await?;
                    return Ok(1);
                }
            },
            (None, Some(_)) => None,
        };
        if parsed.operands.is_empty() {
            return missing(ctx, "missing file operand").await;
        }
        let mut status = 0;
        for op in &parsed.operands {
            ctx.check()?;
            if let Err(e) = resize(ctx, op, spec, base, no_create).await {
                let e = per_file(e)?;
                let msg = format!(
                    "cannot open {} for writing: {}",
                    quote_always(op),
                    e.reason()
                );
                ctx.err(&msg).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

async fn resize(
    ctx: &Ctx<'_>,
    name: &str,
    spec: Option<(Op, u64)>,
    base: Option<u64>,
    no_create: bool,
) -> Result<()> {
    let vfs = &ctx.rt.vfs;
    let abs = ctx.path(name);
    let meta = match vfs.stat(&abs).await {
        Ok(m) if m.is_dir() => return Err(Error::new(ErrorKind::IsADirectory)),
        Ok(m) => Some(m),
        Err(e) if e.kind() == ErrorKind::NotFound && no_create => return Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let cur = meta.as_ref().map_or(0, |m| m.size);
    let from = base.unwrap_or(cur);
    let new = match spec {
        None => from,
        Some((op, n)) => match op {
            Op::Set => n,
            Op::Extend => from.saturating_add(n),
            Op::Reduce => from.saturating_sub(n),
            Op::AtMost => from.min(n),
            Op::AtLeast => from.max(n),
            Op::RoundDown => from / n * n,
            Op::RoundUp => from.div_ceil(n).saturating_mul(n),
        },
    };
    let limit = ctx.rt.limits.max_file_size;
    if new > limit {
        return Err(Error::limit(format!(
            "file size limit of {limit} bytes exceeded"
        )));
    }
    if meta.is_some() && new == cur {
        return Ok(());
    }
    let mut data = if meta.is_some() && new > 0 {
        vfs.read(&abs).await?.to_vec()
    } else {
        Vec::new()
    };
    data.resize(usize::try_from(new).unwrap_or(usize::MAX), 0);
    vfs.write(&abs, Bytes::from(data)).await
}

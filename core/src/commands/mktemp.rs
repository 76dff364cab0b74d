//! `mktemp`: create a uniquely named file or directory. The random letters come from a
//! small xorshift generator seeded from the embedder's clock and a per-process counter
//! (names only need to be unique, not secret, inside the sandbox).

use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;

use crate::commands::args::{self, Outcome, Usage, try_help};
use crate::commands::fsutil::per_file;
use crate::commands::{Ctx, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const SPEC: &str = "d|directory u|dry-run q|quiet |suffix= p= |tmpdir? t";

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Runs `mktemp`.
pub fn mktemp<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/mktemp.txt"),
            version: "Jim Meyering and Eric Blake",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let (mut dir_mode, mut dry, mut quiet, mut t_opt) = (false, false, false, false);
        let mut suffix: Option<String> = None;
        let mut tmpdir: Option<String> = None;
        for (k, v) in &parsed.opts {
            match *k {
                "d" => dir_mode = true,
                "u" => dry = true,
                "q" => quiet = true,
                "t" => t_opt = true,
                "suffix" => suffix = v.clone(),
                "p" | "tmpdir" => tmpdir = Some(v.clone().unwrap_or_default()),
                _ => {}
            }
        }
        if parsed.operands.len() > 1 {
            ctx.err("too many templates").await?;
            try_help(ctx).await?;
            return Ok(1);
        }
        let env_tmp = ctx
            .env
            .iter()
            .find(|(k, _)| k == "TMPDIR")
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty());
        let (template, use_dir) = match parsed.operands.first() {
            Some(t) => (t.clone(), tmpdir.is_some() || t_opt),
            None => ("tmp.XXXXXXXXXX".to_string(), true),
        };
        let dir = if t_opt {
            env_tmp.clone().or(tmpdir.filter(|d| !d.is_empty()))
        } else {
            tmpdir.filter(|d| !d.is_empty()).or(env_tmp.clone())
        }
        .unwrap_or_else(|| "/tmp".to_string());
        if use_dir && template.contains('/') {
            if t_opt {
                let msg = format!(
                    "invalid template, {}, contains directory separator",
                    quote_locale(&template)
                );
                ctx.err(&msg).await?;
                return Ok(1);
            }
            if template.starts_with('/') {
                let msg = format!(
                    "invalid template, {}; with --tmpdir, it may not be absolute",
                    quote_locale(&template)
                );
                ctx.err(&msg).await?;
                return Ok(1);
            }
        }
        // Split TEMPLATE into head, X run and suffix.
        let (body, suffix) = match &suffix {
            Some(s) => {
                if s.contains('/') {
                    let msg = format!(
                        "invalid suffix {}, contains directory separator",
                        quote_locale(s)
                    );
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
                if !template.ends_with('X') {
                    let msg = format!(
                        "with --suffix, template {} must end in X",
                        quote_locale(&template)
                    );
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
                (template.clone(), s.clone())
            }
            None => match template.rfind('X') {
                Some(i) if !template[i..].contains('/') => {
                    (template[..=i].to_string(), template[i + 1..].to_string())
                }
                _ => (template.clone(), String::new()),
            },
        };
        let xs = body.len() - body.trim_end_matches('X').len();
        if xs < 3 {
            let msg = format!(
                "too few X's in template {}",
                quote_locale(&format!("{body}{suffix}"))
            );
            ctx.err(&msg).await?;
            return Ok(1);
        }
        let head = &body[..body.len() - xs];
        let full_template = if use_dir {
            format!("{}/{}", dir.trim_end_matches('/'), template)
        } else {
            template.clone()
        };
        let prefix = if use_dir {
            format!("{}/{head}", dir.trim_end_matches('/'))
        } else {
            head.to_string()
        };
        let d = ctx.rt.clock.now();
        let mut state = d.as_nanos() as u64
            ^ COUNTER.fetch_add(0x9E37_79B9, Ordering::Relaxed)
            ^ 0x2545_F491_4F6C_DD1D;
        for _ in 0..100 {
            ctx.check()?;
            let mut name = prefix.clone();
            for _ in 0..xs {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let i = (state % ALPHABET.len() as u64) as usize;
                name.push(char::from(ALPHABET.get(i).copied().unwrap_or(b'x')));
            }
            name.push_str(&suffix);
            let abs = ctx.path(&name);
            let vfs = &ctx.rt.vfs;
            if vfs.lstat(&abs).await.is_ok() {
                continue;
            }
            let r = if dry {
                Ok(())
            } else if dir_mode {
                match vfs.create_dir(&abs).await {
                    Ok(()) => {
                        let _ = vfs.set_mode(&abs, 0o700).await;
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            } else {
                match vfs.write(&abs, Bytes::new()).await {
                    Ok(()) => {
                        let _ = vfs.set_mode(&abs, 0o600).await;
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            };
            match r {
                Ok(()) => {
                    ctx.stdout.write_str(&format!("{name}\n")).await?;
                    return Ok(0);
                }
                Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    let e = per_file(e)?;
                    if !quiet {
                        let what = if dir_mode { "directory" } else { "file" };
                        let msg = format!(
                            "failed to create {what} via template {}: {}",
                            quote_locale(&full_template),
                            e.reason()
                        );
                        ctx.err(&msg).await?;
                    }
                    return Ok(1);
                }
            }
        }
        ctx.err(&format!(
            "failed to create file via template {}: File exists",
            quote_locale(&full_template)
        ))
        .await?;
        Ok(1)
    })
}

//! `realpath`: print canonical absolute (or `--relative-to`) paths.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fsutil::{Missing, missing, per_file, raw_abs, relative, resolve};
use crate::commands::{Ctx, file_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::is_within;

const SPEC: &str = "e|canonicalize-existing m|canonicalize-missing L|logical P|physical \
                    q|quiet |relative-to= |relative-base= s|strip|no-symlinks z|zero";

/// Runs `realpath`.
pub fn realpath<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/realpath.txt"),
            version: "Padraig Brady",
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut mode = Missing::Last;
        let (mut quiet, mut strip, mut zero) = (false, false, false);
        let (mut rel_to, mut rel_base) = (None, None);
        for (k, v) in &parsed.opts {
            match *k {
                "e" => mode = Missing::None,
                "m" => mode = Missing::All,
                "q" => quiet = true,
                "s" | "L" => strip = true,
                "P" => strip = false,
                "z" => zero = true,
                "relative-to" => rel_to = v.clone(),
                "relative-base" => rel_base = v.clone(),
                _ => {}
            }
        }
        if parsed.operands.is_empty() {
            return missing(ctx, "missing operand").await;
        }
        let canon = async |p: &str| -> Result<String> {
            let raw = raw_abs(ctx, p)?;
            if strip {
                let abs = ctx.path(p);
                // Without resolving, GNU checks only -e's existence.
                if mode == Missing::None {
                    ctx.rt.vfs.lstat(&abs).await?;
                }
                return Ok(abs);
            }
            resolve(ctx, &raw, mode).await
        };
        let mut dirs = Vec::new();
        for d in [&rel_to, &rel_base] {
            match d {
                Some(d) => match canon(d).await {
                    Ok(p) => dirs.push(Some(p)),
                    Err(e) => {
                        let e = per_file(e)?;
                        ctx.err(&file_error(d, &e)).await?;
                        return Ok(1);
                    }
                },
                None => dirs.push(None),
            }
        }
        let (to, base) = match (
            dirs.first().cloned().flatten(),
            dirs.get(1).cloned().flatten(),
        ) {
            (None, Some(b)) => (Some(b.clone()), Some(b)),
            (t, b) => (t, b),
        };
        let end = if zero { "\0" } else { "\n" };
        let mut status = 0;
        for op in &parsed.operands {
            ctx.check()?;
            match canon(op).await {
                Ok(p) => {
                    let shown = match (&to, &base) {
                        (Some(t), Some(b)) if is_within(&p, b) && is_within(t, b) => {
                            relative(&p, t)
                        }
                        (Some(_), Some(_)) => p,
                        (Some(t), None) => relative(&p, t),
                        _ => p,
                    };
                    ctx.stdout.write_str(&format!("{shown}{end}")).await?;
                }
                Err(e) => {
                    let e = per_file(e)?;
                    if !quiet {
                        ctx.err(&file_error(op, &e)).await?;
                    }
                    status = 1;
                }
            }
        }
        Ok(status)
    })
}

#[cfg(test)]
mod tests {
    use crate::commands::fsutil::relative;

    #[test]
    fn relative_paths() {
        let cases = [
            ("/a/b", "/a", "b"),
            ("/a", "/a/b", ".."),
            ("/a", "/a", "."),
            ("/x/y", "/a/b", "../../x/y"),
            ("/", "/a", ".."),
        ];
        for (p, d, want) in cases {
            assert_eq!(relative(p, d), want, "{p} {d}");
        }
    }
}

//! `which` (Debian's `which [-a] args`): where a name is found on `PATH`. Registered
//! commands and programs (the host's WASI tools), the builtins that are also programs (`echo`, `printf`, `test` ...) and
//! `bash`/`sh` live in `/usr/bin` and `/bin` (merged /usr, like Debian); scripts are VFS
//! files on `PATH`. Shell-only builtins (`cd`) and functions are not found, as in bash.

use crate::commands::Ctx;
use crate::error::Result;
use crate::eval::spawn::PROGRAM_BUILTINS;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::normalize;

/// True for a utility that mirage provides as `/usr/bin/NAME`.
fn provided(ctx: &Ctx<'_>, name: &str) -> bool {
    ctx.rt.registry.get(name).is_some()
        || ctx.rt.registry.program(name).is_some()
        || PROGRAM_BUILTINS.contains(&name)
        || matches!(name, "bash" | "sh")
}

/// Runs `which`.
pub fn which<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut all = false;
        let mut names = Vec::new();
        let mut opts_done = false;
        for a in ctx.args.iter().skip(1) {
            if !opts_done && a == "--" {
                opts_done = true;
            } else if !opts_done && a.starts_with('-') && a.len() > 1 {
                // Like the script's `getopts a`.
                for c in a.chars().skip(1) {
                    if c != 'a' {
                        ctx.stderr
                            .write_str(&format!("Illegal option -{c}\n"))
                            .await?;
                        ctx.stdout
                            .write_str("Usage: /usr/bin/which [-a] args\n")
                            .await?;
                        return Ok(2);
                    }
                    all = true;
                }
            } else {
                opts_done = true;
                names.push(a.clone());
            }
        }
        let path = ctx
            .env
            .iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let mut status = if names.is_empty() { 1 } else { 0 };
        let mut out = String::new();
        for name in &names {
            ctx.check()?;
            let mut found = false;
            if name.contains('/') {
                if is_program(ctx, &ctx.path(name), name).await {
                    out.push_str(&format!("{name}\n"));
                    found = true;
                }
            } else {
                for dir in path.split(':') {
                    let dir = if dir.is_empty() { "." } else { dir };
                    let shown = format!("{dir}/{name}");
                    if is_program(ctx, &normalize(&ctx.cwd, &shown), name).await {
                        out.push_str(&format!("{shown}\n"));
                        found = true;
                        if !all {
                            break;
                        }
                    }
                }
            }
            if !found {
                status = 1;
            }
        }
        ctx.stdout.write_str(&out).await?;
        Ok(status)
    })
}

/// A provided utility in `/usr/bin` or `/bin`, or a regular VFS file with an execute bit.
async fn is_program(ctx: &Ctx<'_>, abs: &str, name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    if let Some((dir, _)) = abs.rsplit_once('/')
        && matches!(dir, "/usr/bin" | "/bin")
        && provided(ctx, base)
    {
        return true;
    }
    match ctx.rt.vfs.stat(abs).await {
        Ok(m) => m.is_file() && m.mode & 0o111 != 0,
        Err(_) => false,
    }
}

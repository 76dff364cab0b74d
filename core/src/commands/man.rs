//! `man NAME`: there are no manual pages in the sandbox, so `man` prints the utility's
//! `--help` text (run through [`Ctx::spawn`]); `man -k`/sections are not supported.

use crate::commands::Ctx;
use crate::commands::fsutil::fatal;
use crate::error::Result;
use crate::io::Input;
use crate::sync::{BoxFuture, boxed};

/// What `man --help` prints: the sandbox's `man` only shows a command's usage text.
const HELP: &str = "Usage: man PAGE...
Show the usage text of each command PAGE (its --help output); there are no manual pages
in the sandbox.

  -?, --help                 give this help list
  -V, --version              print program version
";

/// Runs `man`.
pub fn man<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        match ctx.args.get(1).map(String::as_str) {
            Some("--help") => {
                ctx.stdout.write_str(HELP).await?;
                return Ok(0);
            }
            Some("--version" | "-V") => {
                ctx.stdout.write_str("man 2.11.2\n").await?;
                return Ok(0);
            }
            Some(o) if o.starts_with("--") => {
                let msg = format!(
                    "man: unrecognized option '{o}'\nTry 'man --help' or 'man --usage' for more information.\n"
                );
                ctx.stderr.write_str(&msg).await?;
                return Ok(16);
            }
            _ => {}
        }
        let names: Vec<String> = ctx
            .args
            .iter()
            .skip(1)
            .filter(|a| !a.starts_with('-') && !a.bytes().all(|b| b.is_ascii_digit()))
            .cloned()
            .collect();
        if names.is_empty() {
            ctx.stderr
                .write_str("What manual page do you want?\nFor example, try 'man man'.\n")
                .await?;
            return Ok(1);
        }
        let mut status = 0;
        for name in names {
            let argv = vec![name.clone(), "--help".to_string()];
            let r = ctx
                .spawn(
                    argv,
                    None,
                    Input::empty(),
                    ctx.stdout.clone(),
                    ctx.stderr.clone(),
                )
                .await;
            match r {
                Ok(_) => {}
                Err(e) if fatal(&e) => return Err(e),
                Err(_) => {
                    ctx.stderr
                        .write_str(&format!("No manual entry for {name}\n"))
                        .await?;
                    status = 16;
                }
            }
        }
        Ok(status)
    })
}

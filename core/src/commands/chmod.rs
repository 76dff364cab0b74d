//! `chmod`: change permission bits (octal or symbolic modes, `-R`), GNU-style messages.

use crate::commands::{Ctx, quote_always, quote_locale, quote_name};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = "Usage: chmod [OPTION]... MODE[,MODE]... FILE...
  or:  chmod [OPTION]... OCTAL-MODE FILE...
Change the mode of each FILE to MODE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
  -R, --recursive        change files and directories recursively
      --help        display this help and exit
      --version     output version information and exit

Each MODE is of the form '[ugoa]*([-+=]([rwxXst]*|[ugo]))+|[-+=][0-7]+'.
";

/// Applies a mode expression to `old` (`is_dir` decides `X`). `None` for a bad mode.
pub(crate) fn apply(expr: &str, old: u32, is_dir: bool, umask: u32) -> Option<u32> {
    if !expr.is_empty() && expr.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return u32::from_str_radix(expr, 8).ok().filter(|m| *m <= 0o7777);
    }
    let mut mode = old;
    for clause in expr.split(',') {
        let bytes = clause.as_bytes();
        let mut i = 0;
        let mut who = 0u32;
        while i < bytes.len() && matches!(bytes[i], b'u' | b'g' | b'o' | b'a') {
            who |= match bytes[i] {
                b'u' => 0o4700,
                b'g' => 0o2070,
                b'o' => 0o1007,
                _ => 0o7777,
            };
            i += 1;
        }
        if i == bytes.len() {
            return None;
        }
        while i < bytes.len() {
            let op = bytes[i];
            if !matches!(op, b'+' | b'-' | b'=') {
                return None;
            }
            i += 1;
            let mut bits = 0u32;
            while i < bytes.len() && !matches!(bytes[i], b'+' | b'-' | b'=') {
                bits |= match bytes[i] {
                    b'r' => 0o444,
                    b'w' => 0o222,
                    b'x' => 0o111,
                    b'X' if is_dir || old & 0o111 != 0 => 0o111,
                    b'X' => 0,
                    b's' => 0o6000,
                    b't' => 0o1000,
                    b'u' => (old >> 6 & 7) * 0o111,
                    b'g' => (old >> 3 & 7) * 0o111,
                    b'o' => (old & 7) * 0o111,
                    _ => return None,
                };
                i += 1;
            }
            // Without a who, the umask limits what `+` and `=` grant (like GNU).
            let mask = if who == 0 { 0o7777 & !umask } else { who };
            let affected = bits & mask;
            match op {
                b'+' => mode |= affected,
                b'-' => mode &= !affected,
                _ => {
                    let clear = if who == 0 { 0o7777 } else { who };
                    mode = (mode & !clear) | affected;
                }
            }
        }
    }
    Some(mode)
}

/// Runs `chmod`.
pub fn chmod<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut recursive = false;
        let mut verbose = false;
        let mut changes = false;
        let mut quiet = false;
        let mut operands = Vec::new();
        let mut only_operands = false;
        for a in ctx.args[1..].iter().cloned() {
            if only_operands || !a.starts_with('-') || a.len() == 1 {
                operands.push(a);
                continue;
            }
            match a.as_str() {
                "--" => only_operands = true,
                "--help" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(0);
                }
                "--version" => {
                    let text = super::version_text("chmod", "David MacKenzie and Jim Meyering");
                    ctx.stdout.write_str(&text).await?;
                    return Ok(0);
                }
                "--recursive" => recursive = true,
                "--verbose" => verbose = true,
                "--changes" => changes = true,
                "--silent" | "--quiet" => quiet = true,
                s if s[1..]
                    .bytes()
                    .all(|b| matches!(b, b'R' | b'v' | b'c' | b'f')) =>
                {
                    recursive |= s.contains('R');
                    verbose |= s.contains('v');
                    changes |= s.contains('c');
                    quiet |= s.contains('f');
                }
                // `-x`, `-w`: a mode that starts with `-`.
                _ => operands.push(a),
            }
        }
        let Some(mode_expr) = operands.first().cloned() else {
            ctx.err("missing operand").await?;
            ctx.stderr
                .write_str("Try 'chmod --help' for more information.\n")
                .await?;
            return Ok(1);
        };
        if operands.len() < 2 {
            ctx.err(&format!(
                "missing operand after {}",
                quote_locale(&mode_expr)
            ))
            .await?;
            ctx.stderr
                .write_str("Try 'chmod --help' for more information.\n")
                .await?;
            return Ok(1);
        }
        if apply(&mode_expr, 0o644, false, 0o022).is_none() {
            ctx.err(&format!("invalid mode: {}", quote_locale(&mode_expr)))
                .await?;
            ctx.stderr
                .write_str("Try 'chmod --help' for more information.\n")
                .await?;
            return Ok(1);
        }
        let mut status = 0;
        for file in &operands[1..] {
            ctx.check()?;
            let path = ctx.path(file);
            let meta = match ctx.rt.vfs.stat(&path).await {
                Ok(m) => m,
                Err(e) => {
                    if !quiet {
                        let msg = format!("cannot access {}: {}", quote_always(file), e.reason());
                        ctx.err(&msg).await?;
                    }
                    status = 1;
                    continue;
                }
            };
            let mut targets = vec![(file.clone(), path.clone(), meta)];
            if recursive && targets[0].2.is_dir() {
                match ctx.rt.vfs.walk(&path).await {
                    Ok(entries) => {
                        targets.extend(entries.into_iter().filter(|e| !e.meta.is_symlink()).map(
                            |e| {
                                let shown = format!("{}/{}", file.trim_end_matches('/'), e.path);
                                let full = format!("{}/{}", path.trim_end_matches('/'), e.path);
                                (shown, full, e.meta)
                            },
                        ))
                    }
                    Err(e) if e.kind() == ErrorKind::Cancelled => return Err(e),
                    Err(e) => {
                        ctx.err(&format!("{}: {}", quote_name(file), e.reason()))
                            .await?;
                        status = 1;
                    }
                }
            }
            for (shown, full, meta) in targets {
                ctx.check()?;
                let old = meta.mode & 0o7777;
                let new = apply(&mode_expr, old, meta.is_dir(), ctx.umask).unwrap_or(old);
                // GNU's "surprise" check: bits the umask kept that the mode meant to clear.
                let naive = apply(&mode_expr, old, meta.is_dir(), 0).unwrap_or(new);
                let surprise = new & !naive & 0o7777 != 0;
                if new != old
                    && let Err(e) = ctx.rt.vfs.set_mode(&full, new).await
                {
                    if e.kind() == ErrorKind::Cancelled {
                        return Err(e);
                    }
                    if !quiet {
                        let msg = format!(
                            "changing permissions of {}: {}",
                            quote_always(&shown),
                            e.reason()
                        );
                        ctx.err(&msg).await?;
                    }
                    status = 1;
                    continue;
                }
                if surprise {
                    let msg = format!(
                        "{}: new permissions are {}, not {}",
                        quote_name(&shown),
                        symbolic(new, meta.is_dir()),
                        symbolic(naive, meta.is_dir())
                    );
                    ctx.err(&msg).await?;
                    status = 1;
                }
                if verbose || (changes && new != old) {
                    let line = if new == old {
                        format!(
                            "mode of {} retained as {:04o} ({})\n",
                            quote_always(&shown),
                            old,
                            symbolic(old, meta.is_dir())
                        )
                    } else {
                        format!(
                            "mode of {} changed from {:04o} ({}) to {:04o} ({})\n",
                            quote_always(&shown),
                            old,
                            symbolic(old, meta.is_dir()),
                            new,
                            symbolic(new, meta.is_dir())
                        )
                    };
                    ctx.stdout.write_str(&line).await?;
                }
            }
        }
        Ok(status)
    })
}

/// `rwxr-xr-x` for a mode (as `ls -l` and `chmod -v` show it).
fn symbolic(mode: u32, _is_dir: bool) -> String {
    let mut s = String::with_capacity(9);
    for shift in [6, 3, 0] {
        let bits = mode >> shift & 7;
        s.push(if bits & 4 != 0 { 'r' } else { '-' });
        s.push(if bits & 2 != 0 { 'w' } else { '-' });
        let special = match shift {
            6 => mode & 0o4000 != 0,
            3 => mode & 0o2000 != 0,
            _ => mode & 0o1000 != 0,
        };
        let exec = bits & 1 != 0;
        s.push(match (special, exec, shift) {
            (true, true, 0) => 't',
            (true, false, 0) => 'T',
            (true, true, _) => 's',
            (true, false, _) => 'S',
            (false, true, _) => 'x',
            (false, false, _) => '-',
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        let cases = [
            ("755", 0o644, false, Some(0o755)),
            ("+x", 0o644, false, Some(0o755)),
            ("u+x", 0o644, false, Some(0o744)),
            ("go-r", 0o644, false, Some(0o600)),
            ("a=r", 0o755, false, Some(0o444)),
            ("u=rwx,g=rx,o=", 0o600, false, Some(0o750)),
            ("+X", 0o644, true, Some(0o755)),
            ("+X", 0o644, false, Some(0o644)),
            ("g+u", 0o740, false, Some(0o770)),
            ("bogus", 0o644, false, None),
            ("9", 0o644, false, None),
        ];
        for (expr, old, dir, want) in cases {
            assert_eq!(apply(expr, old, dir, 0o022), want, "{expr}");
        }
        assert_eq!(symbolic(0o755, false), "rwxr-xr-x");
        assert_eq!(symbolic(0o1777, true), "rwxrwxrwt");
    }
}

//! `printf` as a utility (coreutils 9.1): what runs for `/usr/bin/printf`, `env printf`,
//! `xargs printf` and `find -exec printf`; a plain `printf` in the shell is bash's builtin.
//! The formatting is the builtin's ([`crate::eval::builtins::printf::format_gnu`]); `%q`
//! and the messages follow coreutils (`‘12a’: value not completely converted`).

use crate::commands::{Ctx, quote_locale, version_text};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

/// Runs `printf FORMAT [ARGUMENT]...`.
pub fn printf<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
        // Like coreutils, `--help` and `--version` count only as the sole argument.
        if let [only] = args.as_slice() {
            if only == "--help" {
                ctx.stdout
                    .write_str(include_str!("help/printf.txt"))
                    .await?;
                return Ok(0);
            }
            if only == "--version" {
                let text = version_text("printf", "David MacKenzie");
                ctx.stdout.write_str(&text).await?;
                return Ok(0);
            }
        }
        if args.first().is_some_and(|a| a == "--") {
            args.remove(0);
        }
        let Some((fmt, rest)) = args.split_first() else {
            ctx.err("missing operand").await?;
            ctx.stderr
                .write_str("Try 'printf --help' for more information.\n")
                .await?;
            return Ok(1);
        };
        let r = crate::eval::builtins::printf::format_gnu(fmt, rest);
        ctx.stdout.write_bytes(r.out.into()).await?;
        for e in &r.errors {
            ctx.err(e).await?;
        }
        if let Some(x) = &r.excess {
            let msg = format!(
                "warning: ignoring excess arguments, starting with {}",
                quote_locale(x)
            );
            ctx.err(&msg).await?;
        }
        Ok(r.status)
    })
}

/// Coreutils' `%q` (gnulib's shell-escape quoting): bare when nothing is special, in
/// double quotes when only a `'` (and spaces) need it, else in single quotes with `'\''`
/// for quotes and `'$'\t''` for control characters.
pub(crate) fn gnu_quote(s: &str) -> String {
    if s.is_empty() {
        return "''".to_string();
    }
    // The characters that make gnulib quote the whole string (`#` and `~` only first).
    const SPECIAL: &str = " !\"$&()*;<=>?[\\^`|";
    let special = |i: usize, c: char| SPECIAL.contains(c) || (i == 0 && matches!(c, '#' | '~'));
    let control = |c: char| c.is_control() || c == '\u{fffd}';
    let has_quote = s.contains('\'');
    let has_control = s.chars().any(control);
    let others = s
        .chars()
        .enumerate()
        .any(|(i, c)| special(i, c) && c != ' ' && !(i == 0 && matches!(c, '#' | '~')));
    if !has_quote && !has_control && !s.chars().enumerate().any(|(i, c)| special(i, c)) {
        return s.to_string();
    }
    if has_quote && !has_control && !others {
        return format!("\"{s}\"");
    }
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\'' => out.push_str("'\\''"),
            c if control(c) => {
                let esc = match c {
                    '\t' => "\\t".to_string(),
                    '\n' => "\\n".to_string(),
                    '\r' => "\\r".to_string(),
                    '\x07' => "\\a".to_string(),
                    '\x08' => "\\b".to_string(),
                    '\x0b' => "\\v".to_string(),
                    '\x0c' => "\\f".to_string(),
                    c => {
                        let mut buf = [0u8; 4];
                        c.encode_utf8(&mut buf)
                            .bytes()
                            .map(|b| format!("\\{b:03o}"))
                            .collect()
                    }
                };
                out.push_str(&format!("'$'{esc}''"));
            }
            c => out.push(c),
        }
    }
    out.push('\'');
    // `'...'$'\t'''` ends with an empty quoted string: coreutils leaves it out.
    if let Some(trimmed) = out.strip_suffix("''")
        && trimmed.ends_with('\'')
        && s.chars().last().is_some_and(control)
    {
        return trimmed.to_string();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::gnu_quote;

    #[test]
    fn quoting_like_coreutils() {
        let cases = [
            ("a b", "'a b'"),
            ("it's", "\"it's\""),
            ("it's a", "\"it's a\""),
            ("it's $x", "'it'\\''s $x'"),
            ("$x", "'$x'"),
            ("", "''"),
            ("plain", "plain"),
            ("é", "é"),
            ("~x", "'~x'"),
            ("a~b", "a~b"),
            ("x=1", "'x=1'"),
            ("tab\there", "'tab'$'\\t''here'"),
            ("a\nb", "'a'$'\\n''b'"),
            ("\u{1}", "''$'\\001'"),
        ];
        for (input, want) in cases {
            assert_eq!(gnu_quote(input), want, "{input:?}");
        }
    }
}

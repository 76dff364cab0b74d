//! `seq`: print a sequence of numbers (GNU coreutils semantics: integer operands count
//! exactly, others in floating point with the precision of FIRST and INCREMENT; `-f`
//! formats go through the shell's C `printf` implementation).

use crate::commands::args::Usage;
use crate::commands::textio::{Out, usage_error};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::eval::builtins::printf;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: seq [OPTION]... LAST
  or:  seq [OPTION]... FIRST LAST
  or:  seq [OPTION]... FIRST INCREMENT LAST
Print numbers from FIRST to LAST, in steps of INCREMENT.

Mandatory arguments to long options are mandatory for short options too.
  -f, --format=FORMAT      use printf style floating-point FORMAT
  -s, --separator=STRING   use STRING to separate numbers (default: \n)
  -w, --equal-width        equalize width by padding with leading zeroes
      --help        display this help and exit
      --version     output version information and exit

If FIRST or INCREMENT is omitted, it defaults to 1.  That is, an
omitted INCREMENT defaults to 1 even when LAST is smaller than FIRST.
The sequence of numbers ends when the sum of the current number and
INCREMENT would become greater than LAST.
FIRST, INCREMENT, and LAST are interpreted as floating point values.
INCREMENT is usually positive if FIRST is smaller than LAST, and
INCREMENT is usually negative if FIRST is greater than LAST.
INCREMENT must not be 0; none of FIRST, INCREMENT and LAST may be NaN.
FORMAT must be suitable for printing one argument of type 'double';
it defaults to %.PRECf if FIRST, INCREMENT, and LAST are all fixed point
decimal numbers with maximum precision PREC, and to %g otherwise.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/seq>
or available locally via: info '(coreutils) seq invocation'
"#;

const SPEC: &str = "+f|format= s|separator= w|equal-width";

/// A parsed operand.
#[derive(Clone, Copy, Debug)]
struct Operand {
    value: f64,
    /// Exact value when the operand is a plain integer.
    int: Option<i128>,
    width: usize,
    /// Digits after the point; `None` when unknown (hex, or an exponent we cannot place).
    precision: Option<usize>,
}

fn scan(arg: &str) -> std::result::Result<Operand, String> {
    let t = arg.trim_start_matches([' ', '\t', '\n', '+']);
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches('-');
    let value = if body.starts_with("inf") {
        Some(if lower.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        })
    } else if body.starts_with("nan") {
        Some(f64::NAN)
    } else {
        t.parse::<f64>().ok().filter(|_| {
            t.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        })
    };
    let Some(value) = value else {
        return Err(format!(
            "invalid floating point argument: {}",
            quote_locale(arg)
        ));
    };
    if value.is_nan() {
        return Err(format!(
            "invalid {} argument: {}",
            quote_locale("not-a-number"),
            quote_locale(arg)
        ));
    }
    let int = if t
        .bytes()
        .enumerate()
        .all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'-'))
    {
        t.parse::<i128>().ok()
    } else {
        None
    };
    let mut width = t.len();
    let mut precision = Some(0);
    let epos = t.find(['e', 'E']);
    if let Some(dot) = t.find('.') {
        let frac = epos.unwrap_or(t.len()).saturating_sub(dot + 1);
        precision = Some(frac);
        if frac == 0 {
            width = width.saturating_sub(1);
        } else if dot == 0 || !t.as_bytes()[dot - 1].is_ascii_digit() {
            width += 1;
        }
    }
    if let Some(e) = epos {
        // GNU's scan_arg: the exponent is not printed, its digits are.
        let exp: i64 = t[e + 1..].parse().unwrap_or(0);
        let frac = precision.unwrap_or(0) as i64;
        let dot = t.find('.');
        width = width.saturating_sub(t.len() - e);
        if exp < 0 {
            if dot.is_none_or(|d| e == d + 1) {
                width += 1;
            }
            width = width.saturating_add(exp.unsigned_abs() as usize);
            precision = Some((frac - exp) as usize);
        } else {
            let used = frac.min(exp);
            precision = Some((frac - used) as usize);
            if dot.is_some() && frac == used {
                width = width.saturating_sub(1);
            }
            width = width.saturating_add((exp - used) as usize);
        }
    }
    if body.starts_with("inf") {
        precision = None;
    }
    Ok(Operand {
        value,
        int,
        width,
        precision,
    })
}

/// Checks a `-f` format: exactly one floating directive. Returns it ready for the
/// shell's printf (backslashes protected, `L` dropped).
fn check_format(fmt: &str) -> std::result::Result<String, String> {
    let b = fmt.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let mut found = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' {
            out.push_str("\\\\");
            i += 1;
            continue;
        }
        if c != b'%' {
            let ch = fmt[i..].chars().next().unwrap_or('?');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        if b.get(i + 1) == Some(&b'%') {
            out.push_str("%%");
            i += 2;
            continue;
        }
        if found {
            return Err(format!(
                "format {} has too many % directives",
                quote_locale(fmt)
            ));
        }
        found = true;
        let start = i;
        i += 1;
        while i < b.len() && b"-+ #0'".contains(&b[i]) {
            i += 1;
        }
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        let spec = &fmt[start..i];
        if b.get(i) == Some(&b'L') {
            i += 1;
        }
        match b.get(i) {
            Some(c) if b"aAeEfFgG".contains(c) => {
                out.push_str(spec);
                out.push(char::from(*c));
                i += 1;
            }
            Some(_) => {
                let ch = fmt[i..].chars().next().unwrap_or('?');
                return Err(format!(
                    "format {} has unknown %{ch} directive",
                    quote_locale(fmt)
                ));
            }
            None => {
                return Err(format!("format {} ends in %", quote_locale(fmt)));
            }
        }
    }
    if !found {
        return Err(format!("format {} has no % directive", quote_locale(fmt)));
    }
    Ok(out)
}

/// Finds where options end: before the first operand or negative number (`seq -1 2`).
fn protect_negatives(args: &[String]) -> Vec<String> {
    let mut out: Vec<String> = args.to_vec();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--" || a == "-" || !a.starts_with('-') {
            break;
        }
        let second = a.as_bytes().get(1).copied().unwrap_or(0);
        if second == b'.' || second.is_ascii_digit() {
            out.insert(i, "--".to_string());
            break;
        }
        let takes_value = if let Some(long) = a.strip_prefix("--") {
            !long.contains('=')
                && ["format", "separator"]
                    .iter()
                    .any(|l| !long.is_empty() && l.starts_with(long))
        } else {
            let letters = &a[1..];
            letters
                .find(['f', 's'])
                .is_some_and(|p| p + 1 == letters.len())
        };
        i += if takes_value { 2 } else { 1 };
    }
    out
}

fn fmt_one(fmt: &str, v: f64) -> Vec<u8> {
    printf::format(fmt, &[format!("{v}")]).out
}

/// Runs `seq`.
pub fn seq<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        ctx.args = protect_negatives(&ctx.args);
        let usage = Usage {
            help: HELP,
            version: "Ulrich Drepper",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut format: Option<String> = None;
        let mut sep = "\n".to_string();
        let mut equal_width = false;
        for (k, v) in &parsed.opts {
            match *k {
                "f" => format = v.clone(),
                "s" => sep = v.clone().unwrap_or_default(),
                "w" => equal_width = true,
                _ => {}
            }
        }
        let ops = parsed.operands;
        if ops.is_empty() {
            return usage_error(ctx, "missing operand", 1).await;
        }
        if ops.len() > 3 {
            let msg = format!("extra operand {}", quote_locale(&ops[3]));
            return usage_error(ctx, &msg, 1).await;
        }
        let mut nums = Vec::new();
        for o in &ops {
            match scan(o) {
                Ok(n) => nums.push(n),
                Err(msg) => return usage_error(ctx, &msg, 1).await,
            }
        }
        let one = Operand {
            value: 1.0,
            int: Some(1),
            width: 1,
            precision: Some(0),
        };
        let (first, step, last) = match nums.as_slice() {
            [l] => (one, one, *l),
            [f, l] => (*f, one, *l),
            [f, s, l] => (*f, *s, *l),
            _ => return Ok(1),
        };
        if step.value == 0.0 {
            let msg = format!("invalid Zero increment value: {}", quote_locale(&ops[1]));
            return usage_error(ctx, &msg, 1).await;
        }
        if format.is_some() && equal_width {
            let msg = "format string may not be specified when printing equal width strings";
            return usage_error(ctx, msg, 1).await;
        }
        let fmt = match &format {
            Some(f) => match check_format(f) {
                Ok(f) => f,
                Err(msg) => {
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
            },
            None => default_format(first, step, last, equal_width),
        };
        let mut out = Out::default();
        if let (None, Some(a), Some(s), Some(z)) = (&format, first.int, step.int, last.int) {
            let width = if equal_width {
                first.width.max(last.width)
            } else {
                0
            };
            let mut x = a;
            let mut n = 0u64;
            while (s > 0 && x <= z) || (s < 0 && x >= z) {
                if n > 0 {
                    out.buf.extend_from_slice(sep.as_bytes());
                }
                if x < 0 {
                    out.buf.extend_from_slice(
                        format!("-{:0>w$}", -x, w = width.saturating_sub(1)).as_bytes(),
                    );
                } else {
                    out.buf
                        .extend_from_slice(format!("{x:0>width$}").as_bytes());
                }
                n += 1;
                if n.is_multiple_of(4096) {
                    ctx.check()?;
                    out.maybe_flush(ctx).await?;
                }
                let Some(next) = x.checked_add(s) else { break };
                x = next;
            }
            if n > 0 {
                out.buf.push(b'\n');
            }
            out.flush(ctx).await?;
            return Ok(0);
        }
        let (a, s, z) = (first.value, step.value, last.value);
        if (s > 0.0 && a > z) || (s < 0.0 && a < z) {
            return Ok(0);
        }
        let mut x = a;
        let mut i = 1u64;
        loop {
            let prev = x;
            out.buf.extend_from_slice(&fmt_one(&fmt, x));
            x = a + (i as f64) * s;
            i += 1;
            if x == prev {
                // Past f64's precision (`seq 1e18 1e18`): GNU's long double would step on,
                // we stop rather than repeat the same number.
                break;
            }
            let past = if s < 0.0 { x < z } else { z < x };
            if past {
                // GNU prints one more number when it prints as LAST (rounding).
                let shown = fmt_one(&fmt, x);
                let as_last = std::str::from_utf8(&shown)
                    .ok()
                    .and_then(|t| t.trim().parse::<f64>().ok())
                    .is_some_and(|v| v == z);
                if !as_last || shown == fmt_one(&fmt, prev) {
                    break;
                }
            }
            if i.is_multiple_of(4096) {
                ctx.check()?;
                out.maybe_flush(ctx).await?;
            }
            out.buf.extend_from_slice(sep.as_bytes());
            if past {
                out.buf.extend_from_slice(&fmt_one(&fmt, x));
                break;
            }
        }
        out.buf.push(b'\n');
        out.flush(ctx).await?;
        Ok(0)
    })
}

fn default_format(first: Operand, step: Operand, last: Operand, equal_width: bool) -> String {
    let (Some(fp), Some(sp), Some(lp)) = (first.precision, step.precision, last.precision) else {
        return "%g".to_string();
    };
    let prec = fp.max(sp);
    if !equal_width {
        return format!("%.{prec}f");
    }
    let mut first_width = first.width + (prec - fp);
    let mut last_width = (last.width + prec).saturating_sub(lp);
    if lp > 0 && prec == 0 {
        last_width = last_width.saturating_sub(1);
    }
    if lp == 0 && prec > 0 {
        last_width += 1;
    }
    if fp == 0 && prec > 0 {
        first_width += 1;
    }
    format!("%0{}.{prec}f", first_width.max(last_width))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(check_format("%g").as_deref(), Ok("%g"));
        assert_eq!(check_format("%05.1Lf\\n").as_deref(), Ok("%05.1f\\\\n"));
        assert!(check_format("%d").is_err());
        assert!(check_format("x").is_err());
        assert!(check_format("%g%g").is_err());
        let args: Vec<String> = ["seq", "-s", "-1", "-1", "2"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            protect_negatives(&args),
            ["seq", "-s", "-1", "--", "-1", "2"]
        );
    }
}

//! `printf`/`sprintf` with C semantics (`%d %i %o %x %X %u %c %s %e %E %f %F %g %G %%`,
//! flags `-+ #0`, widths, precisions, `*`), and the number formatting behind
//! CONVFMT/OFMT.

use super::value::Value;

#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// Formats `args` by `fmt`. `Err` when the arguments run out (gawk's fatal error).
pub fn sprintf(fmt: &[u8], args: &[Value], convfmt: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut next = 0usize;
    let take = |next: &mut usize, at: usize| -> Result<Value, String> {
        let v = args.get(*next).cloned().ok_or_else(|| {
            format!(
                "not enough arguments to satisfy format string\n\t`{}'\n\t{}^ ran out for this one",
                String::from_utf8_lossy(fmt),
                " ".repeat(at)
            )
        })?;
        *next += 1;
        Ok(v)
    };
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut sp = Spec::default();
        while let Some(&f) = fmt.get(i) {
            match f {
                b'-' => sp.minus = true,
                b'+' => sp.plus = true,
                b' ' => sp.space = true,
                b'#' => sp.alt = true,
                b'0' => sp.zero = true,
                b'\'' => {}
                _ => break,
            }
            i += 1;
        }
        if fmt.get(i) == Some(&b'*') {
            let w = take(&mut next, i)?.num();
            if w < 0.0 {
                sp.minus = true;
            }
            sp.width = w.abs().min(1e6) as usize;
            i += 1;
        } else {
            sp.width = digits(fmt, &mut i);
        }
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                let p = take(&mut next, i)?.num();
                sp.prec = (p >= 0.0).then(|| p.min(1e6) as usize);
                i += 1;
            } else {
                sp.prec = Some(digits(fmt, &mut i));
            }
        }
        // Length modifiers are accepted and ignored.
        while matches!(
            fmt.get(i),
            Some(b'h' | b'l' | b'L' | b'q' | b'j' | b'z' | b't')
        ) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            out.extend_from_slice(&fmt[start..]);
            break;
        };
        i += 1;
        match conv {
            b'%' => out.push(b'%'),
            b'd' | b'i' => {
                let n = take(&mut next, i - 1)?.num();
                pad_num(&mut out, &int_text(n, sp), sp);
            }
            b'o' | b'x' | b'X' | b'u' => {
                let n = take(&mut next, i - 1)?.num();
                pad_num(&mut out, &unsigned_text(n, conv, sp), sp);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let n = take(&mut next, i - 1)?.num();
                pad_num(&mut out, &float_text(n, conv, sp), sp);
            }
            b'c' => {
                let v = take(&mut next, i - 1)?;
                let s: String = match v {
                    Value::Num(n) => char_of(n),
                    Value::StrNum(ref s) if super::value::looks_numeric(s) => char_of(v.num()),
                    other => {
                        let b = other.to_bytes(convfmt);
                        if b.is_empty() {
                            "\0".to_string()
                        } else {
                            first_char(&b)
                        }
                    }
                };
                pad_str(&mut out, s.as_bytes(), sp);
            }
            b's' => {
                let b = take(&mut next, i - 1)?.to_bytes(convfmt);
                let b = match sp.prec {
                    Some(p) => truncate_chars(&b, p),
                    None => &b[..],
                };
                pad_str(&mut out, b, sp);
            }
            _ => out.extend_from_slice(&fmt[start..i]),
        }
    }
    Ok(out)
}

fn digits(fmt: &[u8], i: &mut usize) -> usize {
    let mut n = 0usize;
    while let Some(d) = fmt.get(*i).filter(|b| b.is_ascii_digit()) {
        n = n
            .saturating_mul(10)
            .saturating_add(usize::from(d - b'0'))
            .min(1_000_000);
        *i += 1;
    }
    n
}

fn char_of(n: f64) -> String {
    let code = if n.is_finite() && n >= 0.0 {
        n as u32
    } else {
        0
    };
    if code < 128 {
        return char::from(code as u8).to_string();
    }
    if code < 256 && char::from_u32(code).is_none() {
        return String::new();
    }
    char::from_u32(code).map(String::from).unwrap_or_default()
}

fn first_char(b: &[u8]) -> String {
    match std::str::from_utf8(truncate_chars(b, 1)) {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(&b[..b.len().min(1)]).into_owned(),
    }
}

/// The prefix of `b` holding `n` characters (UTF-8 aware, invalid bytes count as one).
pub fn truncate_chars(b: &[u8], n: usize) -> &[u8] {
    let mut count = 0;
    let mut i = 0;
    while i < b.len() && count < n {
        i += utf8_len(b, i);
        count += 1;
    }
    &b[..i.min(b.len())]
}

/// The byte length of the character at `i` (1 for an invalid byte).
pub fn utf8_len(b: &[u8], i: usize) -> usize {
    let first = b.get(i).copied().unwrap_or(0);
    let want = match first {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return 1,
    };
    if i + want <= b.len() && std::str::from_utf8(&b[i..i + want]).is_ok() {
        want
    } else {
        1
    }
}

/// The number of characters in `b`.
pub fn char_count(b: &[u8]) -> usize {
    if b.is_ascii() {
        return b.len();
    }
    let mut i = 0;
    let mut n = 0;
    while i < b.len() {
        i += utf8_len(b, i);
        n += 1;
    }
    n
}

fn pad_str(out: &mut Vec<u8>, s: &[u8], sp: Spec) {
    let len = char_count(s);
    let fill = sp.width.saturating_sub(len);
    if !sp.minus {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
    out.extend_from_slice(s);
    if sp.minus {
        out.extend(std::iter::repeat_n(b' ', fill));
    }
}

/// Pads a formatted number: zeros go after the sign or `0x` prefix.
fn pad_num(out: &mut Vec<u8>, text: &str, sp: Spec) {
    let len = text.len();
    if len >= sp.width {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    let fill = sp.width - len;
    let finite = text.bytes().any(|b| b.is_ascii_digit());
    if sp.minus {
        out.extend_from_slice(text.as_bytes());
        out.extend(std::iter::repeat_n(b' ', fill));
    } else if sp.zero && finite && !text.contains("inf") && !text.contains("nan") {
        let b = text.as_bytes();
        let mut head = 0;
        if matches!(b.first(), Some(b'-' | b'+' | b' ')) {
            head = 1;
        }
        if b.len() >= head + 2 && b[head] == b'0' && matches!(b[head + 1], b'x' | b'X') {
            head += 2;
        }
        out.extend_from_slice(&b[..head]);
        out.extend(std::iter::repeat_n(b'0', fill));
        out.extend_from_slice(&b[head..]);
    } else {
        out.extend(std::iter::repeat_n(b' ', fill));
        out.extend_from_slice(text.as_bytes());
    }
}

fn special(n: f64) -> Option<String> {
    if n.is_finite() {
        return None;
    }
    let sign = if n.is_sign_negative() { "-" } else { "+" };
    Some(format!("{sign}{}", if n.is_nan() { "nan" } else { "inf" }))
}

fn sign(neg: bool, sp: Spec) -> &'static str {
    if neg {
        "-"
    } else if sp.plus {
        "+"
    } else if sp.space {
        " "
    } else {
        ""
    }
}

/// The decimal digits of the integer part of `n` (no sign).
fn int_digits(n: f64) -> String {
    let t = n.trunc().abs();
    if t < 1e18 {
        format!("{}", t as u64)
    } else {
        format!("{t:.0}")
    }
}

fn int_text(n: f64, sp: Spec) -> String {
    if let Some(s) = special(n) {
        return s;
    }
    let mut d = int_digits(n);
    if let Some(p) = sp.prec {
        if p == 0 && d == "0" {
            d.clear();
        }
        if d.len() < p {
            d = format!("{}{d}", "0".repeat(p - d.len()));
        }
    }
    format!("{}{d}", sign(n.trunc() < 0.0, sp))
}

fn unsigned_text(n: f64, conv: u8, sp: Spec) -> String {
    if let Some(s) = special(n) {
        return s;
    }
    let t = n.trunc();
    let u: u64 = if t < 0.0 {
        if t >= -9.223_372_036_854_776e18 {
            (t as i64) as u64
        } else {
            return float_text(n, b'g', sp);
        }
    } else if t >= 1.8446744073709552e19 {
        return float_text(
            n,
            b'g',
            Spec {
                prec: Some(0),
                ..sp
            },
        );
    } else {
        t as u64
    };
    let mut d = match conv {
        b'o' => format!("{u:o}"),
        b'x' => format!("{u:x}"),
        b'X' => format!("{u:X}"),
        _ => format!("{u}"),
    };
    if let Some(p) = sp.prec {
        if p == 0 && u == 0 {
            d.clear();
        }
        if d.len() < p {
            d = format!("{}{d}", "0".repeat(p - d.len()));
        }
    }
    if sp.alt {
        match conv {
            b'o' if !d.starts_with('0') => d.insert(0, '0'),
            b'x' if u != 0 => d.insert_str(0, "0x"),
            b'X' if u != 0 => d.insert_str(0, "0X"),
            _ => {}
        }
    }
    d
}

/// `%e` text of a non-negative finite number: mantissa and exponent.
fn exp_parts(a: f64, prec: usize) -> (String, i32) {
    let s = format!("{a:.prec$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    (m.to_string(), e.parse().unwrap_or(0))
}

fn exp_string(m: &str, e: i32, upper: bool) -> String {
    let ch = if upper { 'E' } else { 'e' };
    let sign = if e < 0 { '-' } else { '+' };
    format!("{m}{ch}{sign}{:02}", e.abs())
}

fn float_text(n: f64, conv: u8, sp: Spec) -> String {
    if let Some(s) = special(n) {
        return if conv.is_ascii_uppercase() {
            s.to_uppercase()
        } else {
            s
        };
    }
    let neg = n.is_sign_negative();
    let a = n.abs();
    let prec = sp.prec.unwrap_or(6);
    let upper = conv.is_ascii_uppercase();
    let body = match conv {
        b'f' | b'F' => {
            let mut s = format!("{a:.prec$}");
            if sp.alt && prec == 0 {
                s.push('.');
            }
            s
        }
        b'e' | b'E' => {
            let (mut m, e) = exp_parts(a, prec);
            if sp.alt && prec == 0 {
                m.push('.');
            }
            exp_string(&m, e, upper)
        }
        _ => {
            let p = if prec == 0 { 1 } else { prec };
            let (_, x) = exp_parts(a, p - 1);
            let mut s = if x < p as i32 && x >= -4 {
                let fp = (p as i32 - 1 - x).max(0) as usize;
                format!("{a:.fp$}")
            } else {
                let (m, e) = exp_parts(a, p - 1);
                exp_string(&m, e, upper)
            };
            if !sp.alt {
                s = strip_zeros(&s);
            } else if !s.contains('.') {
                match s.find(['e', 'E']) {
                    Some(at) => s.insert(at, '.'),
                    None => s.push('.'),
                }
            }
            s
        }
    };
    format!("{}{body}", sign(neg, sp))
}

fn strip_zeros(s: &str) -> String {
    let (m, e) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], &s[at..]),
        None => (s, ""),
    };
    if !m.contains('.') {
        return s.to_string();
    }
    let m = m.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{e}")
}

/// Formats one number with a CONVFMT/OFMT-style format (`%.6g`).
pub fn format_number(fmt: &str, n: f64) -> String {
    match sprintf(fmt.as_bytes(), &[Value::Num(n)], "%.6g") {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => float_text(n, b'g', Spec::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(fmt: &str, args: &[Value]) -> String {
        String::from_utf8_lossy(&sprintf(fmt.as_bytes(), args, "%.6g").expect("formats"))
            .into_owned()
    }

    #[test]
    fn like_glibc() {
        let n = Value::Num;
        let s = |x: &str| Value::str(x.to_string());
        let cases: Vec<(&str, Vec<Value>, &str)> = vec![
            ("%.2f %.2f", vec![n(2.675), n(0.125)], "2.67 0.12"),
            (
                "%d %d",
                vec![n(9007199254740993.0), n(-3.9)],
                "9007199254740992 -3",
            ),
            ("%c%c", vec![n(65.0), s("hello")], "Ah"),
            (
                "%5.1e|%G",
                vec![n(12345.678), n(0.0000123)],
                "1.2e+04|1.23E-05",
            ),
            (
                "%x %u %o",
                vec![n(-1.0), n(-1.0), n(8.0)],
                "ffffffffffffffff 18446744073709551615 10",
            ),
            (
                "%5s|%-5d|%05d|%+d|% d|%.3d|%#o|%#x",
                vec![
                    s("ab"),
                    n(3.0),
                    n(-42.0),
                    n(5.0),
                    n(5.0),
                    n(7.0),
                    n(8.0),
                    n(255.0),
                ],
                "   ab|3    |-0042|+5| 5|007|010|0xff",
            ),
            (
                "%g %g %g %g",
                vec![n(100000.0), n(1e6), n(0.0001), n(123.456)],
                "100000 1e+06 0.0001 123.456",
            ),
            (
                "%*d|%-*d|%.*f",
                vec![n(4.0), n(1.0), n(3.0), n(2.0), n(1.0), n(2.25)],
                "   1|2  |2.2",
            ),
            (
                "%.3s|%%|%5.2s|",
                vec![s("abcdef"), s("xyz")],
                "abc|%|   xy|",
            ),
            (
                "%#g %#.0f %e",
                vec![n(1.0), n(3.0), n(0.0)],
                "1.00000 3. 0.000000e+00",
            ),
        ];
        for (fmt, args, want) in cases {
            assert_eq!(f(fmt, &args), want, "{fmt:?}");
        }
        assert!(sprintf(b"%d %d", &[Value::Num(1.0)], "%.6g").is_err());
    }
}

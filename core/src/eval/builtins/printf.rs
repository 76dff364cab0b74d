//! The `printf` builtin's formatting engine, byte-for-byte like bash 5.2 on glibc.
//!
//! bash hands each conversion to C `printf` with `intmax_t`, `uintmax_t` and `long double`
//! values, so this module reimplements those semantics: numbers are parsed like `strtoimax`,
//! `strtoumax` and `strtold` (base prefixes, `'c` character codes, a prefix value plus an
//! error on trailing junk), and floats are 64-bit-mantissa `long double`s formatted exactly
//! (big-integer decimal expansion, round-half-even), so `%.20f` of `0.1` matches glibc.
//!
//! Known gaps: `%(fmt)T` (needs a clock and time zones) reports an invalid format
//! character; `%n` consumes its argument but assigns nothing; subnormal `long double`s keep
//! 64 bits of precision; `%q` treats unassigned code points as printable (glibc does not);
//! widths and precisions are clamped to [`MAX_FIELD`] (one written in the format past
//! INT_MAX drops its conversion, like bash).

use super::echo::push_utf8;
use std::cmp::Ordering;

/// The result of running `printf FORMAT ARGS...`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Formatted {
    /// Bytes written to stdout (output before a fatal error is kept, as in bash).
    pub out: Vec<u8>,
    /// Diagnostics without the `bash: printf: ` prefix, e.g. `abc: invalid number`.
    pub errors: Vec<String>,
    /// Exit status: 0, or 1 after an invalid number or an invalid format.
    pub status: i32,
    /// `\c` in a `%b` argument stopped all further output.
    pub stop: bool,
    /// Coreutils only: the first argument the format never used (it warns about it).
    pub excess: Option<String>,
}

/// Largest field width or precision honoured; bigger values are clamped to it.
pub const MAX_FIELD: usize = 1 << 20;

/// Runs bash's `printf FORMAT ARGS...` (without `-v`, which the caller handles by capturing
/// [`Formatted::out`]).
///
/// The format is reused while arguments remain, and used once even with none; a missing
/// argument reads as an empty string or zero.
pub fn format(fmt: &str, args: &[String]) -> Formatted {
    format_at(fmt, args, Clock::default())
}

/// The times `%(fmt)T` needs: now, and when the shell started (for the arguments `-1` and
/// `-2`), in seconds since the epoch.
#[derive(Clone, Copy, Debug, Default)]
pub struct Clock {
    /// The current time.
    pub now: i64,
    /// When the shell started.
    pub start: i64,
}

/// [`format()`] with the times for `%(fmt)T`.
pub fn format_at(fmt: &str, args: &[String], clock: Clock) -> Formatted {
    run(fmt, args, clock, false)
}

/// Coreutils' `printf` utility (`/usr/bin/printf`, `env printf`): the same formatting,
/// with its `%q` style and messages (`‘12a’: value not completely converted`).
pub fn format_gnu(fmt: &str, args: &[String]) -> Formatted {
    run(fmt, args, Clock::default(), true)
}

fn run(fmt: &str, args: &[String], clock: Clock, gnu: bool) -> Formatted {
    let mut p = Printer {
        res: Formatted::default(),
        args,
        next: 0,
        conversion_error: false,
        clock,
        gnu,
    };
    loop {
        if !p.pass(fmt.as_bytes()) {
            return p.res;
        }
        if p.conversion_error {
            p.res.status = 1;
        }
        if p.next == 0 || p.next >= args.len() {
            if gnu && p.next == 0 {
                p.res.excess = args.first().cloned();
            }
            return p.res;
        }
    }
}

/// Expands the backslash escapes of a `printf` format string alone (no conversions), as
/// bytes; `\c` is not special here.
pub fn escape_format(fmt: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let b = fmt.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 1 + tescape(b, i + 1, false, &mut out, &mut errors).0;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Expands a `%b` argument: `echo -e` escapes plus `\NNN` octal; the flag says whether `\c`
/// was seen (everything after it is dropped).
pub fn expand_b(arg: &str) -> (Vec<u8>, bool) {
    let mut errors = Vec::new();
    bexpand(arg, &mut errors)
}

/// Quotes `s` for reuse as shell input exactly as `printf %q` does (bash's
/// `sh_backslash_quote` / `ansic_quote`): `''` for empty, `$'...'` when a character is not
/// printable, backslashes otherwise (`a\ b`). Not `${v@Q}`, which uses single quotes.
pub fn shell_quote(s: &str) -> String {
    if s.is_empty() {
        return "''".to_string();
    }
    if s.chars().any(|c| !is_printable(c)) {
        return ansic_quote(s);
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev: Option<char> = None;
    for (i, c) in s.chars().enumerate() {
        let special = matches!(
            c,
            ' ' | '\t'
                | '\n'
                | '!'
                | '"'
                | '$'
                | '&'
                | '\''
                | '('
                | ')'
                | '*'
                | ','
                | ';'
                | '<'
                | '>'
                | '?'
                | '['
                | '\\'
                | ']'
                | '^'
                | '`'
                | '{'
                | '|'
                | '}'
        ) || (c == '#' && i == 0)
            || (c == '~' && matches!(prev, None | Some(':') | Some('=')));
        if special {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// glibc's `iswprint` in a UTF-8 locale, minus the table of unassigned code points.
fn is_printable(c: char) -> bool {
    let u = u32::from(c);
    !(c.is_control()
        || u == 0x2028
        || u == 0x2029
        || (0xfdd0..=0xfdef).contains(&u)
        || u & 0xfffe == 0xfffe)
}

/// bash's `ansic_quote`: `$'...'` with C escapes and octal for other unprintables.
fn ansic_quote(s: &str) -> String {
    let mut out = String::from("$'");
    for c in s.chars() {
        match c {
            '\x1b' => out.push_str("\\E"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            '\\' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("\\{b:03o}"));
                }
            }
        }
    }
    out.push('\'');
    out
}

/// One backslash escape of a format (`in_b == false`) or a `%b` argument, starting at
/// `s[i]` (just after the backslash). Appends the expansion to `out` and returns how many
/// bytes after the backslash were consumed (0 means "keep the backslash, then go on with
/// the next byte as ordinary text") and whether `\c` was seen (only in `%b`).
fn tescape(
    s: &[u8],
    i: usize,
    in_b: bool,
    out: &mut Vec<u8>,
    errors: &mut Vec<String>,
) -> (usize, bool) {
    let Some(&c) = s.get(i) else {
        out.push(b'\\');
        return (0, false);
    };
    let simple = match c {
        b'a' => Some(0x07),
        b'b' => Some(0x08),
        b'e' | b'E' => Some(0x1b),
        b'f' => Some(0x0c),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(0x0b),
        b'\\' => Some(b'\\'),
        _ => None,
    };
    if let Some(byte) = simple {
        out.push(byte);
        return (1, false);
    }
    match c {
        b'0'..=b'7' => {
            let mut v = u32::from(c - b'0');
            let max = if v == 0 && in_b { 3 } else { 2 };
            let mut n = 1;
            while n <= max && s.get(i + n).is_some_and(|d| (b'0'..=b'7').contains(d)) {
                v = v * 8 + u32::from(s[i + n] - b'0');
                n += 1;
            }
            out.push((v & 0xff) as u8);
            (n, false)
        }
        b'x' => {
            let (v, n) = hex_digits(s, i + 1, 2);
            if n == 0 {
                errors.push("missing hex digit for \\x".to_string());
                out.push(b'\\');
                return (0, false);
            }
            out.push((v & 0xff) as u8);
            (1 + n, false)
        }
        b'u' | b'U' => {
            let (v, n) = hex_digits(s, i + 1, if c == b'u' { 4 } else { 8 });
            if n == 0 {
                errors.push(format!("missing unicode digit for \\{}", c as char));
                out.push(b'\\');
                return (0, false);
            }
            push_utf8(out, v);
            (1 + n, false)
        }
        b'\'' | b'"' | b'?' if !in_b => {
            out.push(c);
            (1, false)
        }
        b'c' if in_b => (1, true),
        _ => {
            out.push(b'\\');
            (0, false)
        }
    }
}

/// Up to `max` hex digits at `s[i..]`: their value and count.
fn hex_digits(s: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut v: u32 = 0;
    let mut n = 0;
    while n < max {
        let Some(d) = s.get(i + n).and_then(|b| (*b as char).to_digit(16)) else {
            break;
        };
        v = v.wrapping_mul(16).wrapping_add(d);
        n += 1;
    }
    (v, n)
}

/// bash's `bexpand` for `%b`.
fn bexpand(arg: &str, errors: &mut Vec<String>) -> (Vec<u8>, bool) {
    let s = arg.as_bytes();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != b'\\' || i >= s.len() {
            out.push(c);
            continue;
        }
        let (n, stop) = tescape(s, i, true, &mut out, errors);
        if stop {
            return (out, true);
        }
        i += n;
    }
    (out, false)
}

/// A parsed conversion specification.
#[derive(Clone, Copy, Default)]
struct Spec {
    /// `-` flag.
    left: bool,
    /// `+` flag.
    plus: bool,
    /// ` ` flag.
    space: bool,
    /// `#` flag.
    alt: bool,
    /// `0` flag.
    zero: bool,
    /// Field width (already made non-negative; a negative `*` sets `left`).
    width: usize,
    /// Precision, if any (a negative `*` precision counts as none).
    prec: Option<usize>,
    /// The conversion character.
    conv: u8,
}

/// Formatting state for one `printf` call.
struct Printer<'a> {
    /// Output and diagnostics so far.
    res: Formatted,
    /// All arguments.
    args: &'a [String],
    /// Index of the next unused argument.
    next: usize,
    /// An invalid number was seen in this pass (bash's `conversion_error`).
    conversion_error: bool,
    /// Times for `%(fmt)T`.
    clock: Clock,
    /// Coreutils' `printf` (a utility run by path, `env` or `xargs`): its `%q` quoting
    /// and its messages.
    gnu: bool,
}

impl Printer<'_> {
    /// The next argument, consuming it.
    fn arg(&mut self) -> Option<&str> {
        let a = self.args.get(self.next)?;
        self.next += 1;
        Some(a.as_str())
    }

    /// Records a fatal error: status 1 and no more output.
    fn fail(&mut self, msg: String) -> bool {
        self.res.errors.push(msg);
        self.res.status = 1;
        false
    }

    /// One pass over the format; `false` means stop (fatal error or `\c`).
    fn pass(&mut self, f: &[u8]) -> bool {
        let mut i = 0;
        while i < f.len() {
            let c = f[i];
            if c == b'\\' {
                let (n, _) = tescape(f, i + 1, false, &mut self.res.out, &mut self.res.errors);
                i += 1 + n;
                continue;
            }
            if c != b'%' {
                self.res.out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            if f.get(i) == Some(&b'%') {
                self.res.out.push(b'%');
                i += 1;
                continue;
            }
            let mut spec = Spec::default();
            // A width or precision written in the format past INT_MAX makes glibc's printf
            // fail for that conversion: bash prints nothing for it (the argument is used).
            let mut too_big = false;
            while let Some(&fl) = f.get(i) {
                match fl {
                    b'#' => spec.alt = true,
                    b'-' => spec.left = true,
                    b'+' => spec.plus = true,
                    b' ' => spec.space = true,
                    b'0' => spec.zero = true,
                    b'\'' => {}
                    _ => break,
                }
                i += 1;
            }
            if f.get(i) == Some(&b'*') {
                i += 1;
                let w = self.star();
                if w < 0 {
                    spec.left = true;
                }
                spec.width = clamp_field(w.unsigned_abs());
            } else {
                let (w, n) = digits(f, i);
                too_big |= w > i32::MAX as u64;
                spec.width = clamp_field(w);
                i += n;
            }
            if f.get(i) == Some(&b'.') {
                i += 1;
                if f.get(i) == Some(&b'*') {
                    i += 1;
                    let p = self.star();
                    spec.prec = u64::try_from(p).ok().map(clamp_field);
                } else {
                    let neg = f.get(i) == Some(&b'-');
                    if neg {
                        i += 1;
                    }
                    let (p, n) = digits(f, i);
                    i += n;
                    too_big |= p > i32::MAX as u64;
                    spec.prec = if neg { None } else { Some(clamp_field(p)) };
                }
            }
            if f.get(i) == Some(&b'(') {
                // `%(fmt)T`: strftime of the argument (-1 now, -2 shell start, none = now).
                let close = f[i..].iter().position(|&b| b == b')').map(|p| i + p);
                match close {
                    Some(c) if f.get(c + 1) == Some(&b'T') => {
                        let tfmt = String::from_utf8_lossy(&f[i + 1..c]).into_owned();
                        let tfmt = if tfmt.is_empty() {
                            "%X".to_string()
                        } else {
                            tfmt
                        };
                        let t = if self.next >= self.args.len() {
                            self.clock.now
                        } else {
                            match self.int_arg() {
                                -1 => self.clock.now,
                                -2 => self.clock.start,
                                v => v,
                            }
                        };
                        let text = crate::time::strftime(&tfmt, t);
                        let mut s = text.into_bytes();
                        if let Some(p) = spec.prec {
                            s.truncate(p);
                        }
                        pad(&mut self.res.out, &spec, b"", &s, false);
                        i = c + 2;
                        continue;
                    }
                    _ => {
                        let text = String::from_utf8_lossy(&f[start..]).into_owned();
                        return self.fail(format!("`{text}': missing time format specification"));
                    }
                }
            }
            while f.get(i).is_some_and(|b| b"hjlLtz".contains(b)) {
                i += 1;
            }
            let Some(&conv) = f.get(i) else {
                let text = String::from_utf8_lossy(&f[start..]).into_owned();
                if self.gnu {
                    return self.fail(format!("{text}: invalid conversion specification"));
                }
                return self.fail(format!("`{text}': missing format character"));
            };
            i += 1;
            spec.conv = conv;
            if too_big {
                spec.width = 0;
                spec.prec = None;
            }
            let before = self.res.out.len();
            if !self.convert(spec) {
                return false;
            }
            if too_big {
                self.res.out.truncate(before);
            }
        }
        true
    }

    /// A `*` width or precision: the next argument as an `int`.
    fn star(&mut self) -> i64 {
        let word = self.args.get(self.next).cloned();
        let v = self.int_arg();
        if v > i64::from(i32::MAX) || v < i64::from(i32::MIN) {
            let w = word.unwrap_or_default();
            self.res
                .errors
                .push(format!("warning: {w}: Numerical result out of range"));
            return v.clamp(i64::from(i32::MIN), i64::from(i32::MAX));
        }
        v
    }

    /// Reports trailing junk after a number (bash's `sh_invalidnum`).
    fn invalid_number(&mut self, s: &str) {
        if self.gnu {
            let t = s.trim_start();
            let t = t.strip_prefix(['-', '+']).unwrap_or(t);
            let what = if t.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                "value not completely converted"
            } else {
                "expected a numeric value"
            };
            let msg = format!("{}: {what}", crate::commands::quote_locale(s));
            self.res.errors.push(msg);
            self.conversion_error = true;
            return;
        }
        let b = s.as_bytes();
        let kind = if b.first() == Some(&b'0') && b.get(1).is_some_and(u8::is_ascii_digit) {
            "invalid octal number"
        } else if b.first() == Some(&b'0') && b.get(1) == Some(&b'x') {
            "invalid hex number"
        } else {
            "invalid number"
        };
        self.res.errors.push(format!("{s}: {kind}"));
        self.conversion_error = true;
    }

    /// Reports an out-of-range number.
    fn erange(&mut self, s: &str) {
        if self.gnu {
            let msg = format!(
                "{}: Numerical result out of range",
                crate::commands::quote_locale(s)
            );
            self.res.errors.push(msg);
            self.conversion_error = true;
            return;
        }
        self.res
            .errors
            .push(format!("warning: {s}: Numerical result out of range"));
    }

    /// The next argument as `intmax_t` (bash's `getintmax`).
    fn int_arg(&mut self) -> i64 {
        let Some(s) = self.arg() else { return 0 };
        let s = s.to_string();
        if let Some(code) = char_code(&s) {
            return code;
        }
        let r = strto(&s);
        let (v, overflow) = match r.mag {
            Some(m) if r.neg && m <= 1u64 << 63 => ((m as i64).wrapping_neg(), false),
            Some(m) if !r.neg && m <= i64::MAX as u64 => (m as i64, false),
            _ if r.neg => (i64::MIN, true),
            _ => (i64::MAX, true),
        };
        if !r.rest_empty {
            self.invalid_number(&s);
        } else if overflow {
            self.erange(&s);
        }
        v
    }

    /// The next argument as `uintmax_t` (bash's `getuintmax`).
    fn uint_arg(&mut self) -> u64 {
        let Some(s) = self.arg() else { return 0 };
        let s = s.to_string();
        if let Some(code) = char_code(&s) {
            return code as u64;
        }
        let r = strto(&s);
        let (v, overflow) = match r.mag {
            Some(m) if r.neg => (m.wrapping_neg(), false),
            Some(m) => (m, false),
            None => (u64::MAX, true),
        };
        if !r.rest_empty {
            self.invalid_number(&s);
        } else if overflow {
            self.erange(&s);
        }
        v
    }

    /// The next argument as `long double` (bash's `getfloatmax`).
    fn float_arg(&mut self) -> Float {
        let Some(s) = self.arg() else {
            return Float::Finite {
                neg: false,
                mant: 0,
                exp: 0,
            };
        };
        let s = s.to_string();
        if let Some(code) = char_code(&s) {
            return Float::from_u64(code.unsigned_abs(), code < 0);
        }
        let (v, consumed, erange) = strtold(&s);
        if consumed < s.len() {
            self.invalid_number(&s);
        } else if erange {
            self.erange(&s);
        }
        v
    }

    /// Performs one conversion; `false` means stop.
    fn convert(&mut self, spec: Spec) -> bool {
        match spec.conv {
            b'c' => {
                let byte = self.arg().and_then(|s| s.bytes().next()).unwrap_or(0);
                pad(&mut self.res.out, &spec, b"", &[byte], false);
            }
            b's' => {
                let s = self.arg().unwrap_or("").as_bytes().to_vec();
                let n = spec.prec.map_or(s.len(), |p| p.min(s.len()));
                pad(&mut self.res.out, &spec, b"", &s[..n], false);
            }
            b'b' => {
                let s = self.arg().unwrap_or("").to_string();
                let (bytes, stop) = bexpand(&s, &mut self.res.errors);
                printstr(&mut self.res.out, &spec, &bytes);
                if stop {
                    self.res.stop = true;
                    return false;
                }
            }
            b'q' | b'Q' => {
                let s = self.arg().unwrap_or("").to_string();
                let mut spec = spec;
                let quoted = if self.gnu {
                    crate::commands::printf::gnu_quote(&s)
                } else if spec.conv == b'Q' {
                    let cut = spec.prec.take().map_or(s.len(), |p| p.min(s.len()));
                    shell_quote(&String::from_utf8_lossy(&s.as_bytes()[..cut]))
                } else {
                    shell_quote(&s)
                };
                printstr(&mut self.res.out, &spec, quoted.as_bytes());
            }
            b'n' => {
                // Would assign the byte count to a variable; needs shell state.
                let _ = self.arg();
            }
            b'd' | b'i' => {
                let v = self.int_arg();
                let sign = sign_prefix(v < 0, &spec);
                format_int(&mut self.res.out, &spec, sign, v.unsigned_abs());
            }
            b'o' | b'u' | b'x' | b'X' => {
                let v = self.uint_arg();
                format_int(&mut self.res.out, &spec, b"", v);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
                let v = self.float_arg();
                format_float(&mut self.res.out, &spec, v);
            }
            other if self.gnu => {
                let shown = String::from_utf8_lossy(&[other]).into_owned();
                return self.fail(format!("%{shown}: invalid conversion specification"));
            }
            other => {
                let shown = String::from_utf8_lossy(&[other]).into_owned();
                return self.fail(format!("`{shown}': invalid format character"));
            }
        }
        true
    }
}

/// Clamps a width or precision to [`MAX_FIELD`].
fn clamp_field(v: u64) -> usize {
    usize::try_from(v).unwrap_or(MAX_FIELD).min(MAX_FIELD)
}

/// Decimal digits at `s[i..]`: their (saturated) value and count.
fn digits(s: &[u8], i: usize) -> (u64, usize) {
    let mut v: u64 = 0;
    let mut n = 0;
    while let Some(d) = s.get(i + n).filter(|b| b.is_ascii_digit()) {
        v = v.saturating_mul(10).saturating_add(u64::from(d - b'0'));
        n += 1;
    }
    (v, n)
}

/// `'c` / `"c`: the code point of the character after the quote (0 if none).
fn char_code(s: &str) -> Option<i64> {
    let rest = s.strip_prefix(['\'', '"'])?;
    Some(rest.chars().next().map_or(0, |c| i64::from(u32::from(c))))
}

/// Result of [`strto`].
struct StrTo {
    /// A `-` sign was present.
    neg: bool,
    /// The magnitude, `None` when it does not fit in 64 bits.
    mag: Option<u64>,
    /// The whole string was consumed.
    rest_empty: bool,
}

/// C `strtoumax(s, &end, 0)` without the final negation.
fn strto(s: &str) -> StrTo {
    let b = s.as_bytes();
    let mut i = 0;
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
    {
        i += 1;
    }
    let mut neg = false;
    if let Some(&c @ (b'+' | b'-')) = b.get(i) {
        neg = c == b'-';
        i += 1;
    }
    let mut base = 10;
    if b.get(i) == Some(&b'0') {
        if matches!(b.get(i + 1), Some(b'x' | b'X'))
            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            base = 16;
            i += 2;
        } else {
            base = 8;
        }
    }
    let start = i;
    let mut mag: Option<u64> = Some(0);
    while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(base)) {
        mag = mag
            .and_then(|m| m.checked_mul(u64::from(base)))
            .and_then(|m| m.checked_add(u64::from(d)));
        i += 1;
    }
    if i == start {
        // No digits: nothing is consumed at all (`end` is the start of the string).
        return StrTo {
            neg: false,
            mag: Some(0),
            rest_empty: b.is_empty(),
        };
    }
    StrTo {
        neg,
        mag,
        rest_empty: i == b.len(),
    }
}

/// The sign text for a signed conversion.
fn sign_prefix(neg: bool, spec: &Spec) -> &'static [u8] {
    if neg {
        b"-"
    } else if spec.plus {
        b"+"
    } else if spec.space {
        b" "
    } else {
        b""
    }
}

/// Writes `prefix` + `body` padded to the width; zero padding goes between them.
fn pad(out: &mut Vec<u8>, spec: &Spec, prefix: &[u8], body: &[u8], zero: bool) {
    let len = prefix.len() + body.len();
    let fill = spec.width.saturating_sub(len);
    if spec.left {
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
        out.resize(out.len() + fill, b' ');
    } else if zero {
        out.extend_from_slice(prefix);
        out.resize(out.len() + fill, b'0');
        out.extend_from_slice(body);
    } else {
        out.resize(out.len() + fill, b' ');
        out.extend_from_slice(prefix);
        out.extend_from_slice(body);
    }
}

/// bash's `printstr` for `%b` and `%q`: bytes, width and precision, no zero padding.
fn printstr(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) {
    let n = spec.prec.map_or(s.len(), |p| p.min(s.len()));
    pad(out, spec, b"", &s[..n], false);
}

/// C integer conversions `d i o u x X` of a magnitude with a sign prefix.
fn format_int(out: &mut Vec<u8>, spec: &Spec, sign: &[u8], v: u64) {
    let mut body = match spec.conv {
        b'o' => format!("{v:o}"),
        b'x' => format!("{v:x}"),
        b'X' => format!("{v:X}"),
        _ => v.to_string(),
    }
    .into_bytes();
    if spec.prec == Some(0) && v == 0 {
        body.clear();
    }
    if let Some(p) = spec.prec
        && body.len() < p
    {
        let mut z = vec![b'0'; p - body.len()];
        z.extend_from_slice(&body);
        body = z;
    }
    let mut prefix = sign.to_vec();
    if spec.alt {
        match spec.conv {
            b'o' if body.first() != Some(&b'0') => body.insert(0, b'0'),
            b'x' if v != 0 => prefix.extend_from_slice(b"0x"),
            b'X' if v != 0 => prefix.extend_from_slice(b"0X"),
            _ => {}
        }
    }
    let zero = spec.zero && !spec.left && spec.prec.is_none();
    pad(out, spec, &prefix, &body, zero);
}

// ---------------------------------------------------------------------------------------
// long double emulation
// ---------------------------------------------------------------------------------------

/// An x87 `long double`: `mant * 2^exp` with a 64-bit mantissa (normalised so that the top
/// bit is set unless the value is zero).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Float {
    /// A finite value; `mant == 0` is (signed) zero.
    Finite {
        /// Sign.
        neg: bool,
        /// Mantissa.
        mant: u64,
        /// Binary exponent.
        exp: i64,
    },
    /// Infinity with its sign.
    Inf(bool),
    /// NaN with its sign.
    Nan(bool),
}

/// Largest binary exponent (of the top mantissa bit) a `long double` can hold.
const MAX_EXP2: i64 = 16383;
/// Smallest binary exponent (of the lowest subnormal bit).
const MIN_EXP2: i64 = -16445;

impl Float {
    /// An exact integer value.
    fn from_u64(v: u64, neg: bool) -> Float {
        Float::normalized(neg, v, 0)
    }

    /// Normalises the mantissa and applies the exponent range.
    fn normalized(neg: bool, mant: u64, exp: i64) -> Float {
        if mant == 0 {
            return Float::Finite {
                neg,
                mant: 0,
                exp: 0,
            };
        }
        let shift = i64::from(mant.leading_zeros());
        let (mant, exp) = (mant << shift, exp - shift);
        if exp + 63 > MAX_EXP2 {
            Float::Inf(neg)
        } else if exp + 63 < MIN_EXP2 {
            Float::Finite {
                neg,
                mant: 0,
                exp: 0,
            }
        } else {
            Float::Finite { neg, mant, exp }
        }
    }
}

/// A minimal unsigned big integer (little-endian 32-bit limbs, no trailing zero limbs).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    /// From a machine integer.
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    /// Drops high zero limbs.
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// `self = self * m + a`.
    fn mul_add_small(&mut self, m: u32, a: u32) {
        let mut carry = u64::from(a);
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// `self *= base^n` for a small base.
    fn mul_pow(&mut self, base: u32, mut n: u64) {
        // The largest power of `base` that fits in a limb.
        let (mut chunk, mut k) = (base, 1u64);
        while let Some(c) = chunk.checked_mul(base) {
            chunk = c;
            k += 1;
        }
        while n >= k {
            self.mul_add_small(chunk, 0);
            n -= k;
        }
        for _ in 0..n {
            self.mul_add_small(base, 0);
        }
    }

    /// Number of significant bits.
    fn bits(&self) -> u64 {
        match self.0.last() {
            None => 0,
            Some(top) => 32 * (self.0.len() as u64 - 1) + u64::from(32 - top.leading_zeros()),
        }
    }

    /// Bit `i`.
    fn bit(&self, i: u64) -> bool {
        let limb = (i / 32) as usize;
        self.0.get(limb).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    /// Whether any bit below `i` is set.
    fn any_below(&self, i: u64) -> bool {
        (0..i).any(|k| self.bit(k))
    }

    /// `self << n`.
    fn shl(&self, n: u64) -> Big {
        let limbs = (n / 32) as usize;
        let bits = (n % 32) as u32;
        let mut v = vec![0u32; limbs];
        let mut carry = 0u32;
        for &l in &self.0 {
            if bits == 0 {
                v.push(l);
            } else {
                v.push((l << bits) | carry);
                carry = l >> (32 - bits);
            }
        }
        if carry != 0 {
            v.push(carry);
        }
        let mut b = Big(v);
        b.trim();
        b
    }

    /// Bits `shift..shift + 128` as a `u128`.
    fn extract(&self, shift: u64) -> u128 {
        (0..128u64).fold(0u128, |acc, k| acc | (u128::from(self.bit(shift + k)) << k))
    }

    /// Compares two values.
    fn cmp_big(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// `self -= other`, requiring `self >= other`.
    fn sub_assign(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let o = i64::from(other.0.get(i).copied().unwrap_or(0));
            let mut t = i64::from(*limb) - o - borrow;
            borrow = 0;
            if t < 0 {
                t += 1 << 32;
                borrow = 1;
            }
            *limb = t as u32;
        }
        self.trim();
    }

    /// Decimal digits (values 0-9, most significant first; empty for zero).
    fn to_digits(&self) -> Vec<u8> {
        let mut limbs = self.0.clone();
        let mut chunks: Vec<u32> = Vec::new();
        while !limbs.is_empty() {
            let mut rem = 0u64;
            for limb in limbs.iter_mut().rev() {
                let t = (rem << 32) | u64::from(*limb);
                *limb = (t / 1_000_000_000) as u32;
                rem = t % 1_000_000_000;
            }
            while limbs.last() == Some(&0) {
                limbs.pop();
            }
            chunks.push(rem as u32);
        }
        let mut out = Vec::new();
        for (i, chunk) in chunks.iter().rev().enumerate() {
            let s = if i == 0 {
                chunk.to_string()
            } else {
                format!("{chunk:09}")
            };
            out.extend(s.bytes().map(|b| b - b'0'));
        }
        out
    }
}

/// Rounds `q` (with `sticky` for lower nonzero bits) to 64 bits, half to even; returns the
/// mantissa and how far it was shifted right.
fn round_u128(q: u128, sticky: bool) -> (u64, i64) {
    let len = 128 - i64::from(q.leading_zeros());
    if len <= 64 {
        return (q as u64, 0);
    }
    let shift = (len - 64) as u32;
    let mut m = (q >> shift) as u64;
    let half = (q >> (shift - 1)) & 1 == 1;
    let below = q & ((1u128 << (shift - 1)) - 1) != 0 || sticky;
    if half && (below || m & 1 == 1) {
        m = m.wrapping_add(1);
        if m == 0 {
            return (1 << 63, i64::from(shift) + 1);
        }
    }
    (m, i64::from(shift))
}

/// Rounds a big integer to 64 bits: `(mantissa, shift)` with value ≈ mantissa × 2^shift.
fn round_big(n: &Big) -> (u64, i64) {
    let bits = n.bits();
    if bits <= 120 {
        return round_u128(n.extract(0), false);
    }
    let shift = bits - 120;
    let (m, s) = round_u128(n.extract(shift), n.any_below(shift));
    (m, s + shift as i64)
}

/// `num / den` rounded to 64 bits: `(mantissa, exponent)`.
fn divide(num: &Big, den: &Big) -> (u64, i64) {
    // Scale so that the quotient has 66 or 67 bits.
    let s = (den.bits() as i64 - num.bits() as i64 + 66).max(0);
    let mut rem = num.shl(s as u64);
    let top = rem.bits().saturating_sub(den.bits());
    let mut q: u128 = 0;
    for i in (0..=top).rev() {
        let d = den.shl(i);
        if rem.cmp_big(&d) != Ordering::Less {
            rem.sub_assign(&d);
            if i < 128 {
                q |= 1u128 << i;
            }
        }
    }
    let (m, shift) = round_u128(q, !rem.0.is_empty());
    (m, shift - s)
}

/// C `strtold`: the value, how many bytes were consumed (0 if none) and whether the result
/// over- or underflowed.
fn strtold(s: &str) -> (Float, usize, bool) {
    let b = s.as_bytes();
    let zero = Float::Finite {
        neg: false,
        mant: 0,
        exp: 0,
    };
    let mut i = 0;
    while b
        .get(i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
    {
        i += 1;
    }
    let mut neg = false;
    if let Some(&c @ (b'+' | b'-')) = b.get(i) {
        neg = c == b'-';
        i += 1;
    }
    let rest = &b[i..];
    let starts = |word: &str| {
        rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    if starts("infinity") {
        return (Float::Inf(neg), i + 8, false);
    }
    if starts("inf") {
        return (Float::Inf(neg), i + 3, false);
    }
    if starts("nan") {
        let mut end = i + 3;
        if b.get(end) == Some(&b'(') {
            let mut k = end + 1;
            while b
                .get(k)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            {
                k += 1;
            }
            if b.get(k) == Some(&b')') {
                end = k + 1;
            }
        }
        return (Float::Nan(neg), end, false);
    }
    let hex = rest.len() > 2
        && rest[0] == b'0'
        && (rest[1] | 0x20) == b'x'
        && (rest[2].is_ascii_hexdigit()
            || (rest[2] == b'.' && rest.get(3).is_some_and(u8::is_ascii_hexdigit)));
    let (radix, mut j) = if hex { (16u32, i + 2) } else { (10u32, i) };
    // Significant digits (capped, with a sticky digit for the rest) and the scale.
    const MAX_DIGITS: usize = 800;
    let mut mant = Big::default();
    let mut ndigits = 0usize;
    let mut sticky = false;
    let mut scale: i64 = 0; // in digits of `radix`
    let mut any = false;
    let mut seen_point = false;
    loop {
        match b.get(j) {
            Some(&c) if (c as char).is_digit(radix) => {
                any = true;
                let d = (c as char).to_digit(radix).unwrap_or(0);
                if ndigits < MAX_DIGITS {
                    if ndigits > 0 || d != 0 {
                        mant.mul_add_small(radix, d);
                        ndigits += 1;
                    }
                    if seen_point {
                        scale -= 1;
                    }
                } else {
                    sticky |= d != 0;
                    if !seen_point {
                        scale += 1;
                    }
                }
            }
            Some(b'.') if !seen_point => seen_point = true,
            _ => break,
        }
        j += 1;
    }
    if !any {
        return (zero, 0, false);
    }
    if sticky {
        // One more low digit stands in for everything that was dropped.
        mant.mul_add_small(radix, 1);
        scale -= 1;
    }
    // Exponent part.
    let marker = if hex { b'p' } else { b'e' };
    let mut e: i64 = 0;
    if b.get(j).is_some_and(|c| (c | 0x20) == marker) {
        let mut k = j + 1;
        let mut eneg = false;
        if let Some(&c @ (b'+' | b'-')) = b.get(k) {
            eneg = c == b'-';
            k += 1;
        }
        if b.get(k).is_some_and(u8::is_ascii_digit) {
            while let Some(d) = b.get(k).filter(|c| c.is_ascii_digit()) {
                e = e
                    .saturating_mul(10)
                    .saturating_add(i64::from(d - b'0'))
                    .min(1 << 40);
                k += 1;
            }
            if eneg {
                e = -e;
            }
            j = k;
        }
    }
    if mant.0.is_empty() {
        return (
            Float::Finite {
                neg,
                mant: 0,
                exp: 0,
            },
            j,
            false,
        );
    }
    let value = if hex {
        let (m, shift) = round_big(&mant);
        Float::normalized(neg, m, shift + scale * 4 + e)
    } else {
        let e10 = scale + e;
        let magnitude = ndigits as i64 + e10; // value < 10^magnitude
        if magnitude > 4934 {
            Float::Inf(neg)
        } else if magnitude < -4952 {
            Float::Finite {
                neg,
                mant: 0,
                exp: 0,
            }
        } else if e10 >= 0 {
            let mut n = mant;
            n.mul_pow(10, e10 as u64);
            let (m, shift) = round_big(&n);
            Float::normalized(neg, m, shift)
        } else {
            let mut den = Big::from_u64(1);
            den.mul_pow(10, e10.unsigned_abs());
            let (m, exp) = divide(&mant, &den);
            Float::normalized(neg, m, exp)
        }
    };
    let erange = match value {
        Float::Inf(_) => true,
        Float::Finite { mant, exp, .. } => mant == 0 || exp + 63 < -16382,
        Float::Nan(_) => false,
    };
    (value, j, erange)
}

/// Exact decimal form: `0.d1 d2 d3 ... × 10^point` (digits empty for zero).
#[derive(Clone, Debug)]
struct Dec {
    /// Digit values, no leading or trailing zeros.
    digits: Vec<u8>,
    /// Position of the decimal point.
    point: i64,
}

impl Dec {
    /// The exact decimal expansion of `mant × 2^exp`.
    fn exact(mant: u64, exp: i64) -> Dec {
        let mut n = Big::from_u64(mant);
        let frac_digits = if exp >= 0 {
            n = n.shl(exp as u64);
            0
        } else {
            n.mul_pow(5, exp.unsigned_abs());
            exp.unsigned_abs() as i64
        };
        let mut digits = n.to_digits();
        let point = digits.len() as i64 - frac_digits;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Dec { digits, point }
    }

    /// Rounds (half to even) to the first `keep` digits.
    fn round(&self, keep: i64) -> Dec {
        let len = self.digits.len() as i64;
        if keep >= len {
            return self.clone();
        }
        if keep < 0 {
            return Dec {
                digits: Vec::new(),
                point: self.point,
            };
        }
        let k = keep as usize;
        let next = self.digits[k];
        let rest = self.digits[k + 1..].iter().any(|&d| d != 0);
        let last_odd = k > 0 && self.digits[k - 1] % 2 == 1;
        let mut digits = self.digits[..k].to_vec();
        let mut point = self.point;
        if next > 5 || (next == 5 && (rest || last_odd)) {
            let mut carry = true;
            for d in digits.iter_mut().rev() {
                if *d == 9 {
                    *d = 0;
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                digits.insert(0, 1);
                point += 1;
            }
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Dec { digits, point }
    }

    /// Digit at position `i` (0 = first after the `0.`), zero outside the stored digits.
    fn at(&self, i: i64) -> u8 {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.digits.get(i))
            .map_or(b'0', |d| b'0' + d)
    }

    /// `%f` text with `prec` fraction digits.
    fn fixed(&self, prec: usize, alt: bool) -> Vec<u8> {
        let r = self.round(self.point + prec as i64);
        let mut out = Vec::new();
        if r.point <= 0 {
            out.push(b'0');
        } else {
            out.extend((0..r.point).map(|i| r.at(i)));
        }
        if prec > 0 || alt {
            out.push(b'.');
        }
        out.extend((0..prec as i64).map(|i| r.at(r.point + i)));
        out
    }

    /// `%e` text with `prec` fraction digits.
    fn sci(&self, prec: usize, alt: bool, upper: bool) -> Vec<u8> {
        let r = self.round(1 + prec as i64);
        let exp = if r.digits.is_empty() { 0 } else { r.point - 1 };
        let mut out = vec![r.at(0)];
        if prec > 0 || alt {
            out.push(b'.');
        }
        out.extend((1..=prec as i64).map(|i| r.at(i)));
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        out.extend(format!("{:02}", exp.unsigned_abs()).bytes());
        out
    }

    /// `%g` text with precision `prec`.
    fn general(&self, prec: usize, alt: bool, upper: bool) -> Vec<u8> {
        let p = prec.max(1) as i64;
        let x = if self.digits.is_empty() {
            0
        } else {
            self.round(p).point - 1
        };
        let unrounded = self.point - 1;
        let mut out = if x == p && unrounded == p - 1 {
            // glibc quirk: rounding 99.5 up to 100 with `%#.2g` keeps the fixed-point
            // choice's zero fraction digits and prints `1.e+02`.
            self.sci(0, alt, upper)
        } else if x < p && x >= -4 {
            self.fixed((p - 1 - x) as usize, alt)
        } else {
            self.sci((p - 1) as usize, alt, upper)
        };
        if !alt && out.contains(&b'.') {
            let epos = out
                .iter()
                .position(|&c| c == b'e' || c == b'E')
                .unwrap_or(out.len());
            let mut end = epos;
            while end > 0 && out[end - 1] == b'0' {
                end -= 1;
            }
            if end > 0 && out[end - 1] == b'.' {
                end -= 1;
            }
            out.drain(end..epos);
        }
        out
    }
}

/// glibc's `%a` for a `long double` mantissa (leading hex digit = top four bits).
fn hex_float(mant: u64, exp: i64, spec: &Spec, upper: bool) -> Vec<u8> {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let (mut lead, mut frac, mut e) = if mant == 0 {
        (0u64, 0u64, 0i64)
    } else {
        (mant >> 60, mant & ((1 << 60) - 1), exp + 60)
    };
    let mut nibbles = 15usize;
    if let Some(p) = spec.prec
        && p < 15
    {
        let drop = 4 * (15 - p) as u32;
        let kept = frac >> drop;
        let half = (frac >> (drop - 1)) & 1 == 1;
        let below = frac & ((1u64 << (drop - 1)) - 1) != 0;
        let mut kept = kept;
        if half && (below || kept & 1 == 1 || (p == 0 && lead & 1 == 1)) {
            kept += 1;
        }
        if kept >> (4 * p) != 0 {
            kept &= (1u64 << (4 * p)) - 1;
            lead += 1;
            if lead == 16 {
                lead = 1;
                e += 4;
            }
        }
        frac = kept << drop;
        nibbles = p;
    }
    let mut fd: Vec<u8> = (0..15)
        .map(|k| digits[((frac >> (56 - 4 * k)) & 0xf) as usize])
        .collect();
    fd.truncate(nibbles);
    if spec.prec.is_none() {
        while fd.last() == Some(&b'0') {
            fd.pop();
        }
    }
    if let Some(p) = spec.prec {
        fd.resize(p, b'0');
    }
    let mut out = vec![digits[lead as usize]];
    if !fd.is_empty() || spec.alt {
        out.push(b'.');
    }
    out.extend_from_slice(&fd);
    out.push(if upper { b'P' } else { b'p' });
    out.push(if e < 0 { b'-' } else { b'+' });
    out.extend(e.unsigned_abs().to_string().bytes());
    out
}

/// C floating conversions `e E f F g G a A` of a `long double`.
fn format_float(out: &mut Vec<u8>, spec: &Spec, v: Float) {
    let upper = spec.conv.is_ascii_uppercase();
    let (neg, body, finite) = match v {
        Float::Inf(neg) => (
            neg,
            if upper {
                b"INF".to_vec()
            } else {
                b"inf".to_vec()
            },
            false,
        ),
        Float::Nan(neg) => (
            neg,
            if upper {
                b"NAN".to_vec()
            } else {
                b"nan".to_vec()
            },
            false,
        ),
        Float::Finite { neg, mant, exp } => {
            let prec = spec.prec.unwrap_or(6);
            let body = match spec.conv {
                b'a' | b'A' => hex_float(mant, exp, spec, upper),
                b'e' | b'E' => Dec::exact(mant, exp).sci(prec, spec.alt, upper),
                b'g' | b'G' => Dec::exact(mant, exp).general(prec, spec.alt, upper),
                _ => Dec::exact(mant, exp).fixed(prec, spec.alt),
            };
            (neg, body, true)
        }
    };
    let mut prefix = sign_prefix(neg, spec).to_vec();
    if finite && matches!(spec.conv, b'a' | b'A') {
        prefix.extend_from_slice(if upper { b"0X" } else { b"0x" });
    }
    pad(out, spec, &prefix, &body, spec.zero && finite);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(format, args, stdout, stderr lines, status)`.
    type Case = (
        &'static str,
        &'static [&'static str],
        &'static [u8],
        &'static [&'static str],
        i32,
    );

    /// Expectations from bash 5.2:
    /// `bash -c 'printf FORMAT ARGS'` with the `bash: line 1: printf: ` prefix removed.
    #[rustfmt::skip]
    const CASES: &[Case] = &[
        ("%d|", &["abc", "12abc", " 12 ", "0x1f", "017", "'a", "-5", "+7", "", "1.5", " -0x10", "9999999999999999999999", "-9223372036854775809"], b"0|12|12|31|15|97|-5|7|0|1|-16|9223372036854775807|-9223372036854775808|", &["abc: invalid number", "12abc: invalid number", " 12 : invalid number", "1.5: invalid number", "warning: 9999999999999999999999: Numerical result out of range", "warning: -9223372036854775809: Numerical result out of range"], 1),
        ("%z|%d", &["1", "2"], b"", &["`|': invalid format character"], 1),
        ("%k|%d", &["1", "2"], b"", &["`k': invalid format character"], 1),
        ("a%", &[], b"a", &["`%': missing format character"], 1),
        ("%5", &["3"], b"", &["`%5': missing format character"], 1),
        ("\\x|\\xg|\\u|\\c|\\q|\\\"|\\?|\\'", &[], b"\\x|\\xg|\\u|\\c|\\q|\"|?|'", &["missing hex digit for \\x", "missing hex digit for \\x", "missing unicode digit for \\u"], 0),
        ("%b|", &["\\x", "a\\cb", "\\0101\\101\\1012"], b"\\x|a", &["missing hex digit for \\x"], 0),
        ("%b|", &["\\\"\\'\\?", "\\0101\\101\\1012\\08", "\\c"], b"\\\"\\'\\?|AAA2\x008|", &[], 0),
        ("\\\"\\'\\?\\1012\\0101\\UFFFFFFFF\\U80000000|\\", &[], b"\"'?A2\x081|\\", &[], 0),
        ("%b|", &["\\x41\\u00e9\\U0001F600\\e\\a\\z\\"], b"A\xc3\xa9\xf0\x9f\x98\x80\x1b\x07\\z\\|", &[], 0),
        ("%b%s\\n", &["a\\cb", "x"], b"a", &[], 0),
        ("%s %s\\n", &["a", "b", "c"], b"a b\nc \n", &[], 0),
        ("x\\n", &[], b"x\n", &[], 0),
        ("%s\\n", &[], b"\n", &[], 0),
        ("%s", &[], b"", &[], 0),
        ("%d|%s|", &[], b"0||", &[], 0),
        ("%c|", &["abc", "", "1", "\u{e9}"], b"a|\x00|1|\xc3|", &[], 0),
        ("%c|", &[], b"\x00|", &[], 0),
        ("%x %X %o %u|", &["-1", "-255", "-8", "-1"], b"ffffffffffffffff FFFFFFFFFFFFFF01 1777777777777777777770 18446744073709551615|", &[], 0),
        ("%#x %#o %#X %+d % d %+5d %-5d| %05d %-05d| %.3d %5.3d %0.3d|", &["255", "8", "255", "5", "5", "5", "5", "5", "5", "5", "5", "5"], b"0xff 010 0XFF +5  5    +5 5    | 00005 5    | 005   005 005|", &[], 0),
        ("%f|%.0f|%.0f|%.0f|%e|%E|%g|%G|%.3g|%g|%g|%g|%#g|%g", &["1.5", "2.5", "3.5", "0.5", "12345.678", "0.000123", "100000", "1000000", "1234567", "0.0001", "0.00001", "1e-300", "1", "inf"], b"1.500000|2|4|0|1.234568e+04|1.230000E-04|100000|1E+06|1.23e+06|0.0001|1e-05|1e-300|1.00000|inf", &[], 0),
        ("%f|%F|%f|%e|%g|%5.1f|%-8.2f|%08.2f|%+.1e|% f", &["inf", "inf", "nan", "-inf", "-nan", "3.14159", "2.5", "-2.5", "12", "1"], b"inf|INF|nan|-inf|-nan|  3.1|2.50    |-0002.50|+1.2e+01| 1.000000", &[], 0),
        ("%a|%A|%a|%a|%.2a", &["1", "255", "0.1", "0", "1"], b"0x8p-3|0XF.FP+4|0xc.ccccccccccccccdp-7|0x0p+0|0x8.00p-3", &[], 0),
        ("%f|", &["abc", "1.5x", "'a", " 2.5", "2.5 ", "0x10", "1e3", "", ".5", "5."], b"0.000000|1.500000|97.000000|2.500000|2.500000|16.000000|1000.000000|0.000000|0.500000|5.000000|", &["abc: invalid number", "1.5x: invalid number", "2.5 : invalid number"], 1),
        ("%.20f|%.20f|%.30e", &["0.1", "2.675", "1e23"], b"0.10000000000000000000|2.67499999999999999996|1.000000000000000000000000000000e+23", &[], 0),
        ("%d|%d|%d|%d", &["'\u{e9}", "'", "\"ab", "'\\xff"], b"233|0|97|92", &[], 0),
        ("%ld|%lld|%hd|%zd|%jd|%Lf|%qd", &["1", "2", "3", "4", "5", "6", "7"], b"1|2|3|4|5|6.000000|7d", &[], 0),
        ("%d|", &["08", "0xg", "0x", "9999999999999999999"], b"0|0|0|9223372036854775807|", &["08: invalid octal number", "0xg: invalid hex number", "0x: invalid hex number", "warning: 9999999999999999999: Numerical result out of range"], 1),
        ("%u|", &["-18446744073709551615", "-18446744073709551616", "18446744073709551616"], b"1|18446744073709551615|18446744073709551615|", &["warning: -18446744073709551616: Numerical result out of range", "warning: 18446744073709551616: Numerical result out of range"], 0),
        ("%5s|%-5s|%05s|%5c|%-3c|%05c|%5b|%-5q|%.2b|%5.1q|%05b|%05q|", &["\u{e9}", "\u{e9}", "a", "b", "c", "d", "x\\n", "a b", "abc", "a b", "x", "y"], b"   \xc3\xa9|\xc3\xa9   |    a|    b|c  |    d|   x\n|a\\ b |ab|    a|    x|    y|", &[], 0),
        ("%.2Q|%5Q|%Q", &["a b c", "a b", ""], b"a\\ | a\\ b|''", &[], 0),
        ("%.0a|%.0a|%a", &["31", "30", "-0"], b"0x1p+5|0xfp+1|-0x0p+0", &[], 0),
        ("%*d|%-*d|%*d|%.*f|%.*f|", &["5", "1", "4", "2", "-4", "3", "2", "3.14159", "-1", "2.5"], b"    1|2   |3   |3.14|2.500000|", &[], 0),
        ("%n|%s", &["x", "y"], b"|y", &[], 0),
        ("%#.3g|%#.0f|%#.0e|%g|%g|%.0g|%.1g|%g|%g", &["1", "1", "1", "123456789", "0.000012345", "0", "0.05", "1e100", "123456"], b"1.00|1.|1.e+00|1.23457e+08|1.2345e-05|0|0.05|1e+100|123456", &[], 0),
        ("%5%|%d", &["3"], b"", &["`%': invalid format character"], 1),
        ("%-5d|%+ d|% +d|%+u|% x", &["4", "5", "6", "7", "8"], b"4    |+5|+6|7|8", &[], 0),
        ("%s %d %s\\n", &["a", "1"], b"a 1 \n", &[], 0),
        ("%i|%d|%d", &["\"b", "'", "'ab"], b"98|0|97", &[], 0),
        ("%e|%f|%g", &["1e5000", "1e-5000", "0x1p3"], b"inf|0.000000|8", &["warning: 1e5000: Numerical result out of range", "warning: 1e-5000: Numerical result out of range"], 0),
        ("%f|%f|%f|%f", &["INF", "Infinity", "nan", "NaN"], b"inf|inf|nan|nan", &[], 0),
        ("%.3d|%.0d|%#o|%#.0o|%#x|%#5x|%-#8x|%08.3d|%+08d|%-+8d|", &["7", "0", "0", "0", "0", "10", "10", "5", "5", "5"], b"007||0|0|0|  0xa|0xa     |     005|+0000005|+5      |", &[], 0),
        ("%x|%o", &["-0x10", "-010"], b"fffffffffffffff0|1777777777777777777770", &[], 0),
        ("%s\\c%s", &["a", "b"], b"a\\cb", &[], 0),
        ("%b", &["a\\0b"], b"a\x00b", &[], 0),
        ("%05.1f|%-08.2e|%+010.3g|% 012.4E|%010f", &["3.14159", "31.4", "-2.5", "0.5", "-inf"], b"003.1|3.14e+01|-0000002.5| 05.0000E-01|      -inf", &[], 0),
        ("%-+5d|%+-5d|%- 5d|%0-5d|%-05d|", &["1", "2", "3", "4", "5"], b"+1   |+2   | 3   |4    |5    |", &[], 0),
        ("%ls|%hs|%Lq|%lc|%jx|%zo|%tu|%hhd|%llq", &["a", "b", "c", "d", "10", "8", "3", "4", "a b"], b"a|b|c|d|a|10|3|4|a\\ b", &[], 0),
        ("%d%b", &["x", "a\\c"], b"0a", &["x: invalid number"], 0),
        ("%q ", &["", "a\nb", "\t", "\u{1}\u{7f}\u{1b}\u{7}\u{8}\u{c}\u{d}\u{b}", "it's", "a'b\n", "\u{e9}", "\u{e9}\n", "~/x", "a=~", "a:~", "a~", "#x", "a#", "\u{2028}", "\u{ad}", "\u{85}", "a\u{85}\u{e9}", "\u{e000}"], b"'' $'a\\nb' $'\\t' $'\\001\\177\\E\\a\\b\\f\\r\\v' it\\'s $'a\\'b\\n' \xc3\xa9 $'\xc3\xa9\\n' \\~/x a=\\~ a:\\~ a~ \\#x a# $'\\342\\200\\250' \xc2\xad $'\\302\\205' $'a\\302\\205\xc3\xa9' \xee\x80\x80 ", &[], 0),
        ("%q|", &[" ", "!", "\"", "#", "$", "&", "'", "(", ")", "*", ",", ";", "<", ">", "?", "[", "\\", "]", "^", "`", "{", "|", "}", "~", "%", "+", "-", ".", "/", ":", "=", "@", "_", "a b!c"], b"\\ |\\!|\\\"|\\#|\\$|\\&|\\'|\\(|\\)|\\*|\\,|\\;|\\<|\\>|\\?|\\[|\\\\|\\]|\\^|\\`|\\{|\\||\\}|\\~|%|+|-|.|/|:|=|@|_|a\\ b\\!c|", &[], 0),
        ("%.20g|%.17g|%.25f|%.3e|%g", &["0.1", "0.3", "1e-10", "9.9995", "1e-5"], b"0.1|0.3|0.0000000001000000000000000|1.000e+01|1e-05", &[], 0),
        ("%f|%.2f|%.1f|%.0f|%.0f|%.3f", &["1e20", "0.005", "0.05", "1.5", "-0.5", "2.0005"], b"100000000000000000000.000000|0.00|0.1|2|-0|2.001", &[], 0),
        ("%g|%g|%g|%G|%g|%.10g", &["0.0001234", "123456789012", "1e-5", "1e-10", "-0", "3.141592653589793238"], b"0.0001234|1.23457e+11|1e-05|1E-10|-0|3.141592654", &[], 0),
        ("%e|%e|%.0e|%E", &["0", "-1.5e-300", "15", "9.99999999e99"], b"0.000000e+00|-1.500000e-300|2e+01|1.000000E+100", &[], 0),
        ("%a|%a|%A|%.3a|%#a|%10.1a|%-12a|%012a", &["3.5", "-0.75", "1e10", "0.1", "2", "1", "1", "1"], b"0xep-2|-0xcp-4|0X9.502F9P+30|0xc.ccdp-7|0x8.p-2|  0x8.0p-3|0x8p-3      |0x0000008p-3", &[], 0),
        ("%.1a|%.1a|%.15a|%.20a", &["1.03125", "1.09375", "0.1", "0.1"], b"0x8.4p-3|0x8.cp-3|0xc.ccccccccccccccdp-7|0xc.ccccccccccccccd00000p-7", &[], 0),
        ("%f|%f|%f", &["0x1.8p1", "0X10", "1e+2"], b"3.000000|16.000000|100.000000", &[], 0),
        ("%d|%d|%d", &["0x", "0X1F", "-0"], b"0|31|0", &["0x: invalid hex number"], 1),
        ("%5.3s|%.0s|%-4s|%s", &["abcdef", "xyz", "ab", "\u{e9}"], b"  abc||ab  |\xc3\xa9", &[], 0),
        ("%d %d\\n", &["1", "2", "3"], b"1 2\n3 0\n", &[], 0),
        ("%*s|", &["3"], b"   |", &[], 0),
        ("%.*s|", &["2", "abcdef"], b"ab|", &[], 0),
        ("%*d|", &["x", "5"], b"5|", &["x: invalid number"], 1),
        ("\\101\\60\\0\\00101|\\e\\E\\a\\b\\f\\r\\v|\\u263a\\U0001f600|\\x41\\x4\\x414", &[], b"A0\x00\x0101|\x1b\x1b\x07\x08\x0c\x0d\x0b|\xe2\x98\xba\xf0\x9f\x98\x80|A\x04A4", &[], 0),
        ("%b|", &["\\1\\01\\001\\0001\\00001"], b"\x01\x01\x01\x01\x001|", &[], 0),
        ("%%|%%%s", &["a"], b"%|%a", &[], 0),
        ("%#g|%#g|%#.2g|%#x|%#o", &["0", "123456", "1", "0", "8"], b"0.00000|123456.|1.0|0|010", &[], 0),
        ("%g|%g|%g|%g", &["100", "0.5", "1e6", "999999.5"], b"100|0.5|1e+06|1e+06", &[], 0),
        ("%.0f|%.0f|%.0f|%.1f|%.2f", &["0.5", "1.5", "2.5", "0.25", "1.005"], b"0|2|2|0.2|1.00", &[], 0),
        ("%f", &[" inf", "-infinity", "nan(0x1)", "infx"], b"inf-infnaninf", &["infx: invalid number"], 1),
        ("%s", &["a", "b"], b"ab", &[], 0),
        ("\\u00e9|\\U0001F600|\\ud800|\\U110000", &[], b"\xc3\xa9|\xf0\x9f\x98\x80|\xed\xa0\x80|\xf4\x90\x80\x80", &[], 0),
        ("%#.3g|%#.2g|%#.5g|%.3g|%#.2g|%#.3g|%#g", &["999.5", "99.5", "99999.5", "999.5", "9.96", "99.96", "999999.5"], b"1.e+03|1.e+02|1.e+05|1e+03|10.|100.|1.e+06", &[], 0),
        ("%.3f|%.10e|%g|%a", &["1e-4940", "1e4000", "0.1e-4900", "123"], b"0.000|1.0000000000e+4000|1e-4901|0xf.6p+3", &["warning: 1e-4940: Numerical result out of range"], 0),
    ];

    #[test]
    fn printf_matches_bash() {
        for (fmt, args, out, errors, status) in CASES {
            let args: Vec<String> = args.iter().map(|s| (*s).to_string()).collect();
            let got = format(fmt, &args);
            assert_eq!(
                String::from_utf8_lossy(&got.out),
                String::from_utf8_lossy(out),
                "printf {fmt:?} {args:?}"
            );
            assert_eq!(got.out, out.to_vec(), "printf {fmt:?} {args:?}");
            assert_eq!(got.errors, errors.to_vec(), "printf {fmt:?} {args:?}");
            assert_eq!(got.status, *status, "printf {fmt:?} {args:?}");
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(escape_format("a\\tb\\c"), b"a\tb\\c".to_vec());
        assert_eq!(expand_b("x\\0101\\cy"), (b"xA".to_vec(), true));
        assert_eq!(shell_quote("a b"), "a\\ b");
        assert!(format("%b|%s", &["a\\cb".to_string(), "x".to_string()]).stop);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let fmts = [
            "%",
            "%*",
            "%.*",
            "%-",
            "\\",
            "\\x",
            "\\u",
            "%.99999999999999999999f",
            "%*.*a",
            "%'#- +0z",
        ];
        let args = [
            "",
            "'",
            "\"",
            "-",
            "0x",
            "1e999999999999",
            "-1e-99999",
            "0x.p",
            ".",
            "1e",
            "nan(",
            "9".repeat(5000).leak(),
        ];
        for f in fmts {
            for a in args {
                let _ = format(f, &[a.to_string(), a.to_string(), a.to_string()]);
                for conv in [
                    "%d", "%u", "%x", "%e", "%f", "%g", "%a", "%.3a", "%b", "%q", "%Q", "%c",
                ] {
                    let _ = format(&format!("{f}{conv}"), &[a.to_string()]);
                }
            }
        }
    }
}

//! Awk values: numbers, strings, and strings from input that may look numeric
//! ("strnum" in POSIX terms), with awk's conversions between them.

use bytes::Bytes;

use super::format::format_number;

/// One awk value.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Never assigned: both `""` and `0`.
    #[default]
    Uninit,
    /// A number.
    Num(f64),
    /// A string constant or the result of a string operation.
    Str(Bytes),
    /// A string from input (fields, `getline`, `split`, `-v`): numeric when it looks like one.
    StrNum(Bytes),
}

impl Value {
    /// A string value.
    pub fn str(s: impl Into<Bytes>) -> Value {
        Value::Str(s.into())
    }

    /// A string from `s`.
    pub fn from_string(s: String) -> Value {
        Value::Str(Bytes::from(s))
    }

    /// True when the value is numeric for comparisons.
    pub fn is_numeric(&self) -> bool {
        match self {
            Value::Uninit | Value::Num(_) => true,
            Value::Str(_) => false,
            Value::StrNum(s) => looks_numeric(s),
        }
    }

    /// The value as a number.
    pub fn num(&self) -> f64 {
        match self {
            Value::Uninit => 0.0,
            Value::Num(n) => *n,
            Value::Str(s) | Value::StrNum(s) => str_to_num(s),
        }
    }

    /// The value as a condition.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Uninit => false,
            Value::Num(n) => *n != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::StrNum(s) => {
                if looks_numeric(s) {
                    str_to_num(s) != 0.0
                } else {
                    !s.is_empty()
                }
            }
        }
    }

    /// The value as a string, numbers converted with `fmt` (CONVFMT or OFMT).
    pub fn to_bytes(&self, fmt: &str) -> Bytes {
        match self {
            Value::Uninit => Bytes::new(),
            Value::Num(n) => Bytes::from(num_to_string(*n, fmt)),
            Value::Str(s) | Value::StrNum(s) => s.clone(),
        }
    }
}

/// Converts a number to a string: integral values print as integers, others through
/// `fmt`.
pub fn num_to_string(n: f64, fmt: &str) -> String {
    if n.is_nan() {
        return if n.is_sign_negative() { "-nan" } else { "+nan" }.to_string();
    }
    if n.is_infinite() {
        return if n < 0.0 { "-inf" } else { "+inf" }.to_string();
    }
    if n == n.trunc() {
        if n.abs() < 1e18 {
            return format!("{}", n as i64);
        }
        return format!("{n:.0}");
    }
    format_number(fmt, n)
}

fn skip_blanks(s: &[u8]) -> usize {
    s.iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
        .unwrap_or(s.len())
}

/// The length of the numeric prefix of `s` (after sign), like `strtod` for decimals.
fn number_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let digits_start = i;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut nd = i - digits_start;
    if s.get(i) == Some(&b'.') {
        let j = i + 1;
        let mut k = j;
        while s.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        nd += k - j;
        if nd > 0 {
            i = k;
        }
    }
    if nd == 0 {
        let rest = &s[digits_start..];
        for word in [&b"inf"[..], b"nan"] {
            if digits_start == 1 && rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(word) {
                return digits_start + 3;
            }
        }
        return 0;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(u8::is_ascii_digit) {
            while s.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            i = j;
        }
    }
    i
}

/// The numeric value of the leading number in `s` (0 when there is none).
pub fn str_to_num(s: &[u8]) -> f64 {
    let start = skip_blanks(s);
    let s = &s[start..];
    let len = number_len(s);
    if len == 0 {
        return 0.0;
    }
    let text = std::str::from_utf8(&s[..len]).unwrap_or("0");
    let lower = text.to_ascii_lowercase();
    match lower.as_str() {
        "+inf" => f64::INFINITY,
        "-inf" => f64::NEG_INFINITY,
        "+nan" => f64::NAN,
        "-nan" => -f64::NAN,
        _ => text.parse::<f64>().unwrap_or(0.0),
    }
}

/// True when all of `s` (blanks aside) is one number: the strnum test.
pub fn looks_numeric(s: &[u8]) -> bool {
    let start = skip_blanks(s);
    let rest = &s[start..];
    let len = number_len(rest);
    if len == 0 {
        return false;
    }
    skip_blanks(&rest[len..]) == rest.len() - len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let cases: &[(&str, f64, bool)] = &[
            ("12", 12.0, true),
            (" 12 ", 12.0, true),
            ("1e3", 1000.0, true),
            ("1e", 1.0, false),
            (".5", 0.5, true),
            (".", 0.0, false),
            ("12abc", 12.0, false),
            ("-3.5", -3.5, true),
            ("0x1A", 0.0, false),
            ("", 0.0, false),
            ("+inf", f64::INFINITY, true),
        ];
        for &(s, n, numeric) in cases {
            assert_eq!(str_to_num(s.as_bytes()), n, "{s:?}");
            assert_eq!(looks_numeric(s.as_bytes()), numeric, "{s:?}");
        }
        assert_eq!(num_to_string(3.0, "%.6g"), "3");
        assert_eq!(num_to_string(0.1 + 0.2, "%.6g"), "0.3");
        assert_eq!(
            num_to_string(1e30, "%.6g"),
            "1000000000000000019884624838656"
        );
    }
}

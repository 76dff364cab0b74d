//! The orderings of `sort` keys: numeric (`-n`), general numeric (`-g`), human sizes
//! (`-h`), months (`-M`), versions (`-V`, gnulib's `filevercmp`) and the random hash (`-R`).

use std::cmp::Ordering;

/// GNU sort's field blanks in the C locale: space, tab and newline.
pub fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n')
}

fn skip_blanks(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| is_blank(b)).count();
    &s[n..]
}

/// A decimal number split into sign, integer digits (no leading zeros) and fraction
/// digits (no trailing zeros); `rest` is what follows it.
struct Num<'a> {
    neg: bool,
    int: &'a [u8],
    frac: &'a [u8],
    rest: &'a [u8],
}

fn parse_num(s: &[u8]) -> Num<'_> {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let digits = s.iter().take_while(|b| b.is_ascii_digit()).count();
    let zeros = s[..digits].iter().take_while(|&&b| b == b'0').count();
    let int = &s[zeros..digits];
    let mut rest = &s[digits..];
    let mut frac: &[u8] = &[];
    if rest.first() == Some(&b'.') {
        let n = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let f = &rest[1..1 + n];
        let keep = f.len() - f.iter().rev().take_while(|&&b| b == b'0').count();
        frac = &f[..keep];
        rest = &rest[1 + n..];
    }
    Num {
        neg,
        int,
        frac,
        rest,
    }
}

fn magnitude(a: &Num, b: &Num) -> Ordering {
    a.int
        .len()
        .cmp(&b.int.len())
        .then_with(|| a.int.cmp(b.int))
        .then_with(|| a.frac.cmp(b.frac))
}

fn signed(a: &Num, b: &Num) -> Ordering {
    let za = a.int.is_empty() && a.frac.is_empty();
    let zb = b.int.is_empty() && b.frac.is_empty();
    let sa = if za {
        0
    } else if a.neg {
        -1
    } else {
        1
    };
    let sb = if zb {
        0
    } else if b.neg {
        -1
    } else {
        1
    };
    if sa != sb {
        return sa.cmp(&sb);
    }
    match sa {
        0 => Ordering::Equal,
        1 => magnitude(a, b),
        _ => magnitude(b, a),
    }
}

/// Maps a float to a `u64` with the same order (`-0` counts as `0`).
fn ordered_bits(v: f64) -> u64 {
    let bits = (v + 0.0).to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A `u64` that orders like [`numeric`] where it differs: the correctly rounded value,
/// which is monotonic. The flag says it is exact (at most 15 significant digits), so
/// equal prefixes mean equal numbers.
pub fn numeric_prefix(s: &[u8]) -> (u64, bool) {
    let n = parse_num(skip_blanks(s));
    if n.int.is_empty() && n.frac.is_empty() {
        return (ordered_bits(0.0), true);
    }
    let mut text = String::with_capacity(n.int.len() + n.frac.len() + 3);
    if n.neg {
        text.push('-');
    }
    text.push('0');
    text.extend(n.int.iter().map(|&b| char::from(b)));
    text.push('.');
    text.extend(n.frac.iter().map(|&b| char::from(b)));
    text.push('0');
    let exact = n.int.len() + n.frac.len() <= 15;
    (ordered_bits(text.parse::<f64>().unwrap_or(0.0)), exact)
}

/// A `u64` that orders like [`general`] where it differs: errors, then NaN, then numbers.
pub fn general_prefix(s: &[u8]) -> u64 {
    match strtod(s) {
        None => 0,
        Some(v) if v.is_nan() => 1,
        Some(v) => ordered_bits(v),
    }
}

/// `-n`: leading blanks, an optional `-`, digits and a `.` fraction; anything else is 0.
pub fn numeric(a: &[u8], b: &[u8]) -> Ordering {
    signed(&parse_num(skip_blanks(a)), &parse_num(skip_blanks(b)))
}

fn unit_order(n: &Num) -> i32 {
    if n.int.is_empty() && n.frac.is_empty() {
        return 0;
    }
    let order = match n.rest.first() {
        Some(b'K' | b'k') => 1,
        Some(b'M') => 2,
        Some(b'G') => 3,
        Some(b'T') => 4,
        Some(b'P') => 5,
        Some(b'E') => 6,
        Some(b'Z') => 7,
        Some(b'Y') => 8,
        Some(b'R') => 9,
        Some(b'Q') => 10,
        _ => 0,
    };
    if n.neg { -order } else { order }
}

/// `-h`: numbers with an SI suffix (`2K` < `1M`), compared by suffix first.
pub fn human(a: &[u8], b: &[u8]) -> Ordering {
    let na = parse_num(skip_blanks(a));
    let nb = parse_num(skip_blanks(b));
    unit_order(&na)
        .cmp(&unit_order(&nb))
        .then_with(|| signed(&na, &nb))
}

/// The longest prefix `strtod` would accept, as a value; `None` when it accepts nothing.
pub fn strtod(s: &[u8]) -> Option<f64> {
    let s = &s[s.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    let (neg, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower: Vec<u8> = body.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let v = if lower.starts_with(b"inf") {
        f64::INFINITY
    } else if lower.starts_with(b"nan") {
        f64::NAN
    } else if lower.len() > 2 && lower.starts_with(b"0x") && lower[2].is_ascii_hexdigit() {
        body[2..]
            .iter()
            .map_while(|&b| char::from(b).to_digit(16))
            .fold(0f64, |acc, d| acc * 16.0 + f64::from(d))
    } else {
        let mut i = body.iter().take_while(|b| b.is_ascii_digit()).count();
        let mut digits = i;
        if body.get(i) == Some(&b'.') {
            let n = body[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            digits += n;
            i += 1 + n;
        }
        if digits == 0 {
            return None;
        }
        if matches!(body.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(body.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            let n = body[j.min(body.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if n > 0 {
                i = j + n;
            }
        }
        let text = std::str::from_utf8(&body[..i]).ok()?;
        let text = if text.starts_with('.') {
            format!("0{text}")
        } else {
            text.to_string()
        };
        text.trim_end_matches('.').parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// `-g`: like `strtod`; conversion errors first, then NaN, then numbers.
pub fn general(a: &[u8], b: &[u8]) -> Ordering {
    match (strtod(a), strtod(b)) {
        (None, None) => Ordering::Equal,
        (None, _) => Ordering::Less,
        (_, None) => Ordering::Greater,
        (Some(x), Some(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        },
    }
}

const MONTHS: [&[u8; 3]; 12] = [
    b"JAN", b"FEB", b"MAR", b"APR", b"MAY", b"JUN", b"JUL", b"AUG", b"SEP", b"OCT", b"NOV", b"DEC",
];

pub fn month_of(s: &[u8]) -> usize {
    let s = skip_blanks(s);
    if s.len() < 3 {
        return 0;
    }
    let up = [
        s[0].to_ascii_uppercase(),
        s[1].to_ascii_uppercase(),
        s[2].to_ascii_uppercase(),
    ];
    MONTHS.iter().position(|m| **m == up).map_or(0, |i| i + 1)
}

/// `-M`: `JAN` < ... < `DEC`, unknown names first.
pub fn month(a: &[u8], b: &[u8]) -> Ordering {
    month_of(a).cmp(&month_of(b))
}

fn order(s: &[u8], pos: usize) -> i32 {
    match s.get(pos) {
        None => -1,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(*c),
        Some(b'~') => -2,
        Some(c) => i32::from(*c) + 256,
    }
}

fn verrevcmp(s1: &[u8], s2: &[u8]) -> Ordering {
    let (mut i, mut j) = (0, 0);
    let digit = |s: &[u8], p: usize| s.get(p).is_some_and(u8::is_ascii_digit);
    while i < s1.len() || j < s2.len() {
        while (i < s1.len() && !digit(s1, i)) || (j < s2.len() && !digit(s2, j)) {
            let (c1, c2) = (order(s1, i), order(s2, j));
            if c1 != c2 {
                return c1.cmp(&c2);
            }
            i += 1;
            j += 1;
        }
        while s1.get(i) == Some(&b'0') {
            i += 1;
        }
        while s2.get(j) == Some(&b'0') {
            j += 1;
        }
        let mut first_diff = Ordering::Equal;
        while digit(s1, i) && digit(s2, j) {
            if first_diff == Ordering::Equal {
                first_diff = s1[i].cmp(&s2[j]);
            }
            i += 1;
            j += 1;
        }
        if digit(s1, i) {
            return Ordering::Greater;
        }
        if digit(s2, j) {
            return Ordering::Less;
        }
        if first_diff != Ordering::Equal {
            return first_diff;
        }
    }
    Ordering::Equal
}

/// The length of `s` without its file suffixes (`(\.[A-Za-z~][A-Za-z0-9~]*)*$`).
fn prefix_len(s: &[u8]) -> usize {
    let n = s.len();
    let mut prefix = 0;
    let mut i = 0;
    while i < n {
        i += 1;
        prefix = i;
        while i + 1 < n && s[i] == b'.' && (s[i + 1].is_ascii_alphabetic() || s[i + 1] == b'~') {
            i += 2;
            while i < n && (s[i].is_ascii_alphanumeric() || s[i] == b'~') {
                i += 1;
            }
        }
    }
    prefix
}

/// `-V`: gnulib's `filevercmp`.
pub fn version(a: &[u8], b: &[u8]) -> Ordering {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => return Ordering::Equal,
        (true, false) => return Ordering::Less,
        (false, true) => return Ordering::Greater,
        _ => {}
    }
    if a[0] == b'.' {
        if b[0] != b'.' {
            return Ordering::Less;
        }
        let (adot, bdot) = (a.len() == 1, b.len() == 1);
        if adot || bdot {
            return bdot.cmp(&adot);
        }
        let add = a.len() == 2 && a[1] == b'.';
        let bdd = b.len() == 2 && b[1] == b'.';
        if add || bdd {
            return bdd.cmp(&add);
        }
    } else if b[0] == b'.' {
        return Ordering::Greater;
    }
    let (pa, pb) = (prefix_len(a), prefix_len(b));
    let r = verrevcmp(&a[..pa], &b[..pb]);
    if r != Ordering::Equal || (pa == a.len() && pb == b.len()) {
        return r;
    }
    verrevcmp(a, b)
}

/// `-R`: a seeded hash of the key, so equal keys stay together.
pub fn random_hash(seed: u64, s: &[u8]) -> u64 {
    let mut h = seed ^ 0xcbf2_9ce4_8422_2325;
    for &b in s {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Cmp = fn(&[u8], &[u8]) -> Ordering;

    #[test]
    fn orderings() {
        use Ordering::*;
        let cases: [(Cmp, &str, &str, Ordering); 16] = [
            (numeric, "10", "9", Greater),
            (numeric, "-10", "-9", Less),
            (numeric, "-0", "0", Equal),
            (numeric, "abc", "0", Equal),
            (numeric, " 1.50", "1.5", Equal),
            (numeric, "1.45", "1.5", Less),
            (human, "2K", "1M", Less),
            (human, "1G", "900M", Greater),
            (general, "1e3", "999", Greater),
            (general, "x", "nan", Less),
            (general, "nan", "-inf", Less),
            (month, "feb", "JAN", Greater),
            (month, "x", "JAN", Less),
            (version, "a-1.10", "a-1.9", Greater),
            (version, "file1.txt", "file10.txt", Less),
            (version, "1.0~rc1", "1.0", Less),
        ];
        for (f, a, b, want) in cases {
            assert_eq!(f(a.as_bytes(), b.as_bytes()), want, "{a} vs {b}");
        }
    }
}

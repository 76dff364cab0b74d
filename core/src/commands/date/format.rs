//! `date +FORMAT`: `strftime` conversions (from [`crate::time`]) plus GNU's extensions:
//! the flags `-` `_` `0` `^` `#`, field widths, `%N` with a precision, `%:z` `%::z`
//! `%:::z` and `%q`. The zone is always UTC.

use super::parse::Stamp;
use crate::time::{civil, strftime};

const NUMERIC: &str = "CdegGHIjklmMsSuUVwWyYq";
const KNOWN: &str = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";

/// Formats `t` like GNU `date +FORMAT`.
pub fn format(fmt: &str, t: Stamp) -> String {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flags = Vec::new();
        while let Some(&f) = chars.get(i).filter(|f| "-_0^#".contains(**f)) {
            flags.push(f);
            i += 1;
        }
        let mut width: Option<usize> = None;
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d as usize)
                    .min(4096),
            );
            i += 1;
        }
        if matches!(chars.get(i), Some('E' | 'O')) {
            i += 1;
        }
        let mut colons = 0;
        while chars.get(i) == Some(&':') {
            colons += 1;
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        let literal = || chars[start..i].iter().collect::<String>();
        let base = match conv {
            'N' => {
                let digits = format!("{:09}", t.nanos);
                let w = width.unwrap_or(9).max(1);
                let s: String = if w <= 9 {
                    digits.chars().take(w).collect()
                } else {
                    format!("{digits:0<w$}")
                };
                out.push_str(&s);
                continue;
            }
            'z' => match colons {
                0 => "+0000".to_string(),
                1 => "+00:00".to_string(),
                2 => "+00:00:00".to_string(),
                3 => "+00".to_string(),
                _ => {
                    out.push_str(&literal());
                    continue;
                }
            },
            _ if colons > 0 => {
                out.push_str(&literal());
                continue;
            }
            'q' => ((civil(t.secs).month - 1) / 3 + 1).to_string(),
            c if KNOWN.contains(c) => strftime(&format!("%{c}"), t.secs),
            _ => {
                out.push_str(&literal());
                continue;
            }
        };
        out.push_str(&pad(conv, base, &flags, width));
    }
    out
}

fn pad(conv: char, base: String, flags: &[char], width: Option<usize>) -> String {
    let upper = flags.contains(&'^');
    let swap = flags.contains(&'#');
    let mut s = base;
    if upper || (swap && !matches!(conv, 'p' | 'Z')) {
        s = s.to_uppercase();
    } else if swap {
        s = s.to_lowercase();
    }
    let padflag = flags
        .iter()
        .rev()
        .find(|f| matches!(f, '-' | '_' | '0'))
        .copied();
    if NUMERIC.contains(conv) {
        let natural = s.chars().count();
        let trimmed = s.trim_start_matches([' ', '0']);
        let digits = if trimmed.is_empty() { "0" } else { trimmed };
        let pad_char = match padflag {
            Some('-') => return digits.to_string(),
            Some('_') => ' ',
            Some(_) => '0',
            None if matches!(conv, 'e' | 'k' | 'l') => ' ',
            None => '0',
        };
        let w = width.unwrap_or(natural);
        let n = digits.chars().count();
        if n >= w {
            return digits.to_string();
        }
        let mut r: String = std::iter::repeat_n(pad_char, w - n).collect();
        r.push_str(digits);
        return r;
    }
    match (padflag, width) {
        (Some('-'), _) | (_, None) => s,
        (p, Some(w)) => {
            let n = s.chars().count();
            if n >= w {
                return s;
            }
            let c = if p == Some('0') { '0' } else { ' ' };
            let mut r: String = std::iter::repeat_n(c, w - n).collect();
            r.push_str(&s);
            r
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Stamp, format};

    #[test]
    fn gnu_extensions() {
        // Expectations from GNU date 9.1: date -u -d '2024-01-02 03:04:05.123456789'.
        let t = Stamp {
            secs: 1_704_164_645,
            nanos: 123_456_789,
        };
        let cases = [
            (
                "%-d|%_m|%05Y|%^a|%#Z|%10A|%-10A|%_5d",
                "2| 1|02024|TUE|utc|   Tuesday|Tuesday|    2",
            ),
            (
                "%3N|%N|%:z|%::z|%:::z|%e|%0e|%-e",
                "123|123456789|+00:00|+00:00:00|+00| 2|02|2",
            ),
            (
                "%P|%#p|%^B|%-j|%q|%+|%Ey|%Od|%k|%-k",
                "am|am|JANUARY|2|1|%+|24|02| 3|3",
            ),
            ("%s|%-S|%_H|%%|%Q|%", "1704164645|5| 3|%|%Q|%"),
            ("%a %b %e %H:%M:%S %Z %Y", "Tue Jan  2 03:04:05 UTC 2024"),
        ];
        for (f, want) in cases {
            assert_eq!(format(f, t), want, "{f}");
        }
    }
}

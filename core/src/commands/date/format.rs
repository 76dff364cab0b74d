//! `date +FORMAT`: `strftime` conversions (from [`crate::time`]) plus GNU's extensions:
//! the flags `-` `_` `0` `^` `#`, field widths, `%N` with a precision, `%:z` `%::z`
//! `%:::z` and `%q`, in the zone of a [`Local`] (offset and abbreviation of that instant).

use super::parse::Stamp;
use super::zone::Local;
use crate::time::{civil, strftime};

const NUMERIC: &str = "CdegGHIjklmMsSuUVwWyYq";
const KNOWN: &str = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%";

/// `+hhmm` with `colons` GNU colons (`%z`, `%:z`, `%::z`, `%:::z`); `None` past three.
fn offset_text(offset: i64, colons: usize) -> Option<String> {
    let sign = if offset < 0 { '-' } else { '+' };
    let a = offset.unsigned_abs();
    let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
    Some(match colons {
        0 => format!("{sign}{h:02}{m:02}"),
        1 => format!("{sign}{h:02}:{m:02}"),
        2 => format!("{sign}{h:02}:{m:02}:{s:02}"),
        3 if s != 0 => format!("{sign}{h:02}:{m:02}:{s:02}"),
        3 if m != 0 => format!("{sign}{h:02}:{m:02}"),
        3 => format!("{sign}{h:02}"),
        _ => return None,
    })
}

/// Formats `t` like GNU `date +FORMAT`, as seen in the zone `local` describes.
pub fn format(fmt: &str, t: Stamp, local: &Local) -> String {
    let wall = t.secs.saturating_add(local.offset);
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
            'z' => match offset_text(local.offset, colons) {
                Some(z) => z,
                None => {
                    out.push_str(&literal());
                    continue;
                }
            },
            _ if colons > 0 => {
                out.push_str(&literal());
                continue;
            }
            'q' => ((civil(wall).month - 1) / 3 + 1).to_string(),
            'Z' => local.abbrev.clone(),
            's' => t.secs.to_string(),
            c if KNOWN.contains(c) => strftime(&format!("%{c}"), wall),
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
    use super::{Local, Stamp, format};

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
        let utc = Local {
            offset: 0,
            abbrev: "UTC".into(),
        };
        for (f, want) in cases {
            assert_eq!(format(f, t, &utc), want, "{f}");
        }
        // TZ=Asia/Kolkata and TZ=America/New_York, from GNU date.
        let ist = Local {
            offset: 19_800,
            abbrev: "IST".into(),
        };
        let est = Local {
            offset: -18_000,
            abbrev: "EST".into(),
        };
        let f = "%F %T %Z %z %:z %::z %:::z %s";
        let want = "2024-01-02 08:34:05 IST +0530 +05:30 +05:30:00 +05:30 1704164645";
        assert_eq!(format(f, t, &ist), want);
        let want = "2024-01-01 22:04:05 EST -0500 -05:00 -05:00:00 -05 1704164645";
        assert_eq!(format(f, t, &est), want);
    }
}

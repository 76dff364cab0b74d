//! Calendar arithmetic and `strftime` for UTC times (the sandbox has no time zones): used by
//! `printf '%(fmt)T'` and, later, `date`. Pure integer code, no clock.

/// A broken-down UTC time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    /// The year, e.g. 1970.
    pub year: i64,
    /// 1..=12
    pub month: u32,
    /// 1..=31
    pub day: u32,
    /// 0..=23
    pub hour: u32,
    /// 0..=59
    pub min: u32,
    /// 0..=59
    pub sec: u32,
    /// Day of the week, 0 = Sunday.
    pub wday: u32,
    /// Day of the year, 0 = January 1st.
    pub yday: u32,
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Breaks `secs` since the epoch into a UTC [`Tm`].
pub fn civil(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    let yday = (days - days_from_civil(year, 1, 1)) as u32;
    Tm {
        year,
        month,
        day,
        hour: (rem / 3600) as u32,
        min: (rem % 3600 / 60) as u32,
        sec: (rem % 60) as u32,
        wday: (days + 4).rem_euclid(7) as u32,
        yday,
    }
}

/// ISO 8601 week-based year and week number.
fn iso_week(t: &Tm) -> (i64, u32) {
    let wday = (t.wday + 6) % 7; // Monday = 0
    let yday = i64::from(t.yday);
    let week = (yday - i64::from(wday) + 10) / 7;
    if week < 1 {
        let prev = t.year - 1;
        let prev_days = if is_leap(prev) { 366 } else { 365 };
        let w = (yday + prev_days - i64::from(wday) + 10) / 7;
        return (prev, w as u32);
    }
    let days = if is_leap(t.year) { 366 } else { 365 };
    if week == 53 && yday - i64::from(wday) + 3 >= days {
        return (t.year + 1, 1);
    }
    (t.year, week as u32)
}

/// Formats `secs` (UTC) with the C library's `strftime` conversions.
pub fn strftime(fmt: &str, secs: i64) -> String {
    let t = civil(secs);
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let hour12 = if t.hour.is_multiple_of(12) {
            12
        } else {
            t.hour % 12
        };
        match d {
            'a' => out.push_str(&DAYS[t.wday as usize][..3]),
            'A' => out.push_str(DAYS[t.wday as usize]),
            'b' | 'h' => out.push_str(&MONTHS[t.month as usize - 1][..3]),
            'B' => out.push_str(MONTHS[t.month as usize - 1]),
            'c' => out.push_str(&strftime("%a %b %e %H:%M:%S %Y", secs)),
            'C' => out.push_str(&format!("{:02}", t.year.div_euclid(100))),
            'd' => out.push_str(&format!("{:02}", t.day)),
            'D' | 'x' => out.push_str(&strftime("%m/%d/%y", secs)),
            'e' => out.push_str(&format!("{:>2}", t.day)),
            'F' => out.push_str(&strftime("%Y-%m-%d", secs)),
            'g' => out.push_str(&format!("{:02}", iso_week(&t).0.rem_euclid(100))),
            'G' => out.push_str(&iso_week(&t).0.to_string()),
            'H' => out.push_str(&format!("{:02}", t.hour)),
            'I' => out.push_str(&format!("{hour12:02}")),
            'j' => out.push_str(&format!("{:03}", t.yday + 1)),
            'k' => out.push_str(&format!("{:>2}", t.hour)),
            'l' => out.push_str(&format!("{hour12:>2}")),
            'm' => out.push_str(&format!("{:02}", t.month)),
            'M' => out.push_str(&format!("{:02}", t.min)),
            'n' => out.push('\n'),
            'p' => out.push_str(if t.hour < 12 { "AM" } else { "PM" }),
            'P' => out.push_str(if t.hour < 12 { "am" } else { "pm" }),
            'r' => out.push_str(&strftime("%I:%M:%S %p", secs)),
            'R' => out.push_str(&strftime("%H:%M", secs)),
            's' => out.push_str(&secs.to_string()),
            'S' => out.push_str(&format!("{:02}", t.sec)),
            't' => out.push('\t'),
            'T' | 'X' => out.push_str(&strftime("%H:%M:%S", secs)),
            'u' => out.push_str(&(if t.wday == 0 { 7 } else { t.wday }).to_string()),
            'U' => out.push_str(&format!("{:02}", (t.yday + 7 - t.wday) / 7)),
            'V' => out.push_str(&format!("{:02}", iso_week(&t).1)),
            'w' => out.push_str(&t.wday.to_string()),
            'W' => out.push_str(&format!("{:02}", (t.yday + 7 - (t.wday + 6) % 7) / 7)),
            'y' => out.push_str(&format!("{:02}", t.year.rem_euclid(100))),
            'Y' => out.push_str(&t.year.to_string()),
            'z' => out.push_str("+0000"),
            'Z' => out.push_str("UTC"),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_c() {
        // Expectations from bash's printf '%(...)T' with TZ=UTC.
        let cases = [
            ("%Y-%m-%d %H:%M:%S", 86_399, "1970-01-01 23:59:59"),
            (
                "%a %b %e %j %u %w %y %C %D %F %T %R %s %%",
                86_399,
                "Thu Jan  1 001 4 4 70 19 01/01/70 1970-01-01 23:59:59 23:59 86399 %",
            ),
            ("%c", 86_399, "Thu Jan  1 23:59:59 1970"),
            ("%p %I %l %k %Z %z", 86_399, "PM 11 11 23 UTC +0000"),
            ("%U %W %V %G %g", 86_399, "00 00 01 1970 70"),
            (
                "%F %T %A %B",
                1_709_251_199,
                "2024-02-29 23:59:59 Thursday February",
            ),
            ("%V %G", 1_609_459_200, "53 2020"),
        ];
        for (fmt, t, want) in cases {
            assert_eq!(strftime(fmt, t), want, "{fmt} {t}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for secs in [-86_400i64 * 365 * 300, -1, 0, 951_782_400, 4_102_444_800] {
            let t = civil(secs);
            let back = days_from_civil(t.year, t.month, t.day) * 86_400
                + i64::from(t.hour) * 3600
                + i64::from(t.min) * 60
                + i64::from(t.sec);
            assert_eq!(back, secs);
        }
    }
}

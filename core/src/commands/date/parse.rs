//! Free-form date strings for `date -d` and `touch -d`: a subset of GNU `parse_datetime`
//! (`@EPOCH`, ISO dates and times with zones, `MM/DD/YYYY`, month names, day names,
//! `now`/`today`/`yesterday`/`tomorrow`, relative items like `3 days ago`, `+2 hours`,
//! `next monday`), in the zone `TZ` names unless the string gives its own.

use super::zone::Zone;
use crate::time::{civil, days_from_civil};

/// A point in time: seconds since the epoch and nanoseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Seconds since the epoch.
    pub secs: i64,
    /// Nanoseconds, 0..1e9.
    pub nanos: u32,
}

#[derive(Default)]
struct Items {
    date: Option<(i64, u32, u32)>,
    time: Option<(u32, u32, u32, u32)>,
    zone: Option<i64>,
    weekday: Option<(i64, u32)>,
    months: i64,
    days: i64,
    secs: i64,
    /// The last relative item, for `ago`: (months, days, seconds).
    last_rel: Option<(i64, i64, i64)>,
    /// A relative amount out of range.
    invalid: bool,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Num(String),
    Word(String),
    Sym(char),
}

fn tokenize(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_whitespace() || c == ',' {
            i += 1;
        } else if c.is_ascii_digit() {
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(Tok::Num(b[st..i].iter().collect()));
        } else if c.is_alphabetic() {
            let st = i;
            while i < b.len() && (b[i].is_alphabetic() || b[i] == '.') {
                i += 1;
            }
            let w: String = b[st..i].iter().collect::<String>().to_lowercase();
            out.push(Tok::Word(w.trim_end_matches('.').to_string()));
        } else if "+-:/.@".contains(c) {
            out.push(Tok::Sym(c));
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}

fn month_of(w: &str) -> Option<u32> {
    const M: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    M.iter()
        .position(|m| {
            *m == w || (w.len() == 3 && m.starts_with(w)) || (w == "sept" && *m == "september")
        })
        .map(|i| i as u32 + 1)
}

fn weekday_of(w: &str) -> Option<u32> {
    const D: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    let alias = match w {
        "tues" => "tue",
        "wednes" => "wed",
        "thur" | "thurs" => "thu",
        w => w,
    };
    D.iter()
        .position(|d| *d == alias || (alias.len() == 3 && d.starts_with(alias)))
        .map(|i| i as u32)
}

/// Seconds (or months, as negative markers) of a unit word: (months, days, seconds).
fn unit_of(w: &str) -> Option<(i64, i64, i64)> {
    let w = w.strip_suffix('s').filter(|s| !s.is_empty()).unwrap_or(w);
    Some(match w {
        "year" => (12, 0, 0),
        "month" => (1, 0, 0),
        "fortnight" => (0, 14, 0),
        "week" => (0, 7, 0),
        "day" => (0, 1, 0),
        "hour" => (0, 0, 3600),
        "minute" | "min" => (0, 0, 60),
        "second" | "sec" => (0, 0, 1),
        _ => return None,
    })
}

fn num(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Num(n)) => Some(n),
        _ => None,
    }
}

impl Items {
    fn add_rel(&mut self, n: i64, u: (i64, i64, i64)) {
        // Amounts past about 10^15 seconds are out of range (GNU: an invalid date).
        if self.invalid || n.abs() > 1 << 40 {
            self.invalid = true;
            return;
        }
        let r = (n * u.0, n * u.1, n * u.2);
        self.months += r.0;
        self.days += r.1;
        self.secs += r.2;
        if self.months.abs() > 1 << 40 || self.days.abs() > 1 << 40 || self.secs.abs() > 1 << 50 {
            self.invalid = true;
        }
        self.last_rel = Some(r);
    }
}

/// Parses `s` relative to `now`, in UTC. `None` for what GNU would call an invalid date.
pub fn parse_date(s: &str, now: Stamp) -> Option<Stamp> {
    parse_date_in(s, now, &Zone::utc())
}

/// Parses `s` relative to `now`, reading wall-clock times in `zone` (a time that zone
/// skips is invalid, like GNU's `mktime` check).
pub fn parse_date_in(s: &str, now: Stamp, zone: &Zone) -> Option<Stamp> {
    let s = s.trim();
    if let Some(rest) = s.strip_prefix('@') {
        return epoch(rest.trim());
    }
    let toks = tokenize(s)?;
    let mut it = Items::default();
    if toks.is_empty() {
        // An empty string is the start of today.
        it.time = Some((0, 0, 0, 0));
    }
    let mut i = 0;
    while i < toks.len() {
        i = item(&toks, i, &mut it)?;
    }
    let local_now = Stamp {
        secs: now.secs.checked_add(zone.at(now.secs).offset)?,
        nanos: now.nanos,
    };
    let wall = combine(&it, local_now)?;
    let secs = match it.zone {
        Some(z) => wall.secs.checked_sub(z)?,
        None => zone.instant(wall.secs)?,
    };
    Some(Stamp {
        secs: secs.checked_add(it.secs)?,
        nanos: wall.nanos,
    })
}

fn epoch(s: &str) -> Option<Stamp> {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = body.split_once(['.', ',']).unwrap_or((body, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let secs: i64 = int.parse().ok()?;
    let mut nanos = 0u32;
    for (k, d) in frac.bytes().take(9).enumerate() {
        nanos += u32::from(d - b'0') * 10u32.pow(8 - k as u32);
    }
    if neg {
        if nanos > 0 {
            return Some(Stamp {
                secs: -secs - 1,
                nanos: 1_000_000_000 - nanos,
            });
        }
        return Some(Stamp {
            secs: -secs,
            nanos: 0,
        });
    }
    Some(Stamp { secs, nanos })
}

/// Parses one item starting at `i`; returns the next index.
fn item(t: &[Tok], i: usize, it: &mut Items) -> Option<usize> {
    let tok = t.get(i)?;
    match tok {
        Tok::Num(n) => {
            // YYYY-MM-DD[Thh:mm[:ss]]
            if t.get(i + 1) == Some(&Tok::Sym('-'))
                && num(t.get(i + 2)).is_some()
                && t.get(i + 3) == Some(&Tok::Sym('-'))
            {
                let y: i64 = n.parse().ok()?;
                let m: u32 = num(t.get(i + 2))?.parse().ok()?;
                let d: u32 = num(t.get(i + 4))?.parse().ok()?;
                set_date(it, y, m, d)?;
                let mut j = i + 5;
                if let Some(Tok::Word(w)) = t.get(j)
                    && w == "t"
                    && num(t.get(j + 1)).is_some()
                {
                    // `T` between date and time: `2024-01-02T03:04:05`.
                    j += 1;
                    return time(t, j, it);
                }
                return Some(j);
            }
            // DD-MON-YYYY
            if t.get(i + 1) == Some(&Tok::Sym('-'))
                && let Some(Tok::Word(w)) = t.get(i + 2)
                && let Some(m) = month_of(w)
            {
                let d: u32 = n.parse().ok()?;
                if t.get(i + 3) == Some(&Tok::Sym('-')) {
                    set_date(it, year(num(t.get(i + 4))?)?, m, d)?;
                    return Some(i + 5);
                }
                set_date(it, -1, m, d)?;
                return Some(i + 3);
            }
            // MM/DD[/YYYY]
            if t.get(i + 1) == Some(&Tok::Sym('/')) {
                let a: u32 = n.parse().ok()?;
                let b: u32 = num(t.get(i + 2))?.parse().ok()?;
                if t.get(i + 3) == Some(&Tok::Sym('/')) {
                    let c = num(t.get(i + 4))?;
                    if n.len() == 4 {
                        set_date(it, i64::from(a), b, c.parse().ok()?)?;
                    } else {
                        set_date(it, year(c)?, a, b)?;
                    }
                    return Some(i + 5);
                }
                set_date(it, -1, a, b)?;
                return Some(i + 3);
            }
            if t.get(i + 1) == Some(&Tok::Sym(':')) {
                return time(t, i, it);
            }
            if let Some(Tok::Word(w)) = t.get(i + 1) {
                if let Some(u) = unit_of(w) {
                    it.add_rel(n.parse().ok()?, u);
                    return Some(i + 2);
                }
                if matches!(w.as_str(), "am" | "pm") {
                    return time(t, i, it);
                }
                if let Some(m) = month_of(w) {
                    // `2 jan [2024]`
                    let d: u32 = n.parse().ok()?;
                    let (y, next) = match num(t.get(i + 2)) {
                        Some(y) if it.date.is_none() => (year(y)?, i + 3),
                        _ => (-1, i + 2),
                    };
                    set_date(it, y, m, d)?;
                    return Some(next);
                }
            }
            if n.len() == 8 && it.date.is_none() {
                let y = n.get(..4)?.parse().ok()?;
                set_date(it, y, n.get(4..6)?.parse().ok()?, n.get(6..)?.parse().ok()?)?;
                return Some(i + 1);
            }
            if n.len() == 4 && it.date.is_some_and(|d| d.0 == -1) {
                if let Some(d) = it.date.as_mut() {
                    d.0 = n.parse().ok()?;
                }
                return Some(i + 1);
            }
            None
        }
        Tok::Sym(c @ ('+' | '-')) => {
            let n: i64 = num(t.get(i + 1))?.parse().ok()?;
            let n = if *c == '-' { -n } else { n };
            match t.get(i + 2) {
                Some(Tok::Word(w)) if unit_of(w).is_some() => {
                    it.add_rel(n, unit_of(w)?);
                    Some(i + 3)
                }
                _ => None,
            }
        }
        Tok::Word(w) => {
            match w.as_str() {
                "now" | "today" => {}
                "yesterday" => it.add_rel(-1, (0, 1, 0)),
                "tomorrow" => it.add_rel(1, (0, 1, 0)),
                "ago" => {
                    let (m, d, s) = it.last_rel.take()?;
                    it.months -= 2 * m;
                    it.days -= 2 * d;
                    it.secs -= 2 * s;
                }
                z if zone_abbrev(z).is_some() => it.zone = zone_abbrev(z),
                "next" | "last" | "this" => {
                    let n = match w.as_str() {
                        "next" => 1,
                        "last" => -1,
                        _ => 0,
                    };
                    let Some(Tok::Word(u)) = t.get(i + 1) else {
                        return None;
                    };
                    if let Some(wd) = weekday_of(u) {
                        it.weekday = Some((n, wd));
                    } else {
                        it.add_rel(n, unit_of(u)?);
                    }
                    return Some(i + 2);
                }
                w => {
                    if let Some(m) = month_of(w) {
                        // `jan 2 [2024]`
                        let d: u32 = num(t.get(i + 1))?.parse().ok()?;
                        let (y, next) = match num(t.get(i + 2)) {
                            Some(y) if y.len() == 4 => (year(y)?, i + 3),
                            _ => (-1, i + 2),
                        };
                        set_date(it, y, m, d)?;
                        return Some(next);
                    }
                    if let Some(wd) = weekday_of(w) {
                        it.weekday = Some((0, wd));
                    } else if let Some(u) = unit_of(w) {
                        it.add_rel(1, u);
                    } else {
                        return None;
                    }
                }
            }
            Some(i + 1)
        }
        Tok::Sym(_) => None,
    }
}

fn year(s: &str) -> Option<i64> {
    let y: i64 = s.parse().ok()?;
    Some(match s.len() {
        1 | 2 if y < 69 => 2000 + y,
        1 | 2 => 1900 + y,
        _ => y,
    })
}

fn set_date(it: &mut Items, y: i64, m: u32, d: u32) -> Option<()> {
    if it.date.is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) || y > 1_000_000 {
        return None;
    }
    if y >= 0 && d > month_len(y, m) {
        return None;
    }
    it.date = Some((y, m, d));
    Some(())
}

fn month_len(y: i64, m: u32) -> u32 {
    let next = if m == 12 {
        days_from_civil(y + 1, 1, 1)
    } else {
        days_from_civil(y, m + 1, 1)
    };
    (next - days_from_civil(y, m, 1)) as u32
}

/// The offset in seconds of a zone abbreviation of gnulib's parse-datetime table
/// (lowercased; the daylight-saving names include their hour).
fn zone_abbrev(w: &str) -> Option<i64> {
    let hours: f64 = match w {
        "utc" | "gmt" | "z" | "ut" | "wet" => 0.0,
        "west" | "bst" | "cet" | "met" | "mez" | "wat" => 1.0,
        "cest" | "mest" | "mesz" | "eet" | "cat" | "sast" => 2.0,
        "eest" | "eat" | "msk" => 3.0,
        "msd" => 4.0,
        "ist" => 5.5,
        "sgt" => 8.0,
        "kst" | "jst" => 9.0,
        "gst" => 10.0,
        "nzst" => 12.0,
        "nzdt" => 13.0,
        "art" | "brt" | "adt" | "clst" | "brst" => -3.0,
        "nst" => -3.5,
        "ndt" => -2.5,
        "ast" | "clt" | "edt" => -4.0,
        "est" | "cdt" => -5.0,
        "cst" | "mdt" => -6.0,
        "mst" | "pdt" => -7.0,
        "pst" | "akdt" => -8.0,
        "akst" | "hadt" => -9.0,
        "hst" | "hast" => -10.0,
        "sst" => -11.0,
        _ => return None,
    };
    Some((hours * 3600.0) as i64)
}

/// `hh:mm[:ss[.frac]] [am|pm] [zone]` or `h am`.
fn time(t: &[Tok], i: usize, it: &mut Items) -> Option<usize> {
    if it.time.is_some() {
        return None;
    }
    let h: u32 = num(t.get(i))?.parse().ok()?;
    let mut j = i + 1;
    let (mut m, mut s, mut ns) = (0u32, 0u32, 0u32);
    if t.get(j) == Some(&Tok::Sym(':')) {
        m = num(t.get(j + 1))?.parse().ok()?;
        j += 2;
        if t.get(j) == Some(&Tok::Sym(':')) {
            s = num(t.get(j + 1))?.parse().ok()?;
            j += 2;
            if matches!(t.get(j), Some(Tok::Sym('.'))) {
                let f = num(t.get(j + 1))?;
                for (k, d) in f.bytes().take(9).enumerate() {
                    ns += u32::from(d - b'0') * 10u32.pow(8 - k as u32);
                }
                j += 2;
            }
        }
    }
    let mut h = h;
    if let Some(Tok::Word(w)) = t.get(j) {
        match w.as_str() {
            "am" | "pm" => {
                if !(1..=12).contains(&h) {
                    return None;
                }
                h %= 12;
                if w == "pm" {
                    h += 12;
                }
                j += 1;
            }
            z if zone_abbrev(z).is_some() => {
                it.zone = zone_abbrev(z);
                j += 1;
            }
            _ => {}
        }
    }
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    it.time = Some((h, m, s, ns));
    // A signed number right after a time is a zone offset (`+01:00`, `-0500`, `+2`).
    if let Some(Tok::Sym(c @ ('+' | '-'))) = t.get(j)
        && it.zone.is_none()
        && let Some(n) = num(t.get(j + 1))
    {
        let mut off: i64 = match n.len() {
            1 | 2 => n.parse::<i64>().ok()? * 3600,
            4 => n.get(..2)?.parse::<i64>().ok()? * 3600 + n.get(2..)?.parse::<i64>().ok()? * 60,
            _ => return None,
        };
        j += 2;
        if off > 24 * 3600 {
            return None;
        }
        if n.len() <= 2 && t.get(j) == Some(&Tok::Sym(':')) {
            off += num(t.get(j + 1))?.parse::<i64>().ok()? * 60;
            j += 2;
        }
        it.zone = Some(if *c == '-' { -off } else { off });
    }
    Some(j)
}

/// The wall-clock time the items name (seconds as if UTC), before the zone and the
/// relative seconds are applied.
fn combine(it: &Items, now: Stamp) -> Option<Stamp> {
    if it.invalid {
        return None;
    }
    let n = civil(now.secs);
    let (mut y, mut m, mut d) = (n.year, n.month, n.day);
    if let Some((dy, dm, dd)) = it.date {
        if dy >= 0 {
            y = dy;
        }
        m = dm;
        d = dd;
    }
    let (mut hh, mut mm, mut ss, mut ns) = (n.hour, n.min, n.sec, now.nanos);
    if let Some((a, b, c, e)) = it.time {
        (hh, mm, ss, ns) = (a, b, c, e);
    } else if it.date.is_some() || it.weekday.is_some() {
        (hh, mm, ss, ns) = (0, 0, 0, 0);
    }
    // Months first (calendar arithmetic, day overflow normalises like mktime).
    let total = y
        .checked_mul(12)?
        .checked_add(i64::from(m) - 1 + it.months)?;
    let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    let mut days = days_from_civil(y, m, 1) + i64::from(d) - 1;
    // Like GNU, a day of the week moves the date only when no calendar date was given.
    if let Some((ord, wd)) = it.weekday.filter(|_| it.date.is_none()) {
        let cur = (days + 4).rem_euclid(7);
        let mut delta = (i64::from(wd) - cur).rem_euclid(7);
        if ord > 0 && delta == 0 {
            delta = 7;
        }
        if ord < 0 {
            delta = if delta == 0 { -7 } else { delta - 7 };
        }
        days += delta;
    }
    days = days.checked_add(it.days)?;
    let secs = days
        .checked_mul(86_400)?
        .checked_add(i64::from(hh) * 3600 + i64::from(mm) * 60 + i64::from(ss))?;
    Some(Stamp { secs, nanos: ns })
}

#[cfg(test)]
mod tests {
    use super::{Stamp, parse_date};
    use crate::time::strftime;

    #[test]
    fn parses_like_gnu() {
        // Expectations from GNU date 9.1 with TZ=UTC and now = 2026-11-26 03:14:36 (a Thursday).
        let now = Stamp {
            secs: 1_795_662_876,
            nanos: 0,
        };
        let cases = [
            ("monday", "2026-11-30 00:00:00"),
            ("next monday", "2026-11-30 00:00:00"),
            ("last monday", "2026-11-23 00:00:00"),
            ("1 day 2 hours ago", "2026-11-27 01:14:36"),
            ("jan 31 2024 + 1 month", "2024-03-02 00:00:00"),
            ("2024-01-31 +1 month", "2024-03-02 00:00:00"),
            ("10:30", "2026-11-26 10:30:00"),
            ("2024-01-02 10:30 +2 hours", "2024-01-02 09:30:00"),
            ("20240102", "2024-01-02 00:00:00"),
            ("tomorrow 12:00", "2026-11-27 12:00:00"),
            ("2 jan 2024", "2024-01-02 00:00:00"),
            ("January 2, 2024", "2024-01-02 00:00:00"),
            ("3pm", "2026-11-26 15:00:00"),
            ("12am", "2026-11-26 00:00:00"),
            ("2024-01-02T03:04:05+01:00", "2024-01-02 02:04:05"),
            ("2024-01-02T03:04:05Z", "2024-01-02 03:04:05"),
            ("next hour", "2026-11-26 04:14:36"),
            ("last year", "2025-11-26 03:14:36"),
            ("1 week ago", "2026-11-19 03:14:36"),
            ("fortnight ago", "2026-11-12 03:14:36"),
            ("2024/01/02", "2024-01-02 00:00:00"),
            ("01/02/2024", "2024-01-02 00:00:00"),
            ("sun", "2026-11-29 00:00:00"),
            ("this friday", "2026-11-27 00:00:00"),
            ("yesterday", "2026-11-25 03:14:36"),
            ("2024-12-31 tomorrow", "2025-01-01 00:00:00"),
            ("2024-01-15 next friday", "2024-01-15 00:00:00"),
            ("15-Jan-2024", "2024-01-15 00:00:00"),
            ("Mon Jan 15 10:30:00 UTC 2024", "2024-01-15 10:30:00"),
            ("2024-03-10 last day", "2024-03-09 00:00:00"),
            ("@0", "1970-01-01 00:00:00"),
        ];
        for (s, want) in cases {
            let got = parse_date(s, now).map(|t| strftime("%F %T", t.secs));
            assert_eq!(got.as_deref(), Some(want), "{s}");
        }
        for bad in [
            "noon",
            "foo",
            "2024-13-01",
            "2024-02-30",
            "25:00",
            "1 2 3",
            "2024-01-01 23:30 +45 minutes",
            "9223372036854775807 months",
            "9223372036854775807 seconds ago",
        ] {
            assert_eq!(parse_date(bad, now), None, "{bad}");
        }
    }
}

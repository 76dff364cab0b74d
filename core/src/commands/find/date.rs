//! The dates `-newermt` accepts: ISO forms (`2024-01-31`, `2024-01-31 12:00[:00]`,
//! `2024-01-31T12:00:00`), `@SECONDS`, `now`, `today`, `yesterday`, and `N UNIT(s) ago`,
//! all in UTC (a subset of GNU's `parse_datetime`).

use crate::time::days_from_civil;

/// Seconds since the epoch for `text`, relative to `now` where it is relative.
pub fn parse(text: &str, now: i64) -> Option<i64> {
    let t = text.trim().to_ascii_lowercase();
    if let Some(secs) = t.strip_prefix('@') {
        return secs.parse().ok();
    }
    // Like GNU, `yesterday` keeps the time of day.
    match t.as_str() {
        "now" | "today" => return Some(now),
        "yesterday" => return Some(now - 86_400),
        "tomorrow" => return Some(now + 86_400),
        _ => {}
    }
    if let Some(rest) = t.strip_suffix(" ago") {
        let mut words = rest.split_whitespace();
        let (n, unit) = match (words.next(), words.next(), words.next()) {
            (Some(n), Some(u), None) => (n.parse::<i64>().ok()?, u),
            (Some(u), None, None) => (1, u),
            _ => return None,
        };
        let unit = unit.trim_end_matches('s');
        let secs = match unit {
            "sec" | "second" => 1,
            "min" | "minute" => 60,
            "hour" => 3600,
            "day" => 86_400,
            "week" => 7 * 86_400,
            "fortnight" => 14 * 86_400,
            "month" => 30 * 86_400,
            "year" => 365 * 86_400,
            _ => return None,
        };
        return Some(now - n.checked_mul(secs)?);
    }
    let (date, time) = match t.split_once(['t', ' ']) {
        Some((d, tm)) => (d, Some(tm.trim())),
        None => (t.as_str(), None),
    };
    let mut parts = date.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut secs = days_from_civil(y, m, d) * 86_400;
    if let Some(tm) = time {
        let tm = tm.trim_end_matches('z');
        let mut f = tm.split(':');
        let h: i64 = f.next()?.parse().ok()?;
        let mi: i64 = f.next().unwrap_or("0").parse().ok()?;
        let s: f64 = f.next().unwrap_or("0").parse().ok()?;
        if f.next().is_some() || h > 24 || mi > 59 || !(0.0..61.0).contains(&s) {
            return None;
        }
        secs += h * 3600 + mi * 60 + s as i64;
    }
    Some(secs)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn dates() {
        let now = 1_795_662_556; // 2026-11-26 03:09:16
        assert_eq!(parse("2021-01-01", now), Some(1_609_459_200));
        assert_eq!(parse("2021-01-01 01:02:03", now), Some(1_609_462_923));
        assert_eq!(parse("2021-01-01T01:02", now), Some(1_609_462_920));
        assert_eq!(parse("@5", now), Some(5));
        assert_eq!(parse("1 hour ago", now), Some(now - 3600));
        assert_eq!(parse("2 days ago", now), Some(now - 172_800));
        assert_eq!(parse("yesterday", now), Some(now - 86_400));
        assert_eq!(parse("garbage", now), None);
    }
}

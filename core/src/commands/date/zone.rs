//! The `TZ` of `date`: IANA names (`America/New_York`, `:Asia/Kolkata`) from jiff's bundled
//! copy of the time-zone database (never the host's `/usr/share/zoneinfo`), POSIX strings
//! (`EST5EDT`, `CET-1CEST,M3.5.0,M10.5.0/3`), and glibc's fallback for anything else: UTC
//! named by the leading letters of the value (`TZ=Foo/Bar` prints `Foo`). Unset or empty
//! is UTC.

use jiff::Timestamp;
use jiff::civil::DateTime;
use jiff::tz::{AmbiguousOffset, TimeZone, TimeZoneDatabase};

/// A time zone chosen by `TZ`.
#[derive(Clone, Debug)]
pub struct Zone {
    tz: Option<TimeZone>,
    /// The name shown for a zone that could not be loaded.
    fallback: String,
}

/// The offset and abbreviation in force at one instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Local {
    /// Seconds east of UTC.
    pub offset: i64,
    /// `EST`, `IST`, `+0530` ...
    pub abbrev: String,
}

impl Zone {
    /// Coordinated Universal Time.
    pub fn utc() -> Zone {
        Zone {
            tz: None,
            fallback: "UTC".into(),
        }
    }

    /// The zone a `TZ` value names (`None` when unset).
    pub fn from_tz(value: Option<&str>) -> Zone {
        let Some(v) = value.filter(|v| !v.is_empty()) else {
            return Zone::utc();
        };
        let name = v.strip_prefix(':').unwrap_or(v);
        if matches!(name, "UTC" | "UTC0" | "Etc/UTC") {
            return Zone::utc();
        }
        let tz = TimeZoneDatabase::bundled()
            .get(name)
            .ok()
            .or_else(|| TimeZone::posix(name).ok())
            .or_else(|| TimeZone::posix(&format!("{name},M3.2.0,M11.1.0")).ok());
        let letters: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        Zone {
            tz,
            fallback: if letters.is_empty() {
                "UTC".into()
            } else {
                letters
            },
        }
    }

    /// The offset and abbreviation at `secs` since the epoch.
    pub fn at(&self, secs: i64) -> Local {
        let info = self.tz.as_ref().and_then(|tz| {
            let ts = Timestamp::from_second(secs).ok()?;
            let info = tz.to_offset_info(ts);
            Some(Local {
                offset: i64::from(info.offset().seconds()),
                abbrev: info.abbreviation().to_string(),
            })
        });
        info.unwrap_or_else(|| Local {
            offset: 0,
            abbrev: self.fallback.clone(),
        })
    }

    /// The instant of the wall-clock time `civil` (seconds since the epoch as if the zone
    /// were UTC). `None` in a gap (the hour skipped when summer time starts), which GNU
    /// reports as an invalid date; in a fold the earlier (summer) instant wins like glibc.
    pub fn instant(&self, civil: i64) -> Option<i64> {
        let Some(tz) = &self.tz else {
            return Some(civil);
        };
        let dt: DateTime = Timestamp::from_second(civil)
            .ok()?
            .to_zoned(TimeZone::UTC)
            .datetime();
        let offset = match tz.to_ambiguous_timestamp(dt).offset() {
            AmbiguousOffset::Unambiguous { offset } => offset,
            AmbiguousOffset::Gap { .. } => return None,
            AmbiguousOffset::Fold { before, .. } => before,
        };
        civil.checked_sub(i64::from(offset.seconds()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_like_glibc() {
        let cases: &[(&str, i64, i64, &str)] = &[
            ("", 0, 0, "UTC"),
            ("America/New_York", 0, -18_000, "EST"),
            (":America/New_York", 1_720_000_000, -14_400, "EDT"),
            ("Asia/Kolkata", 0, 19_800, "IST"),
            ("EST5EDT", 0, -18_000, "EST"),
            ("Foo/Bar", 0, 0, "Foo"),
            ("Europe/London", 0, 3600, "BST"),
        ];
        for (tz, secs, offset, abbrev) in cases {
            let l = Zone::from_tz(Some(tz)).at(*secs);
            assert_eq!((l.offset, l.abbrev.as_str()), (*offset, *abbrev), "{tz}");
        }
    }

    #[test]
    fn gaps_and_folds() {
        let ny = Zone::from_tz(Some("America/New_York"));
        // 2024-03-10 02:30 does not exist; 2024-11-03 01:30 happens twice (EDT first).
        assert_eq!(ny.instant(1_710_037_800), None);
        assert_eq!(ny.instant(1_730_597_400), Some(1_730_611_800));
    }
}

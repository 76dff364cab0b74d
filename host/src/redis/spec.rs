//! The mount spec `redis://HOST:PORT/DB?prefix=NAME`: parsing, checking and printing it.

use std::fmt;
use std::str::FromStr;

/// The key prefix when the spec names none.
pub const DEFAULT_PREFIX: &str = "mirage";

/// A parsed `redis://HOST[:PORT][/DB][?prefix=NAME]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedisSpec {
    /// `HOST:PORT` (or anything the client accepts there, e.g. `user:pass@host:port`).
    pub authority: String,
    /// The database number (default 0).
    pub db: u32,
    /// The key prefix: every key of this mount starts with `PREFIX:`.
    pub prefix: String,
}

impl RedisSpec {
    /// The URL for the client, without the mirage-only `prefix` parameter.
    pub fn client_url(&self) -> String {
        format!("redis://{}/{}", self.authority, self.db)
    }
}

/// True for a prefix of `[A-Za-z0-9_.-]+`: it cannot contain the `:` that ends it, so two
/// prefixes never share a key.
pub fn valid_prefix(prefix: &str) -> bool {
    !prefix.is_empty()
        && prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

impl FromStr for RedisSpec {
    type Err = String;

    fn from_str(spec: &str) -> Result<Self, String> {
        let rest = spec
            .strip_prefix("redis://")
            .ok_or_else(|| format!("{spec}: expected redis://HOST:PORT/DB?prefix=NAME"))?;
        let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, db) = location.split_once('/').unwrap_or((location, ""));
        if authority.is_empty() {
            return Err(format!("{spec}: needs a host (redis://HOST:PORT/DB)"));
        }
        let db = match db {
            "" => 0,
            d => d
                .parse()
                .map_err(|_| format!("{spec}: database '{d}' is not a number"))?,
        };
        let mut prefix = DEFAULT_PREFIX.to_string();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("prefix", p)) if valid_prefix(p) => prefix = p.to_string(),
                Some(("prefix", p)) => {
                    return Err(format!(
                        "{spec}: prefix '{p}' must be letters, digits, '_', '.' or '-'"
                    ));
                }
                _ => {
                    return Err(format!(
                        "{spec}: unknown parameter '{pair}' (expected prefix)"
                    ));
                }
            }
        }
        let parsed = RedisSpec {
            authority: authority.to_string(),
            db,
            prefix,
        };
        ::redis::Client::open(parsed.client_url()).map_err(|e| format!("{spec}: {e}"))?;
        Ok(parsed)
    }
}

impl fmt::Display for RedisSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "redis://{}/{}?prefix={}",
            self.authority, self.db, self.prefix
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_specs() {
        let s: RedisSpec = "redis://127.0.0.1:6379/2?prefix=ws-1.a_b"
            .parse()
            .expect("spec");
        assert_eq!(
            (s.authority.as_str(), s.db, s.prefix.as_str()),
            ("127.0.0.1:6379", 2, "ws-1.a_b")
        );
        assert_eq!(s.client_url(), "redis://127.0.0.1:6379/2");
        assert_eq!(s.to_string(), "redis://127.0.0.1:6379/2?prefix=ws-1.a_b");
        let d: RedisSpec = "redis://localhost:7000".parse().expect("default");
        assert_eq!((d.db, d.prefix.as_str()), (0, DEFAULT_PREFIX));
    }

    #[test]
    fn rejects_bad_specs() {
        for bad in [
            "redis://",
            "redis:///0",
            "redis://h:1/x",
            "redis://h:1/0?prefix=",
            "redis://h:1/0?prefix=a:b",
            "redis://h:1/0?prefix=a/b",
            "redis://h:1/0?other=1",
            "s3://b",
        ] {
            assert!(bad.parse::<RedisSpec>().is_err(), "{bad}");
        }
    }
}

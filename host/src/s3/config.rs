//! [`S3Config`]: one S3 mount's settings, parsed from its spec
//! `s3://BUCKET[/PREFIX]?endpoint=URL&region=R[&concurrency=N]`, with the access keys from
//! the standard AWS environment variables; and the mapping from mount paths to object keys.
//!
//! A mount path `a/b.txt` is the key `{prefix}a/b.txt`; a directory `a` is every key under
//! `{prefix}a/`, and an empty directory is kept by a zero-byte marker object `{prefix}a/`.

use std::fmt;
use std::time::Duration;

use mirage_core::vfs::objects::{self, normalise_prefix};

/// How many requests one mount keeps in flight by default.
pub const DEFAULT_CONCURRENCY: usize = 32;

/// Writes larger than this go through a multipart upload by default.
pub const DEFAULT_MULTIPART_THRESHOLD: u64 = 8 << 20;

/// The smallest part S3 accepts (every part but the last).
pub const MIN_PART_SIZE: u64 = 5 << 20;

/// One S3 mount. Build it with [`S3Config::from_url`] (keys from the environment) or
/// [`S3Config::parse`] (keys from a lookup you give), then adjust the public fields.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Config {
    /// The bucket name.
    pub bucket: String,
    /// Key prefix of the mount's root: empty, or ending in `/` (never starting with one).
    pub prefix: String,
    /// The service URL (`http://127.0.0.1:9000`); `None`: AWS's endpoint for the region.
    pub endpoint: Option<String>,
    /// The signing region.
    pub region: String,
    /// Access key id (`AWS_ACCESS_KEY_ID`).
    pub access_key_id: String,
    /// Secret access key (`AWS_SECRET_ACCESS_KEY`); never shown by `Debug` or `Display`.
    pub secret_access_key: String,
    /// Session token of temporary credentials (`AWS_SESSION_TOKEN`).
    pub session_token: Option<String>,
    /// Most requests in flight at once (at least 1).
    pub concurrency: usize,
    /// Writes of more bytes than this use a multipart upload.
    pub multipart_threshold: u64,
    /// Size of each part of a multipart upload (at least [`MIN_PART_SIZE`]).
    pub part_size: u64,
    /// Keys per ListObjectsV2 page (`max-keys`); `None`: the server's default (1,000 on S3).
    pub page_size: Option<i32>,
    /// Attempts per request, retries included (throttling, 5xx, lost connections).
    pub max_attempts: u32,
    /// The first retry's backoff; later ones double (with jitter, capped at 5 s).
    pub initial_backoff: Duration,
    /// How long connecting may take.
    pub connect_timeout: Duration,
    /// How long one attempt of a request may take.
    pub attempt_timeout: Duration,
    /// How long a request may take, retries included.
    pub operation_timeout: Duration,
}

impl fmt::Debug for S3Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Config")
            .field("url", &self.to_string())
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<hidden>")
            .field("concurrency", &self.concurrency)
            .field("multipart_threshold", &self.multipart_threshold)
            .field("part_size", &self.part_size)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

/// The spec again (`s3://bucket/prefix?endpoint=...&region=...`), without keys.
impl fmt::Display for S3Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3://{}", self.bucket)?;
        if !self.prefix.is_empty() {
            write!(f, "/{}", self.prefix.trim_end_matches('/'))?;
        }
        let mut sep = '?';
        if let Some(e) = &self.endpoint {
            write!(f, "{sep}endpoint={e}")?;
            sep = '&';
        }
        write!(f, "{sep}region={}", self.region)?;
        if self.concurrency != DEFAULT_CONCURRENCY {
            write!(f, "&concurrency={}", self.concurrency)?;
        }
        Ok(())
    }
}

impl S3Config {
    /// Parses a mount spec; keys and the default region come from the process environment
    /// (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_REGION`,
    /// `AWS_DEFAULT_REGION`). Missing keys are left empty ([`S3Backend::new`] refuses them).
    ///
    /// [`S3Backend::new`]: super::S3Backend::new
    pub fn from_url(spec: &str) -> Result<S3Config, String> {
        S3Config::parse(spec, &|name| std::env::var(name).ok())
    }

    /// Parses a mount spec with `env` standing for the environment.
    pub fn parse(spec: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<S3Config, String> {
        let rest = spec
            .strip_prefix("s3://")
            .ok_or_else(|| format!("{spec}: an S3 mount is s3://BUCKET[/PREFIX]?endpoint=URL"))?;
        let (location, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (bucket, prefix) = location.split_once('/').unwrap_or((location, ""));
        if !valid_bucket(bucket) {
            return Err(format!(
                "{spec}: '{bucket}' is not a bucket name (3-63 of a-z, 0-9, '.', '-')"
            ));
        }
        let var = |name: &str| env(name).filter(|v| !v.is_empty());
        let mut cfg = S3Config {
            bucket: bucket.to_string(),
            prefix: normalise_prefix(prefix),
            endpoint: None,
            region: var("AWS_REGION")
                .or_else(|| var("AWS_DEFAULT_REGION"))
                .unwrap_or_else(|| "us-east-1".to_string()),
            access_key_id: var("AWS_ACCESS_KEY_ID").unwrap_or_default(),
            secret_access_key: var("AWS_SECRET_ACCESS_KEY").unwrap_or_default(),
            session_token: var("AWS_SESSION_TOKEN"),
            concurrency: DEFAULT_CONCURRENCY,
            multipart_threshold: DEFAULT_MULTIPART_THRESHOLD,
            part_size: DEFAULT_MULTIPART_THRESHOLD,
            page_size: None,
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            connect_timeout: Duration::from_secs(5),
            attempt_timeout: Duration::from_secs(120),
            operation_timeout: Duration::from_secs(300),
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value)
                .ok_or_else(|| format!("{spec}: {name}: bad %-escape in '{value}'"))?;
            match name {
                "endpoint" => {
                    let url = value.trim_end_matches('/');
                    let ok = ["http://", "https://"]
                        .iter()
                        .any(|s| url.strip_prefix(s).is_some_and(|h| !h.is_empty()));
                    if !ok {
                        return Err(format!(
                            "{spec}: endpoint must be an http:// or https:// URL, not '{value}'"
                        ));
                    }
                    cfg.endpoint = Some(url.to_string());
                }
                "region" if !value.is_empty() => cfg.region = value,
                "concurrency" => match value.parse::<usize>() {
                    Ok(n) if n > 0 => cfg.concurrency = n,
                    _ => {
                        return Err(format!(
                            "{spec}: concurrency must be a positive number, not '{value}'"
                        ));
                    }
                },
                _ => {
                    return Err(format!(
                        "{spec}: unknown parameter '{name}' (expected endpoint, region, concurrency)"
                    ));
                }
            }
        }
        Ok(cfg)
    }

    /// Sets the access keys (instead of the environment's).
    pub fn with_keys(mut self, access_key_id: &str, secret_access_key: &str) -> S3Config {
        self.access_key_id = access_key_id.to_string();
        self.secret_access_key = secret_access_key.to_string();
        self.session_token = None;
        self
    }

    /// The object key of mount path `path` (`""` is the root's prefix).
    pub fn key(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The key prefix of everything below directory `path`: its marker key (`{prefix}a/`),
    /// or the mount's prefix for the root.
    pub fn dir_prefix(&self, path: &str) -> String {
        objects::dir_prefix(&self.prefix, path)
    }
}

/// S3's bucket naming rules, loosely: 3-63 characters of lowercase letters, digits, `.`
/// and `-`, starting and ending with a letter or digit.
fn valid_bucket(name: &str) -> bool {
    let ok_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-';
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
    (3..=63).contains(&name.len())
        && name.chars().all(ok_char)
        && edge(name.chars().next())
        && edge(name.chars().last())
}

/// Decodes `%XX` escapes (and nothing else); `None` for a malformed escape or bad UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a key for `x-amz-copy-source` (everything but unreserved bytes and `/`).
pub(crate) fn encode_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "AWS_ACCESS_KEY_ID" => Some("AK".into()),
            "AWS_SECRET_ACCESS_KEY" => Some("SK".into()),
            "AWS_DEFAULT_REGION" => Some("eu-west-3".into()),
            _ => None,
        }
    }

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn parses_specs() {
        let c = S3Config::parse(
            "s3://my-bkt/data//set/?endpoint=http://127.0.0.1:9000/&region=us-west-2&concurrency=8",
            &env,
        )
        .expect("spec");
        assert_eq!(c.bucket, "my-bkt");
        assert_eq!(c.prefix, "data/set/");
        assert_eq!(c.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(c.region, "us-west-2");
        assert_eq!(c.concurrency, 8);
        assert_eq!(
            (c.access_key_id.as_str(), c.secret_access_key.as_str()),
            ("AK", "SK")
        );
        assert_eq!(
            c.to_string(),
            "s3://my-bkt/data/set?endpoint=http://127.0.0.1:9000&region=us-west-2&concurrency=8"
        );
        assert!(!format!("{c:?}").contains("SK"));
        assert_eq!(c.key("a/b"), "data/set/a/b");
        assert_eq!(c.dir_prefix("a"), "data/set/a/");
        assert_eq!(c.dir_prefix(""), "data/set/");

        let d = S3Config::parse("s3://bkt", &env).expect("bare");
        assert_eq!((d.prefix.as_str(), d.endpoint.as_deref()), ("", None));
        assert_eq!(d.region, "eu-west-3");
        assert_eq!(d.concurrency, DEFAULT_CONCURRENCY);
        assert_eq!(d.to_string(), "s3://bkt?region=eu-west-3");
        let e = S3Config::parse("s3://bkt/?endpoint=https%3A%2F%2Fs3.example", &no_env)
            .expect("escaped");
        assert_eq!(e.endpoint.as_deref(), Some("https://s3.example"));
        assert_eq!(
            (e.region.as_str(), e.access_key_id.as_str()),
            ("us-east-1", "")
        );
    }

    #[test]
    fn rejects_bad_specs() {
        let cases = [
            ("redis://x", "s3://BUCKET"),
            ("s3://", "not a bucket name"),
            ("s3://Bad_Bucket/x", "not a bucket name"),
            ("s3://b?endpoint=x", "not a bucket name"),
            ("s3://bkt?endpoint=ftp://h", "endpoint must be an http"),
            ("s3://bkt?endpoint=http://", "endpoint must be an http"),
            ("s3://bkt?concurrency=0", "concurrency must be a positive"),
            ("s3://bkt?concurrency=x", "concurrency must be a positive"),
            ("s3://bkt?colour=red", "unknown parameter 'colour'"),
            ("s3://bkt?endpoint=%zz", "bad %-escape"),
        ];
        for (spec, want) in cases {
            match S3Config::parse(spec, &no_env) {
                Ok(c) => panic!("{spec}: accepted as {c:?}"),
                Err(e) => assert!(e.contains(want), "{spec}: {e}"),
            }
        }
    }

    #[test]
    fn encodes_copy_sources() {
        assert_eq!(encode_key("d/x y+ü.txt"), "d/x%20y%2B%C3%BC.txt");
    }
}

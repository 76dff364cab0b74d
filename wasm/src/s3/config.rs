//! An S3 mount's settings and the mapping between mount paths, object keys and request
//! URLs (path-style: `{endpoint}/{bucket}/{key}`).
//!
//! A mount path `a/b.txt` is the key `{prefix}a/b.txt`; a directory `a` is every key under
//! `{prefix}a/`, and an empty directory is kept by a zero-byte marker object `{prefix}a/`.

use super::sigv4::{Credentials, uri_encode};

/// How many requests one mount keeps in flight by default.
pub const DEFAULT_CONCURRENCY: usize = 32;

/// One S3 mount.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Config {
    /// The bucket name.
    pub bucket: String,
    /// Key prefix of the mount's root: empty, or ending in `/`.
    pub prefix: String,
    /// `scheme://host[:port]` with an optional base path; no trailing `/`.
    pub endpoint: String,
    /// The signing region (`us-east-1`).
    pub region: String,
    /// Access keys.
    pub credentials: Credentials,
    /// Most requests in flight at once (at least 1).
    pub concurrency: usize,
    /// Keys per ListObjectsV2 page (`max-keys`); `None`: the server's default (1,000 on S3).
    pub page_size: Option<u32>,
}

impl S3Config {
    /// Checks and normalises the fields: the prefix gets its trailing `/` and loses a
    /// leading one; the endpoint loses a trailing `/`; `concurrency` 0 becomes the default.
    pub fn new(
        bucket: &str,
        prefix: &str,
        endpoint: &str,
        region: &str,
        credentials: Credentials,
        concurrency: usize,
    ) -> Result<S3Config, String> {
        if bucket.is_empty() || bucket.contains('/') {
            return Err(format!("bucket must be a bucket name, not {bucket:?}"));
        }
        let endpoint = endpoint.trim_end_matches('/');
        if split_endpoint(endpoint).is_none() {
            return Err(format!(
                "endpoint must be an http:// or https:// URL, not {endpoint:?}"
            ));
        }
        if region.is_empty() {
            return Err("region must not be empty".into());
        }
        let prefix = mirage_core::vfs::objects::normalise_prefix(prefix);
        Ok(S3Config {
            bucket: bucket.to_string(),
            prefix,
            endpoint: endpoint.to_string(),
            region: region.to_string(),
            credentials,
            concurrency: if concurrency == 0 {
                DEFAULT_CONCURRENCY
            } else {
                concurrency
            },
            page_size: None,
        })
    }

    /// The object key of mount path `path` (`""` is the root).
    pub fn key(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// The key prefix of everything below directory `path` (ends in `/`, or is empty for
    /// the root of an unprefixed mount).
    pub fn dir_prefix(&self, path: &str) -> String {
        mirage_core::vfs::objects::dir_prefix(&self.prefix, path)
    }

    /// The mount path of `key`, when it is below the mount's prefix.
    pub fn path_of<'a>(&self, key: &'a str) -> Option<&'a str> {
        key.strip_prefix(self.prefix.as_str())
    }

    /// The `Host` header value the request URL implies.
    pub fn host(&self) -> String {
        split_endpoint(&self.endpoint)
            .map(|(_, host, _)| host)
            .unwrap_or_default()
    }

    /// The canonical (encoded) request path of `key` (`""`: the bucket itself).
    pub fn canonical_path(&self, key: &str) -> String {
        let base = split_endpoint(&self.endpoint)
            .map(|(_, _, path)| path)
            .unwrap_or_default();
        if key.is_empty() {
            format!("{base}/{}", uri_encode(&self.bucket, false))
        } else {
            format!(
                "{base}/{}/{}",
                uri_encode(&self.bucket, false),
                uri_encode(key, true)
            )
        }
    }

    /// The full URL of `key` with an encoded query.
    pub fn url(&self, key: &str, query: &[(String, String)]) -> String {
        let (scheme, host, _) = split_endpoint(&self.endpoint).unwrap_or_default();
        let mut url = format!("{scheme}://{host}{}", self.canonical_path(key));
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::sigv4::canonical_query(query));
        }
        url
    }

    /// The `x-amz-copy-source` value of `key` (`/bucket/encoded-key`).
    pub fn copy_source(&self, key: &str) -> String {
        format!(
            "/{}/{}",
            uri_encode(&self.bucket, false),
            uri_encode(key, true)
        )
    }
}

/// `(scheme, host[:port] without a default port, base path)` of an endpoint URL.
fn split_endpoint(endpoint: &str) -> Option<(String, String, String)> {
    let (scheme, rest) = endpoint.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].trim_end_matches('/')),
        None => (rest, ""),
    };
    if authority.is_empty() || authority.contains(['?', '#', '@']) {
        return None;
    }
    let default_port = if scheme == "http" { ":80" } else { ":443" };
    let host = authority
        .strip_suffix(default_port)
        .unwrap_or(authority)
        .to_ascii_lowercase();
    Some((scheme, host, path.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(prefix: &str, endpoint: &str) -> S3Config {
        S3Config::new(
            "bkt",
            prefix,
            endpoint,
            "us-east-1",
            Credentials::default(),
            0,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn keys_and_prefixes() {
        let c = cfg("/data//set/", "http://127.0.0.1:9000/");
        assert_eq!(c.prefix, "data/set/");
        assert_eq!(c.concurrency, DEFAULT_CONCURRENCY);
        assert_eq!(c.key("a/b.txt"), "data/set/a/b.txt");
        assert_eq!(c.dir_prefix(""), "data/set/");
        assert_eq!(c.dir_prefix("a"), "data/set/a/");
        assert_eq!(c.path_of("data/set/a/b"), Some("a/b"));
        assert_eq!(c.path_of("other"), None);
        let root = cfg("", "http://h");
        assert_eq!(root.dir_prefix(""), "");
        assert_eq!(root.key("x"), "x");
    }

    #[test]
    fn urls() {
        let c = cfg("", "HTTP://Example.com:80/base/");
        assert_eq!(c.host(), "example.com");
        assert_eq!(
            c.canonical_path("a b/ü+.txt"),
            "/base/bkt/a%20b/%C3%BC%2B.txt"
        );
        assert_eq!(c.canonical_path(""), "/base/bkt");
        let q = vec![
            ("list-type".to_string(), "2".to_string()),
            ("prefix".to_string(), "a b/".to_string()),
        ];
        assert_eq!(
            c.url("", &q),
            "http://example.com/base/bkt?list-type=2&prefix=a%20b%2F"
        );
        assert_eq!(c.copy_source("d/x y"), "/bkt/d/x%20y");
        let local = cfg("", "http://127.0.0.1:9000");
        assert_eq!(local.host(), "127.0.0.1:9000");
        assert_eq!(local.url("k", &[]), "http://127.0.0.1:9000/bkt/k");
    }

    #[test]
    fn bad_configs() {
        let c = |b: &str, e: &str, r: &str| S3Config::new(b, "", e, r, Credentials::default(), 1);
        assert!(c("", "http://h", "r").is_err());
        assert!(c("a/b", "http://h", "r").is_err());
        assert!(c("b", "ftp://h", "r").is_err());
        assert!(c("b", "h:9000", "r").is_err());
        assert!(c("b", "http://h", "").is_err());
    }
}

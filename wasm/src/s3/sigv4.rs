//! AWS Signature Version 4 for S3 requests: canonical request, string to sign, signing key
//! and the `Authorization` header. HMAC-SHA256 is built here on `sha2` (already a core
//! dependency), so signing adds no crate to the `.wasm`.
//!
//! Checked against AWS's published SigV4 test-suite vectors (`get-vanilla`,
//! `get-vanilla-query-order-key-case`, `get-utf8`, `post-x-www-form-urlencoded`) and the S3
//! documentation's ranged GetObject example, in the tests below.

use sha2::{Digest, Sha256};

/// The SHA-256 of an empty payload, in hex.
pub const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Access keys of one mount.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Credentials {
    /// `AKIA...`.
    pub access_key_id: String,
    /// The secret key.
    pub secret_access_key: String,
    /// A temporary session token (STS), sent and signed as `x-amz-security-token`.
    pub session_token: Option<String>,
}

/// One request to sign. `path` is already URI-encoded (S3 encodes each key byte once);
/// `query` holds raw (unencoded) name/value pairs; `headers` are the headers to sign (names
/// in any case; `host` must be among them).
#[derive(Clone, Copy)]
pub struct Request<'a> {
    /// `GET`, `PUT` ...
    pub method: &'a str,
    /// The encoded absolute path (`/bucket/a%20b.txt`).
    pub path: &'a str,
    /// Query parameters, unencoded.
    pub query: &'a [(String, String)],
    /// Headers to sign.
    pub headers: &'a [(String, String)],
    /// Hex SHA-256 of the body (or `UNSIGNED-PAYLOAD`).
    pub payload_hash: &'a str,
}

/// Where and when a request is signed.
pub struct Scope<'a> {
    /// `us-east-1`.
    pub region: &'a str,
    /// `s3` (`service` in AWS's generic test suite).
    pub service: &'a str,
    /// `YYYYMMDDTHHMMSSZ`, the value of `x-amz-date`.
    pub amz_date: &'a str,
}

/// Hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// HMAC-SHA256 (RFC 2104) of `msg` under `key`.
pub fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..32].copy_from_slice(&Sha256::digest(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = Sha256::new();
    inner.update(k.map(|b| b ^ 0x36));
    inner.update(msg);
    let mut outer = Sha256::new();
    outer.update(k.map(|b| b ^ 0x5c));
    outer.update(inner.finalize());
    outer.finalize().into()
}

/// Lower-case hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// URI-encodes `s` the SigV4 way: unreserved characters (`A-Z a-z 0-9 - . _ ~`) stay, every
/// other byte is `%XY`; `/` stays when `keep_slash` (object key paths).
pub fn uri_encode(s: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~')
            || (keep_slash && b == b'/')
        {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The canonical query string: encoded pairs sorted by name, then value.
pub fn canonical_query(query: &[(String, String)]) -> String {
    let mut pairs: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| (uri_encode(k, false), uri_encode(v, false)))
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The canonical request and the `SignedHeaders` list.
pub fn canonical_request(req: &Request<'_>) -> (String, String) {
    let mut headers: Vec<(String, String)> = req
        .headers
        .iter()
        .map(|(k, v)| {
            (
                k.to_ascii_lowercase(),
                v.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    // Repeated names are folded into one comma-separated line.
    let mut merged: Vec<(String, String)> = Vec::new();
    for (k, v) in headers {
        match merged.last_mut() {
            Some(last) if last.0 == k => {
                last.1.push(',');
                last.1.push_str(&v);
            }
            _ => merged.push((k, v)),
        }
    }
    let canonical_headers: String = merged.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let signed = merged
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let creq = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        req.method,
        req.path,
        canonical_query(req.query),
        canonical_headers,
        signed,
        req.payload_hash
    );
    (creq, signed)
}

/// The signing key of a day, region and service.
pub fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> [u8; 32] {
    let k = hmac_sha256(format!("AWS4{secret}").as_bytes(), date.as_bytes());
    let k = hmac_sha256(&k, region.as_bytes());
    let k = hmac_sha256(&k, service.as_bytes());
    hmac_sha256(&k, b"aws4_request")
}

/// The string to sign for a canonical request.
pub fn string_to_sign(scope: &Scope<'_>, creq: &str) -> String {
    let date = scope.amz_date.get(..8).unwrap_or(scope.amz_date);
    format!(
        "AWS4-HMAC-SHA256\n{}\n{date}/{}/{}/aws4_request\n{}",
        scope.amz_date,
        scope.region,
        scope.service,
        sha256_hex(creq.as_bytes())
    )
}

/// The `Authorization` header value of `req`.
pub fn authorization(creds: &Credentials, scope: &Scope<'_>, req: &Request<'_>) -> String {
    let (creq, signed) = canonical_request(req);
    let sts = string_to_sign(scope, &creq);
    let date = scope.amz_date.get(..8).unwrap_or(scope.amz_date);
    let key = signing_key(&creds.secret_access_key, date, scope.region, scope.service);
    let sig = hex(&hmac_sha256(&key, sts.as_bytes()));
    format!(
        "AWS4-HMAC-SHA256 Credential={}/{date}/{}/{}/aws4_request, SignedHeaders={signed}, Signature={sig}",
        creds.access_key_id, scope.region, scope.service
    )
}

/// `YYYYMMDDTHHMMSSZ` of `secs` since the epoch (UTC).
pub fn amz_date(secs: i64) -> String {
    let t = mirage_core::time::civil(secs);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year, t.month, t.day, t.hour, t.min, t.sec
    )
}

/// Signs an S3 request: returns `req.headers` plus `x-amz-date`, `x-amz-content-sha256`
/// (`req.payload_hash`), `x-amz-security-token` (with a session token) and `authorization`.
/// `req.headers` must hold `host`.
pub fn sign_s3(
    creds: &Credentials,
    region: &str,
    amz_date: &str,
    req: &Request<'_>,
) -> Vec<(String, String)> {
    let mut headers = req.headers.to_vec();
    headers.push(("x-amz-date".into(), amz_date.into()));
    headers.push(("x-amz-content-sha256".into(), req.payload_hash.into()));
    if let Some(token) = &creds.session_token {
        headers.push(("x-amz-security-token".into(), token.clone()));
    }
    let scope = Scope {
        region,
        service: "s3",
        amz_date,
    };
    let auth = authorization(
        creds,
        &scope,
        &Request {
            headers: &headers,
            ..*req
        },
    );
    headers.push(("authorization".into(), auth));
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suite_creds() -> Credentials {
        Credentials {
            access_key_id: "AKIDEXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
        }
    }

    const SUITE_SCOPE: Scope<'static> = Scope {
        region: "us-east-1",
        service: "service",
        amz_date: "20150830T123600Z",
    };

    fn h(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn suite_sig(
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        extra: &[(&str, &str)],
        body: &[u8],
    ) -> String {
        let mut headers = h(&[
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ]);
        headers.extend(h(extra));
        let query = h(query);
        let hash = sha256_hex(body);
        let req = Request {
            method,
            path,
            query: &query,
            headers: &headers,
            payload_hash: &hash,
        };
        authorization(&suite_creds(), &SUITE_SCOPE, &req)
    }

    #[test]
    fn aws_test_suite_vectors() {
        let prefix =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";
        // get-vanilla
        assert_eq!(
            suite_sig("GET", "/", &[], &[], b""),
            format!(
                "{prefix}SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
            )
        );
        // get-vanilla-query-order-key-case
        assert_eq!(
            suite_sig(
                "GET",
                "/",
                &[("Param2", "value2"), ("Param1", "value1")],
                &[],
                b""
            ),
            format!(
                "{prefix}SignedHeaders=host;x-amz-date, Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
            )
        );
        // get-utf8: the path `/ሴ`, encoded
        assert_eq!(
            suite_sig("GET", &uri_encode("/\u{1234}", true), &[], &[], b""),
            format!(
                "{prefix}SignedHeaders=host;x-amz-date, Signature=8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"
            )
        );
        // post-x-www-form-urlencoded
        assert_eq!(
            suite_sig(
                "POST",
                "/",
                &[],
                &[("Content-Type", "application/x-www-form-urlencoded")],
                b"Param1=value1"
            ),
            format!(
                "{prefix}SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
            )
        );
    }

    #[test]
    fn string_to_sign_of_the_form_post() {
        let headers = h(&[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Host", "example.amazonaws.com"),
            ("X-Amz-Date", "20150830T123600Z"),
        ]);
        let hash = sha256_hex(b"Param1=value1");
        let req = Request {
            method: "POST",
            path: "/",
            query: &[],
            headers: &headers,
            payload_hash: &hash,
        };
        let (creq, _) = canonical_request(&req);
        assert_eq!(
            string_to_sign(&SUITE_SCOPE, &creq),
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281"
        );
    }

    #[test]
    fn signing_key_of_the_iam_example() {
        let key = signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20150830",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            hex(&key),
            "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"
        );
    }

    #[test]
    fn s3_documented_ranged_get() {
        // The GetObject example of the S3 SigV4 documentation (examplebucket, Range 0-9).
        let creds = Credentials {
            access_key_id: "AKIAIOSFODNN7EXAMPLE".into(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
        };
        let headers = h(&[
            ("host", "examplebucket.s3.amazonaws.com"),
            ("range", "bytes=0-9"),
        ]);
        let req = Request {
            method: "GET",
            path: "/test.txt",
            query: &[],
            headers: &headers,
            payload_hash: EMPTY_SHA256,
        };
        let headers = sign_s3(&creds, "us-east-1", "20130524T000000Z", &req);
        let auth = headers
            .iter()
            .find(|(k, _)| k == "authorization")
            .map(|(_, v)| v.as_str());
        assert_eq!(
            auth,
            Some(
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
            )
        );
    }

    #[test]
    fn hmac_rfc4231_case_2() {
        assert_eq!(
            hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn encoding_and_dates() {
        assert_eq!(uri_encode("a b/c~d+é", true), "a%20b/c~d%2B%C3%A9");
        assert_eq!(uri_encode("a/b", false), "a%2Fb");
        assert_eq!(
            canonical_query(&h(&[
                ("prefix", "d/"),
                ("list-type", "2"),
                ("delimiter", "/")
            ])),
            "delimiter=%2F&list-type=2&prefix=d%2F"
        );
        assert_eq!(amz_date(1_440_938_160), "20150830T123600Z");
    }
}

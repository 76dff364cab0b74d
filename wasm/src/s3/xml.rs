//! The few S3 XML documents the backend reads: `ListObjectsV2` results and error bodies,
//! plus S3's timestamps (`LastModified` in XML, `Last-Modified` headers).
//!
//! S3's responses are flat, machine-written XML without attributes we need, CDATA or
//! comments, so a small tag scanner suffices (no XML crate in the `.wasm`).

use std::time::Duration;

use mirage_core::time::days_from_civil;

/// One object of a listing (the type the host's S3 backend uses too).
pub use mirage_core::vfs::objects::StoredObject as Object;

/// One page of `ListObjectsV2`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListPage {
    /// Objects (`Contents`).
    pub objects: Vec<Object>,
    /// `CommonPrefixes` (with the delimiter at their end).
    pub prefixes: Vec<String>,
    /// `NextContinuationToken` when the listing is truncated.
    pub next: Option<String>,
}

/// The `Code` and `Message` of an S3 error body (empty when absent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct S3Error {
    /// `NoSuchKey`, `AccessDenied`, `SignatureDoesNotMatch`...
    pub code: String,
    /// The human-readable message.
    pub message: String,
}

/// Every `<tag>...</tag>` body in `xml`, in order (raw, not unescaped).
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        let Some(j) = after.find(&close) else { break };
        out.push(&after[..j]);
        rest = &after[j + close.len()..];
    }
    out
}

/// The first `<tag>` text in `xml`, unescaped.
fn text(xml: &str, tag: &str) -> Option<String> {
    elements(xml, tag).first().map(|s| unescape(s))
}

/// Resolves the five predefined entities and numeric character references.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..end];
        let ch = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let code =
                    if let Some(h) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(h, 16).ok()
                    } else if let Some(d) = name.strip_prefix('#') {
                        d.parse().ok()
                    } else {
                        None
                    };
                code.and_then(char::from_u32)
            }
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses one `ListBucketResult` page.
pub fn parse_list(xml: &str) -> ListPage {
    let objects = elements(xml, "Contents")
        .into_iter()
        .filter_map(|c| {
            Some(Object {
                key: text(c, "Key")?,
                size: text(c, "Size")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(0),
                mtime: text(c, "LastModified").and_then(|t| parse_iso8601(&t)),
            })
        })
        .collect();
    let prefixes = elements(xml, "CommonPrefixes")
        .into_iter()
        .filter_map(|p| text(p, "Prefix"))
        .collect();
    let truncated = text(xml, "IsTruncated").is_some_and(|t| t.trim() == "true");
    let next = if truncated {
        text(xml, "NextContinuationToken").filter(|t| !t.is_empty())
    } else {
        None
    };
    ListPage {
        objects,
        prefixes,
        next,
    }
}

/// Parses an `<Error>` body; empty fields when it is not one.
pub fn parse_error(xml: &str) -> S3Error {
    S3Error {
        code: text(xml, "Code").unwrap_or_default(),
        message: text(xml, "Message").unwrap_or_default(),
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn since_epoch(y: i64, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<Duration> {
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    let secs = days_from_civil(y, mo, d) * 86_400 + i64::from(h * 3600 + mi * 60 + s);
    u64::try_from(secs).ok().map(Duration::from_secs)
}

/// `2009-10-12T17:50:30.000Z` (fractions dropped).
pub fn parse_iso8601(t: &str) -> Option<Duration> {
    let t = t.trim();
    let (date, time) = t.split_once('T')?;
    let mut d = date.split('-');
    let (y, mo, da) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    let time = time.trim_end_matches('Z');
    let time = time.split('.').next()?;
    let mut c = time.split(':');
    let (h, mi, s) = (num(c.next()?)?, num(c.next()?)?, num(c.next()?)?);
    since_epoch(i64::from(y), mo, da, h, mi, s)
}

/// `Wed, 12 Oct 2009 17:50:00 GMT` (RFC 7231's IMF-fixdate).
pub fn parse_http_date(t: &str) -> Option<Duration> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut w = t.split_whitespace().skip(1);
    let day = num(w.next()?)?;
    let mon = w.next()?;
    let mo = MONTHS.iter().position(|m| *m == mon)? as u32 + 1;
    let y = num(w.next()?)?;
    let mut c = w.next()?.split(':');
    let (h, mi, s) = (num(c.next()?)?, num(c.next()?)?, num(c.next()?)?);
    since_epoch(i64::from(y), mo, day, h, mi, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_page() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>d/</Prefix>
<KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><IsTruncated>true</IsTruncated>
<Contents><Key>d/a&amp;b.txt</Key><LastModified>2009-10-12T17:50:30.000Z</LastModified><ETag>&quot;x&quot;</ETag><Size>434234</Size><StorageClass>STANDARD</StorageClass></Contents>
<Contents><Key>d/</Key><Size>0</Size></Contents>
<CommonPrefixes><Prefix>d/sub/</Prefix></CommonPrefixes>
<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken></ListBucketResult>"#;
        let p = parse_list(xml);
        assert_eq!(p.objects.len(), 2);
        assert_eq!(p.objects[0].key, "d/a&b.txt");
        assert_eq!(p.objects[0].size, 434_234);
        assert_eq!(p.objects[0].mtime, Some(Duration::from_secs(1_255_369_830)));
        assert_eq!(
            p.objects[1],
            Object {
                key: "d/".into(),
                size: 0,
                mtime: None
            }
        );
        assert_eq!(p.prefixes, vec!["d/sub/".to_string()]);
        assert_eq!(
            p.next.as_deref(),
            Some("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
        );
        let last = parse_list(
            "<ListBucketResult><IsTruncated>false</IsTruncated><NextContinuationToken>x</NextContinuationToken></ListBucketResult>",
        );
        assert_eq!(last, ListPage::default());
    }

    #[test]
    fn error_body_and_entities() {
        let e = parse_error(
            "<Error><Code>NoSuchKey</Code><Message>The key &lt;x&gt; &#233;&#x41; &bogus; a & b</Message></Error>",
        );
        assert_eq!(e.code, "NoSuchKey");
        assert_eq!(e.message, "The key <x> éA &bogus; a & b");
        assert_eq!(parse_error("not xml"), S3Error::default());
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_iso8601("1970-01-02T00:00:01Z"),
            Some(Duration::from_secs(86_401))
        );
        assert_eq!(
            parse_http_date("Mon, 12 Oct 2009 17:50:30 GMT"),
            Some(Duration::from_secs(1_255_369_830))
        );
        assert_eq!(parse_iso8601("garbage"), None);
        assert_eq!(parse_http_date("Mon, 99 Foo 2009 17:50:30 GMT"), None);
    }
}

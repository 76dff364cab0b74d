//! [`S3Backend`]: mirage-core's `Backend` over S3's REST API, signed with SigV4 and sent
//! through `fetch` (see the module docs of [`crate::s3`] for the mapping and its limits).

use std::ops::Range;

use bytes::Bytes;
use mirage_core::vfs::{Backend, Capability, DirEntry, Metadata, WalkEntry, objects};
use mirage_core::{Error, ErrorKind, Result};

use super::config::S3Config;
use super::fetch::{self, Response};
use super::limit::Limiter;
use super::sigv4::{EMPTY_SHA256, Request, amz_date, sha256_hex, sign_s3};
use super::xml::{self, ListPage, Object};

/// Pages one listing may take (1,000 keys each): a bound against a misbehaving server.
const MAX_PAGES: usize = 100_000;

/// A bucket (or a prefix of one) as a filesystem.
pub struct S3Backend {
    cfg: S3Config,
    limit: Limiter,
}

type Query = Vec<(String, String)>;

/// What a HEAD of a key found.
#[derive(Debug, PartialEq)]
enum Head {
    /// An object.
    File(Metadata),
    /// No object (a directory may still lie below the key).
    Missing,
    /// A 500 answer. Servers that keep objects as files (s3s-fs) store directory
    /// markers and parents as folders of their disk, list no empty folder and answer a HEAD
    /// of a folder with 500; S3 itself never fails a HEAD that way, so 500 is read as "a
    /// directory is here".
    Folder,
}

fn q(pairs: &[(&str, &str)]) -> Query {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn err(kind: ErrorKind) -> Error {
    Error::new(kind)
}

/// The parent of a relative path (`""` for a top-level entry).
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(p, _)| p)
}

impl S3Backend {
    /// A backend for `cfg`; requests are only sent when the shell uses the mount.
    pub fn new(cfg: S3Config) -> S3Backend {
        let limit = Limiter::new(cfg.concurrency);
        S3Backend { cfg, limit }
    }

    /// Signs and sends one request, holding one of the mount's slots while it runs.
    async fn request(
        &self,
        method: &str,
        key: &str,
        query: &[(String, String)],
        mut headers: Vec<(String, String)>,
        body: Option<Bytes>,
    ) -> Result<Response> {
        let hash = match &body {
            Some(b) => sha256_hex(b),
            None => EMPTY_SHA256.to_string(),
        };
        headers.push(("host".into(), self.cfg.host()));
        let _permit = self.limit.acquire().await;
        let now = (js_sys::Date::now() / 1000.0) as i64;
        let path = self.cfg.canonical_path(key);
        let req = Request {
            method,
            path: &path,
            query,
            headers: &headers,
            payload_hash: &hash,
        };
        let signed = sign_s3(
            &self.cfg.credentials,
            &self.cfg.region,
            &amz_date(now),
            &req,
        );
        let url = self.cfg.url(key, query);
        fetch::send(method, &url, &signed, body.as_ref())
            .await
            .map_err(|cause| {
                err(ErrorKind::Backend).with_detail(format!(
                    "S3 request to {} failed: {cause}",
                    self.cfg.endpoint
                ))
            })
    }

    /// The error of a failed response.
    fn status_error(&self, method: &str, resp: &Response) -> Error {
        let body = String::from_utf8_lossy(&resp.body);
        let e = xml::parse_error(&body);
        let what = if e.code.is_empty() {
            format!("HTTP {}", resp.status)
        } else if e.message.is_empty() {
            e.code.clone()
        } else {
            format!("{}: {}", e.code, e.message)
        };
        match (resp.status, e.code.as_str()) {
            (404, _) | (_, "NoSuchKey") => err(ErrorKind::NotFound),
            (403, _) => err(ErrorKind::PermissionDenied)
                .with_detail(format!("Permission denied (S3 {what})")),
            (_, "NoSuchBucket") => err(ErrorKind::Backend)
                .with_detail(format!("S3 bucket {:?} does not exist", self.cfg.bucket)),
            _ => err(ErrorKind::Backend).with_detail(format!(
                "S3 {method} failed with HTTP {} ({what})",
                resp.status
            )),
        }
    }

    /// One page of ListObjectsV2 below `prefix`.
    async fn list_page(
        &self,
        prefix: &str,
        delimiter: bool,
        token: Option<&str>,
        max_keys: Option<u32>,
    ) -> Result<ListPage> {
        let mut query = q(&[("list-type", "2"), ("prefix", prefix)]);
        if delimiter {
            query.push(("delimiter".into(), "/".into()));
        }
        if let Some(t) = token {
            query.push(("continuation-token".into(), t.into()));
        }
        if let Some(n) = max_keys {
            query.push(("max-keys".into(), n.to_string()));
        }
        let resp = self.request("GET", "", &query, Vec::new(), None).await?;
        if resp.status != 200 {
            return Err(self.status_error("ListObjectsV2", &resp));
        }
        Ok(xml::parse_list(&String::from_utf8_lossy(&resp.body)))
    }

    /// Every object (and with `delimiter`, every common prefix) below `prefix`.
    async fn list_all(&self, prefix: &str, delimiter: bool) -> Result<(Vec<Object>, Vec<String>)> {
        let mut objects = Vec::new();
        let mut prefixes = Vec::new();
        let mut token: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let page = self
                .list_page(prefix, delimiter, token.as_deref(), self.cfg.page_size)
                .await?;
            objects.extend(page.objects);
            prefixes.extend(page.prefixes);
            match page.next {
                Some(t) if Some(&t) != token.as_ref() => token = Some(t),
                _ => return Ok((objects, prefixes)),
            }
        }
        Err(err(ErrorKind::Backend).with_detail("S3 listing did not end"))
    }

    /// HEAD of `path`'s object.
    async fn head(&self, path: &str) -> Result<Head> {
        let resp = self
            .request("HEAD", &self.cfg.key(path), &[], Vec::new(), None)
            .await?;
        match resp.status {
            200 => Ok(Head::File(Metadata::file(
                resp.content_length.unwrap_or(0),
                resp.last_modified.as_deref().and_then(xml::parse_http_date),
            ))),
            404 => Ok(Head::Missing),
            500 => Ok(Head::Folder),
            _ => Err(self.status_error("HeadObject", &resp)),
        }
    }

    /// True when some key (a marker or an entry) lies below directory `path`.
    async fn dir_exists(&self, path: &str) -> Result<bool> {
        if path.is_empty() {
            return Ok(true);
        }
        let page = self
            .list_page(&self.cfg.dir_prefix(path), false, None, Some(1))
            .await?;
        Ok(!page.objects.is_empty() || !page.prefixes.is_empty())
    }

    /// Fails unless `path`'s parent is an existing directory.
    async fn check_parent(&self, path: &str) -> Result<()> {
        let p = parent(path);
        if p.is_empty() {
            return Ok(());
        }
        let meta = Backend::stat(self, p).await?;
        if meta.is_dir() {
            Ok(())
        } else {
            Err(err(ErrorKind::NotADirectory))
        }
    }

    async fn put(&self, key: &str, data: Bytes, headers: Vec<(String, String)>) -> Result<()> {
        let resp = self.request("PUT", key, &[], headers, Some(data)).await?;
        if resp.status == 200 {
            Ok(())
        } else {
            Err(self.status_error("PutObject", &resp))
        }
    }

    async fn delete_key(&self, key: &str) -> Result<()> {
        let resp = self.request("DELETE", key, &[], Vec::new(), None).await?;
        match resp.status {
            200 | 204 | 404 => Ok(()),
            _ => Err(self.status_error("DeleteObject", &resp)),
        }
    }

    /// Deletes `keys` concurrently (bounded by the mount's slots); the first error wins.
    async fn delete_keys(&self, keys: &[String]) -> Result<()> {
        let results = futures::future::join_all(keys.iter().map(|k| self.delete_key(k))).await;
        results.into_iter().collect()
    }

    /// Deletes every key of directory `path` (`keys`), then the markers of the directory and
    /// of every directory below it, deepest first: on S3 most of these are no-ops, while
    /// servers that keep objects as files (s3s-fs) drop their emptied folders that way.
    async fn delete_tree(&self, path: &str, keys: &[String]) -> Result<()> {
        self.delete_keys(keys).await?;
        for level in objects::marker_levels(&self.cfg.dir_prefix(path), keys) {
            // A marker that never existed, or a folder the server keeps, is not an error.
            let _ = self.delete_keys(&level).await;
        }
        Ok(())
    }

    /// Copies object `from` to `to` (server-side).
    async fn copy_key(&self, from: &str, to: &str) -> Result<()> {
        let headers = vec![("x-amz-copy-source".into(), self.cfg.copy_source(from))];
        let resp = self
            .request("PUT", to, &[], headers, Some(Bytes::new()))
            .await?;
        let body = String::from_utf8_lossy(&resp.body);
        if resp.status == 200 && !body.contains("<Error>") {
            Ok(())
        } else {
            Err(self.status_error("CopyObject", &resp))
        }
    }

    /// Keeps `path`'s parent directory alive after its entries were removed: a prefix
    /// without keys is no directory, so an empty parent gets a marker.
    async fn keep_parent(&self, path: &str) -> Result<()> {
        let p = parent(path);
        if p.is_empty() || self.dir_exists(p).await? || self.head(p).await? == Head::Folder {
            return Ok(());
        }
        self.put(&self.cfg.dir_prefix(p), Bytes::new(), Vec::new())
            .await
    }

    /// Every key below directory `path` (its marker included).
    async fn keys_below(&self, path: &str) -> Result<Vec<Object>> {
        Ok(self.list_all(&self.cfg.dir_prefix(path), false).await?.0)
    }

    /// Listing a path that has no keys below it: an empty directory (s3s-fs folder),
    /// a file (`NotADirectory`) or nothing (`NotFound`).
    async fn check_empty_dir(&self, path: &str) -> Result<()> {
        match self.head(path).await? {
            Head::Folder => Ok(()),
            Head::File(_) => Err(err(ErrorKind::NotADirectory)),
            Head::Missing => Err(err(ErrorKind::NotFound)),
        }
    }
}

impl Backend for S3Backend {
    fn name(&self) -> &'static str {
        "s3"
    }

    fn capability(&self) -> Capability {
        Capability::object_store()
    }

    async fn stat(&self, path: &str) -> Result<Metadata> {
        if path.is_empty() {
            return Ok(Metadata::dir(None));
        }
        match self.head(path).await? {
            Head::File(meta) => return Ok(meta),
            Head::Folder => return Ok(Metadata::dir(None)),
            Head::Missing => {}
        }
        if self.dir_exists(path).await? {
            Ok(Metadata::dir(None))
        } else {
            Err(err(ErrorKind::NotFound))
        }
    }

    async fn read(&self, path: &str, range: Option<Range<u64>>) -> Result<Bytes> {
        if path.is_empty() {
            return Err(err(ErrorKind::IsADirectory));
        }
        let mut headers = Vec::new();
        if let Some(r) = &range {
            if r.start >= r.end {
                let meta = Backend::stat(self, path).await?;
                return if meta.is_dir() {
                    Err(err(ErrorKind::IsADirectory))
                } else {
                    Ok(Bytes::new())
                };
            }
            headers.push(("range".into(), format!("bytes={}-{}", r.start, r.end - 1)));
        }
        let resp = self
            .request("GET", &self.cfg.key(path), &[], headers, None)
            .await?;
        match resp.status {
            200 | 206 => Ok(resp.body),
            416 => Ok(Bytes::new()),
            404 if self.dir_exists(path).await? => Err(err(ErrorKind::IsADirectory)),
            500 if self.head(path).await? == Head::Folder => Err(err(ErrorKind::IsADirectory)),
            _ => Err(self.status_error("GetObject", &resp)),
        }
    }

    async fn list(&self, path: &str) -> Result<Vec<DirEntry>> {
        let prefix = self.cfg.dir_prefix(path);
        let (objects, prefixes) = self.list_all(&prefix, true).await?;
        if objects.is_empty() && prefixes.is_empty() && !path.is_empty() {
            self.check_empty_dir(path).await?;
            return Ok(Vec::new());
        }
        Ok(objects::dir_entries(&prefix, objects, &prefixes))
    }

    async fn walk(&self, path: &str) -> Result<Vec<WalkEntry>> {
        let prefix = self.cfg.dir_prefix(path);
        let objects = self.keys_below(path).await?;
        if objects.is_empty() && !path.is_empty() {
            self.check_empty_dir(path).await?;
            return Ok(Vec::new());
        }
        Ok(objects::walk_entries(&prefix, objects))
    }

    async fn write(&self, path: &str, data: Bytes) -> Result<()> {
        if path.is_empty() {
            return Err(err(ErrorKind::IsADirectory));
        }
        match self.head(path).await? {
            Head::File(_) => {}
            Head::Folder => return Err(err(ErrorKind::IsADirectory)),
            Head::Missing if self.dir_exists(path).await? => {
                return Err(err(ErrorKind::IsADirectory));
            }
            Head::Missing => {}
        }
        self.check_parent(path).await?;
        self.put(&self.cfg.key(path), data, Vec::new()).await
    }

    async fn create_dir(&self, path: &str) -> Result<()> {
        if path.is_empty() {
            return Err(err(ErrorKind::AlreadyExists));
        }
        match Backend::stat(self, path).await {
            Ok(_) => return Err(err(ErrorKind::AlreadyExists)),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        self.check_parent(path).await?;
        self.put(&self.cfg.dir_prefix(path), Bytes::new(), Vec::new())
            .await
    }

    async fn remove(&self, path: &str, recursive: bool) -> Result<()> {
        if path.is_empty() {
            return Err(err(ErrorKind::PermissionDenied));
        }
        let head = self.head(path).await?;
        if let Head::File(_) = head {
            self.delete_key(&self.cfg.key(path)).await?;
            return self.keep_parent(path).await;
        }
        let marker = self.cfg.dir_prefix(path);
        let mut keys: Vec<String> = self
            .keys_below(path)
            .await?
            .into_iter()
            .map(|o| o.key)
            .collect();
        if keys.is_empty() {
            if head == Head::Missing {
                return Err(err(ErrorKind::NotFound));
            }
            keys.push(marker.clone());
        }
        if !recursive && keys.iter().any(|k| *k != marker) {
            return Err(err(ErrorKind::DirectoryNotEmpty));
        }
        self.delete_tree(path, &keys).await?;
        self.keep_parent(path).await
    }

    async fn rename(&self, from: &str, to: &str) -> Result<()> {
        if from.is_empty() || to.is_empty() {
            return Err(err(ErrorKind::PermissionDenied));
        }
        if to.starts_with(&format!("{from}/")) {
            return Err(err(ErrorKind::InvalidPath));
        }
        let meta = Backend::stat(self, from).await?;
        if from == to {
            return Ok(());
        }
        self.check_parent(to).await?;
        let target = match Backend::stat(self, to).await {
            Ok(m) => Some(m),
            Err(e) if e.kind() == ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        if meta.is_file() {
            if target.as_ref().is_some_and(Metadata::is_dir) {
                return Err(err(ErrorKind::IsADirectory));
            }
            let (src, dst) = (self.cfg.key(from), self.cfg.key(to));
            self.copy_key(&src, &dst).await?;
            self.delete_key(&src).await?;
            return self.keep_parent(from).await;
        }
        match &target {
            Some(m) if !m.is_dir() => return Err(err(ErrorKind::NotADirectory)),
            Some(_)
                if self
                    .keys_below(to)
                    .await?
                    .iter()
                    .any(|o| o.key != self.cfg.dir_prefix(to)) =>
            {
                return Err(err(ErrorKind::DirectoryNotEmpty));
            }
            _ => {}
        }
        let (src, dst) = (self.cfg.dir_prefix(from), self.cfg.dir_prefix(to));
        let keys: Vec<String> = self
            .keys_below(from)
            .await?
            .into_iter()
            .map(|o| o.key)
            .collect();
        let pairs: Vec<(&String, String)> = keys
            .iter()
            .filter_map(|k| Some((k, format!("{dst}{}", k.strip_prefix(src.as_str())?))))
            .collect();
        let copies = pairs.iter().map(|(k, to)| self.copy_key(k, to));
        futures::future::join_all(copies)
            .await
            .into_iter()
            .collect::<Result<Vec<()>>>()?;
        self.delete_tree(from, &keys).await?;
        self.keep_parent(from).await
    }
}

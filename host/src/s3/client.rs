//! The S3 requests the backend sends, one method each, over an `aws-sdk-s3` client built
//! from an [`S3Config`] (see [`super::policy`] for its retries and timeouts).
//!
//! Every request first takes one of the mount's `concurrency` slots (a semaphore) and is
//! counted in [`Counters`]; a GET keeps its slot until its body is read.

use std::future::Future;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use aws_sdk_s3::config::http::HttpResponse;
use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_s3::primitives::{ByteStream, DateTime};
use aws_sdk_s3::types::{CompletedMultipartUpload, CompletedPart, Delete, ObjectIdentifier};
use bytes::Bytes;
use mirage_core::vfs::Metadata;
use mirage_core::vfs::objects::StoredObject;
use mirage_core::{Error, ErrorKind};
use tokio::sync::{Semaphore, SemaphorePermit};

use super::config::{MIN_PART_SIZE, S3Config};
use super::errors::Failure;
use super::policy::sdk_config;
use super::stats::{Counters, InFlight, RequestKind};

/// The result of one request.
pub(crate) type Res<T> = std::result::Result<T, Failure>;

/// Keys per DeleteObjects request (S3's maximum).
const DELETE_BATCH: usize = 1000;

/// Pages one listing may take: a bound against a server that never ends a listing.
const MAX_PAGES: usize = 1_000_000;

/// What a HEAD of a key found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Head {
    /// An object.
    File(Metadata),
    /// No object (a directory may still lie below the key).
    Missing,
    /// A 500 answer: servers that keep objects as files (s3s-fs) store directories as
    /// folders and fail a HEAD of one with 500 (never retried, see [`super::policy`]). S3 does
    /// not fail a HEAD that way, so 500 is read as "a directory is here".
    Folder,
}

/// A precondition of a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cond {
    /// None.
    Always,
    /// `If-None-Match: *`: only when no object has the key.
    Absent,
    /// `If-Match: ETAG`: only when the object is still this version.
    Matches(String),
}

impl Cond {
    /// The `If-Match` and `If-None-Match` values.
    fn headers(self) -> (Option<String>, Option<String>) {
        match self {
            Cond::Always => (None, None),
            Cond::Absent => (None, Some("*".to_string())),
            Cond::Matches(etag) => (Some(etag), None),
        }
    }
}

/// A listing: objects and (with a delimiter) common prefixes.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    pub(crate) objects: Vec<StoredObject>,
    pub(crate) prefixes: Vec<String>,
}

/// An SDK client bound to one bucket, with the mount's slots and counters.
pub(crate) struct Client {
    sdk: aws_sdk_s3::Client,
    pub(crate) cfg: S3Config,
    slots: Semaphore,
    pub(crate) counters: Arc<Counters>,
}

/// A slot held by one request: when dropped, the gauge is lowered, then the slot freed
/// (fields drop in order), so the gauge never exceeds `concurrency`.
struct Slot<'a> {
    _flight: InFlight<'a>,
    _permit: Option<SemaphorePermit<'a>>,
}

/// Seconds since the epoch of an S3 timestamp.
pub(crate) fn to_duration(t: Option<&DateTime>) -> Option<Duration> {
    let t = t?;
    let secs = u64::try_from(t.secs()).ok()?;
    Some(Duration::new(secs, t.subsec_nanos()))
}

impl Client {
    /// Builds the SDK client; fails when the keys are missing.
    pub(crate) fn new(cfg: S3Config) -> std::result::Result<Client, Error> {
        if cfg.access_key_id.is_empty() || cfg.secret_access_key.is_empty() {
            return Err(Error::new(ErrorKind::PermissionDenied).with_detail(
                "s3: no credentials (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)",
            ));
        }
        let counters = Arc::new(Counters::default());
        let sdk = aws_sdk_s3::Client::from_conf(sdk_config(&cfg, counters.clone()));
        Ok(Client {
            sdk,
            slots: Semaphore::new(cfg.concurrency.max(1)),
            counters,
            cfg,
        })
    }

    /// Waits for a slot, then counts a request of `kind`.
    async fn slot(&self, kind: RequestKind) -> Slot<'_> {
        let permit = self.slots.acquire().await.ok();
        Slot {
            _flight: self.counters.start(kind),
            _permit: permit,
        }
    }

    /// Sends one request (`sent`: the SDK's lazy `send()` future) once a slot is free.
    async fn send<T, E>(
        &self,
        kind: RequestKind,
        sent: impl Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    ) -> Res<T>
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        let _slot = self.slot(kind).await;
        sent.await.map_err(Failure::from_sdk)
    }

    fn bucket(&self) -> &str {
        &self.cfg.bucket
    }

    /// HEAD of `key`.
    pub(crate) async fn head(&self, key: &str) -> Res<Head> {
        let sent = self.sdk.head_object().bucket(self.bucket()).key(key).send();
        match self.send(RequestKind::Head, sent).await {
            Ok(out) => Ok(Head::File(Metadata::file(
                out.content_length()
                    .and_then(|n| u64::try_from(n).ok())
                    .unwrap_or(0),
                to_duration(out.last_modified()),
            ))),
            Err(f) if f.is_not_found() => Ok(Head::Missing),
            Err(f) if f.status() == Some(500) => Ok(Head::Folder),
            Err(f) => Err(f),
        }
    }

    /// GET of `key` (or of a byte range of it, `end` exclusive); the body and its ETag.
    pub(crate) async fn get(&self, key: &str, range: Option<Range<u64>>) -> Res<(Bytes, String)> {
        let _slot = self.slot(RequestKind::Get).await;
        let mut req = self.sdk.get_object().bucket(self.bucket()).key(key);
        if let Some(r) = range {
            req = req.range(format!("bytes={}-{}", r.start, r.end.saturating_sub(1)));
        }
        let out = req.send().await.map_err(Failure::from_sdk)?;
        let etag = out.e_tag().unwrap_or_default().to_string();
        let body = out
            .body
            .collect()
            .await
            .map_err(|e| Failure::from_body(&e))?
            .into_bytes();
        self.counters.read(body.len());
        Ok((body, etag))
    }

    /// One page of ListObjectsV2 below `prefix` (with delimiter `/` when `delimiter`).
    async fn list_page(
        &self,
        prefix: &str,
        delimiter: bool,
        token: Option<String>,
        max_keys: Option<i32>,
        into: &mut Listing,
    ) -> Res<Option<String>> {
        let mut req = self
            .sdk
            .list_objects_v2()
            .bucket(self.bucket())
            .prefix(prefix)
            .set_continuation_token(token)
            .set_max_keys(max_keys);
        if delimiter {
            req = req.delimiter("/");
        }
        let out = self.send(RequestKind::List, req.send()).await?;
        for o in out.contents() {
            into.objects.push(StoredObject {
                key: o.key().unwrap_or_default().to_string(),
                size: o.size().and_then(|n| u64::try_from(n).ok()).unwrap_or(0),
                mtime: to_duration(o.last_modified()),
            });
        }
        for p in out.common_prefixes() {
            if let Some(p) = p.prefix() {
                into.prefixes.push(p.to_string());
            }
        }
        let more = out.is_truncated().unwrap_or(false);
        Ok(out
            .next_continuation_token()
            .filter(|_| more)
            .map(str::to_string))
    }

    /// Every object (and with `delimiter`, every common prefix) below `prefix`, page by page.
    pub(crate) async fn list(&self, prefix: &str, delimiter: bool) -> Res<Listing> {
        let mut all = Listing::default();
        let mut token = None;
        for _ in 0..MAX_PAGES {
            let next = self
                .list_page(
                    prefix,
                    delimiter,
                    token.clone(),
                    self.cfg.page_size,
                    &mut all,
                )
                .await?;
            match next {
                Some(t) if Some(&t) != token.as_ref() => token = Some(t),
                _ => return Ok(all),
            }
        }
        Err(Failure::Net("s3: the listing did not end".into()))
    }

    /// True when at least one key starts with `prefix` (one page of one key).
    pub(crate) async fn any_below(&self, prefix: &str) -> Res<bool> {
        let mut page = Listing::default();
        self.list_page(prefix, false, None, Some(1), &mut page)
            .await?;
        Ok(!page.objects.is_empty())
    }

    /// Writes `data` at `key` under `cond`: one PutObject, or a multipart upload above the
    /// threshold (the object appears only when the upload completes).
    pub(crate) async fn put(&self, key: &str, data: Bytes, cond: Cond) -> Res<()> {
        if data.len() as u64 > self.cfg.multipart_threshold {
            return self.put_multipart(key, data, cond).await;
        }
        let len = data.len();
        let (if_match, if_none_match) = cond.headers();
        let req = self.sdk.put_object().bucket(self.bucket()).key(key);
        let req = req.set_if_match(if_match).set_if_none_match(if_none_match);
        let sent = req.body(ByteStream::from(data)).send();
        self.send(RequestKind::Put, sent).await?;
        self.counters.written(len);
        Ok(())
    }

    async fn put_multipart(&self, key: &str, data: Bytes, cond: Cond) -> Res<()> {
        let req = self.sdk.create_multipart_upload().bucket(self.bucket());
        let out = self
            .send(RequestKind::CreateMultipart, req.key(key).send())
            .await?;
        let upload_id = out.upload_id().unwrap_or_default().to_string();
        let done = self.upload_parts(key, &upload_id, data, cond).await;
        if done.is_err() {
            // Best effort: the parts of a failed upload are never visible, only stored.
            let abort = self.sdk.abort_multipart_upload().bucket(self.bucket());
            let sent = abort.key(key).upload_id(&upload_id).send();
            let _ = self.send(RequestKind::AbortMultipart, sent).await;
        }
        done
    }

    async fn upload_parts(&self, key: &str, upload_id: &str, data: Bytes, cond: Cond) -> Res<()> {
        let size = usize::try_from(self.cfg.part_size.max(MIN_PART_SIZE)).unwrap_or(usize::MAX);
        let chunks: Vec<Bytes> = (0..data.len())
            .step_by(size)
            .map(|at| data.slice(at..data.len().min(at.saturating_add(size))))
            .collect();
        let uploads = chunks.into_iter().zip(1..).map(|(chunk, n)| async move {
            let len = chunk.len();
            let req = self.sdk.upload_part().bucket(self.bucket()).key(key);
            let req = req.upload_id(upload_id).part_number(n);
            let sent = req.body(ByteStream::from(chunk)).send();
            let out = self.send(RequestKind::UploadPart, sent).await?;
            self.counters.written(len);
            let etag = out.e_tag().unwrap_or_default().to_string();
            Ok::<_, Failure>(CompletedPart::builder().part_number(n).e_tag(etag).build())
        });
        let parts = futures::future::join_all(uploads)
            .await
            .into_iter()
            .collect::<Res<Vec<_>>>()?;
        let (if_match, if_none_match) = cond.headers();
        let done = CompletedMultipartUpload::builder()
            .set_parts(Some(parts))
            .build();
        let req = self.sdk.complete_multipart_upload().bucket(self.bucket());
        let req = req.key(key).upload_id(upload_id).multipart_upload(done);
        let sent = req.set_if_match(if_match).set_if_none_match(if_none_match);
        self.send(RequestKind::CompleteMultipart, sent.send())
            .await?;
        Ok(())
    }

    /// Server-side copy of `from` to `to` (both full keys).
    pub(crate) async fn copy(&self, from: &str, to: &str) -> Res<()> {
        let source = format!("{}/{}", self.bucket(), super::config::encode_key(from));
        let req = self.sdk.copy_object().bucket(self.bucket()).key(to);
        self.send(RequestKind::Copy, req.copy_source(source).send())
            .await?;
        Ok(())
    }

    /// Deletes one key (a missing key is no error).
    pub(crate) async fn delete(&self, key: &str) -> Res<()> {
        let sent = self
            .sdk
            .delete_object()
            .bucket(self.bucket())
            .key(key)
            .send();
        match self.send(RequestKind::Delete, sent).await {
            Err(f) if !f.is_not_found() => Err(f),
            _ => Ok(()),
        }
    }

    /// Deletes many keys, 1,000 per DeleteObjects request, the requests concurrently.
    pub(crate) async fn delete_many(&self, keys: &[String]) -> Res<()> {
        let batches = keys.chunks(DELETE_BATCH).map(|batch| async move {
            let ids = batch
                .iter()
                .filter_map(|k| ObjectIdentifier::builder().key(k).build().ok())
                .collect();
            let delete = Delete::builder()
                .set_objects(Some(ids))
                .quiet(true)
                .build()
                .map_err(|e| Failure::Net(format!("s3: {e}")))?;
            let req = self.sdk.delete_objects().bucket(self.bucket());
            let out = self
                .send(RequestKind::DeleteBatch, req.delete(delete).send())
                .await?;
            match out.errors().iter().find(|e| e.code() != Some("NoSuchKey")) {
                Some(e) => Err(Failure::Status {
                    status: 500,
                    code: e.code().unwrap_or_default().to_string(),
                    message: format!(
                        "{} ({})",
                        e.message().unwrap_or_default(),
                        e.key().unwrap_or_default()
                    ),
                }),
                None => Ok(()),
            }
        });
        futures::future::join_all(batches)
            .await
            .into_iter()
            .collect()
    }
}

//! Request counters of an S3 mount: how many requests of each kind were sent, the most that
//! were in flight at once, and the payload bytes moved. Tests assert round trips with them
//! (`cat` of 100 files is 100 GETs with at most `concurrency` in flight); the benchmark
//! prints them.
//!
//! A request is counted once per SDK call; `attempts` counts HTTP attempts, the SDK's
//! retries included. The in-flight gauge counts calls holding one of the mount's
//! `concurrency` slots.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// The kinds of S3 requests the backend sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestKind {
    /// HeadObject (`stat` of a file, existence checks).
    Head,
    /// GetObject, whole or ranged.
    Get,
    /// ListObjectsV2 (one page).
    List,
    /// PutObject (files and directory markers).
    Put,
    /// CopyObject (`rename`).
    Copy,
    /// DeleteObject.
    Delete,
    /// DeleteObjects (up to 1,000 keys).
    DeleteBatch,
    /// CreateMultipartUpload.
    CreateMultipart,
    /// UploadPart.
    UploadPart,
    /// CompleteMultipartUpload.
    CompleteMultipart,
    /// AbortMultipartUpload.
    AbortMultipart,
}

impl RequestKind {
    /// Every kind, in a fixed order.
    pub const ALL: [RequestKind; 11] = [
        RequestKind::Head,
        RequestKind::Get,
        RequestKind::List,
        RequestKind::Put,
        RequestKind::Copy,
        RequestKind::Delete,
        RequestKind::DeleteBatch,
        RequestKind::CreateMultipart,
        RequestKind::UploadPart,
        RequestKind::CompleteMultipart,
        RequestKind::AbortMultipart,
    ];

    /// The S3 operation name (`GetObject`).
    pub fn name(self) -> &'static str {
        match self {
            RequestKind::Head => "HeadObject",
            RequestKind::Get => "GetObject",
            RequestKind::List => "ListObjectsV2",
            RequestKind::Put => "PutObject",
            RequestKind::Copy => "CopyObject",
            RequestKind::Delete => "DeleteObject",
            RequestKind::DeleteBatch => "DeleteObjects",
            RequestKind::CreateMultipart => "CreateMultipartUpload",
            RequestKind::UploadPart => "UploadPart",
            RequestKind::CompleteMultipart => "CompleteMultipartUpload",
            RequestKind::AbortMultipart => "AbortMultipartUpload",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A snapshot of a mount's counters ([`S3Backend::stats`](super::S3Backend::stats)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct S3Stats {
    counts: [u64; RequestKind::ALL.len()],
    /// HTTP attempts: requests plus the SDK's retries of them.
    pub attempts: u64,
    /// The most requests that were in flight at the same time.
    pub max_in_flight: usize,
    /// Payload bytes received (object bodies of GETs).
    pub bytes_read: u64,
    /// Payload bytes sent (bodies of PUTs and parts).
    pub bytes_written: u64,
}

impl S3Stats {
    /// Requests of `kind` sent.
    pub fn count(&self, kind: RequestKind) -> u64 {
        self.counts.get(kind.index()).copied().unwrap_or(0)
    }

    /// Requests of every kind sent.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// The live counters, shared by every request of a mount.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    counts: [AtomicU64; RequestKind::ALL.len()],
    attempts: AtomicU64,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    bytes_read: AtomicU64,
    bytes_written: AtomicU64,
}

/// Marks one request in flight until dropped.
pub(crate) struct InFlight<'a>(&'a Counters);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Counters {
    /// Counts a request of `kind` and marks it in flight.
    pub(crate) fn start(&self, kind: RequestKind) -> InFlight<'_> {
        if let Some(c) = self.counts.get(kind.index()) {
            c.fetch_add(1, Ordering::Relaxed);
        }
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        self.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(self)
    }

    /// Counts one HTTP attempt.
    pub(crate) fn attempt(&self) {
        self.attempts.fetch_add(1, Ordering::Relaxed);
    }

    /// Adds received payload bytes.
    pub(crate) fn read(&self, n: usize) {
        self.bytes_read.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// Adds sent payload bytes.
    pub(crate) fn written(&self, n: usize) {
        self.bytes_written.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// The current values.
    pub(crate) fn snapshot(&self) -> S3Stats {
        let mut counts = [0; RequestKind::ALL.len()];
        for (out, c) in counts.iter_mut().zip(&self.counts) {
            *out = c.load(Ordering::Relaxed);
        }
        S3Stats {
            counts,
            attempts: self.attempts.load(Ordering::Relaxed),
            max_in_flight: self.max_in_flight.load(Ordering::SeqCst),
            bytes_read: self.bytes_read.load(Ordering::Relaxed),
            bytes_written: self.bytes_written.load(Ordering::Relaxed),
        }
    }

    /// Sets every counter back to zero (requests in flight stay counted in the gauge).
    pub(crate) fn reset(&self) {
        for c in &self.counts {
            c.store(0, Ordering::Relaxed);
        }
        self.attempts.store(0, Ordering::Relaxed);
        self.max_in_flight
            .store(self.in_flight.load(Ordering::SeqCst), Ordering::SeqCst);
        self.bytes_read.store(0, Ordering::Relaxed);
        self.bytes_written.store(0, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_kinds_and_the_in_flight_peak() {
        let c = Counters::default();
        let a = c.start(RequestKind::Get);
        let b = c.start(RequestKind::Get);
        drop(a);
        let d = c.start(RequestKind::List);
        drop((b, d));
        c.read(10);
        let s = c.snapshot();
        assert_eq!(s.count(RequestKind::Get), 2);
        assert_eq!(s.count(RequestKind::List), 1);
        assert_eq!((s.total(), s.max_in_flight, s.bytes_read), (3, 2, 10));
        c.reset();
        assert_eq!(c.snapshot(), S3Stats::default());
        assert!(
            RequestKind::ALL
                .iter()
                .enumerate()
                .all(|(i, k)| k.index() == i)
        );
    }
}

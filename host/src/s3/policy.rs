//! The SDK client's configuration for a mount: static keys, path-style URLs, the standard
//! retry mode, timeouts, and two hooks of ours: [`FolderHead`] (no retries for a HEAD that
//! s3s-fs fails on a folder) and [`CountAttempts`] (every HTTP attempt, retries included,
//! in the mount's counters).

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_s3::config::interceptors::{BeforeTransmitInterceptorContextRef, InterceptorContext};
use aws_sdk_s3::config::retry::{ClassifyRetry, RetryAction, RetryConfig};
use aws_sdk_s3::config::timeout::TimeoutConfig;
use aws_sdk_s3::config::{
    BehaviorVersion, ConfigBag, Credentials, Intercept, Region, RequestChecksumCalculation,
    RuntimeComponents,
};
use aws_sdk_s3::error::BoxError;
use aws_sdk_s3::operation::head_object::HeadObjectError;

use super::config::S3Config;
use super::stats::Counters;

/// The SDK configuration of `cfg`, counting attempts in `counters`.
pub(crate) fn sdk_config(cfg: &S3Config, counters: Arc<Counters>) -> aws_sdk_s3::Config {
    let creds = Credentials::new(
        cfg.access_key_id.clone(),
        cfg.secret_access_key.clone(),
        cfg.session_token.clone(),
        None,
        "mirage-s3-mount",
    );
    // Standard mode: exponential backoff with jitter on throttling, 5xx, timeouts and
    // connection errors, within a per-client retry budget.
    let retry = RetryConfig::standard()
        .with_max_attempts(cfg.max_attempts.max(1))
        .with_initial_backoff(cfg.initial_backoff)
        .with_max_backoff(Duration::from_secs(5));
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(cfg.connect_timeout)
        .operation_attempt_timeout(cfg.attempt_timeout)
        .operation_timeout(cfg.operation_timeout)
        .build();
    let mut builder = aws_sdk_s3::config::Builder::new()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(cfg.region.clone()))
        .credentials_provider(creds)
        .force_path_style(true)
        .retry_config(retry)
        .timeout_config(timeouts)
        // Checksums only where S3 requires them (DeleteObjects): S3-compatible servers
        // differ in their support of the default trailing checksums.
        .request_checksum_calculation(RequestChecksumCalculation::WhenRequired)
        .retry_classifier(FolderHead)
        .interceptor(CountAttempts(counters));
    if let Some(url) = &cfg.endpoint {
        builder = builder.endpoint_url(url.clone());
    }
    builder.build()
}

/// Forbids retrying a HEAD answered with 500: s3s-fs answers a HEAD of a folder (a
/// directory) that way every time, and the backend reads it as a directory.
#[derive(Debug)]
struct FolderHead;

impl ClassifyRetry for FolderHead {
    fn classify_retry(&self, ctx: &InterceptorContext) -> RetryAction {
        let is_head = matches!(
            ctx.output_or_error(),
            Some(Err(e)) if e
                .as_operation_error()
                .and_then(|e| e.downcast_ref::<HeadObjectError>())
                .is_some()
        );
        let status = ctx.response().map(|r| r.status().as_u16());
        if is_head && status == Some(500) {
            RetryAction::RetryForbidden
        } else {
            RetryAction::NoActionIndicated
        }
    }

    fn name(&self) -> &'static str {
        "mirage: s3s-fs folder HEAD"
    }
}

/// Counts every HTTP attempt (first tries and retries).
#[derive(Debug)]
struct CountAttempts(Arc<Counters>);

impl Intercept for CountAttempts {
    fn name(&self) -> &'static str {
        "mirage: count attempts"
    }

    fn read_before_attempt(
        &self,
        _context: &BeforeTransmitInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        self.0.attempt();
        Ok(())
    }
}

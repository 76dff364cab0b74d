//! [`TokioClock`]: the host's [`Clock`], wall time from `SystemTime` and sleeps on tokio's timer.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mirage_core::Clock;
use mirage_core::sync::BoxFuture;

/// The host clock: `now` is the system wall clock, `sleep` is `tokio::time::sleep`.
///
/// `sleep` must be awaited inside a tokio runtime with the time driver enabled
/// (the `mirage` binary's runtime is built with `enable_all`).
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioClock;

impl TokioClock {
    /// A new host clock.
    pub fn new() -> Self {
        TokioClock
    }
}

impl Clock for TokioClock {
    fn now(&self) -> Duration {
        // A clock set before 1970 reads as the epoch rather than failing.
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
    }

    fn sleep(&self, dur: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(dur))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_after_2020() {
        assert!(TokioClock.now() > Duration::from_secs(1_577_836_800));
    }

    #[tokio::test]
    async fn sleep_waits() {
        let start = std::time::Instant::now();
        TokioClock.sleep(Duration::from_millis(20)).await;
        assert!(start.elapsed() >= Duration::from_millis(20));
    }
}

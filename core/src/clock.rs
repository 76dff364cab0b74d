//! Time, supplied by the embedder: core never reads the clock or sleeps by itself.
//!
//! The host implements [`Clock`] with tokio, the browser with `Date.now()` and `setTimeout`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::sync::{BoxFuture, MaybeSend, MaybeSync};

/// Wall-clock time and sleeping.
pub trait Clock: MaybeSend + MaybeSync {
    /// The current time as a duration since the Unix epoch.
    fn now(&self) -> Duration;
    /// A future that completes after `dur`.
    fn sleep(&self, dur: Duration) -> BoxFuture<'static, ()>;
}

/// A clock that a test moves by hand: `sleep` advances it instantly.
#[derive(Clone, Debug, Default)]
pub struct ManualClock {
    now: Arc<Mutex<Duration>>,
}

impl ManualClock {
    /// A clock starting at `start` since the epoch.
    pub fn new(start: Duration) -> Self {
        ManualClock {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: Duration) {
        if let Ok(mut now) = self.now.lock() {
            *now += by;
        }
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Duration {
        self.now.lock().map(|n| *n).unwrap_or_default()
    }

    fn sleep(&self, dur: Duration) -> BoxFuture<'static, ()> {
        self.advance(dur);
        Box::pin(async {})
    }
}

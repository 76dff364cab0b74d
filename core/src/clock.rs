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

    /// Gives the embedder's event loop a turn. Long-running scripts call this every few
    /// milliseconds so that a cancel request (a JS `AbortSignal`, a timer) can be delivered
    /// on single-threaded hosts. The default yields once to the executor; a browser
    /// embedder should yield to the macrotask queue (`setTimeout(0)`).
    fn yield_now(&self) -> BoxFuture<'static, ()> {
        Box::pin(YieldOnce(false))
    }
}

/// A future that is pending once (waking itself) and then ready.
struct YieldOnce(bool);

impl std::future::Future for YieldOnce {
    type Output = ();

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<()> {
        if self.0 {
            std::task::Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        }
    }
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

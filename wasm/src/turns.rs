//! Giving the JS event loop a turn during a long run. A pipeline (`yes | cat | wc -l`)
//! wakes its task through microtasks only, which would starve timers and event handlers:
//! an `AbortSignal` could never fire. [`Turns`] wraps a run and, after [`SLICE_MS`] of
//! busy polling, waits for one macrotask turn (`setTimeout(0)`) before polling on.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use mirage_core::Clock;
use mirage_core::sync::BoxFuture;

use crate::clock::JsClock;

/// Milliseconds of polling between two event-loop turns: abort latency against the cost
/// of a timer turn (about 1 ms in node, up to 4 ms in browsers).
pub const SLICE_MS: f64 = 10.0;

/// A future polled in slices with event-loop turns between them.
pub struct Turns<'a, T> {
    inner: Pin<Box<dyn Future<Output = T> + 'a>>,
    /// The pending turn, if one was asked for.
    turn: Option<BoxFuture<'static, ()>>,
    /// When the current slice began (`Date.now()`).
    since: f64,
}

impl<'a, T> Turns<'a, T> {
    /// Wraps `inner`.
    pub fn new(inner: impl Future<Output = T> + 'a) -> Self {
        Turns {
            inner: Box::pin(inner),
            turn: None,
            since: js_sys::Date::now(),
        }
    }
}

impl<T> Future for Turns<'_, T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // At most two rounds: a finished turn, then the inner future.
        for _ in 0..2 {
            if let Some(turn) = &mut self.turn {
                if turn.as_mut().poll(cx).is_pending() {
                    return Poll::Pending;
                }
                self.turn = None;
                self.since = js_sys::Date::now();
            }
            if let Poll::Ready(v) = self.inner.as_mut().poll(cx) {
                return Poll::Ready(v);
            }
            if js_sys::Date::now() - self.since < SLICE_MS {
                return Poll::Pending;
            }
            // The inner future's wake-ups are kept by its own parts: polling it again after
            // the turn loses none of them.
            self.turn = Some(JsClock.yield_now());
        }
        Poll::Pending
    }
}

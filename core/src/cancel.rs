//! Cancellation: a cheap, cloneable handle the embedder fires (JS AbortSignal, Ctrl-C, a
//! host timeout) and the evaluator observes at every boundary.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

#[derive(Default)]
struct Inner {
    fired: AtomicBool,
    wakers: Mutex<Vec<Waker>>,
}

/// A cancellation handle. Clones share one state; firing any clone cancels them all.
#[derive(Clone, Default)]
pub struct CancelHandle {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for CancelHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CancelHandle")
            .field("cancelled", &self.is_cancelled())
            .finish()
    }
}

impl CancelHandle {
    /// A fresh, unfired handle.
    pub fn new() -> Self {
        Self::default()
    }

    /// Fires the handle: every run observing it stops promptly with status 130.
    pub fn cancel(&self) {
        self.inner.fired.store(true, Ordering::SeqCst);
        let wakers = match self.inner.wakers.lock() {
            Ok(mut w) => std::mem::take(&mut *w),
            Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
        };
        for w in wakers {
            w.wake();
        }
    }

    /// True once fired.
    pub fn is_cancelled(&self) -> bool {
        self.inner.fired.load(Ordering::Relaxed)
    }

    /// A future that completes when the handle is fired.
    pub fn cancelled(&self) -> Cancelled {
        Cancelled {
            handle: self.clone(),
        }
    }
}

/// Completes when its [`CancelHandle`] fires.
pub struct Cancelled {
    handle: CancelHandle,
}

impl Future for Cancelled {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.handle.is_cancelled() {
            return Poll::Ready(());
        }
        if let Ok(mut wakers) = self.handle.inner.wakers.lock()
            && !wakers.iter().any(|w| w.will_wake(cx.waker()))
        {
            wakers.push(cx.waker().clone());
        }
        // Re-check: `cancel` may have run between the first check and the push.
        if self.handle.is_cancelled() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_wakes_waiter() {
        let h = CancelHandle::new();
        let h2 = h.clone();
        let waiter = h.cancelled();
        h2.cancel();
        futures::executor::block_on(waiter);
        assert!(h.is_cancelled());
    }
}

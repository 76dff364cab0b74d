//! A counting semaphore bounding the requests one mount keeps in flight: a bounded
//! channel pre-filled with one token per slot (async-channel, already a core dependency).

use async_channel::{Receiver, Sender};

/// `n` slots shared by every request of one mount.
#[derive(Debug)]
pub struct Limiter {
    tx: Sender<()>,
    rx: Receiver<()>,
}

/// A held slot; dropping it frees the slot.
#[derive(Debug)]
pub struct Permit {
    tx: Sender<()>,
}

impl Limiter {
    /// A limiter with `n` slots (at least one).
    pub fn new(n: usize) -> Limiter {
        let n = n.max(1);
        let (tx, rx) = async_channel::bounded(n);
        for _ in 0..n {
            // The channel has room for exactly `n` tokens.
            let _ = tx.try_send(());
        }
        Limiter { tx, rx }
    }

    /// Waits for a free slot.
    pub async fn acquire(&self) -> Permit {
        // The limiter holds a sender, so the channel never closes while `self` lives.
        let _ = self.rx.recv().await;
        Permit {
            tx: self.tx.clone(),
        }
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let _ = self.tx.try_send(());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Returns `Pending` once, waking itself, so other tasks run.
    async fn yield_now() {
        let mut first = true;
        futures::future::poll_fn(|cx| {
            if std::mem::take(&mut first) {
                cx.waker().wake_by_ref();
                std::task::Poll::Pending
            } else {
                std::task::Poll::Ready(())
            }
        })
        .await
    }

    #[test]
    fn at_most_n_in_flight() {
        let lim = Limiter::new(3);
        let now = AtomicUsize::new(0);
        let peak = AtomicUsize::new(0);
        let tasks = (0..20).map(|_| async {
            let _p = lim.acquire().await;
            let n = now.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(n, Ordering::SeqCst);
            // Let the others run while this slot is held.
            for _ in 0..3 {
                yield_now().await;
            }
            now.fetch_sub(1, Ordering::SeqCst);
        });
        futures::executor::block_on(futures::future::join_all(tasks));
        assert_eq!(peak.load(Ordering::SeqCst), 3);
        assert_eq!(now.load(Ordering::SeqCst), 0);
    }
}

//! [`JsClock`]: the [`Clock`] of the JS embedder. Time is `Date.now()`, sleeping is the
//! global `setTimeout` (present in browsers, workers and node), and a dropped sleep clears
//! its timer so an aborted `sleep 100` does not keep node's event loop alive.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use js_sys::{Function, Promise, Reflect};
use mirage_core::Clock;
use mirage_core::sync::BoxFuture;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Wall time and timers from the JS global object.
#[derive(Clone, Copy, Debug, Default)]
pub struct JsClock;

impl Clock for JsClock {
    fn now(&self) -> Duration {
        Duration::from_secs_f64(js_sys::Date::now().max(0.0) / 1000.0)
    }

    fn sleep(&self, dur: Duration) -> BoxFuture<'static, ()> {
        Box::pin(Timer::new(dur.as_secs_f64() * 1000.0))
    }

    /// A macrotask turn (`setTimeout(0)`), so that an `AbortSignal` fired by a JS timer or
    /// event handler is delivered while a busy loop runs.
    fn yield_now(&self) -> BoxFuture<'static, ()> {
        Box::pin(Timer::new(0.0))
    }
}

/// A `setTimeout` as a future; dropping it clears the timer.
struct Timer {
    fut: Option<JsFuture>,
    id: JsValue,
}

impl Timer {
    fn new(ms: f64) -> Self {
        let mut id = JsValue::UNDEFINED;
        let promise = Promise::new(&mut |resolve, _reject| {
            if let Some(set_timeout) = global_fn("setTimeout") {
                // Timer delays are 32-bit in JS; longer sleeps wake early and core sleeps on.
                let ms = ms.clamp(0.0, 2_147_483_647.0);
                id = set_timeout
                    .call2(&JsValue::UNDEFINED, &resolve, &JsValue::from_f64(ms))
                    .unwrap_or(JsValue::UNDEFINED);
            } else {
                // No timers at all: resolve at once rather than hang.
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        Timer {
            fut: Some(JsFuture::from(promise)),
            id,
        }
    }
}

impl Future for Timer {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match self.fut.as_mut() {
            None => Poll::Ready(()),
            Some(fut) => match Pin::new(fut).poll(cx) {
                Poll::Ready(_) => {
                    self.fut = None;
                    self.id = JsValue::UNDEFINED;
                    Poll::Ready(())
                }
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if self.fut.is_some()
            && !self.id.is_undefined()
            && let Some(clear) = global_fn("clearTimeout")
        {
            let _ = clear.call1(&JsValue::UNDEFINED, &self.id);
        }
    }
}

/// A function property of `globalThis`.
fn global_fn(name: &str) -> Option<Function> {
    Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

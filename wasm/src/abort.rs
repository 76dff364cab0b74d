//! An `AbortSignal` feeding a core [`CancelHandle`]: an `abort` event listener fires the
//! handle, and the listener is removed when the run ends.

use mirage_core::CancelHandle;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::AbortSignal;

use crate::error::invalid_arg;

/// Keeps the listener alive for one run; dropping it unsubscribes.
pub struct AbortLink {
    signal: AbortSignal,
    listener: Closure<dyn FnMut()>,
}

impl AbortLink {
    /// Links `signal` (an `AbortSignal`) to `cancel`. An already aborted signal fires the
    /// handle at once.
    pub fn new(signal: &JsValue, cancel: &CancelHandle) -> Result<Option<AbortLink>, JsValue> {
        let Some(signal) = signal.dyn_ref::<AbortSignal>() else {
            return Err(invalid_arg("signal must be an AbortSignal"));
        };
        if signal.aborted() {
            cancel.cancel();
            return Ok(None);
        }
        let handle = cancel.clone();
        let listener = Closure::<dyn FnMut()>::new(move || handle.cancel());
        signal.add_event_listener_with_callback("abort", listener.as_ref().unchecked_ref())?;
        Ok(Some(AbortLink {
            signal: signal.clone(),
            listener,
        }))
    }
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", self.listener.as_ref().unchecked_ref());
    }
}

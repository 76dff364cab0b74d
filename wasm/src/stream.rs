//! Streaming output to JS: the `onStdout` / `onStderr` callbacks of `execute` receive each
//! piece of output as the script writes it, while the promise is still pending.
//!
//! A stream with a callback is not kept: the result's `stdout` (or `stderr`) is then empty.
//! Chunks are `Uint8Array`s, or strings with `chunkEncoding: "utf8"` (a character is never
//! split across two chunks). A callback that throws stops the run, and `execute` rejects
//! with what it threw.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Uint8Array};
use mirage_core::{CancelHandle, ExecResult, ExecuteOptions};
use wasm_bindgen::{JsCast, JsValue};

use crate::error::invalid_arg;
use crate::options::{get, get_string};
use crate::turns::Turns;
use crate::utf8::Utf8Decoder;

/// Runs `script` with `eo`; streams output to the callbacks `opts` names, if any.
pub async fn execute(
    ws: &mirage_core::Workspace,
    script: &str,
    eo: ExecuteOptions,
    opts: &JsValue,
) -> Result<ExecResult, JsValue> {
    let on_stdout = callback(opts, "onStdout")?;
    let on_stderr = callback(opts, "onStderr")?;
    let utf8 = match get_string(opts, "chunkEncoding")?.as_deref() {
        None | Some("bytes") => false,
        Some("utf8" | "utf-8") => true,
        Some(other) => {
            return Err(invalid_arg(&format!(
                "chunkEncoding must be \"utf8\" or \"bytes\", not {other:?}"
            )));
        }
    };
    if on_stdout.is_none() && on_stderr.is_none() {
        return Ok(Turns::new(ws.execute(script, eo)).await);
    }
    let cancel = eo.cancel.clone().unwrap_or_default();
    let thrown = Rc::new(RefCell::new(None));
    let mut out = Stream::new(on_stdout, utf8, &cancel, &thrown);
    let mut err = Stream::new(on_stderr, utf8, &cancel, &thrown);
    let mut r =
        Turns::new(ws.execute_streaming(script, eo, |c| out.push(c), |c| err.push(c))).await;
    out.finish();
    err.finish();
    if let Some(e) = thrown.borrow_mut().take() {
        return Err(e);
    }
    r.stdout = out.kept;
    r.stderr = err.kept;
    Ok(r)
}

/// `opts[key]` as a function.
fn callback(opts: &JsValue, key: &str) -> Result<Option<Function>, JsValue> {
    match get(opts, key) {
        None => Ok(None),
        Some(f) => f
            .dyn_into::<Function>()
            .map(Some)
            .map_err(|_| invalid_arg(&format!("{key} must be a function"))),
    }
}

/// One output stream: handed to its callback, or kept for the result.
struct Stream {
    callback: Option<Function>,
    decoder: Option<Utf8Decoder>,
    kept: Vec<u8>,
    cancel: CancelHandle,
    /// What a callback threw first (shared by both streams).
    thrown: Rc<RefCell<Option<JsValue>>>,
}

impl Stream {
    fn new(
        callback: Option<Function>,
        utf8: bool,
        cancel: &CancelHandle,
        thrown: &Rc<RefCell<Option<JsValue>>>,
    ) -> Stream {
        Stream {
            callback,
            decoder: utf8.then(Utf8Decoder::default),
            kept: Vec::new(),
            cancel: cancel.clone(),
            thrown: thrown.clone(),
        }
    }

    fn push(&mut self, chunk: &[u8]) {
        if self.callback.is_none() {
            self.kept.extend_from_slice(chunk);
            return;
        }
        let value = match &mut self.decoder {
            Some(d) => JsValue::from_str(&d.push(chunk)),
            None => Uint8Array::from(chunk).into(),
        };
        self.call(&value);
    }

    /// Hands over the end of an unfinished UTF-8 character, if any.
    fn finish(&mut self) {
        if let Some(d) = &mut self.decoder {
            let rest = d.finish();
            if !rest.is_empty() {
                self.call(&JsValue::from_str(&rest));
            }
        }
    }

    fn call(&self, value: &JsValue) {
        let Some(f) = &self.callback else { return };
        if self.thrown.borrow().is_some() || value.as_string().is_some_and(|s| s.is_empty()) {
            return;
        }
        if let Err(e) = f.call1(&JsValue::UNDEFINED, value) {
            *self.thrown.borrow_mut() = Some(e);
            self.cancel.cancel();
        }
    }
}

//! The HTTP transport of the S3 backend: the global `fetch` (node >= 18, workers,
//! browsers; not `window.fetch`), with an `AbortController` that cancels the request when
//! its future is dropped (a cancelled run).

use bytes::Bytes;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(url: &str, init: &JsValue) -> Promise;

    type FetchResponse;
    #[wasm_bindgen(method, getter)]
    fn status(this: &FetchResponse) -> u16;
    #[wasm_bindgen(method, getter)]
    fn headers(this: &FetchResponse) -> FetchHeaders;
    #[wasm_bindgen(method, js_name = arrayBuffer)]
    fn array_buffer(this: &FetchResponse) -> Promise;

    type FetchHeaders;
    #[wasm_bindgen(method)]
    fn get(this: &FetchHeaders, name: &str) -> Option<String>;

    type AbortController;
    #[wasm_bindgen(constructor)]
    fn new() -> AbortController;
    #[wasm_bindgen(method, getter)]
    fn signal(this: &AbortController) -> JsValue;
    #[wasm_bindgen(method)]
    fn abort(this: &AbortController);
}

/// What the backend needs of a response.
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub body: Bytes,
    /// `Content-Length`, when sent.
    pub content_length: Option<u64>,
    /// `Last-Modified`, when sent.
    pub last_modified: Option<String>,
}

/// Aborts the request when dropped before it finished.
struct AbortOnDrop {
    ctrl: AbortController,
    done: bool,
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if !self.done {
            self.ctrl.abort();
        }
    }
}

/// Sends one request; `Err` is a network failure (refused, DNS, CORS, TLS), described.
/// `host` is not sent (the runtime derives it from the URL, as signed).
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(String, String)],
    body: Option<&Bytes>,
) -> Result<Response, String> {
    let init = Object::new();
    let hdrs = Object::new();
    for (k, v) in headers {
        if k != "host" {
            Reflect::set(&hdrs, &JsValue::from_str(k), &JsValue::from_str(v)).map_err(describe)?;
        }
    }
    let set = |k: &str, v: &JsValue| Reflect::set(&init, &JsValue::from_str(k), v).map(|_| ());
    set("method", &JsValue::from_str(method)).map_err(describe)?;
    set("headers", &hdrs).map_err(describe)?;
    if let Some(b) = body {
        set("body", &Uint8Array::from(&b[..]).into()).map_err(describe)?;
    }
    let mut guard = AbortOnDrop {
        ctrl: AbortController::new(),
        done: false,
    };
    set("signal", &guard.ctrl.signal()).map_err(describe)?;
    let resp: FetchResponse = JsFuture::from(global_fetch(url, &init))
        .await
        .map_err(describe)?
        .unchecked_into();
    let status = resp.status();
    let hs = resp.headers();
    let content_length = hs.get("content-length").and_then(|v| v.trim().parse().ok());
    let last_modified = hs.get("last-modified");
    let buf = JsFuture::from(resp.array_buffer())
        .await
        .map_err(describe)?;
    guard.done = true;
    Ok(Response {
        status,
        body: Bytes::from(Uint8Array::new(&buf).to_vec()),
        content_length,
        last_modified,
    })
}

/// A readable description of a rejected `fetch`: the error's message plus its `cause`
/// (node puts `ECONNREFUSED 127.0.0.1:9` there; browsers say only "Failed to fetch", which
/// also covers a missing CORS answer).
fn describe(e: JsValue) -> String {
    let msg = |v: &JsValue| -> Option<String> {
        if let Some(s) = v.as_string() {
            return Some(s);
        }
        Reflect::get(v, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .filter(|m| !m.is_empty())
    };
    let mut out = msg(&e).unwrap_or_else(|| "fetch failed".into());
    if let Ok(cause) = Reflect::get(&e, &JsValue::from_str("cause"))
        && !cause.is_undefined()
        && !cause.is_null()
    {
        let code = Reflect::get(&cause, &JsValue::from_str("code"))
            .ok()
            .and_then(|c| c.as_string());
        match (code, msg(&cause)) {
            (_, Some(m)) => out.push_str(&format!(" ({m})")),
            (Some(c), None) => out.push_str(&format!(" ({c})")),
            _ => {}
        }
    }
    out
}

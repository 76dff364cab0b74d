//! Reading an `{ type: "s3", ... }` mount from JS, and a hidden export that runs core's
//! backend contract suite against a real bucket (used by `wasm/tests/s3.mjs`).

// Core's mount table and contract suite hold `Arc<dyn DynBackend>`; wasm32 needs no `Send`.
#![allow(clippy::arc_with_non_send_sync)]

use std::cell::Cell;
use std::sync::Arc;

use js_sys::{Array, Promise};
use mirage_core::vfs::{DynBackend, contract};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::S3Backend;
use super::config::S3Config;
use super::sigv4::Credentials;
use crate::error::invalid_arg;
use crate::options::{get, get_string};

fn required(spec: &JsValue, key: &str, what: &str) -> Result<String, JsValue> {
    get_string(spec, key)?
        .filter(|s| !s.is_empty())
        .ok_or_else(|| invalid_arg(&format!("{what}: {key} is required")))
}

/// The S3 settings of one mount spec (`what` names it in messages).
pub fn config(spec: &JsValue, what: &str) -> Result<S3Config, JsValue> {
    let Some(creds) = get(spec, "credentials") else {
        return Err(invalid_arg(&format!(
            "{what}: credentials {{ accessKeyId, secretAccessKey }} are required"
        )));
    };
    let credentials = Credentials {
        access_key_id: required(&creds, "accessKeyId", what)?,
        secret_access_key: required(&creds, "secretAccessKey", what)?,
        session_token: get_string(&creds, "sessionToken")?.filter(|s| !s.is_empty()),
    };
    let concurrency = match get(spec, "concurrency") {
        None => 0,
        Some(v) => match v.as_f64() {
            Some(n) if (1.0..=1024.0).contains(&n) && n.fract() == 0.0 => n as usize,
            _ => {
                return Err(invalid_arg(&format!(
                    "{what}: concurrency must be an integer from 1 to 1024"
                )));
            }
        },
    };
    let page_size = match get(spec, "pageSize") {
        None => None,
        Some(v) => match v.as_f64() {
            Some(n) if (1.0..=1000.0).contains(&n) && n.fract() == 0.0 => Some(n as u32),
            _ => {
                return Err(invalid_arg(&format!(
                    "{what}: pageSize must be an integer from 1 to 1000"
                )));
            }
        },
    };
    let mut cfg = S3Config::new(
        &required(spec, "bucket", what)?,
        &get_string(spec, "prefix")?.unwrap_or_default(),
        &required(spec, "endpoint", what)?,
        &get_string(spec, "region")?.unwrap_or_else(|| "us-east-1".into()),
        credentials,
        concurrency,
    )
    .map_err(|e| invalid_arg(&format!("{what}: {e}")))?;
    cfg.page_size = page_size;
    Ok(cfg)
}

/// The backend of an S3 mount spec.
pub fn backend(spec: &JsValue, point: &str) -> Result<Arc<dyn DynBackend>, JsValue> {
    let cfg = config(spec, &format!("mounts[{point:?}]"))?;
    Ok(Arc::new(S3Backend::new(cfg)))
}

/// Runs core's backend contract suite on an S3 mount spec: each check gets a fresh prefix
/// below the spec's. Resolves to `[name, null | failure message][]`. Test-only.
#[wasm_bindgen(js_name = __s3Contract, skip_typescript)]
pub fn s3_contract(spec: JsValue) -> Promise {
    future_to_promise(async move {
        let base = config(&spec, "s3Contract")?;
        let n = Cell::new(0u32);
        let make = || {
            n.set(n.get() + 1);
            let mut cfg = base.clone();
            cfg.prefix = format!("{}contract-{}/", base.prefix, n.get());
            Arc::new(S3Backend::new(cfg)) as Arc<dyn DynBackend>
        };
        let out = Array::new();
        for (name, result) in contract::run_all(&make).await {
            let msg = match result {
                Ok(()) => JsValue::NULL,
                Err(e) => JsValue::from_str(&e),
            };
            out.push(&Array::of2(&JsValue::from_str(name), &msg));
        }
        Ok(out.into())
    })
}

//! Reading the plain JS objects the API takes (workspace config, execute options, limits)
//! and building the plain objects it returns (results, stats, directory entries).

use std::time::Duration;

use js_sys::{Object, Reflect, Uint8Array};
use mirage_core::Limits;
use mirage_core::vfs::{FileType, Metadata};
use wasm_bindgen::{JsCast, JsValue};

use crate::error::invalid_arg;

/// `obj[key]`, or `None` when it is missing, `undefined` or `null`.
pub fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    if !obj.is_object() {
        return None;
    }
    let v = Reflect::get(obj, &JsValue::from_str(key)).ok()?;
    if v.is_undefined() || v.is_null() {
        None
    } else {
        Some(v)
    }
}

/// `obj[key]` as a string.
pub fn get_string(obj: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
    match get(obj, key) {
        None => Ok(None),
        Some(v) => v
            .as_string()
            .map(Some)
            .ok_or_else(|| invalid_arg(&format!("{key} must be a string"))),
    }
}

/// `obj[key]` as a boolean (truthiness, like JS options).
pub fn get_bool(obj: &JsValue, key: &str) -> bool {
    get(obj, key).is_some_and(|v| v.is_truthy())
}

/// `obj[key]` as a non-negative number.
fn get_number(obj: &JsValue, key: &str) -> Result<Option<f64>, JsValue> {
    match get(obj, key) {
        None => Ok(None),
        Some(v) => match v.as_f64() {
            Some(n) if n >= 0.0 && n.is_finite() => Ok(Some(n)),
            _ => Err(invalid_arg(&format!(
                "{key} must be a non-negative finite number"
            ))),
        },
    }
}

/// The own enumerable `[key, value]` pairs of a plain object (`env`, `mounts`, `files`).
pub fn entries(obj: &JsValue, what: &str) -> Result<Vec<(String, JsValue)>, JsValue> {
    let Some(o) = obj.dyn_ref::<Object>() else {
        return Err(invalid_arg(&format!("{what} must be an object")));
    };
    let mut out = Vec::new();
    for pair in Object::entries(o).iter() {
        let key = Reflect::get_u32(&pair, 0)?.as_string().unwrap_or_default();
        out.push((key, Reflect::get_u32(&pair, 1)?));
    }
    Ok(out)
}

/// `env` as name/value pairs; values must be strings.
pub fn env(obj: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    let Some(env) = get(obj, "env") else {
        return Ok(Vec::new());
    };
    entries(&env, "env")?
        .into_iter()
        .map(|(k, v)| match v.as_string() {
            Some(s) => Ok((k, s)),
            None => Err(invalid_arg(&format!("env.{k} must be a string"))),
        })
        .collect()
}

/// File contents from a string (UTF-8), a `Uint8Array` or an `ArrayBuffer`.
pub fn bytes(v: &JsValue, what: &str) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = v.as_string() {
        return Ok(s.into_bytes());
    }
    if let Some(a) = v.dyn_ref::<Uint8Array>() {
        return Ok(a.to_vec());
    }
    if v.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(Uint8Array::new(v).to_vec());
    }
    Err(invalid_arg(&format!(
        "{what} must be a string, Uint8Array or ArrayBuffer"
    )))
}

/// `limits` over `base`: every field in the JS object overrides one of core's.
pub fn limits(obj: &JsValue, base: Limits) -> Result<Limits, JsValue> {
    let Some(l) = get(obj, "limits") else {
        return Ok(base);
    };
    let mut out = base;
    if let Some(n) = get_number(&l, "maxCommands")? {
        out.max_commands = n as u64;
    }
    if let Some(n) = get_number(&l, "maxLoopIterations")? {
        out.max_loop_iterations = n as u64;
    }
    if let Some(n) = get_number(&l, "maxCallDepth")? {
        out.max_call_depth = n as u32;
    }
    if let Some(n) = get_number(&l, "maxSubstitutionDepth")? {
        out.max_substitution_depth = n as u32;
    }
    if let Some(n) = get_number(&l, "maxOutputBytes")? {
        out.max_output_bytes = n as u64;
    }
    if let Some(n) = get_number(&l, "maxFileSize")? {
        out.max_file_size = n as u64;
    }
    if let Some(n) = get_number(&l, "maxBraceExpansion")? {
        out.max_brace_expansion = n as usize;
    }
    if let Some(n) = get_number(&l, "maxGlobMatches")? {
        out.max_glob_matches = n as usize;
    }
    if let Some(n) = get_number(&l, "wallTimeMs")? {
        out.wall_time = Some(Duration::from_secs_f64(n / 1000.0));
    }
    Ok(out)
}

/// A plain object from `[key, value]` pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// `"file"`, `"dir"` or `"symlink"`.
pub fn type_name(t: FileType) -> &'static str {
    match t {
        FileType::File => "file",
        FileType::Dir => "dir",
        FileType::Symlink => "symlink",
    }
}

/// The `Stats` object: `{ type, size, mode, mtimeMs, isFile, isDirectory, isSymbolicLink }`.
pub fn stats(meta: &Metadata) -> JsValue {
    let mtime = match meta.mtime {
        Some(t) => JsValue::from_f64(t.as_secs_f64() * 1000.0),
        None => JsValue::NULL,
    };
    object(&[
        ("type", JsValue::from_str(type_name(meta.file_type))),
        ("size", JsValue::from_f64(meta.size as f64)),
        ("mode", JsValue::from_f64(f64::from(meta.mode))),
        ("mtimeMs", mtime),
        (
            "isFile",
            JsValue::from_bool(meta.file_type == FileType::File),
        ),
        (
            "isDirectory",
            JsValue::from_bool(meta.file_type == FileType::Dir),
        ),
        (
            "isSymbolicLink",
            JsValue::from_bool(meta.file_type == FileType::Symlink),
        ),
    ])
}

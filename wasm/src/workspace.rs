//! The JS `Workspace` class: construction from a config object, `execute`, and the
//! file methods (`writeFile`, `readFile`, `readdir`, `stat`, `mkdir`, `rm`).

// Core's mount table holds `Arc<dyn DynBackend>`; on wasm32 backends need not be `Send`.
#![allow(clippy::arc_with_non_send_sync)]

use std::sync::Arc;

use bytes::Bytes;
use futures::FutureExt;
use js_sys::{Array, Promise, Uint8Array};
use mirage_core::vfs::path::normalize;
use mirage_core::vfs::{DynBackend, MemoryBackend, MountMode, MountTable};
use mirage_core::{CancelHandle, Clock, ErrorKind, ExecResult, ExecuteOptions, Limits};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::abort::AbortLink;
use crate::clock::JsClock;
use crate::error::{invalid_arg, to_js};
use crate::options::{self, get, get_bool, get_string, object};
use crate::types::{
    ExecuteOptionsJs, FileData, MkdirOptions, ReaddirOptions, RmOptions, WorkspaceConfig,
};

const HOME: &str = "/home/user";

/// A sandboxed bash-compatible shell over a virtual filesystem. Files and shell state
/// (variables, functions, cwd) persist across `execute` calls.
#[wasm_bindgen]
pub struct Workspace {
    ws: mirage_core::Workspace,
    /// The workspace's default limits: a call's `limits` override single fields of these.
    limits: Limits,
}

/// One mount read from the config.
struct MountSpec {
    point: String,
    backend: Arc<dyn DynBackend>,
    read_only: bool,
    ram: bool,
}

#[wasm_bindgen]
impl Workspace {
    /// Builds a workspace from `config` (see `WorkspaceConfig`). Throws a `TypeError` for a
    /// malformed config.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Option<WorkspaceConfig>) -> Result<Workspace, JsValue> {
        let config: JsValue = config.map(Into::into).unwrap_or(JsValue::UNDEFINED);
        let clock: Arc<dyn Clock> = Arc::new(JsClock);
        let mut mounts = match get(&config, "mounts") {
            Some(m) => options::entries(&m, "mounts")?
                .into_iter()
                .map(|(point, spec)| mount_spec(&point, &spec, &clock))
                .collect::<Result<Vec<_>, _>>()?,
            None => Vec::new(),
        };
        let default_root = !mounts.iter().any(|m| m.point == "/");
        if default_root {
            let root: Arc<dyn DynBackend> =
                Arc::new(MemoryBackend::new().with_clock(clock.clone()));
            for dir in ["tmp", "home", "home/user"] {
                make_dir(root.as_ref(), dir)?;
            }
            mounts.push(MountSpec {
                point: "/".into(),
                backend: root,
                read_only: false,
                ram: true,
            });
        }
        // Parents first, so each mount point can be made a folder in a RAM parent.
        mounts.sort_by_key(|m| m.point.matches('/').count() - usize::from(m.point == "/"));
        for i in 1..mounts.len() {
            let point = mounts[i].point.clone();
            let parent = mounts[..i]
                .iter()
                .rev()
                .find(|p| contains(&p.point, &point));
            if let Some(p) = parent
                && p.ram
            {
                let rel = point[p.point.len()..].trim_start_matches('/');
                make_dirs(p.backend.as_ref(), rel)?;
            }
        }
        let mut table = MountTable::new();
        for m in mounts {
            let mode = if m.read_only {
                MountMode::ReadOnly
            } else {
                MountMode::ReadWrite
            };
            table
                .mount(&m.point, m.backend, mode)
                .map_err(|e| to_js(&e))?;
        }
        let base = Limits {
            max_call_depth: crate::WASM_MAX_CALL_DEPTH,
            ..Limits::default()
        };
        let limits = options::limits(&config, base)?;
        let ws = mirage_core::Workspace::new(table)
            .with_clock(clock)
            .with_limits(limits.clone());
        for (key, value) in [("HOME", HOME), ("PATH", "/usr/bin:/bin"), ("USER", "user")] {
            ws.set_env(key, value);
        }
        for (key, value) in options::env(&config)? {
            ws.set_env(&key, &value);
        }
        let cwd = match get_string(&config, "cwd")? {
            Some(dir) => dir,
            None if immediate(ws.stat(HOME)).is_ok_and(|m| m.is_dir()) => HOME.to_string(),
            None => "/".to_string(),
        };
        immediate(ws.set_cwd(&cwd)).map_err(|e| to_js(&e))?;
        Ok(Workspace { ws, limits })
    }

    /// The workspace's working directory (changed by `cd` in a script without a per-call cwd).
    #[wasm_bindgen(getter)]
    pub fn cwd(&self) -> String {
        self.ws.cwd()
    }

    /// Runs a bash script. Resolves to an `ExecResult`; a failing command is a non-zero
    /// `exitCode`, not a rejection. Rejects only for malformed options, or with what an
    /// `onStdout` / `onStderr` callback threw.
    #[wasm_bindgen(unchecked_return_type = "Promise<ExecResult>")]
    pub fn execute(&self, script: String, options: Option<ExecuteOptionsJs>) -> Promise {
        let ws = self.ws.clone();
        let base = self.limits.clone();
        future_to_promise(async move {
            let opts: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
            let cancel = CancelHandle::new();
            let mut eo = ExecuteOptions {
                cwd: get_string(&opts, "cwd")?,
                env: options::env(&opts)?,
                cancel: Some(cancel.clone()),
                ..ExecuteOptions::default()
            };
            if let Some(stdin) = get(&opts, "stdin") {
                eo.stdin = Some(options::bytes(&stdin, "stdin")?);
            }
            if get(&opts, "limits").is_some() {
                eo.limits = Some(options::limits(&opts, base)?);
            }
            if let Some(args) = get(&opts, "args") {
                let Ok(args) = args.dyn_into::<Array>() else {
                    return Err(invalid_arg("args must be an array of strings"));
                };
                eo.args = args
                    .iter()
                    .map(|a| {
                        a.as_string()
                            .ok_or_else(|| invalid_arg("args must be strings"))
                    })
                    .collect::<Result<_, _>>()?;
            }
            let _link = match get(&opts, "signal") {
                Some(signal) => AbortLink::new(&signal, &cancel)?,
                None => None,
            };
            let r = crate::stream::execute(&ws, &script, eo, &opts).await?;
            Ok(result(&r))
        })
    }

    /// Creates or replaces a file with `data` (a string is written as UTF-8).
    #[wasm_bindgen(js_name = writeFile, unchecked_return_type = "Promise<void>")]
    pub fn write_file(&self, path: String, data: FileData) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let data = options::bytes(&data.into(), "data")?;
            ws.write_file(&path, Bytes::from(data))
                .await
                .map_err(|e| to_js(&e))?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Reads a whole file: a `Uint8Array`, or a string with `encoding` `"utf8"`.
    #[wasm_bindgen(
        js_name = readFile,
        unchecked_return_type = "Promise<Uint8Array | string>"
    )]
    pub fn read_file(&self, path: String, encoding: Option<String>) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let as_text = match encoding.as_deref() {
                None => false,
                Some("utf8" | "utf-8" | "UTF-8") => true,
                Some(other) => return Err(invalid_arg(&format!("unknown encoding {other}"))),
            };
            let data = ws.read_file(&path).await.map_err(|e| to_js(&e))?;
            Ok(if as_text {
                JsValue::from_str(&String::from_utf8_lossy(&data))
            } else {
                Uint8Array::from(&data[..]).into()
            })
        })
    }

    /// Lists a directory, sorted by name: names, or `DirEntry` objects with
    /// `{ withFileTypes: true }`.
    #[wasm_bindgen(unchecked_return_type = "Promise<string[] | DirEntry[]>")]
    pub fn readdir(&self, path: String, options: Option<ReaddirOptions>) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let opts: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
            let with_types = get_bool(&opts, "withFileTypes");
            let entries = ws.list(&path).await.map_err(|e| to_js(&e))?;
            let out = Array::new();
            for e in entries {
                if with_types {
                    let st = options::stats(&e.meta);
                    let _ = js_sys::Reflect::set(&st, &"name".into(), &e.name.into());
                    out.push(&st);
                } else {
                    out.push(&JsValue::from_str(&e.name));
                }
            }
            Ok(out.into())
        })
    }

    /// Metadata of a path (links followed).
    #[wasm_bindgen(unchecked_return_type = "Promise<Stats>")]
    pub fn stat(&self, path: String) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let meta = ws.stat(&path).await.map_err(|e| to_js(&e))?;
            Ok(options::stats(&meta))
        })
    }

    /// Creates a directory; with `{ recursive: true }` also its parents, and an existing
    /// directory is fine.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn mkdir(&self, path: String, options: Option<MkdirOptions>) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let opts: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
            let r = if get_bool(&opts, "recursive") {
                ws.create_dir_all(&path).await
            } else {
                ws.vfs().create_dir(&normalize(&ws.cwd(), &path)).await
            };
            r.map_err(|e| to_js(&e))?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Removes a file or an empty directory; `{ recursive: true }` removes a tree and
    /// `{ force: true }` ignores a missing path.
    #[wasm_bindgen(unchecked_return_type = "Promise<void>")]
    pub fn rm(&self, path: String, options: Option<RmOptions>) -> Promise {
        let ws = self.ws.clone();
        future_to_promise(async move {
            let opts: JsValue = options.map(Into::into).unwrap_or(JsValue::UNDEFINED);
            match ws.remove(&path, get_bool(&opts, "recursive")).await {
                Ok(()) => Ok(JsValue::UNDEFINED),
                Err(e) if e.kind() == ErrorKind::NotFound && get_bool(&opts, "force") => {
                    Ok(JsValue::UNDEFINED)
                }
                Err(e) => Err(to_js(&e)),
            }
        })
    }
}

/// The `ExecResult` object.
fn result(r: &ExecResult) -> JsValue {
    object(&[
        (
            "stdout",
            JsValue::from_str(&String::from_utf8_lossy(&r.stdout)),
        ),
        (
            "stderr",
            JsValue::from_str(&String::from_utf8_lossy(&r.stderr)),
        ),
        ("exitCode", JsValue::from_f64(f64::from(r.exit_code))),
        ("stdoutBytes", Uint8Array::from(&r.stdout[..]).into()),
        ("stderrBytes", Uint8Array::from(&r.stderr[..]).into()),
        ("aborted", JsValue::from_bool(r.aborted)),
        ("limitExceeded", JsValue::from_bool(r.limit_exceeded)),
        ("exited", JsValue::from_bool(r.exited)),
    ])
}

/// Reads one `mounts` entry and builds its backend (RAM, with its `files` loaded).
fn mount_spec(point: &str, spec: &JsValue, clock: &Arc<dyn Clock>) -> Result<MountSpec, JsValue> {
    let point = normalize("/", point);
    let kind = get_string(spec, "type")?.unwrap_or_else(|| "ram".into());
    if kind == "s3" {
        return Ok(MountSpec {
            backend: crate::s3::js::backend(spec, &point)?,
            point,
            read_only: get_bool(spec, "readOnly"),
            ram: false,
        });
    }
    if kind != "ram" {
        let e = mirage_core::Error::new(ErrorKind::Unsupported)
            .with_path(point)
            .with_detail(format!(
                "mount type {kind:?} is not supported (\"ram\" or \"s3\")"
            ));
        return Err(to_js(&e));
    }
    let backend: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new().with_clock(clock.clone()));
    if let Some(files) = get(spec, "files") {
        for (path, data) in options::entries(&files, "files")? {
            let rel = normalize("/", &path);
            let rel = rel.trim_start_matches('/');
            if rel.is_empty() {
                return Err(invalid_arg(&format!("files: {path:?} is not a file path")));
            }
            if let Some((parent, _)) = rel.rsplit_once('/') {
                make_dirs(backend.as_ref(), parent)?;
            }
            let data = options::bytes(&data, &format!("files[{path:?}]"))?;
            immediate(backend.write(rel, Bytes::from(data)))
                .map_err(|e| to_js(&e.with_path(format!("{point}/{rel}"))))?;
        }
    }
    Ok(MountSpec {
        point,
        backend,
        read_only: get_bool(spec, "readOnly"),
        ram: true,
    })
}

/// Creates `rel` (relative to the backend root) and its parents.
fn make_dirs(backend: &dyn DynBackend, rel: &str) -> Result<(), JsValue> {
    let mut prefix = String::new();
    for comp in rel.split('/').filter(|c| !c.is_empty()) {
        if !prefix.is_empty() {
            prefix.push('/');
        }
        prefix.push_str(comp);
        make_dir(backend, &prefix)?;
    }
    Ok(())
}

/// Creates one directory; an existing one is fine.
fn make_dir(backend: &dyn DynBackend, rel: &str) -> Result<(), JsValue> {
    match immediate(backend.create_dir(rel)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(to_js(&e.with_path(format!("/{rel}")))),
    }
}

/// Runs a future the RAM backend answers at once (the constructor is synchronous).
fn immediate<T>(
    fut: impl std::future::Future<Output = mirage_core::Result<T>>,
) -> mirage_core::Result<T> {
    fut.now_or_never().unwrap_or_else(|| {
        Err(mirage_core::Error::new(ErrorKind::Unsupported)
            .with_detail("a mount needs an asynchronous set-up"))
    })
}

/// True when mount point `outer` contains `inner`.
fn contains(outer: &str, inner: &str) -> bool {
    outer == "/" || inner.starts_with(&format!("{outer}/"))
}

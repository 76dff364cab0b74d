//! Rust-side tests of the JS API of `Workspace`, run under node by `wasm-bindgen-test-runner`
//! (scripts/test: `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo
//! test -p mirage-wasm --target wasm32-unknown-unknown`). They call the exported methods the
//! way JS does: plain objects in, promises out, `Error`s with a `code` on failure.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, JSON, Object, Promise, Reflect, Uint8Array};
use mirage_wasm::Workspace;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::AbortController;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(f: &Function, ms: i32) -> JsValue;
}

/// A JS value from JSON text (configs and options).
fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|e| panic!("bad JSON {json}: {e:?}"))
}

fn set(obj: &JsValue, key: &str, value: &JsValue) {
    Reflect::set(obj, &key.into(), value).expect("set a property");
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &key.into()).expect("get a property")
}

fn text(obj: &JsValue, key: &str) -> String {
    field(obj, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} is not a string"))
}

fn workspace(config: &str) -> Workspace {
    Workspace::new(Some(js(config).unchecked_into())).expect("workspace")
}

async fn settle(p: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(p).await
}

async fn run_with(ws: &Workspace, script: &str, opts: JsValue) -> JsValue {
    settle(ws.execute(script.into(), Some(opts.unchecked_into())))
        .await
        .expect("execute resolves")
}

async fn run(ws: &Workspace, script: &str) -> JsValue {
    settle(ws.execute(script.into(), None))
        .await
        .expect("execute resolves")
}

fn exit_code(r: &JsValue) -> i64 {
    field(r, "exitCode").as_f64().expect("exitCode is a number") as i64
}

/// The `code` of the `Error` a promise rejects with.
async fn code_of(p: Promise) -> String {
    match settle(p).await {
        Ok(v) => panic!("expected a rejection, got {v:?}"),
        Err(e) => {
            assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}");
            text(&e, "code")
        }
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// An `AbortController` aborted `ms` milliseconds from now.
fn abort_after(ms: i32) -> AbortController {
    let ac = AbortController::new().expect("AbortController");
    let later = ac.clone();
    let f = Closure::once_into_js(move || later.abort());
    set_timeout(f.unchecked_ref(), ms);
    ac
}

fn bytes(v: &JsValue) -> Vec<u8> {
    v.dyn_ref::<Uint8Array>().expect("a Uint8Array").to_vec()
}

#[wasm_bindgen_test]
async fn execute_collects_stdout_stderr_and_status() {
    let ws = workspace("{}");
    let r = run(&ws, "echo hello | tr a-z A-Z; echo oops >&2; exit 3").await;
    assert_eq!(text(&r, "stdout"), "HELLO\n");
    assert_eq!(text(&r, "stderr"), "oops\n");
    assert_eq!(exit_code(&r), 3);
    assert_eq!(bytes(&field(&r, "stdoutBytes")), b"HELLO\n");
    assert_eq!(bytes(&field(&r, "stderrBytes")), b"oops\n");
    assert_eq!(field(&r, "exited"), JsValue::TRUE);
    assert_eq!(field(&r, "aborted"), JsValue::FALSE);
    let r = run(&ws, "nosuch").await;
    assert_eq!(exit_code(&r), 127);
    assert!(text(&r, "stderr").contains("nosuch: command not found"));
    assert_eq!(exit_code(&run(&ws, "if then").await), 2);
}

#[wasm_bindgen_test]
async fn execute_with_cwd_env_stdin_and_args() {
    let ws = workspace(
        r#"{"env": {"GREETING": "hi"}, "mounts": {"/": {"type": "ram", "files": {"/w/a.txt": "b\na\nc\n"}}}}"#,
    );
    let opts = js(r#"{"cwd": "/w", "env": {"X": "1"}, "stdin": "zz\n", "args": ["p1", "p2"]}"#);
    let r = run_with(
        &ws,
        r#"pwd; echo "$GREETING $X $1 $2"; sort a.txt | head -n 1; cat"#,
        opts,
    )
    .await;
    assert_eq!(text(&r, "stdout"), "/w\nhi 1 p1 p2\na\nzz\n");
    // Per-call cwd and env do not persist; `cd` and variables of a script do.
    let r = run(&ws, r#"pwd; echo "[$X]"; cd /w; KEPT=yes"#).await;
    assert_eq!(text(&r, "stdout"), "/\n[]\n");
    assert_eq!(
        text(&run(&ws, "pwd; echo $KEPT").await, "stdout"),
        "/w\nyes\n"
    );
    assert_eq!(ws.cwd(), "/w");
    // Binary stdin as a Uint8Array.
    let opts = Object::new();
    set(
        &opts,
        "stdin",
        &Uint8Array::from(&[0u8, 1, 2, 255][..]).into(),
    );
    let r = run_with(&ws, "wc -c", opts.into()).await;
    assert_eq!(text(&r, "stdout"), "4\n");
}

#[wasm_bindgen_test]
async fn utf8_and_binary_stdout() {
    let ws = workspace("{}");
    let r = run(&ws, "printf 'héllo → 😀\\n'").await;
    assert_eq!(text(&r, "stdout"), "héllo → 😀\n");
    assert_eq!(bytes(&field(&r, "stdoutBytes")), "héllo → 😀\n".as_bytes());
    // Bytes that are not UTF-8 are exact in stdoutBytes, U+FFFD in stdout.
    let r = run(&ws, r"printf '\x00\xff\xfeA'").await;
    assert_eq!(bytes(&field(&r, "stdoutBytes")), [0u8, 0xff, 0xfe, b'A']);
    assert_eq!(text(&r, "stdout"), "\0\u{FFFD}\u{FFFD}A");
}

#[wasm_bindgen_test]
async fn limits_stop_runs_with_124() {
    // A small call depth: a debug build's frames are large.
    let ws = workspace(r#"{"limits": {"maxLoopIterations": 100, "maxCallDepth": 20}}"#);
    let r = run(&ws, "while :; do :; done").await;
    assert_eq!(exit_code(&r), 124);
    assert_eq!(field(&r, "limitExceeded"), JsValue::TRUE);
    let r = run(&ws, "f() { f; }; f").await;
    assert_eq!(exit_code(&r), 124);
    let r = run_with(
        &ws,
        "while :; do :; done",
        js(r#"{"limits": {"maxLoopIterations": 1e12, "wallTimeMs": 50}}"#),
    )
    .await;
    assert_eq!(exit_code(&r), 124);
    assert!(
        text(&r, "stderr").contains("wall time"),
        "{}",
        text(&r, "stderr")
    );
    let r = run_with(
        &ws,
        "yes | head -c 10000",
        js(r#"{"limits": {"maxOutputBytes": 100}}"#),
    )
    .await;
    assert_eq!(exit_code(&r), 124);
    assert_eq!(text(&run(&ws, "echo ok").await, "stdout"), "ok\n");
}

/// Aborts `script` after 50 ms; checks it stopped with 130 within 200 ms of the abort.
async fn assert_aborts(script: &str) {
    let ws = workspace("{}");
    let ac = abort_after(50);
    let opts = Object::new();
    set(&opts, "signal", &ac.signal());
    let t0 = now();
    let r = run_with(&ws, script, opts.into()).await;
    let late = now() - t0 - 50.0;
    assert_eq!(exit_code(&r), 130, "{script}");
    assert_eq!(field(&r, "aborted"), JsValue::TRUE);
    assert_eq!(text(&r, "stdout"), "");
    assert!(late < 200.0, "{script}: abort took {late} ms");
    // The workspace stays usable.
    assert_eq!(text(&run(&ws, "echo after").await, "stdout"), "after\n");
}

#[wasm_bindgen_test]
async fn abort_stops_a_busy_loop() {
    assert_aborts("while true; do :; done; echo not reached").await;
}

#[wasm_bindgen_test]
async fn abort_stops_sleep() {
    assert_aborts("sleep 100; echo not reached").await;
}

#[wasm_bindgen_test]
async fn abort_stops_a_pipeline() {
    // Not `yes | grep -c y`: grep reads all of its stdin before matching (core issue).
    assert_aborts("yes | cat | wc -l; echo not reached").await;
}

#[wasm_bindgen_test]
async fn an_aborted_signal_runs_nothing() {
    let ws = workspace("{}");
    let ac = AbortController::new().expect("AbortController");
    ac.abort();
    let opts = Object::new();
    set(&opts, "signal", &ac.signal());
    let r = run_with(&ws, "echo x > /tmp/f", opts.into()).await;
    assert_eq!(exit_code(&r), 130);
    assert_eq!(code_of(ws.stat("/tmp/f".into())).await, "ENOENT");
}

#[wasm_bindgen_test]
async fn file_methods() {
    let ws = workspace("{}");
    settle(ws.mkdir(
        "/p/src".into(),
        Some(js(r#"{"recursive": true}"#).unchecked_into()),
    ))
    .await
    .expect("mkdir -p");
    settle(ws.write_file(
        "/p/src/a.txt".into(),
        JsValue::from_str("needle\n").unchecked_into(),
    ))
    .await
    .expect("writeFile string");
    let data = Uint8Array::from(&[0u8, 159, 146, 150][..]);
    settle(ws.write_file("/p/bin".into(), JsValue::from(data).unchecked_into()))
        .await
        .expect("writeFile bytes");
    let got = settle(ws.read_file("/p/bin".into(), None))
        .await
        .expect("readFile");
    assert_eq!(bytes(&got), [0u8, 159, 146, 150]);
    let got = settle(ws.read_file("/p/src/a.txt".into(), Some("utf8".into())))
        .await
        .expect("readFile utf8");
    assert_eq!(got.as_string().as_deref(), Some("needle\n"));
    let r = run(&ws, "grep -rn needle /p").await;
    assert_eq!(text(&r, "stdout"), "/p/src/a.txt:1:needle\n");

    let names = settle(ws.readdir("/p".into(), None))
        .await
        .expect("readdir");
    let names: Vec<String> = Array::from(&names)
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    assert_eq!(names, ["bin", "src"]);
    let ents = settle(ws.readdir(
        "/p".into(),
        Some(js(r#"{"withFileTypes": true}"#).unchecked_into()),
    ))
    .await
    .expect("readdir withFileTypes");
    let ents: Vec<(String, String)> = Array::from(&ents)
        .iter()
        .map(|e| (text(&e, "name"), text(&e, "type")))
        .collect();
    assert_eq!(
        ents,
        [("bin".into(), "file".into()), ("src".into(), "dir".into())]
    );

    let st = settle(ws.stat("/p/bin".into())).await.expect("stat");
    assert_eq!(field(&st, "size").as_f64(), Some(4.0));
    assert_eq!(field(&st, "isFile"), JsValue::TRUE);
    assert_eq!(field(&st, "isDirectory"), JsValue::FALSE);
    let mtime = field(&st, "mtimeMs").as_f64().expect("an mtime");
    assert!((mtime - now()).abs() < 60_000.0, "mtime {mtime}");

    assert_eq!(code_of(ws.rm("/p".into(), None)).await, "ENOTEMPTY");
    settle(ws.rm(
        "/p".into(),
        Some(js(r#"{"recursive": true}"#).unchecked_into()),
    ))
    .await
    .expect("rm -r");
    assert_eq!(code_of(ws.stat("/p".into())).await, "ENOENT");
    settle(ws.rm("/p".into(), Some(js(r#"{"force": true}"#).unchecked_into())))
        .await
        .expect("rm -f of a missing path");
}

#[wasm_bindgen_test]
async fn errors_carry_codes() {
    let ws = workspace(
        r#"{"mounts": {"/": {"type": "ram"}, "/ro": {"type": "ram", "readOnly": true, "files": {"/x.txt": "ro\n"}}}}"#,
    );
    let text_data = || JsValue::from_str("x").unchecked_into();
    assert_eq!(code_of(ws.read_file("/nope".into(), None)).await, "ENOENT");
    assert_eq!(code_of(ws.read_file("/ro".into(), None)).await, "EISDIR");
    assert_eq!(
        code_of(ws.write_file("/ro/x.txt".into(), text_data())).await,
        "EROFS"
    );
    assert_eq!(
        code_of(ws.write_file("/a/b".into(), text_data())).await,
        "ENOENT"
    );
    assert_eq!(
        code_of(ws.readdir("/ro/x.txt".into(), None)).await,
        "ENOTDIR"
    );
    assert_eq!(code_of(ws.mkdir("/ro/d".into(), None)).await, "EROFS");
    settle(ws.mkdir("/e".into(), None)).await.expect("mkdir");
    assert_eq!(code_of(ws.mkdir("/e".into(), None)).await, "EEXIST");
    let e = settle(ws.read_file("/nope".into(), None))
        .await
        .expect_err("ENOENT");
    assert_eq!(text(&e, "path"), "/nope");
    assert!(text(&e, "message").starts_with("ENOENT: "));
    assert_eq!(
        code_of(ws.read_file("/ro/x.txt".into(), Some("latin9".into()))).await,
        "EINVAL"
    );
    // Malformed options reject with a TypeError.
    let e = settle(ws.execute(
        "true".into(),
        Some(js(r#"{"env": {"A": 1}}"#).unchecked_into()),
    ))
    .await
    .expect_err("bad env");
    assert!(e.is_instance_of::<js_sys::TypeError>());
    // Constructor errors throw.
    let err = |config: &str| match Workspace::new(Some(js(config).unchecked_into())) {
        Ok(_) => panic!("{config} was accepted"),
        Err(e) => text(&e, "code"),
    };
    assert_eq!(err(r#"{"cwd": "/nope"}"#), "ENOENT");
    assert_eq!(err(r#"{"env": {"A": 1}}"#), "EINVAL");
    // In a script, the same failures are messages and statuses.
    let r = run(&ws, "echo no > /ro/y.txt").await;
    assert_eq!(exit_code(&r), 1);
    assert!(text(&r, "stderr").contains("Read-only file system"));
}

/// What a recording callback received: each chunk with the time of the call.
type Received = Rc<RefCell<Vec<(JsValue, f64)>>>;

/// Collects what a callback receives, with the time of each call.
fn recorder() -> (Function, Received) {
    let got = Rc::new(RefCell::new(Vec::new()));
    let sink = got.clone();
    let f = Closure::<dyn FnMut(JsValue)>::new(move |chunk: JsValue| {
        sink.borrow_mut().push((chunk, now()));
    });
    (f.into_js_value().unchecked_into(), got)
}

#[wasm_bindgen_test]
async fn streaming_delivers_output_as_it_is_produced() {
    let ws = workspace("{}");
    let (on_stdout, got) = recorder();
    let opts = Object::new();
    set(&opts, "onStdout", &on_stdout);
    let t0 = now();
    let r = run_with(
        &ws,
        "for i in 1 2 3; do echo $i; sleep 0.1; done; echo err >&2",
        opts.into(),
    )
    .await;
    let end = now();
    let got = got.borrow();
    let chunks: Vec<Vec<u8>> = got.iter().map(|(c, _)| bytes(c)).collect();
    assert_eq!(chunks, [b"1\n".to_vec(), b"2\n".to_vec(), b"3\n".to_vec()]);
    // Each chunk came about 100 ms after the previous one, all before the promise resolved.
    let times: Vec<f64> = got.iter().map(|(_, t)| t - t0).collect();
    assert!(times[0] < 80.0, "{times:?}");
    assert!(times[1] >= 90.0 && times[2] >= 190.0, "{times:?}");
    assert!(end - t0 >= 290.0);
    // A streamed stream is not kept; the other one is.
    assert_eq!(text(&r, "stdout"), "");
    assert_eq!(text(&r, "stderr"), "err\n");
    assert_eq!(exit_code(&r), 0);
}

#[wasm_bindgen_test]
async fn streaming_utf8_chunks_and_stderr() {
    let ws = workspace("{}");
    let (on_stdout, out) = recorder();
    let (on_stderr, err) = recorder();
    let opts = js(r#"{"chunkEncoding": "utf8"}"#);
    set(&opts, "onStdout", &on_stdout);
    set(&opts, "onStderr", &on_stderr);
    // A character split across two writes reaches JS whole.
    let r = run_with(
        &ws,
        r"printf '\xe2\x82'; printf '\xac!\n'; echo é >&2",
        opts,
    )
    .await;
    let strings = |v: &Received| -> String {
        v.borrow()
            .iter()
            .map(|(c, _)| c.as_string().expect("a string chunk"))
            .collect()
    };
    assert_eq!(strings(&out), "€!\n");
    assert!(
        out.borrow()
            .iter()
            .all(|(c, _)| c.as_string().is_some_and(|s| !s.contains('\u{FFFD}')))
    );
    assert_eq!(strings(&err), "é\n");
    assert_eq!(text(&r, "stdout"), "");
    assert_eq!(text(&r, "stderr"), "");
}

#[wasm_bindgen_test]
async fn a_throwing_callback_stops_the_run() {
    let ws = workspace("{}");
    let opts = Object::new();
    let thrower = Function::new_with_args("chunk", "throw new Error('stop here')");
    set(&opts, "onStdout", &thrower);
    let t0 = now();
    let e = settle(ws.execute(
        "while :; do echo x; done".into(),
        Some(JsValue::from(opts).unchecked_into()),
    ))
    .await
    .expect_err("the callback's error");
    assert_eq!(text(&e, "message"), "stop here");
    assert!(now() - t0 < 1000.0);
    let e = settle(ws.execute(
        "true".into(),
        Some(js(r#"{"onStdout": 1}"#).unchecked_into()),
    ))
    .await
    .expect_err("not a function");
    assert!(e.is_instance_of::<js_sys::TypeError>());
}

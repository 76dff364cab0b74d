//! mirage for browsers, edge workers and node: a `wasm-bindgen` facade over mirage-core.
//!
//! The JS side sees one class, `Workspace`: a sandboxed bash-compatible shell over a
//! virtual filesystem that lives in the page.
//!
//! ```js
//! import { Workspace } from "mirage-wasm";
//! const ws = new Workspace({ mounts: { "/": { type: "ram", files: { "/a.txt": "hi\n" } } } });
//! const r = await ws.execute("cat /a.txt | tr a-z A-Z");
//! r.stdout; // "HI\n"
//! ```
//!
//! This crate holds no shell semantics: options are read (`options`), a run is handed to
//! [`mirage_core::Workspace`], and results and errors ([`error`]) are turned into JS values.
//! Time comes from `clock::JsClock`; an `AbortSignal` fires a core cancel handle
//! (`abort`). Output can be streamed to callbacks as it is produced
//! (`stream`); a long run gives the JS event loop turns (`turns`).

// The bindings need a JS host: natively only the target-independent parts build (so the
// workspace's native `cargo test` and clippy pass over this crate).
#[cfg(target_arch = "wasm32")]
pub mod abort;
#[cfg(target_arch = "wasm32")]
pub mod clock;
pub mod error;
#[cfg(target_arch = "wasm32")]
pub mod options;
pub mod s3;
#[cfg(target_arch = "wasm32")]
mod stream;
#[cfg(target_arch = "wasm32")]
mod turns;
#[cfg(target_arch = "wasm32")]
mod types;
pub mod utf8;
#[cfg(target_arch = "wasm32")]
mod workspace;

#[cfg(target_arch = "wasm32")]
pub use workspace::Workspace;

/// Shadow-stack size linked into the `.wasm` (see `build.rs`; wasm32's default is 1 MiB):
/// nesting (function calls, substitutions) is evaluated by nested futures.
pub const WASM_STACK_SIZE: usize = 16 << 20;

/// The call-depth default in wasm. Nested polls also use the JS engine's native stack
/// (about 1 MB in V8, node and Chromium alike): a release build reaches 150 levels of shell
/// function calls and traps with `RangeError` at 200, so the default stops recursion at 100
/// with a limit message (status 124) instead. Raise it only with a bigger engine stack
/// (`node --stack-size=...`).
pub const WASM_MAX_CALL_DEPTH: u32 = 100;

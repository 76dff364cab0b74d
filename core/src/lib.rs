//! mirage-core: a sandboxed, bash-compatible shell over a virtual filesystem.
//!
//! No process is ever spawned and no OS API is used: the shell, its commands and the
//! filesystem all run in-process over an async, futures-only backend trait, so this crate
//! also builds for `wasm32-unknown-unknown`.

pub mod eval;
pub mod syntax;

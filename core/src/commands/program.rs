//! Commands the embedder supplies at run time rather than at compile time: the host's WASI
//! tools (`--tool NAME=PATH.wasm`, and `.wasm` files on executable mounts). A [`Program`]
//! runs with the same [`Ctx`] as a built-in command; a [`ProgramLoader`] turns an
//! executable file in the VFS into a program when the shell runs it by path or `PATH`.

use std::sync::Arc;

use bytes::Bytes;

use crate::commands::Ctx;
use crate::error::Result;
use crate::sync::{BoxFuture, MaybeSend, MaybeSync};

/// A command supplied by the embedder.
pub trait Program: MaybeSend + MaybeSync {
    /// Runs the program; the status is its exit code. `Err` only for what stops the shell
    /// (cancellation, limits), like a built-in command.
    fn run<'a, 'b>(&'a self, ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>>;
}

/// Turns executable files into programs (for example WebAssembly components).
pub trait ProgramLoader: MaybeSend + MaybeSync {
    /// The file-name suffix of such programs (`.wasm`): `PATH` lookup of `NAME` also tries
    /// `NAME` + suffix.
    fn suffix(&self) -> &str;

    /// True if `data` (the start of an executable file) is a program this loader runs.
    fn recognizes(&self, data: &[u8]) -> bool;

    /// Loads the program in file `path` (its whole content is `data`). `Err` says why it
    /// cannot run (a `PermissionDenied` error for a file outside an executable mount).
    fn load<'a>(&'a self, path: &'a str, data: Bytes) -> BoxFuture<'a, Result<Arc<dyn Program>>>;
}

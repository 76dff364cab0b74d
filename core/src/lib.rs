//! mirage-core: a sandboxed, bash-compatible shell over a virtual filesystem.
//!
//! No process is ever spawned and no OS API is used: the shell, its commands and the
//! filesystem all run in-process over an async, futures-only backend trait, so this crate
//! also builds for `wasm32-unknown-unknown`.
//!
//! Start with [`Workspace`]: mount backends into a [`vfs::MountTable`], then
//! [`Workspace::execute`] scripts.

pub mod cancel;
pub mod clock;
pub mod commands;
pub mod error;
pub mod eval;
pub mod io;
pub mod limits;
pub mod sync;
pub mod syntax;
pub mod time;
pub mod vfs;
mod workspace;

pub use cancel::CancelHandle;
pub use clock::Clock;
pub use error::{Error, ErrorKind, Result};
pub use limits::Limits;
pub use workspace::{ExecResult, ExecuteOptions, Workspace};

//! mirage-host: everything behind the `mirage` binary, as a library so tests and the
//! benchmark example can use it.
//!
//! - [`clock::TokioClock`]: the host [`mirage_core::Clock`].
//! - [`disk::DiskBackend`]: a backend confined to a host folder.
//! - [`mounts`]: `--mount PATH=SPEC[,ro]` parsing and building the mount table.
//! - [`cli`], [`run`], [`repl`]: the command line, `mirage exec` and `mirage shell`.

pub mod clock;
pub mod disk;

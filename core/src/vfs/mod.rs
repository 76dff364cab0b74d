//! The virtual filesystem: the backend trait, the mount table and the facade the shell uses.

pub mod backend;

pub use backend::{Backend, Capability, DirEntry, DynBackend, FileType, Metadata, WalkEntry};

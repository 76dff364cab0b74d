//! The virtual filesystem: the backend trait, the mount table and the facade the shell uses.

pub mod backend;
pub mod contract;
pub mod fs;
pub mod layer;
pub mod memory;
pub mod mount;
pub mod objects;
pub mod path;

pub use backend::{
    Backend, Capability, DirEntry, DynBackend, FileType, Metadata, WalkEntry, final_link_error,
};
pub use fs::Vfs;
pub use layer::{Counters, CountersSnapshot, CountingLayer};
pub use memory::{MemoryBackend, MemoryLimits, MemoryUsage};
pub use mount::{Mount, MountMode, MountTable};

//! Layers: backends that wrap another backend to add behaviour (counting, ...).

pub mod counting;

pub use counting::{Counters, CountersSnapshot, CountingLayer};

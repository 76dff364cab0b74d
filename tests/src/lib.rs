//! Shared test support for mirage.
//!
//! [`spec`] parses the Oils-style case files under `tests/spec/` and runs them either through
//! mirage-core or, in oracle mode, under real bash; [`process`] runs real programs (bash, the
//! `mirage` binary) for the oracle and for the file-mode conformance suite; [`servers`] starts
//! the real Redis and S3 servers the backend tests run against.

pub mod process;
pub mod servers;
pub mod spec;

//! Shared test support for mirage: the spec-case runner and the backend contract suite.
//!
//! [`spec`] parses the Oils-style case files under `tests/spec/` and runs them either through
//! mirage-core or, in oracle mode, under real bash.

pub mod spec;

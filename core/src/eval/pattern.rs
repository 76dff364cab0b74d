//! Glob patterns (work in progress).

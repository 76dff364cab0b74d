//! Brace expansion (work in progress).

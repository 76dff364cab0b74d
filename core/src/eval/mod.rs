//! Evaluation building blocks: arithmetic, glob patterns and brace expansion.
//!
//! These are pure functions over text and AST words; the evaluator proper calls
//! them while expanding words and running commands.

pub mod arith;
pub mod brace;
pub mod pattern;

//! The evaluator: walks the AST over shell state, expanding words and running commands.

pub mod arith;
pub mod brace;
pub mod builtins;
pub mod command;
mod cond;
mod glob;
pub mod jobs;
pub mod pattern;
mod redirect;
mod script;
pub mod shell;
pub mod spawn;
pub mod state;
pub mod word;

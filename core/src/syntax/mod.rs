//! Lexing and parsing: shell text in, [`ast::Script`] or a bash-style [`ast::ParseError`] out.
//!
//! The parser is total: every input yields an AST or an error, never a panic.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod print;
pub mod token;

pub use parser::{parse, parse_assignment_word};

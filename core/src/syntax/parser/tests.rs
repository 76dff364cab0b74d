//! Parser tests: grammar coverage, AST shapes, bash's error messages, and a
//! no-panic fuzz loop.

use super::super::ast::*;
use super::parse;

fn err(src: &str) -> (String, u32) {
    match parse(src) {
        Ok(s) => panic!("expected an error for {src:?}, got {s:#?}"),
        Err(e) => (e.message, e.line),
    }
}

#[test]
fn debug_dump() {
    for src in [
        "echo hi",
    ] {
        println!("{src:?} => {:#?}", parse(src));
    }
}

//! Printer tests: bash 5.2's `declare -f` output, hard-coded after checking it.

use super::super::ast::{Command, FunctionDef, List};
use super::super::parse;
use super::function_definition;

/// Every function defined at the top level of `list`, in order.
fn functions(list: &List) -> Vec<&FunctionDef> {
    let mut out = Vec::new();
    for item in &list.items {
        let and_or = &item.and_or;
        for p in std::iter::once(&and_or.first).chain(and_or.rest.iter().map(|(_, p)| p)) {
            for c in &p.commands {
                if let Command::FunctionDef(f) = c {
                    out.push(f);
                }
            }
        }
    }
    out
}

/// What `declare -f` prints for the functions defined by `src`, sorted by name.
fn declare_f(src: &str) -> String {
    let script = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    let mut fs = functions(&script.body);
    fs.sort_by(|a, b| a.name.cmp(&b.name));
    fs.iter()
        .map(|f| format!("{}\n", function_definition(f)))
        .collect()
}

/// Development aid: `PRINT_CASES=file cargo test -p mirage-core dump -- --ignored`.
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("PRINT_CASES") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::write(format!("{path}.out"), declare_f(&src));
}

//! Properties every registered command must have, whatever it does: `--help` prints usage
//! text (with status 0, or with the tool's error status where the real tool does that, like
//! Debian's `which` and `xxd`), `--version` prints something and exits
//! 0, and an unknown long option is a usage error (non-zero status and a message on stderr,
//! naming the command).

use futures::executor::block_on;
use mirage_core::commands::Registry;
use mirage_core::{ExecuteOptions, Workspace};

/// Names the shell's builtins shadow even behind `command` (their own spec cases cover them).
fn shadowed(name: &str) -> bool {
    matches!(name, "true" | "false" | "[" | "test" | "echo" | "printf")
}

#[test]
fn every_command_answers_help_and_version() {
    let ws = Workspace::default_skeleton();
    let names = Registry::builtin().names();
    assert!(!names.is_empty());
    for name in names.into_iter().filter(|n| !shadowed(n)) {
        let r = block_on(ws.execute(&format!("command {name} --help"), ExecuteOptions::default()));
        let (out, err) = (
            String::from_utf8_lossy(&r.stdout),
            String::from_utf8_lossy(&r.stderr),
        );
        let usage = |t: &str| t.contains("Usage") || t.contains("usage") || t.contains("USAGE");
        if r.exit_code == 0 {
            assert!(usage(&out), "{name} --help prints no usage text: {out:?}");
        } else {
            assert!(
                usage(&err) || usage(&out),
                "{name} --help: status {} and {err:?}",
                r.exit_code
            );
        }
        let r = block_on(ws.execute(
            &format!("command {name} --version"),
            ExecuteOptions::default(),
        ));
        // Debian's which has no --version (usage, status 2), like the real one.
        if name != "which" {
            assert_eq!(r.exit_code, 0, "{name} --version: status {}", r.exit_code);
        }
        assert!(
            !r.stdout.is_empty() || !r.stderr.is_empty(),
            "{name} --version prints nothing"
        );
    }
}

#[test]
fn unknown_options_are_usage_errors() {
    let ws = Workspace::default_skeleton();
    for name in Registry::builtin().names() {
        // Commands that take any word as data are exempt, and xxd, which (like the real
        // one) ignores long options it does not know.
        if shadowed(name) || matches!(name, "expr" | "yes" | "xxd") {
            continue;
        }
        let script = format!("command {name} --no-such-option-xyz < /dev/null");
        let r = block_on(ws.execute(&script, ExecuteOptions::default()));
        let err = String::from_utf8_lossy(&r.stderr);
        assert_ne!(r.exit_code, 0, "{name}: status 0 for an unknown option");
        // GNU's gunzip and zcat are scripts that run gzip, whose name is in the message;
        // Debian's which says only `Illegal option --`.
        let shown = match name {
            "gunzip" | "zcat" => "gzip",
            "which" => "Illegal option",
            n => n,
        };
        assert!(err.contains(shown), "{name}: unexpected message {err:?}");
    }
}

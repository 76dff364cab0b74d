//! Properties every registered command must have, whatever it does: `--help` prints usage
//! text on stdout and exits 0, `--version` exits 0, an unknown long option is a usage error
//! (non-zero status and a message naming the command on stderr).

use futures::executor::block_on;
use mirage_core::commands::Registry;
use mirage_core::{ExecuteOptions, Workspace};

/// Commands whose `--help` the shell's builtin of the same name shadows.
fn answers_help(name: &str) -> bool {
    !matches!(name, "true" | "false" | "[" | "test" | "echo" | "printf")
}

#[test]
fn every_command_answers_help_and_version() {
    let ws = Workspace::default_skeleton();
    let names = Registry::builtin().names();
    assert!(!names.is_empty());
    for name in names.into_iter().filter(|n| answers_help(n)) {
        let r = block_on(ws.execute(&format!("command {name} --help"), ExecuteOptions::default()));
        let out = String::from_utf8_lossy(&r.stdout);
        assert_eq!(r.exit_code, 0, "{name} --help: status {}", r.exit_code);
        assert!(
            out.contains("Usage") || out.contains("usage") || out.contains("USAGE"),
            "{name} --help prints no usage text: {out:?}"
        );
        let r = block_on(ws.execute(
            &format!("command {name} --version"),
            ExecuteOptions::default(),
        ));
        assert_eq!(r.exit_code, 0, "{name} --version: status {}", r.exit_code);
        assert!(!r.stdout.is_empty(), "{name} --version prints nothing");
    }
}

#[test]
fn unknown_options_are_usage_errors() {
    let ws = Workspace::default_skeleton();
    for name in Registry::builtin().names() {
        // Commands that take any word as data, or run another command, are exempt.
        if matches!(
            name,
            "echo" | "printf" | "expr" | "true" | "false" | "yes" | "[" | "test"
        ) {
            continue;
        }
        let script = format!("command {name} --no-such-option-xyz < /dev/null");
        let r = block_on(ws.execute(&script, ExecuteOptions::default()));
        let err = String::from_utf8_lossy(&r.stderr);
        assert_ne!(r.exit_code, 0, "{name}: status 0 for an unknown option");
        assert!(
            err.contains(name),
            "{name}: message does not name the command: {err:?}"
        );
    }
}

//! The `mirage` binary: `mirage exec` runs a script, `mirage shell` is an interactive shell,
//! `mirage run` runs a WASI component over the workspace.
//!
//! Usage errors, missing host folders and unreadable scripts print one line,
//! `mirage: ...`, and exit with status 2.

use clap::Parser;
use clap::error::ErrorKind as ClapErrorKind;
use mirage_host::cli::{Cli, Command};

/// The exit status of a usage or set-up error (as bash's for a bad option).
const USAGE_EXIT_CODE: i32 = 2;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => match e.kind() {
            ClapErrorKind::DisplayHelp
            | ClapErrorKind::DisplayVersion
            | ClapErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
            _ => {
                let text = e.render().to_string();
                let first = text.lines().next().unwrap_or("bad arguments");
                let first = first.strip_prefix("error: ").unwrap_or(first);
                eprintln!("mirage: {first} (try 'mirage --help')");
                std::process::exit(USAGE_EXIT_CODE);
            }
        },
    };
    let outcome = match cli.command {
        Command::Exec(args) => mirage_host::exec::run(args),
        Command::Shell(args) => mirage_host::repl::run(args),
        Command::Run(args) => mirage_host::exec::run_tool(args),
    };
    match outcome {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("mirage: {e:#}");
            std::process::exit(USAGE_EXIT_CODE);
        }
    }
}

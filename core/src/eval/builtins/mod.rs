//! Shell builtins: the commands that read or change the shell's own state (`cd`, `read`,
//! `declare`, `set`, `eval` ...). Stateless utilities (`cat`, later `grep`) live in
//! [`crate::commands`].

mod dirs;
pub mod echo;
mod flow;
mod help;
pub(crate) mod jobs;
mod misc;
pub mod printf;
mod read;
pub mod test;
mod vars;

use crate::eval::shell::{EvalResult, Io, Shell};
use crate::sync::BoxFuture;

pub use echo::echo_escapes;
pub use misc::stat_info as misc_stat;

/// A builtin: the shell, the argument vector (with the name first) and the descriptors.
pub type BuiltinFn = for<'a> fn(&'a mut Shell, Vec<String>, &'a Io) -> BoxFuture<'a, EvalResult>;

/// POSIX special builtins: functions cannot override them.
pub fn is_special(name: &str) -> bool {
    matches!(
        name,
        ":" | "."
            | "break"
            | "continue"
            | "eval"
            | "exec"
            | "exit"
            | "export"
            | "readonly"
            | "return"
            | "set"
            | "shift"
            | "trap"
            | "unset"
            | "source"
    )
}

/// The names of every builtin, sorted (for `help`, `type`, `compgen`).
pub const NAMES: &[&str] = &[
    ".",
    ":",
    "[",
    "alias",
    "bg",
    "break",
    "builtin",
    "caller",
    "cd",
    "command",
    "continue",
    "declare",
    "dirs",
    "disown",
    "echo",
    "eval",
    "exec",
    "exit",
    "export",
    "false",
    "fg",
    "getopts",
    "hash",
    "help",
    "jobs",
    "kill",
    "let",
    "local",
    "mapfile",
    "popd",
    "printf",
    "pushd",
    "pwd",
    "read",
    "readarray",
    "readonly",
    "return",
    "set",
    "shift",
    "shopt",
    "source",
    "test",
    "trap",
    "true",
    "type",
    "typeset",
    "ulimit",
    "umask",
    "unalias",
    "unset",
    "wait",
];

/// The builtin called `name`.
pub fn lookup(name: &str) -> Option<BuiltinFn> {
    Some(match name {
        ":" | "true" | "hash" => succeed,
        "alias" => jobs::alias,
        "help" => help::help,
        "unalias" => jobs::unalias,
        "false" => fail_status,
        "exit" => flow::exit,
        "return" => flow::return_,
        "break" => flow::break_,
        "continue" => flow::continue_,
        "shift" => flow::shift,
        "eval" => flow::eval,
        "source" | "." => flow::source,
        "trap" => flow::trap,
        "wait" => flow::wait,
        "caller" => flow::caller,
        "exec" => flow::exec,
        "declare" | "typeset" => vars::declare,
        "local" => vars::local,
        "export" => vars::export,
        "readonly" => vars::readonly,
        "unset" => vars::unset,
        "set" => vars::set,
        "shopt" => vars::shopt,
        "let" => vars::let_,
        "read" => read::read,
        "mapfile" | "readarray" => read::mapfile,
        "cd" => misc::cd,
        "pwd" => misc::pwd,
        "echo" => misc::echo,
        "printf" => misc::printf,
        "test" | "[" => misc::test,
        "type" => misc::type_,
        "command" => misc::command,
        "builtin" => misc::builtin,
        "getopts" => misc::getopts,
        "pushd" => dirs::pushd,
        "popd" => dirs::popd,
        "dirs" => dirs::dirs,
        "jobs" => jobs::jobs,
        "kill" => jobs::kill,
        "disown" => jobs::disown,
        "fg" | "bg" => jobs::fg_bg,
        "umask" => jobs::umask,
        "ulimit" => jobs::ulimit,
        _ => return None,
    })
}

fn succeed<'a>(_: &'a mut Shell, _: Vec<String>, _: &'a Io) -> BoxFuture<'a, EvalResult> {
    Box::pin(async { Ok(0) })
}

fn fail_status<'a>(_: &'a mut Shell, _: Vec<String>, _: &'a Io) -> BoxFuture<'a, EvalResult> {
    Box::pin(async { Ok(1) })
}

/// Writes `name: msg` (with the shell's prefix) and returns `status`.
pub(crate) async fn fail(sh: &Shell, io: &Io, msg: &str, status: i32) -> EvalResult {
    sh.report(io, msg).await?;
    Ok(status)
}

/// True for a valid shell variable name.
pub fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

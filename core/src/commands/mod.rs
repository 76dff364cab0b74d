//! Commands that do not touch shell state (`cat`, and with the command-set issue `grep`,
//! `sed`, `find` ...): each gets a [`Ctx`] with its arguments, streams, cwd, environment
//! and the run's VFS, and returns an exit status.

pub mod args;
mod awk;
mod backup;
mod base64;
mod basename;
mod bc;
mod cat;
mod chmod;
mod cksum;
mod cmp;
mod column;
mod comm;
mod cp;
mod cut;
mod date;
mod df;
mod diff;
mod dirname;
mod du;
mod env;
mod expand;
mod expr;
mod file;
mod fileinfo;
mod filelang;
mod find;
mod fold;
mod fsutil;
pub mod grep;
mod gzip;
mod head;
mod join;
pub(crate) mod jq;
mod ln;
mod ls;
mod man;
mod mkdir;
mod mktemp;
mod mv;
mod nl;
mod od;
mod paste;
mod printenv;
pub(crate) mod printf;
pub mod program;
mod readlink;
mod realpath;
pub mod regex;
mod rev;
mod rg;
mod rm;
mod rmdir;
mod sed;
mod seq;
mod shuf;
mod sleep;
mod sort;
mod split;
mod stat;
pub mod stream;
mod sums;
mod tac;
mod tail;
mod tar;
mod tee;
pub mod textio;
mod timeout;
mod touch;
mod tr;
mod tree;
mod truncate;
mod uniq;
mod unlink;
mod wc;
mod which;
mod xargs;
mod xxd;
mod yes;

use std::collections::HashMap;
use std::sync::Arc;

use bytes::Bytes;

use crate::error::{Error, ErrorKind, Result};
use crate::eval::shell::Runtime;
use crate::io::{Input, Output};
use crate::sync::BoxFuture;
use crate::vfs::path::normalize;

/// A command's view of the world.
pub struct Ctx<'a> {
    /// The argument vector; `args[0]` is the command name as invoked.
    pub args: Vec<String>,
    /// Standard input.
    pub stdin: Input,
    /// Standard output.
    pub stdout: Output,
    /// Standard error.
    pub stderr: Output,
    /// The working directory.
    pub cwd: String,
    /// Exported variables.
    pub env: Vec<(String, String)>,
    /// The run: VFS, clock, cancellation, limits.
    pub rt: Arc<Runtime>,
    /// When an enclosing `timeout` ends this command (a clock reading): commands that
    /// compute without awaiting check it through [`Ctx::past_deadline`].
    pub deadline: Option<std::time::Duration>,
    /// The shell's `umask`.
    pub umask: u32,
    /// Contents of `<(...)` substitutions by path.
    pub proc_subs: &'a [(String, Bytes)],
    /// The write ends of `>(...)` substitutions by path.
    pub proc_out: Vec<(String, Output)>,
}

impl Ctx<'_> {
    /// The command's name without a directory (`cat` for `/bin/cat`).
    pub fn name(&self) -> &str {
        let a = self.args.first().map(String::as_str).unwrap_or("");
        a.rsplit('/').next().unwrap_or(a)
    }

    /// An absolute path for operand `p`.
    pub fn path(&self, p: &str) -> String {
        normalize(&self.cwd, p)
    }

    /// `p` made absolute the way the kernel opens it: `..` after a symbolic link leaves the
    /// link's target ([`Vfs::physical`](crate::vfs::Vfs::physical)), where [`Ctx::path`]
    /// folds it lexically. Use it for the operands a command opens or stats.
    pub async fn real_path(&self, p: &str) -> String {
        self.rt.vfs.physical(&self.cwd, p).await
    }

    /// Writes `name: msg` and a newline to stderr.
    pub async fn err(&self, msg: &str) -> Result<()> {
        let line = format!("{}: {msg}\n", self.name());
        self.stderr.write_str(&line).await
    }

    /// Runs another utility (for `xargs`, `find -exec`, `env`, `timeout`) with this
    /// command's environment and working directory unless `env`/`cwd` are given. `Err` of
    /// kind [`ErrorKind::NotFound`] when there is no such utility.
    pub async fn spawn(
        &self,
        argv: Vec<String>,
        env: Option<Vec<(String, String)>>,
        stdin: Input,
        stdout: Output,
        stderr: Output,
    ) -> Result<i32> {
        let req = crate::eval::spawn::SpawnRequest {
            argv,
            env: env.unwrap_or_else(|| self.env.clone()),
            cwd: self.cwd.clone(),
            stdin,
            stdout,
            stderr,
            deadline: self.deadline,
        };
        crate::eval::spawn::spawn(self.rt.clone(), req).await
    }

    /// `Err` of kind [`ErrorKind::TimedOut`] once the clock has passed [`Ctx::deadline`]:
    /// `timeout` turns it into its status 124.
    pub fn past_deadline(&self) -> Result<()> {
        match self.deadline {
            Some(d) if self.rt.clock.now() >= d => Err(Error::new(ErrorKind::TimedOut)),
            _ => Ok(()),
        }
    }

    /// For interpreters that compute without awaiting (bc, jq), at their step `n`: the
    /// cancel handle, and every 1,024 steps an enclosing `timeout` and the wall-time limit.
    pub fn check_step(&self, n: u64) -> Result<()> {
        self.check()?;
        if n.is_multiple_of(1024) {
            self.past_deadline()?;
            self.rt.check_wall_time()?;
        }
        Ok(())
    }

    /// Fails if the run was cancelled.
    pub fn check(&self) -> Result<()> {
        self.rt.check()
    }

    /// The write end of the `>(...)` substitution named `p` (`/dev/fd/63`), if any.
    pub fn proc_output(&self, p: &str) -> Option<Output> {
        self.proc_out
            .iter()
            .find(|(path, _)| path == p)
            .map(|(_, o)| o.clone())
    }

    fn special(&self, p: &str) -> Option<Bytes> {
        if let Some((_, b)) = self.proc_subs.iter().find(|(path, _)| path == p) {
            return Some(b.clone());
        }
        match p {
            "/dev/null" | "/dev/zero" => Some(Bytes::new()),
            _ => None,
        }
    }

    /// Reads operand files in bounded batches through the backend's `read_many`, keeping
    /// their order. `-` and `/dev/stdin` read standard input.
    pub async fn read_files(&self, operands: &[String]) -> Vec<Result<Bytes>> {
        let mut out: Vec<Option<Result<Bytes>>> = operands.iter().map(|_| None).collect();
        let mut batch_idx = Vec::new();
        let mut batch_paths = Vec::new();
        for (i, p) in operands.iter().enumerate() {
            if stream::is_stdin(p) {
                continue;
            }
            if let Some(b) = self.special(p) {
                out[i] = Some(Ok(b));
                continue;
            }
            if p.is_empty() {
                out[i] = Some(Err(Error::new(ErrorKind::NotFound)));
                continue;
            }
            batch_idx.push(i);
            batch_paths.push(self.real_path(p).await);
        }
        if !batch_paths.is_empty() {
            let results = self.rt.vfs.read_many(&batch_paths).await;
            for (i, r) in batch_idx.into_iter().zip(results) {
                // A file named with a trailing `/` fails like open(2) does.
                let r = match r {
                    Ok(_) if operands[i].ends_with('/') => {
                        Err(Error::new(ErrorKind::NotADirectory))
                    }
                    r => r,
                };
                out[i] = Some(r);
            }
        }
        let mut done = Vec::with_capacity(out.len());
        for (i, r) in out.into_iter().enumerate() {
            match r {
                Some(r) => done.push(r),
                None => {
                    let _ = &operands[i];
                    done.push(self.stdin.read_all().await.map(Bytes::from));
                }
            }
        }
        done
    }
}

/// A command implementation.
pub type CommandFn = for<'a, 'b> fn(&'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>>;

/// The table of commands by name: built-in ones, and programs the embedder adds.
#[derive(Clone)]
pub struct Registry {
    map: HashMap<&'static str, CommandFn>,
    programs: HashMap<String, Arc<dyn program::Program>>,
    loader: Option<Arc<dyn program::ProgramLoader>>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<_> = self.map.keys().collect();
        names.sort();
        let mut programs: Vec<_> = self.programs.keys().collect();
        programs.sort();
        f.debug_struct("Registry")
            .field("commands", &names)
            .field("programs", &programs)
            .field(
                "loader",
                &self.loader.as_ref().map(|l| l.suffix().to_string()),
            )
            .finish()
    }
}

impl Default for Registry {
    fn default() -> Self {
        Registry::builtin()
    }
}

impl Registry {
    /// An empty table.
    pub fn empty() -> Self {
        Registry {
            map: HashMap::new(),
            programs: HashMap::new(),
            loader: None,
        }
    }

    /// The commands that ship with mirage-core.
    pub fn builtin() -> Self {
        let mut r = Registry::empty();
        r.register("base64", base64::base64);
        r.register("awk", awk::awk);
        r.register("gawk", awk::awk);
        r.register("cat", cat::cat);
        r.register("chmod", chmod::chmod);
        r.register("df", df::df);
        r.register("du", du::du);
        r.register("find", find::find);
        r.register("ls", ls::ls);
        r.register("cmp", cmp::cmp);
        r.register("diff", diff::diff);
        r.register("head", head::head);
        r.register("md5sum", sums::md5sum);
        r.register("sha1sum", sums::sha1sum);
        r.register("sha256sum", sums::sha256sum);
        r.register("sha512sum", sums::sha512sum);
        r.register("nl", nl::nl);
        r.register("od", od::od);
        r.register("rev", rev::rev);
        r.register("tac", tac::tac);
        r.register("tail", tail::tail);
        r.register("wc", wc::wc);
        r.register("xxd", xxd::xxd);
        r.register("jq", jq::jq);
        r.register("gzip", gzip::gzip);
        r.register("gunzip", gzip::gzip);
        r.register("zcat", gzip::gzip);
        r.register("tar", tar::tar);
        r.register("expr", expr::expr);
        r.register("file", file::file);
        r.register("bc", bc::bc);
        r.register("grep", grep::grep);
        r.register("egrep", grep::grep);
        r.register("fgrep", grep::grep);
        r.register("rg", rg::rg);
        r.register("sed", sed::sed);
        r.register("sleep", sleep::sleep);
        r.register("mkdir", mkdir::mkdir);
        r.register("rmdir", rmdir::rmdir);
        r.register("cksum", cksum::cksum);
        r.register("unlink", unlink::unlink);
        r.register("link", unlink::link);
        r.register("rm", rm::rm);
        r.register("cp", cp::cp);
        r.register("mv", mv::mv);
        r.register("ln", ln::ln);
        r.register("date", date::date);
        r.register("touch", touch::touch);
        r.register("env", env::env);
        r.register("printenv", printenv::printenv);
        r.register("printf", printf::printf);
        r.register("timeout", timeout::timeout);
        r.register("which", which::which);
        r.register("man", man::man);
        r.register("mktemp", mktemp::mktemp);
        r.register("truncate", truncate::truncate);
        r.register("split", split::split);
        r.register("readlink", readlink::readlink);
        r.register("realpath", realpath::realpath);
        r.register("basename", basename::basename);
        r.register("dirname", dirname::dirname);
        r.register("stat", stat::stat);
        r.register("tree", tree::tree);
        r.register("xargs", xargs::xargs);
        r.register("column", column::column);
        r.register("comm", comm::comm);
        r.register("cut", cut::cut);
        r.register("expand", expand::expand);
        r.register("fold", fold::fold);
        r.register("join", join::join);
        r.register("unexpand", expand::unexpand);
        r.register("paste", paste::paste);
        r.register("seq", seq::seq);
        r.register("shuf", shuf::shuf);
        r.register("sort", sort::sort);
        r.register("tee", tee::tee);
        r.register("tr", tr::tr);
        r.register("uniq", uniq::uniq);
        r.register("yes", yes::yes);
        r
    }

    /// Adds or replaces a command.
    pub fn register(&mut self, name: &'static str, f: CommandFn) {
        self.map.insert(name, f);
    }

    /// The command called `name`.
    pub fn get(&self, name: &str) -> Option<CommandFn> {
        self.map.get(name).copied()
    }

    /// Adds or replaces a program supplied by the embedder (a WASI tool).
    pub fn register_program(&mut self, name: &str, p: Arc<dyn program::Program>) {
        self.programs.insert(name.to_string(), p);
    }

    /// The program called `name`.
    pub fn program(&self, name: &str) -> Option<Arc<dyn program::Program>> {
        self.programs.get(name).cloned()
    }

    /// Sets what runs executable files that are programs rather than scripts.
    pub fn set_loader(&mut self, loader: Arc<dyn program::ProgramLoader>) {
        self.loader = Some(loader);
    }

    /// The loader of executable programs, if the embedder set one.
    pub fn loader(&self) -> Option<&Arc<dyn program::ProgramLoader>> {
        self.loader.as_ref()
    }

    /// All names, sorted.
    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.map.keys().copied().collect();
        v.sort_unstable();
        v
    }
}

/// What `--version` prints for a GNU coreutils command: its name and authors.
pub fn version_text(name: &str, authors: &str) -> String {
    format!(
        "{name} (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by {authors}.
"
    )
}

/// The message GNU tools print for a failed file operand: `path: reason`, with the path
/// quoted like GNU does ([`quote_name`]).
pub fn file_error(path: &str, e: &Error) -> String {
    match e.kind() {
        ErrorKind::Cancelled | ErrorKind::LimitExceeded => e.reason(),
        _ => format!("{}: {}", quote_name(path), e.reason()),
    }
}

/// Quotes a file name like GNU's `quoteaf`: always quoted (`'nope'`), with the same
/// escapes as [`quote_name`].
pub fn quote_always(name: &str) -> String {
    let q = quote_name(name);
    if q.starts_with(['\'', '"']) {
        q
    } else {
        format!("'{q}'")
    }
}

/// Quotes an argument like GNU's `quote` in the C.UTF-8 locale: `‘bogus’`.
/// Backslashes and control characters are escaped C-style (`‘a\\b’`, `‘c\td’`, `‘\001’`).
pub fn quote_locale(arg: &str) -> String {
    let mut out = String::with_capacity(arg.len() + 6);
    out.push('\u{2018}');
    for c in arg.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if c.is_ascii_control() => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\u{2019}');
    out
}

/// Quotes a file name for a message the way GNU coreutils does (gnulib's shell-escape
/// quoting): plain names as they are, `'sp ace'`, `"it's"`, `'a'$'\t''b'` for control
/// characters, `''` for the empty name.
pub fn quote_name(name: &str) -> String {
    if name.is_empty() {
        return "''".to_string();
    }
    let special = |c: char| {
        matches!(
            c,
            ' ' | '!'
                | '"'
                | '$'
                | '&'
                | '('
                | ')'
                | '*'
                | ';'
                | '<'
                | '='
                | '>'
                | '['
                | '\\'
                | '^'
                | '`'
                | '|'
                | '?'
                | ':'
                | '\''
        ) || c.is_control()
    };
    let starts_special = name.starts_with(['#', '~']);
    if !starts_special && !name.chars().any(special) {
        return name.to_string();
    }
    if name.chars().any(char::is_control) {
        let mut out = String::new();
        let mut open = false;
        for c in name.chars() {
            if c.is_control() {
                if open {
                    out.push('\'');
                    open = false;
                }
                let esc = match c {
                    '\n' => "\\n".to_string(),
                    '\t' => "\\t".to_string(),
                    '\r' => "\\r".to_string(),
                    '\x07' => "\\a".to_string(),
                    '\x08' => "\\b".to_string(),
                    '\x0b' => "\\v".to_string(),
                    '\x0c' => "\\f".to_string(),
                    c => format!("\\{:03o}", c as u32),
                };
                out.push_str(&format!("$'{esc}'"));
            } else {
                if !open {
                    out.push('\'');
                    open = true;
                }
                if c == '\'' {
                    out.push_str("'\\''");
                } else {
                    out.push(c);
                }
            }
        }
        if open {
            out.push('\'');
        }
        return out;
    }
    if name.contains('\'') {
        if !name.contains(['$', '`', '\\', '"', '!']) {
            return format!("\"{name}\"");
        }
        return format!("'{}'", name.replace('\'', "'\\''"));
    }
    format!("'{name}'")
}

#[cfg(test)]
mod tests {
    use super::quote_name;

    #[test]
    fn quoting_like_gnu() {
        // Each expectation is what GNU cat 9.1 prints for a missing file of that name.
        let cases = [
            ("plain.txt", "plain.txt"),
            ("sp ace", "'sp ace'"),
            ("it's", "\"it's\""),
            ("a\"b", "'a\"b'"),
            ("tab\tx", "'tab'$'\\t''x'"),
            ("a=b", "'a=b'"),
            ("a~b", "a~b"),
            ("~a", "'~a'"),
            ("a#b", "a#b"),
            ("#a", "'#a'"),
            ("a:b", "'a:b'"),
            ("a{b", "a{b"),
            ("é", "é"),
            ("a\\b", "'a\\b'"),
            ("a'b c", "\"a'b c\""),
            ("a\nb", "'a'$'\\n''b'"),
            ("", "''"),
        ];
        for (name, want) in cases {
            assert_eq!(quote_name(name), want, "{name:?}");
        }
    }
}

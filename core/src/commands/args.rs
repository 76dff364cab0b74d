//! The one option parser every command shares: GNU `getopt_long` semantics (bundled short
//! options, `-nVALUE` and `-n VALUE`, `--long=VALUE` and `--long VALUE`, unambiguous long
//! prefixes, operands mixed with options, `--` ends options) and glibc's exact messages.
//!
//! A command describes its options in a compact spec string of space-separated entries:
//! `n` (short flag), `n|number` (short and long), `|help` (long only), `q|quiet|silent`
//! (aliases), a trailing `=` for a required value (`n|lines=`) and `?` for an optional one
//! that must be attached (`|color?`). A leading `+` stops at the first operand, like a `+`
//! getopt string (used by `env`, `xargs`, `timeout`). Each parsed option is reported by its
//! key: the short letter when there is one, else the first long name.
//!
//! ```
//! use mirage_core::commands::args::{Arg, Parser};
//! let args: Vec<String> = ["-n3", "f", "--quiet"].iter().map(|s| s.to_string()).collect();
//! let mut p = Parser::new("n|lines= q|quiet|silent", &args);
//! assert_eq!(p.next_arg().unwrap(), Some(Arg::Opt("n", Some("3".into()))));
//! assert_eq!(p.next_arg().unwrap(), Some(Arg::Operand("f".into())));
//! assert_eq!(p.next_arg().unwrap(), Some(Arg::Opt("q", None)));
//! assert_eq!(p.next_arg().unwrap(), None);
//! ```

use crate::commands::{Ctx, version_text};
use crate::error::Result;

/// Whether an option takes a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Takes {
    No,
    Required,
    Optional,
}

#[derive(Clone, Debug)]
struct OptDef<'s> {
    key: &'s str,
    short: Option<char>,
    longs: Vec<&'s str>,
    takes: Takes,
}

fn parse_spec(spec: &str) -> (bool, Vec<OptDef<'_>>) {
    let (posix, spec) = match spec.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, spec),
    };
    let defs = spec
        .split_whitespace()
        .map(|entry| {
            let (entry, takes) = if let Some(e) = entry.strip_suffix('=') {
                (e, Takes::Required)
            } else if let Some(e) = entry.strip_suffix('?') {
                (e, Takes::Optional)
            } else {
                (entry, Takes::No)
            };
            let mut parts = entry.split('|');
            let first = parts.next().unwrap_or("");
            let short = first.chars().next();
            let longs: Vec<&str> = parts.filter(|l| !l.is_empty()).collect();
            let key = if short.is_some() {
                first
            } else {
                longs.first().copied().unwrap_or("")
            };
            OptDef {
                key,
                short,
                longs,
                takes,
            }
        })
        .collect();
    (posix, defs)
}

/// One parsed command-line item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<'s> {
    /// An option by key, with its value when it takes one.
    Opt(&'s str, Option<String>),
    /// An operand (a file name, a pattern ...).
    Operand(String),
}

/// A usage error, worded like glibc's getopt (without the `NAME: ` prefix).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// A pull parser over a command's arguments (without `argv[0]`).
#[derive(Debug)]
pub struct Parser<'s, 'a> {
    defs: Vec<OptDef<'s>>,
    posix: bool,
    args: &'a [String],
    pos: usize,
    /// Inside a bundle of short options: the rest of the current word.
    bundle: Option<(usize, usize)>,
    only_operands: bool,
}

impl<'s, 'a> Parser<'s, 'a> {
    /// A parser for `args` with the options described by `spec` (see the module docs).
    pub fn new(spec: &'s str, args: &'a [String]) -> Self {
        let (posix, defs) = parse_spec(spec);
        Parser {
            defs,
            posix,
            args,
            pos: 0,
            bundle: None,
            only_operands: false,
        }
    }

    /// The arguments not consumed yet (after `--` or, with `+`, from the first operand).
    pub fn rest(&self) -> &'a [String] {
        &self.args[self.pos..]
    }

    /// The next item, `None` at the end.
    pub fn next_arg(&mut self) -> std::result::Result<Option<Arg<'s>>, UsageError> {
        if let Some((word, at)) = self.bundle.take() {
            return self.short_at(word, at).map(Some);
        }
        let Some(arg) = self.args.get(self.pos) else {
            return Ok(None);
        };
        if self.only_operands || arg == "-" || !arg.starts_with('-') {
            if self.posix && !self.only_operands {
                // POSIX mode: the first operand ends option parsing.
                self.only_operands = true;
            }
            self.pos += 1;
            return Ok(Some(Arg::Operand(arg.clone())));
        }
        if arg == "--" {
            self.pos += 1;
            self.only_operands = true;
            return self.next_arg();
        }
        if let Some(long) = arg.strip_prefix("--") {
            self.pos += 1;
            return self.long(long).map(Some);
        }
        self.pos += 1;
        self.short_at(self.pos - 1, 1).map(Some)
    }

    fn short_at(&mut self, word: usize, at: usize) -> std::result::Result<Arg<'s>, UsageError> {
        let arg = &self.args[word];
        let c = arg[at..].chars().next().unwrap_or('-');
        let next = at + c.len_utf8();
        let Some(def) = self.defs.iter().find(|d| d.short == Some(c)) else {
            return Err(UsageError(format!("invalid option -- '{c}'")));
        };
        let key = def.key;
        match def.takes {
            Takes::No => {
                if next < arg.len() {
                    self.bundle = Some((word, next));
                }
                Ok(Arg::Opt(key, None))
            }
            Takes::Optional => {
                let v = (next < arg.len()).then(|| arg[next..].to_string());
                Ok(Arg::Opt(key, v))
            }
            Takes::Required => {
                if next < arg.len() {
                    return Ok(Arg::Opt(key, Some(arg[next..].to_string())));
                }
                match self.args.get(self.pos) {
                    Some(v) => {
                        self.pos += 1;
                        Ok(Arg::Opt(key, Some(v.clone())))
                    }
                    None => Err(UsageError(format!("option requires an argument -- '{c}'"))),
                }
            }
        }
    }

    fn long(&mut self, body: &str) -> std::result::Result<Arg<'s>, UsageError> {
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let def = self.find_long(name, body)?;
        let (key, takes, full) = (def.0.key, def.0.takes, def.1);
        match (takes, value) {
            (Takes::No, Some(_)) => Err(UsageError(format!(
                "option '--{full}' doesn't allow an argument"
            ))),
            (Takes::No, None) => Ok(Arg::Opt(key, None)),
            (Takes::Optional, v) => Ok(Arg::Opt(key, v)),
            (Takes::Required, Some(v)) => Ok(Arg::Opt(key, Some(v))),
            (Takes::Required, None) => match self.args.get(self.pos) {
                Some(v) => {
                    self.pos += 1;
                    Ok(Arg::Opt(key, Some(v.clone())))
                }
                None => Err(UsageError(format!(
                    "option '--{full}' requires an argument"
                ))),
            },
        }
    }

    /// The definition for long option `name` (exact, or an unambiguous prefix) and its
    /// full name.
    fn find_long(
        &self,
        name: &str,
        body: &str,
    ) -> std::result::Result<(&OptDef<'s>, &'s str), UsageError> {
        let mut hits: Vec<(usize, &'s str)> = Vec::new();
        for (i, d) in self.defs.iter().enumerate() {
            for &l in &d.longs {
                if l == name {
                    return Ok((d, l));
                }
                if l.starts_with(name) {
                    hits.push((i, l));
                }
            }
        }
        let first = match hits.first() {
            Some(&h) => h,
            None => return Err(UsageError(format!("unrecognized option '--{body}'"))),
        };
        if hits.iter().all(|&(i, _)| i == first.0) {
            return Ok((&self.defs[first.0], first.1));
        }
        let list: Vec<String> = hits.iter().map(|(_, l)| format!(" '--{l}'")).collect();
        Err(UsageError(format!(
            "option '--{name}' is ambiguous; possibilities:{}",
            list.concat()
        )))
    }
}

/// The options and operands of one invocation, in command-line order.
#[derive(Debug, Default)]
pub struct Parsed<'s> {
    /// Options by key, in order, with values.
    pub opts: Vec<(&'s str, Option<String>)>,
    /// Operands in order.
    pub operands: Vec<String>,
}

/// What [`parse`] decided.
#[derive(Debug)]
pub enum Outcome<'s> {
    /// Run the command with these options.
    Run(Parsed<'s>),
    /// `--help`, `--version` or a usage error was handled: exit with this status.
    Exit(i32),
}

/// How a command answers `--help`, `--version` and usage errors.
#[derive(Clone, Copy, Debug)]
pub struct Usage<'h> {
    /// The text `--help` prints.
    pub help: &'h str,
    /// The authors `--version` names (GNU coreutils style), or the whole version text
    /// when it starts with the command's name.
    pub version: &'h str,
    /// The exit status of a usage error (1 for most coreutils, 2 for grep, sort, ls, diff).
    pub status: i32,
}

/// Parses the command's arguments against `spec`, handling `--help` and `--version`
/// (unless the spec defines them) and printing usage errors like GNU tools:
/// `NAME: MESSAGE` and `Try 'NAME --help' for more information.`
pub async fn parse<'s>(ctx: &Ctx<'_>, spec: &'s str, usage: Usage<'_>) -> Result<Outcome<'s>> {
    let args = &ctx.args[1..];
    let mut p = Parser::new(spec, args);
    for name in ["help", "version"] {
        if !p.defs.iter().any(|d| d.longs.contains(&name)) {
            p.defs.push(OptDef {
                key: name,
                short: None,
                longs: vec![name],
                takes: Takes::No,
            });
        }
    }
    let mut parsed = Parsed::default();
    loop {
        match p.next_arg() {
            Ok(None) => break,
            Ok(Some(Arg::Operand(o))) => parsed.operands.push(o),
            Ok(Some(Arg::Opt("help", _))) if !has_long(spec, "help") => {
                ctx.stdout.write_str(usage.help).await?;
                return Ok(Outcome::Exit(0));
            }
            Ok(Some(Arg::Opt("version", _))) if !has_long(spec, "version") => {
                let text = if usage.version.starts_with(ctx.name()) {
                    usage.version.to_string()
                } else {
                    version_text(ctx.name(), usage.version)
                };
                ctx.stdout.write_str(&text).await?;
                return Ok(Outcome::Exit(0));
            }
            Ok(Some(Arg::Opt(key, v))) => parsed.opts.push((key, v)),
            Err(UsageError(msg)) => {
                ctx.err(&msg).await?;
                try_help(ctx).await?;
                return Ok(Outcome::Exit(usage.status));
            }
        }
        if p.posix && p.only_operands {
            parsed.operands.extend(p.rest().iter().cloned());
            break;
        }
    }
    Ok(Outcome::Run(parsed))
}

/// Writes `Try 'NAME --help' for more information.` to stderr.
pub async fn try_help(ctx: &Ctx<'_>) -> Result<()> {
    let line = format!("Try '{} --help' for more information.\n", ctx.name());
    ctx.stderr.write_str(&line).await
}

fn has_long(spec: &str, name: &str) -> bool {
    spec.split_whitespace().any(|e| {
        e.split('|')
            .skip(1)
            .any(|l| l.trim_end_matches(['=', '?']) == name)
    })
}

#[cfg(test)]
mod tests {
    use super::{Arg, Parser, UsageError};

    fn run(spec: &str, args: &[&str]) -> Result<Vec<String>, UsageError> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let mut p = Parser::new(spec, &args);
        let mut out = Vec::new();
        while let Some(a) = p.next_arg()? {
            out.push(match a {
                Arg::Opt(k, Some(v)) => format!("{k}={v}"),
                Arg::Opt(k, None) => k.to_string(),
                Arg::Operand(o) => format!("<{o}>"),
            });
        }
        Ok(out)
    }

    #[test]
    fn getopt_long_semantics() {
        let spec = "n|number b|number-nonblank E|show-ends c|bytes= |color? q|quiet|silent";
        let ok = |args: &[&str], want: &[&str]| {
            assert_eq!(run(spec, args).expect("parses"), want, "{args:?}");
        };
        ok(&["-nE", "f"], &["n", "E", "<f>"]);
        ok(&["-c5", "-c", "6"], &["c=5", "c=6"]);
        ok(&["-nc5"], &["n", "c=5"]);
        ok(&["--bytes=3", "--bytes", "4"], &["c=3", "c=4"]);
        ok(
            &["--show", "--col=x", "--color"],
            &["E", "color=x", "color"],
        );
        ok(&["--silent", "--qu"], &["q", "q"]);
        ok(&["a", "-", "--", "-n"], &["<a>", "<->", "<-n>"]);
        ok(&["--number"], &["n"]);
        let err = |args: &[&str], want: &str| {
            assert_eq!(
                run(spec, args).expect_err("a usage error").0,
                want,
                "{args:?}"
            );
        };
        err(&["-z"], "invalid option -- 'z'");
        err(&["-c"], "option requires an argument -- 'c'");
        err(&["--bytes"], "option '--bytes' requires an argument");
        err(
            &["--number=3"],
            "option '--number' doesn't allow an argument",
        );
        err(&["--foo=bar"], "unrecognized option '--foo=bar'");
        err(
            &["--nu"],
            "option '--nu' is ambiguous; possibilities: '--number' '--number-nonblank'",
        );
    }

    #[test]
    fn posix_mode_stops_at_first_operand() {
        let args: Vec<String> = ["-i", "cmd", "-n"].iter().map(|s| s.to_string()).collect();
        let mut p = Parser::new("+i", &args);
        assert_eq!(p.next_arg().expect("parses"), Some(Arg::Opt("i", None)));
        assert_eq!(
            p.next_arg().expect("parses"),
            Some(Arg::Operand("cmd".into()))
        );
        assert_eq!(p.rest(), ["-n".to_string()]);
    }
}

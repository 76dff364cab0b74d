//! `xargs`: build and run command lines from standard input (GNU findutils 4.9 semantics).
//!
//! Input is read a line (or a `-0`/`-d` item) at a time, so commands run while input is
//! still arriving. Commands run through [`Ctx::spawn`] one after another: `-P N` is accepted
//! and runs them sequentially (the output order of `-P 1`). Their standard input is empty
//! (like `/dev/null`) unless `-a FILE` gives the arguments, then it is xargs' own.

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::{Ctx, quote_locale, quote_name};
use crate::error::{ErrorKind, Result};
use crate::io::Input;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = include_str!("help/xargs.txt");

const VERSION: &str = "xargs (GNU findutils) 4.9.0
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Eric B. Decker, James Youngman, and Kevin Dalley.
";

const SPEC: &str = "+0|null a|arg-file= d|delimiter= E= e|eof? I= i|replace? L|max-lines= l? \
                    n|max-args= o|open-tty P|max-procs= p|interactive |process-slot-var= \
                    r|no-run-if-empty s|max-chars= |show-limits t|verbose x|exit";

/// The command line length xargs uses by default (`--show-limits`).
const DEFAULT_MAX_CHARS: usize = 131_072;

/// How input is split into arguments.
#[derive(Clone, Copy, PartialEq)]
enum Split {
    /// Blanks and newlines, with quotes and backslashes.
    Words,
    /// One argument per line (`-I`), quotes and backslashes still processed.
    Lines,
    /// Items end at this byte; nothing else is special (`-0`, `-d`).
    Delim(u8),
}

struct Opts {
    split: Split,
    eof: Option<String>,
    replace: Option<String>,
    max_lines: Option<usize>,
    max_args: Option<usize>,
    max_chars: usize,
    no_run_if_empty: bool,
    verbose: bool,
    exit_if_long: bool,
}

/// Runs `xargs`.
pub fn xargs<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: VERSION,
            status: 1,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts {
            split: Split::Words,
            eof: None,
            replace: None,
            max_lines: None,
            max_args: None,
            max_chars: DEFAULT_MAX_CHARS,
            no_run_if_empty: false,
            verbose: false,
            exit_if_long: false,
        };
        let mut arg_file = None;
        for (key, v) in &parsed.opts {
            let v = v.clone();
            match *key {
                "0" => o.split = Split::Delim(0),
                "a" => arg_file = v,
                "d" => match parse_delim(v.as_deref().unwrap_or("")) {
                    Some(d) => o.split = Split::Delim(d),
                    None => {
                        let msg = format!(
                            "invalid input delimiter specification {}: the delimiter must be \
                             either a single character or an escape sequence starting with \\.",
                            v.as_deref().unwrap_or("")
                        );
                        ctx.err(&msg).await?;
                        return Ok(1);
                    }
                },
                "E" => o.eof = v,
                "e" => o.eof = v,
                "I" | "i" => {
                    if o.replace.is_none() {
                        let previous = if o.max_lines.is_some() {
                            Some("max-lines")
                        } else if o.max_args.is_some() {
                            Some("max-args")
                        } else {
                            None
                        };
                        if let Some(p) = previous {
                            ctx.err(&format!(
                                "warning: options --{p} and --replace/-I/-i are mutually \
                                 exclusive, ignoring previous --{p} value"
                            ))
                            .await?;
                        }
                    }
                    o.replace = Some(v.unwrap_or_else(|| "{}".to_string()));
                    o.max_lines = Some(1);
                    o.max_args = None;
                }
                "L" | "l" => {
                    let n = match v {
                        Some(v) => {
                            match number(ctx, &v, if *key == "L" { "-L" } else { "-l" }).await? {
                                Some(n) => n,
                                None => return Ok(1),
                            }
                        }
                        None => 1,
                    };
                    let previous = if o.replace.take().is_some() {
                        Some("replace")
                    } else if o.max_args.is_some() {
                        Some("max-args")
                    } else {
                        None
                    };
                    if let Some(p) = previous {
                        ctx.err(&format!(
                            "warning: options --{p} and -L are mutually exclusive, ignoring \
                             previous --{p} value"
                        ))
                        .await?;
                    }
                    o.max_args = None;
                    o.max_lines = Some(n);
                }
                "n" => {
                    let Some(n) = number(ctx, v.as_deref().unwrap_or(""), "-n").await? else {
                        return Ok(1);
                    };
                    // After -I, GNU keeps one command per line and says nothing.
                    if o.replace.is_some() {
                        continue;
                    }
                    if o.max_lines.take().is_some() {
                        ctx.err(
                            "warning: options --max-lines and --max-args/-n are mutually \
                             exclusive, ignoring previous --max-lines value",
                        )
                        .await?;
                    }
                    o.max_args = Some(n);
                }
                "P" => {
                    let v = v.unwrap_or_default();
                    if v.parse::<u64>().is_err() {
                        ctx.err(&format!("invalid number \"{v}\" for -P option"))
                            .await?;
                        args::try_help(ctx).await?;
                        return Ok(1);
                    }
                }
                "s" => {
                    let Some(n) = number(ctx, v.as_deref().unwrap_or(""), "-s").await? else {
                        return Ok(1);
                    };
                    o.max_chars = n;
                }
                "r" => o.no_run_if_empty = true,
                "t" | "p" => o.verbose = true,
                "x" => o.exit_if_long = true,
                "show-limits" => {
                    ctx.stderr
                        .write_str(
                            "Your environment variables take up 0 bytes\n\
                             POSIX upper limit on argument length (this system): 2092104\n\
                             POSIX smallest allowable upper limit on argument length (all systems): 4096\n\
                             Maximum length of command we could actually use: 2092104\n\
                             Size of command buffer we are actually using: 131072\n\
                             Maximum parallelism (--max-procs must be no greater): 2147483647\n",
                        )
                        .await?;
                }
                _ => {}
            }
        }
        if matches!(o.split, Split::Words) && o.replace.is_some() {
            o.split = Split::Lines;
        }
        let mut initial = parsed.operands;
        if initial.is_empty() {
            initial.push("echo".to_string());
        }
        let (input, child_stdin) = match &arg_file {
            Some(f) => match ctx.rt.vfs.read(&ctx.path(f)).await {
                Ok(b) => (Input::from_bytes(b), ctx.stdin.clone()),
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    let msg = format!("Cannot open input file {}: {}", quote_locale(f), e.reason());
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
            },
            None => (ctx.stdin.clone(), Input::empty()),
        };
        let mut b = Builder {
            ctx,
            o: &o,
            initial,
            child_stdin,
            args: Vec::new(),
            chars: 0,
            lines: 0,
            ran: false,
            status: 0,
            stop: None,
        };
        b.run(&input).await?;
        Ok(b.stop.unwrap_or(b.status))
    })
}

async fn number(ctx: &Ctx<'_>, v: &str, opt: &str) -> Result<Option<usize>> {
    match v.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
        Ok(n) => {
            ctx.err(&format!("value {n} for {opt} option should be >= 1"))
                .await?;
            args::try_help(ctx).await?;
            Ok(None)
        }
        Err(_) => {
            ctx.err(&format!("invalid number \"{v}\" for {opt} option"))
                .await?;
            args::try_help(ctx).await?;
            Ok(None)
        }
    }
}

/// `-d` accepts one character or a C escape (`\n`, `\t`, `\0`, `\x41`, `\101`).
fn parse_delim(s: &str) -> Option<u8> {
    let b = s.as_bytes();
    match b {
        [c] => Some(*c),
        [b'\\', rest @ ..] => match rest {
            [b'n'] => Some(b'\n'),
            [b't'] => Some(b'\t'),
            [b'r'] => Some(b'\r'),
            [b'a'] => Some(7),
            [b'b'] => Some(8),
            [b'f'] => Some(12),
            [b'v'] => Some(11),
            [b'\\'] => Some(b'\\'),
            [b'x', hex @ ..] => u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok(),
            digits if !digits.is_empty() => {
                u8::from_str_radix(std::str::from_utf8(digits).ok()?, 8).ok()
            }
            _ => None,
        },
        _ if s.chars().count() == 1 => s.bytes().next(),
        _ => None,
    }
}

/// The words of one input line: the arguments, whether the line ends in a blank (it then
/// continues onto the next for `-L`), and the kind of an unmatched quote (the words before
/// it are kept).
fn split_line(line: &[u8], whole_line: bool) -> (Vec<Vec<u8>>, bool, Option<&'static str>) {
    let mut words = Vec::new();
    let mut cur = Vec::new();
    let mut in_word = false;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    let start = if whole_line {
        line.iter()
            .position(|&c| c != b' ' && c != b'\t')
            .unwrap_or(line.len())
    } else {
        0
    };
    let line = line.get(start..).unwrap_or(&[]);
    while let Some(&c) = line.get(i) {
        i += 1;
        if let Some(q) = quote {
            if c == q {
                quote = None;
            } else {
                cur.push(c);
            }
            continue;
        }
        match c {
            b' ' | b'\t' if !whole_line => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            b'\'' | b'"' => {
                quote = Some(c);
                in_word = true;
            }
            b'\\' => {
                if let Some(&n) = line.get(i) {
                    cur.push(n);
                    i += 1;
                }
                in_word = true;
            }
            _ => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    let bad = match quote {
        Some(b'\'') => Some("single"),
        Some(_) => Some("double"),
        None => None,
    };
    if in_word && bad.is_none() {
        words.push(cur);
    }
    let continued = !whole_line && matches!(line.last(), Some(b' ' | b'\t'));
    (words, continued, bad)
}

struct Builder<'c, 'b> {
    ctx: &'c Ctx<'b>,
    o: &'c Opts,
    initial: Vec<String>,
    child_stdin: Input,
    args: Vec<String>,
    chars: usize,
    lines: usize,
    ran: bool,
    status: i32,
    /// Set when xargs must stop, with its exit status.
    stop: Option<i32>,
}

impl Builder<'_, '_> {
    fn base_chars(&self) -> usize {
        self.initial.iter().map(|a| a.len() + 1).sum()
    }

    async fn run(&mut self, input: &Input) -> Result<()> {
        if self.base_chars() > self.o.max_chars {
            // GNU checks the command itself before reading any input.
            self.ctx
                .err("cannot fit single argument within argument list size limit")
                .await?;
            self.stop = Some(1);
            return Ok(());
        }
        let delim = match self.o.split {
            Split::Delim(d) => d,
            _ => b'\n',
        };
        let mut count = 0u32;
        while self.stop.is_none()
            && let Some(mut rec) = input.read_until(delim).await?
        {
            count += 1;
            if count.is_multiple_of(256) {
                self.ctx.check()?;
            }
            let ended = rec.last() == Some(&delim);
            if ended {
                rec.pop();
            }
            if let Split::Delim(_) = self.o.split {
                if !ended && rec.is_empty() {
                    break;
                }
                self.add(rec).await?;
                self.end_line().await?;
                continue;
            }
            let (words, continued, bad) = split_line(&rec, self.o.split == Split::Lines);
            let empty = words.is_empty();
            for w in words {
                let eof = self.o.eof.as_deref();
                if eof.is_some_and(|e| e.as_bytes() == w.as_slice()) {
                    return self.finish().await;
                }
                self.add(w).await?;
            }
            if let Some(which) = bad {
                // GNU complains first, then runs what it has.
                let msg = format!(
                    "unmatched {which} quote; by default quotes are special to xargs \
                     unless you use the -0 option"
                );
                self.ctx.err(&msg).await?;
                if !self.args.is_empty() {
                    self.flush().await?;
                }
                self.stop.get_or_insert(1);
                return Ok(());
            }
            if !empty && !continued {
                self.end_line().await?;
            }
        }
        self.finish().await
    }

    async fn finish(&mut self) -> Result<()> {
        if self.stop.is_some() {
            return Ok(());
        }
        if !self.args.is_empty()
            || (!self.ran && !self.o.no_run_if_empty && self.o.replace.is_none())
        {
            self.flush().await?;
        }
        Ok(())
    }

    async fn add(&mut self, word: Vec<u8>) -> Result<()> {
        if self.stop.is_some() {
            return Ok(());
        }
        let word = String::from_utf8_lossy(&word).into_owned();
        let len = word.len() + 1;
        if self.o.replace.is_none() && self.base_chars() + self.chars + len > self.o.max_chars {
            if self.args.is_empty() || self.o.exit_if_long {
                self.ctx.err("argument line too long").await?;
                self.stop = Some(1);
                return Ok(());
            }
            self.flush().await?;
        }
        // Like GNU, a full command line runs when the next argument arrives (or at the
        // end), so a quoting error is reported before it.
        if self.o.max_args.is_some_and(|n| self.args.len() >= n) {
            self.flush().await?;
        }
        self.args.push(word);
        self.chars += len;
        Ok(())
    }

    async fn end_line(&mut self) -> Result<()> {
        self.lines += 1;
        if self.o.max_lines.is_some_and(|n| self.lines >= n) {
            self.flush().await?;
        }
        Ok(())
    }

    /// Runs the command with the pending arguments.
    async fn flush(&mut self) -> Result<()> {
        if self.stop.is_some() {
            return Ok(());
        }
        let args = std::mem::take(&mut self.args);
        self.chars = 0;
        self.lines = 0;
        let argv: Vec<String> = match &self.o.replace {
            Some(r) => {
                let Some(item) = args.first() else {
                    return Ok(());
                };
                self.initial
                    .iter()
                    .map(|a| a.replace(r.as_str(), item))
                    .collect()
            }
            None => self.initial.iter().cloned().chain(args).collect(),
        };
        self.ran = true;
        if self.o.verbose {
            let shown: Vec<String> = argv.iter().map(|a| quote_name(a)).collect();
            self.ctx
                .stderr
                .write_str(&format!("{}\n", shown.join(" ")))
                .await?;
        }
        let name = argv.first().cloned().unwrap_or_default();
        let r = self
            .ctx
            .spawn(
                argv,
                None,
                self.child_stdin.clone(),
                self.ctx.stdout.clone(),
                self.ctx.stderr.clone(),
            )
            .await;
        match r {
            Ok(0) => {}
            Ok(255) => {
                self.ctx
                    .err(&format!("{name}: exited with status 255; aborting"))
                    .await?;
                self.stop = Some(124);
                return Ok(());
            }
            Ok(s) if s > 128 => {
                self.ctx
                    .err(&format!("{name}: terminated by signal {}", s - 128))
                    .await?;
                self.stop = Some(125);
                return Ok(());
            }
            Ok(_) => self.status = 123,
            Err(e) if e.kind() == ErrorKind::NotFound => {
                self.ctx
                    .err(&format!("{name}: No such file or directory"))
                    .await?;
                self.stop = Some(127);
                return Ok(());
            }
            Err(e) if e.kind() == ErrorKind::PermissionDenied => {
                self.ctx.err(&format!("{name}: Permission denied")).await?;
                self.stop = Some(126);
                return Ok(());
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_like_xargs() {
        let w = |s: &str| {
            let (w, c, bad) = split_line(s.as_bytes(), false);
            let words: Vec<String> = w
                .iter()
                .map(|x| String::from_utf8_lossy(x).into_owned())
                .collect();
            (words.join("|"), c, bad)
        };
        assert_eq!(w("a  b"), ("a|b".into(), false, None));
        assert_eq!(w("a \"b c\" d\\ e "), ("a|b c|d e".into(), true, None));
        assert_eq!(w("'x'y\"\""), ("xy".into(), false, None));
        assert_eq!(w("a 'b"), ("a".into(), false, Some("single")));
        let (l, _, _) = split_line(b"  x \"y z\" \\q", true);
        assert_eq!(l, vec![b"x y z q".to_vec()]);
    }

    #[test]
    fn delimiters() {
        assert_eq!(parse_delim(","), Some(b','));
        assert_eq!(parse_delim("\\n"), Some(b'\n'));
        assert_eq!(parse_delim("\\x41"), Some(b'A'));
        assert_eq!(parse_delim("\\0"), Some(0));
        assert_eq!(parse_delim("ab"), None);
    }
}

//! `grep`'s command line: GNU's options (digit options like `-5` included), patterns
//! from `-e`/`-f`, include/exclude globs, and the messages and statuses of bad usage.

use super::help;
use super::{Binary, MatchOptions, Mode, OutOpts, Report, read_one};
use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::error::{ErrorKind, Result};
use crate::eval::pattern::{Pattern, PatternOptions};

const SPEC: &str = "E|extended-regexp F|fixed-strings G|basic-regexp P|perl-regexp e|regexp= \
    f|file= i|ignore-case y |no-ignore-case w|word-regexp x|line-regexp z|null-data \
    s|no-messages v|invert-match V|version |help m|max-count= b|byte-offset n|line-number \
    |line-buffered H|with-filename h|no-filename |label= o|only-matching q|quiet|silent \
    |binary-files= a|text I d|directories= D|devices= r|recursive R|dereference-recursive \
    |include= |exclude= |exclude-from= |exclude-dir= L|files-without-match \
    l|files-with-matches c|count T|initial-tab Z|null A|after-context= B|before-context= \
    C|context= |group-separator= |no-group-separator |color? |colour? U|binary u \
    X= N=";

/// Include/exclude globs in command-line order (`true` = include).
#[derive(Default)]
pub(super) struct Filters {
    files: Vec<(Pattern, bool)>,
    dirs: Vec<Pattern>,
}

fn glob(p: &str) -> Pattern {
    Pattern::new(p, PatternOptions::default())
}

/// gnulib `exclude` without `EXCLUDE_ANCHORED`: the whole name or any part after a `/`.
fn glob_hits(p: &Pattern, name: &str) -> bool {
    p.matches(name)
        || name
            .match_indices('/')
            .any(|(i, _)| p.matches(&name[i + 1..]))
}

impl Filters {
    pub(super) fn file_ok(&self, name: &str) -> bool {
        match self.files.iter().rev().find(|(p, _)| glob_hits(p, name)) {
            Some((_, inc)) => *inc,
            None => self.files.first().is_none_or(|(_, inc)| !inc),
        }
    }

    pub(super) fn dir_ok(&self, name: &str) -> bool {
        !self.dirs.iter().any(|p| glob_hits(p, name))
    }
}

/// Turns `-5` and `-n5` into `--context=5` the way GNU grep's digit options work.
fn expand_digits(args: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            out.push(a.clone());
            out.extend(it.cloned());
            break;
        }
        if !a.starts_with('-') || a.starts_with("--") || a.len() < 2 {
            out.push(a.clone());
            continue;
        }
        let mut rest = String::from("-");
        let mut digits = String::new();
        let mut takes_value = false;
        for (i, c) in a.char_indices().skip(1) {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            if !digits.is_empty() {
                out.push(format!("--context={digits}"));
                digits.clear();
            }
            rest.push(c);
            if "efmABCdDXN".contains(c) {
                rest.push_str(&a[i + c.len_utf8()..]);
                takes_value = i + c.len_utf8() == a.len();
                break;
            }
        }
        if rest.len() > 1 {
            out.push(rest);
        }
        if !digits.is_empty() {
            out.push(format!("--context={digits}"));
        }
        if takes_value && let Some(v) = it.next() {
            out.push(v.clone());
        }
    }
    out
}

async fn usage_error(ctx: &Ctx<'_>, msg: Option<&str>) -> Result<i32> {
    if let Some(msg) = msg {
        ctx.err(msg).await?;
    }
    let name = ctx.name();
    ctx.stderr
        .write_str(&format!(
            "Usage: {name} [OPTION]... PATTERNS [FILE]...\nTry '{name} --help' for more information.\n"
        ))
        .await?;
    Ok(2)
}

fn context_num(v: &str) -> Option<usize> {
    let v = v.trim_start();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<usize>().unwrap_or(usize::MAX))
}

/// What the command line asked for.
pub(super) struct Config {
    pub(super) patterns: Vec<String>,
    pub(super) mopts: MatchOptions,
    pub(super) out: OutOpts,
    pub(super) recursive: bool,
    pub(super) deref: bool,
    pub(super) no_messages: bool,
    pub(super) dirs_skip: bool,
    pub(super) label: String,
    pub(super) filters: Filters,
    pub(super) with_name: Option<bool>,
    pub(super) operands: Vec<String>,
}

/// Parses the command line; `Err(status)` when grep must exit now.
pub(super) async fn configure(ctx: &Ctx<'_>) -> Result<std::result::Result<Config, i32>> {
    let args = expand_digits(ctx.args.get(1..).unwrap_or(&[]));
    let mut p = Parser::new(SPEC, &args);
    let mut mode = match ctx.name() {
        "egrep" => Mode::Extended,
        "fgrep" => Mode::Fixed,
        _ => Mode::Basic,
    };
    // `-E -F` conflict (the same one twice does not); egrep and fgrep count as one.
    let mut chosen = (ctx.name() != "grep").then_some(mode);
    let mut patterns: Option<Vec<String>> = None;
    let mut operands = Vec::new();
    let mut icase = false;
    let (mut word, mut line, mut null_data) = (false, false, false);
    let mut out = OutOpts::default();
    let (mut before, mut after, mut context) = (None, None, None);
    let mut cfg_with_name = None;
    let (mut recursive, mut deref, mut no_messages, mut dirs_skip) = (false, false, false, false);
    let mut label = "(standard input)".to_string();
    let mut filters = Filters::default();
    let (mut count, mut list, mut list_without, mut quiet) = (false, false, false, false);
    loop {
        let arg = match p.next_arg() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(UsageError(msg)) => return Ok(Err(usage_error(ctx, Some(&msg)).await?)),
        };
        let (key, val) = match arg {
            Arg::Operand(o) => {
                operands.push(o);
                continue;
            }
            Arg::Opt(k, v) => (k, v.unwrap_or_default()),
        };
        match key {
            "E" | "F" | "G" | "P" => {
                let m = match key {
                    "E" => Mode::Extended,
                    "F" => Mode::Fixed,
                    "G" => Mode::Basic,
                    _ => Mode::Perl,
                };
                if chosen.is_some_and(|c| c != m) {
                    ctx.err("conflicting matchers specified").await?;
                    return Ok(Err(2));
                }
                chosen = Some(m);
                mode = m;
            }
            "e" => patterns
                .get_or_insert_with(Vec::new)
                .extend(val.split('\n').map(String::from)),
            "f" => {
                let data = read_one(ctx, &val).await;
                match data {
                    Ok(d) => {
                        let text = String::from_utf8_lossy(&d);
                        let text = text.strip_suffix('\n').unwrap_or(&text);
                        let pats = patterns.get_or_insert_with(Vec::new);
                        if !d.is_empty() {
                            pats.extend(text.split('\n').map(String::from));
                        }
                    }
                    Err(e)
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                    {
                        return Err(e);
                    }
                    Err(e) => {
                        ctx.err(&format!("{val}: {}", e.reason())).await?;
                        return Ok(Err(2));
                    }
                }
            }
            "i" | "y" => icase = true,
            "no-ignore-case" => icase = false,
            "w" => word = true,
            "x" => line = true,
            "z" => null_data = true,
            "s" => no_messages = true,
            "v" => out.invert = true,
            "V" => {
                ctx.stdout.write_str(help::VERSION).await?;
                return Ok(Err(0));
            }
            "help" => {
                ctx.stdout.write_str(help::HELP).await?;
                return Ok(Err(0));
            }
            "m" => match val.trim().parse::<i64>() {
                Ok(n) => out.max_count = if n < 0 { None } else { Some(n as u64) },
                Err(_)
                    if val.trim().bytes().all(|b| b.is_ascii_digit()) && !val.trim().is_empty() =>
                {
                    out.max_count = None
                }
                Err(_) => {
                    ctx.err("invalid max count").await?;
                    return Ok(Err(2));
                }
            },
            "b" => out.byte_offset = true,
            "n" => out.line_number = true,
            "H" => cfg_with_name = Some(true),
            "h" => cfg_with_name = Some(false),
            "label" => label = val,
            "o" => out.only = true,
            "q" => quiet = true,
            "binary-files" => {
                out.binary = match val.as_str() {
                    "binary" => Binary::Note,
                    "text" => Binary::Text,
                    "without-match" => Binary::WithoutMatch,
                    _ => {
                        ctx.err("unknown binary-files type").await?;
                        return Ok(Err(2));
                    }
                }
            }
            "a" => out.binary = Binary::Text,
            "I" => out.binary = Binary::WithoutMatch,
            "d" => match val.as_str() {
                "read" => {
                    recursive = false;
                    dirs_skip = false;
                }
                "skip" => dirs_skip = true,
                "recurse" => recursive = true,
                _ => {
                    ctx.err(&format!(
                        "invalid argument \u{2018}{val}\u{2019} for \u{2018}--directories\u{2019}\nValid arguments are:\n  - \u{2018}read\u{2019}\n  - \u{2018}recurse\u{2019}\n  - \u{2018}skip\u{2019}"
                    ))
                    .await?;
                    usage_error(ctx, None).await?;
                    return Ok(Err(1));
                }
            },
            "r" => recursive = true,
            "R" => {
                recursive = true;
                deref = true;
            }
            "include" => filters.files.push((glob(&val), true)),
            "exclude" => filters.files.push((glob(&val), false)),
            "exclude-from" => match read_one(ctx, &val).await {
                Ok(d) => {
                    for l in String::from_utf8_lossy(&d).lines() {
                        filters.files.push((glob(l), false));
                    }
                }
                Err(e) => {
                    ctx.err(&format!("{val}: {}", e.reason())).await?;
                    return Ok(Err(2));
                }
            },
            "exclude-dir" => filters.dirs.push(glob(&val)),
            "L" => {
                list_without = true;
                list = false;
            }
            "l" => {
                list = true;
                list_without = false;
            }
            "c" => count = true,
            "T" => out.initial_tab = true,
            "Z" => out.null = true,
            "A" | "B" | "C" => {
                let Some(n) = context_num(&val) else {
                    ctx.err(&format!("{val}: invalid context length argument"))
                        .await?;
                    return Ok(Err(2));
                };
                match key {
                    "A" => after = Some(n),
                    "B" => before = Some(n),
                    _ => context = Some(n),
                }
            }
            "group-separator" => out.group_sep = Some(val),
            "no-group-separator" => out.group_sep = None,
            "color" | "colour"
                if !matches!(
                    val.as_str(),
                    "" | "never"
                        | "no"
                        | "none"
                        | "auto"
                        | "tty"
                        | "if-tty"
                        | "always"
                        | "yes"
                        | "force"
                ) =>
            {
                // GNU shows the help text (and succeeds) for an unknown WHEN.
                ctx.stdout.write_str(help::HELP).await?;
                return Ok(Err(0));
            }
            "color" | "colour" => {
                // Standard output is never a terminal here: `auto` means no colour.
                out.color = matches!(val.as_str(), "always" | "yes" | "force");
            }
            _ => {}
        }
    }
    let patterns = match patterns {
        Some(p) => p,
        None => {
            if operands.is_empty() {
                return Ok(Err(usage_error(ctx, None).await?));
            }
            operands.remove(0).split('\n').map(String::from).collect()
        }
    };
    out.before = before.or(context).unwrap_or(0);
    out.after = after.or(context).unwrap_or(0);
    out.report = if quiet {
        Report::Quiet
    } else if list {
        Report::FilesWithMatches
    } else if list_without {
        Report::FilesWithout
    } else if count {
        Report::Count
    } else {
        Report::Lines
    };
    let mopts = MatchOptions {
        mode,
        icase,
        word,
        line,
        eol: if null_data { 0 } else { b'\n' },
    };
    Ok(Ok(Config {
        patterns,
        mopts,
        out,
        recursive,
        deref,
        no_messages,
        dirs_skip,
        label,
        filters,
        with_name: cfg_with_name,
        operands,
    }))
}

#[cfg(test)]
mod tests {
    use super::expand_digits;

    #[test]
    fn digit_options() {
        let v = |a: &[&str]| {
            let args: Vec<String> = a.iter().map(|s| s.to_string()).collect();
            expand_digits(&args).join(" ")
        };
        assert_eq!(v(&["-5", "x"]), "--context=5 x");
        assert_eq!(v(&["-n2", "x"]), "-n --context=2 x");
        assert_eq!(v(&["-e", "-5"]), "-e -5");
        assert_eq!(v(&["-e-5", "-1"]), "-e-5 --context=1");
        assert_eq!(v(&["--", "-5"]), "-- -5");
    }
}

//! `nl`: number lines of files (GNU coreutils semantics: body/header/footer styles,
//! logical page delimiters, `-n ln|rn|rz`, `-w`, `-s`, `-v`, `-i`, `-l`, `-p`).
//!
//! Files are read whole in batches through `read_files`; numbering continues across files.

use regex::bytes::Regex;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::stream::{OutBuf, fatal};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

/// Which lines of a section get a number.
enum Style {
    All,
    NonEmpty,
    None,
    Regex(Regex),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Ln,
    Rn,
    Rz,
}

struct Nl {
    styles: [Style; 3],
    format: Format,
    width: usize,
    sep: Vec<u8>,
    start: i64,
    incr: i64,
    join: u64,
    renumber: bool,
    delim: Vec<u8>,
    // State.
    section: usize,
    line: i64,
    blanks: u64,
}

fn parse_style(s: &str) -> Option<Style> {
    Some(match s {
        "a" => Style::All,
        "t" => Style::NonEmpty,
        "n" => Style::None,
        _ => Style::Regex(Regex::new(&bre(s.strip_prefix('p')?)).ok()?),
    })
}

/// A rough BRE-to-regex translation: `\(` `\)` `\{` `\}` `\|` become groups and
/// intervals, bare `( ) { } | + ?` are literals.
fn bre(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(c @ ('(' | ')' | '{' | '}' | '|' | '+' | '?')) => out.push(c),
                Some(c) => {
                    out.push('\\');
                    out.push(c);
                }
                None => out.push_str("\\\\"),
            },
            '(' | ')' | '{' | '}' | '|' | '+' | '?' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

impl Nl {
    fn number(&mut self, out: &mut Vec<u8>) {
        let n = self.line.to_string();
        let w = self.width;
        let s = match self.format {
            Format::Ln => format!("{n:<w$}"),
            Format::Rn => format!("{n:>w$}"),
            Format::Rz if self.line < 0 => format!("-{:0>w$}", &n[1..], w = w.saturating_sub(1)),
            Format::Rz => format!("{n:0>w$}"),
        };
        out.extend_from_slice(s.as_bytes());
        out.extend_from_slice(&self.sep);
        self.line = self.line.wrapping_add(self.incr);
    }

    fn line(&mut self, line: &[u8], out: &mut Vec<u8>) {
        // Section delimiter lines: the delimiter repeated 3, 2 or 1 times.
        if !self.delim.is_empty() && line.len().is_multiple_of(self.delim.len()) && !line.is_empty()
        {
            let reps = line.len() / self.delim.len();
            if (1..=3).contains(&reps) && line.chunks(self.delim.len()).all(|c| c == self.delim) {
                self.section = 3 - reps;
                if self.renumber {
                    self.line = self.start;
                }
                self.blanks = 0;
                out.push(b'\n');
                return;
            }
        }
        let numbered = match &self.styles[self.section] {
            Style::All => {
                if line.is_empty() {
                    self.blanks += 1;
                    if self.blanks >= self.join {
                        self.blanks = 0;
                        true
                    } else {
                        false
                    }
                } else {
                    self.blanks = 0;
                    true
                }
            }
            Style::NonEmpty => !line.is_empty(),
            Style::None => false,
            Style::Regex(re) => re.is_match(line),
        };
        if numbered {
            self.number(out);
        } else {
            out.extend(std::iter::repeat_n(b' ', self.width + self.sep.len()));
        }
        out.extend_from_slice(line);
        out.push(b'\n');
    }
}

/// Runs `nl`.
pub fn nl<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: include_str!("help/nl.txt"),
            version: "Scott Bartram and David MacKenzie",
            status: 1,
        };
        let spec = "h|header-numbering= b|body-numbering= f|footer-numbering= \
                    v|starting-line-number= i|line-increment= p|no-renumber \
                    l|join-blank-lines= s|number-separator= w|number-width= \
                    n|number-format= d|section-delimiter=";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut nl = Nl {
            styles: [Style::None, Style::NonEmpty, Style::None],
            format: Format::Rn,
            width: 6,
            sep: b"\t".to_vec(),
            start: 1,
            incr: 1,
            join: 1,
            renumber: true,
            delim: b"\\:".to_vec(),
            section: 1,
            line: 1,
            blanks: 0,
        };
        for (key, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            let bad = |what: &str| format!("invalid {what}: {}", quote_locale(&v));
            let err = match *key {
                "h" | "b" | "f" => {
                    let idx = match *key {
                        "h" => 0,
                        "b" => 1,
                        _ => 2,
                    };
                    match parse_style(&v) {
                        Some(s) => {
                            nl.styles[idx] = s;
                            None
                        }
                        None => Some(bad(match *key {
                            "h" => "header numbering style",
                            "b" => "body numbering style",
                            _ => "footer numbering style",
                        })),
                    }
                }
                "n" => match v.as_str() {
                    "ln" => {
                        nl.format = Format::Ln;
                        None
                    }
                    "rn" => {
                        nl.format = Format::Rn;
                        None
                    }
                    "rz" => {
                        nl.format = Format::Rz;
                        None
                    }
                    _ => Some(bad("line numbering format")),
                },
                "w" => match v.parse::<usize>() {
                    Ok(w) if (1..=i32::MAX as usize).contains(&w) => {
                        nl.width = w.min(4096);
                        None
                    }
                    Ok(_) | Err(_) if v.parse::<i64>().is_ok() => Some(format!(
                        "{}: Numerical result out of range",
                        bad("line number field width")
                    )),
                    _ => Some(bad("line number field width")),
                },
                "v" => match v.parse::<i64>() {
                    Ok(n) => {
                        nl.start = n;
                        None
                    }
                    Err(_) => Some(bad("starting line number")),
                },
                "i" => match v.parse::<i64>() {
                    Ok(n) => {
                        nl.incr = n;
                        None
                    }
                    Err(_) => Some(bad("line number increment")),
                },
                "l" => match v.parse::<u64>() {
                    Ok(n) if n > 0 => {
                        nl.join = n;
                        None
                    }
                    Ok(_) => Some(format!(
                        "{}: Numerical result out of range",
                        bad("line number of blank lines")
                    )),
                    Err(_) => Some(bad("line number of blank lines")),
                },
                "s" => {
                    nl.sep = v.into_bytes();
                    None
                }
                "p" => {
                    nl.renumber = false;
                    None
                }
                "d" => {
                    let mut d = v.into_bytes();
                    if d.len() == 1 {
                        d.push(b':');
                    }
                    nl.delim = d;
                    None
                }
                _ => None,
            };
            if let Some(msg) = err {
                ctx.err(&msg).await?;
                if msg.contains("style") || msg.contains("format") {
                    args::try_help(ctx).await?;
                }
                return Ok(1);
            }
        }
        nl.line = nl.start;
        let mut files = parsed.operands;
        if files.is_empty() {
            files.push("-".to_string());
        }
        let mut out = OutBuf::new(&ctx.stdout);
        let mut status = 0;
        for chunk in files.chunks(256) {
            let results = ctx.read_files(chunk).await;
            for (name, r) in chunk.iter().zip(results) {
                ctx.check()?;
                match r {
                    Ok(data) => {
                        for line in data.split_inclusive(|&b| b == b'\n') {
                            let body = line.strip_suffix(b"\n").unwrap_or(line);
                            nl.line(body, out.buf());
                            out.maybe_flush().await?;
                        }
                    }
                    Err(e) if fatal(&e) => return Err(e),
                    Err(e) => {
                        out.flush().await?;
                        ctx.err(&file_error(name, &e)).await?;
                        status = 1;
                    }
                }
            }
        }
        out.flush().await?;
        Ok(status)
    })
}

//! `uniq`: report or omit repeated adjacent lines (GNU coreutils semantics). Streams its
//! input, keeping only the current group's first line.

use crate::commands::args::Usage;
use crate::commands::textio::{Inputs, Lines, Out, Piece, invalid_choice, save, usage_error};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: uniq [OPTION]... [INPUT [OUTPUT]]
Filter adjacent matching lines from INPUT (or standard input),
writing to OUTPUT (or standard output).

With no options, matching lines are merged to the first occurrence.

Mandatory arguments to long options are mandatory for short options too.
  -c, --count           prefix lines by the number of occurrences
  -d, --repeated        only print duplicate lines, one for each group
  -D                    print all duplicate lines
      --all-repeated[=METHOD]  like -D, but allow separating groups
                                 with an empty line;
                                 METHOD={none(default),prepend,separate}
  -f, --skip-fields=N   avoid comparing the first N fields
      --group[=METHOD]  show all items, separating groups with an empty line;
                          METHOD={separate(default),prepend,append,both}
  -i, --ignore-case     ignore differences in case when comparing
  -s, --skip-chars=N    avoid comparing the first N characters
  -u, --unique          only print unique lines
  -z, --zero-terminated     line delimiter is NUL, not newline
  -w, --check-chars=N   compare no more than N characters in lines
      --help        display this help and exit
      --version     output version information and exit

A field is a run of blanks (usually spaces and/or TABs), then non-blank
characters.  Fields are skipped before chars.

Note: 'uniq' does not detect repeated lines unless they are adjacent.
You may want to sort the input first, or use 'sort -u' without 'uniq'.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/uniq>
or available locally via: info '(coreutils) uniq invocation'
"#;

const SPEC: &str = "c|count d|repeated D |all-repeated? |group? f|skip-fields= i|ignore-case \
                    s|skip-chars= u|unique w|check-chars= z|zero-terminated";

/// How groups are delimited by empty lines (`--all-repeated=` / `--group=`).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Sep {
    #[default]
    None,
    Prepend,
    Separate,
    Append,
    Both,
}

#[derive(Default)]
struct Opts {
    count: bool,
    repeated: bool,
    all_repeated: Option<Sep>,
    group: Option<Sep>,
    unique: bool,
    skip_fields: usize,
    skip_chars: usize,
    check_chars: Option<usize>,
    ignore_case: bool,
    delim: u8,
}

impl Opts {
    fn key<'a>(&self, line: &'a [u8]) -> &'a [u8] {
        let mut p = 0;
        for _ in 0..self.skip_fields {
            while p < line.len() && matches!(line[p], b' ' | b'\t') {
                p += 1;
            }
            while p < line.len() && !matches!(line[p], b' ' | b'\t') {
                p += 1;
            }
        }
        p = p.saturating_add(self.skip_chars).min(line.len());
        let end = match self.check_chars {
            Some(w) => p.saturating_add(w).min(line.len()),
            None => line.len(),
        };
        &line[p..end]
    }

    fn same(&self, a: &[u8], b: &[u8]) -> bool {
        let (ka, kb) = (self.key(a), self.key(b));
        if self.ignore_case {
            ka.eq_ignore_ascii_case(kb)
        } else {
            ka == kb
        }
    }
}

/// The state of the group being read.
struct State {
    first: Vec<u8>,
    count: u64,
    started: bool,
    groups: u64,
}

fn emit_line(o: &Opts, line: &[u8], count: u64, out: &mut Vec<u8>) {
    if o.count {
        out.extend_from_slice(format!("{count:>7} ").as_bytes());
    }
    out.extend_from_slice(line);
    out.push(o.delim);
}

impl State {
    /// One more line: either extends the group or closes it.
    fn line(&mut self, o: &Opts, line: &[u8], out: &mut Vec<u8>) {
        if self.started && o.same(&self.first, line) {
            self.count += 1;
            if o.all_repeated.is_some() {
                if self.count == 2 {
                    self.group_start(o, out);
                    emit_line(o, &self.first, 0, out);
                }
                emit_line(o, line, 0, out);
            } else if o.group.is_some() {
                emit_line(o, line, 0, out);
            }
            return;
        }
        if self.started {
            self.close(o, out);
        }
        self.first.clear();
        self.first.extend_from_slice(line);
        self.count = 1;
        self.started = true;
        if let Some(g) = o.group {
            if self.groups > 0 && g != Sep::None || matches!(g, Sep::Prepend | Sep::Both) {
                out.push(o.delim);
            }
            self.groups += 1;
            emit_line(o, line, 0, out);
        }
    }

    fn group_start(&mut self, o: &Opts, out: &mut Vec<u8>) {
        match o.all_repeated {
            Some(Sep::Prepend) => out.push(o.delim),
            Some(Sep::Separate) if self.groups > 0 => out.push(o.delim),
            _ => {}
        }
        self.groups += 1;
    }

    fn close(&mut self, o: &Opts, out: &mut Vec<u8>) {
        if o.all_repeated.is_some() || o.group.is_some() {
            return;
        }
        let dup = self.count > 1;
        if (o.repeated && !dup) || (o.unique && dup) {
            return;
        }
        emit_line(o, &self.first, self.count, out);
    }

    fn finish(&mut self, o: &Opts, out: &mut Vec<u8>) {
        if self.started {
            self.close(o, out);
            if matches!(o.group, Some(Sep::Append | Sep::Both)) {
                out.push(o.delim);
            }
        }
    }
}

fn parse_count(v: &str) -> Option<usize> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<usize>().unwrap_or(usize::MAX))
}

fn sep_arg(v: Option<&str>, choices: &[(&str, Sep)]) -> std::result::Result<Sep, String> {
    let Some(v) = v else {
        return Ok(choices.first().map_or(Sep::None, |c| c.1));
    };
    if let Some(c) = choices.iter().find(|c| c.0 == v) {
        return Ok(c.1);
    }
    let hits: Vec<_> = choices.iter().filter(|c| c.0.starts_with(v)).collect();
    match hits.as_slice() {
        [one] => Ok(one.1),
        _ => Err(v.to_string()),
    }
}

/// Runs `uniq`.
pub fn uniq<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Richard M. Stallman and David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut o = Opts {
            delim: b'\n',
            ..Opts::default()
        };
        for (k, v) in &parsed.opts {
            let val = v.as_deref().unwrap_or("");
            match *k {
                "c" => o.count = true,
                "d" => o.repeated = true,
                "D" => o.all_repeated = Some(Sep::None),
                "all-repeated" => {
                    let choices = [
                        ("none", Sep::None),
                        ("prepend", Sep::Prepend),
                        ("separate", Sep::Separate),
                    ];
                    match sep_arg(v.as_deref(), &choices) {
                        Ok(s) => o.all_repeated = Some(s),
                        Err(bad) => {
                            let choices = ["‘none’", "‘prepend’", "‘separate’"];
                            return invalid_choice(ctx, &bad, "--all-repeated", &choices).await;
                        }
                    }
                }
                "group" => {
                    let choices = [
                        ("separate", Sep::Separate),
                        ("prepend", Sep::Prepend),
                        ("append", Sep::Append),
                        ("both", Sep::Both),
                    ];
                    match sep_arg(v.as_deref(), &choices) {
                        Ok(s) => o.group = Some(s),
                        Err(bad) => {
                            let choices = ["‘prepend’", "‘append’", "‘separate’", "‘both’"];
                            return invalid_choice(ctx, &bad, "--group", &choices).await;
                        }
                    }
                }
                "f" | "s" | "w" => {
                    let Some(n) = parse_count(val) else {
                        let what = match *k {
                            "f" => "invalid number of fields to skip",
                            "s" => "invalid number of bytes to skip",
                            _ => "invalid number of bytes to compare",
                        };
                        ctx.err(&format!("{val}: {what}")).await?;
                        return Ok(1);
                    };
                    match *k {
                        "f" => o.skip_fields = n,
                        "s" => o.skip_chars = n,
                        _ => o.check_chars = Some(n),
                    }
                }
                "i" => o.ignore_case = true,
                "u" => o.unique = true,
                "z" => o.delim = b'\0',
                _ => {}
            }
        }
        if o.group.is_some() && (o.count || o.repeated || o.all_repeated.is_some() || o.unique) {
            let msg = "--group is mutually exclusive with -c/-d/-D/-u";
            return usage_error(ctx, msg, 1).await;
        }
        if o.count && o.all_repeated.is_some() {
            let msg = "printing all duplicated lines and repeat counts is meaningless";
            return usage_error(ctx, msg, 1).await;
        }
        let ops = parsed.operands;
        if ops.len() > 2 {
            let msg = format!("extra operand {}", quote_locale(&ops[2]));
            return usage_error(ctx, &msg, 1).await;
        }
        let input = ops.first().cloned().unwrap_or_else(|| "-".to_string());
        let output = ops.get(1).filter(|p| p.as_str() != "-").cloned();
        let mut inputs = Inputs::new(vec![input]);
        let mut lines = Lines::new(o.delim);
        let mut st = State {
            first: Vec::new(),
            count: 0,
            started: false,
            groups: 0,
        };
        let mut out = Out::default();
        let mut saved = Vec::new();
        while let Some(p) = inputs.next(ctx).await? {
            match p {
                Piece::Data(d) => {
                    lines.feed(&d, |l| st.line(&o, l, &mut out.buf));
                    if output.is_none() {
                        out.maybe_flush(ctx).await?;
                    } else {
                        saved.append(&mut out.buf);
                    }
                }
                Piece::End | Piece::Failed => {
                    if let Some(l) = lines.finish() {
                        st.line(&o, &l, &mut out.buf);
                    }
                }
            }
        }
        if inputs.failed {
            return Ok(1);
        }
        st.finish(&o, &mut out.buf);
        let Some(path) = output else {
            out.flush(ctx).await?;
            return Ok(0);
        };
        saved.append(&mut out.buf);
        Ok(if save(ctx, &path, saved, "").await? {
            0
        } else {
            1
        })
    })
}

//! `join`: join lines of two sorted files on a common field (GNU coreutils semantics:
//! `-1 -2 -j -t -a -v -e -o` (with `auto`), `-i`, `--header`, and the order warnings).

use std::cmp::Ordering;

use crate::commands::args::Usage;
use crate::commands::comm::operands_read;
use crate::commands::textio::{Out, split_lines};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: join [OPTION]... FILE1 FILE2
For each pair of input lines with identical join fields, write a line to
standard output.  The default join field is the first, delimited by blanks.

When FILE1 or FILE2 (not both) is -, read standard input.

  -a FILENUM             also print unpairable lines from file FILENUM, where
                           FILENUM is 1 or 2, corresponding to FILE1 or FILE2
  -e STRING              replace missing (empty) input fields with STRING;
                           I.e., missing fields specified with '-12jo' options
  -i, --ignore-case      ignore differences in case when comparing fields
  -j FIELD               equivalent to '-1 FIELD -2 FIELD'
  -o FORMAT              obey FORMAT while constructing output line
  -t CHAR                use CHAR as input and output field separator
  -v FILENUM             like -a FILENUM, but suppress joined output lines
  -1 FIELD               join on this FIELD of file 1
  -2 FIELD               join on this FIELD of file 2
      --check-order      check that the input is correctly sorted, even
                           if all input lines are pairable
      --nocheck-order    do not check that the input is correctly sorted
      --header           treat the first line in each file as field headers,
                           print them without trying to pair them
  -z, --zero-terminated  line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Unless -t CHAR is given, leading blanks separate fields and are ignored,
else fields are separated by CHAR.  Any FIELD is a field number counted
from 1.  FORMAT is one or more comma or blank separated specifications,
each being 'FILENUM.FIELD' or '0'.  Default FORMAT outputs the join field,
the remaining fields from FILE1, the remaining fields from FILE2, all
separated by CHAR.  If FORMAT is the keyword 'auto', then the first
line of each file determines the number of fields output for each line.

Important: FILE1 and FILE2 must be sorted on the join fields.
E.g., use "sort -k 1b,1" if 'join' has no options,
or use "join -t ''" if 'sort' has no options.
Note, comparisons honor the rules specified by 'LC_COLLATE'.
If the input is not sorted and some lines cannot be joined, a
warning message will be given.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/join>
or available locally via: info '(coreutils) join invocation'
"#;

const SPEC: &str = "a= e= i|ignore-case j= o= t= v= z|zero-terminated |check-order \
                    |nocheck-order |header 1= 2=";

/// One output field of `-o`: 0 is the join field, else (file, 0-based field).
#[derive(Clone, Copy, Debug, PartialEq)]
enum OutField {
    Join,
    Field(usize, usize),
}

/// A line split into fields.
struct Line<'a> {
    text: &'a [u8],
    fields: Vec<&'a [u8]>,
}

fn split_fields(text: &[u8], tab: Option<u8>) -> Vec<&[u8]> {
    match tab {
        Some(t) => {
            if text.is_empty() {
                Vec::new()
            } else {
                text.split(|&b| b == t).collect()
            }
        }
        None => {
            // GNU: leading blanks are skipped; trailing blanks leave an empty last field.
            let blank = |b: &u8| *b == b' ' || *b == b'\t';
            let start = text.iter().take_while(|b| blank(b)).count();
            if start == text.len() {
                return Vec::new();
            }
            let mut out = Vec::new();
            let mut ptr = start;
            loop {
                let end = text[ptr..]
                    .iter()
                    .position(blank)
                    .map_or(text.len(), |p| ptr + p);
                out.push(&text[ptr..end]);
                if end == text.len() {
                    return out;
                }
                ptr = end + text[end..].iter().take_while(|b| blank(b)).count();
                if ptr == text.len() {
                    out.push(&text[ptr..]);
                    return out;
                }
            }
        }
    }
}

fn make_lines(d: &[u8], eol: u8, tab: Option<u8>) -> Vec<Line<'_>> {
    split_lines(d, eol)
        .into_iter()
        .map(|text| Line {
            text,
            fields: split_fields(text, tab),
        })
        .collect()
}

struct Join<'a> {
    tab: Option<u8>,
    fields: [usize; 2],
    ignore_case: bool,
    empty: Option<Vec<u8>>,
    format: Option<Vec<OutField>>,
    /// `-o auto`: field counts from the first lines.
    auto: Option<[usize; 2]>,
    lines: [Vec<Line<'a>>; 2],
}

impl Join<'_> {
    fn key(&self, f: usize, i: usize) -> &[u8] {
        self.lines[f][i]
            .fields
            .get(self.fields[f])
            .copied()
            .unwrap_or_default()
    }

    fn cmp_keys(&self, a: &[u8], b: &[u8]) -> Ordering {
        if self.ignore_case {
            let la = a.iter().map(u8::to_ascii_lowercase);
            let lb = b.iter().map(u8::to_ascii_lowercase);
            la.cmp(lb)
        } else {
            a.cmp(b)
        }
    }

    fn sep(&self) -> u8 {
        self.tab.unwrap_or(b' ')
    }

    fn field(&self, f: usize, line: Option<usize>, n: usize, out: &mut Vec<u8>) {
        let v = line.and_then(|i| self.lines[f][i].fields.get(n));
        match (v, &self.empty) {
            (Some(v), _) => out.extend_from_slice(v),
            (None, Some(e)) => out.extend_from_slice(e),
            (None, None) => {}
        }
    }

    /// Prints a joined (or unpaired) line; `None` is the missing side.
    fn print(&self, l1: Option<usize>, l2: Option<usize>, out: &mut Vec<u8>, eol: u8) {
        let (jf, jl) = match l1 {
            Some(i) => (0, Some(i)),
            None => (1, l2),
        };
        let sep = self.sep();
        let format = self.format.clone().or_else(|| {
            self.auto.map(|counts| {
                let mut v = vec![OutField::Join];
                for (f, &count) in counts.iter().enumerate() {
                    v.extend(
                        (0..count)
                            .filter(|&n| n != self.fields[f])
                            .map(|n| OutField::Field(f, n)),
                    );
                }
                v
            })
        });
        if let Some(format) = format {
            for (k, of) in format.iter().enumerate() {
                if k > 0 {
                    out.push(sep);
                }
                match *of {
                    OutField::Join => self.field(jf, jl, self.fields[jf], out),
                    OutField::Field(f, n) => self.field(f, if f == 0 { l1 } else { l2 }, n, out),
                }
            }
            out.push(eol);
            return;
        }
        self.field(jf, jl, self.fields[jf], out);
        for (f, line) in [(0, l1), (1, l2)] {
            let Some(i) = line else { continue };
            for (n, v) in self.lines[f][i].fields.iter().enumerate() {
                if n != self.fields[f] {
                    out.push(sep);
                    out.extend_from_slice(v);
                }
            }
        }
        out.push(eol);
    }
}

fn parse_field(v: &str) -> Option<usize> {
    match v.parse::<usize>() {
        Ok(n) if n > 0 => Some(n - 1),
        _ => None,
    }
}

fn parse_format(s: &str) -> std::result::Result<Vec<OutField>, String> {
    let mut v = Vec::new();
    for item in s.split([',', ' ', '\t']).filter(|s| !s.is_empty()) {
        if item == "0" {
            v.push(OutField::Join);
            continue;
        }
        let Some((file, field)) = item.split_once('.') else {
            return Err(format!("invalid field specifier: {}", quote_locale(item)));
        };
        let file = match file {
            "1" => 0,
            "2" => 1,
            "0" => return Err(format!("invalid field specifier: {}", quote_locale(item))),
            _ => {
                return Err(format!(
                    "invalid file number in field spec: {}",
                    quote_locale(item)
                ));
            }
        };
        match parse_field(field) {
            Some(n) => v.push(OutField::Field(file, n)),
            None => return Err(format!("invalid field number: {}", quote_locale(field))),
        }
    }
    Ok(v)
}

/// Runs `join`.
pub fn join<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Mike Haertel",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut fields = [0usize; 2];
        let mut unpaired = [false; 2];
        let mut print_pairs = true;
        let (mut tab, mut empty, mut format, mut auto) = (None, None, None, false);
        let (mut ignore_case, mut header, mut eol) = (false, false, b'\n');
        let mut check: Option<bool> = None;
        for (k, v) in &parsed.opts {
            let val = v.clone().unwrap_or_default();
            match *k {
                "1" | "2" | "j" => {
                    let Some(n) = parse_field(&val) else {
                        ctx.err(&format!("invalid field number: {}", quote_locale(&val)))
                            .await?;
                        return Ok(1);
                    };
                    match *k {
                        "1" => fields[0] = n,
                        "2" => fields[1] = n,
                        _ => fields = [n, n],
                    }
                }
                "a" | "v" => {
                    let f = match val.as_str() {
                        "1" => 0,
                        "2" => 1,
                        _ => {
                            let msg = format!("invalid field number: {}", quote_locale(&val));
                            ctx.err(&msg).await?;
                            return Ok(1);
                        }
                    };
                    unpaired[f] = true;
                    if *k == "v" {
                        print_pairs = false;
                    }
                }
                "e" => empty = Some(val.into_bytes()),
                "o" if val == "auto" => auto = true,
                "o" => match parse_format(&val) {
                    Ok(f) => format.get_or_insert_with(Vec::new).extend(f),
                    Err(msg) => {
                        ctx.err(&msg).await?;
                        return Ok(1);
                    }
                },
                "t" => {
                    let t = match val.as_bytes() {
                        [] => b'\n',
                        [c] => *c,
                        b"\\0" => 0,
                        _ => {
                            let msg = format!("multi-character tab {}", quote_locale(&val));
                            ctx.err(&msg).await?;
                            return Ok(1);
                        }
                    };
                    tab = Some(t);
                }
                "i" => ignore_case = true,
                "header" => header = true,
                "z" => eol = b'\0',
                "check-order" => check = Some(true),
                "nocheck-order" => check = Some(false),
                _ => {}
            }
        }
        let data = match operands_read(ctx, &parsed.operands).await? {
            Ok(d) => d,
            Err(status) => return Ok(status),
        };
        let lines = [
            make_lines(&data[0], eol, tab),
            make_lines(&data[1], eol, tab),
        ];
        let auto_counts = auto.then(|| {
            [
                lines[0].first().map_or(0, |l| l.fields.len()),
                lines[1].first().map_or(0, |l| l.fields.len()),
            ]
        });
        let j = Join {
            tab,
            fields,
            ignore_case,
            empty,
            format,
            auto: auto_counts,
            lines,
        };
        let names = [&parsed.operands[0], &parsed.operands[1]];
        let mut run = Run {
            j: &j,
            at: [0, 0],
            warned: [false, false],
            seen_unpairable: false,
            check,
            messages: Vec::new(),
        };
        let mut out = Out::default();
        if header {
            let h = [
                (!j.lines[0].is_empty()).then_some(0),
                (!j.lines[1].is_empty()).then_some(0),
            ];
            if h[0].is_some() || h[1].is_some() {
                j.print(h[0], h[1], &mut out.buf, eol);
            }
            run.at = [usize::from(h[0].is_some()), usize::from(h[1].is_some())];
        }
        let strict = check == Some(true);
        loop {
            ctx.check()?;
            if strict && !run.messages.is_empty() {
                break;
            }
            let (n0, n1) = (j.lines[0].len(), j.lines[1].len());
            if run.at[0] >= n0 || run.at[1] >= n1 {
                break;
            }
            let (a, b) = (run.at[0], run.at[1]);
            let d = j.cmp_keys(j.key(0, a), j.key(1, b));
            if d != Ordering::Equal {
                let f = usize::from(d == Ordering::Greater);
                if unpaired[f] {
                    let (l1, l2) = if f == 0 {
                        (Some(a), None)
                    } else {
                        (None, Some(b))
                    };
                    j.print(l1, l2, &mut out.buf, eol);
                }
                run.advance(f);
                run.seen_unpairable = true;
                continue;
            }
            // Groups of equal keys on both sides.
            let mut e0 = a + 1;
            while e0 < n0 && j.cmp_keys(j.key(0, e0), j.key(1, b)) == Ordering::Equal {
                e0 += 1;
            }
            let mut e1 = b + 1;
            while e1 < n1 && j.cmp_keys(j.key(0, a), j.key(1, e1)) == Ordering::Equal {
                e1 += 1;
            }
            if print_pairs {
                for x in a..e0 {
                    for y in b..e1 {
                        j.print(Some(x), Some(y), &mut out.buf, eol);
                    }
                }
            }
            while run.at[0] < e0 {
                run.advance(0);
            }
            while run.at[1] < e1 {
                run.advance(1);
            }
            out.maybe_flush(ctx).await?;
        }
        for (f, &show) in unpaired.iter().enumerate() {
            let len = j.lines[f].len();
            while run.at[f] < len && (!strict || run.messages.is_empty()) {
                let i = run.at[f];
                if show {
                    let (l1, l2) = if f == 0 {
                        (Some(i), None)
                    } else {
                        (None, Some(i))
                    };
                    j.print(l1, l2, &mut out.buf, eol);
                }
                run.advance(f);
            }
        }
        for (f, line) in std::mem::take(&mut run.messages) {
            out.flush(ctx).await?;
            let mut msg =
                format!("{}: {}:{}: is not sorted: ", ctx.name(), names[f], line + 1).into_bytes();
            msg.extend_from_slice(j.lines[f][line].text);
            msg.push(b'\n');
            ctx.stderr.write(&msg).await?;
            if check == Some(true) {
                return Ok(1);
            }
        }
        out.flush(ctx).await?;
        if run.warned[0] || run.warned[1] {
            ctx.err("input is not in sorted order").await?;
            return Ok(1);
        }
        Ok(0)
    })
}

/// The merge position and the order checks.
struct Run<'j, 'a> {
    j: &'j Join<'a>,
    at: [usize; 2],
    warned: [bool; 2],
    seen_unpairable: bool,
    check: Option<bool>,
    /// Disorder found: (file, line index).
    messages: Vec<(usize, usize)>,
}

impl Run<'_, '_> {
    fn advance(&mut self, f: usize) {
        self.at[f] += 1;
        let i = self.at[f];
        let active = match self.check {
            Some(on) => on,
            None => self.seen_unpairable,
        };
        if !active || self.warned[f] || i >= self.j.lines[f].len() || i == 0 {
            return;
        }
        if self.j.cmp_keys(self.j.key(f, i - 1), self.j.key(f, i)) == Ordering::Greater {
            self.warned[f] = true;
            self.messages.push((f, i));
        }
    }
}

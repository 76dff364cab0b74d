//! `expand` and `unexpand`: convert tabs to spaces and back (GNU coreutils semantics,
//! including tab lists with `/N` and `+N` last entries). Columns count bytes, like GNU.

use crate::commands::args::Usage;
use crate::commands::textio::{Inputs, Out, Piece, obsolete_numeric_option};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const EXPAND_HELP: &str = r#"Usage: expand [OPTION]... [FILE]...
Convert tabs in each FILE to spaces, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -i, --initial    do not convert tabs after non blanks
  -t, --tabs=N     have tabs N characters apart, not 8
  -t, --tabs=LIST  use comma separated list of tab positions.
                     The last specified position can be prefixed with '/'
                     to specify a tab size to use after the last
                     explicitly specified tab stop.  Also a prefix of '+'
                     can be used to align remaining tab stops relative to
                     the last specified tab stop instead of the first column
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/expand>
or available locally via: info '(coreutils) expand invocation'
"#;
const UNEXPAND_HELP: &str = r#"Usage: unexpand [OPTION]... [FILE]...
Convert blanks in each FILE to tabs, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all        convert all blanks, instead of just initial blanks
      --first-only  convert only leading sequences of blanks (overrides -a)
  -t, --tabs=N     have tabs N characters apart instead of 8 (enables -a)
  -t, --tabs=LIST  use comma separated list of tab positions.
                     The last specified position can be prefixed with '/'
                     to specify a tab size to use after the last
                     explicitly specified tab stop.  Also a prefix of '+'
                     can be used to align remaining tab stops relative to
                     the last specified tab stop instead of the first column
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/unexpand>
or available locally via: info '(coreutils) unexpand invocation'
"#;

/// Tab stops: one size, or a list with an optional repeating (`/N`) or incremental
/// (`+N`) tail.
#[derive(Clone, Debug, Default, PartialEq)]
struct Stops {
    size: u64,
    list: Vec<u64>,
    extend: u64,
    increment: u64,
}

impl Stops {
    /// The column of the next tab stop after `column`; `None` past the last stop.
    fn next(&self, column: u64, index: &mut usize) -> Option<u64> {
        if self.size > 0 {
            return Some(column + (self.size - column % self.size));
        }
        while *index < self.list.len() {
            let tab = self.list[*index];
            if column < tab {
                return Some(tab);
            }
            *index += 1;
        }
        if self.extend > 0 {
            return Some(column + (self.extend - column % self.extend));
        }
        if self.increment > 0 {
            let end = self.list.last().copied().unwrap_or(0);
            return Some(column + (self.increment - (column - end) % self.increment));
        }
        None
    }
}

/// Adds the tab stops of one `-t` argument; the error is the message.
fn parse_stops(arg: &str, stops: &mut Stops) -> std::result::Result<(), String> {
    let items: Vec<&str> = arg
        .split([',', ' ', '\t'])
        .filter(|s| !s.is_empty())
        .collect();
    for (i, item) in items.iter().enumerate() {
        let (kind, num) = match item.as_bytes().first() {
            Some(b'/') => ('/', &item[1..]),
            Some(b'+') => ('+', &item[1..]),
            _ => (' ', *item),
        };
        if !num.bytes().all(|b| b.is_ascii_digit()) || num.is_empty() {
            let bad: String = item
                .chars()
                .filter(|c| !c.is_ascii_digit() && *c != '/' && *c != '+')
                .take(1)
                .collect();
            let bad = if bad.is_empty() {
                item.to_string()
            } else {
                bad
            };
            return Err(format!(
                "tab size contains invalid character(s): {}",
                quote_locale(&bad)
            ));
        }
        let Ok(v) = num.parse::<u64>() else {
            return Err(format!("tab stop is too large {}", quote_locale(num)));
        };
        if kind != ' ' && i + 1 != items.len() {
            return Err(format!(
                "'{kind}' specifier only allowed with the last value"
            ));
        }
        match kind {
            '/' => stops.extend = v,
            '+' => stops.increment = v,
            _ => {
                if v == 0 {
                    return Err("tab size cannot be 0".into());
                }
                if stops.list.last().is_some_and(|&l| v <= l) {
                    return Err("tab sizes must be ascending".into());
                }
                stops.list.push(v);
            }
        }
    }
    Ok(())
}

fn finish_stops(mut s: Stops) -> Stops {
    if s.list.is_empty() && s.extend == 0 && s.increment == 0 {
        s.size = 8;
    } else if s.list.len() == 1 && s.extend == 0 && s.increment == 0 {
        s.size = s.list[0];
        s.list.clear();
    } else if s.list.is_empty() {
        s.size = s.extend.max(s.increment);
        s.extend = 0;
        s.increment = 0;
    }
    s
}

/// The per-line state of `expand`.
struct Expander {
    stops: Stops,
    initial: bool,
    column: u64,
    index: usize,
    convert: bool,
}

impl Expander {
    fn byte(&mut self, c: u8, out: &mut Vec<u8>) {
        if c == b'\n' {
            out.push(c);
            self.column = 0;
            self.index = 0;
            self.convert = true;
            return;
        }
        if !self.convert {
            out.push(c);
            return;
        }
        let mut c = c;
        if c == b'\t' {
            let next = self
                .stops
                .next(self.column, &mut self.index)
                .unwrap_or(self.column + 1);
            self.column += 1;
            while self.column < next {
                out.push(b' ');
                self.column += 1;
            }
            c = b' ';
        } else if c == 8 {
            self.column = self.column.saturating_sub(1);
            self.index = self.index.saturating_sub(1);
        } else {
            self.column += 1;
        }
        if self.initial && c != b' ' && c != b'\t' {
            self.convert = false;
        }
        out.push(c);
    }
}

/// The per-line state of `unexpand` (a port of GNU's loop).
struct Unexpander {
    stops: Stops,
    all: bool,
    convert: bool,
    column: u64,
    index: usize,
    one_blank_before_stop: bool,
    prev_blank: bool,
    pending: Vec<u8>,
}

impl Unexpander {
    fn reset(&mut self) {
        self.convert = true;
        self.column = 0;
        self.index = 0;
        self.one_blank_before_stop = false;
        self.prev_blank = true;
        self.pending.clear();
    }

    fn flush_pending(&mut self, out: &mut Vec<u8>) {
        if !self.pending.is_empty() {
            if self.pending.len() > 1 && self.one_blank_before_stop {
                self.pending[0] = b'\t';
            }
            out.extend_from_slice(&self.pending);
            self.pending.clear();
            self.one_blank_before_stop = false;
        }
    }

    fn byte(&mut self, c: u8, out: &mut Vec<u8>) {
        let mut c = c;
        if self.convert {
            let blank = c == b' ' || c == b'\t';
            if blank {
                let next = self.stops.next(self.column, &mut self.index);
                match next {
                    None => self.convert = false,
                    Some(next) => {
                        if c == b'\t' {
                            self.column = next;
                            if let Some(p) = self.pending.first_mut() {
                                *p = b'\t';
                            }
                        } else {
                            self.column += 1;
                            if !(self.prev_blank && self.column == next) {
                                if self.column == next {
                                    self.one_blank_before_stop = true;
                                }
                                self.pending.push(c);
                                self.prev_blank = true;
                                return;
                            }
                            if let Some(p) = self.pending.first_mut() {
                                *p = b'\t';
                            }
                            c = b'\t';
                        }
                        let keep = usize::from(self.one_blank_before_stop).min(self.pending.len());
                        self.pending.truncate(keep);
                    }
                }
            } else if c == 8 {
                self.column = self.column.saturating_sub(1);
                self.index = self.index.saturating_sub(1);
            } else {
                self.column += 1;
            }
            self.flush_pending(out);
            self.prev_blank = blank;
            self.convert &= self.all || blank;
        }
        out.push(c);
        if c == b'\n' {
            self.reset();
        }
    }
}

const EXPAND_SPEC: &str = "i|initial t|tabs=";
const UNEXPAND_SPEC: &str = "a|all |first-only t|tabs=";

async fn run_tabs(ctx: &mut Ctx<'_>, unexpand: bool) -> Result<i32> {
    ctx.args = obsolete_numeric_option(&ctx.args, 't', true);
    let usage = Usage {
        help: if unexpand { UNEXPAND_HELP } else { EXPAND_HELP },
        version: "David MacKenzie",
        status: 1,
    };
    let spec = if unexpand { UNEXPAND_SPEC } else { EXPAND_SPEC };
    let parsed = crate::parse_or_exit!(ctx, spec, usage);
    let mut stops = Stops::default();
    let (mut initial, mut all, mut first_only, mut tabs_given) = (false, false, false, false);
    for (k, v) in &parsed.opts {
        match *k {
            "i" => initial = true,
            "a" => all = true,
            "first-only" => first_only = true,
            "t" => {
                tabs_given = true;
                if let Err(msg) = parse_stops(v.as_deref().unwrap_or(""), &mut stops) {
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
            }
            _ => {}
        }
    }
    let stops = finish_stops(stops);
    if unexpand && tabs_given && !first_only {
        all = true;
    }
    if unexpand && first_only {
        all = false;
    }
    let mut ex = Expander {
        stops: stops.clone(),
        initial,
        column: 0,
        index: 0,
        convert: true,
    };
    let mut un = Unexpander {
        stops,
        all,
        convert: true,
        column: 0,
        index: 0,
        one_blank_before_stop: false,
        prev_blank: true,
        pending: Vec::new(),
    };
    let mut inputs = Inputs::new(parsed.operands);
    let mut out = Out::default();
    while let Some(p) = inputs.next(ctx).await? {
        if let Piece::Data(d) = p {
            for &c in d.iter() {
                if unexpand {
                    un.byte(c, &mut out.buf);
                } else {
                    ex.byte(c, &mut out.buf);
                }
            }
            out.maybe_flush(ctx).await?;
        }
    }
    if unexpand {
        un.flush_pending(&mut out.buf);
    }
    out.flush(ctx).await?;
    Ok(i32::from(inputs.failed))
}

/// Runs `expand`.
pub fn expand<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(run_tabs(ctx, false))
}

/// Runs `unexpand`.
pub fn unexpand<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(run_tabs(ctx, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stops: &str, unexpand: bool, input: &str) -> String {
        let mut s = Stops::default();
        if !stops.is_empty() {
            parse_stops(stops, &mut s).expect("valid stops");
        }
        let stops = finish_stops(s);
        let mut out = Vec::new();
        if unexpand {
            let mut u = Unexpander {
                stops,
                all: true,
                convert: true,
                column: 0,
                index: 0,
                one_blank_before_stop: false,
                prev_blank: true,
                pending: Vec::new(),
            };
            input.bytes().for_each(|c| u.byte(c, &mut out));
            u.flush_pending(&mut out);
        } else {
            let mut e = Expander {
                stops,
                initial: false,
                column: 0,
                index: 0,
                convert: true,
            };
            input.bytes().for_each(|c| e.byte(c, &mut out));
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn tabs() {
        assert_eq!(run("", false, "a\tb\n"), "a       b\n");
        assert_eq!(run("4", false, "a\tb\n"), "a   b\n");
        assert_eq!(run("2,+4", false, "a\tb\tc\td\n"), "a b   c   d\n");
        assert_eq!(run("", true, "        a       b\n"), "\ta\tb\n");
    }
}

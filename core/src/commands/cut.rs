//! `cut`: print selected bytes, characters or fields of each line (GNU coreutils
//! semantics; like GNU, `-c` counts bytes).

use crate::commands::Ctx;
use crate::commands::args::Usage;
use crate::commands::quote_locale;
use crate::commands::textio::{filter_lines, usage_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: cut OPTION... [FILE]...
Print selected parts of lines from each FILE to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes=LIST        select only these bytes
  -c, --characters=LIST   select only these characters
  -d, --delimiter=DELIM   use DELIM instead of TAB for field delimiter
  -f, --fields=LIST       select only these fields;  also print any line
                            that contains no delimiter character, unless
                            the -s option is specified
  -n                      (ignored)
      --complement        complement the set of selected bytes, characters
                            or fields
  -s, --only-delimited    do not print lines not containing delimiters
      --output-delimiter=STRING  use STRING as the output delimiter
                            the default is to use the input delimiter
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Use one, and only one of -b, -c or -f.  Each LIST is made up of one
range, or many ranges separated by commas.  Selected input is written
in the same order that it is read, and is written exactly once.
Each range is one of:

  N     N'th byte, character or field, counted from 1
  N-    from N'th byte, character or field, to end of line
  N-M   from N'th to M'th (included) byte, character or field
  -M    from first to M'th (included) byte, character or field

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/cut>
or available locally via: info '(coreutils) cut invocation'
"#;

const SPEC: &str = "b|bytes= c|characters= d|delimiter= f|fields= n |complement \
                    s|only-delimited |output-delimiter= z|zero-terminated";

/// Parses a LIST into sorted, merged, 1-based inclusive ranges; the error is the message.
fn parse_list(s: &str, fields: bool) -> std::result::Result<Vec<(usize, usize)>, String> {
    let zero = if fields {
        "fields are numbered from 1"
    } else {
        "byte/character positions are numbered from 1"
    };
    let mut ranges = Vec::new();
    let (mut value, mut initial) = (0usize, 0usize);
    let (mut lhs, mut rhs, mut dash) = (false, false, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        let c = bytes.get(i).copied();
        match c {
            Some(b'-') => {
                if dash {
                    return Err(if fields {
                        "invalid field range".into()
                    } else {
                        "invalid byte or character range".into()
                    });
                }
                dash = true;
                if lhs && value == 0 {
                    return Err(zero.into());
                }
                initial = if lhs { value } else { 1 };
                value = 0;
            }
            None | Some(b',' | b' ' | b'\t') => {
                if dash {
                    dash = false;
                    if !lhs && !rhs {
                        return Err("invalid range with no endpoint: -".into());
                    }
                    if !rhs {
                        ranges.push((initial, usize::MAX));
                    } else {
                        if value < initial {
                            return Err("invalid decreasing range".into());
                        }
                        ranges.push((initial, value));
                    }
                } else {
                    if value == 0 {
                        return Err(zero.into());
                    }
                    ranges.push((value, value));
                }
                value = 0;
                if c.is_none() {
                    break;
                }
                lhs = false;
                rhs = false;
            }
            Some(d @ b'0'..=b'9') => {
                if dash {
                    rhs = true;
                } else {
                    lhs = true;
                }
                match value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(usize::from(d - b'0')))
                {
                    Some(v) if v != usize::MAX => value = v,
                    _ => {
                        let start = bytes[..i]
                            .iter()
                            .rposition(|b| !b.is_ascii_digit())
                            .map_or(0, |p| p + 1);
                        let end = i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                        let num = quote_locale(&s[start..end]);
                        return Err(if fields {
                            format!("field number {num} is too large")
                        } else {
                            format!("byte/character offset {num} is too large")
                        });
                    }
                }
            }
            Some(_) => {
                let rest = quote_locale(&s[i..]);
                return Err(if fields {
                    format!("invalid field value {rest}")
                } else {
                    format!("invalid byte/character position {rest}")
                });
            }
        }
        i += 1;
    }
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.0 <= last.1.saturating_add(1) => last.1 = last.1.max(r.1),
            _ => merged.push(r),
        }
    }
    Ok(merged)
}

/// The selected positions, as a cursor over sorted ranges.
struct Sel<'a> {
    ranges: &'a [(usize, usize)],
    complement: bool,
}

impl Sel<'_> {
    fn has(&self, pos: usize, at: &mut usize) -> bool {
        while *at < self.ranges.len() && self.ranges[*at].1 < pos {
            *at += 1;
        }
        let inside = self.ranges.get(*at).is_some_and(|r| r.0 <= pos);
        inside != self.complement
    }
}

fn cut_bytes(sel: &Sel, out_delim: Option<&[u8]>, line: &[u8], out: &mut Vec<u8>) {
    let mut at = 0;
    let mut prev = false;
    let mut any = false;
    for (i, &b) in line.iter().enumerate() {
        let on = sel.has(i + 1, &mut at);
        if on {
            if let Some(d) = out_delim
                && any
                && !prev
            {
                out.extend_from_slice(d);
            }
            out.push(b);
            any = true;
        }
        prev = on;
    }
}

struct Fields<'a> {
    sel: Sel<'a>,
    delim: u8,
    out_delim: Vec<u8>,
    only_delimited: bool,
}

impl Fields<'_> {
    /// Cuts one line; false when the line is suppressed (`-s`).
    fn cut(&self, line: &[u8], out: &mut Vec<u8>) -> bool {
        if memchr::memchr(self.delim, line).is_none() {
            if self.only_delimited {
                return false;
            }
            out.extend_from_slice(line);
            return true;
        }
        let mut at = 0;
        let mut first = true;
        for (i, field) in line.split(|&b| b == self.delim).enumerate() {
            if self.sel.has(i + 1, &mut at) {
                if !first {
                    out.extend_from_slice(&self.out_delim);
                }
                out.extend_from_slice(field);
                first = false;
            }
        }
        true
    }
}

/// Runs `cut`.
pub fn cut<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "David M. Ihnat, David MacKenzie, and Jim Meyering",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut list: Option<(bool, String)> = None;
        let mut delim: Option<String> = None;
        let mut out_delim: Option<String> = None;
        let (mut complement, mut only_delimited, mut zero) = (false, false, false);
        for (k, v) in &parsed.opts {
            let v = v.clone().unwrap_or_default();
            match *k {
                "b" | "c" | "f" => {
                    if list.is_some() {
                        return usage_error(ctx, "only one list may be specified", 1).await;
                    }
                    list = Some((*k == "f", v));
                }
                "d" => {
                    // Checked as the option is seen, before the other checks (GNU).
                    if v.len() > 1 {
                        let msg = "the delimiter must be a single character";
                        return usage_error(ctx, msg, 1).await;
                    }
                    delim = Some(v)
                }
                "output-delimiter" => out_delim = Some(v),
                "complement" => complement = true,
                "s" => only_delimited = true,
                "z" => zero = true,
                _ => {}
            }
        }
        let Some((fields, spec)) = list else {
            let msg = "you must specify a list of bytes, characters, or fields";
            return usage_error(ctx, msg, 1).await;
        };
        if !fields && delim.is_some() {
            let msg = "an input delimiter may be specified only when operating on fields";
            return usage_error(ctx, msg, 1).await;
        }
        if !fields && only_delimited {
            let msg = "suppressing non-delimited lines makes sense\n\tonly when operating on \
                       fields";
            return usage_error(ctx, msg, 1).await;
        }
        let delim_byte = match delim.as_deref().map(str::as_bytes) {
            None => b'\t',
            Some([]) => b'\0',
            Some([c]) => *c,
            Some(_) => {
                return usage_error(ctx, "the delimiter must be a single character", 1).await;
            }
        };
        let ranges = match parse_list(&spec, fields) {
            Ok(r) => r,
            Err(msg) => return usage_error(ctx, &msg, 1).await,
        };
        let sel = Sel {
            ranges: &ranges,
            complement,
        };
        let line_delim = if zero { b'\0' } else { b'\n' };
        let files = parsed.operands;
        if fields {
            let f = Fields {
                sel,
                delim: delim_byte,
                out_delim: out_delim.map_or_else(|| vec![delim_byte], String::into_bytes),
                only_delimited,
            };
            filter_lines(ctx, files, line_delim, |line, out| {
                if f.cut(line, out) {
                    out.push(line_delim);
                }
            })
            .await
        } else {
            let od = out_delim.map(String::into_bytes);
            filter_lines(ctx, files, line_delim, |line, out| {
                cut_bytes(&sel, od.as_deref(), line, out);
                out.push(line_delim);
            })
            .await
        }
    })
}

#[cfg(test)]
mod tests {
    use super::parse_list;

    #[test]
    fn lists() {
        let max = usize::MAX;
        assert_eq!(
            parse_list("1,3-4,6-", true),
            Ok(vec![(1, 1), (3, 4), (6, max)])
        );
        assert_eq!(parse_list("-2,2-3", true), Ok(vec![(1, 3)]));
        assert_eq!(
            parse_list("3-1", true),
            Err("invalid decreasing range".into())
        );
        assert_eq!(
            parse_list("0", true),
            Err("fields are numbered from 1".into())
        );
    }
}

//! `tr`: translate, squeeze and delete bytes (GNU coreutils semantics: sets are byte
//! sets; ranges, `[:class:]`, `[=c=]`, `[c*n]` and backslash escapes).

use crate::commands::args::Usage;
use crate::commands::textio::{Out, usage_error};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: tr [OPTION]... STRING1 [STRING2]
Translate, squeeze, and/or delete characters from standard input,
writing to standard output.  STRING1 and STRING2 specify arrays of
characters ARRAY1 and ARRAY2 that control the action.

  -c, -C, --complement    use the complement of ARRAY1
  -d, --delete            delete characters in ARRAY1, do not translate
  -s, --squeeze-repeats   replace each sequence of a repeated character
                            that is listed in the last specified ARRAY,
                            with a single occurrence of that character
  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2
      --help        display this help and exit
      --version     output version information and exit

ARRAYs are specified as strings of characters.  Most represent themselves.
Interpreted sequences are:

  \NNN            character with octal value NNN (1 to 3 octal digits)
  \\              backslash
  \a              audible BEL
  \b              backspace
  \f              form feed
  \n              new line
  \r              return
  \t              horizontal tab
  \v              vertical tab
  CHAR1-CHAR2     all characters from CHAR1 to CHAR2 in ascending order
  [CHAR*]         in ARRAY2, copies of CHAR until length of ARRAY1
  [CHAR*REPEAT]   REPEAT copies of CHAR, REPEAT octal if starting with 0
  [:alnum:]       all letters and digits
  [:alpha:]       all letters
  [:blank:]       all horizontal whitespace
  [:cntrl:]       all control characters
  [:digit:]       all digits
  [:graph:]       all printable characters, not including space
  [:lower:]       all lower case letters
  [:print:]       all printable characters, including space
  [:punct:]       all punctuation characters
  [:space:]       all horizontal or vertical whitespace
  [:upper:]       all upper case letters
  [:xdigit:]      all hexadecimal digits
  [=CHAR=]        all characters which are equivalent to CHAR

Translation occurs if -d is not given and both STRING1 and STRING2 appear.
-t may be used only when translating.  ARRAY2 is extended to length of
ARRAY1 by repeating its last character as necessary.  Excess characters
of ARRAY2 are ignored.  Character classes expand in unspecified order;
while translating, [:lower:] and [:upper:] may be used in pairs to
specify case conversion.  Squeezing occurs after translation or deletion.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/tr>
or available locally via: info '(coreutils) tr invocation'
"#;

const SPEC: &str = "c|complement C d|delete s|squeeze-repeats t|truncate-set1";

/// One element of a parsed set.
#[derive(Clone, Debug, PartialEq)]
enum Elem {
    Bytes(Vec<u8>),
    /// `[c*n]`; `None` for `[c*]` (fill to the length of SET1).
    Repeat(u8, Option<usize>),
    Class(&'static str),
}

const CLASSES: [&str; 12] = [
    "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space",
    "upper", "xdigit",
];

fn class_has(class: &str, b: u8) -> bool {
    match class {
        "alnum" => b.is_ascii_alphanumeric(),
        "alpha" => b.is_ascii_alphabetic(),
        "blank" => b == b' ' || b == b'\t',
        "cntrl" => b.is_ascii_control(),
        "digit" => b.is_ascii_digit(),
        "graph" => b.is_ascii_graphic(),
        "lower" => b.is_ascii_lowercase(),
        "print" => b.is_ascii_graphic() || b == b' ',
        "punct" => b.is_ascii_punctuation(),
        "space" => matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c),
        "upper" => b.is_ascii_uppercase(),
        _ => b.is_ascii_hexdigit(),
    }
}

/// Unescapes one set string into (byte, was_escaped) pairs.
fn unescape(s: &[u8], warn: &mut bool) -> Vec<(u8, bool)> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' {
            out.push((s[i], false));
            i += 1;
            continue;
        }
        let Some(&c) = s.get(i + 1) else {
            *warn = true;
            out.push((b'\\', false));
            i += 1;
            continue;
        };
        i += 2;
        let b = match c {
            b'a' => 7,
            b'b' => 8,
            b'f' => 12,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 11,
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 {
                    match s.get(i) {
                        Some(&d @ b'0'..=b'7') if v * 8 + u32::from(d - b'0') <= 255 => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                v as u8
            }
            other => other,
        };
        out.push((b, true));
    }
    out
}

/// Parses a set; the error is the message.
fn parse_set(s: &[(u8, bool)]) -> std::result::Result<Vec<Elem>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    let lit = |k: usize| s.get(k).filter(|c| !c.1).map(|c| c.0);
    while i < s.len() {
        if lit(i) == Some(b'[') {
            if let Some(kind @ (b':' | b'=')) = lit(i + 1) {
                // [:class:] or [=c=]
                let close = (i + 2..s.len().saturating_sub(1))
                    .find(|&k| lit(k) == Some(kind) && lit(k + 1) == Some(b']'));
                if let Some(k) = close {
                    let name: Vec<u8> = s[i + 2..k].iter().map(|c| c.0).collect();
                    if kind == b':' {
                        let name = String::from_utf8_lossy(&name).into_owned();
                        match CLASSES.iter().find(|c| **c == name) {
                            Some(c) => out.push(Elem::Class(c)),
                            None => {
                                return Err(format!(
                                    "invalid character class {}",
                                    quote_locale(&name)
                                ));
                            }
                        }
                    } else if name.len() == 1 {
                        out.push(Elem::Bytes(name));
                    } else {
                        let name = String::from_utf8_lossy(&name).into_owned();
                        return Err(format!(
                            "{}: equivalence class operand must be a single character",
                            name
                        ));
                    }
                    i = k + 2;
                    continue;
                }
            }
            // [c*n]
            if i + 2 < s.len()
                && lit(i + 2) == Some(b'*')
                && let Some(k) = (i + 3..s.len()).find(|&k| lit(k) == Some(b']'))
            {
                let c = s[i + 1].0;
                let num: String = s[i + 3..k].iter().map(|c| char::from(c.0)).collect();
                let count = if num.is_empty() {
                    None
                } else {
                    let parsed = if num.starts_with('0') {
                        usize::from_str_radix(&num, 8).ok()
                    } else {
                        num.parse::<usize>().ok()
                    };
                    match parsed {
                        Some(0) => None,
                        Some(n) => Some(n),
                        None => {
                            return Err(format!(
                                "invalid repeat count {} in [c*n] construct",
                                quote_locale(&num)
                            ));
                        }
                    }
                };
                out.push(Elem::Repeat(c, count));
                i = k + 1;
                continue;
            }
        }
        let c = s[i].0;
        if i + 2 < s.len() && lit(i + 1) == Some(b'-') {
            let end = s[i + 2].0;
            if end < c {
                let text = |b: u8| {
                    if b.is_ascii_graphic() {
                        char::from(b).to_string()
                    } else {
                        format!("\\{b:03o}")
                    }
                };
                return Err(format!(
                    "range-endpoints of '{}-{}' are in reverse collating sequence order",
                    text(c),
                    text(end)
                ));
            }
            out.push(Elem::Bytes((c..=end).collect()));
            i += 3;
            continue;
        }
        out.push(Elem::Bytes(vec![c]));
        i += 1;
    }
    Ok(out)
}

/// Expands a set into its bytes; `fill` is the length a `[c*]` must reach.
fn expand(set: &[Elem], fill: usize) -> Vec<u8> {
    let fixed: usize = set
        .iter()
        .map(|e| match e {
            Elem::Bytes(b) => b.len(),
            Elem::Repeat(_, Some(n)) => *n,
            Elem::Repeat(_, None) => 0,
            Elem::Class(c) => (0..=255u8).filter(|&b| class_has(c, b)).count(),
        })
        .sum();
    let mut out = Vec::new();
    let mut filled = false;
    for e in set {
        match e {
            Elem::Bytes(b) => out.extend_from_slice(b),
            Elem::Repeat(c, Some(n)) => out.extend(std::iter::repeat_n(*c, (*n).min(1 << 20))),
            Elem::Repeat(c, None) => {
                if !filled {
                    filled = true;
                    out.extend(std::iter::repeat_n(*c, fill.saturating_sub(fixed)));
                }
            }
            Elem::Class(c) => out.extend((0..=255u8).filter(|&b| class_has(c, b))),
        }
    }
    out
}

struct Tr {
    /// Neither deleting nor squeezing.
    plain: bool,
    delete: [bool; 256],
    squeeze: [bool; 256],
    map: [u8; 256],
}

impl Tr {
    fn run(&self, data: &[u8], last: &mut Option<u8>, out: &mut Vec<u8>) {
        if self.plain {
            // Translation only: a straight table lookup per byte.
            out.extend(data.iter().map(|&b| self.map[usize::from(b)]));
            return;
        }
        for &b in data {
            if self.delete[usize::from(b)] {
                continue;
            }
            let c = self.map[usize::from(b)];
            if self.squeeze[usize::from(c)] && *last == Some(c) {
                continue;
            }
            *last = Some(c);
            out.push(c);
        }
    }
}

fn membership(set: &[u8], complement: bool) -> [bool; 256] {
    let mut m = [complement; 256];
    for &b in set {
        m[usize::from(b)] = !complement;
    }
    m
}

/// Where each `[:upper:]`/`[:lower:]` of `set` starts in its expansion.
fn case_class_starts(set: &[Elem], fill: usize) -> Vec<usize> {
    (0..set.len())
        .filter(|&k| matches!(set.get(k), Some(Elem::Class("upper" | "lower"))))
        .map(|k| expand(set.get(..k).unwrap_or_default(), fill).len())
        .collect()
}

/// GNU translates `[:upper:]`/`[:lower:]` in SET2 only opposite a case class of SET1.
fn case_classes_aligned(set1: &[Elem], set2: &[Elem], len1: usize) -> bool {
    let starts1 = case_class_starts(set1, 0);
    case_class_starts(set2, len1)
        .iter()
        .all(|i| starts1.contains(i))
}

/// Builds the translation; the error is the message (without the name).
fn build(
    sets: &[String],
    complement: bool,
    delete: bool,
    squeeze: bool,
    truncate: bool,
    warn: &mut bool,
) -> std::result::Result<Tr, String> {
    let parsed1 = parse_set(&unescape(sets[0].as_bytes(), warn))?;
    if parsed1.iter().any(|e| matches!(e, Elem::Repeat(..))) {
        return Err("the [c*] repeat construct may not appear in string1".into());
    }
    let mut set1 = expand(&parsed1, 0);
    if complement {
        let m = membership(&set1, false);
        set1 = (0..=255u8).filter(|&b| !m[usize::from(b)]).collect();
    }
    let mut map: [u8; 256] = std::array::from_fn(|i| i as u8);
    let mut tr = Tr {
        plain: false,
        delete: [false; 256],
        squeeze: [false; 256],
        map,
    };
    let set2 = match sets.get(1) {
        Some(s) => {
            let parsed2 = parse_set(&unescape(s.as_bytes(), warn))?;
            let translating = !delete;
            if translating
                && parsed2
                    .iter()
                    .any(|e| matches!(e, Elem::Class(c) if *c != "upper" && *c != "lower"))
            {
                return Err(
                    "when translating, the only character classes that may appear in\n\
                            string2 are 'upper' and 'lower'"
                        .into(),
                );
            }
            if translating && !complement && !case_classes_aligned(&parsed1, &parsed2, set1.len()) {
                return Err("misaligned [:upper:] and/or [:lower:] construct".into());
            }
            Some(expand(&parsed2, set1.len()))
        }
        None => None,
    };
    if delete {
        tr.delete = membership(&set1, false);
        if let Some(s2) = &set2 {
            tr.squeeze = membership(s2, false);
        }
        return Ok(tr);
    }
    match set2 {
        Some(mut s2) => {
            if truncate {
                set1.truncate(s2.len());
            } else if s2.is_empty() && !set1.is_empty() {
                return Err("when not truncating set1, string2 must be non-empty".into());
            }
            if let Some(&last) = s2.last() {
                while s2.len() < set1.len() {
                    s2.push(last);
                }
            }
            for (a, b) in set1.iter().zip(&s2) {
                map[usize::from(*a)] = *b;
            }
            tr.map = map;
            if squeeze {
                tr.squeeze = membership(&s2, false);
            } else {
                tr.plain = true;
            }
        }
        None => tr.squeeze = membership(&set1, false),
    }
    Ok(tr)
}

/// Runs `tr`.
pub fn tr<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Jim Meyering",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let (mut complement, mut delete, mut squeeze, mut truncate) = (false, false, false, false);
        for (k, _) in &parsed.opts {
            match *k {
                "c" | "C" => complement = true,
                "d" => delete = true,
                "s" => squeeze = true,
                "t" => truncate = true,
                _ => {}
            }
        }
        let sets = parsed.operands;
        // Translating (neither flag) and `-ds` take two sets.
        let needed = if delete == squeeze { 2 } else { 1 };
        if sets.is_empty() {
            return usage_error(ctx, "missing operand", 1).await;
        }
        if sets.len() < needed {
            let why = if delete {
                "Two strings must be given when both deleting and squeezing repeats."
            } else {
                "Two strings must be given when translating."
            };
            let msg = format!("missing operand after {}\n{why}", quote_locale(&sets[0]));
            return usage_error(ctx, &msg, 1).await;
        }
        let max = if delete && !squeeze { 1 } else { 2 };
        if sets.len() > max {
            let mut msg = format!("extra operand {}", quote_locale(&sets[max]));
            if max == 1 {
                msg.push_str(
                    "\nOnly one string may be given when deleting without squeezing repeats.",
                );
            }
            return usage_error(ctx, &msg, 1).await;
        }
        let mut warn = false;
        let built = build(&sets, complement, delete, squeeze, truncate, &mut warn);
        if warn {
            ctx.err("warning: an unescaped backslash at end of string is not portable")
                .await?;
        }
        let tr = match built {
            Ok(t) => t,
            Err(msg) => {
                ctx.err(&msg).await?;
                return Ok(1);
            }
        };
        let mut out = Out::default();
        let mut last = None;
        loop {
            ctx.check()?;
            match ctx.stdin.read_chunk().await {
                Ok(Some(chunk)) => {
                    tr.run(&chunk, &mut last, &mut out.buf);
                    out.maybe_flush(ctx).await?;
                }
                Ok(None) => break,
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    out.flush(ctx).await?;
                    ctx.err(&format!("read error: {}", file_error("-", &e)))
                        .await?;
                    return Ok(1);
                }
            }
        }
        out.flush(ctx).await?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(sets: &[&str], c: bool, d: bool, s: bool, input: &str) -> String {
        let sets: Vec<String> = sets.iter().map(|s| s.to_string()).collect();
        let mut warn = false;
        let tr = build(&sets, c, d, s, false, &mut warn).expect("valid sets");
        let mut out = Vec::new();
        tr.run(input.as_bytes(), &mut None, &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn translations() {
        assert_eq!(run(&["a-z", "A-Z"], false, false, false, "hi!"), "HI!");
        assert_eq!(
            run(&["[:lower:]", "[:upper:]"], false, false, false, "ab"),
            "AB"
        );
        assert_eq!(run(&["abc", "x"], false, false, false, "abcd"), "xxxd");
        assert_eq!(
            run(&["a-z", "\\n"], true, false, true, "hi  there"),
            "hi\nthere"
        );
        assert_eq!(run(&["[:digit:]"], false, true, false, "a1b22"), "ab");
        assert_eq!(run(&["a"], false, false, true, "aaba"), "aba");
        assert_eq!(run(&["abc", "[x*]"], false, false, false, "cab"), "xxx");
        assert_eq!(run(&["\\101"], false, true, false, "AB"), "B");
    }
}

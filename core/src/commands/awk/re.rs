//! Awk regular expressions: awk's escapes (`\t`, `\/`, `\y`, octal) rewritten to POSIX
//! ERE, then compiled by [`crate::commands::regex`] with `.` matching newlines.

use crate::commands::regex::{Regex, Syntax, translate};

const SPECIAL: &str = ".[]()*+?{}|^$\\";

/// Rewrites awk's escape sequences in a regex to plain POSIX ERE text.
pub fn awk_to_ere(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let mut in_bracket = false;
    let mut bracket_start = 0;
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        if in_bracket {
            if c == '[' && matches!(chars.get(i + 1), Some(':' | '.' | '=')) {
                let kind = chars[i + 1];
                let mut j = i + 2;
                while j + 1 < chars.len() && !(chars[j] == kind && chars[j + 1] == ']') {
                    j += 1;
                }
                let end = (j + 2).min(chars.len());
                out.extend(&chars[i..end]);
                i = end;
                continue;
            }
            if c == ']' && i > bracket_start {
                in_bracket = false;
                out.push(c);
                i += 1;
                continue;
            }
            if c == '\\'
                && let Some(&n) = chars.get(i + 1)
            {
                let (lit, used) = literal_escape(&chars[i + 1..]);
                match lit {
                    Some(l) => out.push(l),
                    None => out.push(n),
                }
                i += 1 + used;
                continue;
            }
            out.push(c);
            i += 1;
            continue;
        }
        // A quantifier with nothing to repeat is a literal in gawk (`/+/`, `/^*a/`).
        if matches!(c, '*' | '+' | '?') && at_start {
            out.push('\\');
            out.push(c);
            i += 1;
            continue;
        }
        at_start = matches!(c, '(' | '|' | '^');
        match c {
            '[' => {
                in_bracket = true;
                out.push('[');
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                bracket_start = i;
                if chars.get(i) == Some(&']') {
                    out.push(']');
                    i += 1;
                }
            }
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    out.push('\\');
                    i += 1;
                    continue;
                };
                if n == 'y' {
                    out.push_str("\\b");
                    i += 2;
                    continue;
                }
                let (lit, used) = literal_escape(&chars[i + 1..]);
                match lit {
                    Some(l) => {
                        if SPECIAL.contains(l) {
                            out.push('\\');
                        }
                        out.push(l);
                    }
                    None => {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 1 + used;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The character an escape stands for when it is a plain character escape.
fn literal_escape(s: &[char]) -> (Option<char>, usize) {
    let Some(&c) = s.first() else {
        return (None, 0);
    };
    let lit = match c {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'f' => '\x0c',
        'v' => '\x0b',
        'a' => '\x07',
        'b' => '\x08',
        '/' => '/',
        '"' => '"',
        '0'..='7' => {
            let mut n = 0u32;
            let mut k = 0;
            while k < 3 && s.get(k).is_some_and(|d| ('0'..='7').contains(d)) {
                n = n * 8 + s[k].to_digit(8).unwrap_or(0);
                k += 1;
            }
            return (char::from_u32(n), k);
        }
        _ => return (None, 1),
    };
    (Some(lit), 1)
}

/// Compiles an awk regex; `Err` carries gawk's fatal message text.
pub fn compile(src: &str, icase: bool) -> Result<Regex, String> {
    let ere = awk_to_ere(src);
    translate(&ere, Syntax::Extended)
        .and_then(|t| Regex::from_translated(&t, icase, true))
        .map_err(|e| format!("{e}: /{src}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let cases = [
            (r"a\/b", "a/b"),
            (r"\t+", "\t+"),
            (r"[\t ]", "[\t ]"),
            (r"\.", r"\."),
            (r"\052", r"\*"),
            (r"\yfoo\y", r"\bfoo\b"),
            (r"[]a]", "[]a]"),
            ("+", r"\+"),
            ("^*a", r"^\*a"),
            ("(+|?)", r"(\+|\?)"),
        ];
        for (src, want) in cases {
            assert_eq!(awk_to_ere(src), want, "{src:?}");
        }
        assert!(compile("a.b", false).is_ok_and(|r| r.is_match(b"a\nb")));
        assert!(compile("[", false).is_err());
    }
}

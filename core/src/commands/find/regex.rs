//! `-regex` patterns: findutils' default (emacs) syntax and POSIX extended syntax,
//! translated to the `regex` crate's syntax (anchoring is added by the caller).

/// Copies a bracket expression `[...]` starting at `chars[i] == '['`, escaping what the
/// `regex` crate would read differently. Returns the index after it.
fn bracket(chars: &[char], mut i: usize, out: &mut String) -> usize {
    let start = i;
    let mut s = String::from("[");
    i += 1;
    if chars.get(i) == Some(&'^') {
        s.push('^');
        i += 1;
    }
    if chars.get(i) == Some(&']') {
        s.push_str("\\]");
        i += 1;
    }
    while let Some(&c) = chars.get(i) {
        match c {
            ']' => {
                s.push(']');
                out.push_str(&s);
                return i + 1;
            }
            '[' if matches!(chars.get(i + 1), Some(':' | '.' | '=')) => {
                let close = chars.get(i + 1).copied().unwrap_or(':');
                let mut j = i + 2;
                while j + 1 < chars.len() && !(chars[j] == close && chars[j + 1] == ']') {
                    j += 1;
                }
                let inner: String = chars
                    .get(i..(j + 2).min(chars.len()))
                    .unwrap_or(&[])
                    .iter()
                    .collect();
                s.push_str(&inner);
                i = j + 2;
            }
            '\\' | '[' | '&' | '~' => {
                s.push('\\');
                s.push(c);
                i += 1;
            }
            _ => {
                s.push(c);
                i += 1;
            }
        }
    }
    // No closing bracket: a literal `[` and the rest as usual.
    out.push_str("\\[");
    start + 1
}

/// Emacs regex syntax (findutils' default) to `regex` crate syntax: `\(` `\)` `\|` are
/// operators, bare `( ) | { }` are literal.
pub fn translate_emacs(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => {
                match chars.get(i + 1) {
                    Some('(') => out.push('('),
                    Some(')') => out.push(')'),
                    Some('|') => out.push('|'),
                    Some('`') => out.push_str("\\A"),
                    Some('\'') => out.push_str("\\z"),
                    Some('<') | Some('>') => out.push_str("\\b"),
                    Some(&d @ ('w' | 'W' | 'b' | 'B')) => {
                        out.push('\\');
                        out.push(d);
                    }
                    Some(&d @ '1'..='9') => {
                        // Back-references are not supported by the regex crate.
                        out.push('\\');
                        out.push(d);
                    }
                    Some(&d) => out.push_str(&regex::escape(&d.to_string())),
                    None => out.push_str("\\\\"),
                }
                i += 2;
                continue;
            }
            '(' | ')' | '|' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '[' => {
                i = bracket(&chars, i, &mut out);
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// POSIX extended syntax to `regex` crate syntax (brackets and escapes differ).
pub fn translate_ere(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => {
                match chars.get(i + 1) {
                    Some(&d @ ('w' | 'W' | 'b' | 'B' | 's' | 'S')) => {
                        out.push('\\');
                        out.push(d);
                    }
                    Some('<') | Some('>') => out.push_str("\\b"),
                    Some(&d) => out.push_str(&regex::escape(&d.to_string())),
                    None => out.push_str("\\\\"),
                }
                i += 2;
                continue;
            }
            '[' => {
                i = bracket(&chars, i, &mut out);
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regex_translation() {
        let cases = [
            (r".*\.txt", r".*\.txt"),
            (r".*\(a\|b\)", r".*(a|b)"),
            ("a(b)", r"a\(b\)"),
            (r"[\]x]", r"[\\]x]"),
            ("[]a]", r"[\]a]"),
            ("[[:digit:]]+", "[[:digit:]]+"),
        ];
        for (src, want) in cases {
            assert_eq!(translate_emacs(src), want, "{src}");
        }
    }
}

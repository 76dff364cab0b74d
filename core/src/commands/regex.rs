//! POSIX regular expressions the GNU way (`grep`, `sed`, `awk`, `expr`, `find -regex`):
//! basic (BRE) and extended (ERE) syntax with the GNU extensions (`\+ \? \|` in BRE,
//! `\w \W \s \S \b \B \< \> \` \'`, back-references), translated to the `regex` crate's
//! syntax, or to `fancy-regex` when back-references need it. Errors carry glibc's
//! `regcomp` wording (`Unmatched ( or \(`).
//!
//! ```
//! use mirage_core::commands::regex::{Regex, Syntax};
//! let re = Regex::new(r"\(ab\)*c\{2\}", Syntax::Basic, false).unwrap();
//! assert!(re.is_match(b"xababcc"));
//! ```

use std::fmt;

/// Which POSIX dialect a pattern is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Basic regular expressions (grep, sed without -E, expr).
    Basic,
    /// Extended regular expressions (grep -E, sed -E, awk).
    Extended,
}

/// A pattern glibc's `regcomp` would reject, with its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegexError(pub &'static str);

impl fmt::Display for RegexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

/// The result of translating a POSIX pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translated {
    /// The pattern in `regex` / `fancy-regex` syntax.
    pub pattern: String,
    /// True when it uses back-references (only `fancy-regex` can run it).
    pub backrefs: bool,
    /// Number of capture groups.
    pub groups: usize,
}

const CLASSES: &[&str] = &[
    "alpha", "digit", "alnum", "upper", "lower", "space", "blank", "punct", "print", "graph",
    "cntrl", "xdigit",
];

/// Translates a POSIX pattern to the `regex` crate's syntax.
pub fn translate(pat: &str, syntax: Syntax) -> Result<Translated, RegexError> {
    let ere = syntax == Syntax::Extended;
    let chars: Vec<char> = pat.chars().collect();
    let mut out = String::with_capacity(pat.len() + 8);
    // Start offsets in `out` of the open groups, and of the last atom (for quantifiers).
    let mut open: Vec<usize> = Vec::new();
    let mut groups = 0usize;
    let mut closed = 0usize;
    let mut backrefs = false;
    let mut last_atom: Option<usize> = None;
    let mut last_was_quant = false;
    // True where an anchor `^` may appear in BRE, and where `*` is literal (BRE) or
    // ignored (ERE): at the start of the pattern, a group or an alternative.
    let mut at_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start_here = at_start;
        at_start = false;
        // Quantifiers.
        let quant: Option<(String, usize)> = match c {
            '*' => Some(("*".into(), 1)),
            '+' | '?' if ere => Some((c.to_string(), 1)),
            '\\' if !ere && matches!(chars.get(i + 1), Some('+' | '?')) => {
                Some((chars[i + 1].to_string(), 2))
            }
            '{' if ere => interval(&chars, i + 1, false)?.map(|(q, len)| (q, len + 1)),
            '\\' if !ere && chars.get(i + 1) == Some(&'{') => {
                match interval(&chars, i + 2, true)? {
                    Some((q, len)) => Some((q, len + 2)),
                    None => return Err(RegexError("Unmatched \\{")),
                }
            }
            _ => None,
        };
        if let Some((q, len)) = quant {
            match last_atom {
                None if start_here && !ere && c == '*' => {
                    out.push_str("\\*");
                    last_atom = Some(out.len() - 2);
                    last_was_quant = false;
                }
                None if ere => {}
                None => {
                    if c == '\\' && chars.get(i + 1) == Some(&'{') {
                        return Err(RegexError("Invalid preceding regular expression"));
                    }
                    // A BRE `\+` or `\?` with nothing before it matches itself.
                    out.push_str(&regex_escape(chars.get(i + 1).copied().unwrap_or(c)));
                    last_atom = Some(out.len() - 2);
                }
                Some(at) => {
                    if last_was_quant {
                        out.insert_str(at, "(?:");
                        out.push(')');
                    }
                    out.push_str(&q);
                    last_was_quant = true;
                }
            }
            i += len;
            continue;
        }
        last_was_quant = false;
        match c {
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    return Err(RegexError("Trailing backslash"));
                };
                i += 2;
                let atom_at = out.len();
                match n {
                    '(' if !ere => {
                        open.push(out.len());
                        groups += 1;
                        out.push('(');
                        at_start = true;
                        last_atom = None;
                        continue;
                    }
                    ')' if !ere => {
                        let Some(at) = open.pop() else {
                            return Err(RegexError("Unmatched ) or \\)"));
                        };
                        closed += 1;
                        out.push(')');
                        last_atom = Some(at);
                        continue;
                    }
                    '|' if !ere => {
                        out.push('|');
                        at_start = true;
                        last_atom = None;
                        continue;
                    }
                    '1'..='9' => {
                        let k = n as usize - '0' as usize;
                        if k > closed {
                            return Err(RegexError("Invalid back reference"));
                        }
                        backrefs = true;
                        out.push('\\');
                        out.push(n);
                    }
                    'w' | 'W' | 's' | 'S' => {
                        out.push('\\');
                        out.push(n);
                    }
                    'b' | 'B' => {
                        out.push('\\');
                        out.push(n);
                        last_atom = None;
                        continue;
                    }
                    '<' => {
                        out.push_str("\\b{start}");
                        last_atom = None;
                        continue;
                    }
                    '>' => {
                        out.push_str("\\b{end}");
                        last_atom = None;
                        continue;
                    }
                    '`' => {
                        out.push_str("\\A");
                        last_atom = None;
                        continue;
                    }
                    '\'' => {
                        out.push_str("\\z");
                        last_atom = None;
                        continue;
                    }
                    'n' => out.push_str("\\n"),
                    other => out.push_str(&regex_escape(other)),
                }
                last_atom = Some(atom_at);
            }
            '[' => {
                let atom_at = out.len();
                i = bracket(&chars, i, &mut out)?;
                last_atom = Some(atom_at);
            }
            '(' if ere => {
                open.push(out.len());
                groups += 1;
                out.push('(');
                at_start = true;
                last_atom = None;
                i += 1;
            }
            ')' if ere && !open.is_empty() => {
                let at = open.pop().unwrap_or(0);
                closed += 1;
                out.push(')');
                last_atom = Some(at);
                i += 1;
            }
            '|' if ere => {
                out.push('|');
                at_start = true;
                last_atom = None;
                i += 1;
            }
            '^' if ere || start_here => {
                out.push('^');
                at_start = !ere || start_here;
                last_atom = None;
                i += 1;
            }
            '$' if ere || bre_end(&chars, i + 1) => {
                out.push('$');
                last_atom = None;
                i += 1;
            }
            '.' => {
                last_atom = Some(out.len());
                out.push('.');
                i += 1;
            }
            other => {
                last_atom = Some(out.len());
                out.push_str(&regex_escape(other));
                i += 1;
            }
        }
    }
    if !open.is_empty() {
        return Err(RegexError("Unmatched ( or \\("));
    }
    Ok(Translated {
        pattern: out,
        backrefs,
        groups,
    })
}

/// In BRE, `$` anchors only at the end of the pattern, a group or an alternative.
fn bre_end(chars: &[char], next: usize) -> bool {
    match chars.get(next) {
        None => true,
        Some('\\') => matches!(chars.get(next + 1), Some(')' | '|')),
        _ => false,
    }
}

/// Parses an interval body after `{` (or `\{`): `m`, `m,`, `,n`, `m,n`. Returns the
/// quantifier and the length consumed including the closing brace. In ERE an invalid
/// interval is `None` (the `{` is literal); in BRE it is an error.
fn interval(chars: &[char], at: usize, bre: bool) -> Result<Option<(String, usize)>, RegexError> {
    let mut j = at;
    let mut lo = String::new();
    while let Some(c) = chars.get(j).filter(|c| c.is_ascii_digit()) {
        lo.push(*c);
        j += 1;
    }
    let mut hi: Option<String> = None;
    if chars.get(j) == Some(&',') {
        j += 1;
        let mut h = String::new();
        while let Some(c) = chars.get(j).filter(|c| c.is_ascii_digit()) {
            h.push(*c);
            j += 1;
        }
        hi = Some(h);
    }
    let close_ok = if bre {
        chars.get(j) == Some(&'\\') && chars.get(j + 1) == Some(&'}')
    } else {
        chars.get(j) == Some(&'}')
    };
    if !close_ok || (lo.is_empty() && hi.is_none()) {
        if bre {
            return Err(RegexError(if close_ok || j >= chars.len() {
                "Unmatched \\{"
            } else {
                "Invalid content of \\{\\}"
            }));
        }
        return Ok(None);
    }
    let num = |s: &str| {
        s.parse::<u32>()
            .map_err(|_| RegexError("Regular expression too big"))
    };
    let lo_n = if lo.is_empty() { 0 } else { num(&lo)? };
    let q = match hi {
        None => format!("{{{lo_n}}}"),
        Some(h) if h.is_empty() => format!("{{{lo_n},}}"),
        Some(h) => {
            let hi_n = num(&h)?;
            if hi_n < lo_n {
                return Err(RegexError("Invalid content of \\{\\}"));
            }
            format!("{{{lo_n},{hi_n}}}")
        }
    };
    if lo_n > 32767 {
        return Err(RegexError("Regular expression too big"));
    }
    let len = j - at + if bre { 2 } else { 1 };
    Ok(Some((q, len)))
}

/// Translates a bracket expression starting at `chars[at] == '['`; returns the index after it.
fn bracket(chars: &[char], at: usize, out: &mut String) -> Result<usize, RegexError> {
    const UNMATCHED: RegexError = RegexError("Unmatched [, [^, [:, [., or [=");
    let mut i = at + 1;
    let mut set = String::from("[");
    if chars.get(i) == Some(&'^') {
        set.push('^');
        i += 1;
    }
    if i >= chars.len() {
        // glibc reports a `[` (or `[^`) ending the pattern differently.
        return Err(RegexError("Invalid regular expression"));
    }
    let mut first = true;
    let mut prev: Option<char> = None;
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(UNMATCHED);
        };
        if c == ']' && !first {
            i += 1;
            break;
        }
        first = false;
        if c == '[' && matches!(chars.get(i + 1), Some(':' | '=' | '.')) {
            let kind = chars[i + 1];
            let start = i + 2;
            let mut j = start;
            while j + 1 < chars.len() && !(chars[j] == kind && chars[j + 1] == ']') {
                j += 1;
            }
            if j + 1 >= chars.len() {
                return Err(UNMATCHED);
            }
            let name: String = chars[start..j].iter().collect();
            i = j + 2;
            if kind == ':' {
                if !CLASSES.contains(&name.as_str()) {
                    return Err(RegexError("Invalid character class name"));
                }
                set.push_str(&format!("[:{name}:]"));
                prev = None;
            } else {
                let mut it = name.chars();
                match (it.next(), it.next()) {
                    (Some(ch), None) => {
                        set.push_str(&class_escape(ch));
                        prev = Some(ch);
                    }
                    _ => return Err(RegexError("Invalid collation character")),
                }
            }
            continue;
        }
        if c == '-' && prev.is_some() && chars.get(i + 1).is_some_and(|&n| n != ']') {
            let lo = prev.unwrap_or(c);
            let mut hi = chars[i + 1];
            let mut skip = 2;
            if hi == '[' && chars.get(i + 2) == Some(&'.') {
                // `[.x.]` as a range end.
                if chars.get(i + 4) == Some(&'.') && chars.get(i + 5) == Some(&']') {
                    hi = chars[i + 3];
                    skip = 6;
                } else {
                    return Err(UNMATCHED);
                }
            }
            if hi < lo {
                return Err(RegexError("Invalid range end"));
            }
            set.push('-');
            set.push_str(&class_escape(hi));
            prev = None;
            i += skip;
            continue;
        }
        set.push_str(&class_escape(c));
        prev = Some(c);
        i += 1;
    }
    set.push(']');
    out.push_str(&set);
    Ok(i)
}

fn class_escape(c: char) -> String {
    match c {
        '[' | ']' | '\\' | '^' | '-' | '&' | '~' => format!("\\{c}"),
        c => c.to_string(),
    }
}

fn regex_escape(c: char) -> String {
    let mut b = [0u8; 4];
    regex::escape(c.encode_utf8(&mut b))
}

/// A compiled POSIX pattern: the `regex` engine, or `fancy-regex` for back-references.
#[derive(Clone, Debug)]
pub enum Regex {
    /// No back-references: the fast engine over bytes.
    Plain(regex::bytes::Regex),
    /// Back-references: `fancy-regex` over UTF-8 text.
    Fancy(fancy_regex::Regex),
}

/// The span of a match and of its capture groups (`None` for a group that did not take part).
pub type Captures = Vec<Option<(usize, usize)>>;

/// The most a compiled program may take (keeps hostile patterns bounded).
const SIZE_LIMIT: usize = 64 << 20;

impl Regex {
    /// Compiles a POSIX pattern; `icase` ignores case.
    pub fn new(pat: &str, syntax: Syntax, icase: bool) -> Result<Regex, RegexError> {
        let t = translate(pat, syntax)?;
        Regex::from_translated(&t, icase, false)
    }

    /// Compiles a translated pattern. `dot_nl` makes `.` match a newline too (sed's
    /// pattern space, awk records).
    pub fn from_translated(t: &Translated, icase: bool, dot_nl: bool) -> Result<Regex, RegexError> {
        let mut flags = String::new();
        if icase {
            flags.push('i');
        }
        if dot_nl {
            flags.push('s');
        }
        if t.backrefs {
            let p = if flags.is_empty() {
                t.pattern.clone()
            } else {
                format!("(?{flags}){}", t.pattern)
            };
            return fancy_regex::RegexBuilder::new(&p)
                .delegate_size_limit(SIZE_LIMIT)
                .build()
                .map(Regex::Fancy)
                .map_err(|_| RegexError("Invalid regular expression"));
        }
        regex::bytes::RegexBuilder::new(&t.pattern)
            .case_insensitive(icase)
            .dot_matches_new_line(dot_nl)
            .size_limit(SIZE_LIMIT)
            .build()
            .map(Regex::Plain)
            .map_err(|e| match e {
                regex::Error::CompiledTooBig(_) => RegexError("Regular expression too big"),
                _ => RegexError("Invalid regular expression"),
            })
    }

    /// True if the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &[u8]) -> bool {
        match self {
            Regex::Plain(r) => r.is_match(text),
            Regex::Fancy(r) => std::str::from_utf8(text)
                .ok()
                .is_some_and(|s| r.is_match(s).unwrap_or(false)),
        }
    }

    /// The first match at or after `start`, as byte offsets.
    pub fn find_at(&self, text: &[u8], start: usize) -> Option<(usize, usize)> {
        self.captures_at(text, start)
            .and_then(|c| c.first().copied().flatten())
    }

    /// The first match at or after `start` with its groups (group 0 is the whole match).
    pub fn captures_at(&self, text: &[u8], start: usize) -> Option<Captures> {
        match self {
            Regex::Plain(r) => {
                let c = r.captures_at(text, start)?;
                Some(c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            }
            Regex::Fancy(r) => {
                let s = std::str::from_utf8(text).ok()?;
                let c = r.captures_from_pos(s, start).ok()??;
                Some(c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Regex, RegexError, Syntax, translate};

    fn tr(p: &str, s: Syntax) -> Result<String, RegexError> {
        translate(p, s).map(|t| t.pattern)
    }

    #[test]
    fn translates_like_glibc() {
        use Syntax::{Basic as B, Extended as E};
        let ok = [
            (r"a\(b\)*", B, r"a(b)*"),
            (r"*a", B, r"\*a"),
            (r"a\{2,3\}", B, r"a{2,3}"),
            (r"a\{,2\}", B, r"a{0,2}"),
            (r"a+?|b", B, r"a\+\?\|b"),
            (r"a\+\|b", B, r"a+|b"),
            (r"a^b$c$", B, r"a\^b\$c$"),
            (r"\(^a$\)", B, r"(^a$)"),
            (r"[]a-c[:digit:]^\]", B, r"[\]a-c[:digit:]\^\\]"),
            (r"[^]x]", B, r"[^\]x]"),
            (r"\<w\>", B, r"\b{start}w\b{end}"),
            (r"a{1", E, r"a\{1"),
            (r"a{,2}", E, r"a{0,2}"),
            (r"*a", E, r"a"),
            (r"a)", E, r"a\)"),
            (r"a**", E, r"(?:a*)*"),
            (r"(a|b)+\.c", E, r"(a|b)+\.c"),
            (r"x#&~", E, r"x\#\&\~"),
        ];
        for (p, s, want) in ok {
            assert_eq!(tr(p, s).as_deref(), Ok(want), "{p:?}");
        }
        let bad = [
            (r"\(a", B, r"Unmatched ( or \("),
            (r"(a", E, r"Unmatched ( or \("),
            (r"a\)", B, r"Unmatched ) or \)"),
            (r"a\{1", B, r"Unmatched \{"),
            (r"a{2,1}", E, r"Invalid content of \{\}"),
            (r"[[:foo:]]", E, "Invalid character class name"),
            ("a\\", E, "Trailing backslash"),
            (r"a\1", B, "Invalid back reference"),
            (r"[a", B, "Unmatched [, [^, [:, [., or [="),
            (r"a[", B, "Invalid regular expression"),
            (r"[^", B, "Invalid regular expression"),
            (r"[z-a]", B, "Invalid range end"),
        ];
        for (p, s, want) in bad {
            assert_eq!(tr(p, s), Err(RegexError(want)), "{p:?}");
        }
    }

    #[test]
    fn matches_with_both_engines() {
        let re = Regex::new(r"\(ab\)\1", Syntax::Basic, false).expect("compiles");
        assert!(re.is_match(b"xxabab"));
        assert!(!re.is_match(b"ab"));
        let re = Regex::new(r"B+", Syntax::Extended, true).expect("compiles");
        assert_eq!(re.find_at(b"abbc", 0), Some((1, 3)));
        let caps = Regex::new(r"(a)|(b)", Syntax::Extended, false)
            .expect("compiles")
            .captures_at(b"b", 0);
        assert_eq!(caps, Some(vec![Some((0, 1)), None, Some((0, 1))]));
        let re = Regex::new(r"\<is\>", Syntax::Basic, false).expect("compiles");
        assert_eq!(re.find_at(b"this is", 0), Some((5, 7)));
    }
}

//! sed's side of regular expressions: GNU sed's escapes (`\t`, `\xHH`, `\o`, `\d`, `\c`)
//! turned into characters before the shared POSIX translator
//! ([`crate::commands::regex`]) runs, the `I` and `M` flags, and `.` matching newline.
//! Patterns with alternatives also get a `PikeVM` in "all matches" mode, so that `s`
//! replaces POSIX's leftmost-*longest* match (`s/a|ab/X/` on `abc` gives `Xc`).

use regex_automata::nfa::thompson::{self, pikevm::PikeVM};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};

use crate::commands::regex::{self as posix, Captures, Regex, RegexError, Syntax};

/// A compiled sed regex.
#[derive(Clone, Debug)]
pub struct SedRegex {
    /// The compiled pattern.
    pub re: Regex,
    /// Number of capture groups.
    pub groups: usize,
    /// For patterns with `|`: finds the longest match at a given start.
    longest: Option<PikeVM>,
}

impl SedRegex {
    /// True if the pattern matches somewhere in `hay`.
    pub fn is_match(&self, hay: &[u8]) -> bool {
        self.re.is_match(hay)
    }

    /// The leftmost match at or after `pos`, extended to the longest match at that
    /// start like POSIX, with its groups.
    pub fn captures_at(&self, hay: &[u8], pos: usize) -> Option<Captures> {
        let caps = self.re.captures_at(hay, pos)?;
        let Some(vm) = &self.longest else {
            return Some(caps);
        };
        let (start, end) = caps.first().copied().flatten()?;
        let mut cache = vm.create_cache();
        let mut all = vm.create_captures();
        let input = Input::new(hay).range(start..).anchored(Anchored::Yes);
        vm.search(&mut cache, &input, &mut all);
        match all.get_match() {
            Some(m) if m.end() > end => Some(
                (0..=self.groups)
                    .map(|g| all.get_group(g).map(|sp| (sp.start, sp.end)))
                    .collect(),
            ),
            _ => Some(caps),
        }
    }
}

/// POSIX classes as glibc's C.UTF-8 locale sees them: letters, case and punctuation
/// beyond ASCII (`[[:alpha:]]` matches `é`); `digit` stays `0-9`. In a translated
/// pattern `[:name:]` only comes from a class (a literal `[` is escaped).
fn unicode_classes(pattern: &str) -> String {
    const MAP: [(&str, &str); 5] = [
        ("[:alpha:]", "\\p{Alphabetic}"),
        ("[:alnum:]", "\\p{Alphabetic}\\p{Nd}"),
        ("[:upper:]", "\\p{Uppercase}"),
        ("[:lower:]", "\\p{Lowercase}"),
        ("[:punct:]", "\\p{P}\\p{S}"),
    ];
    let mut out = pattern.to_string();
    for (from, to) in MAP {
        if out.contains(from) {
            out = out.replace(from, to);
        }
    }
    out
}

/// True when a translated pattern has a top-level or grouped `|` (outside classes).
fn has_alternation(pattern: &str) -> bool {
    let mut depth = 0usize;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            '|' if depth == 0 => return true,
            _ => {}
        }
    }
    false
}

fn longest_matcher(pattern: &str, icase: bool) -> Option<PikeVM> {
    let syn = syntax::Config::new()
        .case_insensitive(icase)
        .dot_matches_new_line(true)
        .utf8(false);
    PikeVM::builder()
        .syntax(syn)
        .thompson(thompson::Config::new().utf8(false))
        .configure(PikeVM::config().match_kind(MatchKind::All))
        .build(pattern)
        .ok()
}

/// Converts one GNU escape whose letter is `c` (the backslash and `c` already read),
/// appending the byte(s) to `out`. Returns how many bytes of `rest` it used, or `None`
/// when `c` is not a conversion escape.
pub fn convert_escape(c: u8, rest: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let simple = match c {
        b'a' => Some(0x07),
        b'f' => Some(0x0c),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(0x0b),
        _ => None,
    };
    if let Some(b) = simple {
        out.push(b);
        return Some(0);
    }
    let (radix, max) = match c {
        b'd' => (10, 3),
        b'o' => (8, 3),
        b'x' => (16, 2),
        b'c' => {
            let x = *rest.first()?;
            out.push(x.to_ascii_uppercase() ^ 0x40);
            return Some(1);
        }
        _ => return None,
    };
    let mut n: u32 = 0;
    let mut used = 0;
    while used < max {
        let Some(d) = rest.get(used).and_then(|&b| char::from(b).to_digit(radix)) else {
            break;
        };
        n = n * radix + d;
        used += 1;
    }
    if used == 0 {
        return None;
    }
    out.push((n & 0xff) as u8);
    Some(used)
}

/// Rewrites GNU sed escapes into the characters they stand for, escaping any that are
/// special in the regex dialect so they stay literal.
fn pre_pass(pat: &[u8], ere: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(pat.len());
    let mut i = 0;
    while let Some(&c) = pat.get(i) {
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&n) = pat.get(i) else {
            out.push(c);
            break;
        };
        i += 1;
        if n == b'n' {
            out.push(b'\n');
            continue;
        }
        let mut tmp = Vec::new();
        match convert_escape(n, pat.get(i..).unwrap_or(&[]), &mut tmp) {
            Some(used) => {
                i += used;
                for b in tmp {
                    let special = b"*.[]^$\\".contains(&b) || (ere && b"(){}|+?".contains(&b));
                    if special {
                        out.push(b'\\');
                    }
                    out.push(b);
                }
            }
            None => {
                out.push(b'\\');
                out.push(n);
            }
        }
    }
    out
}

/// glibc's stricter ERE rules for sed (`RE_SYNTAX_POSIX_EXTENDED`, unlike `grep -E`):
/// a repetition needs something to repeat, and `{` always starts an interval.
fn check_ere(pat: &[u8]) -> Result<(), RegexError> {
    const PRECEDING: RegexError = RegexError("Invalid preceding regular expression");
    let mut can_repeat = false;
    let mut i = 0;
    while let Some(&c) = pat.get(i) {
        i += 1;
        match c {
            b'\\' => {
                let n = pat.get(i).copied().unwrap_or(0);
                i += 1;
                can_repeat = !matches!(n, b'<' | b'>' | b'b' | b'B' | b'`' | b'\'');
            }
            b'[' => {
                i = skip_bracket(pat, i);
                can_repeat = true;
            }
            b'(' | b'|' | b'^' | b'$' => can_repeat = false,
            b'*' | b'+' | b'?' if !can_repeat => return Err(PRECEDING),
            b'{' => {
                if !can_repeat {
                    return Err(PRECEDING);
                }
                i = check_interval(pat, i)?;
            }
            _ => can_repeat = true,
        }
    }
    Ok(())
}

/// glibc's POSIX_BASIC rules the shared translator does not apply: `*` or an interval
/// after another repetition, and an interval with nothing before it, are errors.
fn check_bre(pat: &[u8]) -> Result<(), RegexError> {
    const PRECEDING: RegexError = RegexError("Invalid preceding regular expression");
    #[derive(PartialEq)]
    enum Last {
        Nothing,
        Atom,
        Repeat,
    }
    let mut last = Last::Nothing;
    let mut closed = 0;
    let mut i = 0;
    while let Some(&c) = pat.get(i) {
        i += 1;
        match c {
            b'\\' => {
                let n = pat.get(i).copied().unwrap_or(0);
                i += 1;
                last = match n {
                    b'(' | b'|' | b'<' | b'>' | b'b' | b'B' | b'`' | b'\'' => Last::Nothing,
                    b')' => {
                        closed += 1;
                        Last::Atom
                    }
                    b'1'..=b'9' if usize::from(n - b'0') > closed => {
                        return Err(RegexError("Invalid back reference"));
                    }
                    b'{' if last != Last::Atom => return Err(PRECEDING),
                    b'{' => {
                        // Skip to the closing `\}`; the translator checks the content.
                        loop {
                            let Some(&d) = pat.get(i) else {
                                return Err(RegexError("Unmatched \\{"));
                            };
                            i += 1;
                            if d == b'\\' && pat.get(i) == Some(&b'}') {
                                i += 1;
                                break;
                            }
                        }
                        Last::Repeat
                    }
                    b'+' | b'?' if last != Last::Nothing => Last::Repeat,
                    _ => Last::Atom,
                };
            }
            b'[' => {
                i = skip_bracket(pat, i);
                last = Last::Atom;
            }
            b'^' if last == Last::Nothing => {}
            b'*' => {
                last = match last {
                    Last::Nothing | Last::Atom if last == Last::Nothing => Last::Atom,
                    Last::Atom => Last::Repeat,
                    _ => return Err(PRECEDING),
                };
            }
            _ => last = Last::Atom,
        }
    }
    Ok(())
}

/// Checks an ERE interval body after `{`; returns the index after its `}`.
fn check_interval(pat: &[u8], mut i: usize) -> Result<usize, RegexError> {
    const CONTENT: RegexError = RegexError("Invalid content of \\{\\}");
    let num = |i: &mut usize| {
        let start = *i;
        let mut n: u64 = 0;
        while let Some(d) = pat.get(*i).filter(|d| d.is_ascii_digit()) {
            n = n.saturating_mul(10).saturating_add(u64::from(d - b'0'));
            *i += 1;
        }
        (*i > start).then_some(n)
    };
    let lo = num(&mut i);
    let mut hi = lo;
    if pat.get(i) == Some(&b',') {
        i += 1;
        hi = num(&mut i);
        if lo.is_none() && hi.is_none() {
            return Err(CONTENT);
        }
    }
    if !pat.get(i..).unwrap_or(&[]).contains(&b'}') {
        return Err(RegexError("Unmatched \\{"));
    }
    match pat.get(i) {
        None => Err(RegexError("Unmatched \\{")),
        Some(b'}') if lo.is_some() || hi.is_some() => {
            if matches!((lo, hi), (Some(a), Some(b)) if b < a) {
                return Err(CONTENT);
            }
            Ok(i + 1)
        }
        Some(_) => Err(CONTENT),
    }
}

/// The index after a bracket expression whose `[` is just before `i`.
fn skip_bracket(pat: &[u8], mut i: usize) -> usize {
    if pat.get(i) == Some(&b'^') {
        i += 1;
    }
    if pat.get(i) == Some(&b']') {
        i += 1;
    }
    while let Some(&c) = pat.get(i) {
        i += 1;
        match c {
            b']' => return i,
            b'[' if matches!(pat.get(i), Some(b':' | b'.' | b'=')) => {
                let kind = pat.get(i).copied().unwrap_or(0);
                i += 1;
                while let Some(&d) = pat.get(i) {
                    i += 1;
                    if d == kind && pat.get(i) == Some(&b']') {
                        i += 1;
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    i
}

/// Compiles a sed regex (`pat` is not empty).
pub fn compile_regex(
    pat: &[u8],
    ere: bool,
    icase: bool,
    multi: bool,
) -> Result<SedRegex, RegexError> {
    let pat = pre_pass(pat, ere);
    if ere {
        check_ere(&pat)?;
    } else {
        check_bre(&pat)?;
    }
    let text = String::from_utf8_lossy(&pat);
    let syntax = if ere { Syntax::Extended } else { Syntax::Basic };
    let mut t = posix::translate(&text, syntax)?;
    t.pattern = unicode_classes(&t.pattern);
    if multi {
        t.pattern = format!("(?m:{})", t.pattern);
    }
    let re = Regex::from_translated(&t, icase, true)?;
    let longest = if !t.backrefs && has_alternation(&t.pattern) {
        longest_matcher(&t.pattern, icase)
    } else {
        None
    };
    Ok(SedRegex {
        re,
        groups: t.groups,
        longest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let cases: [(&[u8], &[u8]); 5] = [
            (b"a\\tb", b"a\tb"),
            (b"\\x41\\x2a", b"A\\*"),
            (b"\\o101\\d065", b"AA"),
            (b"\\\\t", b"\\\\t"),
            (b"\\cA\\n", b"\x01\n"),
        ];
        for (pat, want) in cases {
            assert_eq!(pre_pass(pat, false), want);
        }
        let r = compile_regex(b"^b$", false, false, true).expect("compiles");
        assert!(r.re.is_match(b"a\nb\nc"));
        let r = compile_regex(b"a.b", false, false, false).expect("compiles");
        assert!(r.re.is_match(b"a\nb"));
        let r = compile_regex(b"(a|ab)(c|bcd)", true, false, false).expect("compiles");
        let caps = r.captures_at(b"xabcd", 0).expect("matches");
        assert_eq!(caps, vec![Some((1, 5)), Some((1, 2)), Some((2, 5))]);
    }
}

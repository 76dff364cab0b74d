//! Brace expansion on AST words: `x{a,b}y`, `{1..10..3}`, `{a..e}`, `{01..10}`.
//!
//! Braces are recognised only in unquoted [`WordPart::Literal`] text; every other part
//! (quotes, `\c` escapes, `$x`, `$(...)`) is an opaque atom copied into each result, so
//! `{a,"b,c"}` has two alternatives and `{1..$n}` stays literal, as in bash (brace
//! expansion runs before parameter expansion).
//!
//! Bash's rules: the first `{` with a matching `}` whose inside has a top-level comma
//! or is a valid sequence is expanded, the text before it is a prefix and the text
//! after it is expanded recursively (so `{a,b}{c,d}` gives `ac ad bc bd`). A `{` without
//! a match, or a group with neither comma nor sequence (`{a}`, `{}`, `{a..}`), stays
//! literal and the search goes on after that `{`. The number of results is computed
//! before anything is built, so `{1..99999999999}` fails fast against the limit.

use std::fmt;

use crate::syntax::ast::{Word, WordPart};

/// Brace nesting deeper than this is left literal (bounds the recursion).
const MAX_NESTING: usize = 64;

/// Brace expansion would produce more words than the caller's limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BraceError {
    /// The limit that was exceeded.
    pub limit: usize,
}

impl fmt::Display for BraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "brace expansion: more than {} words would be produced",
            self.limit
        )
    }
}

impl std::error::Error for BraceError {}

/// Whether `word` could brace-expand at all: some unquoted literal part holds a `{`
/// and some holds a `}`. Cheap; lets the evaluator skip [`expand_braces`].
pub fn may_have_braces(word: &Word) -> bool {
    let mut open = false;
    for part in &word.parts {
        if let WordPart::Literal(s) = part {
            if !open {
                match s.find('{') {
                    Some(i) => {
                        open = true;
                        if s[i..].contains('}') {
                            return true;
                        }
                    }
                    None => continue,
                }
            } else if s.contains('}') {
                return true;
            }
        }
    }
    false
}

/// Expands the braces of `word` into one or more words (the word itself, unchanged,
/// when it has nothing to expand). Results keep the word's span. Fails when more than
/// `limit` words would be produced; the count is computed before building any.
pub fn expand_braces(word: &Word, limit: usize) -> Result<Vec<Word>, BraceError> {
    if !may_have_braces(word) {
        return Ok(vec![word.clone()]);
    }
    let mut items = Vec::new();
    for part in &word.parts {
        match part {
            WordPart::Literal(s) => items.extend(s.chars().map(Item::Ch)),
            other => items.push(Item::Part(other)),
        }
    }
    let elems = parse(&items, 0);
    if !elems.iter().any(|e| !matches!(e, Elem::Text(_))) {
        return Ok(vec![word.clone()]);
    }
    let count = count_seq(&elems);
    if count > limit as u128 {
        return Err(BraceError { limit });
    }
    let results = gen_seq(&elems);
    Ok(results
        .into_iter()
        .map(|items| to_word(&items, word))
        .collect())
}

/// One unit of a word: a literal char or an opaque part.
#[derive(Clone, Copy, Debug)]
enum Item<'a> {
    Ch(char),
    Part(&'a WordPart),
}

/// A parsed word: text, alternatives, or a sequence.
#[derive(Debug)]
enum Elem<'i, 'a> {
    Text(&'i [Item<'a>]),
    Alt(Vec<Vec<Elem<'i, 'a>>>),
    Seq(Sequence),
}

#[derive(Clone, Copy, Debug)]
enum Sequence {
    /// From, to, step (positive), zero-padding width.
    Num(i64, i64, i128, usize),
    /// From, to, step (positive).
    Char(u8, u8, i128),
}

impl Sequence {
    fn len(self) -> u128 {
        let (a, b, step) = match self {
            Sequence::Num(a, b, s, _) => (i128::from(a), i128::from(b), s),
            Sequence::Char(a, b, s) => (i128::from(a), i128::from(b), s),
        };
        ((a - b).unsigned_abs() / step.unsigned_abs()) + 1
    }

    fn items(self) -> Vec<String> {
        let (a, b, step) = match self {
            Sequence::Num(a, b, s, _) => (i128::from(a), i128::from(b), s),
            Sequence::Char(a, b, s) => (i128::from(a), i128::from(b), s),
        };
        let step = if a <= b { step } else { -step };
        let n = self.len();
        let mut out = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
        let mut v = a;
        for _ in 0..n {
            out.push(match self {
                Sequence::Num(_, _, _, width) => format!("{v:0width$}"),
                // Bash drops the backslash of `{Z..a}` (it is taken as quoting).
                Sequence::Char(..) => match u8::try_from(v).map(char::from) {
                    Ok('\\') | Err(_) => String::new(),
                    Ok(c) => c.to_string(),
                },
            });
            v += step;
        }
        out
    }
}

fn is_ch(item: &Item<'_>, c: char) -> bool {
    matches!(item, Item::Ch(x) if *x == c)
}

/// Splits `items` into text and brace groups (bash's preamble/amble/postamble).
fn parse<'i, 'a>(items: &'i [Item<'a>], depth: usize) -> Vec<Elem<'i, 'a>> {
    let mut out = Vec::new();
    if depth >= MAX_NESTING {
        out.push(Elem::Text(items));
        return out;
    }
    let closes = matching_closes(items);
    let mut text_start = 0;
    let mut i = 0;
    while i < items.len() {
        let Some(close) = closes.get(i).copied().flatten() else {
            i += 1;
            continue;
        };
        // `${` left literal by the parser: skip to its `}`.
        if i > 0 && is_ch(&items[i - 1], '$') {
            i = close + 1;
            continue;
        }
        let amble = &items[i + 1..close];
        let group = split_commas(amble)
            .map(|alts| Elem::Alt(alts.into_iter().map(|alt| parse(alt, depth + 1)).collect()))
            .or_else(|| sequence(amble).map(Elem::Seq));
        let Some(group) = group else {
            i += 1;
            continue;
        };
        if text_start < i {
            out.push(Elem::Text(&items[text_start..i]));
        }
        out.push(group);
        i = close + 1;
        text_start = i;
    }
    if text_start < items.len() {
        out.push(Elem::Text(&items[text_start..]));
    }
    out
}

/// For each `{`, the index of its matching `}` (one pass with a stack).
fn matching_closes(items: &[Item<'_>]) -> Vec<Option<usize>> {
    let mut closes = vec![None; items.len()];
    let mut stack = Vec::new();
    for (j, item) in items.iter().enumerate() {
        if is_ch(item, '{') {
            stack.push(j);
        } else if is_ch(item, '}')
            && let Some(open) = stack.pop()
        {
            closes[open] = Some(j);
        }
    }
    closes
}

/// The alternatives of a brace body split at its top-level commas (`None` if none).
fn split_commas<'i, 'a>(amble: &'i [Item<'a>]) -> Option<Vec<&'i [Item<'a>]>> {
    let mut level = 0usize;
    let mut parts = Vec::new();
    let mut start = 0;
    for (j, item) in amble.iter().enumerate() {
        if is_ch(item, '{') {
            level += 1;
        } else if is_ch(item, '}') {
            level = level.saturating_sub(1);
        } else if level == 0 && is_ch(item, ',') {
            parts.push(&amble[start..j]);
            start = j + 1;
        }
    }
    if parts.is_empty() {
        return None;
    }
    parts.push(&amble[start..]);
    Some(parts)
}

/// `x..y` or `x..y..step` with integers or single ASCII letters.
fn sequence(amble: &[Item<'_>]) -> Option<Sequence> {
    let mut text = String::with_capacity(amble.len());
    for item in amble {
        match item {
            Item::Ch(c) => text.push(*c),
            Item::Part(_) => return None,
        }
    }
    let mut pieces = text.split("..");
    let lhs = pieces.next()?;
    let rhs = pieces.next()?;
    let step = match pieces.next() {
        Some(s) => parse_int(s)?.unsigned_abs().max(1),
        None => 1,
    };
    if pieces.next().is_some() {
        return None;
    }
    let step = i128::from(step);
    let letter = |s: &str| match s.as_bytes() {
        [c] if c.is_ascii_alphabetic() => Some(*c),
        _ => None,
    };
    if let (Some(a), Some(b)) = (letter(lhs), letter(rhs)) {
        return Some(Sequence::Char(a, b, step));
    }
    let a = parse_int(lhs)?;
    let b = parse_int(rhs)?;
    let padded = |s: &str| {
        let b = s.as_bytes();
        (b.len() > 1 && b[0] == b'0') || (b.len() > 2 && b[0] == b'-' && b[1] == b'0')
    };
    let width = if padded(lhs) || padded(rhs) {
        lhs.len().max(rhs.len())
    } else {
        0
    };
    Some(Sequence::Num(a, b, step, width))
}

/// A decimal integer with an optional sign (bash's `legal_number`); `None` on
/// overflow or junk.
fn parse_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn count_seq(elems: &[Elem<'_, '_>]) -> u128 {
    elems.iter().fold(1u128, |acc, e| {
        let n = match e {
            Elem::Text(_) => 1,
            Elem::Seq(s) => s.len(),
            Elem::Alt(alts) => alts
                .iter()
                .fold(0u128, |sum, alt| sum.saturating_add(count_seq(alt))),
        };
        acc.saturating_mul(n)
    })
}

/// The expansions of a parsed sequence, in bash order (leftmost varies slowest).
/// Only called once the count is known to be within the limit.
fn gen_seq<'a>(elems: &[Elem<'_, 'a>]) -> Vec<Vec<Item<'a>>> {
    let mut acc: Vec<Vec<Item<'a>>> = vec![Vec::new()];
    for e in elems {
        match e {
            Elem::Text(t) => acc.iter_mut().for_each(|r| r.extend_from_slice(t)),
            Elem::Seq(s) => {
                let words = s.items();
                let mut next = Vec::with_capacity(acc.len() * words.len());
                for r in &acc {
                    for w in &words {
                        let mut x = r.clone();
                        x.extend(w.chars().map(Item::Ch));
                        next.push(x);
                    }
                }
                acc = next;
            }
            Elem::Alt(alts) => {
                let choices: Vec<Vec<Item<'a>>> = alts.iter().flat_map(|a| gen_seq(a)).collect();
                let mut next = Vec::with_capacity(acc.len() * choices.len());
                for r in &acc {
                    for c in &choices {
                        let mut x = r.clone();
                        x.extend_from_slice(c);
                        next.push(x);
                    }
                }
                acc = next;
            }
        }
    }
    acc
}

/// Rebuilds a word, merging adjacent chars into one literal part.
fn to_word(items: &[Item<'_>], orig: &Word) -> Word {
    let mut parts = Vec::new();
    let mut lit = String::new();
    for item in items {
        match item {
            Item::Ch(c) => lit.push(*c),
            Item::Part(p) => {
                if !lit.is_empty() {
                    parts.push(WordPart::Literal(std::mem::take(&mut lit)));
                }
                parts.push((*p).clone());
            }
        }
    }
    if !lit.is_empty() || parts.is_empty() {
        parts.push(WordPart::Literal(lit));
    }
    Word {
        parts,
        span: orig.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::Span;

    /// Builds a word from a mini-syntax: `'x'` is a single-quoted part, `\c` an escaped
    /// char, `$v` a parameter; everything else is literal.
    fn word(src: &str) -> Word {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut chars = src.chars().peekable();
        let flush = |lit: &mut String, parts: &mut Vec<WordPart>| {
            if !lit.is_empty() {
                parts.push(WordPart::Literal(std::mem::take(lit)));
            }
        };
        while let Some(c) = chars.next() {
            match c {
                '\'' => {
                    flush(&mut lit, &mut parts);
                    let q: String = chars.by_ref().take_while(|&c| c != '\'').collect();
                    parts.push(WordPart::SingleQuoted(q));
                }
                '\\' => {
                    flush(&mut lit, &mut parts);
                    parts.push(WordPart::Escaped(chars.next().unwrap_or('\\')));
                }
                '$' if chars.peek().is_some_and(|c| c.is_ascii_alphabetic()) => {
                    flush(&mut lit, &mut parts);
                    let mut name = String::new();
                    while let Some(&c) = chars.peek() {
                        if !c.is_ascii_alphanumeric() {
                            break;
                        }
                        name.push(c);
                        chars.next();
                    }
                    parts.push(WordPart::Param(Box::new(crate::syntax::ast::ParamExpr {
                        name: crate::syntax::ast::ParamName::Var(name),
                        subscript: None,
                        indirect: false,
                        op: None,
                    })));
                }
                _ => lit.push(c),
            }
        }
        flush(&mut lit, &mut parts);
        Word {
            parts,
            span: Span::new(0, src.len()),
        }
    }

    /// Renders a word back to the mini-syntax.
    fn show(w: &Word) -> String {
        let mut s = String::new();
        for p in &w.parts {
            match p {
                WordPart::Literal(t) => s.push_str(t),
                WordPart::SingleQuoted(t) => s.push_str(&format!("'{t}'")),
                WordPart::Escaped(c) => s.push_str(&format!("\\{c}")),
                WordPart::Param(pe) => match &pe.name {
                    crate::syntax::ast::ParamName::Var(n) => s.push_str(&format!("${n}")),
                    _ => s.push('?'),
                },
                _ => s.push('?'),
            }
        }
        s
    }

    fn expand(src: &str) -> String {
        match expand_braces(&word(src), 10_000) {
            Ok(ws) => ws.iter().map(show).collect::<Vec<_>>().join(" "),
            Err(e) => format!("error: {e}"),
        }
    }

    /// (word, bash's words) — checked with bash 5.2 `printf '[%s]' word` (empty words
    /// shown here, bash drops them later as null fields).
    #[test]
    fn table() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("a{b", "a{b"),
            ("{a,b", "{a,b"),
            ("a{b}c{d,e}", "a{b}cd a{b}ce"),
            ("{a,b}}", "a} b}"),
            ("{{a,b}", "{a {b"),
            ("{a,{b}", "{a,{b}"),
            ("{a,{b,c}}", "a b c"),
            ("{a,{b,c}", "{a,b {a,c"),
            ("{a,b{c,d}", "{a,bc {a,bd"),
            ("{a{b,c}}", "{ab} {ac}"),
            ("{{a,b}}", "{a} {b}"),
            ("{a}{b,c}", "{a}b {a}c"),
            ("{x,{y,{z,w}}}", "x y z w"),
            ("x{a,b}y", "xay xby"),
            ("{a,}", "a "),
            ("x{,}", "x x"),
            ("{}", "{}"),
            ("{a}", "{a}"),
            ("{a..}", "{a..}"),
            ("{..}", "{..}"),
            ("{1..10}", "1 2 3 4 5 6 7 8 9 10"),
            ("{10..1}", "10 9 8 7 6 5 4 3 2 1"),
            ("{1..10..3}", "1 4 7 10"),
            ("{10..1..3}", "10 7 4 1"),
            ("{1..3..0}", "1 2 3"),
            ("{1..3..-1}", "1 2 3"),
            ("{3..1..-2}", "3 1"),
            ("{1..10..-3}", "1 4 7 10"),
            ("{-1..-10..3}", "-1 -4 -7 -10"),
            ("{a..e}", "a b c d e"),
            ("{a..e..2}", "a c e"),
            ("{e..a..2}", "e c a"),
            ("{a..e..0}", "a b c d e"),
            ("{a..c..-1}", "a b c"),
            ("{01..10}", "01 02 03 04 05 06 07 08 09 10"),
            ("{1..010}", "001 002 003 004 005 006 007 008 009 010"),
            ("{-3..3}", "-3 -2 -1 0 1 2 3"),
            ("{-05..5}", "-05 -04 -03 -02 -01 000 001 002 003 004 005"),
            ("{-01..1}", "-01 000 001"),
            ("{-0..2}", "0 1 2"),
            ("{+01..3}", "1 2 3"),
            ("{00..0}", "00"),
            ("{1..-2}", "1 0 -1 -2"),
            ("{9..11}", "9 10 11"),
            ("{a..Z}", "a ` _ ^ ]  [ Z"),
            ("{Z..a}", "Z [  ] ^ _ ` a"),
            ("{1..a}", "{1..a}"),
            ("{aa..c}", "{aa..c}"),
            ("{a..-}", "{a..-}"),
            ("{é..ë}", "{é..ë}"),
            ("{1..3..}", "{1..3..}"),
            ("{1...3}", "{1...3}"),
            ("{1..3..2..}", "{1..3..2..}"),
            ("{0x1..3}", "{0x1..3}"),
            ("{1..2..a}", "{1..2..a}"),
            ("{+1..3}", "1 2 3"),
            ("{1..2..+1}", "1 2"),
            ("{1..99999999999999999999}", "{1..99999999999999999999}"),
            (
                "{9223372036854775806..9223372036854775807}",
                "9223372036854775806 9223372036854775807",
            ),
            ("{1..3..9223372036854775807}", "1"),
            ("{1..3}{a,b}", "1a 1b 2a 2b 3a 3b"),
            ("{a,b}{c,d}", "ac ad bc bd"),
            ("{a,b{1..3}}", "a b1 b2 b3"),
            ("a{b,c}d{e,f}g", "abdeg abdfg acdeg acdfg"),
            ("{a,b}{1..2}{x,y}", "a1x a1y a2x a2y b1x b1y b2x b2y"),
            ("{1,2}..{3,4}", "1..3 1..4 2..3 2..4"),
            ("{x,y{1..2}z}w", "xw y1zw y2zw"),
            ("{a,b}{", "a{ b{"),
            ("}{a,b}", "}a }b"),
            ("{a,b}c}", "ac} bc}"),
            ("{a,b}}{c,d}", "a}c a}d b}c b}d"),
            ("{a,b,}", "a b "),
            ("{,a,b}", " a b"),
            ("{a,,b}", "a  b"),
            ("{{a,b},c}", "a b c"),
            ("{1..3}}", "1} 2} 3}"),
            // Quoted and escaped parts are atoms.
            ("\\{a,b}", "\\{a,b}"),
            ("{a\\,b}", "{a\\,b}"),
            ("{a,b\\}", "{a,b\\}"),
            ("'{a,b}'", "'{a,b}'"),
            ("{'a,b',c}", "'a,b' c"),
            ("{a,'b'}c", "ac 'b'c"),
            ("{a,b}$HOME", "a$HOME b$HOME"),
            ("\\${a,b}", "\\$a \\$b"),
            ("'$'{a,b}", "'$'a '$'b"),
            ("{1..$n}", "{1..$n}"),
            ("{a,$x}", "a $x"),
            // A literal `${` (not parsed as an expansion) is not a brace.
            ("${a,b}", "${a,b}"),
        ];
        for &(src, want) in cases {
            assert_eq!(expand(src), want, "{src}");
        }
    }

    #[test]
    fn limits() {
        assert!(expand_braces(&word("{1..99999999999}"), 1000).is_err());
        assert!(expand_braces(&word("{1..1000}{1..1000}{1..1000}"), 100_000).is_err());
        assert_eq!(
            expand_braces(&word("{1..10}{1..10}"), 100).map(|w| w.len()),
            Ok(100)
        );
        assert!(expand_braces(&word("{1..10}{1..10}"), 99).is_err());
        let deep = format!("{}a{}", "{x,".repeat(10_000), "}".repeat(10_000));
        assert!(expand_braces(&word(&deep), 1_000_000).is_ok());
        let unbalanced = "{a,".repeat(5_000);
        assert_eq!(expand(&unbalanced), unbalanced);
    }

    #[test]
    fn may_have() {
        let cases: &[(&str, bool)] = &[
            ("plain", false),
            ("{a,b}", true),
            ("a{", false),
            ("}{", false),
            ("{a,$x}", true),
            ("'{a,b}'", false),
        ];
        for &(src, want) in cases {
            assert_eq!(may_have_braces(&word(src)), want, "{src}");
        }
    }

    #[test]
    fn results_keep_span_and_merge_literals() {
        let w = word("x{a,b}y");
        let out = expand_braces(&w, 10).unwrap_or_default();
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].parts, vec![WordPart::Literal("xay".to_string())]);
        assert_eq!(out[0].span, w.span);
        let out = expand_braces(&word("{,}"), 10).unwrap_or_default();
        assert_eq!(out[0].parts, vec![WordPart::Literal(String::new())]);
    }
}

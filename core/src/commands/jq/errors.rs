//! jq 1.6's wording for errors: jaq's runtime messages are translated
//! (`cannot index 1 with "a"` becomes `Cannot index number with string "a"`).

use jaq_core::compile::Undefined;
use jaq_json::Val;

use super::json::{self, Style};

/// Where `s`, a slice of `code`, starts in it.
fn offset_in(code: &str, s: &str) -> Option<usize> {
    let off = (s.as_ptr() as usize).wrapping_sub(code.as_ptr() as usize);
    (off <= code.len()).then_some(off)
}

/// jq's `at <top-level>, line N:` and the line, padded with as many spaces as the column.
pub fn locate(code: &str, offset: usize) -> String {
    let b = code.as_bytes();
    let offset = offset.min(b.len());
    let head = b.get(..offset).unwrap_or(&[]);
    let start = head.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
    let end = b
        .get(offset..)
        .and_then(|t| t.iter().position(|&c| c == b'\n'))
        .map_or(b.len(), |i| offset + i);
    let line = head.iter().filter(|&&c| c == b'\n').count() + 1;
    let text = String::from_utf8_lossy(b.get(start..end).unwrap_or(&[]));
    format!(
        "at <top-level>, line {line}:\n{text}{}\n",
        " ".repeat(offset - start)
    )
}

/// The message for an undefined name at compile time.
pub fn undefined(name: &str, what: &Undefined, code: &str) -> String {
    let sym = match what {
        Undefined::Filter(arity) => format!("{name}/{arity}"),
        Undefined::Var => format!("${}", name.trim_start_matches('$')),
        _ => name.to_string(),
    };
    let mut off = offset_in(code, name).unwrap_or(0);
    if matches!(what, Undefined::Var) && off > 0 && code.as_bytes().get(off - 1) == Some(&b'$') {
        off -= 1;
    }
    format!("jq: error: {sym} is not defined {}", locate(code, off))
}

/// Where the last token of `code` starts (bison reports `$end` there).
fn last_token(code: &str) -> usize {
    let b = code.as_bytes();
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    // An unfinished string: its text starts after the last quote.
    if b.iter().filter(|&&c| c == b'"').count() % 2 == 1 {
        return b.iter().rposition(|&c| c == b'"').map_or(0, |i| i + 1);
    }
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let mut i = end;
    if i > 0 && word(i - 1) {
        while i > 0 && word(i - 1) {
            i -= 1;
        }
        if i > 0 && matches!(b.get(i - 1), Some(b'.' | b'$' | b'@')) {
            i -= 1;
        }
        return i;
    }
    i = end.saturating_sub(1);
    let two = b.get(i.saturating_sub(1)..end).unwrap_or(&[]);
    let ops: [&[u8]; 12] = [
        b"|=", b"//", b"==", b"!=", b"<=", b">=", b"+=", b"-=", b"*=", b"/=", b"%=", b"..",
    ];
    if i > 0 && ops.contains(&two) {
        i -= 1;
    }
    i
}

/// How bison names the token that starts `rest`.
fn token_name(rest: &str) -> String {
    let b = rest.as_bytes();
    let word_len = b
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
        .unwrap_or(b.len());
    let word = rest.get(..word_len).unwrap_or("");
    let two = rest.get(..2).unwrap_or("");
    match b.first() {
        None => "$end".to_string(),
        Some(b'}' | b']' | b')') => "INVALID_CHARACTER".to_string(),
        Some(b'"') => "QQSTRING_START".to_string(),
        Some(b'0'..=b'9') => "LITERAL".to_string(),
        Some(b'.')
            if b.get(1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_') =>
        {
            "FIELD".to_string()
        }
        Some(b'@') => "FORMAT".to_string(),
        Some(c) if c.is_ascii_alphabetic() || *c == b'_' => match word {
            "then" | "else" | "elif" | "end" | "as" | "def" | "if" | "reduce" | "foreach"
            | "try" | "catch" | "label" | "import" | "include" | "and" | "or" | "__loc__" => {
                format!("\"{word}\"")
            }
            _ => "IDENT".to_string(),
        },
        Some(_) => match two {
            ".." => "REC".to_string(),
            "==" => "EQ".to_string(),
            "!=" => "NEQ".to_string(),
            "<=" => "LESSEQ".to_string(),
            ">=" => "GREATEREQ".to_string(),
            "|=" | "//" | "+=" | "-=" | "*=" | "/=" | "%=" => format!("\"{two}\""),
            _ => format!("'{}'", rest.chars().next().unwrap_or(' ')),
        },
    }
}

/// The message for a program jaq cannot parse: jq 1.6's wording for the common cases.
pub fn syntax(code: &str, errs: &jaq_core::load::Errors<&str, ()>) -> String {
    use jaq_core::load::Error;
    let found: Option<&str> = errs.iter().find_map(|(_, e)| match e {
        Error::Lex(es) => es.first().map(|(_, s)| *s),
        Error::Parse(es) => es.first().map(|(_, s)| *s),
        Error::Io(_) => None,
    });
    let lex_delim = errs.iter().find_map(|(_, e)| match e {
        Error::Lex(es) => es.first().and_then(|(x, _)| match x {
            jaq_core::load::lex::Expect::Delim(d) => Some(*d),
            _ => None,
        }),
        _ => None,
    });
    let (mut tok, off) = match found.and_then(|s| Some((s, offset_in(code, s)?))) {
        Some((s, off)) if !s.trim().is_empty() && lex_delim.is_none() => (token_name(s), off),
        _ => ("$end".to_string(), last_token(code)),
    };
    if tok == "INVALID_CHARACTER" && code.get(..off).is_some_and(|h| !balanced(h)) {
        tok = format!(
            "'{}'",
            code.get(off..)
                .and_then(|t| t.chars().next())
                .unwrap_or(' ')
        );
    }
    let mut extra = String::new();
    let words = |w: &str| {
        code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|t| *t == w)
            .count()
    };
    if tok == "$end" && words("if") > words("end") {
        let at = code.find("if").unwrap_or(0);
        extra = format!(
            "jq: error: Possibly unterminated 'if' statement {}",
            locate(code, at)
        );
    }
    let n = if extra.is_empty() {
        "1 compile error"
    } else {
        "2 compile errors"
    };
    let trimmed = code.trim_end();
    let expecting = match tok.as_str() {
        "$end" if lex_delim == Some("\"") => {
            ", expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END"
        }
        "$end" if trimmed.ends_with('.') && !trimmed.ends_with("..") => {
            ", expecting FORMAT or QQSTRING_START"
        }
        "INVALID_CHARACTER" if code.get(..off).is_some_and(balanced) => ", expecting $end",
        _ => "",
    };
    format!(
        "jq: error: syntax error, unexpected {tok}{expecting} (Unix shell quoting issues?) {}{extra}jq: {n}\n",
        locate(code, off)
    )
}

/// jq 1.6 knows `?//` only between destructuring patterns (`. as [$a] ?// $a`).
pub fn alt_outside_pattern(code: &str) -> Option<String> {
    let i = code.find("?//")?;
    if code.get(..i).is_some_and(|head| head.contains(" as ")) {
        return None;
    }
    Some(format!(
        "jq: error: syntax error, unexpected ?//, expecting $end (Unix shell quoting issues?) {}jq: 1 compile error\n",
        locate(code, i)
    ))
}

/// Whether the brackets in `s` are balanced (so the parser is at the top level).
fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

/// A number literal at byte `i` of `b`: its value and where it ends.
fn literal_at(b: &[u8], i: usize) -> Option<(f64, usize)> {
    let rest = b.get(i..)?;
    let len = rest
        .iter()
        .position(|c| !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E')))
        .unwrap_or(rest.len());
    if len == 0 || !rest.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let t = std::str::from_utf8(rest.get(..len)?).ok()?;
    Some((t.parse().ok()?, i + len))
}

/// jq's constant folding: `1/0` (two literal numbers giving an infinity) fails to compile.
pub fn division_by_zero(code: &str) -> Option<String> {
    let b = code.as_bytes();
    let skip_ws = |mut j: usize| {
        while b.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        j
    };
    let (mut i, mut in_str) = (0, false);
    while let Some(&c) = b.get(i) {
        if in_str || c == b'"' {
            if in_str && c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_str = !in_str;
            }
            i += 1;
            continue;
        }
        let after_word = i > 0
            && b.get(i - 1)
                .is_some_and(|p| p.is_ascii_alphanumeric() || matches!(p, b'.' | b'$' | b'_'));
        if let Some((l, end)) = literal_at(b, i).filter(|_| !after_word) {
            let j = skip_ws(end);
            if b.get(j) == Some(&b'/')
                && !matches!(b.get(j + 1), Some(b'/' | b'='))
                && let Some((r, _)) = literal_at(b, skip_ws(j + 1))
                && (l / r).is_infinite()
            {
                return Some(format!(
                    "jq: error: Division by zero? {}jq: 1 compile error\n",
                    locate(code, i)
                ));
            }
            i = end;
            continue;
        }
        i += 1;
    }
    None
}

/// The message for an uncaught error raised while running on the input at `loc`.
pub fn runtime(e: jaq_core::Error<super::val::V>, loc: &str) -> String {
    match e.into_val().0 {
        Val::TStr(b) | Val::BStr(b) => {
            let s = String::from_utf8_lossy(&b);
            format!("jq: error (at {loc}): {}\n", translate(&s))
        }
        // jq 1.6 prints nothing for `error(null)`.
        Val::Null => String::new(),
        v => {
            let mut out = Vec::new();
            json::write(&mut out, &compact(), 0, &v);
            format!(
                "jq: error (at {loc}) (not a string): {}\n",
                String::from_utf8_lossy(&out)
            )
        }
    }
}

fn compact() -> Style {
    Style {
        indent: String::new(),
        sort: false,
        ascii: false,
    }
}

/// A value from jaq's display text.
fn parse(text: &str) -> Option<Val> {
    let items = json::parse_all(text.as_bytes());
    match items.as_slice() {
        [Ok((v, _))] => Some(v.clone()),
        _ => None,
    }
}

pub fn type_name(v: &Val) -> &'static str {
    match v {
        Val::Null => "null",
        Val::Bool(_) => "boolean",
        Val::Num(_) => "number",
        Val::TStr(_) | Val::BStr(_) => "string",
        Val::Arr(_) => "array",
        Val::Obj(_) => "object",
    }
}

/// `number (5)`, with the value cut to 11 bytes and `...` like jq's error messages.
pub fn describe(v: &Val) -> String {
    let mut out = Vec::new();
    json::write(&mut out, &compact(), 0, v);
    let mut s = String::from_utf8_lossy(&out).into_owned();
    if s.len() > 14 {
        let mut cut = 11;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("...");
    }
    format!("{} ({s})", type_name(v))
}

/// Splits `text` at the `sep` that leaves a valid value on both sides.
fn split2(text: &str, sep: &str) -> Option<(Val, Val)> {
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(sep)) {
        let at = from + i;
        if let (Some(l), Some(r)) = (
            parse(&text[..at]),
            text.get(at + sep.len()..).and_then(parse),
        ) {
            return Some((l, r));
        }
        from = at + 1;
    }
    None
}

fn translate(msg: &str) -> String {
    if let Some((l, r)) = msg
        .strip_prefix("cannot index ")
        .and_then(|rest| split2(rest, " with "))
    {
        {
            let key = match &r {
                Val::TStr(_) | Val::BStr(_) => {
                    let mut out = b"string ".to_vec();
                    json::write(&mut out, &compact(), 0, &r);
                    String::from_utf8_lossy(&out).into_owned()
                }
                r => type_name(r).to_string(),
            };
            return format!("Cannot index {} with {key}", type_name(&l));
        }
    }
    if let Some(v) = msg
        .strip_prefix("cannot use ")
        .and_then(|rest| rest.strip_suffix(" as iterable (array or object)"))
        .and_then(parse)
    {
        return format!("Cannot iterate over {}", describe(&v));
    }
    if let Some(v) = msg.strip_suffix(" has no length").and_then(parse) {
        return format!("{} has no length", describe(&v));
    }
    if let Some(rest) = msg.strip_prefix("cannot calculate ") {
        for (op, verb) in [
            (" + ", "added"),
            (" - ", "subtracted"),
            (" * ", "multiplied"),
            (" / ", "divided"),
            (" % ", "divided (remainder)"),
        ] {
            if let Some((l, r)) = split2(rest, op) {
                let zero = matches!(&r, Val::Num(n) if json::num_f64(n) == 0.0);
                let tail = if zero && matches!(l, Val::Num(_)) {
                    " because the divisor is zero"
                } else {
                    ""
                };
                return format!(
                    "{} and {} cannot be {verb}{tail}",
                    describe(&l),
                    describe(&r)
                );
            }
        }
    }
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn jaq_messages_in_jq_words() {
        let cases = [
            (
                "cannot index 1 with \"a\"",
                "Cannot index number with string \"a\"",
            ),
            ("cannot index {} with 0", "Cannot index object with number"),
            (
                "cannot use 5 as iterable (array or object)",
                "Cannot iterate over number (5)",
            ),
            (
                "cannot calculate \"a\" - 1",
                "string (\"a\") and number (1) cannot be subtracted",
            ),
            (
                "cannot calculate {\"aaaaaaaaaaaaaaaaaaaa\":1} + 1",
                "object ({\"aaaaaaaaa...) and number (1) cannot be added",
            ),
            ("boom", "boom"),
        ];
        for (jaq, want) in cases {
            assert_eq!(translate(jaq), want);
        }
    }
}

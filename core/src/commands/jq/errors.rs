//! jq 1.6's wording for errors: jaq's runtime messages are translated
//! (`cannot index 1 with "a"` becomes `Cannot index number with string "a"`).

use jaq_core::compile::Undefined;
use jaq_json::Val;

use super::json::{self, Style};

/// The message for an undefined name at compile time.
pub fn undefined(name: &str, what: &Undefined, program: &str) -> String {
    let sym = match what {
        Undefined::Filter(arity) => format!("{name}/{arity}"),
        _ => name.to_string(),
    };
    format!("jq: error: {sym} is not defined at <top-level>, line 1:\n{program}\n")
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

fn type_name(v: &Val) -> &'static str {
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
fn describe(v: &Val) -> String {
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

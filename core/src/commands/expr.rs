//! `expr`: evaluate expressions (GNU coreutils 9.1, built with GMP: integers are
//! arbitrary precision). `STRING : REGEX` takes a POSIX basic regular expression anchored
//! at the start, translated to the `regex` crate's syntax.

use num_bigint::BigInt;

use crate::commands::{Ctx, quote_locale, version_text};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = include_str!("expr_help.txt");

#[derive(Clone, Debug, PartialEq)]
enum Val {
    Int(BigInt),
    Str(String),
}

impl Val {
    fn text(&self) -> String {
        match self {
            Val::Int(i) => i.to_string(),
            Val::Str(s) => s.clone(),
        }
    }

    fn int(&self) -> Option<BigInt> {
        match self {
            Val::Int(i) => Some(i.clone()),
            Val::Str(s) => to_int(s),
        }
    }

    /// GNU's `null`: 0, the empty string, or a string of zeros with an optional `-`.
    fn null(&self) -> bool {
        match self {
            Val::Int(i) => *i == BigInt::from(0),
            Val::Str(s) => {
                let t = s.strip_prefix('-').unwrap_or(s);
                s.is_empty() || (!t.is_empty() && t.bytes().all(|b| b == b'0'))
            }
        }
    }
}

fn to_int(s: &str) -> Option<BigInt> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Why evaluation stopped: the message after `expr: ` (status 2, or 3 for regex trouble).
struct Fail(String, i32);

fn syntax(msg: String) -> Fail {
    Fail(format!("syntax error: {msg}"), 2)
}

struct Parser<'a> {
    args: &'a [String],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.args.get(self.pos).map(String::as_str)
    }

    fn eat(&mut self, tok: &str) -> bool {
        if self.peek() == Some(tok) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn missing(&self) -> Fail {
        match self.pos.checked_sub(1).and_then(|i| self.args.get(i)) {
            Some(prev) => syntax(format!("missing argument after {}", quote_locale(prev))),
            None => Fail("missing operand".into(), 2),
        }
    }

    /// `|`
    fn eval(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval1(ev)?;
        while self.eat("|") {
            let r = self.eval1(ev && l.null())?;
            if l.null() {
                l = if r.null() { Val::Int(0.into()) } else { r };
            }
        }
        Ok(l)
    }

    /// `&`
    fn eval1(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval2(ev)?;
        while self.eat("&") {
            let r = self.eval2(ev && !l.null())?;
            if l.null() || r.null() {
                l = Val::Int(0.into());
            }
        }
        Ok(l)
    }

    /// Comparisons.
    fn eval2(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval3(ev)?;
        loop {
            let op = match self.peek() {
                Some(op @ ("<" | "<=" | "=" | "==" | "!=" | ">=" | ">")) => op.to_string(),
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.eval3(ev)?;
            if !ev {
                continue;
            }
            let ord = match (l.int(), r.int()) {
                (Some(a), Some(b)) => a.cmp(&b),
                _ => l.text().as_bytes().cmp(r.text().as_bytes()),
            };
            let t = match op.as_str() {
                "<" => ord.is_lt(),
                "<=" => ord.is_le(),
                "=" | "==" => ord.is_eq(),
                "!=" => ord.is_ne(),
                ">=" => ord.is_ge(),
                _ => ord.is_gt(),
            };
            l = Val::Int(i32::from(t).into());
        }
    }

    /// `+ -`
    fn eval3(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval4(ev)?;
        loop {
            let op = match self.peek() {
                Some("+") => '+',
                Some("-") => '-',
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.eval4(ev)?;
            if ev {
                l = arith(op, &l, &r)?;
            }
        }
    }

    /// `* / %`
    fn eval4(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval5(ev)?;
        loop {
            let op = match self.peek() {
                Some("*") => '*',
                Some("/") => '/',
                Some("%") => '%',
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.eval5(ev)?;
            if ev {
                l = arith(op, &l, &r)?;
            }
        }
    }

    /// `:`
    fn eval5(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let mut l = self.eval6(ev)?;
        while self.eat(":") {
            let r = self.eval6(ev)?;
            if ev {
                l = docolon(&l.text(), &r.text())?;
            }
        }
        Ok(l)
    }

    /// Keywords and `+ TOKEN`.
    fn eval6(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        if self.eat("+") {
            return match self.peek() {
                Some(t) => {
                    let v = Val::Str(t.to_string());
                    self.pos += 1;
                    Ok(v)
                }
                None => Err(self.missing()),
            };
        }
        if self.eat("length") {
            let s = self.eval6(ev)?.text();
            return Ok(Val::Int(s.chars().count().into()));
        }
        if self.eat("match") {
            let s = self.eval6(ev)?;
            let re = self.eval6(ev)?;
            return if ev {
                docolon(&s.text(), &re.text())
            } else {
                Ok(Val::Int(0.into()))
            };
        }
        if self.eat("index") {
            let s = self.eval6(ev)?.text();
            let set = self.eval6(ev)?.text();
            let pos = s
                .chars()
                .position(|c| set.contains(c))
                .map(|p| p + 1)
                .unwrap_or(0);
            return Ok(Val::Int(pos.into()));
        }
        if self.eat("substr") {
            let s = self.eval6(ev)?.text();
            let pos = self.eval6(ev)?.int();
            let len = self.eval6(ev)?.int();
            let n = s.chars().count();
            let out = match (pos, len) {
                (Some(p), Some(l)) if p >= 1.into() && l >= 1.into() => {
                    let p: usize = p.try_into().unwrap_or(usize::MAX);
                    let l: usize = l.try_into().unwrap_or(usize::MAX);
                    if p > n {
                        String::new()
                    } else {
                        s.chars().skip(p - 1).take(l).collect()
                    }
                }
                _ => String::new(),
            };
            return Ok(Val::Str(out));
        }
        self.eval7(ev)
    }

    /// Parentheses and atoms.
    fn eval7(&mut self, ev: bool) -> std::result::Result<Val, Fail> {
        let Some(tok) = self.peek().map(str::to_string) else {
            return Err(self.missing());
        };
        if tok == "(" {
            self.pos += 1;
            let v = self.eval(ev)?;
            return match self.peek() {
                Some(")") => {
                    self.pos += 1;
                    Ok(v)
                }
                Some(t) => Err(syntax(format!(
                    "expecting ')' instead of {}",
                    quote_locale(t)
                ))),
                None => {
                    let prev = self.args.get(self.pos - 1).cloned().unwrap_or_default();
                    Err(syntax(format!(
                        "expecting ')' after {}",
                        quote_locale(&prev)
                    )))
                }
            };
        }
        if tok == ")" {
            return Err(syntax("unexpected ')'".into()));
        }
        self.pos += 1;
        Ok(Val::Str(tok))
    }
}

fn arith(op: char, l: &Val, r: &Val) -> std::result::Result<Val, Fail> {
    let (Some(a), Some(b)) = (l.int(), r.int()) else {
        return Err(Fail("non-integer argument".into(), 2));
    };
    let zero = BigInt::from(0);
    Ok(Val::Int(match op {
        '+' => a + b,
        '-' => a - b,
        '*' => a * b,
        _ if b == zero => return Err(Fail("division by zero".into(), 2)),
        '/' => a / b,
        _ => a % b,
    }))
}

/// Translates a POSIX basic regular expression (with GNU's `\+ \? \|`) to `regex` syntax.
fn bre_to_regex(bre: &str) -> std::result::Result<(String, usize), Fail> {
    let mut out = String::from("^(?s:");
    let mut groups = 0;
    let mut depth = 0;
    let chars: Vec<char> = bre.chars().collect();
    let mut i = 0;
    // `*` is literal at the start of the expression or a group, or after `\|`.
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        let start = at_start;
        at_start = false;
        match c {
            '\\' => {
                i += 1;
                let Some(&n) = chars.get(i) else {
                    return Err(Fail("Trailing backslash".into(), 2));
                };
                match n {
                    '(' => {
                        groups += 1;
                        depth += 1;
                        out.push('(');
                        at_start = true;
                    }
                    ')' => {
                        if depth == 0 {
                            return Err(Fail("Unmatched ) or \\)".into(), 2));
                        }
                        depth -= 1;
                        out.push(')');
                    }
                    '|' => {
                        out.push('|');
                        at_start = true;
                    }
                    '{' => {
                        let close = chars[i..]
                            .windows(2)
                            .position(|w| w == ['\\', '}'])
                            .map(|p| p + i);
                        let Some(close) = close else {
                            return Err(Fail("Unmatched \\{".into(), 2));
                        };
                        let body: String = chars[i + 1..close].iter().collect();
                        if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == ',')
                        {
                            return Err(Fail("Invalid content of \\{\\}".into(), 2));
                        }
                        out.push('{');
                        out.push_str(&body);
                        out.push('}');
                        i = close + 1;
                    }
                    '+' | '?' => out.push(n),
                    'n' => out.push_str("\\n"),
                    'w' | 'W' | 's' | 'S' | 'b' | 'B' => {
                        out.push('\\');
                        out.push(n);
                    }
                    '<' | '>' => out.push_str("\\b"),
                    '1'..='9' => {
                        return Err(Fail("back-references are not supported".into(), 2));
                    }
                    n => push_literal(&mut out, n),
                }
            }
            '*' if start => push_literal(&mut out, '*'),
            '*' => out.push('*'),
            '.' => out.push('.'),
            '^' if start => out.push('^'),
            '$' if i + 1 == chars.len()
                || chars.get(i + 1..i + 3) == Some(&['\\', ')'])
                || chars.get(i + 1..i + 3) == Some(&['\\', '|']) =>
            {
                out.push('$')
            }
            '[' => {
                let mut j = i + 1;
                let mut class = String::from("[");
                if chars.get(j) == Some(&'^') {
                    class.push('^');
                    j += 1;
                }
                if chars.get(j) == Some(&']') {
                    class.push_str("\\]");
                    j += 1;
                }
                loop {
                    let Some(&c) = chars.get(j) else {
                        return Err(Fail("Unmatched [, [^, [:, [., or [=".into(), 2));
                    };
                    if c == ']' {
                        break;
                    }
                    if c == '[' && matches!(chars.get(j + 1), Some(':' | '.' | '=')) {
                        let kind = chars[j + 1];
                        let end = chars[j + 2..]
                            .windows(2)
                            .position(|w| w[0] == kind && w[1] == ']')
                            .map(|p| p + j + 2);
                        let Some(end) = end else {
                            return Err(Fail("Unmatched [, [^, [:, [., or [=".into(), 2));
                        };
                        let name: String = chars[j + 2..end].iter().collect();
                        if kind == ':' {
                            class.push_str(&format!("[:{name}:]"));
                        } else {
                            for ch in name.chars() {
                                push_class_char(&mut class, ch);
                            }
                        }
                        j = end + 2;
                        continue;
                    }
                    if c == '-' {
                        class.push('-');
                    } else {
                        push_class_char(&mut class, c);
                    }
                    j += 1;
                }
                class.push(']');
                out.push_str(&class);
                i = j;
            }
            c => push_literal(&mut out, c),
        }
        i += 1;
    }
    if depth != 0 {
        return Err(Fail("Unmatched ( or \\(".into(), 2));
    }
    out.push(')');
    Ok((out, groups))
}

fn push_literal(out: &mut String, c: char) {
    if "\\.+*?()|[]{}^$#&-~".contains(c) {
        out.push('\\');
    }
    out.push(c);
}

fn push_class_char(class: &mut String, c: char) {
    if "\\[]^&~-".contains(c) {
        class.push('\\');
    }
    class.push(c);
}

fn docolon(s: &str, pat: &str) -> std::result::Result<Val, Fail> {
    let (re, groups) = bre_to_regex(pat)?;
    let re = regex::Regex::new(&re).map_err(|_| Fail("Invalid regular expression".into(), 2))?;
    match re.captures(s) {
        Some(caps) => {
            if groups > 0 {
                Ok(Val::Str(
                    caps.get(1)
                        .map(|m| m.as_str().to_string())
                        .unwrap_or_default(),
                ))
            } else {
                let n = caps.get(0).map(|m| m.as_str().chars().count()).unwrap_or(0);
                Ok(Val::Int(n.into()))
            }
        }
        None if groups > 0 => Ok(Val::Str(String::new())),
        None => Ok(Val::Int(0.into())),
    }
}

/// Evaluates `args`: the value, or the message and status of the failure.
fn evaluate(args: &[String]) -> std::result::Result<Val, Fail> {
    let mut p = Parser { args, pos: 0 };
    let v = p.eval(true)?;
    if let Some(extra) = p.peek() {
        return Err(syntax(format!(
            "unexpected argument {}",
            quote_locale(extra)
        )));
    }
    Ok(v)
}

/// Runs `expr`.
pub fn expr<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
        if args.len() == 1 {
            match args[0].as_str() {
                "--help" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(0);
                }
                "--version" => {
                    let v = version_text("expr", "Mike Parker, James Youngman, and Paul Eggert");
                    ctx.stdout.write_str(&v).await?;
                    return Ok(0);
                }
                _ => {}
            }
        }
        if args.first().map(String::as_str) == Some("--") {
            args.remove(0);
        }
        if args.is_empty() {
            ctx.err("missing operand").await?;
            ctx.stderr
                .write_str("Try 'expr --help' for more information.\n")
                .await?;
            return Ok(2);
        }
        match evaluate(&args) {
            Ok(v) => {
                ctx.stdout.write_str(&format!("{}\n", v.text())).await?;
                Ok(if v.null() { 1 } else { 0 })
            }
            Err(Fail(msg, code)) => {
                ctx.err(&msg).await?;
                Ok(code)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> String {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        match evaluate(&args) {
            Ok(v) => v.text(),
            Err(Fail(m, c)) => format!("{c}: {m}"),
        }
    }

    #[test]
    fn like_gnu_expr() {
        let cases: &[(&[&str], &str)] = &[
            (&["1", "+", "2", "*", "3"], "7"),
            (&["99999999999999999999", "+", "1"], "100000000000000000000"),
            (&["-7", "/", "2"], "-3"),
            (&["-7", "%", "2"], "-1"),
            (&["abc", ":", "a\\(.\\)c"], "b"),
            (&["abc", ":", "b"], "0"),
            (&["a*b", ":", "a\\*"], "2"),
            (&["abc", ":", "*"], "0"),
            (&["aaa", ":", "a\\+"], "3"),
            (&["10", "<", "9a"], "1"),
            (&["substr", "héllo", "2", "2"], "él"),
            (&["index", "hello", "l"], "3"),
            (&["1", "|", "1", "/", "0"], "1"),
            (&["5", "/", "0"], "2: division by zero"),
            (
                &["(", "1", "+", "2"],
                "2: syntax error: expecting ')' after ‘2’",
            ),
            (&["1", "2"], "2: syntax error: unexpected argument ‘2’"),
        ];
        for (args, want) in cases {
            assert_eq!(run(args), *want, "{args:?}");
        }
    }
}

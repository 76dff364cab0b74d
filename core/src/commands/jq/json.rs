//! JSON text for `jq`: a reader that tokenises like jq 1.6 (same error wording and
//! positions, numbers read as IEEE doubles) and a printer with jq 1.6's layout and number
//! format (shortest round-trip digits, `1e+17` past 17 digits).

use bytes::Bytes;
use jaq_json::{Map, Num, Rc, Val};

/// How values are printed.
#[derive(Clone, Debug)]
pub struct Style {
    /// The indentation unit; empty means compact output.
    pub indent: String,
    /// Sort object keys (`-S`).
    pub sort: bool,
    /// Escape non-ASCII characters (`-a`).
    pub ascii: bool,
}

/// Maximum nesting of arrays and objects accepted on input (jq's own limit is 10000).
const MAX_DEPTH: usize = 10000;

/// A number as jq 1.6 prints it (`%.17g`-like shortest digits, `1e+17`, `1e-05`).
pub fn fmt_f64(d: f64) -> String {
    if d.is_nan() {
        return "null".to_string();
    }
    let d = d.clamp(f64::MIN, f64::MAX);
    if d == 0.0 {
        return if d.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let e = format!("{:e}", d.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    let decpt = exp + 1;
    let nd = digits.len() as i64;
    let mut out = String::new();
    if d < 0.0 {
        out.push('-');
    }
    if decpt <= -4 || decpt > nd + 15 {
        out.push_str(&digits[..1]);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let x = decpt - 1;
        out.push_str(&format!("e{}{:02}", if x < 0 { '-' } else { '+' }, x.abs()));
    } else if decpt <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-decpt) as usize));
        out.push_str(&digits);
    } else if decpt >= nd {
        out.push_str(&digits);
        out.push_str(&"0".repeat((decpt - nd) as usize));
    } else {
        let (a, b) = digits.split_at(decpt as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

/// A jaq number as an `f64` (big integers and decimals rounded).
pub fn num_f64(n: &Num) -> f64 {
    match n {
        Num::Int(i) => *i as f64,
        Num::Float(f) => *f,
        Num::BigInt(b) => b.to_string().parse().unwrap_or(f64::NAN),
        Num::Dec(s) => s.parse().unwrap_or(f64::NAN),
    }
}

/// A number value from a double, integral ones as integers (jq 1.6 has only doubles).
pub fn num_val(d: f64) -> Val {
    if d.fract() == 0.0 && d.abs() < 9.0e15 && !(d == 0.0 && d.is_sign_negative()) {
        Val::Num(Num::Int(d as isize))
    } else {
        Val::Num(Num::Float(d))
    }
}

/// Appends the JSON text of `v` at nesting `level`.
pub fn write(out: &mut Vec<u8>, st: &Style, level: usize, v: &Val) {
    match v {
        Val::Null => out.extend_from_slice(b"null"),
        Val::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Val::Num(n) => match n {
            Num::Int(i) if (*i as f64).abs() < 1e17 => {
                out.extend_from_slice(i.to_string().as_bytes())
            }
            n => out.extend_from_slice(fmt_f64(num_f64(n)).as_bytes()),
        },
        Val::TStr(b) | Val::BStr(b) => write_str(out, st.ascii, b),
        Val::Arr(a) => {
            if a.is_empty() {
                out.extend_from_slice(b"[]");
                return;
            }
            out.push(b'[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                newline(out, st, level + 1);
                write(out, st, level + 1, x);
            }
            newline(out, st, level);
            out.push(b']');
        }
        Val::Obj(o) => {
            if o.is_empty() {
                out.extend_from_slice(b"{}");
                return;
            }
            out.push(b'{');
            let mut entries: Vec<(&Val, &Val)> = o.iter().collect();
            if st.sort {
                entries.sort_by(|a, b| key_bytes(a.0).cmp(key_bytes(b.0)));
            }
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                newline(out, st, level + 1);
                match k {
                    Val::TStr(b) | Val::BStr(b) => write_str(out, st.ascii, b),
                    k => {
                        let mut s = Vec::new();
                        write(&mut s, st, 0, k);
                        write_str(out, st.ascii, &s);
                    }
                }
                out.push(b':');
                if !st.indent.is_empty() {
                    out.push(b' ');
                }
                write(out, st, level + 1, x);
            }
            newline(out, st, level);
            out.push(b'}');
        }
    }
}

fn key_bytes(k: &Val) -> &[u8] {
    match k {
        Val::TStr(b) | Val::BStr(b) => b,
        _ => b"",
    }
}

fn newline(out: &mut Vec<u8>, st: &Style, level: usize) {
    if st.indent.is_empty() {
        return;
    }
    out.push(b'\n');
    for _ in 0..level {
        out.extend_from_slice(st.indent.as_bytes());
    }
}

/// Appends `s` as a JSON string literal with jq's escapes.
pub fn write_str(out: &mut Vec<u8>, ascii: bool, s: &[u8]) {
    out.push(b'"');
    for c in String::from_utf8_lossy(s).chars() {
        match c {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\x08' => out.extend_from_slice(b"\\b"),
            '\x0c' => out.extend_from_slice(b"\\f"),
            c if (c as u32) < 0x20 || c == '\x7f' => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c if ascii && !c.is_ascii() => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(format!("\\u{u:04x}").as_bytes());
                }
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    out.push(b'"');
}

/// The events `--stream` turns `v` into: `[path, leaf]` for each leaf, then `[path]`
/// after the last child of each non-empty array or object (jq's `tostream`).
pub fn stream_events(v: &Val) -> Vec<Val> {
    fn walk(v: &Val, path: &mut Vec<Val>, out: &mut Vec<Val>) {
        let children: Vec<(Val, &Val)> = match v {
            Val::Arr(a) => a
                .iter()
                .enumerate()
                .map(|(i, x)| (Val::from(i), x))
                .collect(),
            Val::Obj(o) => o.iter().map(|(k, x)| (k.clone(), x)).collect(),
            _ => Vec::new(),
        };
        let Some((last, _)) = children.last().cloned() else {
            let p: Val = path.iter().cloned().collect();
            out.push([p, v.clone()].into_iter().collect());
            return;
        };
        for (k, x) in children {
            path.push(k);
            walk(x, path, out);
            path.pop();
        }
        let p: Val = path.iter().cloned().chain([last]).collect();
        out.push([p].into_iter().collect());
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

/// A string value.
pub fn str_val(s: impl Into<String>) -> Val {
    Val::utf8_str(Bytes::from(s.into()))
}

/// One item of input: a value with the line it ended on, or a parse error message.
pub type Item = Result<(Val, usize), String>;

/// Reads JSON texts from `data` like jq 1.6's parser. Stops after the first error.
pub fn parse_all(data: &[u8]) -> Vec<Item> {
    let mut p = Reader {
        s: data,
        pos: 0,
        line: 1,
        col: 0,
    };
    if data.starts_with(b"\xef\xbb\xbf") {
        p.pos = 3;
    }
    let mut out = Vec::new();
    loop {
        p.skip_ws();
        if p.pos >= p.s.len() {
            break;
        }
        match p.value(0) {
            Ok(v) => {
                // jq feeds its parser whole lines: the value counts on its last line,
                // once that line's newline has been read.
                let rest = p.s.get(p.pos..).unwrap_or(&[]);
                let line_done = rest
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|_| p.line)
                    .unwrap_or(p.line - 1);
                out.push(Ok((v, line_done)));
            }
            Err(e) => {
                out.push(Err(e));
                break;
            }
        }
    }
    out
}

struct Reader<'s> {
    s: &'s [u8],
    pos: usize,
    line: usize,
    col: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.pos += 1;
        if c == b'\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }

    /// An error at the current position; at the end jq reports the line after the last.
    fn err(&mut self, msg: &str) -> String {
        if self.pos >= self.s.len() {
            return self.eof_err(msg);
        }
        self.bump();
        format!("{msg} at line {}, column {}", self.line, self.col)
    }

    fn eof_err(&self, msg: &str) -> String {
        format!("{msg} at EOF at line {}, column {}", self.line, self.col)
    }

    fn unfinished(&mut self) -> String {
        while self.pos < self.s.len() {
            self.bump();
        }
        self.eof_err("Unfinished JSON term")
    }

    fn value(&mut self, depth: usize) -> Result<Val, String> {
        if depth > MAX_DEPTH {
            return Err(self.err("Exceeds depth limit for parsing"));
        }
        self.skip_ws();
        match self.peek() {
            None => Err(self.unfinished()),
            Some(b'[') => {
                self.bump();
                let mut items = Vec::new();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.bump();
                    return Ok(Val::Arr(Rc::new(items)));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => {
                            self.bump();
                            self.skip_ws();
                            if self.peek() == Some(b']') {
                                return Err(self.err("Expected another array element"));
                            }
                        }
                        Some(b']') => {
                            self.bump();
                            return Ok(Val::Arr(Rc::new(items)));
                        }
                        None => return Err(self.unfinished()),
                        Some(b'}') => return Err(self.err("Unmatched '}'")),
                        Some(_) => return Err(self.no_separator()),
                    }
                }
            }
            Some(b'{') => {
                self.bump();
                let mut map = Map::default();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.bump();
                    return Ok(Val::obj(map));
                }
                loop {
                    self.skip_ws();
                    let k = match self.peek() {
                        Some(b'"') => self.string()?,
                        None => return Err(self.unfinished()),
                        Some(b'}') => {
                            return Err(self.err("Objects must consist of key:value pairs"));
                        }
                        Some(_) => {
                            let v = self.value(depth + 1)?;
                            if !matches!(v, Val::TStr(_)) {
                                return Err(self.err("Object keys must be strings"));
                            }
                            v
                        }
                    };
                    self.skip_ws();
                    match self.peek() {
                        Some(b':') => {
                            self.bump();
                        }
                        None => return Err(self.unfinished()),
                        Some(b'"' | b'0'..=b'9' | b'-' | b'a'..=b'z' | b'A'..=b'Z') => {
                            return Err(self.no_separator());
                        }
                        Some(_) => return Err(self.err("Objects must consist of key:value pairs")),
                    }
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        return Err(self.err("Unmatched '}'"));
                    }
                    let v = self.value(depth + 1)?;
                    map.insert(k, v);
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => {
                            self.bump();
                            self.skip_ws();
                            if self.peek() == Some(b'}') {
                                return Err(self.err("Expected another key-value pair"));
                            }
                        }
                        Some(b'}') => {
                            self.bump();
                            return Ok(Val::obj(map));
                        }
                        None => return Err(self.unfinished()),
                        Some(b']') => return Err(self.err("Unmatched ']'")),
                        Some(_) => return Err(self.no_separator()),
                    }
                }
            }
            Some(b'"') => self.string(),
            Some(b']') => Err(self.err("Unmatched ']'")),
            Some(b'}') => Err(self.err("Unmatched '}'")),
            Some(b',') => Err(self.err("Expected value before ','")),
            Some(b':') => Err(self.err("':' not as part of an object")),
            Some(_) => self.literal(),
        }
    }

    fn literal(&mut self) -> Result<Val, String> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if matches!(
                c,
                b' ' | b'\t' | b'\n' | b'\r' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b'"'
            ) {
                break;
            }
            self.bump();
        }
        let tok = &self.s[start..self.pos];
        let v = match tok {
            b"true" => Some(Val::Bool(true)),
            b"false" => Some(Val::Bool(false)),
            b"null" => Some(Val::Null),
            _ => None,
        };
        if let Some(v) = v {
            return Ok(v);
        }
        let msg = if matches!(tok.first(), Some(b't' | b'f' | b'n')) {
            "Invalid literal"
        } else {
            "Invalid numeric literal"
        };
        let num = std::str::from_utf8(tok)
            .ok()
            .filter(|t| valid_number(t) || strtod_word(t))
            .and_then(|t| t.parse::<f64>().ok())
            .filter(|_| msg != "Invalid literal");
        match num {
            Some(d) => Ok(num_val(d)),
            None => Err(self.err(msg)),
        }
    }

    /// jq notices a missing separator when the next value's token ends.
    fn no_separator(&mut self) -> String {
        const MSG: &str = "Expected separator between values";
        match self.peek() {
            Some(b'"') => match self.string() {
                Ok(_) => format!("{MSG} at line {}, column {}", self.line, self.col),
                Err(e) => e,
            },
            Some(b'[' | b'{') | None => self.err(MSG),
            Some(_) => match self.literal() {
                Ok(_) => self.err(MSG),
                Err(e) => e,
            },
        }
    }

    fn string(&mut self) -> Result<Val, String> {
        self.bump();
        let mut buf: Vec<u8> = Vec::new();
        loop {
            match self.bump() {
                None => {
                    return Err(self.eof_err("Unfinished string"));
                }
                Some(b'"') => break,
                Some(b'\\') => match self.bump() {
                    Some(b'n') => buf.push(b'\n'),
                    Some(b't') => buf.push(b'\t'),
                    Some(b'r') => buf.push(b'\r'),
                    Some(b'b') => buf.push(8),
                    Some(b'f') => buf.push(12),
                    Some(b'/') => buf.push(b'/'),
                    Some(b'\\') => buf.push(b'\\'),
                    Some(b'"') => buf.push(b'"'),
                    Some(b'u') => {
                        let mut cp = self.hex4()?;
                        if (0xD800..0xDC00).contains(&cp)
                            && self.s.get(self.pos..self.pos + 2) == Some(b"\\u")
                        {
                            self.bump();
                            self.bump();
                            let lo = self.hex4()?;
                            if (0xDC00..0xE000).contains(&lo) {
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                            } else {
                                cp = 0xFFFD;
                            }
                        }
                        let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
                        let mut b = [0u8; 4];
                        buf.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                    }
                    None => return Err(self.unfinished()),
                    Some(_) => return Err(self.err("Invalid escape")),
                },
                Some(c) => buf.push(c),
            }
        }
        Ok(str_val(String::from_utf8_lossy(&buf).into_owned()))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.pos..self.pos + 4).unwrap_or(&[]);
        let v = std::str::from_utf8(h)
            .ok()
            .filter(|h| h.len() == 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        match v {
            Some(v) => {
                for _ in 0..4 {
                    self.bump();
                }
                Ok(v)
            }
            None => Err(self.err("Invalid \\uXXXX escape")),
        }
    }
}

/// `nan`, `inf`, `infinity` in any case, maybe signed: C's `strtod` reads them.
fn strtod_word(t: &str) -> bool {
    let w = t.trim_start_matches(['+', '-']).to_ascii_lowercase();
    matches!(w.as_str(), "nan" | "inf" | "infinity")
}

fn valid_number(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    if b.first() == Some(&b'-') {
        i = 1;
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > s
    };
    let int = digits(&mut i);
    let mut frac = false;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac = digits(&mut i);
    }
    if !int && !frac {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_like_jq_1_6() {
        let cases = [
            (1.0, "1"),
            (2.5, "2.5"),
            (1e17, "1e+17"),
            (1e16, "1e+16"),
            (1.5e16, "15000000000000000"),
            (123456789012345678.0, "123456789012345680"),
            (f64::INFINITY, "1.7976931348623157e+308"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-0.0, "-0"),
            (1e15, "1000000000000000"),
            (5e-324, "5e-324"),
        ];
        for (d, want) in cases {
            assert_eq!(fmt_f64(d), want, "{d}");
        }
    }

    #[test]
    fn parse_errors_like_jq() {
        let cases = [
            ("foo\n", "Invalid literal at line 2, column 0"),
            (
                "{\"a\":1\n",
                "Unfinished JSON term at EOF at line 2, column 0",
            ),
            ("[1,2", "Unfinished JSON term at EOF at line 1, column 4"),
            ("{\"a\":}\n", "Unmatched '}' at line 1, column 6"),
        ];
        for (src, want) in cases {
            let items = parse_all(src.as_bytes());
            assert_eq!(items.last(), Some(&Err(want.to_string())), "{src:?}");
        }
    }
}

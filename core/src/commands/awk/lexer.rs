//! The awk lexer: turns program text into tokens. Whether `/` starts a regex literal
//! depends on the previous token (after an operand it divides).

/// A token kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Newline,
    Eof,
    Num(f64),
    Str(Vec<u8>),
    Regex(String),
    /// A name directly followed by `(` (a function call).
    FuncName(String),
    Name(String),
    Builtin(&'static str),
    Kw(&'static str),
    /// Punctuation and operators, as written.
    Op(&'static str),
}

/// A token with its position.
#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    /// 1-based line.
    pub line: usize,
    /// Byte offset of the token's start within its line.
    pub col: usize,
}

const KEYWORDS: &[&str] = &[
    "BEGIN",
    "END",
    "BEGINFILE",
    "ENDFILE",
    "function",
    "func",
    "if",
    "else",
    "while",
    "switch",
    "case",
    "default",
    "for",
    "do",
    "break",
    "continue",
    "next",
    "nextfile",
    "exit",
    "return",
    "delete",
    "in",
    "getline",
    "print",
    "printf",
];

/// Built-in function names.
pub const BUILTINS: &[&str] = &[
    "length", "substr", "index", "split", "sub", "gsub", "gensub", "match", "sprintf", "sin",
    "cos", "atan2", "exp", "log", "sqrt", "int", "rand", "srand", "tolower", "toupper", "system",
    "close", "fflush", "systime", "strftime", "mktime", "asort", "asorti", "and", "or", "xor",
    "lshift", "rshift", "compl", "strtonum", "typeof", "isarray",
];

const OPS: &[&str] = &[
    "**=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=",
    "!~", ">>", "|&", "**", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^",
    "!", ">", "<", "|", "?", ":", "~", "$", "=", "@",
];

/// A lexing error: message, line and column.
#[derive(Debug)]
pub struct LexError {
    pub msg: String,
    pub line: usize,
    pub col: usize,
}

/// Splits `src` into tokens; gawk's lexer warnings (`\q` treated as plain `q`) are
/// pushed to `warnings` with their line.
pub fn lex(src: &[u8], warnings: &mut Vec<(usize, String)>) -> Result<Vec<Token>, LexError> {
    let mut toks: Vec<Token> = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut line_start = 0;
    while i < src.len() {
        let c = src[i];
        let col = i - line_start;
        let push = |toks: &mut Vec<Token>, tok: Tok| toks.push(Token { tok, line, col });
        match c {
            b' ' | b'\t' | b'\r' => i += 1,
            b'\\' if src.get(i + 1) == Some(&b'\n') => {
                i += 2;
                line += 1;
                line_start = i;
            }
            b'\\' if src.get(i + 1) == Some(&b'\r') && src.get(i + 2) == Some(&b'\n') => {
                i += 3;
                line += 1;
                line_start = i;
            }
            b'\n' => {
                push(&mut toks, Tok::Newline);
                i += 1;
                line += 1;
                line_start = i;
            }
            b'#' => {
                while i < src.len() && src[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                let (s, end) = string(src, i + 1, &mut |c| {
                    warnings.push((
                        line,
                        format!("escape sequence `\\{c}' treated as plain `{c}'"),
                    ))
                })
                .ok_or(LexError {
                    msg: "unterminated string".into(),
                    line,
                    col,
                })?;
                push(&mut toks, Tok::Str(s));
                i = end;
            }
            b'/' if regex_allowed(toks.last().map(|t| &t.tok)) => {
                let mut j = i + 1;
                let mut re = Vec::new();
                let mut in_bracket = false;
                loop {
                    let Some(&b) = src.get(j) else {
                        return Err(LexError {
                            msg: "unterminated regexp".into(),
                            line,
                            col: col + 1,
                        });
                    };
                    match b {
                        b'\n' => {
                            return Err(LexError {
                                msg: "unterminated regexp".into(),
                                line,
                                col: col + 1,
                            });
                        }
                        b'\\' if src.get(j + 1) == Some(&b'/') => {
                            re.push(b'/');
                            j += 2;
                            continue;
                        }
                        b'\\' => {
                            re.push(b'\\');
                            if let Some(&n) = src.get(j + 1) {
                                re.push(n);
                            }
                            j += 2;
                            continue;
                        }
                        b'[' if !in_bracket => {
                            in_bracket = true;
                            re.push(b);
                            j += 1;
                            // `[]...]` and `[^]...]`: a leading `]` is literal.
                            if src.get(j) == Some(&b'^') {
                                re.push(b'^');
                                j += 1;
                            }
                            if src.get(j) == Some(&b']') {
                                re.push(b']');
                                j += 1;
                            }
                            continue;
                        }
                        b'[' if in_bracket
                            && matches!(src.get(j + 1), Some(b':' | b'.' | b'=')) =>
                        {
                            let kind = src[j + 1];
                            let mut k = j + 2;
                            while k + 1 < src.len() && !(src[k] == kind && src[k + 1] == b']') {
                                k += 1;
                            }
                            re.extend_from_slice(&src[j..(k + 2).min(src.len())]);
                            j = k + 2;
                            continue;
                        }
                        b']' if in_bracket => in_bracket = false,
                        b'/' if !in_bracket => break,
                        _ => {}
                    }
                    re.push(b);
                    j += 1;
                }
                push(
                    &mut toks,
                    Tok::Regex(String::from_utf8_lossy(&re).into_owned()),
                );
                i = j + 1;
            }
            b'0'..=b'9' | b'.' if c != b'.' || src.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                let (n, end) = number(src, i);
                push(&mut toks, Tok::Num(n));
                i = end;
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let mut j = i;
                while j < src.len() && (src[j].is_ascii_alphanumeric() || src[j] == b'_') {
                    j += 1;
                }
                let word = String::from_utf8_lossy(&src[i..j]).into_owned();
                let tok = if let Some(k) = KEYWORDS.iter().find(|k| **k == word) {
                    Tok::Kw(if *k == "func" { "function" } else { k })
                } else if let Some(b) = BUILTINS.iter().find(|b| **b == word) {
                    Tok::Builtin(b)
                } else if src.get(j) == Some(&b'(') {
                    Tok::FuncName(word)
                } else {
                    Tok::Name(word)
                };
                push(&mut toks, tok);
                i = j;
            }
            _ => {
                let Some(op) = OPS.iter().find(|op| src[i..].starts_with(op.as_bytes())) else {
                    return Err(LexError {
                        msg: format!("invalid char '{}' in expression", c as char),
                        line,
                        col,
                    });
                };
                push(&mut toks, Tok::Op(op));
                i += op.len();
            }
        }
    }
    // The end of the program is reported where its last line ends.
    let (eline, ecol) = match toks.last() {
        Some(t) if t.tok == Tok::Newline && src.last() == Some(&b'\n') => (t.line, t.col),
        _ => (line, i - line_start),
    };
    toks.push(Token {
        tok: Tok::Eof,
        line: eline,
        col: ecol,
    });
    Ok(toks)
}

fn regex_allowed(prev: Option<&Tok>) -> bool {
    match prev {
        None => true,
        Some(Tok::Num(_) | Tok::Str(_) | Tok::Regex(_) | Tok::Name(_)) => false,
        Some(Tok::Builtin(_)) => false,
        Some(Tok::Op(op)) => !matches!(*op, ")" | "]" | "$" | "++" | "--"),
        Some(Tok::Kw(k)) => *k != "getline",
        _ => true,
    }
}

fn number(src: &[u8], i: usize) -> (f64, usize) {
    if src[i] == b'0' && matches!(src.get(i + 1), Some(b'x' | b'X')) {
        let mut j = i + 2;
        while j < src.len() && src[j].is_ascii_hexdigit() {
            j += 1;
        }
        if j > i + 2 {
            let text = String::from_utf8_lossy(&src[i + 2..j]);
            let n = u64::from_str_radix(&text, 16)
                .map(|n| n as f64)
                .unwrap_or(f64::MAX);
            return (n, j);
        }
    }
    let mut j = i;
    while j < src.len() && src[j].is_ascii_digit() {
        j += 1;
    }
    if src.get(j) == Some(&b'.') {
        j += 1;
        while j < src.len() && src[j].is_ascii_digit() {
            j += 1;
        }
    }
    if matches!(src.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(src.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        if src.get(k).is_some_and(u8::is_ascii_digit) {
            while k < src.len() && src[k].is_ascii_digit() {
                k += 1;
            }
            j = k;
        }
    }
    let digits = &src[i..j];
    // gawk reads `010` in program text as octal (not when a digit is 8 or 9).
    if digits.len() > 1 && digits[0] == b'0' && digits.iter().all(|d| (b'0'..=b'7').contains(d)) {
        let n = digits
            .iter()
            .fold(0f64, |n, d| n * 8.0 + f64::from(d - b'0'));
        return (n, j);
    }
    let text = String::from_utf8_lossy(digits);
    (text.parse().unwrap_or(0.0), j)
}

/// Reads a string literal body starting after the opening quote; returns the bytes and
/// the index after the closing quote.
fn string(src: &[u8], mut i: usize, warn: &mut dyn FnMut(char)) -> Option<(Vec<u8>, usize)> {
    let mut out = Vec::new();
    loop {
        let c = *src.get(i)?;
        match c {
            b'"' => return Some((out, i + 1)),
            b'\n' => return None,
            b'\\' => {
                let n = *src.get(i + 1)?;
                if n == b'\n' {
                    i += 2;
                    continue;
                }
                if n.is_ascii() && !b"ntrabfvx01234567\\\"".contains(&n) {
                    warn(n as char);
                }
                let (bytes, used) = escape(&src[i + 1..]);
                out.extend_from_slice(&bytes);
                i += 1 + used;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// Decodes one escape sequence (the text after a backslash): the bytes it stands for and
/// how many input bytes it used. Unknown escapes keep the character (`\.` is `.`, like
/// gawk), except `\/` and `\"`.
pub fn escape(s: &[u8]) -> (Vec<u8>, usize) {
    let Some(&c) = s.first() else {
        return (vec![b'\\'], 0);
    };
    let one = |b: u8| (vec![b], 1);
    match c {
        b'n' => one(b'\n'),
        b't' => one(b'\t'),
        b'r' => one(b'\r'),
        b'a' => one(7),
        b'b' => one(8),
        b'f' => one(12),
        b'v' => one(11),
        b'\\' => one(b'\\'),
        b'"' => one(b'"'),
        b'/' => one(b'/'),
        b'0'..=b'7' => {
            let mut n = 0u32;
            let mut k = 0;
            while k < 3 && s.get(k).is_some_and(|b| (b'0'..=b'7').contains(b)) {
                n = n * 8 + u32::from(s[k] - b'0');
                k += 1;
            }
            (vec![n as u8], k)
        }
        b'x' => {
            let mut n = 0u32;
            let mut k = 1;
            while k < 3 && s.get(k).is_some_and(u8::is_ascii_hexdigit) {
                n = n * 16 + (s[k] as char).to_digit(16).unwrap_or(0);
                k += 1;
            }
            if k == 1 {
                return (b"\\x".to_vec(), 1);
            }
            (vec![n as u8], k)
        }
        _ => (vec![c], 1),
    }
}

/// Processes escapes in `-v` values and `-F` separators; `warn` gets each character
/// whose escape means nothing (`\.` is `.`).
pub fn unescape(s: &[u8], warn: &mut dyn FnMut(char)) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\\' && i + 1 < s.len() {
            let n = s[i + 1];
            if n.is_ascii() && !b"ntrabfvx01234567\\\"".contains(&n) {
                warn(n as char);
            }
            let (b, used) = escape(&s[i + 1..]);
            out.extend_from_slice(&b);
            i += 1 + used;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

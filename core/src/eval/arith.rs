//! Bash arithmetic: the evaluator behind `$(( ))`, `(( ))`, `let`, array subscripts
//! and `for ((;;))`.
//!
//! The input is the expression *text* after the caller has expanded `$x`, `$(...)`
//! and friends. Like bash (`expr.c`), the text is read by a recursive-descent parser
//! that evaluates as it goes, with a "no evaluation" counter for the branches that
//! `&&`, `||` and `?:` skip: those are parsed (so syntax errors still show) but their
//! assignments, increments and variable reads do not happen.
//!
//! Semantics follow bash 5.2: wrapping 64-bit arithmetic, C operators with bash
//! precedence, `**` right-associative, integer constants in bases 2 to 64
//! (`0x1f`, `017`, `16#ff`, `64#@_`), and bare variable names whose value is itself
//! evaluated as an expression (`x='1+2'; echo $((x*2))` prints 6). Error messages are
//! worded like bash's, see [`ArithError`].

use std::fmt;

/// How deep expressions may nest: variables whose value is an expression naming
/// another variable, parentheses, unary operators and subscripts all count. Bash
/// allows 1024 levels of variable recursion and unbounded parentheses; a smaller,
/// combined bound keeps the native stack (and wasm's) safe.
pub const MAX_DEPTH: usize = 100;

/// The variables an arithmetic expression reads and writes.
pub trait ArithEnv {
    /// The value of a variable as text (`None` when unset). For `a[3]` the evaluator
    /// passes the name and the index: for an indexed array the index is the evaluated
    /// subscript in decimal (possibly negative: the caller resolves `a[-1]`), for an
    /// associative array ([`ArithEnv::is_assoc`]) it is the subscript text as written.
    fn get_var(&self, name: &str, index: Option<&str>) -> Option<String>;

    /// Assigns a variable (for `=`, `+=`, `++`, ...). The index is passed as in
    /// [`ArithEnv::get_var`]. `Err(msg)` (e.g. `readonly variable`) aborts the
    /// evaluation with an [`ArithError`] whose `expr` is the variable name and whose
    /// `message` is `msg`, which prints like bash's `r: readonly variable`.
    fn set_var(&mut self, name: &str, index: Option<&str>, value: i64) -> Result<(), String>;

    /// Whether `name` is an associative array, whose subscripts are strings rather
    /// than arithmetic. Defaults to `false`.
    fn is_assoc(&self, _name: &str) -> bool {
        false
    }
}

/// An arithmetic error, split the way bash prints it: `{expr}: {message}`, e.g.
/// `1/0: division by 0 (error token is "0")`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArithError {
    /// The expression being evaluated when the error happened, leading blanks removed
    /// (for an error inside a variable's value, that value; for a bad constant, the
    /// text up to the end of the constant, as bash does).
    pub expr: String,
    /// The rest of the message, e.g. `division by 0 (error token is "0")`.
    pub message: String,
}

impl fmt::Display for ArithError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.expr, self.message)
    }
}

impl std::error::Error for ArithError {}

/// Evaluates an arithmetic expression. Blank text evaluates to 0.
///
/// ```
/// use mirage_core::eval::arith::{eval_arith, ArithEnv};
/// struct NoVars;
/// impl ArithEnv for NoVars {
///     fn get_var(&self, _: &str, _: Option<&str>) -> Option<String> { None }
///     fn set_var(&mut self, _: &str, _: Option<&str>, _: i64) -> Result<(), String> { Ok(()) }
/// }
/// assert_eq!(eval_arith("2 ** 3 ** 2", &mut NoVars).ok(), Some(512));
/// assert_eq!(eval_arith("1/0", &mut NoVars).unwrap_err().to_string(),
///            "1/0: division by 0 (error token is \"0\")");
/// ```
pub fn eval_arith(expr: &str, env: &mut dyn ArithEnv) -> Result<i64, ArithError> {
    eval_at(expr, env, 0)
}

fn eval_at(expr: &str, env: &mut dyn ArithEnv, depth: usize) -> Result<i64, ArithError> {
    let trimmed = expr.trim_start_matches(is_blank);
    if trimmed.is_empty() {
        return Ok(0);
    }
    // Fast path for the common case of a variable holding a plain decimal number.
    if let Some(n) = plain_decimal(trimmed.trim_end_matches(is_blank)) {
        return Ok(n);
    }
    let mut p = Parser {
        src: trimmed,
        pos: 0,
        tok: Tok::Eof,
        last: Tok::Eof,
        tok_start: 0,
        noeval: 0,
        depth,
        lval: LVal::default(),
        env,
    };
    p.advance()?;
    let value = p.comma()?;
    if p.tok != Tok::Eof {
        return Err(p.error("syntax error in expression"));
    }
    Ok(value)
}

/// `123` with no leading zero, fitting without overflow.
fn plain_decimal(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 18 || (b[0] == b'0' && b.len() > 1) {
        return None;
    }
    let mut n: i64 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(c - b'0');
    }
    Some(n)
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Binary operators (also the operator of `op=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bin {
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    Shl,
    Shr,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    BitAnd,
    BitXor,
    BitOr,
    LogAnd,
    LogOr,
    Pow,
}

impl Bin {
    /// Binding power: higher binds tighter.
    fn prec(self) -> u8 {
        match self {
            Bin::LogOr => 1,
            Bin::LogAnd => 2,
            Bin::BitOr => 3,
            Bin::BitXor => 4,
            Bin::BitAnd => 5,
            Bin::Eq | Bin::Ne => 6,
            Bin::Lt | Bin::Le | Bin::Gt | Bin::Ge => 7,
            Bin::Shl | Bin::Shr => 8,
            Bin::Add | Bin::Sub => 9,
            Bin::Mul | Bin::Div | Bin::Mod => 10,
            Bin::Pow => 11,
        }
    }
}

const PREC_POW: u8 = 11;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Eof,
    Num(i64),
    /// A variable name, optionally with a subscript; ranges index `Parser::src`.
    Str {
        name: (usize, usize),
        sub: Option<(usize, usize)>,
    },
    Assign,
    OpAssign(Bin),
    Bin(Bin),
    Not,
    BitNot,
    Ques,
    Colon,
    Comma,
    LParen,
    RParen,
    PreInc,
    PreDec,
    PostInc,
    PostDec,
    /// Set after an operator has been applied (bash's `lasttok = NUM`), so that
    /// `x+y = 1` is not an assignment.
    Done,
}

impl Tok {
    fn is_str(self) -> bool {
        matches!(self, Tok::Str { .. })
    }
}

/// The variable a `Str` token named, kept for assignments.
#[derive(Clone, Debug, Default)]
struct LVal {
    name: (usize, usize),
    index: Option<String>,
}

struct Parser<'s, 'e> {
    src: &'s str,
    /// Where the lexer reads next (bash's `tp`).
    pos: usize,
    /// The current token (bash's `curtok`).
    tok: Tok,
    /// The token before it (bash's `lasttok`).
    last: Tok,
    /// Where the last non-EOF token started (bash's `lasttp`): errors quote from here.
    tok_start: usize,
    noeval: u32,
    depth: usize,
    lval: LVal,
    env: &'e mut dyn ArithEnv,
}

type Res<T> = Result<T, ArithError>;

impl Parser<'_, '_> {
    #[cold]
    fn error(&self, msg: &str) -> ArithError {
        self.error_at(msg, self.tok_start, self.src.len())
    }

    #[cold]
    fn error_at(&self, msg: &str, token: usize, end: usize) -> ArithError {
        let token = self.src.get(token..end).unwrap_or("");
        ArithError {
            expr: self.src.get(..end).unwrap_or(self.src).to_string(),
            message: format!("{msg} (error token is \"{token}\")"),
        }
    }

    fn enter(&mut self) -> Res<()> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error("expression recursion level exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    fn byte(&self, i: usize) -> u8 {
        self.src.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// Reads the next token (bash's `readtok`).
    fn advance(&mut self) -> Res<()> {
        let b = self.src.as_bytes();
        let mut i = self.pos;
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let prev_last = self.last;
        self.last = self.tok;
        if i >= b.len() {
            self.pos = i;
            self.tok = Tok::Eof;
            return Ok(());
        }
        self.tok_start = i;
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let name = (start, i);
            let mut sub = None;
            if i < b.len() && b[i] == b'[' {
                let open = i + 1;
                let mut level = 0usize;
                let mut close = None;
                for (j, &ch) in b.iter().enumerate().skip(i) {
                    if ch == b'[' {
                        level += 1;
                    } else if ch == b']' {
                        level -= 1;
                        if level == 0 {
                            close = Some(j);
                            break;
                        }
                    }
                }
                let Some(close) = close else {
                    return Err(self.error("bad array subscript"));
                };
                sub = Some((open, close));
                i = close + 1;
            }
            self.pos = i;
            self.tok = Tok::Str { name, sub };
            return Ok(());
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'#' | b'@' | b'_'))
            {
                i += 1;
            }
            self.pos = i;
            let n = parse_number(&self.src[start..i]).map_err(|m| self.error_at(m, start, i))?;
            self.tok = Tok::Num(n);
            return Ok(());
        }
        let c1 = self.byte(i + 1);
        let mut len = 2;
        let tok = match (c, c1) {
            (b'=', b'=') => Tok::Bin(Bin::Eq),
            (b'!', b'=') => Tok::Bin(Bin::Ne),
            (b'>', b'=') => Tok::Bin(Bin::Ge),
            (b'<', b'=') => Tok::Bin(Bin::Le),
            (b'<', b'<') | (b'>', b'>') => {
                let op = if c == b'<' { Bin::Shl } else { Bin::Shr };
                if self.byte(i + 2) == b'=' {
                    len = 3;
                    Tok::OpAssign(op)
                } else {
                    Tok::Bin(op)
                }
            }
            (b'&', b'&') => Tok::Bin(Bin::LogAnd),
            (b'|', b'|') => Tok::Bin(Bin::LogOr),
            (b'*', b'*') => Tok::Bin(Bin::Pow),
            (b'+' | b'-', _) if c1 == c && self.tok.is_str() => {
                if c == b'+' {
                    Tok::PostInc
                } else {
                    Tok::PostDec
                }
            }
            (b'+' | b'-', _)
                if c1 == c
                    && self.tok == Tok::Done
                    && matches!(prev_last, Tok::PreInc | Tok::PreDec) =>
            {
                self.pos = i + 2;
                let msg = if c == b'+' {
                    "++: assignment requires lvalue"
                } else {
                    "--: assignment requires lvalue"
                };
                return Err(self.error(msg));
            }
            (b'+' | b'-', _) if c1 == c && self.starts_var(i + 2) => {
                if c == b'+' {
                    Tok::PreInc
                } else {
                    Tok::PreDec
                }
            }
            (b'*' | b'/' | b'%' | b'+' | b'-' | b'&' | b'^' | b'|', b'=') => {
                Tok::OpAssign(single_bin(c).unwrap_or(Bin::Add))
            }
            _ => {
                len = 1;
                match c {
                    b'=' => Tok::Assign,
                    b'!' => Tok::Not,
                    b'~' => Tok::BitNot,
                    b'?' => Tok::Ques,
                    b':' => Tok::Colon,
                    b',' => Tok::Comma,
                    b'(' => Tok::LParen,
                    b')' => Tok::RParen,
                    _ => match single_bin(c) {
                        Some(op) => Tok::Bin(op),
                        None => {
                            let msg = if matches!(self.tok, Tok::Num(_) | Tok::Str { .. }) {
                                "syntax error: invalid arithmetic operator"
                            } else {
                                "syntax error: operand expected"
                            };
                            return Err(self.error(msg));
                        }
                    },
                }
            }
        };
        self.pos = i + len;
        self.tok = tok;
        Ok(())
    }

    /// Whether a variable name starts at `i` after optional blanks.
    fn starts_var(&self, mut i: usize) -> bool {
        while matches!(self.byte(i), b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let c = self.byte(i);
        c.is_ascii_alphabetic() || c == b'_'
    }

    /// `a , b`
    fn comma(&mut self) -> Res<i64> {
        let mut v = self.assign()?;
        while self.tok == Tok::Comma {
            self.advance()?;
            v = self.assign()?;
        }
        Ok(v)
    }

    /// `lhs = rhs`, `lhs op= rhs` (right-associative).
    fn assign(&mut self) -> Res<i64> {
        let value = self.cond()?;
        let op = match self.tok {
            Tok::Assign => None,
            Tok::OpAssign(op) => Some(op),
            _ => return Ok(value),
        };
        if !self.last.is_str() {
            return Err(self.error("attempted assignment to non-variable"));
        }
        let lval = std::mem::take(&mut self.lval);
        self.advance()?;
        let rhs = self.assign()?;
        let result = match op {
            None => rhs,
            Some(op) => {
                if matches!(op, Bin::Div | Bin::Mod) && rhs == 0 {
                    if self.noeval == 0 {
                        return Err(self.error("division by 0"));
                    }
                    value
                } else {
                    apply(op, value, rhs)
                }
            }
        };
        self.store(&lval, result)?;
        Ok(result)
    }

    /// `c ? a : b`
    fn cond(&mut self) -> Res<i64> {
        let c = self.binary(1)?;
        if self.tok != Tok::Ques {
            return Ok(c);
        }
        self.advance()?;
        if matches!(self.tok, Tok::Eof | Tok::Colon) {
            return Err(self.error("expression expected"));
        }
        let skip_then = c == 0;
        self.noeval += u32::from(skip_then);
        let a = self.comma()?;
        self.noeval -= u32::from(skip_then);
        if self.tok != Tok::Colon {
            return Err(self.error("`:' expected for conditional expression"));
        }
        self.advance()?;
        if self.tok == Tok::Eof {
            return Err(self.error("expression expected"));
        }
        let skip_else = c != 0;
        self.noeval += u32::from(skip_else);
        let b = self.cond()?;
        self.noeval -= u32::from(skip_else);
        self.last = Tok::Done;
        Ok(if c != 0 { a } else { b })
    }

    /// Binary operators of binding power `min` and above (precedence climbing).
    fn binary(&mut self, min: u8) -> Res<i64> {
        let mut lhs = self.unary()?;
        while let Tok::Bin(op) = self.tok {
            let prec = op.prec();
            if prec < min {
                break;
            }
            let op_end = self.pos;
            self.advance()?;
            match op {
                Bin::LogAnd | Bin::LogOr => {
                    let skip = (op == Bin::LogAnd) == (lhs == 0);
                    self.noeval += u32::from(skip);
                    let rhs = self.binary(prec + 1)?;
                    self.noeval -= u32::from(skip);
                    lhs = i64::from(if op == Bin::LogAnd {
                        lhs != 0 && rhs != 0
                    } else {
                        lhs != 0 || rhs != 0
                    });
                }
                Bin::Pow => {
                    let rhs = self.binary(PREC_POW)?;
                    if rhs < 0 {
                        return Err(self.error("exponent less than 0"));
                    }
                    lhs = apply(op, lhs, rhs);
                }
                Bin::Div | Bin::Mod => {
                    let rhs = self.binary(prec + 1)?;
                    if rhs == 0 {
                        if self.noeval == 0 {
                            let mut t = op_end;
                            while matches!(self.byte(t), b' ' | b'\t' | b'\n' | b'\r') {
                                t += 1;
                            }
                            return Err(self.error_at("division by 0", t, self.src.len()));
                        }
                    } else {
                        lhs = apply(op, lhs, rhs);
                    }
                }
                _ => {
                    let rhs = self.binary(prec + 1)?;
                    lhs = apply(op, lhs, rhs);
                }
            }
            self.last = Tok::Done;
        }
        Ok(lhs)
    }

    /// `! ~ - +` prefixes.
    fn unary(&mut self) -> Res<i64> {
        let op = self.tok;
        if !matches!(op, Tok::Not | Tok::BitNot | Tok::Bin(Bin::Add | Bin::Sub)) {
            return self.primary();
        }
        self.enter()?;
        self.advance()?;
        let v = self.unary()?;
        self.depth -= 1;
        self.last = Tok::Done;
        Ok(match op {
            Tok::Not => i64::from(v == 0),
            Tok::BitNot => !v,
            Tok::Bin(Bin::Sub) => v.wrapping_neg(),
            _ => v,
        })
    }

    /// Numbers, variables, `++x`, `x++`, `( ... )`.
    fn primary(&mut self) -> Res<i64> {
        match self.tok {
            Tok::PreInc | Tok::PreDec => {
                let delta = if self.tok == Tok::PreInc { 1 } else { -1 };
                self.advance()?;
                let Tok::Str { name, sub } = self.tok else {
                    return Err(
                        self.error("identifier expected after pre-increment or pre-decrement")
                    );
                };
                let lval = self.lvalue(name, sub)?;
                let v = self.fetch(&lval)?.wrapping_add(delta);
                self.store(&lval, v)?;
                self.tok = Tok::Done;
                self.advance()?;
                Ok(v)
            }
            Tok::LParen => {
                self.enter()?;
                self.advance()?;
                let v = self.comma()?;
                if self.tok != Tok::RParen {
                    return Err(self.error("missing `)'"));
                }
                self.depth -= 1;
                self.advance()?;
                Ok(v)
            }
            Tok::Num(n) => {
                self.advance()?;
                Ok(n)
            }
            Tok::Str { name, sub } => {
                let lval = self.lvalue(name, sub)?;
                self.advance()?;
                match self.tok {
                    Tok::PostInc | Tok::PostDec => {
                        let delta = if self.tok == Tok::PostInc { 1 } else { -1 };
                        let v = self.fetch(&lval)?;
                        self.store(&lval, v.wrapping_add(delta))?;
                        self.tok = Tok::Done;
                        self.advance()?;
                        Ok(v)
                    }
                    Tok::Assign => {
                        self.lval = lval;
                        Ok(0)
                    }
                    _ => {
                        let v = self.fetch(&lval)?;
                        self.lval = lval;
                        Ok(v)
                    }
                }
            }
            _ => Err(self.error("syntax error: operand expected")),
        }
    }

    /// Resolves a variable token: evaluates an indexed array's subscript.
    fn lvalue(&mut self, name: (usize, usize), sub: Option<(usize, usize)>) -> Res<LVal> {
        let Some((s, e)) = sub else {
            return Ok(LVal { name, index: None });
        };
        let text = &self.src[s..e];
        let var = &self.src[name.0..name.1];
        let index = if self.env.is_assoc(var) {
            text.to_string()
        } else if text.is_empty() {
            return Err(ArithError {
                expr: self.src[name.0..=e].to_string(),
                message: "bad array subscript".to_string(),
            });
        } else if self.noeval > 0 {
            "0".to_string()
        } else {
            self.enter()?;
            let i = eval_at(text, &mut *self.env, self.depth)?;
            self.depth -= 1;
            i.to_string()
        };
        Ok(LVal {
            name,
            index: Some(index),
        })
    }

    /// A variable's numeric value: its text evaluated as an expression.
    fn fetch(&mut self, lval: &LVal) -> Res<i64> {
        if self.noeval > 0 {
            return Ok(0);
        }
        let name = &self.src[lval.name.0..lval.name.1];
        let Some(text) = self.env.get_var(name, lval.index.as_deref()) else {
            return Ok(0);
        };
        self.enter()?;
        let v = eval_at(&text, &mut *self.env, self.depth)?;
        self.depth -= 1;
        Ok(v)
    }

    fn store(&mut self, lval: &LVal, value: i64) -> Res<()> {
        if self.noeval > 0 {
            return Ok(());
        }
        let name = &self.src[lval.name.0..lval.name.1];
        self.env
            .set_var(name, lval.index.as_deref(), value)
            .map_err(|message| ArithError {
                expr: name.to_string(),
                message,
            })
    }
}

fn single_bin(c: u8) -> Option<Bin> {
    Some(match c {
        b'*' => Bin::Mul,
        b'/' => Bin::Div,
        b'%' => Bin::Mod,
        b'+' => Bin::Add,
        b'-' => Bin::Sub,
        b'<' => Bin::Lt,
        b'>' => Bin::Gt,
        b'&' => Bin::BitAnd,
        b'^' => Bin::BitXor,
        b'|' => Bin::BitOr,
        _ => return None,
    })
}

/// Applies a binary operator; division by zero has been ruled out by the caller.
fn apply(op: Bin, a: i64, b: i64) -> i64 {
    match op {
        Bin::Mul => a.wrapping_mul(b),
        Bin::Div => a.checked_div(b).unwrap_or(if b == 0 { 0 } else { a }),
        Bin::Mod => a.checked_rem(b).unwrap_or(0),
        Bin::Add => a.wrapping_add(b),
        Bin::Sub => a.wrapping_sub(b),
        // x86 semantics, like bash on the usual hosts: the count is taken mod 64.
        Bin::Shl => a.wrapping_shl(b as u32),
        Bin::Shr => a.wrapping_shr(b as u32),
        Bin::Lt => i64::from(a < b),
        Bin::Le => i64::from(a <= b),
        Bin::Gt => i64::from(a > b),
        Bin::Ge => i64::from(a >= b),
        Bin::Eq => i64::from(a == b),
        Bin::Ne => i64::from(a != b),
        Bin::BitAnd => a & b,
        Bin::BitXor => a ^ b,
        Bin::BitOr => a | b,
        Bin::LogAnd => i64::from(a != 0 && b != 0),
        Bin::LogOr => i64::from(a != 0 || b != 0),
        Bin::Pow => ipow(a, b),
    }
}

/// `base ** exp` by squaring, wrapping; `exp` is not negative.
fn ipow(mut base: i64, mut exp: i64) -> i64 {
    let mut result: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result.wrapping_mul(base);
        }
        exp >>= 1;
        base = base.wrapping_mul(base);
    }
    result
}

/// The value of a digit character in `base` (bash's `strlong` digit set).
fn digit_value(c: u8, base: i64) -> Option<i64> {
    Some(match c {
        b'0'..=b'9' => i64::from(c - b'0'),
        b'a'..=b'z' => i64::from(c - b'a') + 10,
        b'A'..=b'Z' => i64::from(c - b'A') + if base <= 36 { 10 } else { 36 },
        b'@' => 62,
        b'_' => 63,
        _ => return None,
    })
}

/// Parses an integer constant token (digits, letters, `#`, `@`, `_`) like bash's
/// `strlong`; `Err` is the message.
fn parse_number(tok: &str) -> Result<i64, &'static str> {
    let b = tok.as_bytes();
    let mut i = 0;
    let mut base: i64 = 10;
    let mut found_base = false;
    if b.first() == Some(&b'0') {
        i = 1;
        if b.len() == 1 {
            return Ok(0);
        }
        if matches!(b[1], b'x' | b'X') {
            base = 16;
            i = 2;
        } else {
            base = 8;
        }
        found_base = true;
    }
    let mut val: i64 = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c == b'#' {
            if found_base {
                return Err("invalid number");
            }
            if !(2..=64).contains(&val) {
                return Err("invalid arithmetic base");
            }
            base = val;
            val = 0;
            found_base = true;
            match b.get(i) {
                Some(&n) if n.is_ascii_alphanumeric() || n == b'@' || n == b'_' => {}
                _ => return Err("invalid integer constant"),
            }
            continue;
        }
        let Some(d) = digit_value(c, base) else {
            break;
        };
        if d >= base {
            return Err("value too great for base");
        }
        val = val.wrapping_mul(base).wrapping_add(d);
    }
    Ok(val)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Variables in a map; `a[1]` is stored under the key `a[1]`; `r` is readonly and
    /// `m` is associative.
    #[derive(Default)]
    struct Vars(HashMap<String, String>);

    fn key(name: &str, index: Option<&str>) -> String {
        match index {
            Some(i) => format!("{name}[{i}]"),
            None => name.to_string(),
        }
    }

    impl ArithEnv for Vars {
        fn get_var(&self, name: &str, index: Option<&str>) -> Option<String> {
            self.0.get(&key(name, index)).cloned()
        }
        fn set_var(&mut self, name: &str, index: Option<&str>, value: i64) -> Result<(), String> {
            if name == "r" {
                return Err("readonly variable".to_string());
            }
            self.0.insert(key(name, index), value.to_string());
            Ok(())
        }
        fn is_assoc(&self, name: &str) -> bool {
            name == "m"
        }
    }

    fn run(expr: &str, vars: &[(&str, &str)]) -> (Result<i64, String>, Vars) {
        let mut env = Vars::default();
        for (k, v) in vars {
            env.0.insert(k.to_string(), v.to_string());
        }
        let r = eval_arith(expr, &mut env).map_err(|e| e.to_string());
        (r, env)
    }

    /// (expression, bash's output) — checked with bash 5.2 `echo $((expr))`.
    #[test]
    fn values() {
        let cases: &[(&str, i64)] = &[
            ("", 0),
            ("   ", 0),
            ("1 + 2", 3),
            (" 1\n+\t2 ", 3),
            ("2+3*4**2", 50),
            ("(2+3)*4", 20),
            ("10%3*2", 2),
            ("-10/3", -3),
            ("7/-2", -3),
            ("-7%3", -1),
            ("2**0", 1),
            ("0**0", 1),
            ("-2**2", 4),
            ("2 ** 3 ** 2", 512),
            ("2 ** 0 ** 0", 2),
            ("2**63", i64::MIN),
            ("2**64", 0),
            ("3 ** 40", -6289078614652622815),
            ("(-1) ** 9223372036854775807", -1),
            ("(-2)**63", i64::MIN),
            ("1 << 3 >> 1", 4),
            ("1<<63", i64::MIN),
            ("1<<64", 1),
            ("1<<-1", i64::MIN),
            ("-1>>1", -1),
            ("5 & 3 | 8 ^ 1", 9),
            ("6&3==2", 0),
            ("!0 + !5 + ~0", 0),
            ("-(-3)", 3),
            ("- -3", 3),
            ("+-+3", -3),
            ("--5", 5),
            ("---5", -5),
            ("3 - -3", 6),
            ("3--3", 6),
            ("3++3", 6),
            ("1 ++ 2", 3),
            ("1<2==1", 1),
            ("1<2<3", 1),
            ("1==1&&2==2||0", 1),
            ("1 ? 2 : 3", 2),
            ("1 ? 2 : 3 ? 4 : 5", 2),
            ("0 ? 2 : 3 ? 4 : 5", 4),
            ("0 ? 1 : 2 ? 3 : 4", 3),
            ("1 ? 2 : 3 , 4", 4),
            ("1,2", 2),
            ("0x1F + 017 + 8#17 + 16#ff + 2#101", 321),
            ("64#@ + 64#_ + 64#Z + 64#a + 63#Z", 257),
            ("64#_@", 4094),
            ("36#z", 35),
            ("36#Z", 35),
            ("37#z", 35),
            ("16#FF", 255),
            ("0X1f", 31),
            ("0x", 0),
            ("00", 0),
            ("007", 7),
            ("9223372036854775807+1", i64::MIN),
            ("9223372036854775808", i64::MIN),
            ("99999999999999999999", 7766279631452241919),
            ("9223372036854775807 * 3", 9223372036854775805),
            ("-9223372036854775808/-1", i64::MIN),
            ("-9223372036854775808%-1", 0),
            ("-9223372036854775807 - 2", i64::MAX),
            ("0 && 1/0", 0),
            ("1 || 1/0", 1),
            ("0 ? 1/0 : 2", 2),
            ("1 ? 2 : 1/0", 2),
            ("a[ ]", 0),
            ("u", 0),
        ];
        for &(expr, want) in cases {
            assert_eq!(run(expr, &[]).0, Ok(want), "{expr:?}");
        }
    }

    /// (expression, preset variables, result, variables afterwards).
    #[test]
    fn variables() {
        type Case<'a> = (
            &'a str,
            &'a [(&'a str, &'a str)],
            i64,
            &'a [(&'a str, &'a str)],
        );
        let cases: &[Case] = &[
            ("x*2", &[("x", "1+2")], 6, &[]),
            ("z+1", &[("z", "2*3")], 7, &[]),
            ("x+1", &[("x", " 12 ")], 13, &[]),
            ("x", &[("x", "")], 0, &[]),
            ("v+1", &[("v", "a[1]"), ("a[1]", "7")], 8, &[]),
            ("x=3, x+=2, x", &[], 5, &[("x", "5")]),
            ("x=3, x*=x, x", &[], 9, &[]),
            ("x=5, x<<=1, x", &[], 10, &[]),
            ("x=5, x>>=1, x", &[], 2, &[]),
            ("x=5, x&=3, x", &[], 1, &[]),
            ("x=5, x|=3, x", &[], 7, &[]),
            ("x=5, x^=3, x", &[], 6, &[]),
            ("x=5, x%=3, x", &[], 2, &[]),
            ("x=5, x-=7, x", &[], -2, &[]),
            ("x=5, x/=2", &[], 2, &[("x", "2")]),
            ("x = y = 3, x + y", &[], 6, &[("x", "3"), ("y", "3")]),
            ("x = 1 ? 2 : 3", &[], 2, &[("x", "2")]),
            ("1 ? x = 2 : 3", &[], 2, &[("x", "2")]),
            ("x=2, 0 ? x=9 : 5", &[], 5, &[("x", "2")]),
            ("x=2, 1 ? x=9 : 5", &[], 9, &[("x", "9")]),
            ("x=3, x++, x", &[], 4, &[]),
            ("x=3, ++x + x", &[], 8, &[]),
            ("x=3, x++ + x", &[], 7, &[]),
            ("x=3, x-- - --x", &[], 2, &[("x", "1")]),
            ("x=1, x+++x", &[], 3, &[]),
            ("x=1, x---x", &[], 1, &[]),
            ("0 && x++", &[], 0, &[]),
            ("0 && (x=5), x", &[], 0, &[]),
            ("1 ? 2 : (x=5), x", &[], 0, &[]),
            ("x=x, x", &[], 0, &[("x", "0")]),
            ("a=b, b=3, a", &[], 0, &[("a", "0"), ("b", "3")]),
            ("x = 5", &[("x", "1/0")], 5, &[("x", "5")]),
            ("x[1]=5, x[1]+x[0]", &[], 5, &[("x[1]", "5")]),
            ("a[1+1]=4, a[2]", &[], 4, &[("a[2]", "4")]),
            ("a[b[1]+1]=3, a[2]", &[], 0, &[("a[1]", "3")]),
            ("a[1]++, a[1]", &[("a[1]", "7")], 8, &[]),
            ("++a[2], a[2]", &[], 1, &[]),
            ("a[i++]+=2, i", &[], 1, &[("a[0]", "2")]),
            ("a[-1]", &[("a[-1]", "4")], 4, &[]),
            ("m[foo bar]++, m[foo bar]", &[], 1, &[("m[foo bar]", "1")]),
            ("x=0x, x", &[], 0, &[]),
        ];
        for &(expr, pre, want, post) in cases {
            let (got, env) = run(expr, pre);
            assert_eq!(got, Ok(want), "{expr:?}");
            for (k, v) in post {
                assert_eq!(env.0.get(*k).map(String::as_str), Some(*v), "{expr:?}: {k}");
            }
        }
    }

    /// (expression, preset variables, bash's message without the `bash: ` prefix).
    #[test]
    fn errors() {
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
        let cases: &[Case] = &[
            ("1/0", &[], r#"1/0: division by 0 (error token is "0")"#),
            ("5%0", &[], r#"5%0: division by 0 (error token is "0")"#),
            (
                " 1 / 0 + 3",
                &[],
                r#"1 / 0 + 3: division by 0 (error token is "0 + 3")"#,
            ),
            (
                "x=1/0, x+1",
                &[],
                r#"x=1/0, x+1: division by 0 (error token is "0, x+1")"#,
            ),
            (
                "x=5, x/=0",
                &[],
                r#"x=5, x/=0: division by 0 (error token is "0")"#,
            ),
            (
                "x/=0, 1",
                &[],
                r#"x/=0, 1: division by 0 (error token is ", 1")"#,
            ),
            (
                "y+1",
                &[("y", "1/0")],
                r#"1/0: division by 0 (error token is "0")"#,
            ),
            (
                "1+",
                &[],
                r#"1+: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "+",
                &[],
                r#"+: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "1 ==",
                &[],
                r#"1 ==: syntax error: operand expected (error token is "==")"#,
            ),
            ("(1", &[], r#"(1: missing `)' (error token is "1")"#),
            (
                "1)",
                &[],
                r#"1): syntax error in expression (error token is ")")"#,
            ),
            (
                "1 2",
                &[],
                r#"1 2: syntax error in expression (error token is "2")"#,
            ),
            (
                "a b",
                &[],
                r#"a b: syntax error in expression (error token is "b")"#,
            ),
            (
                "1 a",
                &[],
                r#"1 a: syntax error in expression (error token is "a")"#,
            ),
            (
                "w",
                &[("w", "1 +")],
                r#"1 +: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "2**-1",
                &[],
                r#"2**-1: exponent less than 0 (error token is "1")"#,
            ),
            (
                "2**-1 + 3",
                &[],
                r#"2**-1 + 3: exponent less than 0 (error token is "+ 3")"#,
            ),
            (
                "0 && 2**-1",
                &[],
                r#"0 && 2**-1: exponent less than 0 (error token is "1")"#,
            ),
            (
                "08",
                &[],
                r#"08: value too great for base (error token is "08")"#,
            ),
            (
                "1+08+2",
                &[],
                r#"1+08: value too great for base (error token is "08")"#,
            ),
            (
                "1+2#3+4",
                &[],
                r#"1+2#3: value too great for base (error token is "2#3")"#,
            ),
            (
                "0xg",
                &[],
                r#"0xg: value too great for base (error token is "0xg")"#,
            ),
            (
                "1a",
                &[],
                r#"1a: value too great for base (error token is "1a")"#,
            ),
            (
                "10#@",
                &[],
                r#"10#@: value too great for base (error token is "10#@")"#,
            ),
            (
                "65#1",
                &[],
                r#"65#1: invalid arithmetic base (error token is "65#1")"#,
            ),
            (
                "1#1",
                &[],
                r#"1#1: invalid arithmetic base (error token is "1#1")"#,
            ),
            (
                "99999999999999999999#1",
                &[],
                r#"99999999999999999999#1: invalid arithmetic base (error token is "99999999999999999999#1")"#,
            ),
            (
                "10#",
                &[],
                r#"10#: invalid integer constant (error token is "10#")"#,
            ),
            (
                "2#1#1",
                &[],
                r#"2#1#1: invalid number (error token is "2#1#1")"#,
            ),
            (
                "010#1",
                &[],
                r#"010#1: invalid number (error token is "010#1")"#,
            ),
            (
                "#1",
                &[],
                r##"#1: syntax error: operand expected (error token is "#1")"##,
            ),
            (
                "3=4",
                &[],
                r#"3=4: attempted assignment to non-variable (error token is "=4")"#,
            ),
            (
                "1+=2",
                &[],
                r#"1+=2: attempted assignment to non-variable (error token is "+=2")"#,
            ),
            (
                "(1)=2",
                &[],
                r#"(1)=2: attempted assignment to non-variable (error token is "=2")"#,
            ),
            (
                "1 || x=5, x",
                &[],
                r#"1 || x=5, x: attempted assignment to non-variable (error token is "=5, x")"#,
            ),
            (
                "0 ? 1 : x = 5",
                &[],
                r#"0 ? 1 : x = 5: attempted assignment to non-variable (error token is "= 5")"#,
            ),
            (
                "x++ = 3",
                &[],
                r#"x++ = 3: attempted assignment to non-variable (error token is "= 3")"#,
            ),
            (
                "++x = 3",
                &[],
                r#"++x = 3: attempted assignment to non-variable (error token is "= 3")"#,
            ),
            (
                "1 <<= 2",
                &[],
                r#"1 <<= 2: attempted assignment to non-variable (error token is "<<= 2")"#,
            ),
            (
                "x=",
                &[],
                r#"x=: syntax error: operand expected (error token is "=")"#,
            ),
            (
                "=1",
                &[],
                r#"=1: syntax error: operand expected (error token is "=1")"#,
            ),
            (
                "x= =",
                &[],
                r#"x= =: syntax error: operand expected (error token is "=")"#,
            ),
            (
                "x=2, x**=3",
                &[],
                r#"x=2, x**=3: syntax error: operand expected (error token is "=3")"#,
            ),
            (
                "5++",
                &[],
                r#"5++: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "(x)++",
                &[],
                r#"(x)++: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "x++++",
                &[],
                r#"x++++: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "x=1, --x--",
                &[],
                r#"x=1, --x--: --: assignment requires lvalue (error token is "--")"#,
            ),
            (
                "++x++",
                &[],
                r#"++x++: ++: assignment requires lvalue (error token is "++")"#,
            ),
            (
                "!",
                &[],
                r#"!: syntax error: operand expected (error token is "!")"#,
            ),
            (
                "1?2",
                &[],
                r#"1?2: `:' expected for conditional expression (error token is "2")"#,
            ),
            (
                "1?2:",
                &[],
                r#"1?2:: expression expected (error token is ":")"#,
            ),
            (
                "1 ? : 3",
                &[],
                r#"1 ? : 3: expression expected (error token is ": 3")"#,
            ),
            (
                "$",
                &[],
                r#"$: syntax error: operand expected (error token is "$")"#,
            ),
            (
                "$ 1",
                &[],
                r#"$ 1: syntax error: operand expected (error token is "$ 1")"#,
            ),
            (
                "1 $",
                &[],
                r#"1 $: syntax error: invalid arithmetic operator (error token is "$")"#,
            ),
            (
                "(1) $",
                &[],
                r#"(1) $: syntax error: operand expected (error token is "$")"#,
            ),
            (
                "1.5",
                &[],
                r#"1.5: syntax error: invalid arithmetic operator (error token is ".5")"#,
            ),
            (
                "\"1\"",
                &[],
                r#""1": syntax error: operand expected (error token is ""1"")"#,
            ),
            (
                "a [1]",
                &[],
                r#"a [1]: syntax error: invalid arithmetic operator (error token is "[1]")"#,
            ),
            (
                "a[1]]",
                &[],
                r#"a[1]]: syntax error: invalid arithmetic operator (error token is "]")"#,
            ),
            (
                "a[1",
                &[],
                r#"a[1: bad array subscript (error token is "a[1")"#,
            ),
            (
                "a[",
                &[],
                r#"a[: bad array subscript (error token is "a[")"#,
            ),
            ("a[]", &[], "a[]: bad array subscript"),
            (
                "a[1+]",
                &[],
                r#"1+: syntax error: operand expected (error token is "+")"#,
            ),
            (
                "x",
                &[("x", "x")],
                r#"x: expression recursion level exceeded (error token is "x")"#,
            ),
            ("r=2", &[], "r: readonly variable"),
            ("r++", &[], "r: readonly variable"),
            (
                "3 4",
                &[],
                r#"3 4: syntax error in expression (error token is "4")"#,
            ),
        ];
        for &(expr, pre, want) in cases {
            assert_eq!(run(expr, pre).0, Err(want.to_string()), "{expr:?}");
        }
    }

    #[test]
    fn deep_input_is_bounded() {
        let deep = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
        assert!(run(&deep, &[]).0.is_err());
        let minus = "-".repeat(100_001) + "1";
        assert!(run(&minus, &[]).0.is_err());
        let ok = format!("{}1{}", "(".repeat(90), ")".repeat(90));
        assert_eq!(run(&ok, &[]).0, Ok(1));
        // A chain of variables naming each other.
        let mut vars = Vec::new();
        let names: Vec<String> = (0..90).map(|i| format!("v{i}")).collect();
        for i in 0..89 {
            vars.push((names[i].as_str(), names[i + 1].as_str()));
        }
        vars.push(("v89", "42"));
        assert_eq!(run("v0", &vars).0, Ok(42));
    }

    #[test]
    fn garbage_never_panics() {
        let pieces = [
            "1", "x", "a[", "]", "(", ")", "+", "-", "++", "--", "*", "**", "/", "%", "=", "+=",
            "<<=", "?", ":", ",", "!", "~", "#", "0x", "é", " ", "&&", "||", "64#", "08",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let _ = run(&format!("{a}{b}{c}"), &[("x", "x+1")]);
                }
            }
        }
    }
}

//! Expression parsing for the awk parser: one function per precedence level.

use bytes::Bytes;

use super::super::ast::*;
use super::super::lexer::Tok;
use super::{MAX_DEPTH, PResult, ParseError, Parser};

impl Parser<'_> {
    pub(super) fn expr_list(&mut self) -> PResult<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.is_op(",") {
            self.pos += 1;
            self.opt_nl();
            v.push(self.expr()?);
        }
        Ok(v)
    }

    /// A full expression, assignments included.
    pub(super) fn expr(&mut self) -> PResult<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let r = self.assign();
        self.depth -= 1;
        r
    }

    fn assign(&mut self) -> PResult<Expr> {
        let lhs = self.ternary()?;
        self.assign_to(lhs)
    }

    /// `lhs OP= expr` when `lhs` is an lvalue followed by an assignment operator, else
    /// `lhs`. Also used for the right operand of `&&`, `||`, `~` and comparisons, where
    /// gawk's grammar accepts an assignment (`ok && n = 1`, `1 == x = 2`).
    fn assign_to(&mut self, lhs: Expr) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Op("=") => None,
            Tok::Op("+=") => Some(BinOp::Add),
            Tok::Op("-=") => Some(BinOp::Sub),
            Tok::Op("*=") => Some(BinOp::Mul),
            Tok::Op("/=") => Some(BinOp::Div),
            Tok::Op("%=") => Some(BinOp::Mod),
            Tok::Op("^=" | "**=") => Some(BinOp::Pow),
            _ => return Ok(lhs),
        };
        if !is_lvalue(&lhs) {
            return Ok(lhs);
        }
        self.pos += 1;
        self.opt_nl();
        let rhs = self.expr()?;
        Ok(Expr::Assign(Box::new(lhs), op, Box::new(rhs)))
    }

    fn ternary(&mut self) -> PResult<Expr> {
        let cond = self.or()?;
        if !self.is_op("?") {
            return Ok(cond);
        }
        self.pos += 1;
        self.opt_nl();
        let a = self.expr()?;
        self.opt_nl();
        self.expect_op(":")?;
        self.opt_nl();
        let b = self.expr()?;
        Ok(Expr::Cond(Box::new(cond), Box::new(a), Box::new(b)))
    }

    fn or(&mut self) -> PResult<Expr> {
        let mut a = self.and()?;
        while self.is_op("||") {
            self.pos += 1;
            self.opt_nl();
            let b = self.and()?;
            let b = self.assign_to(b)?;
            a = Expr::Or(Box::new(a), Box::new(b));
        }
        Ok(a)
    }

    fn and(&mut self) -> PResult<Expr> {
        let mut a = self.in_expr()?;
        while self.is_op("&&") {
            self.pos += 1;
            self.opt_nl();
            let b = self.in_expr()?;
            let b = self.assign_to(b)?;
            a = Expr::And(Box::new(a), Box::new(b));
        }
        Ok(a)
    }

    fn in_expr(&mut self) -> PResult<Expr> {
        let mut a = self.match_expr()?;
        while self.is_kw("in") && !self.no_in {
            self.pos += 1;
            let Tok::Name(n) = self.advance() else {
                self.pos -= 1;
                return self.err();
            };
            let v = self.var(&n);
            self.mark_array(v);
            let subs = match a {
                Expr::Group(l) => l,
                e => vec![e],
            };
            a = Expr::In(subs, v);
        }
        Ok(a)
    }

    fn match_expr(&mut self) -> PResult<Expr> {
        let mut a = self.cmp()?;
        while self.is_op("~") || self.is_op("!~") {
            let neg = self.is_op("!~");
            self.pos += 1;
            let b = self.cmp()?;
            let b = self.assign_to(b)?;
            a = Expr::Match(neg, Box::new(a), Box::new(b));
        }
        Ok(a)
    }

    fn cmp(&mut self) -> PResult<Expr> {
        let mut a = self.concat()?;
        while (self.is_op("|") || self.is_op("|&")) && matches!(self.peek_at(1), Tok::Kw("getline"))
        {
            let two_way = self.is_op("|&");
            self.pos += 2;
            let var = self.opt_lvalue()?;
            a = Expr::Getline(
                if two_way {
                    GetSrc::Coproc(Box::new(a))
                } else {
                    GetSrc::Cmd(Box::new(a))
                },
                var,
            );
        }
        let op = match self.peek() {
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op("<=") => CmpOp::Le,
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op("!=") => CmpOp::Ne,
            Tok::Op(">") if !self.no_gt => CmpOp::Gt,
            Tok::Op(">=") => CmpOp::Ge,
            _ => return Ok(a),
        };
        self.pos += 1;
        let b = self.concat()?;
        let b = self.assign_to(b)?;
        Ok(Expr::Cmp(op, Box::new(a), Box::new(b)))
    }

    fn starts_operand(&self) -> bool {
        match self.peek() {
            Tok::Num(_) | Tok::Str(_) | Tok::Regex(_) | Tok::Name(_) | Tok::FuncName(_) => true,
            Tok::Builtin(_) => true,
            Tok::Op(o) => matches!(*o, "$" | "(" | "!" | "-" | "+" | "++" | "--"),
            _ => false,
        }
    }

    pub(super) fn concat(&mut self) -> PResult<Expr> {
        let mut a = self.additive()?;
        loop {
            // `-` and `+` after an operand are binary; `!` starts a concatenated operand
            // only when not followed by `=` or `~` (already lexed as `!=`/`!~`).
            let unary_start = matches!(self.peek(), Tok::Op("-" | "+"));
            if !self.starts_operand() || unary_start || self.is_kw("in") {
                break;
            }
            if self.is_op("!") {
                break;
            }
            let b = self.additive()?;
            a = Expr::Concat(Box::new(a), Box::new(b));
        }
        Ok(a)
    }

    fn additive(&mut self) -> PResult<Expr> {
        let mut a = self.mul()?;
        loop {
            let op = match self.peek() {
                Tok::Op("+") => BinOp::Add,
                Tok::Op("-") => BinOp::Sub,
                _ => return Ok(a),
            };
            self.pos += 1;
            let b = self.mul()?;
            a = Expr::Bin(op, Box::new(a), Box::new(b));
        }
    }

    fn mul(&mut self) -> PResult<Expr> {
        let mut a = self.unary()?;
        loop {
            let op = match self.peek() {
                Tok::Op("*") => BinOp::Mul,
                Tok::Op("/") => BinOp::Div,
                Tok::Op("%") => BinOp::Mod,
                _ => return Ok(a),
            };
            self.pos += 1;
            let at = self.pos;
            let b = self.unary()?;
            if matches!(op, BinOp::Div | BinOp::Mod) && matches!(b, Expr::Num(z) if z == 0.0) {
                let t = &self.toks[at.min(self.toks.len() - 1)];
                return Err(ParseError {
                    msg: if op == BinOp::Div {
                        "division by zero attempted".into()
                    } else {
                        "division by zero attempted in `%'".into()
                    },
                    line: t.line,
                    col: usize::MAX - 1,
                    text_line: t.line,
                    at_eof: false,
                });
            }
            a = Expr::Bin(op, Box::new(a), Box::new(b));
        }
    }

    /// A `case` label: a signed number, a string or a regex literal.
    pub(super) fn primary_label(&mut self) -> PResult<Expr> {
        if self.is_op("-") || self.is_op("+") {
            return self.unary();
        }
        self.primary()
    }

    fn unary(&mut self) -> PResult<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let r = match self.peek() {
            Tok::Op("!") => {
                self.pos += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Tok::Op("-") => {
                self.pos += 1;
                Ok(Expr::Neg(Box::new(self.unary()?)))
            }
            Tok::Op("+") => {
                self.pos += 1;
                Ok(Expr::Plus(Box::new(self.unary()?)))
            }
            _ => self.pow(),
        };
        self.depth -= 1;
        r
    }

    fn pow(&mut self) -> PResult<Expr> {
        let base = self.postfix()?;
        if self.is_op("^") || self.is_op("**") {
            self.pos += 1;
            // Right-associative, and the exponent may carry a sign: 2^-1.
            let exp = self.unary()?;
            return Ok(Expr::Bin(BinOp::Pow, Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }

    fn postfix(&mut self) -> PResult<Expr> {
        let p = self.primary()?;
        if is_lvalue(&p) {
            if self.is_op("++") {
                self.pos += 1;
                return Ok(Expr::IncDec(Box::new(p), 1.0, false));
            }
            if self.is_op("--") {
                self.pos += 1;
                return Ok(Expr::IncDec(Box::new(p), -1.0, false));
            }
        }
        Ok(p)
    }

    pub(super) fn opt_lvalue(&mut self) -> PResult<Option<Box<Expr>>> {
        match self.peek() {
            Tok::Op("$") | Tok::Name(_) => {
                let e = self.primary()?;
                Ok(Some(Box::new(e)))
            }
            _ => Ok(None),
        }
    }

    fn primary(&mut self) -> PResult<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let r = self.primary_inner();
        self.depth -= 1;
        r
    }

    fn primary_inner(&mut self) -> PResult<Expr> {
        match self.advance() {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Str(s) => Ok(Expr::Str(Bytes::from(s))),
            Tok::Regex(r) => {
                self.prog.regexes.push(r);
                Ok(Expr::Regex(self.prog.regexes.len() - 1))
            }
            Tok::Op("$") => {
                let e = if self.is_op("++") || self.is_op("--") {
                    let d = if self.is_op("++") { 1.0 } else { -1.0 };
                    self.pos += 1;
                    let lv = self.primary()?;
                    if !is_lvalue(&lv) {
                        return self.err();
                    }
                    Expr::IncDec(Box::new(lv), d, true)
                } else if self.is_op("-") {
                    self.pos += 1;
                    Expr::Neg(Box::new(self.primary()?))
                } else {
                    self.primary()?
                };
                Ok(Expr::Field(Box::new(e)))
            }
            Tok::Op(op @ ("++" | "--")) => {
                let lv = self.primary()?;
                if !is_lvalue(&lv) {
                    return self.err();
                }
                Ok(Expr::IncDec(
                    Box::new(lv),
                    if op == "++" { 1.0 } else { -1.0 },
                    true,
                ))
            }
            Tok::Op("-") => Ok(Expr::Neg(Box::new(self.unary()?))),
            Tok::Op("+") => Ok(Expr::Plus(Box::new(self.unary()?))),
            Tok::Op("!") => Ok(Expr::Not(Box::new(self.unary()?))),
            Tok::Op("(") => {
                let (gt, inn) = (self.no_gt, self.no_in);
                self.no_gt = false;
                self.no_in = false;
                self.opt_nl();
                let mut list = self.expr_list()?;
                self.opt_nl();
                self.no_gt = gt;
                self.no_in = inn;
                self.expect_op(")")?;
                if list.len() == 1 {
                    Ok(list.pop().unwrap_or(Expr::Num(0.0)))
                } else {
                    Ok(Expr::Group(list))
                }
            }
            Tok::Name(n) => {
                let v = self.var(&n);
                if self.is_op("[") {
                    self.pos += 1;
                    let (gt, inn) = (self.no_gt, self.no_in);
                    self.no_gt = false;
                    self.no_in = false;
                    let subs = self.expr_list()?;
                    self.no_gt = gt;
                    self.no_in = inn;
                    self.expect_op("]")?;
                    self.mark_array(v);
                    return Ok(Expr::Index(v, subs));
                }
                Ok(Expr::Var(v))
            }
            Tok::FuncName(n) => {
                let idx = self.func_index(&n);
                let line = self.line();
                let args = self.call_args()?;
                self.calls.push((idx, args.len(), line));
                if let Some(caller) = self.cur_func {
                    for (k, a) in args.iter().enumerate() {
                        if let Expr::Var(Var::Local(p)) = a {
                            self.edges.push((caller, *p, idx, k));
                        }
                    }
                }
                Ok(Expr::Call(idx, args))
            }
            Tok::Builtin(b) => {
                if !self.is_op("(") {
                    if b == "length" {
                        return Ok(Expr::Builtin(b, Vec::new()));
                    }
                    self.pos -= 1;
                    return self.err();
                }
                let args = self.call_args()?;
                let (lo, hi) = builtin_arity(b);
                if args.len() < lo || args.len() > hi {
                    let t = &self.toks[self.pos.saturating_sub(1)];
                    return Err(ParseError {
                        msg: format!("{} is invalid as number of arguments for {b}", args.len()),
                        line: t.line,
                        col: t.col,
                        text_line: t.line,
                        at_eof: false,
                    });
                }
                if matches!(b, "split" | "asort" | "asorti")
                    && let Some(Expr::Var(v)) = args.get(1)
                {
                    let v = *v;
                    self.mark_array(v);
                }
                if matches!(b, "asort" | "asorti")
                    && let Some(Expr::Var(v)) = args.first()
                {
                    let v = *v;
                    self.mark_array(v);
                }
                if b == "match"
                    && let Some(Expr::Var(v)) = args.get(2)
                {
                    let v = *v;
                    self.mark_array(v);
                }
                Ok(Expr::Builtin(b, args))
            }
            Tok::Op("@") => {
                let (Tok::FuncName(n) | Tok::Name(n)) = self.advance() else {
                    self.pos -= 1;
                    return self.err();
                };
                let v = self.var(&n);
                let args = self.call_args()?;
                Ok(Expr::IndirectCall(v, args))
            }
            Tok::Kw("getline") => {
                let var = self.opt_lvalue()?;
                if self.is_op("<") {
                    self.pos += 1;
                    let f = self.primary()?;
                    return Ok(Expr::Getline(GetSrc::File(Box::new(f)), var));
                }
                Ok(Expr::Getline(GetSrc::Main, var))
            }
            _ => {
                self.pos -= 1;
                self.err()
            }
        }
    }

    fn call_args(&mut self) -> PResult<Vec<Expr>> {
        self.expect_op("(")?;
        let (gt, inn) = (self.no_gt, self.no_in);
        self.no_gt = false;
        self.no_in = false;
        self.opt_nl();
        let args = if self.is_op(")") {
            Vec::new()
        } else {
            self.expr_list()?
        };
        self.opt_nl();
        self.no_gt = gt;
        self.no_in = inn;
        self.expect_op(")")?;
        Ok(args)
    }
}

/// True for expressions that can be assigned to.
pub fn is_lvalue(e: &Expr) -> bool {
    matches!(e, Expr::Var(_) | Expr::Field(_) | Expr::Index(..))
}

/// How many arguments a built-in takes (inclusive range).
fn builtin_arity(name: &str) -> (usize, usize) {
    match name {
        "length" | "rand" | "systime" => (0, if name == "length" { 1 } else { 0 }),
        "srand" | "fflush" => (0, 1),
        "strftime" => (0, 3),
        "sin" | "cos" | "exp" | "log" | "sqrt" | "int" | "tolower" | "toupper" | "system"
        | "compl" | "strtonum" | "isarray" => (1, 1),
        "close" | "mktime" | "typeof" => (1, 2),
        "asort" | "asorti" => (1, 3),
        "sprintf" => (1, usize::MAX),
        "and" | "or" | "xor" => (2, usize::MAX),
        "index" | "atan2" | "lshift" | "rshift" => (2, 2),
        "substr" | "sub" | "gsub" | "match" => (2, 3),
        "split" => (2, 4),
        "gensub" => (3, 4),
        _ => (0, usize::MAX),
    }
}

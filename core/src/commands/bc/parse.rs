//! bc's lexer and recursive-descent parser (GNU bc 1.07 grammar and precedence).

/// A token with the line it starts on.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Num(String),
    Name(String),
    Str(String),
    Op(&'static str),
    Newline,
    Eof,
    Bad,
}

const OPS: [&str; 34] = [
    "++", "--", "+=", "-=", "*=", "/=", "%=", "^=", "==", "!=", "<=", ">=", "&&", "||", "+", "-",
    "*", "/", "%", "^", "=", "<", ">", "!", "(", ")", "{", "}", "[", "]", ",", ";", ".", "\\",
];

/// Splits bc source into tokens; comments and `\`-newlines are dropped.
pub fn lex(src: &str) -> Vec<(Tok, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'\n' => {
                out.push((Tok::Newline, line));
                line += 1;
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                line += 1;
                i += 2;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < b.len() && !(b[i] == b'*' && b.get(i + 1) == Some(&b'/')) {
                    if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                let start = line;
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\n' {
                        line += 1;
                    }
                    j += 1;
                }
                let s = String::from_utf8_lossy(&b[i + 1..j.min(b.len())]).into_owned();
                out.push((if j < b.len() { Tok::Str(s) } else { Tok::Bad }, start));
                i = j + 1;
            }
            b'0'..=b'9' | b'A'..=b'F' => {
                let mut j = i;
                let mut seen_dot = false;
                while j < b.len() {
                    match b[j] {
                        b'0'..=b'9' | b'A'..=b'F' => j += 1,
                        b'.' if !seen_dot => {
                            seen_dot = true;
                            j += 1;
                        }
                        b'\\' if b.get(j + 1) == Some(&b'\n') => {
                            line += 1;
                            j += 2;
                        }
                        _ => break,
                    }
                }
                let text: String = String::from_utf8_lossy(&b[i..j]).replace("\\\n", "");
                out.push((Tok::Num(text), line));
                i = j;
            }
            b'.' if b
                .get(i + 1)
                .is_some_and(|d| d.is_ascii_digit() || (b'A'..=b'F').contains(d)) =>
            {
                let mut j = i + 1;
                while j < b.len() && (b[j].is_ascii_digit() || (b'A'..=b'F').contains(&b[j])) {
                    j += 1;
                }
                out.push((
                    Tok::Num(String::from_utf8_lossy(&b[i..j]).into_owned()),
                    line,
                ));
                i = j;
            }
            b'a'..=b'z' => {
                let mut j = i;
                while j < b.len()
                    && (b[j].is_ascii_lowercase() || b[j].is_ascii_digit() || b[j] == b'_')
                {
                    j += 1;
                }
                out.push((
                    Tok::Name(String::from_utf8_lossy(&b[i..j]).into_owned()),
                    line,
                ));
                i = j;
            }
            _ => {
                let rest = &src[i..];
                match OPS.iter().find(|op| rest.starts_with(**op)) {
                    Some(op) => {
                        out.push((Tok::Op(op), line));
                        i += op.len();
                    }
                    None => {
                        out.push((Tok::Bad, line));
                        i += rest.chars().next().map(char::len_utf8).unwrap_or(1);
                    }
                }
            }
        }
    }
    out.push((Tok::Eof, line));
    out
}

/// A place that can be assigned.
#[derive(Clone, Debug)]
pub enum Lv {
    Var(String),
    Elem(String, Box<Expr>),
    Scale,
    Ibase,
    Obase,
    Last,
}

/// An expression.
#[derive(Clone, Debug)]
pub enum Expr {
    Num(String),
    Load(Lv),
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Bin(&'static str, Box<Expr>, Box<Expr>),
    Assign(Lv, Option<&'static str>, Box<Expr>),
    Inc(Lv, bool, bool),
    Call(String, Vec<CallArg>),
    Length(Box<Expr>),
    Sqrt(Box<Expr>),
    ScaleOf(Box<Expr>),
    Read,
}

/// An argument of a call: a value or a whole array (`a[]`).
#[derive(Clone, Debug)]
pub enum CallArg {
    Val(Expr),
    Array(String),
}

/// One item of a `print` list.
#[derive(Clone, Debug)]
pub enum PrintItem {
    Str(String),
    Val(Expr),
}

/// A statement.
#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    Str(String),
    Print(Vec<PrintItem>),
    Block(Vec<Stmt>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    While(Expr, Box<Stmt>),
    For(Option<Expr>, Option<Expr>, Option<Expr>, Box<Stmt>),
    Break,
    Continue,
    Return(Option<Expr>),
    Quit,
    Halt,
    Limits,
    Empty,
}

/// A `define`d function.
#[derive(Clone, Debug)]
pub struct Func {
    pub params: Vec<(String, bool)>,
    pub autos: Vec<(String, bool)>,
    pub body: Vec<Stmt>,
}

/// A top-level item.
#[derive(Clone, Debug)]
pub enum Item {
    Stmt(Stmt),
    Define(String, Func),
}

/// A syntax error at a line, with bc's own message when it is not `syntax error`
/// (`Break outside a for/while`).
pub struct SyntaxError(pub usize, pub Option<&'static str>);

/// The parser over a token list.
pub struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
    /// Loops around the statement being parsed (`break` and `continue` need one).
    loops: usize,
    /// Inside a `define` (`return` needs one).
    in_func: bool,
}

type R<T> = Result<T, SyntaxError>;

const MAX_DEPTH: usize = 500;

impl Parser {
    /// A parser over `src`.
    pub fn new(src: &str) -> Parser {
        Parser {
            toks: lex(src),
            pos: 0,
            depth: 0,
            loops: 0,
            in_func: false,
        }
    }

    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map(|t| &t.0).unwrap_or(&Tok::Eof)
    }

    fn bump(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn eat(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn err<T>(&self) -> R<T> {
        let (tok, line) = self.toks.get(self.pos).cloned().unwrap_or((Tok::Eof, 1));
        // bc reports the line it is on after reading the offending token.
        let line = if tok == Tok::Newline { line + 1 } else { line };
        Err(SyntaxError(line, None))
    }

    /// A statement bc rejects with its own message, at `line`.
    fn misplaced<T>(&self, line: usize, msg: &'static str) -> R<T> {
        Err(SyntaxError(line, Some(msg)))
    }

    /// The line of the token at the cursor.
    fn line_here(&self) -> usize {
        self.toks.get(self.pos).map_or(1, |t| t.1)
    }

    /// A loop body: `break` and `continue` are allowed in it.
    fn loop_body(&mut self) -> R<Stmt> {
        self.loops += 1;
        let body = self.stmt();
        self.loops -= 1;
        body
    }

    fn expect(&mut self, op: &str) -> R<()> {
        if self.eat(op) { Ok(()) } else { self.err() }
    }

    fn skip_newlines(&mut self) {
        while *self.peek() == Tok::Newline {
            self.pos += 1;
        }
    }

    /// Whether all input is consumed.
    pub fn at_eof(&self) -> bool {
        *self.peek() == Tok::Eof
    }

    /// After an error: skips past the next newline.
    pub fn recover(&mut self) {
        loop {
            match self.bump() {
                Tok::Newline | Tok::Eof => return,
                _ => {}
            }
        }
    }

    /// The items of the next line (up to and including its newline).
    pub fn line(&mut self) -> R<Vec<Item>> {
        let mut items = Vec::new();
        loop {
            match self.peek() {
                Tok::Eof => return Ok(items),
                Tok::Newline => {
                    self.pos += 1;
                    return Ok(items);
                }
                Tok::Op(";") => {
                    self.pos += 1;
                }
                Tok::Name(n) if n == "define" => {
                    self.pos += 1;
                    let (name, f) = self.define()?;
                    items.push(Item::Define(name, f));
                }
                _ => {
                    let s = self.stmt()?;
                    let quit = matches!(s, Stmt::Quit);
                    items.push(Item::Stmt(s));
                    if quit {
                        return Ok(items);
                    }
                    match self.peek() {
                        Tok::Op(";") | Tok::Newline | Tok::Eof => {}
                        _ => return self.err(),
                    }
                }
            }
        }
    }

    fn define(&mut self) -> R<(String, Func)> {
        let Tok::Name(name) = self.bump() else {
            return self.err();
        };
        self.expect("(")?;
        let params = self.name_list(")")?;
        self.expect(")")?;
        self.skip_newlines();
        self.expect("{")?;
        self.skip_newlines();
        let mut autos = Vec::new();
        if matches!(self.peek(), Tok::Name(n) if n == "auto") {
            self.pos += 1;
            autos = self.name_list(";")?;
            if !self.eat(";") && *self.peek() != Tok::Newline {
                return self.err();
            }
        }
        // A function body has no loop around it, and may `return`.
        let (loops, in_func) = (self.loops, self.in_func);
        self.loops = 0;
        self.in_func = true;
        let body = self.stmts_until_brace();
        self.loops = loops;
        self.in_func = in_func;
        let body = body?;
        Ok((
            name,
            Func {
                params,
                autos,
                body,
            },
        ))
    }

    fn name_list(&mut self, end: &str) -> R<Vec<(String, bool)>> {
        let mut v = Vec::new();
        if self.is_op(end) || *self.peek() == Tok::Newline {
            return Ok(v);
        }
        loop {
            let Tok::Name(n) = self.bump() else {
                return self.err();
            };
            let arr = if self.eat("[") {
                self.expect("]")?;
                true
            } else {
                false
            };
            v.push((n, arr));
            if !self.eat(",") {
                return Ok(v);
            }
        }
    }

    fn stmts_until_brace(&mut self) -> R<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::Op("}") => {
                    self.pos += 1;
                    return Ok(body);
                }
                Tok::Newline | Tok::Op(";") => self.pos += 1,
                Tok::Eof => return self.err(),
                _ => {
                    body.push(self.stmt()?);
                    match self.peek() {
                        Tok::Op(";") | Tok::Newline | Tok::Op("}") => {}
                        _ => return self.err(),
                    }
                }
            }
        }
    }

    fn stmt(&mut self) -> R<Stmt> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let r = self.stmt_inner();
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self) -> R<Stmt> {
        match self.peek().clone() {
            Tok::Str(s) => {
                self.pos += 1;
                Ok(Stmt::Str(s))
            }
            Tok::Op("{") => {
                self.pos += 1;
                Ok(Stmt::Block(self.stmts_until_brace()?))
            }
            Tok::Op(";") | Tok::Newline | Tok::Eof => Ok(Stmt::Empty),
            Tok::Name(n) => match n.as_str() {
                "if" => {
                    self.pos += 1;
                    self.expect("(")?;
                    let c = self.expr()?;
                    self.expect(")")?;
                    self.skip_newlines();
                    let then = self.stmt()?;
                    let save = self.pos;
                    self.skip_newlines();
                    let els = if matches!(self.peek(), Tok::Name(n) if n == "else") {
                        self.pos += 1;
                        self.skip_newlines();
                        Some(Box::new(self.stmt()?))
                    } else {
                        self.pos = save;
                        None
                    };
                    Ok(Stmt::If(c, Box::new(then), els))
                }
                "while" => {
                    self.pos += 1;
                    self.expect("(")?;
                    let c = self.expr()?;
                    self.expect(")")?;
                    self.skip_newlines();
                    Ok(Stmt::While(c, Box::new(self.loop_body()?)))
                }
                "for" => {
                    self.pos += 1;
                    self.expect("(")?;
                    let a = if self.is_op(";") {
                        None
                    } else {
                        Some(self.expr()?)
                    };
                    self.expect(";")?;
                    let b = if self.is_op(";") {
                        None
                    } else {
                        Some(self.expr()?)
                    };
                    self.expect(";")?;
                    let c = if self.is_op(")") {
                        None
                    } else {
                        Some(self.expr()?)
                    };
                    self.expect(")")?;
                    self.skip_newlines();
                    Ok(Stmt::For(a, b, c, Box::new(self.loop_body()?)))
                }
                "break" => {
                    if self.loops == 0 {
                        return self.misplaced(self.line_here(), "Break outside a for/while");
                    }
                    self.pos += 1;
                    Ok(Stmt::Break)
                }
                "continue" => {
                    if self.loops == 0 {
                        return self.misplaced(self.line_here(), "Continue outside a for");
                    }
                    self.pos += 1;
                    Ok(Stmt::Continue)
                }
                "quit" => {
                    self.pos += 1;
                    Ok(Stmt::Quit)
                }
                "halt" => {
                    self.pos += 1;
                    Ok(Stmt::Halt)
                }
                "limits" => {
                    self.pos += 1;
                    Ok(Stmt::Limits)
                }
                "return" => {
                    self.pos += 1;
                    let value = match self.peek() {
                        Tok::Op(";") | Tok::Newline | Tok::Eof | Tok::Op("}") => None,
                        _ => Some(self.expr()?),
                    };
                    if !self.in_func {
                        // Reported once the statement is read, like a syntax error.
                        return match self.err::<()>() {
                            Err(SyntaxError(line, _)) => {
                                self.misplaced(line, "Return outside of a function.")
                            }
                            Ok(()) => Ok(Stmt::Return(value)),
                        };
                    }
                    Ok(Stmt::Return(value))
                }
                "print" => {
                    self.pos += 1;
                    let mut items = Vec::new();
                    loop {
                        if let Tok::Str(s) = self.peek().clone() {
                            self.pos += 1;
                            items.push(PrintItem::Str(s));
                        } else {
                            items.push(PrintItem::Val(self.expr()?));
                        }
                        if !self.eat(",") {
                            return Ok(Stmt::Print(items));
                        }
                    }
                }
                _ => Ok(Stmt::Expr(self.expr()?)),
            },
            _ => Ok(Stmt::Expr(self.expr()?)),
        }
    }

    /// An expression (lowest precedence: `||`).
    pub fn expr(&mut self) -> R<Expr> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let r = self.or();
        self.depth -= 1;
        r
    }

    fn or(&mut self) -> R<Expr> {
        let mut l = self.and()?;
        while self.eat("||") {
            let r = self.and()?;
            l = Expr::Bin("||", Box::new(l), Box::new(r));
        }
        Ok(l)
    }

    fn and(&mut self) -> R<Expr> {
        let mut l = self.not()?;
        while self.eat("&&") {
            let r = self.not()?;
            l = Expr::Bin("&&", Box::new(l), Box::new(r));
        }
        Ok(l)
    }

    fn not(&mut self) -> R<Expr> {
        if self.eat("!") {
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.rel()
    }

    fn rel(&mut self) -> R<Expr> {
        let mut l = self.assign()?;
        loop {
            let op = match self.peek() {
                Tok::Op(o @ ("==" | "!=" | "<" | "<=" | ">" | ">=")) => *o,
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.assign()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn assign(&mut self) -> R<Expr> {
        let start = self.pos;
        let l = self.add()?;
        let op = match self.peek() {
            Tok::Op("=") => None,
            Tok::Op(o @ ("+=" | "-=" | "*=" | "/=" | "%=" | "^=")) => Some(&o[..1]),
            _ => return Ok(l),
        };
        let Expr::Load(lv) = l else {
            self.pos = start;
            return self.err_at_assign();
        };
        self.pos += 1;
        let r = self.assign()?;
        let op: Option<&'static str> = op.map(|o| match o {
            "+" => "+",
            "-" => "-",
            "*" => "*",
            "/" => "/",
            "%" => "%",
            _ => "^",
        });
        Ok(Expr::Assign(lv, op, Box::new(r)))
    }

    fn err_at_assign(&mut self) -> R<Expr> {
        while !matches!(
            self.peek(),
            Tok::Op("=" | "+=" | "-=" | "*=" | "/=" | "%=" | "^=")
        ) {
            if self.at_eof() {
                break;
            }
            self.pos += 1;
        }
        self.pos += 1;
        self.err()
    }

    fn add(&mut self) -> R<Expr> {
        let mut l = self.mul()?;
        loop {
            let op = match self.peek() {
                Tok::Op(o @ ("+" | "-")) => *o,
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.mul()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn mul(&mut self) -> R<Expr> {
        let mut l = self.pow()?;
        loop {
            let op = match self.peek() {
                Tok::Op(o @ ("*" | "/" | "%")) => *o,
                _ => return Ok(l),
            };
            self.pos += 1;
            let r = self.pow()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn pow(&mut self) -> R<Expr> {
        let l = self.unary()?;
        if self.eat("^") {
            let r = self.pow()?;
            return Ok(Expr::Bin("^", Box::new(l), Box::new(r)));
        }
        Ok(l)
    }

    fn unary(&mut self) -> R<Expr> {
        if self.eat("-") {
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        if self.is_op("++") || self.is_op("--") {
            let up = self.is_op("++");
            self.pos += 1;
            let lv = self.lvalue()?;
            return Ok(Expr::Inc(lv, up, true));
        }
        let e = self.primary()?;
        if let Expr::Load(lv) = &e
            && (self.is_op("++") || self.is_op("--"))
        {
            let up = self.is_op("++");
            self.pos += 1;
            return Ok(Expr::Inc(lv.clone(), up, false));
        }
        Ok(e)
    }

    fn lvalue(&mut self) -> R<Lv> {
        match self.primary()? {
            Expr::Load(lv) => Ok(lv),
            _ => self.err(),
        }
    }

    fn primary(&mut self) -> R<Expr> {
        match self.bump() {
            Tok::Num(n) => Ok(Expr::Num(n)),
            Tok::Op("(") => {
                let e = self.expr()?;
                self.expect(")")?;
                Ok(e)
            }
            Tok::Op(".") => Ok(Expr::Load(Lv::Last)),
            Tok::Name(n) => match n.as_str() {
                "scale" | "ibase" | "obase" | "last" if !self.is_op("(") => {
                    Ok(Expr::Load(match n.as_str() {
                        "scale" => Lv::Scale,
                        "ibase" => Lv::Ibase,
                        "obase" => Lv::Obase,
                        _ => Lv::Last,
                    }))
                }
                "length" | "sqrt" | "scale" => {
                    self.expect("(")?;
                    let e = Box::new(self.expr()?);
                    self.expect(")")?;
                    Ok(match n.as_str() {
                        "length" => Expr::Length(e),
                        "sqrt" => Expr::Sqrt(e),
                        _ => Expr::ScaleOf(e),
                    })
                }
                "read" => {
                    self.expect("(")?;
                    self.expect(")")?;
                    Ok(Expr::Read)
                }
                "if" | "else" | "while" | "for" | "break" | "continue" | "return" | "define"
                | "auto" | "print" | "quit" | "halt" | "limits" => {
                    self.pos -= 1;
                    self.err()
                }
                _ => {
                    if self.eat("(") {
                        let mut args = Vec::new();
                        if !self.eat(")") {
                            loop {
                                let save = self.pos;
                                if let Tok::Name(a) = self.bump()
                                    && self.eat("[")
                                    && self.eat("]")
                                {
                                    args.push(CallArg::Array(a));
                                } else {
                                    self.pos = save;
                                    args.push(CallArg::Val(self.expr()?));
                                }
                                if self.eat(")") {
                                    break;
                                }
                                self.expect(",")?;
                            }
                        }
                        return Ok(Expr::Call(n, args));
                    }
                    if self.eat("[") {
                        let i = self.expr()?;
                        self.expect("]")?;
                        return Ok(Expr::Load(Lv::Elem(n, Box::new(i))));
                    }
                    Ok(Expr::Load(Lv::Var(n)))
                }
            },
            _ => {
                self.pos = self.pos.saturating_sub(1);
                self.err()
            }
        }
    }
}

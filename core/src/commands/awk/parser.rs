//! Recursive-descent parser for awk programs, with awk's precedence (lowest first):
//! `?:`, `||`, `&&`, `in`, `~ !~`, comparisons and `| getline`, concatenation, `+ -`,
//! `* / %`, unary `! - +`, `^ **`, `++ --`, `$`, grouping. Inside print's argument list an
//! unparenthesised `>` is a redirection.

use std::collections::HashMap;

use super::ast::*;
use super::lexer::{Tok, Token};

mod expr;

pub use expr::is_lvalue;

/// A syntax error at a line and column of the program text.
#[derive(Debug)]
pub struct ParseError {
    pub msg: String,
    pub line: usize,
    pub col: usize,
    /// The line whose text is shown (gawk reports an error at a newline on the next
    /// line number but shows the line that ended).
    pub text_line: usize,
    /// The program ended inside a rule (gawk words this specially for `-f` files).
    pub at_eof: bool,
}

type PResult<T> = Result<T, ParseError>;

const MAX_DEPTH: usize = 200;

struct Parser<'t> {
    toks: &'t [Token],
    pos: usize,
    prog: Program,
    globals: HashMap<String, usize>,
    funcs: HashMap<String, usize>,
    locals: Option<HashMap<String, usize>>,
    cur_func: Option<usize>,
    /// (caller, caller's param, callee, argument position): a local passed on.
    edges: Vec<(usize, usize, usize, usize)>,
    /// Calls to user functions: function, argument count, line.
    calls: Vec<(usize, usize, usize)>,
    no_gt: bool,
    no_in: bool,
    depth: usize,
    last_line: usize,
    /// `BEGIN` or `END` while parsing such an action (`next` is an error there).
    section: Option<&'static str>,
}

/// Parses tokens into a program.
pub fn parse(toks: &[Token]) -> PResult<Program> {
    let mut p = Parser {
        toks,
        pos: 0,
        prog: Program::default(),
        globals: HashMap::new(),
        funcs: HashMap::new(),
        locals: None,
        cur_func: None,
        edges: Vec::new(),
        calls: Vec::new(),
        no_gt: false,
        no_in: false,
        section: None,
        depth: 0,
        last_line: 0,
    };
    for name in SPECIALS {
        p.global(name);
    }
    p.program()?;
    // Array-ness flows from callee parameters to the caller's parameters passed to them.
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 100 {
        changed = false;
        rounds += 1;
        for &(caller, param, callee, arg) in &p.edges {
            let is_arr = p.prog.funcs[callee]
                .array_params
                .get(arg)
                .copied()
                .unwrap_or(false);
            if is_arr && !p.prog.funcs[caller].array_params[param] {
                p.prog.funcs[caller].array_params[param] = true;
                changed = true;
            }
        }
    }
    if let Some(f) = p.prog.funcs.iter().find(|f| !f.defined) {
        return Err(ParseError {
            msg: format!("function `{}' not defined", f.name),
            line: 0,
            col: usize::MAX,
            text_line: 0,
            at_eof: false,
        });
    }
    for &(f, n, line) in &p.calls {
        let func = &p.prog.funcs[f];
        if n > func.params {
            let msg = format!(
                "function `{}' called with more arguments than declared",
                func.name
            );
            p.prog.warnings.push((line, msg));
        }
    }
    let mut globals = vec![String::new(); p.globals.len()];
    for (name, slot) in p.globals {
        globals[slot] = name;
    }
    p.prog.globals = globals;
    Ok(p.prog)
}

impl Parser<'_> {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map(|t| &t.tok).unwrap_or(&Tok::Eof)
    }

    fn peek_at(&self, k: usize) -> &Tok {
        self.toks
            .get(self.pos + k)
            .map(|t| &t.tok)
            .unwrap_or(&Tok::Eof)
    }

    fn line(&self) -> usize {
        self.toks.get(self.pos).map(|t| t.line).unwrap_or(0)
    }

    fn advance(&mut self) -> Tok {
        let t = self.peek().clone();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn is_redir(&self) -> bool {
        [">", ">>", "|", "|&"].iter().any(|op| self.is_op(op))
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Kw(k) if *k == kw)
    }

    fn err<T>(&self) -> PResult<T> {
        let t = self.toks.get(self.pos).or(self.toks.last());
        let (line, col) = t.map(|t| (t.line, t.col)).unwrap_or((1, 0));
        let msg = match self.peek() {
            Tok::Eof | Tok::Newline => "unexpected newline or end of string",
            _ => "syntax error",
        };
        let at_eof = self
            .toks
            .get(self.pos..)
            .unwrap_or_default()
            .iter()
            .all(|t| matches!(t.tok, Tok::Newline | Tok::Eof));
        if matches!(self.peek(), Tok::Newline) {
            return Err(ParseError {
                msg: msg.to_string(),
                line: line + 1,
                col,
                text_line: line,
                at_eof,
            });
        }
        Err(ParseError {
            msg: msg.to_string(),
            line,
            col,
            text_line: line,
            at_eof,
        })
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.is_op(op) {
            self.pos += 1;
            Ok(())
        } else {
            self.err()
        }
    }

    fn opt_nl(&mut self) {
        while matches!(self.peek(), Tok::Newline) {
            self.pos += 1;
        }
    }

    fn terminators(&mut self) {
        while matches!(self.peek(), Tok::Newline) || self.is_op(";") {
            self.pos += 1;
        }
    }

    fn global(&mut self, name: &str) -> usize {
        if let Some(&i) = self.globals.get(name) {
            return i;
        }
        let i = self.globals.len();
        self.globals.insert(name.to_string(), i);
        i
    }

    fn var(&mut self, name: &str) -> Var {
        if let Some(l) = &self.locals
            && let Some(&i) = l.get(name)
        {
            return Var::Local(i);
        }
        Var::Global(self.global(name))
    }

    fn mark_array(&mut self, v: Var) {
        if let (Var::Local(i), Some(f)) = (v, self.cur_func)
            && let Some(slot) = self.prog.funcs[f].array_params.get_mut(i)
        {
            *slot = true;
        }
    }

    fn func_index(&mut self, name: &str) -> usize {
        if let Some(&i) = self.funcs.get(name) {
            return i;
        }
        let i = self.prog.funcs.len();
        self.prog.funcs.push(Func {
            name: name.to_string(),
            params: 0,
            array_params: Vec::new(),
            body: Vec::new(),
            defined: false,
        });
        self.funcs.insert(name.to_string(), i);
        i
    }

    fn program(&mut self) -> PResult<()> {
        self.terminators();
        while !matches!(self.peek(), Tok::Eof) {
            self.item()?;
            self.terminators();
        }
        Ok(())
    }

    fn item(&mut self) -> PResult<()> {
        let line = self.line();
        match self.peek().clone() {
            Tok::Kw("function") => self.function(),
            Tok::Kw(k @ ("BEGIN" | "END" | "BEGINFILE" | "ENDFILE")) => {
                self.pos += 1;
                if !self.is_op("{") {
                    return self.err();
                }
                self.section = match k {
                    "BEGIN" => Some("BEGIN"),
                    "END" => Some("END"),
                    _ => None,
                };
                let body = self.block();
                self.section = None;
                let body = body?;
                match k {
                    "BEGIN" => self.prog.begin.push(body),
                    "END" => self.prog.end.push(body),
                    "BEGINFILE" => self.prog.beginfile.push(body),
                    _ => self.prog.endfile.push(body),
                }
                Ok(())
            }
            Tok::Op("{") => {
                let body = self.block()?;
                self.prog.rules.push(Rule {
                    line,
                    pattern: Pattern::All,
                    action: Some(body),
                });
                Ok(())
            }
            _ => {
                let first = self.expr()?;
                let pattern = if self.is_op(",") {
                    self.pos += 1;
                    self.opt_nl();
                    let second = self.expr()?;
                    let id = self.prog.ranges;
                    self.prog.ranges += 1;
                    Pattern::Range(first, second, id)
                } else {
                    Pattern::Expr(first)
                };
                let action = if self.is_op("{") {
                    Some(self.block()?)
                } else if matches!(self.peek(), Tok::Newline | Tok::Eof) || self.is_op(";") {
                    None
                } else {
                    return self.err();
                };
                self.prog.rules.push(Rule {
                    pattern,
                    action,
                    line,
                });
                Ok(())
            }
        }
    }

    fn function(&mut self) -> PResult<()> {
        self.pos += 1;
        let name = match self.advance() {
            Tok::Name(n) | Tok::FuncName(n) => n,
            _ => {
                self.pos -= 1;
                return self.err();
            }
        };
        let idx = self.func_index(&name);
        if self.prog.funcs[idx].defined {
            self.pos -= 1;
            return Err(ParseError {
                msg: format!("function `{name}' previously defined"),
                line: self.line(),
                col: 0,
                text_line: self.line(),
                at_eof: false,
            });
        }
        self.expect_op("(")?;
        let mut params = HashMap::new();
        let mut n = 0;
        while !self.is_op(")") {
            match self.advance() {
                Tok::Name(p) => {
                    params.insert(p, n);
                    n += 1;
                }
                _ => {
                    self.pos -= 1;
                    return self.err();
                }
            }
            if self.is_op(",") {
                self.pos += 1;
                self.opt_nl();
            } else if !self.is_op(")") {
                return self.err();
            }
        }
        self.pos += 1;
        self.opt_nl();
        {
            let f = &mut self.prog.funcs[idx];
            f.params = n;
            f.array_params = vec![false; n];
            f.defined = true;
        }
        self.locals = Some(params);
        self.cur_func = Some(idx);
        if !self.is_op("{") {
            return self.err();
        }
        let body = self.block()?;
        self.prog.funcs[idx].body = body;
        self.locals = None;
        self.cur_func = None;
        Ok(())
    }

    fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op("{")?;
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let mut out = Vec::new();
        self.terminators();
        while !self.is_op("}") {
            if matches!(self.peek(), Tok::Eof) {
                return self.err();
            }
            self.stmt_into(&mut out)?;
            self.terminators();
        }
        self.pos += 1;
        self.depth -= 1;
        Ok(out)
    }

    fn stmt_into(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let line = self.line();
        if line != self.last_line {
            self.last_line = line;
            out.push(Stmt::Line(line));
        }
        let s = self.stmt()?;
        out.push(s);
        Ok(())
    }

    /// A statement used as the body of if/while/for.
    fn body(&mut self) -> PResult<Stmt> {
        self.opt_nl();
        if self.is_op(";") {
            self.pos += 1;
            return Ok(Stmt::Block(Vec::new()));
        }
        let mut v = Vec::new();
        self.stmt_into(&mut v)?;
        Ok(if v.len() == 1 {
            v.pop().unwrap_or(Stmt::Block(Vec::new()))
        } else {
            Stmt::Block(v)
        })
    }

    fn end_simple(&mut self) -> PResult<()> {
        if self.is_op(";") || matches!(self.peek(), Tok::Newline) {
            self.pos += 1;
            Ok(())
        } else if self.is_op("}") || matches!(self.peek(), Tok::Eof) {
            Ok(())
        } else {
            self.err()
        }
    }

    fn stmt(&mut self) -> PResult<Stmt> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err();
        }
        let s = self.stmt_inner();
        self.depth -= 1;
        s
    }

    fn stmt_inner(&mut self) -> PResult<Stmt> {
        match self.peek().clone() {
            Tok::Op("{") => Ok(Stmt::Block(self.block()?)),
            Tok::Op(";") => {
                self.pos += 1;
                Ok(Stmt::Block(Vec::new()))
            }
            Tok::Kw("if") => {
                self.pos += 1;
                self.expect_op("(")?;
                let cond = self.expr()?;
                self.expect_op(")")?;
                let then = self.body()?;
                let save = self.pos;
                self.terminators();
                if self.is_kw("else") {
                    self.pos += 1;
                    let els = self.body()?;
                    Ok(Stmt::If(cond, Box::new(then), Some(Box::new(els))))
                } else {
                    self.pos = save;
                    Ok(Stmt::If(cond, Box::new(then), None))
                }
            }
            Tok::Kw("while") => {
                self.pos += 1;
                self.expect_op("(")?;
                let cond = self.expr()?;
                self.expect_op(")")?;
                if self.is_op(";") {
                    self.pos += 1;
                    return Ok(Stmt::While(cond, Box::new(Stmt::Block(Vec::new()))));
                }
                let body = self.body()?;
                Ok(Stmt::While(cond, Box::new(body)))
            }
            Tok::Kw("do") => {
                self.pos += 1;
                let body = self.body()?;
                self.terminators();
                if !self.is_kw("while") {
                    return self.err();
                }
                self.pos += 1;
                self.expect_op("(")?;
                let cond = self.expr()?;
                self.expect_op(")")?;
                self.end_simple()?;
                Ok(Stmt::Do(Box::new(body), cond))
            }
            Tok::Kw("for") => self.for_stmt(),
            Tok::Kw("switch") => self.switch_stmt(),
            _ => {
                let s = self.simple()?;
                self.end_simple()?;
                Ok(s)
            }
        }
    }

    /// gawk's `switch`: each label is a number, a string or a regex literal.
    fn switch_stmt(&mut self) -> PResult<Stmt> {
        self.pos += 1;
        self.expect_op("(")?;
        let subject = self.expr()?;
        self.expect_op(")")?;
        self.opt_nl();
        self.expect_op("{")?;
        let mut cases: Vec<(Option<Expr>, Vec<Stmt>)> = Vec::new();
        self.terminators();
        while !self.is_op("}") {
            match self.peek() {
                Tok::Kw("case") => {
                    self.pos += 1;
                    let label = self.primary_label()?;
                    self.expect_op(":")?;
                    cases.push((Some(label), Vec::new()));
                }
                Tok::Kw("default") => {
                    self.pos += 1;
                    self.expect_op(":")?;
                    if cases.iter().any(|(l, _)| l.is_none()) {
                        return self.err();
                    }
                    cases.push((None, Vec::new()));
                }
                Tok::Eof => return self.err(),
                _ => {
                    let Some((_, body)) = cases.last_mut() else {
                        return self.err();
                    };
                    let mut stmts = std::mem::take(body);
                    let r = self.stmt_into(&mut stmts);
                    if let Some((_, body)) = cases.last_mut() {
                        *body = stmts;
                    }
                    r?;
                }
            }
            self.terminators();
        }
        self.pos += 1;
        Ok(Stmt::Switch(subject, cases))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        self.pos += 1;
        self.expect_op("(")?;
        if let (Tok::Name(k), Tok::Kw("in"), Tok::Name(a), Tok::Op(")")) = (
            self.peek().clone(),
            self.peek_at(1).clone(),
            self.peek_at(2).clone(),
            self.peek_at(3).clone(),
        ) {
            self.pos += 4;
            let kv = self.var(&k);
            let av = self.var(&a);
            self.mark_array(av);
            let body = self.body()?;
            return Ok(Stmt::ForIn(kv, av, Box::new(body)));
        }
        let init = if self.is_op(";") {
            None
        } else {
            Some(Box::new(self.simple()?))
        };
        self.expect_op(";")?;
        self.opt_nl();
        let cond = if self.is_op(";") {
            None
        } else {
            Some(self.expr()?)
        };
        self.expect_op(";")?;
        self.opt_nl();
        let step = if self.is_op(")") {
            None
        } else {
            Some(Box::new(self.simple()?))
        };
        self.expect_op(")")?;
        if self.is_op(";") {
            self.pos += 1;
            return Ok(Stmt::For(
                init,
                cond,
                step,
                Box::new(Stmt::Block(Vec::new())),
            ));
        }
        let body = self.body()?;
        Ok(Stmt::For(init, cond, step, Box::new(body)))
    }

    fn simple(&mut self) -> PResult<Stmt> {
        match self.peek().clone() {
            Tok::Kw(k @ ("print" | "printf")) => {
                self.pos += 1;
                let mut args = Vec::new();
                if !self.stmt_end() && !self.is_redir() {
                    let save = self.no_gt;
                    self.no_gt = true;
                    args = self.expr_list()?;
                    self.no_gt = save;
                    if args.len() == 1
                        && let Some(Expr::Group(_)) = args.first()
                        && let Some(Expr::Group(list)) = args.pop()
                    {
                        args = list;
                    }
                }
                let redir = if self.is_redir() {
                    let kind = match self.advance() {
                        Tok::Op(">") => Redir::File,
                        Tok::Op(">>") => Redir::Append,
                        Tok::Op("|&") => Redir::Coproc,
                        _ => Redir::Pipe,
                    };
                    let save = self.no_gt;
                    self.no_gt = true;
                    let target = self.concat()?;
                    self.no_gt = save;
                    Some((kind, target))
                } else {
                    None
                };
                Ok(if k == "print" {
                    Stmt::Print(args, redir)
                } else {
                    Stmt::Printf(args, redir)
                })
            }
            Tok::Kw(k @ ("next" | "nextfile")) => {
                if let Some(section) = self.section {
                    return Err(ParseError {
                        msg: format!("`{k}' used in {section} action"),
                        line: self.line(),
                        col: usize::MAX - 1,
                        text_line: self.line(),
                        at_eof: false,
                    });
                }
                self.pos += 1;
                Ok(if k == "next" {
                    Stmt::Next
                } else {
                    Stmt::NextFile
                })
            }
            Tok::Kw("break") => {
                self.pos += 1;
                Ok(Stmt::Break)
            }
            Tok::Kw("continue") => {
                self.pos += 1;
                Ok(Stmt::Continue)
            }
            Tok::Kw("exit") => {
                self.pos += 1;
                let e = if self.stmt_end() {
                    None
                } else {
                    Some(self.expr()?)
                };
                Ok(Stmt::Exit(e))
            }
            Tok::Kw("return") => {
                self.pos += 1;
                let e = if self.stmt_end() {
                    None
                } else {
                    Some(self.expr()?)
                };
                Ok(Stmt::Return(e))
            }
            Tok::Kw("delete") => {
                self.pos += 1;
                let (name, paren) = match (self.peek().clone(), self.peek_at(1).clone()) {
                    (Tok::Name(n), _) => (n, false),
                    (Tok::Op("("), Tok::Name(n)) => {
                        self.pos += 1;
                        (n, true)
                    }
                    _ => return self.err(),
                };
                self.pos += 1;
                let v = self.var(&name);
                self.mark_array(v);
                let subs = if self.is_op("[") {
                    self.pos += 1;
                    let l = self.expr_list()?;
                    self.expect_op("]")?;
                    Some(l)
                } else {
                    None
                };
                if paren {
                    self.expect_op(")")?;
                }
                Ok(Stmt::Delete(v, subs))
            }
            _ => Ok(Stmt::Expr(self.expr()?)),
        }
    }

    fn stmt_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::Eof) || self.is_op(";") || self.is_op("}")
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexer::lex;
    use super::*;

    fn parses(src: &str) -> bool {
        let mut w = Vec::new();
        lex(src.as_bytes(), &mut w)
            .ok()
            .is_some_and(|t| parse(&t).is_ok())
    }

    #[test]
    fn precedence_and_regex_division() {
        let ok = [
            "BEGIN{print 1+2*3, -2^2, 2^3^2}",
            "{ a = b / c / d; x = /re/ }",
            "$1 ~ /a\\/b/ { print > \"f\" \".txt\" }",
            "{ \"cmd\" | getline x; getline y < \"f\" }",
            "function f(a, b) { return a[b] } BEGIN { f(x, 1) }",
            "BEGIN { if (!(1 in a)) print; else print 2 }",
            "NR==1, /x/ { next }",
            "BEGIN { for (k in a) delete a[k]; for (;;) break }",
            "BEGIN { printf(\"%s\\n\", 1) > \"/dev/stderr\" }",
        ];
        for src in ok {
            assert!(parses(src), "{src}");
        }
        for bad in ["BEGIN {", "{ print ( }", "BEGIN { x = }", "{ 1 +* 2 }"] {
            assert!(!parses(bad), "{bad}");
        }
    }

    #[test]
    fn total_on_mangled_programs() {
        let seeds = [
            "BEGIN { FS = \":\" } { s[$1] += $2 } END { for (k in s) printf \"%s %d\\n\", k, s[k] }",
            "function f(n) { return n < 2 ? n : f(n-1) + f(n-2) } /x/,/y/ { print f($1) > \"o\" }",
            "{ while ((\"c\" | getline l) > 0) n++; gsub(/[a-z]+/, \"&\"); $3 = \"\" }",
        ];
        for seed in seeds {
            let b = seed.as_bytes();
            for cut in 0..b.len() {
                let mut v = b.to_vec();
                v.remove(cut);
                let s = String::from_utf8_lossy(&v).into_owned();
                let _ = parses(&s);
                let _ = parses(&seed[..cut]);
            }
        }
        let deep = format!("BEGIN {{ x = {}1{} }}", "(".repeat(5000), ")".repeat(5000));
        assert!(!parses(&deep));
    }
}

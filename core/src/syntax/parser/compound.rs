//! Compound commands: `if`, `for`, `while`/`until`, `case`, `{ }`, `( )`, `(( ))`,
//! `[[ ]]`, and function definitions.

use super::super::ast::{
    CaseArm, CaseTerminator, Command, CompoundCommand, CondExpr, FunctionDef, Word, WordPart,
};
use super::super::token::Op;
use super::{PResult, Parser};

/// The unary operators of `[[ ]]`, without the dash.
const COND_UNARY: &str = "abcdefghknoprstuvwxzGLNORS";

/// The binary operators of `[[ ]]` that are written as words.
const COND_BINARY: [&str; 13] = [
    "==", "=", "!=", "=~", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef",
];

/// A token inside `[[ ]]`.
#[derive(Debug, PartialEq)]
enum CondTok {
    End,
    And,
    Or,
    Not,
    LParen,
    RParen,
    Less,
    Greater,
    Eof,
    Word,
}

impl Parser<'_> {
    /// A compound command followed by its redirections.
    pub(super) fn parse_compound_with_redirects(&mut self) -> PResult<Command> {
        self.skip_blanks();
        let start = self.cur.pos;
        let compound = self.parse_compound()?;
        let redirects = self.parse_trailing_redirects()?;
        Ok(Command::Compound(
            Box::new(compound),
            redirects,
            self.span(start, self.cur.pos),
        ))
    }

    fn parse_compound(&mut self) -> PResult<CompoundCommand> {
        self.enter()?;
        let result = match self.peek_reserved() {
            Some("if") => self.parse_if(),
            Some("for") => self.parse_for(),
            Some("while") => self.parse_while(false),
            Some("until") => self.parse_while(true),
            Some("case") => self.parse_case(),
            Some("{") => {
                self.cur.advance(1);
                let body = self.parse_nonempty_list()?;
                self.expect_reserved("}")?;
                Ok(CompoundCommand::BraceGroup(body))
            }
            Some("[[") => {
                self.cur.advance(2);
                self.parse_cond_command()
            }
            _ if self.cur.starts_with("((") => self.parse_arith_or_subshell(),
            _ if self.cur.starts_with("(") => self.parse_subshell(),
            _ => Err(self.unexpected()),
        };
        self.leave();
        result
    }

    fn parse_subshell(&mut self) -> PResult<CompoundCommand> {
        self.cur.advance(1);
        let body = self.parse_nonempty_list()?;
        if self.peek_op() != Some(Op::RParen) {
            return Err(self.unexpected());
        }
        self.cur.advance(1);
        Ok(CompoundCommand::Subshell(body))
    }

    /// `(( expr ))`, or `( (...) ...)` when the parentheses do not pair up as `))`.
    fn parse_arith_or_subshell(&mut self) -> PResult<CompoundCommand> {
        let save = self.cur.pos;
        self.cur.advance(2);
        match self.parse_arith_text(super::word::ArithEnd::DoubleParen, save)? {
            Some(word) => Ok(CompoundCommand::Arith(word)),
            None => {
                self.cur.pos = save;
                self.parse_subshell()
            }
        }
    }

    fn parse_if(&mut self) -> PResult<CompoundCommand> {
        self.cur.advance(2);
        let mut branches = Vec::new();
        let mut else_body = None;
        loop {
            let cond = self.parse_nonempty_list()?;
            self.expect_reserved("then")?;
            let body = self.parse_nonempty_list()?;
            branches.push((cond, body));
            match self.peek_reserved() {
                Some("elif") => self.cur.advance(4),
                Some("else") => {
                    self.cur.advance(4);
                    else_body = Some(self.parse_nonempty_list()?);
                    self.expect_reserved("fi")?;
                    break;
                }
                _ => {
                    self.expect_reserved("fi")?;
                    break;
                }
            }
        }
        Ok(CompoundCommand::If {
            branches,
            else_body,
        })
    }

    fn parse_while(&mut self, until: bool) -> PResult<CompoundCommand> {
        self.cur.advance(5);
        let cond = self.parse_nonempty_list()?;
        let body = self.parse_do_body()?;
        Ok(CompoundCommand::While { cond, body, until })
    }

    /// `do list done`, or `{ list }`.
    fn parse_do_body(&mut self) -> PResult<super::super::ast::List> {
        self.skip_linebreaks()?;
        let (open, close) = if self.peek_reserved() == Some("{") {
            ("{", "}")
        } else {
            ("do", "done")
        };
        self.expect_reserved(open)?;
        let body = self.parse_nonempty_list()?;
        self.expect_reserved(close)?;
        Ok(body)
    }

    fn parse_for(&mut self) -> PResult<CompoundCommand> {
        self.cur.advance(3);
        self.skip_blanks();
        if self.cur.starts_with("((") {
            let open = self.cur.pos;
            self.cur.advance(2);
            let Some(text) = self.parse_arith_text(super::word::ArithEnd::DoubleParen, open)?
            else {
                return Err(self.unexpected());
            };
            let mut pieces = split_arith_for(text).into_iter();
            let (Some(init), Some(cond), Some(step), None) =
                (pieces.next(), pieces.next(), pieces.next(), pieces.next())
            else {
                return Err(self.error_at(
                    "syntax error: arithmetic expression required".to_string(),
                    open,
                ));
            };
            self.skip_blanks();
            if self.peek_op() == Some(Op::Semi) {
                self.bump_op();
            }
            let body = self.parse_do_body()?;
            return Ok(CompoundCommand::ArithFor {
                init,
                cond,
                step,
                body,
            });
        }
        // bash accepts any word here and only rejects a bad name when the loop runs
        // (`` `1x': not a valid identifier ``), so the name keeps its source text.
        let var_start = self.cur.pos;
        let var = match self.parse_word()? {
            Some(_) => self.cur.slice(var_start, self.cur.pos).to_string(),
            None => return Err(self.unexpected_nl()),
        };
        self.skip_blanks();
        if self.peek_op() == Some(Op::Semi) {
            self.bump_op();
            let body = self.parse_do_body()?;
            return Ok(CompoundCommand::For {
                var,
                words: None,
                body,
            });
        }
        self.skip_linebreaks()?;
        let mut words = None;
        if self.peek_reserved() == Some("in") {
            self.cur.advance(2);
            let mut list = Vec::new();
            loop {
                self.skip_blanks();
                match self.parse_word()? {
                    Some(w) => list.push(w),
                    None => break,
                }
            }
            match self.peek_op() {
                Some(Op::Semi | Op::Newline) => self.bump_op(),
                _ => return Err(self.unexpected()),
            }
            words = Some(list);
        }
        let body = self.parse_do_body()?;
        Ok(CompoundCommand::For { var, words, body })
    }

    fn parse_case(&mut self) -> PResult<CompoundCommand> {
        self.cur.advance(4);
        self.skip_blanks();
        let Some(word) = self.parse_word()? else {
            return Err(self.unexpected_nl());
        };
        self.skip_linebreaks()?;
        self.expect_reserved("in")?;
        let mut arms = Vec::new();
        loop {
            self.skip_linebreaks()?;
            if self.peek_reserved() == Some("esac") {
                self.cur.advance(4);
                break;
            }
            if self.cur.at_end() {
                return Err(self.eof_error());
            }
            if self.peek_op() == Some(Op::LParen) {
                self.bump_op();
            }
            let mut patterns = Vec::new();
            loop {
                self.skip_blanks();
                let Some(p) = self.parse_word()? else {
                    return Err(self.unexpected_nl());
                };
                patterns.push(p);
                match self.peek_op() {
                    Some(Op::Pipe) => self.bump_op(),
                    Some(Op::RParen) => {
                        self.bump_op();
                        break;
                    }
                    _ => return Err(self.unexpected_nl()),
                }
            }
            let body = self.parse_list()?;
            let terminator = match self.peek_op() {
                Some(Op::DSemi) => CaseTerminator::Break,
                Some(Op::SemiAmp) => CaseTerminator::FallThrough,
                Some(Op::DSemiAmp) => CaseTerminator::Continue,
                _ if self.peek_reserved() == Some("esac") => CaseTerminator::Break,
                _ => return Err(self.unexpected()),
            };
            if self.peek_reserved() != Some("esac") {
                self.bump_op();
            }
            arms.push(CaseArm {
                patterns,
                body,
                terminator,
            });
        }
        Ok(CompoundCommand::Case { word, arms })
    }

    // ----- functions ----------------------------------------------------------------

    /// `function name [()] body`.
    pub(super) fn parse_function_keyword(&mut self) -> PResult<Command> {
        let start = self.cur.pos;
        self.cur.advance(8);
        self.skip_blanks();
        let Some(name) = self.parse_word()?.and_then(|w| w.as_literal()) else {
            return Err(self.unexpected_nl());
        };
        self.at_function_parens();
        self.parse_function_body(name, start)
    }

    /// The body of a function definition, after `name ()`.
    pub(super) fn parse_function_body(&mut self, name: String, start: usize) -> PResult<Command> {
        self.skip_linebreaks()?;
        let compound_next = matches!(
            self.peek_reserved(),
            Some("if" | "for" | "while" | "until" | "case" | "{" | "[[")
        ) || self.cur.starts_with("(");
        if !compound_next {
            return Err(self.unexpected());
        }
        let body = self.parse_compound_with_redirects()?;
        Ok(Command::FunctionDef(FunctionDef {
            name,
            body: Box::new(body),
            span: self.span(start, self.cur.pos),
            source: self.cur.slice(start, self.cur.pos).to_string(),
        }))
    }

    /// Fills here-document placeholders inside a compound command.
    pub(super) fn fill_compound(&mut self, compound: &mut CompoundCommand) {
        match compound {
            CompoundCommand::BraceGroup(list) | CompoundCommand::Subshell(list) => {
                self.fill_list(list)
            }
            CompoundCommand::If {
                branches,
                else_body,
            } => {
                for (cond, body) in branches {
                    self.fill_list(cond);
                    self.fill_list(body);
                }
                if let Some(body) = else_body {
                    self.fill_list(body);
                }
            }
            CompoundCommand::For { body, .. } | CompoundCommand::ArithFor { body, .. } => {
                self.fill_list(body)
            }
            CompoundCommand::While { cond, body, .. } => {
                self.fill_list(cond);
                self.fill_list(body);
            }
            CompoundCommand::Case { arms, .. } => {
                for arm in arms {
                    self.fill_list(&mut arm.body);
                }
            }
            CompoundCommand::Arith(_) | CompoundCommand::Cond(_) => {}
        }
    }

    // ----- [[ ]] ----------------------------------------------------------------------

    fn parse_cond_command(&mut self) -> PResult<CompoundCommand> {
        if self.peek_cond()? == CondTok::End {
            return Err(self.cond_error("unexpected token `]]' in conditional command"));
        }
        let expr = self.parse_cond_or()?;
        match self.peek_cond()? {
            CondTok::End => {
                self.cur.advance(2);
                Ok(CompoundCommand::Cond(expr))
            }
            CondTok::Eof => Err(self.cond_error("unexpected EOF while looking for `]]'")),
            _ => Err(self.cond_error("syntax error in conditional expression")),
        }
    }

    fn cond_error(&self, message: &str) -> ParseErrorAlias {
        self.error_at(message.to_string(), self.cur.pos)
    }

    /// The next token inside `[[ ]]` (newlines are blanks there), not consumed.
    fn peek_cond(&mut self) -> PResult<CondTok> {
        self.skip_linebreaks()?;
        let rest = self.cur.rest();
        let delim_after = |n: usize| {
            rest.get(n..)
                .and_then(|r| r.chars().next())
                .is_none_or(|c| " \t\n;&|()<>".contains(c))
        };
        Ok(match self.cur.lex::<Op>() {
            None => CondTok::Eof,
            Some((Ok(Op::AndIf), _)) => CondTok::And,
            Some((Ok(Op::OrIf), _)) => CondTok::Or,
            Some((Ok(Op::LParen), _)) => CondTok::LParen,
            Some((Ok(Op::RParen), _)) => CondTok::RParen,
            Some((Ok(Op::Less), _)) => CondTok::Less,
            Some((Ok(Op::Great), _)) => CondTok::Greater,
            _ if rest.starts_with("]]") && delim_after(2) => CondTok::End,
            _ if rest.starts_with('!') && delim_after(1) => CondTok::Not,
            _ => CondTok::Word,
        })
    }

    fn parse_cond_or(&mut self) -> PResult<CondExpr> {
        let mut left = self.parse_cond_and()?;
        while self.peek_cond()? == CondTok::Or {
            self.cur.advance(2);
            let right = self.parse_cond_and()?;
            left = CondExpr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn parse_cond_and(&mut self) -> PResult<CondExpr> {
        let mut left = self.parse_cond_not()?;
        while self.peek_cond()? == CondTok::And {
            self.cur.advance(2);
            let right = self.parse_cond_not()?;
            left = CondExpr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn parse_cond_not(&mut self) -> PResult<CondExpr> {
        self.enter()?;
        let result = match self.peek_cond()? {
            CondTok::Not => {
                self.cur.advance(1);
                self.parse_cond_not().map(|e| CondExpr::Not(Box::new(e)))
            }
            CondTok::LParen => {
                self.cur.advance(1);
                let inner = self.parse_cond_or()?;
                match self.peek_cond()? {
                    CondTok::RParen => {
                        self.cur.advance(1);
                        Ok(inner)
                    }
                    CondTok::Eof => Err(self.cond_error("unexpected EOF while looking for `]]'")),
                    _ => {
                        let text = self.token_text();
                        Err(self.cond_error(&format!("unexpected token `{text}', expected `)'")))
                    }
                }
            }
            _ => self.parse_cond_primary(),
        };
        self.leave();
        result
    }

    fn parse_cond_primary(&mut self) -> PResult<CondExpr> {
        match self.peek_cond()? {
            CondTok::Word => {}
            CondTok::Eof => return Err(self.cond_error("unexpected EOF while looking for `]]'")),
            _ => {
                let text = self.token_text();
                return Err(
                    self.cond_error(&format!("unexpected token `{text}' in conditional command"))
                );
            }
        }
        let Some(left) = self.parse_word()? else {
            return Err(self.unexpected());
        };
        let lit = left.as_literal();
        if let Some(op) = lit.as_deref().and_then(|l| l.strip_prefix('-'))
            && op.len() == 1
            && COND_UNARY.contains(op)
        {
            let op = op.to_string();
            if self.peek_cond()? != CondTok::Word {
                let text = self.cond_token_text();
                return Err(self.cond_error(&format!(
                    "unexpected argument `{text}' to conditional unary operator"
                )));
            }
            let Some(arg) = self.parse_word()? else {
                return Err(self.unexpected());
            };
            return Ok(CondExpr::Unary(op, arg));
        }
        let op = match self.peek_cond()? {
            CondTok::End | CondTok::And | CondTok::Or | CondTok::RParen => {
                return Ok(CondExpr::Word(left));
            }
            CondTok::Less => {
                self.cur.advance(1);
                "<".to_string()
            }
            CondTok::Greater => {
                self.cur.advance(1);
                ">".to_string()
            }
            CondTok::Word => {
                let save = self.cur.pos;
                let op = self.parse_word()?.and_then(|w| w.as_literal());
                match op {
                    Some(op) if COND_BINARY.contains(&op.as_str()) => op,
                    _ => {
                        self.cur.pos = save;
                        return Err(self.cond_error("conditional binary operator expected"));
                    }
                }
            }
            CondTok::Eof => {
                return Err(self.cond_error(
                    "unexpected token `newline', conditional binary operator expected",
                ));
            }
            CondTok::Not | CondTok::LParen => {
                return Err(self.cond_error("conditional binary operator expected"));
            }
        };
        // `!(...)` after a pattern operator is an extended glob, not a negation.
        let next = self.peek_cond()?;
        let extglob = matches!(op.as_str(), "==" | "!=" | "=") && self.cur.starts_with("!(");
        if next != CondTok::Word && !(op == "=~" && self.cur.starts_with("(")) && !extglob {
            let text = self.cond_token_text();
            return Err(self.cond_error(&format!(
                "unexpected argument `{text}' to conditional binary operator"
            )));
        }
        let right = if op == "=~" {
            self.parse_regex_word()?
        } else {
            self.parse_word()?
        };
        let Some(right) = right else {
            return Err(self.unexpected());
        };
        Ok(CondExpr::Binary(left, op, right))
    }

    /// The token inside `[[ ]]` as bash names it in messages.
    fn cond_token_text(&mut self) -> String {
        if self.cur.at_end() {
            "newline".to_string()
        } else {
            self.token_text()
        }
    }
}

type ParseErrorAlias = super::super::ast::ParseError;

/// Splits the text of `for (( a; b; c ))` at its top-level semicolons.
fn split_arith_for(text: Word) -> Vec<Word> {
    let span = text.span;
    let mut out = vec![Word {
        parts: Vec::new(),
        span,
    }];
    for part in text.parts {
        match part {
            WordPart::Literal(s) if s.contains(';') => {
                let mut pieces = s.split(';');
                if let Some(first) = pieces.next() {
                    push_lit(&mut out, first);
                }
                for piece in pieces {
                    out.push(Word {
                        parts: Vec::new(),
                        span,
                    });
                    push_lit(&mut out, piece);
                }
            }
            other => {
                if let Some(last) = out.last_mut() {
                    last.parts.push(other);
                }
            }
        }
    }
    out
}

fn push_lit(out: &mut [Word], s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(last) = out.last_mut() {
        last.parts.push(WordPart::Literal(s.to_string()));
    }
}

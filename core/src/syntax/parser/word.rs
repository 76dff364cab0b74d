//! Words: quoting, escapes, tilde, `$` expansions, command and process
//! substitution, arithmetic text, and the bodies of here-documents.

use super::super::ast::{
    CaseMode, ParamExpr, ParamName, ParamOp, ReplaceMode, Subscript, Word, WordPart,
};
use super::super::lexer::{eof_line, line_of, name_len};
use super::super::token::{ArithTok, DqTok, HereDocTok, ParamWordTok, WordTok};
use super::{PResult, Parser};

/// Where a piece of arithmetic text ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ArithEnd {
    /// `))` (`$(( ))`, `(( ))`, `for (( ))`); a lone `)` means "not arithmetic".
    DoubleParen,
    /// `]` (`$[ ]`, subscripts).
    Bracket,
    /// `:` or `}` (the offset of `${v:off:len}`).
    SubstrOffset,
    /// `}` (the length of `${v:off:len}`).
    Brace,
}

/// Tilde-expansion state while reading the literal runs of one word.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tilde {
    /// A `~` here starts a tilde prefix.
    ok: bool,
    /// Inside an assignment value: `:` allows another tilde.
    assign: bool,
    /// An `=` was seen already (only the first one can make a word assignment-like).
    seen_eq: bool,
}

impl Tilde {
    fn word(assign: bool) -> Self {
        Tilde {
            ok: true,
            assign,
            seen_eq: assign,
        }
    }

    fn none() -> Self {
        Tilde {
            ok: false,
            assign: false,
            seen_eq: true,
        }
    }
}

/// Appends unquoted or quoted text, merging it with a preceding literal.
pub(super) fn push_lit(parts: &mut Vec<WordPart>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(WordPart::Literal(last)) = parts.last_mut() {
        last.push_str(s);
    } else {
        parts.push(WordPart::Literal(s.to_string()));
    }
}

/// Whether `prefix` (the text before `=`) makes a word an assignment: `NAME`,
/// `NAME+`, `NAME[...]`, `NAME[...]+`.
fn is_assign_prefix(prefix: &str) -> bool {
    let p = prefix.strip_suffix('+').unwrap_or(prefix);
    let n = name_len(p);
    n > 0 && (n == p.len() || (p.get(n..).is_some_and(|r| r.starts_with('[')) && p.ends_with(']')))
}

impl Parser<'_> {
    /// An ordinary word at the cursor, or `None` when none starts here.
    pub(super) fn parse_word(&mut self) -> PResult<Option<Word>> {
        self.parse_word_impl(false)
    }

    /// The value of an assignment (tilde after `=` and `:`); possibly empty.
    pub(super) fn parse_assign_value(&mut self) -> PResult<Word> {
        let pos = self.cur.pos;
        Ok(self.parse_word_impl(true)?.unwrap_or_else(|| Word {
            parts: Vec::new(),
            span: self.span(pos, pos),
        }))
    }

    fn parse_word_impl(&mut self, assign: bool) -> PResult<Option<Word>> {
        let start = self.cur.pos;
        let mut parts = Vec::new();
        let mut tilde = Tilde::word(assign);
        while let Some((Ok(tok), len)) = self.cur.lex::<WordTok>() {
            self.word_token(&mut parts, tok, len, &mut tilde)?;
        }
        if parts.is_empty() {
            return Ok(None);
        }
        Ok(Some(Word {
            parts,
            span: self.span(start, self.cur.pos),
        }))
    }

    /// Consumes one token of an unquoted word into `parts`.
    fn word_token(
        &mut self,
        parts: &mut Vec<WordPart>,
        tok: WordTok,
        len: usize,
        tilde: &mut Tilde,
    ) -> PResult<()> {
        let start = self.cur.pos;
        let text = self.cur.slice(start, start + len);
        if tok != WordTok::Lit {
            tilde.ok = false;
        }
        match tok {
            WordTok::Lit => {
                self.cur.advance(len);
                if text.ends_with(['@', '*', '+', '?', '!']) && self.cur.peek() == Some('(') {
                    let ext_start = self.cur.pos;
                    self.skip_balanced_parens()?;
                    push_lit(parts, text);
                    push_lit(parts, self.cur.slice(ext_start, self.cur.pos));
                    tilde.ok = false;
                } else {
                    let ends = text.contains('~')
                        && !matches!(self.cur.lex::<WordTok>(), Some((Ok(_), _)));
                    push_word_lit(parts, text, tilde, ends);
                }
            }
            WordTok::LineCont => self.cur.advance(len),
            WordTok::Escape => {
                self.cur.advance(len);
                if let Some(c) = text.chars().nth(1) {
                    parts.push(WordPart::Escaped(c));
                }
            }
            WordTok::LoneBackslash => {
                self.cur.advance(len);
                push_lit(parts, "\\");
            }
            WordTok::SQuote => parts.push(self.parse_single_quoted()?),
            WordTok::AnsiQuote => parts.push(self.parse_ansi_c()?),
            WordTok::DQuote => {
                self.cur.advance(len);
                let inner = self.parse_dq(start)?;
                parts.push(WordPart::DoubleQuoted(inner));
            }
            WordTok::Backtick => parts.push(self.parse_backtick(false)?),
            WordTok::Dollar => self.parse_dollar(parts, false)?,
            WordTok::ProcIn | WordTok::ProcOut => {
                self.cur.advance(2);
                let body = self.parse_comsub_body(start)?;
                parts.push(WordPart::ProcessSub {
                    output: tok == WordTok::ProcOut,
                    body: Box::new(body),
                });
            }
        }
        Ok(())
    }

    /// Skips `( ... )` of an extended glob, with nesting, as plain text.
    fn skip_balanced_parens(&mut self) -> PResult<()> {
        let open = self.cur.pos;
        let mut depth = 0u32;
        while let Some(c) = self.cur.bump() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Ok(());
                    }
                }
                '\\' => {
                    self.cur.bump();
                }
                _ => {}
            }
        }
        Err(self.unmatched(')', open))
    }

    /// The right side of `=~`: unquoted parentheses, `|` and (inside parentheses)
    /// blanks belong to the regex.
    pub(super) fn parse_regex_word(&mut self) -> PResult<Option<Word>> {
        let start = self.cur.pos;
        let mut parts = Vec::new();
        let mut depth = 0u32;
        let mut tilde = Tilde::none();
        while let Some(c) = self.cur.peek() {
            let top = depth == 0;
            match c {
                ' ' | '\t' | '\n' | '&' | ';' if top => break,
                ')' if top => break,
                '|' if top && self.cur.peek2() == Some('|') => break,
                '(' | ')' | '|' | '<' | '>' | ' ' | '\t' | '\n' | '&' | ';' => {
                    if c == '(' {
                        depth += 1;
                    } else if c == ')' {
                        depth -= 1;
                    }
                    self.cur.bump();
                    let mut buf = [0u8; 4];
                    push_lit(&mut parts, c.encode_utf8(&mut buf));
                }
                _ => match self.cur.lex::<WordTok>() {
                    Some((Ok(WordTok::ProcIn | WordTok::ProcOut), _))
                    | Some((Err(()), _))
                    | None => {
                        break;
                    }
                    Some((Ok(tok), len)) => {
                        if tok == WordTok::Lit {
                            self.cur.advance(len);
                            push_lit(&mut parts, self.cur.slice(self.cur.pos - len, self.cur.pos));
                        } else {
                            self.word_token(&mut parts, tok, len, &mut tilde)?;
                        }
                    }
                },
            }
        }
        if parts.is_empty() {
            return Ok(None);
        }
        Ok(Some(Word {
            parts,
            span: self.span(start, self.cur.pos),
        }))
    }

    /// `'...'` at the cursor.
    fn parse_single_quoted(&mut self) -> PResult<WordPart> {
        let open = self.cur.pos;
        self.cur.advance(1);
        let rest = self.cur.rest();
        let Some(end) = rest.find('\'') else {
            return Err(self.unmatched('\'', open));
        };
        let text = rest.get(..end).unwrap_or("").to_string();
        self.cur.advance(end + 1);
        Ok(WordPart::SingleQuoted(text))
    }

    /// `$'...'` at the cursor, with its escapes decoded.
    pub(super) fn parse_ansi_c(&mut self) -> PResult<WordPart> {
        let open = self.cur.pos;
        self.cur.advance(2);
        let mut out = String::new();
        loop {
            match self.cur.bump() {
                None => return Err(self.unmatched('\'', open)),
                Some('\'') => {
                    // As in bash, the string ends at its first NUL (`$'a\0b'` is `a`).
                    if let Some(nul) = out.find('\0') {
                        out.truncate(nul);
                    }
                    return Ok(WordPart::AnsiC(out));
                }
                Some('\\') => {
                    let Some(c) = self.cur.bump() else {
                        return Err(self.unmatched('\'', open));
                    };
                    match c {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'a' => out.push('\x07'),
                        'b' => out.push('\x08'),
                        'e' | 'E' => out.push('\x1b'),
                        'f' => out.push('\x0c'),
                        'v' => out.push('\x0b'),
                        '\\' | '\'' | '"' | '?' => out.push(c),
                        '0'..='7' => {
                            let mut n = c.to_digit(8).unwrap_or(0);
                            for _ in 0..2 {
                                match self.cur.peek().and_then(|d| d.to_digit(8)) {
                                    Some(d) => {
                                        n = n * 8 + d;
                                        self.cur.bump();
                                    }
                                    None => break,
                                }
                            }
                            out.push(char::from_u32(n & 0xff).unwrap_or('\u{fffd}'));
                        }
                        'x' | 'u' | 'U' => {
                            let max = match c {
                                'x' => 2,
                                'u' => 4,
                                _ => 8,
                            };
                            let mut n: u32 = 0;
                            let mut digits = 0;
                            while digits < max {
                                match self.cur.peek().and_then(|d| d.to_digit(16)) {
                                    Some(d) => {
                                        n = n.wrapping_mul(16).wrapping_add(d);
                                        digits += 1;
                                        self.cur.bump();
                                    }
                                    None => break,
                                }
                            }
                            if digits == 0 {
                                out.push('\\');
                                out.push(c);
                            } else {
                                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                            }
                        }
                        'c' => match self.cur.bump() {
                            Some(x) => {
                                let code = (x as u32) & 0x1f;
                                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            }
                            None => return Err(self.unmatched('\'', open)),
                        },
                        other => {
                            out.push('\\');
                            out.push(other);
                        }
                    }
                }
                Some(c) => out.push(c),
            }
        }
    }

    /// The inside of `"..."`, the cursor just past the opening quote at `open`.
    pub(super) fn parse_dq(&mut self, open: usize) -> PResult<Vec<WordPart>> {
        self.enter()?;
        let result = self.parse_dq_inner(open);
        self.leave();
        result
    }

    fn parse_dq_inner(&mut self, open: usize) -> PResult<Vec<WordPart>> {
        let mut parts = Vec::new();
        loop {
            let Some((Ok(tok), len)) = self.cur.lex::<DqTok>() else {
                return Err(self.unmatched('"', open));
            };
            let start = self.cur.pos;
            match tok {
                DqTok::Lit => {
                    self.cur.advance(len);
                    push_lit(&mut parts, self.cur.slice(start, start + len));
                }
                DqTok::Escape => {
                    self.cur.advance(len);
                    push_lit(&mut parts, self.cur.slice(start + 1, start + len));
                }
                DqTok::LineCont => self.cur.advance(len),
                DqTok::Backslash => {
                    self.cur.advance(len);
                    push_lit(&mut parts, "\\");
                }
                DqTok::End => {
                    self.cur.advance(len);
                    return Ok(parts);
                }
                DqTok::Dollar => self.parse_dollar(&mut parts, true)?,
                DqTok::Backtick => parts.push(self.parse_backtick(true)?),
            }
        }
    }

    /// The whole text as the body of an unquoted here-document.
    pub(super) fn parse_heredoc_body(&mut self) -> PResult<Vec<WordPart>> {
        let mut parts = Vec::new();
        while let Some((Ok(tok), len)) = self.cur.lex::<HereDocTok>() {
            let start = self.cur.pos;
            match tok {
                HereDocTok::Lit => {
                    self.cur.advance(len);
                    push_lit(&mut parts, self.cur.slice(start, start + len));
                }
                HereDocTok::Escape => {
                    self.cur.advance(len);
                    push_lit(&mut parts, self.cur.slice(start + 1, start + len));
                }
                HereDocTok::LineCont => self.cur.advance(len),
                HereDocTok::Backslash => {
                    self.cur.advance(len);
                    push_lit(&mut parts, "\\");
                }
                HereDocTok::Dollar => self.parse_dollar(&mut parts, true)?,
                HereDocTok::Backtick => parts.push(self.parse_backtick(true)?),
            }
        }
        Ok(parts)
    }

    /// `` `...` `` at the cursor: unescape, then parse the text as a script.
    fn parse_backtick(&mut self, in_dq: bool) -> PResult<WordPart> {
        let open = self.cur.pos;
        self.cur.advance(1);
        let mut text = String::new();
        loop {
            match self.cur.bump() {
                None => return Err(self.unmatched('`', open)),
                Some('`') => break,
                Some('\\') => match self.cur.peek() {
                    Some(c) if c == '$' || c == '`' || c == '\\' || (in_dq && c == '"') => {
                        self.cur.bump();
                        text.push(c);
                    }
                    _ => text.push('\\'),
                },
                Some(c) => text.push(c),
            }
        }
        let base_line = self.base_line + line_of(self.cur.src, open) - 1;
        let mut sub = Parser::new(&text, self.base + open + 1, base_line, self.depth);
        let list = sub.parse_program()?;
        self.warnings.append(&mut sub.warnings);
        Ok(WordPart::CommandSub(Box::new(list)))
    }

    /// The list of `$( ... )` or `<( ... )`, the cursor just inside; consumes the `)`.
    pub(super) fn parse_comsub_body(&mut self, open: usize) -> PResult<super::super::ast::List> {
        self.enter()?;
        let result = self.parse_comsub_body_inner(open);
        self.leave();
        result
    }

    fn parse_comsub_body_inner(&mut self, open: usize) -> PResult<super::super::ast::List> {
        let _ = open;
        let saved = std::mem::take(&mut self.pending);
        let mut list = self.parse_list()?;
        self.skip_linebreaks()?;
        if self.cur.at_end() {
            let end = self.cur.src.len();
            return Err(super::super::ast::ParseError {
                message: "unexpected EOF while looking for matching `)'".to_string(),
                span: self.span(end, end),
                line: self.base_line + eof_line(self.cur.src),
            });
        }
        if self.cur.peek() != Some(')') {
            return Err(self.unexpected());
        }
        let close = self.cur.pos;
        self.cur.advance(1);
        self.fill_list(&mut list);
        let inner = std::mem::replace(&mut self.pending, saved);
        if !inner.is_empty() {
            let line = self.base_line + line_of(self.cur.src, close);
            self.warnings.push((
                line,
                format!(
                    "warning: command substitution: {} unterminated here-document{}",
                    inner.len(),
                    if inner.len() == 1 { "" } else { "s" }
                ),
            ));
        }
        self.pending.extend(inner);
        Ok(list)
    }

    /// A `$` at the cursor: an expansion, or a literal `$`.
    fn parse_dollar(&mut self, parts: &mut Vec<WordPart>, in_dq: bool) -> PResult<()> {
        let start = self.cur.pos;
        self.cur.advance(1);
        let simple = |name| {
            WordPart::Param(Box::new(ParamExpr {
                name,
                subscript: None,
                indirect: false,
                op: None,
            }))
        };
        match self.cur.peek() {
            Some('(') => {
                if self.cur.starts_with("((") {
                    let save = self.cur.pos;
                    self.cur.advance(2);
                    if let Some(w) = self.parse_arith_text(ArithEnd::DoubleParen, start)? {
                        parts.push(WordPart::ArithSub(Box::new(w)));
                        return Ok(());
                    }
                    self.cur.pos = save;
                }
                self.cur.advance(1);
                let list = self.parse_comsub_body(start)?;
                parts.push(WordPart::CommandSub(Box::new(list)));
            }
            Some('{') => match self.parse_braced_param(start, in_dq)? {
                Ok(p) => parts.push(WordPart::Param(Box::new(p))),
                Err(fatal) => {
                    let text = self.skip_bad_substitution(start)?;
                    parts.push(WordPart::BadSubstitution { text, fatal });
                }
            },
            Some('[') => {
                self.cur.advance(1);
                let w = self
                    .parse_arith_text(ArithEnd::Bracket, start)?
                    .unwrap_or_default();
                parts.push(WordPart::ArithSub(Box::new(w)));
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let n = self.cur.name_len();
                let name = self.cur.slice(self.cur.pos, self.cur.pos + n).to_string();
                self.cur.advance(n);
                parts.push(simple(ParamName::Var(name)));
            }
            Some(c) if c.is_ascii_digit() => {
                self.cur.advance(1);
                parts.push(simple(ParamName::Positional(c.to_digit(10).unwrap_or(0))));
            }
            Some(c) if "@*#?-$!".contains(c) => {
                self.cur.advance(1);
                parts.push(simple(ParamName::Special(c)));
            }
            _ => push_lit(parts, "$"),
        }
        Ok(())
    }

    /// `${...}`, the cursor on the `{`; `open` is the `$`.
    /// `Ok(Err(fatal))` for a bad substitution (see [`Parser::skip_bad_substitution`]).
    fn parse_braced_param(&mut self, open: usize, in_dq: bool) -> PResult<Result<ParamExpr, bool>> {
        self.enter_by(3)?;
        self.cur.advance(1);
        let result = self.parse_braced_param_inner(open, in_dq);
        self.leave_by(3);
        result
    }

    fn parse_braced_param_inner(
        &mut self,
        open: usize,
        in_dq: bool,
    ) -> PResult<Result<ParamExpr, bool>> {
        let expr = |name, subscript, indirect, op| {
            Ok(ParamExpr {
                name,
                subscript,
                indirect,
                op,
            })
        };
        if self.cur.peek() == Some('#') {
            if self.cur.peek2() == Some('}') {
                self.cur.advance(2);
                return Ok(expr(ParamName::Special('#'), None, false, None));
            }
            let save = self.cur.pos;
            self.cur.advance(1);
            if let Some(name) = self.param_name() {
                let subscript = self.param_subscript(open)?;
                if self.cur.peek() == Some('}') {
                    self.cur.advance(1);
                    return Ok(expr(name, subscript, false, Some(ParamOp::Length)));
                }
            }
            self.cur.pos = save;
        }
        let mut indirect = false;
        // `${!-w}`, `${!:-w}`: an operator right after `!` means the parameter `$!`.
        let bang_is_param = matches!(self.cur.peek2(), Some('-' | ':' | '=' | '+' | '?'));
        if self.cur.peek() == Some('!') && self.cur.peek2() != Some('}') && !bang_is_param {
            self.cur.advance(1);
            indirect = true;
        }
        let Some(name) = self.param_name() else {
            return Ok(Err(false));
        };
        let subscript = self.param_subscript(open)?;
        if indirect {
            let keys = match (&subscript, &name, self.cur.peek(), self.cur.peek2()) {
                (None, ParamName::Var(_), Some(c @ ('*' | '@')), Some('}')) => {
                    self.cur.advance(2);
                    Some(c)
                }
                (Some(Subscript::At), _, Some('}'), _) => {
                    self.cur.advance(1);
                    Some('@')
                }
                (Some(Subscript::Star), _, Some('}'), _) => {
                    self.cur.advance(1);
                    Some('*')
                }
                _ => None,
            };
            if let Some(c) = keys {
                return Ok(expr(name, subscript, true, Some(ParamOp::Keys(c))));
            }
        }
        Ok(match self.parse_param_op(open, in_dq)? {
            Ok(op) => expr(name, subscript, indirect, op),
            Err(fatal) => Err(fatal),
        })
    }

    /// The parameter name inside `${`.
    fn param_name(&mut self) -> Option<ParamName> {
        let rest = self.cur.rest();
        let n = name_len(rest);
        if n > 0 {
            let name = rest.get(..n).unwrap_or("").to_string();
            self.cur.advance(n);
            return Some(ParamName::Var(name));
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            let n = rest.get(..digits)?.parse::<u32>().ok()?;
            self.cur.advance(digits);
            return Some(ParamName::Positional(n));
        }
        match self.cur.peek() {
            Some(c) if "@*#?-$!".contains(c) => {
                self.cur.advance(1);
                Some(ParamName::Special(c))
            }
            _ => None,
        }
    }

    /// `[@]`, `[*]` or `[expr]` after a parameter name.
    fn param_subscript(&mut self, open: usize) -> PResult<Option<Subscript>> {
        if self.cur.peek() != Some('[') {
            return Ok(None);
        }
        if self.cur.starts_with("[@]") {
            self.cur.advance(3);
            return Ok(Some(Subscript::At));
        }
        if self.cur.starts_with("[*]") {
            self.cur.advance(3);
            return Ok(Some(Subscript::Star));
        }
        self.cur.advance(1);
        match self.parse_arith_text(ArithEnd::Bracket, open) {
            Ok(w) => Ok(Some(Subscript::Index(w.unwrap_or_default()))),
            Err(_) => Err(self.unmatched('}', open)),
        }
    }

    /// Moves the cursor past the `}` that closes the bad substitution opened
    /// by the `$` at `open` and returns its text (bash reports it when the word is
    /// expanded). Nested `${ }`, quotes and backslashes are skipped like bash does.
    fn skip_bad_substitution(&mut self, open: usize) -> PResult<String> {
        let text = self.cur.slice(open, self.cur.src.len());
        let bytes = text.as_bytes();
        let mut depth = 0u32;
        let mut i = 0;
        let mut quote: Option<u8> = None;
        while let Some(&b) = bytes.get(i) {
            match (quote, b) {
                (Some(b'\''), b'\'') => quote = None,
                (Some(b'\''), _) => {}
                (_, b'\\') => i += 1,
                (Some(b'"'), b'"') => quote = None,
                (Some(b'"'), _) => {}
                (None, b'\'' | b'"') => quote = Some(b),
                (_, b'$') if bytes.get(i + 1) == Some(&b'{') => {
                    depth += 1;
                    i += 1;
                }
                (_, b'}') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        let end = open + i + 1;
                        self.cur.pos = end;
                        return Ok(self.cur.slice(open, end).to_string());
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Err(self.unmatched('}', open))
    }

    /// The operator of `${name...}` and its operands, through the closing `}`.
    /// `Ok(Err(fatal))` for a bad substitution; `fatal` for an unknown `@` operator.
    fn parse_param_op(
        &mut self,
        open: usize,
        in_dq: bool,
    ) -> PResult<Result<Option<ParamOp>, bool>> {
        let Some(c) = self.cur.peek() else {
            return Err(self.unmatched('}', open));
        };
        let colon = c == ':';
        let op_char = if colon { self.cur.peek2() } else { Some(c) };
        let op = match (c, op_char) {
            ('}', _) => {
                self.cur.advance(1);
                return Ok(Ok(None));
            }
            (_, Some(o @ ('-' | '=' | '?' | '+'))) => {
                self.cur.advance(if colon { 2 } else { 1 });
                let (word, _) = self.param_word(open, false, in_dq, false)?;
                match o {
                    '-' => ParamOp::Default { colon, word },
                    '=' => ParamOp::Assign { colon, word },
                    '?' => ParamOp::Error { colon, word },
                    _ => ParamOp::Alternative { colon, word },
                }
            }
            (':', _) => {
                self.cur.advance(1);
                let offset = self
                    .parse_arith_text(ArithEnd::SubstrOffset, open)?
                    .unwrap_or_default();
                let ended_colon = self.cur.pos > 0
                    && self.cur.src.as_bytes().get(self.cur.pos - 1) == Some(&b':');
                let length = if ended_colon {
                    Some(
                        self.parse_arith_text(ArithEnd::Brace, open)?
                            .unwrap_or_default(),
                    )
                } else {
                    None
                };
                ParamOp::Substring { offset, length }
            }
            ('#' | '%', _) => {
                self.cur.advance(1);
                let longest = self.cur.peek() == Some(c);
                if longest {
                    self.cur.advance(1);
                }
                let (pattern, _) = self.param_word(open, false, in_dq, true)?;
                if c == '#' {
                    ParamOp::RemovePrefix { longest, pattern }
                } else {
                    ParamOp::RemoveSuffix { longest, pattern }
                }
            }
            ('/', _) => {
                self.cur.advance(1);
                let mode = match self.cur.peek() {
                    Some('/') => ReplaceMode::All,
                    Some('#') => ReplaceMode::Prefix,
                    Some('%') => ReplaceMode::Suffix,
                    _ => ReplaceMode::First,
                };
                if mode != ReplaceMode::First {
                    self.cur.advance(1);
                }
                let (pattern, slash) = self.param_word(open, true, in_dq, true)?;
                let replacement = if slash {
                    Some(self.param_word(open, false, in_dq, false)?.0)
                } else {
                    None
                };
                ParamOp::Replace {
                    mode,
                    pattern,
                    replacement,
                }
            }
            ('^' | ',' | '~', _) => {
                self.cur.advance(1);
                let all = self.cur.peek() == Some(c);
                if all {
                    self.cur.advance(1);
                }
                let pattern = if self.cur.peek() == Some('}') {
                    self.cur.advance(1);
                    None
                } else {
                    Some(self.param_word(open, false, in_dq, true)?.0)
                };
                let mode = match c {
                    '^' => CaseMode::Upper,
                    ',' => CaseMode::Lower,
                    _ => CaseMode::Toggle,
                };
                ParamOp::Case { mode, all, pattern }
            }
            ('@', _) => {
                self.cur.advance(1);
                match (self.cur.peek(), self.cur.peek2()) {
                    (Some(letter), Some('}')) if "QEPAKakuUL".contains(letter) => {
                        self.cur.advance(2);
                        ParamOp::Transform(letter)
                    }
                    _ => return Ok(Err(true)),
                }
            }
            _ => return Ok(Err(false)),
        };
        Ok(Ok(Some(op)))
    }

    /// The word operand inside `${...}`, through `}` (or `/` with `stop_slash`,
    /// reported by the `bool`).
    fn param_word(
        &mut self,
        open: usize,
        stop_slash: bool,
        in_dq: bool,
        pattern: bool,
    ) -> PResult<(Word, bool)> {
        let start = self.cur.pos;
        let mut parts = Vec::new();
        let mut tilde = if in_dq {
            Tilde::none()
        } else {
            Tilde::word(false)
        };
        tilde.seen_eq = true;
        let done = |p: &Self, parts, slash| {
            Ok((
                Word {
                    parts,
                    span: p.span(start, p.cur.pos),
                },
                slash,
            ))
        };
        loop {
            let Some((Ok(tok), len)) = self.cur.lex::<ParamWordTok>() else {
                return Err(self.unmatched('}', open));
            };
            let s = self.cur.pos;
            let text = self.cur.slice(s, s + len);
            if tok != ParamWordTok::Lit {
                tilde.ok = false;
            }
            match tok {
                ParamWordTok::Lit => {
                    self.cur.advance(len);
                    let ends = text.contains('~')
                        && matches!(self.cur.peek(), None | Some('}') | Some('/'));
                    push_word_lit(&mut parts, text, &mut tilde, ends);
                }
                ParamWordTok::Slash => {
                    self.cur.advance(1);
                    if stop_slash {
                        return done(self, parts, true);
                    }
                    push_lit(&mut parts, "/");
                }
                ParamWordTok::End => {
                    self.cur.advance(1);
                    return done(self, parts, false);
                }
                ParamWordTok::LineCont => self.cur.advance(len),
                ParamWordTok::Escape => {
                    self.cur.advance(len);
                    if let Some(c) = text.chars().nth(1) {
                        parts.push(WordPart::Escaped(c));
                    }
                }
                ParamWordTok::LoneBackslash => {
                    self.cur.advance(len);
                    push_lit(&mut parts, "\\");
                }
                ParamWordTok::SQuote if in_dq && !pattern => {
                    self.cur.advance(1);
                    push_lit(&mut parts, "'");
                }
                ParamWordTok::SQuote => parts.push(self.parse_single_quoted()?),
                ParamWordTok::AnsiQuote if in_dq => {
                    self.cur.advance(1);
                    push_lit(&mut parts, "$");
                }
                ParamWordTok::AnsiQuote => parts.push(self.parse_ansi_c()?),
                ParamWordTok::DQuote => {
                    self.cur.advance(len);
                    let inner = self.parse_dq(s)?;
                    parts.push(WordPart::DoubleQuoted(inner));
                }
                ParamWordTok::Backtick => parts.push(self.parse_backtick(in_dq)?),
                ParamWordTok::Dollar => self.parse_dollar(&mut parts, in_dq)?,
            }
        }
    }

    /// Arithmetic text up to its end (consumed). `Ok(None)` for
    /// [`ArithEnd::DoubleParen`] when a lone `)` shows the text is not arithmetic.
    pub(super) fn parse_arith_text(&mut self, end: ArithEnd, open: usize) -> PResult<Option<Word>> {
        self.enter()?;
        let result = self.parse_arith_text_inner(end, open);
        self.leave();
        result
    }

    fn parse_arith_text_inner(&mut self, end: ArithEnd, open: usize) -> PResult<Option<Word>> {
        let start = self.cur.pos;
        let mut parts = Vec::new();
        let mut parens = 0u32;
        let mut brackets = 0u32;
        let mut ternary = 0u32;
        let closing = match end {
            ArithEnd::DoubleParen => ')',
            ArithEnd::Bracket => ']',
            ArithEnd::SubstrOffset | ArithEnd::Brace => '}',
        };
        loop {
            let Some((Ok(tok), len)) = self.cur.lex::<ArithTok>() else {
                return Err(self.unmatched(closing, open));
            };
            let s = self.cur.pos;
            let text = self.cur.slice(s, s + len);
            let word = |p: &Self, parts| Word {
                parts,
                span: p.span(start, s),
            };
            let substr = matches!(end, ArithEnd::SubstrOffset | ArithEnd::Brace);
            match tok {
                ArithTok::LParen => parens += 1,
                ArithTok::RParen if parens > 0 => parens -= 1,
                ArithTok::RParen if end == ArithEnd::DoubleParen => {
                    if self.cur.starts_with("))") {
                        self.cur.advance(2);
                        return Ok(Some(word(self, parts)));
                    }
                    return Ok(None);
                }
                ArithTok::LBracket => brackets += 1,
                ArithTok::RBracket if brackets > 0 => brackets -= 1,
                ArithTok::RBracket if end == ArithEnd::Bracket => {
                    self.cur.advance(1);
                    return Ok(Some(word(self, parts)));
                }
                ArithTok::RBrace if substr && parens == 0 => {
                    self.cur.advance(1);
                    return Ok(Some(word(self, parts)));
                }
                ArithTok::Question => ternary += 1,
                ArithTok::Colon if ternary > 0 => ternary -= 1,
                ArithTok::Colon if end == ArithEnd::SubstrOffset && parens == 0 => {
                    self.cur.advance(1);
                    return Ok(Some(word(self, parts)));
                }
                ArithTok::LineCont => {
                    self.cur.advance(len);
                    continue;
                }
                ArithTok::DQuote => {
                    self.cur.advance(1);
                    let inner = self.parse_dq(s)?;
                    parts.push(WordPart::DoubleQuoted(inner));
                    continue;
                }
                ArithTok::SQuote => {
                    parts.push(self.parse_single_quoted()?);
                    continue;
                }
                ArithTok::Dollar => {
                    self.parse_dollar(&mut parts, false)?;
                    continue;
                }
                ArithTok::Backtick => {
                    parts.push(self.parse_backtick(false)?);
                    continue;
                }
                _ => {}
            }
            self.cur.advance(len);
            push_lit(&mut parts, text);
        }
    }
}

/// Appends a literal run of an unquoted word, turning tilde prefixes into
/// [`WordPart::Tilde`]: at the start of the word, and in assignment-like words
/// after the first `=` and after each `:`. `ends_after` tells whether the word
/// ends right after this run.
pub(super) fn push_word_lit(
    parts: &mut Vec<WordPart>,
    text: &str,
    st: &mut Tilde,
    ends_after: bool,
) {
    let mut seg = 0;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        if st.ok && c == '~' {
            let after = text.get(i + 1..).unwrap_or("");
            let stop = after
                .find(|ch| ch == '/' || (st.assign && ch == ':'))
                .unwrap_or(after.len());
            if stop < after.len() || ends_after {
                push_lit(parts, text.get(seg..i).unwrap_or(""));
                parts.push(WordPart::Tilde(after.get(..stop).unwrap_or("").to_string()));
                seg = i + 1 + stop;
                skip_to = seg;
                st.ok = false;
                continue;
            }
        }
        st.ok = false;
        if c == '=' && !st.seen_eq {
            st.seen_eq = true;
            let prior = match parts.as_slice() {
                [] => Some(""),
                [WordPart::Literal(s)] => Some(s.as_str()),
                _ => None,
            };
            if let Some(prior) = prior {
                let mut prefix = prior.to_string();
                prefix.push_str(text.get(..i).unwrap_or(""));
                if is_assign_prefix(&prefix) {
                    st.assign = true;
                    st.ok = true;
                }
            }
        } else if c == ':' && st.assign {
            st.ok = true;
        }
    }
    push_lit(parts, text.get(seg..).unwrap_or(""));
}

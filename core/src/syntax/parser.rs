//! The hand-written recursive-descent parser: lists, pipelines, simple commands,
//! redirections and here-documents. Compound commands live in `compound`, words
//! in `word`, assignment words in `assign`.
//!
//! The parser is total: every input gives an AST or a [`ParseError`] worded like
//! bash's, nesting is bounded by [`MAX_DEPTH`], and nothing in here can panic.
//!
//! Unterminated quotes give bash's first line, e.g.
//! ``unexpected EOF while looking for matching `"'``; bash then prints a second line,
//! `syntax error: unexpected end of file`, which the caller may add.

mod assign;
mod compound;
#[cfg(test)]
mod tests;
mod word;

pub use assign::parse_assignment_word;

use super::ast::{
    AndOr, AndOrOp, Command, List, ListItem, ParseError, Pipeline, Redirect, RedirectOp, Script,
    SimpleCommand, Span, TimeFormat, Word, WordPart,
};
use super::lexer::{Cursor, eof_line, line_of};
use super::token::Op;

/// How deeply lists, words and conditions may nest before parsing gives up.
pub const MAX_DEPTH: u32 = 200;

/// The builtins whose assignment-like arguments may carry `NAME=(...)` arrays.
const DECL_BUILTINS: [&str; 5] = ["declare", "typeset", "local", "export", "readonly"];

/// Words that are reserved in command position.
const RESERVED: [&str; 21] = [
    "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for",
    "in", "function", "select", "time", "{", "}", "!", "[[", "]]",
];

/// Reserved words that close a compound command and so end a list.
const CLOSERS: [&str; 8] = ["then", "elif", "else", "fi", "do", "done", "esac", "}"];

/// For the printer: the list of the `$( )` or `<( )` whose body starts at byte
/// `pos` of `src` (just inside the parenthesis), and the offset after its `)`.
pub(crate) fn comsub_at(src: &str, pos: usize) -> Option<(List, usize)> {
    let mut parser = Parser::new(src, 0, 0, 0);
    parser.cur.pos = pos;
    let list = parser.parse_comsub_body(pos).ok()?;
    Some((list, parser.cur.pos))
}

/// For the printer: `src` read as one `NAME=(...)` assignment word, if it is one.
pub(crate) fn array_assignment(src: &str) -> Option<super::ast::Assignment> {
    let mut parser = Parser::new(src, 0, 0, 0);
    let a = parser.try_assignment().ok()??;
    let whole = parser.cur.at_end();
    (whole && matches!(a.value, super::ast::AssignValue::Array(_))).then_some(a)
}

/// For the printer: the decoded text of the `$'...'` at byte `pos` of `src` (on
/// the `$`), and the offset after its closing quote.
pub(crate) fn ansi_c_at(src: &str, pos: usize) -> Option<(String, usize)> {
    let mut parser = Parser::new(src, 0, 0, 0);
    parser.cur.pos = pos;
    match parser.parse_ansi_c().ok()? {
        WordPart::AnsiC(s) => Some((s, parser.cur.pos)),
        _ => None,
    }
}

/// Parses a whole script.
///
/// # Errors
/// A [`ParseError`] worded like bash's (``syntax error near unexpected token `fi'``,
/// `syntax error: unexpected end of file`, ...) with the line bash reports.
pub fn parse(src: &str) -> Result<Script, ParseError> {
    let mut parser = Parser::new(src, 0, 0, 0);
    let body = parser.parse_program()?;
    Ok(Script {
        body,
        warnings: parser.warnings,
    })
}

type PResult<T> = Result<T, ParseError>;

/// A here-document whose body has not been read yet.
#[derive(Debug)]
struct PendingHereDoc {
    id: usize,
    delim: String,
    quoted: bool,
    strip_tabs: bool,
}

/// The parser state: a cursor plus here-document bookkeeping.
pub(crate) struct Parser<'a> {
    cur: Cursor<'a>,
    /// Offset of `cur.src` in the original script (sub-parsers of backticks and
    /// here-document bodies parse a copy of part of it).
    base: usize,
    /// Lines of the original script before `cur.src`.
    base_line: u32,
    depth: u32,
    pending: Vec<PendingHereDoc>,
    bodies: Vec<Option<Word>>,
    /// Warnings for [`Script::warnings`].
    warnings: Vec<(u32, String)>,
}

/// Marks a here-document target whose body has not been filled in yet.
const UNFILLED: u32 = u32::MAX;

impl<'a> Parser<'a> {
    fn new(src: &'a str, base: usize, base_line: u32, depth: u32) -> Self {
        Parser {
            cur: Cursor::new(src),
            base,
            base_line,
            depth,
            pending: Vec::new(),
            bodies: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// A span from two offsets into this parser's text.
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    // ----- errors -------------------------------------------------------------------

    fn error_at(&self, message: String, pos: usize) -> ParseError {
        ParseError {
            message,
            span: self.span(pos, pos),
            line: self.base_line + line_of(self.cur.src, pos),
        }
    }

    fn eof_error(&self) -> ParseError {
        let end = self.cur.src.len();
        ParseError {
            message: "syntax error: unexpected end of file".to_string(),
            span: self.span(end, end),
            line: self.base_line + eof_line(self.cur.src),
        }
    }

    /// ``unexpected EOF while looking for matching `c'``, reported at the line of `open`.
    fn unmatched(&self, c: char, open: usize) -> ParseError {
        self.error_at(
            format!("unexpected EOF while looking for matching `{c}'"),
            open,
        )
    }

    /// The error for whatever token stands at the cursor (after blanks).
    fn unexpected(&mut self) -> ParseError {
        self.skip_blanks();
        if self.cur.at_end() {
            return self.eof_error();
        }
        let pos = self.cur.pos;
        let text = self.token_text();
        self.error_at(format!("syntax error near unexpected token `{text}'"), pos)
    }

    /// Like [`Parser::unexpected`] where a word is required: the end of the input
    /// then reads as bash's implicit final newline.
    fn unexpected_nl(&mut self) -> ParseError {
        self.skip_blanks();
        if self.cur.at_end() {
            let pos = self.cur.pos;
            return self.error_at(
                "syntax error near unexpected token `newline'".to_string(),
                pos,
            );
        }
        self.unexpected()
    }

    /// How bash names the token at the cursor in error messages.
    fn token_text(&self) -> String {
        match self.cur.lex::<Op>() {
            Some((Ok(Op::Newline), _)) => "newline".to_string(),
            Some((Ok(op), len)) if !matches!(op, Op::ProcIn | Op::ProcOut) => {
                self.cur.slice(self.cur.pos, self.cur.pos + len).to_string()
            }
            _ => {
                let rest = self.cur.rest();
                let end = rest
                    .find(|c: char| " \t\n;&|()<>".contains(c))
                    .unwrap_or(rest.len())
                    .max(1);
                let end = (0..=end)
                    .rev()
                    .find(|i| rest.is_char_boundary(*i))
                    .unwrap_or(0);
                rest.get(..end).unwrap_or("").to_string()
            }
        }
    }

    /// Counts one level of nesting; fails past [`MAX_DEPTH`].
    fn enter(&mut self) -> PResult<()> {
        self.enter_by(1)
    }

    /// Counts `weight` levels of nesting (constructs with deep call chains weigh more).
    fn enter_by(&mut self, weight: u32) -> PResult<()> {
        self.depth += weight;
        if self.depth > MAX_DEPTH {
            return Err(self.error_at("syntax error: nesting too deep".to_string(), self.cur.pos));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.leave_by(1);
    }

    fn leave_by(&mut self, weight: u32) {
        self.depth = self.depth.saturating_sub(weight);
    }

    // ----- tokens ---------------------------------------------------------------------

    /// Skips blanks, backslash-newlines and comments (not newlines).
    fn skip_blanks(&mut self) {
        while let Some((Ok(Op::Blank | Op::LineCont | Op::Comment), len)) = self.cur.lex::<Op>() {
            self.cur.advance(len);
        }
    }

    /// Skips blanks, comments and newlines, reading pending here-documents.
    fn skip_linebreaks(&mut self) -> PResult<()> {
        loop {
            self.skip_blanks();
            if self.cur.peek() == Some('\n') {
                self.cur.advance(1);
                self.read_heredocs()?;
            } else {
                return Ok(());
            }
        }
    }

    /// The operator at the cursor (after blanks), not consumed. Process
    /// substitutions are words, not operators.
    fn peek_op(&mut self) -> Option<Op> {
        self.skip_blanks();
        match self.cur.lex::<Op>() {
            Some((Ok(Op::ProcIn | Op::ProcOut), _)) => None,
            Some((Ok(op), _)) => Some(op),
            _ => None,
        }
    }

    /// Consumes the operator at the cursor.
    fn bump_op(&mut self) {
        if let Some((Ok(_), len)) = self.cur.lex::<Op>() {
            self.cur.advance(len);
        }
    }

    /// The reserved word at the cursor (after blanks), not consumed.
    fn peek_reserved(&mut self) -> Option<&'static str> {
        self.skip_blanks();
        let rest = self.cur.rest();
        RESERVED.into_iter().find(|w| {
            rest.starts_with(w)
                && rest
                    .get(w.len()..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|c| " \t\n;&|()<>".contains(c))
        })
    }

    /// Consumes the reserved word `kw`, or fails like bash.
    fn expect_reserved(&mut self, kw: &str) -> PResult<()> {
        if self.peek_reserved() == Some(kw) {
            self.cur.advance(kw.len());
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// Whether a list ends here: end of input, `)`, a case terminator or a closing
    /// reserved word.
    fn at_list_end(&mut self) -> bool {
        if self.cur.at_end() {
            return true;
        }
        if matches!(
            self.peek_op(),
            Some(Op::RParen | Op::DSemi | Op::SemiAmp | Op::DSemiAmp)
        ) {
            return true;
        }
        self.peek_reserved().is_some_and(|w| CLOSERS.contains(&w))
    }

    // ----- lists ------------------------------------------------------------------------

    /// The whole text: a list that must reach the end of the input.
    fn parse_program(&mut self) -> PResult<List> {
        let mut list = self.parse_list()?;
        self.skip_linebreaks()?;
        if !self.cur.at_end() {
            return Err(self.unexpected());
        }
        self.read_heredocs()?;
        self.fill_list(&mut list);
        Ok(list)
    }

    /// A list of and-or lists up to a closer (not consumed). May be empty.
    fn parse_list(&mut self) -> PResult<List> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            self.skip_linebreaks()?;
            if self.at_list_end() {
                break;
            }
            let start = self.cur.pos;
            let and_or = self.parse_and_or()?;
            let end = self.cur.pos;
            let background = match self.peek_op() {
                Some(Op::Semi) => {
                    self.bump_op();
                    false
                }
                Some(Op::Amp) => {
                    self.bump_op();
                    true
                }
                Some(Op::Newline) => false,
                _ => {
                    items.push(ListItem {
                        and_or,
                        background: false,
                        span: self.span(start, end),
                    });
                    break;
                }
            };
            items.push(ListItem {
                and_or,
                background,
                span: self.span(start, end),
            });
        }
        self.leave();
        Ok(List { items })
    }

    /// A list that must not be empty (the bodies of compound commands).
    fn parse_nonempty_list(&mut self) -> PResult<List> {
        let list = self.parse_list()?;
        if list.items.is_empty() {
            return Err(self.unexpected());
        }
        Ok(list)
    }

    fn parse_and_or(&mut self) -> PResult<AndOr> {
        let first = self.parse_pipeline()?;
        let mut rest = Vec::new();
        loop {
            let op = match self.peek_op() {
                Some(Op::AndIf) => AndOrOp::And,
                Some(Op::OrIf) => AndOrOp::Or,
                _ => break,
            };
            self.bump_op();
            self.skip_linebreaks()?;
            rest.push((op, self.parse_pipeline()?));
        }
        Ok(AndOr { first, rest })
    }

    fn parse_pipeline(&mut self) -> PResult<Pipeline> {
        self.skip_blanks();
        let start = self.cur.pos;
        let mut bang = false;
        let mut time = None;
        loop {
            match self.peek_reserved() {
                Some("!") => {
                    self.cur.advance(1);
                    bang = !bang;
                }
                Some("time") if self.time_has_pipeline() => {
                    self.cur.advance(4);
                    self.skip_blanks();
                    let posix = self.cur.starts_with("-p")
                        && self
                            .cur
                            .rest()
                            .get(2..)
                            .and_then(|r| r.chars().next())
                            .is_none_or(|c| " \t\n;&|()<>".contains(c));
                    if posix {
                        self.cur.advance(2);
                    }
                    let format = if posix {
                        TimeFormat::Posix
                    } else {
                        TimeFormat::Default
                    };
                    time = Some(time.unwrap_or(format));
                }
                _ => break,
            }
        }
        let mut commands = vec![self.parse_command()?];
        let mut pipe_stderr = Vec::new();
        loop {
            let stderr = match self.peek_op() {
                Some(Op::Pipe) => false,
                Some(Op::PipeAmp) => true,
                _ => break,
            };
            self.bump_op();
            self.skip_linebreaks()?;
            pipe_stderr.push(stderr);
            commands.push(self.parse_command()?);
        }
        Ok(Pipeline {
            bang,
            commands,
            pipe_stderr,
            time,
            span: self.span(start, self.cur.pos),
        })
    }

    /// Whether the `time` at the cursor is followed by a pipeline (a bare `time`
    /// stays a plain word).
    fn time_has_pipeline(&mut self) -> bool {
        let save = self.cur.pos;
        self.cur.advance(4);
        self.skip_blanks();
        if self.cur.starts_with("-p") {
            self.cur.advance(2);
            self.skip_blanks();
        }
        let has = !self.cur.at_end()
            && !matches!(
                self.peek_op(),
                Some(Op::Semi | Op::Newline | Op::Amp | Op::RParen | Op::AndIf | Op::OrIf)
            );
        self.cur.pos = save;
        has
    }

    /// One command of a pipeline.
    fn parse_command(&mut self) -> PResult<Command> {
        self.skip_blanks();
        if let Some(kw) = self.peek_reserved() {
            match kw {
                "if" | "for" | "while" | "until" | "case" | "{" | "[[" => {
                    return self.parse_compound_with_redirects();
                }
                "function" => return self.parse_function_keyword(),
                _ if CLOSERS.contains(&kw) => return Err(self.unexpected()),
                _ => {}
            }
        }
        if self.cur.starts_with("(") {
            return self.parse_compound_with_redirects();
        }
        self.parse_simple_command()
    }

    /// Redirections after a compound command.
    fn parse_trailing_redirects(&mut self) -> PResult<Vec<Redirect>> {
        let mut redirects = Vec::new();
        loop {
            self.skip_blanks();
            match self.try_redirect()? {
                Some(r) => redirects.push(r),
                None => return Ok(redirects),
            }
        }
    }

    fn parse_simple_command(&mut self) -> PResult<Command> {
        self.skip_blanks();
        let start = self.cur.pos;
        let mut assignments = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut redirects = Vec::new();
        let mut decl = false;
        let mut end = start;
        loop {
            self.skip_blanks();
            if let Some(r) = self.try_redirect()? {
                redirects.push(r);
                end = self.cur.pos;
                continue;
            }
            if words.is_empty() {
                if let Some(a) = self.try_assignment()? {
                    assignments.push(a);
                    end = self.cur.pos;
                    continue;
                }
            } else if decl && let Some(w) = self.try_decl_array()? {
                words.push(w);
                end = self.cur.pos;
                continue;
            }
            let Some(w) = self.parse_word()? else { break };
            end = self.cur.pos;
            if words.is_empty() {
                if assignments.is_empty()
                    && redirects.is_empty()
                    && let Some(name) = w.as_literal()
                    && self.at_function_parens()
                {
                    return self.parse_function_body(name, start);
                }
                decl = w
                    .as_literal()
                    .is_some_and(|n| DECL_BUILTINS.contains(&n.as_str()));
            }
            words.push(w);
        }
        if assignments.is_empty() && words.is_empty() && redirects.is_empty() {
            return Err(self.unexpected());
        }
        Ok(Command::Simple(SimpleCommand {
            assignments,
            words,
            redirects,
            span: self.span(start, end),
        }))
    }

    // ----- redirections -------------------------------------------------------------

    /// A redirection at the cursor, if there is one.
    fn try_redirect(&mut self) -> PResult<Option<Redirect>> {
        let start = self.cur.pos;
        let rest = self.cur.rest();
        let mut fd = None;
        let mut fd_var = None;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = |n: usize| {
            rest.as_bytes()
                .get(n)
                .is_some_and(|b| *b == b'<' || *b == b'>')
        };
        if digits > 0 && after(digits) {
            match rest.get(..digits).and_then(|d| d.parse::<u32>().ok()) {
                Some(n) => {
                    fd = Some(n);
                    self.cur.advance(digits);
                }
                None => return Ok(None),
            }
        } else if rest.starts_with('{') {
            let name_len = super::lexer::name_len(rest.get(1..).unwrap_or(""));
            if name_len > 0
                && rest.as_bytes().get(1 + name_len) == Some(&b'}')
                && after(name_len + 2)
            {
                fd_var = rest.get(1..1 + name_len).map(str::to_string);
                self.cur.advance(name_len + 2);
            }
        }
        let Some((Ok(op), len)) = self.cur.lex::<Op>() else {
            self.cur.pos = start;
            return Ok(None);
        };
        let op = match op {
            Op::Less => RedirectOp::Read,
            Op::Great => RedirectOp::Write,
            Op::DGreat => RedirectOp::Append,
            Op::Clobber => RedirectOp::Clobber,
            Op::LessGreat => RedirectOp::ReadWrite,
            Op::GreatAnd => RedirectOp::DupOut,
            Op::LessAnd => RedirectOp::DupIn,
            Op::AndGreat if fd.is_none() && fd_var.is_none() => RedirectOp::WriteAll,
            Op::AndDGreat if fd.is_none() && fd_var.is_none() => RedirectOp::AppendAll,
            Op::DLess => RedirectOp::HereDoc { strip_tabs: false },
            Op::DLessDash => RedirectOp::HereDoc { strip_tabs: true },
            Op::TLess => RedirectOp::HereString,
            _ => {
                self.cur.pos = start;
                return Ok(None);
            }
        };
        self.cur.advance(len);
        self.skip_blanks();
        let word_start = self.cur.pos;
        let Some(target) = self.parse_word()? else {
            return Err(self.unexpected_nl());
        };
        let mut op = op;
        let target = match op {
            RedirectOp::HereDoc { strip_tabs } => self.register_heredoc(word_start, strip_tabs),
            RedirectOp::DupOut => {
                // `>& file` with a literal non-number is `&> file`; a word with expansions
                // (`>&$fd`) is decided when it is expanded.
                let literal_file = target.as_literal().is_some_and(|t| {
                    t != "-"
                        && (t.is_empty()
                            || !t.trim_end_matches('-').bytes().all(|b| b.is_ascii_digit()))
                });
                if literal_file && fd.is_none() && fd_var.is_none() {
                    op = RedirectOp::WriteAll;
                }
                target
            }
            _ => target,
        };
        Ok(Some(Redirect {
            fd,
            fd_var,
            op,
            target,
            span: self.span(start, self.cur.pos),
        }))
    }

    // ----- here-documents -----------------------------------------------------------

    /// Records a here-document whose delimiter word spans `word_start..cursor` and
    /// returns the placeholder target that [`Parser::fill_list`] replaces.
    fn register_heredoc(&mut self, word_start: usize, strip_tabs: bool) -> Word {
        let raw = self.cur.slice(word_start, self.cur.pos);
        let (delim, quoted) = heredoc_delimiter(raw);
        let id = self.bodies.len();
        self.bodies.push(None);
        self.pending.push(PendingHereDoc {
            id,
            delim,
            quoted,
            strip_tabs,
        });
        Word {
            parts: Vec::new(),
            span: Span {
                start: id as u32,
                end: UNFILLED,
            },
        }
    }

    /// Reads the bodies of the pending here-documents, which start at the cursor
    /// (just after a newline).
    fn read_heredocs(&mut self) -> PResult<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending);
        for doc in pending {
            let body_start = self.cur.pos;
            let mut text = String::new();
            let mut delimited = false;
            while !self.cur.at_end() {
                let rest = self.cur.rest();
                let (line, len) = match rest.split_once('\n') {
                    Some((line, _)) => (line, line.len() + 1),
                    None => (rest, rest.len()),
                };
                self.cur.advance(len);
                let line = if doc.strip_tabs {
                    line.trim_start_matches('\t')
                } else {
                    line
                };
                if line == doc.delim {
                    delimited = true;
                    break;
                }
                text.push_str(line);
                text.push('\n');
            }
            if !delimited {
                // The line of the command that opened the document: the one before the
                // body, or the body's own when the input ends right after the command.
                let at = self.base_line + line_of(self.cur.src, body_start.saturating_sub(1));
                let line = self.base_line + eof_line(self.cur.src) - 1;
                self.warnings.push((
                    line.max(1),
                    format!(
                        "warning: here-document at line {at} delimited by end-of-file (wanted `{}')",
                        doc.delim
                    ),
                ));
            }
            let span = self.span(body_start, self.cur.pos);
            let word = if doc.quoted {
                let parts = if text.is_empty() {
                    Vec::new()
                } else {
                    vec![WordPart::SingleQuoted(text)]
                };
                Word { parts, span }
            } else {
                let base_line = self.base_line + line_of(self.cur.src, body_start) - 1;
                let mut sub = Parser::new(&text, self.base + body_start, base_line, self.depth);
                let parts = sub.parse_heredoc_body()?;
                self.warnings.append(&mut sub.warnings);
                Word { parts, span }
            };
            if let Some(slot) = self.bodies.get_mut(doc.id) {
                *slot = Some(word);
            }
        }
        Ok(())
    }

    /// Replaces here-document placeholders in `list` by their bodies.
    fn fill_list(&mut self, list: &mut List) {
        for item in &mut list.items {
            let and_or = &mut item.and_or;
            for cmd in std::iter::once(&mut and_or.first)
                .chain(and_or.rest.iter_mut().map(|(_, p)| p))
                .flat_map(|p| p.commands.iter_mut())
            {
                self.fill_command(cmd);
            }
        }
    }

    fn fill_command(&mut self, cmd: &mut Command) {
        match cmd {
            Command::Simple(simple) => self.fill_redirects(&mut simple.redirects),
            Command::Compound(compound, redirects, _) => {
                self.fill_compound(compound);
                self.fill_redirects(redirects);
            }
            Command::FunctionDef(def) => self.fill_command(&mut def.body),
        }
    }

    fn fill_redirects(&mut self, redirects: &mut [Redirect]) {
        for r in redirects {
            if matches!(r.op, RedirectOp::HereDoc { .. }) && r.target.span.end == UNFILLED {
                let id = r.target.span.start as usize;
                if let Some(body) = self.bodies.get_mut(id).and_then(Option::take) {
                    r.target = body;
                } else {
                    r.target.span = r.span;
                }
            }
        }
    }

    /// Whether `()` (blanks allowed) follows: a function definition. Consumes it if so.
    fn at_function_parens(&mut self) -> bool {
        let save = self.cur.pos;
        self.skip_blanks();
        if self.cur.peek() == Some('(') {
            self.cur.advance(1);
            self.skip_blanks();
            if self.cur.peek() == Some(')') {
                self.cur.advance(1);
                return true;
            }
        }
        self.cur.pos = save;
        false
    }
}

/// The delimiter of a here-document from the raw source text of its word, and
/// whether any part of it was quoted (which makes the body literal).
pub(crate) fn heredoc_delimiter(raw: &str) -> (String, bool) {
    let mut out = String::new();
    let mut quoted = false;
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                quoted = true;
                if let Some(n) = chars.next() {
                    out.push(n);
                }
            }
            '\'' => {
                quoted = true;
                for n in chars.by_ref() {
                    if n == '\'' {
                        break;
                    }
                    out.push(n);
                }
            }
            '"' => {
                quoted = true;
                while let Some(n) = chars.next() {
                    match n {
                        '"' => break,
                        '\\' => {
                            if let Some(m) = chars.next() {
                                if !"$`\"\\".contains(m) {
                                    out.push('\\');
                                }
                                out.push(m);
                            }
                        }
                        _ => out.push(n),
                    }
                }
            }
            '$' if chars.as_str().starts_with(['\'', '"']) => {}
            _ => out.push(c),
        }
    }
    (out, quoted)
}

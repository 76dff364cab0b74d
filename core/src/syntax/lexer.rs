//! A mode-switchable cursor over the script text.
//!
//! The parser owns one [`Cursor`] and asks it for one token at a time in whichever
//! mode the grammar is in (see [`super::token`]). The cursor is just a byte offset,
//! so the parser can save it and backtrack (`((` that turns out to be two subshells).

use logos::Logos;

/// A byte position in the text plus the token-at-a-time lexing helpers.
#[derive(Clone, Copy, Debug)]
pub struct Cursor<'a> {
    /// The whole text.
    pub src: &'a str,
    /// The current byte offset; always on a character boundary.
    pub pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `src`.
    pub fn new(src: &'a str) -> Self {
        Cursor { src, pos: 0 }
    }

    /// The text from the current position on.
    pub fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    /// Whether the whole text has been consumed.
    pub fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// The next character, without consuming it.
    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character after the next one.
    pub fn peek2(&self) -> Option<char> {
        let mut it = self.rest().chars();
        it.next();
        it.next()
    }

    /// Whether the rest of the text starts with `s`.
    pub fn starts_with(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    /// Consumes one character.
    pub fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Consumes `n` bytes (callers pass lengths of text they have matched).
    pub fn advance(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.src.len());
    }

    /// The text between two offsets (empty when out of range).
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        self.src.get(start..end).unwrap_or("")
    }

    /// Lexes one token of mode `T` at the cursor without consuming it: the token
    /// (`Err(())` when nothing of that mode matches here) and its length in bytes,
    /// or `None` at the end of the text.
    pub fn lex<T>(&self) -> Option<(Result<T, ()>, usize)>
    where
        T: Logos<'a, Source = str, Error = ()>,
        T::Extras: Default,
    {
        let mut lexer = T::lexer(self.rest());
        let token = lexer.next()?;
        let len = lexer.span().end;
        Some((token, len))
    }

    /// Scans a shell name (`[A-Za-z_][A-Za-z0-9_]*`) at the cursor without consuming
    /// it; returns its length in bytes (0 when there is none).
    pub fn name_len(&self) -> usize {
        name_len(self.rest())
    }
}

/// The length of the shell name at the start of `s` (0 when `s` does not start with one).
pub fn name_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {}
        _ => return 0,
    }
    bytes
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
        .unwrap_or(bytes.len())
}

/// Whether `s` is a valid shell variable name.
pub fn is_name(s: &str) -> bool {
    !s.is_empty() && name_len(s) == s.len()
}

/// The 1-based line of byte offset `pos` in `src`.
pub fn line_of(src: &str, pos: usize) -> u32 {
    let end = pos.min(src.len());
    let bytes = src.as_bytes().get(..end).unwrap_or(&[]);
    1 + bytes.iter().filter(|b| **b == b'\n').count() as u32
}

/// The line bash reports for "unexpected end of file": one past the last line,
/// counting an unterminated last line as terminated.
pub fn eof_line(src: &str) -> u32 {
    let newlines = src.bytes().filter(|b| *b == b'\n').count() as u32;
    let unterminated = u32::from(!src.is_empty() && !src.ends_with('\n'));
    newlines + unterminated + 1
}

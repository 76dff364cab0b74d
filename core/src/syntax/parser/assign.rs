//! Assignments: `NAME=value`, `NAME+=value`, `NAME[sub]=value`, `NAME=(elems)`.
//!
//! Leading assignments of a simple command are parsed straight into
//! [`Assignment`]s. Arguments of `declare typeset local export readonly` stay
//! words; [`parse_assignment_word`] (also [`Word::assignment`]) splits such a word
//! into an [`Assignment`] for the evaluator. An argument `NAME=(...)` of those
//! builtins is parsed as an array and stored as one word spelling the array back:
//! `NAME=(` + elements separated by `" "` (`[` key `]=` value for keyed ones) + `)`,
//! with quoted and expanded parts kept as parts, so [`parse_assignment_word`]
//! recovers [`AssignValue::Array`] from it exactly.

use super::super::ast::{ArrayElem, AssignValue, Assignment, Word, WordPart};
use super::super::lexer::name_len;
use super::word::{ArithEnd, push_lit};
use super::{PResult, Parser};

impl Parser<'_> {
    /// A `NAME=value` word at the cursor, if there is one (else the cursor is unchanged).
    pub(super) fn try_assignment(&mut self) -> PResult<Option<Assignment>> {
        let start = self.cur.pos;
        let n = self.cur.name_len();
        if n == 0 {
            return Ok(None);
        }
        let name = self.cur.slice(start, start + n).to_string();
        self.cur.advance(n);
        let mut index = None;
        if self.cur.peek() == Some('[') {
            let open = self.cur.pos;
            self.cur.advance(1);
            match self.parse_arith_text(ArithEnd::Bracket, open) {
                Ok(Some(w)) => index = Some(w),
                _ => {
                    self.cur.pos = start;
                    return Ok(None);
                }
            }
        }
        let append = if self.cur.starts_with("+=") {
            self.cur.advance(2);
            true
        } else if self.cur.starts_with("=") {
            self.cur.advance(1);
            false
        } else {
            self.cur.pos = start;
            return Ok(None);
        };
        let value = if self.cur.peek() == Some('(') {
            let open = self.cur.pos;
            self.cur.advance(1);
            AssignValue::Array(self.parse_array_elems(open)?)
        } else {
            AssignValue::Scalar(self.parse_assign_value()?)
        };
        Ok(Some(Assignment {
            name,
            index,
            append,
            value,
            span: self.span(start, self.cur.pos),
        }))
    }

    /// The elements of `(...)`, the cursor just inside; consumes the `)`.
    fn parse_array_elems(&mut self, open: usize) -> PResult<Vec<ArrayElem>> {
        let mut elems = Vec::new();
        loop {
            self.skip_linebreaks()?;
            match self.cur.peek() {
                None => return Err(self.unmatched(')', open)),
                Some(')') => {
                    self.cur.advance(1);
                    return Ok(elems);
                }
                _ => {}
            }
            let start = self.cur.pos;
            if self.cur.peek() == Some('[') {
                self.cur.advance(1);
                if let Ok(Some(key)) = self.parse_arith_text(ArithEnd::Bracket, start)
                    && self.cur.peek() == Some('=')
                {
                    self.cur.advance(1);
                    let value = self.parse_assign_value()?;
                    elems.push(ArrayElem {
                        key: Some(key),
                        value,
                    });
                    continue;
                }
                self.cur.pos = start;
            }
            match self.parse_word()? {
                Some(value) => elems.push(ArrayElem { key: None, value }),
                None => return Err(self.unexpected()),
            }
        }
    }

    /// For the arguments of `declare` and friends: `NAME=(...)` parsed and
    /// spelled back as one word (see the module docs). Other words: `None`, cursor
    /// unchanged.
    pub(super) fn try_decl_array(&mut self) -> PResult<Option<Word>> {
        let start = self.cur.pos;
        match self.try_assignment()? {
            Some(a) if matches!(a.value, AssignValue::Array(_)) => Ok(Some(encode_array(a))),
            _ => {
                self.cur.pos = start;
                Ok(None)
            }
        }
    }
}

/// Spells an array assignment back as one word.
fn encode_array(a: Assignment) -> Word {
    let mut parts = Vec::new();
    push_lit(&mut parts, &a.name);
    if let Some(index) = a.index {
        push_lit(&mut parts, "[");
        extend(&mut parts, index.parts);
        push_lit(&mut parts, "]");
    }
    push_lit(&mut parts, if a.append { "+=(" } else { "=(" });
    if let AssignValue::Array(elems) = a.value {
        for (i, elem) in elems.into_iter().enumerate() {
            if i > 0 {
                push_lit(&mut parts, " ");
            }
            if let Some(key) = elem.key {
                push_lit(&mut parts, "[");
                extend(&mut parts, key.parts);
                push_lit(&mut parts, "]=");
            }
            extend(&mut parts, elem.value.parts);
        }
    }
    push_lit(&mut parts, ")");
    Word {
        parts,
        span: a.span,
    }
}

/// Appends parts, merging literals.
fn extend(parts: &mut Vec<WordPart>, more: Vec<WordPart>) {
    for p in more {
        match p {
            WordPart::Literal(s) => push_lit(parts, &s),
            other => parts.push(other),
        }
    }
}

/// One character of a literal part, or a whole other part.
#[derive(Clone, Copy)]
enum Piece<'w> {
    Ch(char),
    Part(&'w WordPart),
}

/// Rebuilds a word from pieces.
fn to_word(pieces: &[Piece<'_>], span: super::super::ast::Span) -> Word {
    let mut parts = Vec::new();
    let mut buf = String::new();
    for piece in pieces {
        match piece {
            Piece::Ch(c) => buf.push(*c),
            Piece::Part(p) => {
                push_lit(&mut parts, &buf);
                buf.clear();
                parts.push((*p).clone());
            }
        }
    }
    push_lit(&mut parts, &buf);
    Word { parts, span }
}

/// The index just past the `]` matching the `[` at `open`, if any.
fn matching_bracket(pieces: &[Piece<'_>], open: usize) -> Option<usize> {
    let mut depth = 0u32;
    for (i, p) in pieces.iter().enumerate().skip(open) {
        match p {
            Piece::Ch('[') => depth += 1,
            Piece::Ch(']') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits a word that looks like an assignment (`NAME=...`, `NAME+=...`,
/// `NAME[sub]=...`, `NAME=(...)` as produced for `declare` arguments) into an
/// [`Assignment`]. The name must be unquoted literal text; otherwise `None`.
pub fn parse_assignment_word(word: &Word) -> Option<Assignment> {
    let span = word.span;
    let mut pieces = Vec::new();
    for part in &word.parts {
        match part {
            WordPart::Literal(s) => pieces.extend(s.chars().map(Piece::Ch)),
            other => pieces.push(Piece::Part(other)),
        }
    }
    let name: String = pieces
        .iter()
        .map_while(|p| match p {
            Piece::Ch(c) => Some(*c),
            Piece::Part(_) => None,
        })
        .collect();
    let n = name_len(&name);
    if n == 0 {
        return None;
    }
    let name = name.get(..n)?.to_string();
    let mut i = name.chars().count();
    let mut index = None;
    if matches!(pieces.get(i), Some(Piece::Ch('['))) {
        let end = matching_bracket(&pieces, i)?;
        index = Some(to_word(pieces.get(i + 1..end - 1)?, span));
        i = end;
    }
    let append = matches!(pieces.get(i), Some(Piece::Ch('+')));
    if append {
        i += 1;
    }
    if !matches!(pieces.get(i), Some(Piece::Ch('='))) {
        return None;
    }
    i += 1;
    let rest = pieces.get(i..)?;
    let value = match (rest.first(), rest.last()) {
        (Some(Piece::Ch('(')), Some(Piece::Ch(')'))) if rest.len() >= 2 => {
            AssignValue::Array(decode_elems(rest.get(1..rest.len() - 1)?, span))
        }
        _ => AssignValue::Scalar(to_word(rest, span)),
    };
    Some(Assignment {
        name,
        index,
        append,
        value,
        span,
    })
}

/// The elements of an array spelled as pieces, separated by unquoted blanks.
fn decode_elems(pieces: &[Piece<'_>], span: super::super::ast::Span) -> Vec<ArrayElem> {
    let is_blank = |p: &Piece<'_>| matches!(p, Piece::Ch(' ' | '\t' | '\n'));
    let mut elems = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if pieces.get(i).is_some_and(is_blank) {
            i += 1;
            continue;
        }
        let mut key = None;
        if matches!(pieces.get(i), Some(Piece::Ch('[')))
            && let Some(end) = matching_bracket(pieces, i)
            && matches!(pieces.get(end), Some(Piece::Ch('=')))
        {
            key = pieces.get(i + 1..end - 1).map(|k| to_word(k, span));
            i = end + 1;
        }
        let start = i;
        while i < pieces.len() && !pieces.get(i).is_some_and(is_blank) {
            i += 1;
        }
        let value = to_word(pieces.get(start..i).unwrap_or(&[]), span);
        elems.push(ArrayElem { key, value });
    }
    elems
}

impl Word {
    /// This word split as an assignment, see [`parse_assignment_word`].
    pub fn assignment(&self) -> Option<Assignment> {
        parse_assignment_word(self)
    }
}

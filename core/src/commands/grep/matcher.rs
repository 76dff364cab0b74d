//! The pattern side of `grep` and `rg`: every `-e`/`-f` pattern compiled into one
//! alternation (the `regex` crate over bytes, whole-buffer search in multi-line mode), or
//! `fancy-regex` per line for back-references and `-P`. POSIX leftmost-longest matches for
//! `-o` come from an anchored `MatchKind::All` search at the leftmost start.

use std::sync::OnceLock;

use regex_automata::{Anchored, Input, MatchKind, meta};

use crate::commands::regex::{Syntax, translate};

/// How patterns are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `-G`: POSIX basic syntax.
    Basic,
    /// `-E`: POSIX extended syntax.
    Extended,
    /// `-F`: fixed strings.
    Fixed,
    /// `-P`: Perl syntax (`fancy-regex`).
    Perl,
    /// rg's syntax: the `regex` crate's own.
    Rust,
}

/// What a [`Matcher`] is built from.
#[derive(Clone, Debug)]
pub struct MatchOptions {
    /// The pattern syntax.
    pub mode: Mode,
    /// `-i`.
    pub icase: bool,
    /// `-w`: a match must not touch word characters on either side.
    pub word: bool,
    /// `-x`: a match must be the whole line.
    pub line: bool,
    /// The line terminator (`\n`, or `\0` with `-z`).
    pub eol: u8,
}

/// Compiled patterns.
#[derive(Clone, Debug)]
pub struct Matcher {
    /// The alternation of every pattern the fast engine can run.
    plain: Option<regex::bytes::Regex>,
    /// The same alternation with POSIX longest-match semantics (anchored use only),
    /// compiled on first use (`-o`) from `longest_src`.
    longest: OnceLock<Option<meta::Regex>>,
    /// The alternation, case folding and line terminator `longest` is built from.
    longest_src: Option<(String, bool, u8)>,
    /// Patterns only `fancy-regex` can run, searched one line at a time.
    fancy: Vec<fancy_regex::Regex>,
    eol: u8,
}

/// GNU's 3.8 warnings for an ERE that starts an expression with a repetition operator.
pub fn ere_warnings(pat: &str) -> Vec<&'static str> {
    let chars: Vec<char> = pat.chars().collect();
    let mut out = Vec::new();
    let mut at_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = at_start;
        at_start = false;
        match c {
            '\\' => i += 1,
            '[' => {
                // Skip a bracket expression.
                let mut j = i + 1;
                if chars.get(j) == Some(&'^') {
                    j += 1;
                }
                if chars.get(j) == Some(&']') {
                    j += 1;
                }
                while j < chars.len() && chars[j] != ']' {
                    if chars[j] == '[' && matches!(chars.get(j + 1), Some(':' | '.' | '=')) {
                        let kind = chars[j + 1];
                        j += 2;
                        while j + 1 < chars.len() && !(chars[j] == kind && chars[j + 1] == ']') {
                            j += 1;
                        }
                        j += 1;
                    }
                    j += 1;
                }
                i = j;
            }
            '(' | '|' => at_start = true,
            '^' => at_start = start,
            '*' | '+' | '?' if start => {
                out.push(match c {
                    '*' => "* at start of expression",
                    '+' => "+ at start of expression",
                    _ => "? at start of expression",
                });
                at_start = true;
            }
            '{' if start
                && chars
                    .get(i + 1)
                    .is_some_and(|c| c.is_ascii_digit() || *c == ',') =>
            {
                out.push("{...} at start of expression");
                at_start = true;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// PCRE2's words (what `grep -P` prints) for a pattern `fancy-regex` rejects.
fn pcre_message(e: &fancy_regex::Error) -> &'static str {
    use fancy_regex::{Error, ParseError};
    let Error::ParseError(_, pe) = e else {
        return "Invalid regular expression";
    };
    match pe {
        ParseError::UnclosedOpenParen => "missing closing parenthesis",
        ParseError::TrailingBackslash => "\\ at end of pattern",
        ParseError::TargetNotRepeatable | ParseError::InvalidRepeat => {
            "quantifier does not follow a repeatable item"
        }
        ParseError::InvalidClass => "missing terminating ] for character class",
        ParseError::InvalidBackref | ParseError::InvalidGroupNameBackref(_) => {
            "reference to non-existent subpattern"
        }
        ParseError::GeneralParseError(m)
            if m.contains("unopened group") || m.contains("end of string not reached") =>
        {
            "unmatched closing parenthesis"
        }
        ParseError::GeneralParseError(m) if m.contains("unclosed character class") => {
            "missing terminating ] for character class"
        }
        ParseError::GeneralParseError(m) if m.contains("start must be <=") => {
            "numbers out of order in {} quantifier"
        }
        _ => "Invalid regular expression",
    }
}

/// Reports a pattern the `regex` crate rejects with its own message (rg prints it).
fn regex_syntax_check(p: &str) -> Result<(), String> {
    regex::bytes::Regex::new(p)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

fn syntax_of(mode: Mode) -> Syntax {
    if mode == Mode::Extended {
        Syntax::Extended
    } else {
        Syntax::Basic
    }
}

fn wrap(p: &str, opts: &MatchOptions, fancy: bool) -> String {
    if opts.line {
        format!("^(?:{p})$")
    } else if opts.word && fancy {
        format!(r"(?<!\w)(?:{p})(?!\w)")
    } else if opts.word {
        format!(r"\b{{start-half}}(?:{p})\b{{end-half}}")
    } else {
        p.to_string()
    }
}

impl Matcher {
    /// Compiles `patterns` (each one line of `-e`/`-f` text).
    /// Errors are glibc's words for POSIX patterns, the `regex` crate's text for
    /// [`Mode::Rust`].
    pub fn new(patterns: &[String], opts: &MatchOptions) -> Result<Matcher, String> {
        let mut plain_parts = Vec::new();
        let mut fancy_parts = Vec::new();
        for p in patterns {
            match opts.mode {
                Mode::Fixed => plain_parts.push(regex::escape(p)),
                Mode::Rust => {
                    regex_syntax_check(p)?;
                    plain_parts.push(p.clone());
                }
                Mode::Perl => fancy_parts.push(p.clone()),
                Mode::Basic | Mode::Extended => {
                    let t = translate(p, syntax_of(opts.mode)).map_err(|e| e.0.to_string())?;
                    if t.backrefs {
                        fancy_parts.push(t.pattern);
                    } else {
                        plain_parts.push(t.pattern);
                    }
                }
            }
        }
        let mut m = Matcher {
            plain: None,
            longest: OnceLock::new(),
            longest_src: None,
            fancy: Vec::new(),
            eol: opts.eol,
        };
        if !plain_parts.is_empty() {
            let alt = if plain_parts.len() == 1 {
                plain_parts.swap_remove(0)
            } else {
                let parts: Vec<String> = plain_parts.iter().map(|p| format!("(?:{p})")).collect();
                parts.join("|")
            };
            let pat = wrap(&alt, opts, false);
            let re = regex::bytes::RegexBuilder::new(&pat)
                .case_insensitive(opts.icase)
                .multi_line(true)
                .line_terminator(opts.eol)
                .size_limit(64 << 20)
                .build()
                .map_err(|e| match e {
                    regex::Error::CompiledTooBig(_) => "Regular expression too big".to_string(),
                    e if opts.mode == Mode::Rust => e.to_string(),
                    _ => "Invalid regular expression".to_string(),
                })?;
            m.plain = Some(re);
            if opts.mode == Mode::Rust {
                // rg keeps the regex crate's leftmost-first matches.
                return Ok(m);
            }
            m.longest_src = Some((pat, opts.icase, opts.eol));
        }
        for p in fancy_parts {
            let mut flags = String::new();
            if opts.icase {
                flags.push('i');
            }
            if opts.eol == 0 {
                flags.push('s');
            }
            let body = wrap(&p, opts, true);
            let pat = if flags.is_empty() {
                body
            } else {
                format!("(?{flags}){body}")
            };
            let re = fancy_regex::RegexBuilder::new(&pat)
                .delegate_size_limit(64 << 20)
                .build()
                .map_err(|e| pcre_message(&e).to_string())?;
            m.fancy.push(re);
        }
        Ok(m)
    }

    /// The first match in the whole of `buf` at or after `pos`, lines or not (rg's
    /// `-U`); `None` also when the patterns need the line-by-line engine.
    pub fn find_at(&self, buf: &[u8], pos: usize) -> Option<(usize, usize)> {
        let m = self.plain.as_ref()?.find_at(buf, pos)?;
        Some((m.start(), m.end()))
    }

    /// The line terminator.
    pub fn eol(&self) -> u8 {
        self.eol
    }

    /// The first line at or after `pos` (a line start) with a match, as
    /// `(start, end)` where `end` is the index of its terminator (or `buf.len()`).
    pub fn next_line(&self, buf: &[u8], mut pos: usize) -> Option<(usize, usize)> {
        if !self.fancy.is_empty() {
            while pos < buf.len() || (pos == buf.len() && pos == 0 && !buf.is_empty()) {
                let end = memchr::memchr(self.eol, &buf[pos..]).map_or(buf.len(), |i| pos + i);
                if self.is_match_line(&buf[pos..end]) {
                    return Some((pos, end));
                }
                pos = end + 1;
            }
            return None;
        }
        let re = self.plain.as_ref()?;
        while pos < buf.len() {
            let m = re.find_at(buf, pos)?;
            let start =
                memchr::memrchr(self.eol, &buf[pos..m.start()]).map_or(pos, |i| pos + i + 1);
            let end =
                memchr::memchr(self.eol, &buf[m.start()..]).map_or(buf.len(), |i| m.start() + i);
            if start >= buf.len() {
                // An empty match after the last terminator is not on a line.
                return None;
            }
            if m.end() <= end || re.is_match(&buf[start..end]) {
                return Some((start, end));
            }
            pos = end + 1;
        }
        None
    }

    /// Whether `line` (without its terminator) has a match.
    pub fn is_match_line(&self, line: &[u8]) -> bool {
        if let Some(re) = &self.plain
            && re.is_match(line)
        {
            return true;
        }
        if self.fancy.is_empty() {
            return false;
        }
        let text = String::from_utf8_lossy(line);
        self.fancy
            .iter()
            .any(|re| re.is_match(text.as_ref()).unwrap_or(false))
    }

    fn build_longest(&self) -> Option<meta::Regex> {
        let (pat, icase, eol) = self.longest_src.as_ref()?;
        let syntax = regex_automata::util::syntax::Config::new()
            .case_insensitive(*icase)
            .multi_line(true)
            .line_terminator(*eol)
            .utf8(false);
        meta::Regex::builder()
            .syntax(syntax)
            .configure(meta::Regex::config().match_kind(MatchKind::All))
            .build(pat)
            .ok()
    }

    /// The leftmost-longest match in `line` at or after `start`.
    pub fn find_in_line(&self, line: &[u8], start: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        if let Some(re) = &self.plain
            && let Some(m) = re.find_at(line, start)
        {
            let mut end = m.end();
            if let Some(l) = self.longest.get_or_init(|| self.build_longest()) {
                let input = Input::new(line).range(m.start()..).anchored(Anchored::Yes);
                if let Some(lm) = l.search(&input) {
                    end = end.max(lm.end());
                }
            }
            best = Some((m.start(), end));
        }
        if !self.fancy.is_empty()
            && let Ok(text) = std::str::from_utf8(line)
        {
            for re in &self.fancy {
                if let Ok(Some(m)) = re.find_from_pos(text, start) {
                    let cand = (m.start(), m.end());
                    best = match best {
                        Some(b) if b.0 < cand.0 || (b.0 == cand.0 && b.1 >= cand.1) => Some(b),
                        _ => Some(cand),
                    };
                }
            }
        }
        best
    }
}

impl Matcher {
    /// Appends `line` with every match replaced by `rep` (`$1`, `${name}`, `$$`).
    pub fn replace_all(&self, line: &[u8], rep: &[u8], out: &mut Vec<u8>) {
        match &self.plain {
            Some(re) => out.extend_from_slice(&re.replace_all(line, rep)),
            None => out.extend_from_slice(line),
        }
    }

    /// Appends `rep` expanded for the match that starts at `start` in `line`.
    pub fn expand_match(&self, line: &[u8], start: usize, rep: &[u8], out: &mut Vec<u8>) {
        if let Some(re) = &self.plain
            && let Some(c) = re.captures_at(line, start)
        {
            c.expand(rep, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pats: &[&str], mode: Mode, word: bool, line: bool) -> Matcher {
        let pats: Vec<String> = pats.iter().map(|s| s.to_string()).collect();
        let opts = MatchOptions {
            mode,
            icase: false,
            word,
            line,
            eol: b'\n',
        };
        Matcher::new(&pats, &opts).expect("compiles")
    }

    #[test]
    fn lines_and_matches() {
        let re = m(&["b[^x]*c"], Mode::Basic, false, false);
        // `[^x]` would cross the newline: the line is checked on its own.
        assert_eq!(re.next_line(b"ab\nc\nbc\n", 0), Some((5, 7)));
        let re = m(&["a", "abc"], Mode::Extended, false, false);
        assert_eq!(re.find_in_line(b"xabcd", 0), Some((1, 4)));
        let re = m(&["foo"], Mode::Fixed, true, false);
        assert_eq!(re.next_line(b"foobar\nx foo\n", 0), Some((7, 12)));
        let re = m(&[r"\(a\)\1"], Mode::Basic, false, true);
        assert_eq!(re.next_line(b"aab\naa\n", 0), Some((4, 6)));
        assert_eq!(
            ere_warnings("*a|+b(?c){1}[*]"),
            vec![
                "* at start of expression",
                "+ at start of expression",
                "? at start of expression"
            ]
        );
    }
}

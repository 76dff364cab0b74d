//! The token enums of the lexer, one per lexer mode.
//!
//! A shell has no single token stream: what a character means depends on where it
//! stands (`#` starts a comment only at the start of a word, `"` ends a string only
//! inside one, `}` ends `${...}` ...). Each mode has its own [`logos`] enum and the
//! [`super::lexer::Cursor`] lexes one token of the mode the parser asks for.
//! Input that matches no token of a mode is reported as a logos error, which the
//! parser reads as "something else starts here" (a word, the end of a word, ...).

use logos::Logos;

/// Command mode, at the start of a token: operators, blanks, newlines, comments.
///
/// Anything that is not one of these starts a word.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Spaces and tabs.
    #[regex(r"[ \t]+")]
    Blank,
    /// Backslash-newline: removed entirely.
    #[token("\\\n")]
    LineCont,
    /// A newline.
    #[token("\n")]
    Newline,
    /// `# ...` up to the end of the line.
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment,
    /// `&&`
    #[token("&&")]
    AndIf,
    /// `||`
    #[token("||")]
    OrIf,
    /// `;;&`
    #[token(";;&")]
    DSemiAmp,
    /// `;;`
    #[token(";;")]
    DSemi,
    /// `;&`
    #[token(";&")]
    SemiAmp,
    /// `;`
    #[token(";")]
    Semi,
    /// `&`
    #[token("&")]
    Amp,
    /// `|&`
    #[token("|&")]
    PipeAmp,
    /// `|`
    #[token("|")]
    Pipe,
    /// `(`
    #[token("(")]
    LParen,
    /// `)`
    #[token(")")]
    RParen,
    /// `<<<`
    #[token("<<<")]
    TLess,
    /// `<<-`
    #[token("<<-")]
    DLessDash,
    /// `<<`
    #[token("<<")]
    DLess,
    /// `<&`
    #[token("<&")]
    LessAnd,
    /// `<>`
    #[token("<>")]
    LessGreat,
    /// `<`
    #[token("<")]
    Less,
    /// `>>`
    #[token(">>")]
    DGreat,
    /// `>&`
    #[token(">&")]
    GreatAnd,
    /// `>|`
    #[token(">|")]
    Clobber,
    /// `>`
    #[token(">")]
    Great,
    /// `&>>`
    #[token("&>>")]
    AndDGreat,
    /// `&>`
    #[token("&>")]
    AndGreat,
    /// `<(`: a process substitution, which is a word.
    #[token("<(")]
    ProcIn,
    /// `>(`: a process substitution, which is a word.
    #[token(">(")]
    ProcOut,
}

/// Inside an unquoted word. A logos error means the word ends here.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordTok {
    /// A run of ordinary characters.
    #[regex(r#"[^ \t\n;&|()<>\\'"`$]+"#)]
    Lit,
    /// Backslash-newline: removed.
    #[token("\\\n")]
    LineCont,
    /// `\c`: one escaped character.
    #[regex(r"\\[^\n]")]
    Escape,
    /// A backslash at the very end of the input: a literal backslash.
    #[token("\\")]
    LoneBackslash,
    /// `'`
    #[token("'")]
    SQuote,
    /// `$'`
    #[token("$'")]
    AnsiQuote,
    /// `"` (or `$"`, a locale string, treated as a plain double-quoted string).
    #[token("\"")]
    #[token("$\"")]
    DQuote,
    /// `` ` ``
    #[token("`")]
    Backtick,
    /// `$`
    #[token("$")]
    Dollar,
    /// `<(`
    #[token("<(")]
    ProcIn,
    /// `>(`
    #[token(">(")]
    ProcOut,
}

/// Inside `"..."`.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DqTok {
    /// Ordinary text.
    #[regex(r#"[^"\\$`]+"#)]
    Lit,
    /// `\$ \` \" \\`: the second character, literally.
    #[regex(r#"\\[$`"\\]"#)]
    Escape,
    /// Backslash-newline: removed.
    #[token("\\\n")]
    LineCont,
    /// Any other backslash: kept literally.
    #[token("\\")]
    Backslash,
    /// The closing `"`.
    #[token("\"")]
    End,
    /// `$`
    #[token("$")]
    Dollar,
    /// `` ` ``
    #[token("`")]
    Backtick,
}

/// Inside the body of a here-document whose delimiter was not quoted.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum HereDocTok {
    /// Ordinary text.
    #[regex(r#"[^\\$`]+"#)]
    Lit,
    /// `\$ \` \\`: the second character, literally.
    #[regex(r#"\\[$`\\]"#)]
    Escape,
    /// Backslash-newline: removed.
    #[token("\\\n")]
    LineCont,
    /// Any other backslash: kept literally.
    #[token("\\")]
    Backslash,
    /// `$`
    #[token("$")]
    Dollar,
    /// `` ` ``
    #[token("`")]
    Backtick,
}

/// Inside arithmetic text: `$(( ))`, `(( ))`, `$[ ]`, subscripts, `${v:off:len}`.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithTok {
    /// Ordinary text.
    #[regex(r#"[^$`()\[\]\\"'{}:?\n]+"#)]
    Lit,
    /// A newline (kept as text).
    #[token("\n")]
    Newline,
    /// `(`
    #[token("(")]
    LParen,
    /// `)`
    #[token(")")]
    RParen,
    /// `[`
    #[token("[")]
    LBracket,
    /// `]`
    #[token("]")]
    RBracket,
    /// `}`
    #[token("}")]
    RBrace,
    /// `:`
    #[token(":")]
    Colon,
    /// `?` (the ternary operator, which pairs with a `:`).
    #[token("?")]
    Question,
    /// Backslash-newline: removed.
    #[token("\\\n")]
    LineCont,
    /// `\c`: kept as text.
    #[regex(r"\\[^\n]")]
    Escape,
    /// `"`: a double-quoted part.
    #[token("\"")]
    DQuote,
    /// `'`: a single-quoted part.
    #[token("'")]
    SQuote,
    /// `$`
    #[token("$")]
    Dollar,
    /// `` ` ``
    #[token("`")]
    Backtick,
    /// `{`, a lone backslash: plain text.
    #[token("{")]
    #[token("\\")]
    Other,
}

/// Inside the word operand of `${v:-word}`, `${v#pat}`, `${v/pat/rep}`.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamWordTok {
    /// Ordinary text (blanks and newlines included).
    #[regex(r#"[^}/\\'"`$]+"#)]
    Lit,
    /// `/`: ends the pattern of `${v/pat/rep}`, plain text elsewhere.
    #[token("/")]
    Slash,
    /// The closing `}`.
    #[token("}")]
    End,
    /// Backslash-newline: removed.
    #[token("\\\n")]
    LineCont,
    /// `\c`.
    #[regex(r"\\[^\n]")]
    Escape,
    /// A lone backslash.
    #[token("\\")]
    LoneBackslash,
    /// `'`
    #[token("'")]
    SQuote,
    /// `$'`
    #[token("$'")]
    AnsiQuote,
    /// `"` or `$"`.
    #[token("\"")]
    #[token("$\"")]
    DQuote,
    /// `` ` ``
    #[token("`")]
    Backtick,
    /// `$`
    #[token("$")]
    Dollar,
}

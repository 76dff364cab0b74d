//! The abstract syntax tree produced by the parser and walked by the evaluator.
//!
//! Every node that can fail at run time carries a [`Span`] (byte offsets into the
//! script) so that messages can name a line. Arithmetic is kept as a [`Word`] and
//! parsed when it is evaluated, exactly like bash: `x='1+2'; echo $(( $x * 2 ))`
//! expands `$x` first and only then reads the text as an expression.

/// A half-open byte range `start..end` into the script text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from two byte offsets.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// A whole script: a list of complete commands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Script {
    /// The commands, in order.
    pub body: List,
    /// Warnings bash prints while parsing, as `(line, message)`: the message
    /// without bash's `bash: line N: ` prefix, e.g.
    /// ``warning: here-document at line 2 delimited by end-of-file (wanted `EOF')``.
    /// bash prints them when it has read the command they belong to, i.e. just
    /// before running it (a here-document ended by end-of-file is always in the last
    /// command of the script).
    pub warnings: Vec<(u32, String)>,
}

/// A sequence of and-or lists separated by `;`, `&` or newlines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct List {
    /// The items, in order.
    pub items: Vec<ListItem>,
}

/// One and-or list and how it was terminated.
#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// The and-or list.
    pub and_or: AndOr,
    /// Terminated by `&`: run in the background.
    pub background: bool,
    /// Where it is.
    pub span: Span,
}

/// `a && b || c`.
#[derive(Clone, Debug, PartialEq)]
pub struct AndOr {
    /// The first pipeline.
    pub first: Pipeline,
    /// The following pipelines with the operator before each.
    pub rest: Vec<(AndOrOp, Pipeline)>,
}

/// The operator joining two pipelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AndOrOp {
    /// `&&`
    And,
    /// `||`
    Or,
}

/// `[!] cmd1 | cmd2 |& cmd3`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    /// Preceded by `!`: the status is negated.
    pub bang: bool,
    /// The commands; never empty.
    pub commands: Vec<Command>,
    /// For each `|` between commands, whether it was `|&` (stderr too).
    /// `pipe_stderr.len() == commands.len() - 1`.
    pub pipe_stderr: Vec<bool>,
    /// Preceded by the `time` keyword (`time [-p] [!] pipeline`).
    pub time: Option<TimeFormat>,
    /// Where it is.
    pub span: Span,
}

/// How `time` reports, on stderr, after the pipeline ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeFormat {
    /// `time`: `\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n`.
    Default,
    /// `time -p`: `real 0.00\nuser 0.00\nsys 0.00\n`.
    Posix,
}

/// One command of a pipeline.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// `VAR=x cmd args >redir`.
    Simple(SimpleCommand),
    /// A compound command with the redirections that follow it.
    Compound(Box<CompoundCommand>, Vec<Redirect>, Span),
    /// `name() body` or `function name body`.
    FunctionDef(FunctionDef),
}

/// A simple command. Any of the three lists may be empty, but not all of them.
#[derive(Clone, Debug, PartialEq)]
pub struct SimpleCommand {
    /// Leading `NAME=value` words.
    pub assignments: Vec<Assignment>,
    /// The command name and arguments, unexpanded.
    pub words: Vec<Word>,
    /// Redirections, in source order (they may stand anywhere in the command).
    pub redirects: Vec<Redirect>,
    /// Where it is.
    pub span: Span,
}

/// `NAME=value`, `NAME+=value`, `NAME[sub]=value`, `NAME=(a b c)`.
///
/// Also used for the arguments of `declare`/`local`/`export`/`readonly`/`typeset`
/// when they look like assignments, see [`Word::assignment`].
#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    /// The variable name.
    pub name: String,
    /// `NAME[sub]=`: the subscript, unexpanded.
    pub index: Option<Word>,
    /// `+=`.
    pub append: bool,
    /// The value.
    pub value: AssignValue,
    /// Where it is.
    pub span: Span,
}

/// The right-hand side of an assignment.
#[derive(Clone, Debug, PartialEq)]
pub enum AssignValue {
    /// `NAME=word` (an empty word for `NAME=`).
    Scalar(Word),
    /// `NAME=(elem ...)`.
    Array(Vec<ArrayElem>),
}

/// One element of a compound array assignment.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrayElem {
    /// `[key]=value`: the key, unexpanded.
    pub key: Option<Word>,
    /// The value; for a plain element, the word itself (it is expanded and split).
    pub value: Word,
}

/// The compound commands.
#[derive(Clone, Debug, PartialEq)]
pub enum CompoundCommand {
    /// `{ list; }`
    BraceGroup(List),
    /// `( list )`
    Subshell(List),
    /// `if c1; then b1; elif c2; then b2; else b3; fi`
    If {
        /// `(condition, body)` for `if` and each `elif`.
        branches: Vec<(List, List)>,
        /// The `else` body.
        else_body: Option<List>,
    },
    /// `for name [in words]; do body; done`
    For {
        /// The loop variable as written in the source. bash accepts any word here
        /// and only when the loop runs rejects one that is not a valid name
        /// (`` `1x': not a valid identifier ``, status 1, the body does not run).
        var: String,
        /// `None` without `in`: loop over `"$@"`.
        words: Option<Vec<Word>>,
        /// The body.
        body: List,
    },
    /// `for (( init; cond; step )); do body; done`; each part may be empty.
    ArithFor {
        /// Initialiser expression text.
        init: Word,
        /// Condition expression text (empty means true).
        cond: Word,
        /// Step expression text.
        step: Word,
        /// The body.
        body: List,
    },
    /// `while cond; do body; done`, or `until` when `until` is set.
    While {
        /// The condition.
        cond: List,
        /// The body.
        body: List,
        /// `until` instead of `while`.
        until: bool,
    },
    /// `case word in pat|pat) list ;; ... esac`
    Case {
        /// The subject.
        word: Word,
        /// The arms, in order.
        arms: Vec<CaseArm>,
    },
    /// `(( expr ))`; the text between the parentheses.
    Arith(Word),
    /// `[[ expr ]]`
    Cond(CondExpr),
}

/// One arm of a `case`.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseArm {
    /// The alternative patterns.
    pub patterns: Vec<Word>,
    /// The body.
    pub body: List,
    /// How the arm ends.
    pub terminator: CaseTerminator,
}

/// `;;`, `;&` or `;;&`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseTerminator {
    /// `;;` (also an arm that ends at `esac`): stop.
    Break,
    /// `;&`: run the next arm's body without testing it.
    FallThrough,
    /// `;;&`: go on testing the following patterns.
    Continue,
}

/// A function definition.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The name.
    pub name: String,
    /// The body (a compound command, with its redirections).
    pub body: Box<Command>,
    /// Where it is.
    pub span: Span,
    /// The source text of the whole definition (`span`): the printer
    /// ([`crate::syntax::print`]) takes words from it as they were written.
    pub source: String,
}

/// The expression language of `[[ ]]`.
#[derive(Clone, Debug, PartialEq)]
pub enum CondExpr {
    /// `-f word`, `-z word`, `-v name`, ...; the operator without its dash, e.g. `"f"`.
    Unary(String, Word),
    /// `a == b`, `a =~ re`, `a -lt b`, `a < b`, ...; the operator as written.
    /// For `==`, `!=` and `=` the right side is a pattern; for `=~` a regex.
    Binary(Word, String, Word),
    /// A lone word: true when it expands to a non-empty string.
    Word(Word),
    /// `! e`
    Not(Box<CondExpr>),
    /// `a && b`
    And(Box<CondExpr>, Box<CondExpr>),
    /// `a || b`
    Or(Box<CondExpr>, Box<CondExpr>),
}

/// A redirection.
#[derive(Clone, Debug, PartialEq)]
pub struct Redirect {
    /// The explicit file descriptor before the operator (`2>`); `None` for the default.
    pub fd: Option<u32>,
    /// `{varname}>file`: the variable that receives the allocated descriptor.
    pub fd_var: Option<String>,
    /// The operator.
    pub op: RedirectOp,
    /// The target word, or for a here-document its body.
    pub target: Word,
    /// Where it is.
    pub span: Span,
}

/// The redirection operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirectOp {
    /// `<`
    Read,
    /// `>`
    Write,
    /// `>|`
    Clobber,
    /// `>>`
    Append,
    /// `<>`
    ReadWrite,
    /// `>&` with a descriptor number or `-` target (`2>&1`, `>&2`, `3>&-`).
    /// `>& file` with a non-numeric word is parsed as [`RedirectOp::WriteAll`].
    DupOut,
    /// `<&` (`0<&3`, `<&-`).
    DupIn,
    /// `&>` and `>& file`: stdout and stderr to a file.
    WriteAll,
    /// `&>>`
    AppendAll,
    /// `<<` or `<<-`: `target` is the body. When the delimiter was quoted the body
    /// is one [`WordPart::SingleQuoted`] part; otherwise it is parsed like the
    /// inside of double quotes (`$x`, `$(...)`, backslash before `$` `` ` `` `\`).
    HereDoc {
        /// `<<-`: leading tabs were stripped (already done by the parser).
        strip_tabs: bool,
    },
    /// `<<<`
    HereString,
}

/// A shell word: a sequence of parts that expand and concatenate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    /// The parts.
    pub parts: Vec<WordPart>,
    /// Where it is.
    pub span: Span,
}

impl Word {
    /// A word made of one unquoted literal.
    pub fn literal(text: &str, span: Span) -> Self {
        Word {
            parts: vec![WordPart::Literal(text.to_string())],
            span,
        }
    }

    /// The text of the word when it is made only of unquoted literal parts.
    pub fn as_literal(&self) -> Option<String> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                WordPart::Literal(s) => out.push_str(s),
                _ => return None,
            }
        }
        Some(out)
    }
}

/// One piece of a word.
#[derive(Clone, Debug, PartialEq)]
pub enum WordPart {
    /// Unquoted text. Still subject to brace expansion, globbing and (for tilde
    /// only at the start) tilde expansion. Backslash escapes are already removed
    /// and turned into [`WordPart::Escaped`].
    Literal(String),
    /// `\c` outside quotes: one character taken literally.
    Escaped(char),
    /// `'...'` (the text without the quotes).
    SingleQuoted(String),
    /// `$'...'` with the escapes already decoded.
    AnsiC(String),
    /// `"..."`: the parts inside. Inside, `Literal` means quoted text.
    DoubleQuoted(Vec<WordPart>),
    /// `$name`, `${...}`, `$1`, `$@`, ...
    Param(Box<ParamExpr>),
    /// `$(...)` or `` `...` ``.
    CommandSub(Box<List>),
    /// `$(( ... ))`: the expression text as a word (expanded, then parsed).
    ArithSub(Box<Word>),
    /// `<(list)` (`output == false`) or `>(list)` (`output == true`).
    ProcessSub {
        /// `>( )`.
        output: bool,
        /// The commands.
        body: Box<List>,
    },
    /// `~` or `~user` at the start of a word (or after `=`/`:` in an assignment).
    Tilde(String),
    /// A `${...}` that bash cannot parse (`${x!!}`, `${a b}`, `${v@Z}`): harmless
    /// until the word is expanded, then `${...}: bad substitution`.
    BadSubstitution {
        /// The whole `${...}` text.
        text: String,
        /// An unknown `@` transform: the error exits the shell (status 127) instead
        /// of aborting the line with status 1.
        fatal: bool,
    },
}

/// Which parameter a `$...` names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamName {
    /// A variable name.
    Var(String),
    /// `$1`, `${10}`; `$0` is `Positional(0)`.
    Positional(u32),
    /// `$@ $* $# $? $- $$ $!`: the character.
    Special(char),
}

/// An array subscript in `${name[...]}`.
#[derive(Clone, Debug, PartialEq)]
pub enum Subscript {
    /// `[@]`
    At,
    /// `[*]`
    Star,
    /// `[expr]`: arithmetic for indexed arrays, a string for associative ones.
    Index(Word),
}

/// A parameter expansion.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamExpr {
    /// The parameter.
    pub name: ParamName,
    /// `${name[sub]}`.
    pub subscript: Option<Subscript>,
    /// `${!name}`: indirection (or with `op == Some(ParamOp::Keys)`, the keys).
    pub indirect: bool,
    /// The operator, if any.
    pub op: Option<ParamOp>,
}

/// The case change of `${v^}` (upper), `${v,}` (lower) and `${v~}` (toggle).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseMode {
    /// `^`
    Upper,
    /// `,`
    Lower,
    /// `~`
    Toggle,
}

/// How `${v/pat/rep}` anchors its pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplaceMode {
    /// `${v/p/r}`: the first match.
    First,
    /// `${v//p/r}`: every match.
    All,
    /// `${v/#p/r}`: a match at the start.
    Prefix,
    /// `${v/%p/r}`: a match at the end.
    Suffix,
}

/// The operators of `${...}`.
#[derive(Clone, Debug, PartialEq)]
pub enum ParamOp {
    /// `${#v}`, `${#a[@]}`
    Length,
    /// `${v-w}` / `${v:-w}` (`colon` set for `:-`).
    Default {
        /// `:` form: also when set but empty.
        colon: bool,
        /// The word.
        word: Word,
    },
    /// `${v=w}` / `${v:=w}`
    Assign {
        /// `:` form.
        colon: bool,
        /// The word.
        word: Word,
    },
    /// `${v?w}` / `${v:?w}`
    Error {
        /// `:` form.
        colon: bool,
        /// The message word.
        word: Word,
    },
    /// `${v+w}` / `${v:+w}`
    Alternative {
        /// `:` form.
        colon: bool,
        /// The word.
        word: Word,
    },
    /// `${v#p}` / `${v##p}`
    RemovePrefix {
        /// `##`: the longest match.
        longest: bool,
        /// The pattern.
        pattern: Word,
    },
    /// `${v%p}` / `${v%%p}`
    RemoveSuffix {
        /// `%%`: the longest match.
        longest: bool,
        /// The pattern.
        pattern: Word,
    },
    /// `${v/p/r}` and friends.
    Replace {
        /// Anchoring.
        mode: ReplaceMode,
        /// The pattern.
        pattern: Word,
        /// The replacement (`None` for `${v/p}`).
        replacement: Option<Word>,
    },
    /// `${v:off}` / `${v:off:len}`: arithmetic texts.
    Substring {
        /// The offset expression.
        offset: Word,
        /// The length expression.
        length: Option<Word>,
    },
    /// `${v^}` `${v^^}` `${v,}` `${v,,}` `${v~}` `${v~~}` with an optional pattern.
    Case {
        /// Which way the case changes.
        mode: CaseMode,
        /// Doubled: every character rather than the first.
        all: bool,
        /// The pattern restricting which characters change.
        pattern: Option<Word>,
    },
    /// `${v@Q}` and the other `@` transforms: the letter.
    Transform(char),
    /// `${!prefix*}` / `${!prefix@}` (the char is `*` or `@`): names with that prefix.
    /// Also `${!a[@]}` / `${!a[*]}` (keys of an array), where `subscript` is set.
    Keys(char),
}

/// A parse error, printed like bash's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The message without the `line N:` prefix, e.g.
    /// ``syntax error near unexpected token `fi'`` or
    /// `syntax error: unexpected end of file`.
    pub message: String,
    /// Where it happened.
    pub span: Span,
    /// The 1-based line number bash would report.
    pub line: u32,
}

//! The parsed awk program: names are resolved to global or local slots, regex literals
//! to indexes into the program's regex table.

use bytes::Bytes;

/// An array operand: a global or a function's local slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    Global(usize),
    Local(usize),
}

/// Arithmetic operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Where `getline` reads from.
#[derive(Clone, Debug)]
pub enum GetSrc {
    Main,
    File(Box<Expr>),
    Cmd(Box<Expr>),
    /// `cmd |& getline`: gawk's two-way pipe.
    Coproc(Box<Expr>),
}

/// An expression.
#[derive(Clone, Debug)]
pub enum Expr {
    Num(f64),
    Str(Bytes),
    /// A regex literal: matches `$0` when used as a value.
    Regex(usize),
    Var(Var),
    Field(Box<Expr>),
    Index(Var, Vec<Expr>),
    In(Vec<Expr>, Var),
    /// `lvalue = e` or `lvalue op= e`.
    Assign(Box<Expr>, Option<BinOp>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    /// `e ~ re` (`true` for `!~`).
    Match(bool, Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Plus(Box<Expr>),
    Concat(Box<Expr>, Box<Expr>),
    /// Increment or decrement: lvalue, delta, true for prefix.
    IncDec(Box<Expr>, f64, bool),
    Call(usize, Vec<Expr>),
    /// gawk's `@name(args)`: calls the function whose name is the value of `name`.
    IndirectCall(Var, Vec<Expr>),
    Builtin(&'static str, Vec<Expr>),
    Getline(GetSrc, Option<Box<Expr>>),
    /// `(a, b)`: only valid as print's argument list or before `in`.
    Group(Vec<Expr>),
}

/// Output redirection of print/printf.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Redir {
    File,
    Append,
    Pipe,
    /// `|&`: into a two-way pipe (read back with `cmd |& getline`).
    Coproc,
}

/// A statement, with the line it starts on (for messages).
#[derive(Clone, Debug)]
pub enum Stmt {
    Expr(Expr),
    Print(Vec<Expr>, Option<(Redir, Expr)>),
    Printf(Vec<Expr>, Option<(Redir, Expr)>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    While(Expr, Box<Stmt>),
    Do(Box<Stmt>, Expr),
    For(
        Option<Box<Stmt>>,
        Option<Expr>,
        Option<Box<Stmt>>,
        Box<Stmt>,
    ),
    ForIn(Var, Var, Box<Stmt>),
    Block(Vec<Stmt>),
    Next,
    NextFile,
    Exit(Option<Expr>),
    Return(Option<Expr>),
    Break,
    Continue,
    Delete(Var, Option<Vec<Expr>>),
    /// gawk's `switch (e) { case ...: ... default: ... }`: the cases in order (`None` is
    /// `default`), each with the statements that follow its label (control falls through).
    Switch(Expr, Vec<(Option<Expr>, Vec<Stmt>)>),
    /// Marks the source line of the following statements.
    Line(usize),
}

/// A pattern of a rule.
#[derive(Clone, Debug)]
pub enum Pattern {
    All,
    Expr(Expr),
    /// A range; the index is its slot in the interpreter's range state.
    Range(Expr, Expr, usize),
}

/// A pattern-action rule (`None` action prints `$0`).
#[derive(Clone, Debug)]
pub struct Rule {
    pub pattern: Pattern,
    /// The line the rule starts on.
    pub line: usize,
    pub action: Option<Vec<Stmt>>,
}

/// A user-defined function.
#[derive(Clone, Debug)]
pub struct Func {
    pub name: String,
    pub params: usize,
    /// Which parameters are used as arrays.
    pub array_params: Vec<bool>,
    pub body: Vec<Stmt>,
    /// True once the function has been defined (calls may come first).
    pub defined: bool,
}

/// A whole program.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub begin: Vec<Vec<Stmt>>,
    pub end: Vec<Vec<Stmt>>,
    pub beginfile: Vec<Vec<Stmt>>,
    pub endfile: Vec<Vec<Stmt>>,
    pub rules: Vec<Rule>,
    pub funcs: Vec<Func>,
    /// Global variable names by slot.
    pub globals: Vec<String>,
    /// Regex literal sources by index.
    pub regexes: Vec<String>,
    pub ranges: usize,
    /// Parse-time warnings (line, message).
    pub warnings: Vec<(usize, String)>,
}

/// Fixed slots of the special variables, in this order.
pub const SPECIALS: &[&str] = &[
    "NF",
    "NR",
    "FNR",
    "FS",
    "OFS",
    "ORS",
    "RS",
    "SUBSEP",
    "CONVFMT",
    "OFMT",
    "RSTART",
    "RLENGTH",
    "FILENAME",
    "ENVIRON",
    "ARGC",
    "ARGV",
    "RT",
    "IGNORECASE",
    "FPAT",
];

pub const NF: usize = 0;
pub const NR: usize = 1;
pub const FNR: usize = 2;
pub const FS: usize = 3;
pub const OFS: usize = 4;
pub const ORS: usize = 5;
pub const RS: usize = 6;
pub const SUBSEP: usize = 7;
pub const CONVFMT: usize = 8;
pub const OFMT: usize = 9;
pub const RSTART: usize = 10;
pub const RLENGTH: usize = 11;
pub const FILENAME: usize = 12;
pub const ENVIRON: usize = 13;
pub const ARGC: usize = 14;
pub const ARGV: usize = 15;
pub const RT: usize = 16;
pub const IGNORECASE: usize = 17;
pub const FPAT: usize = 18;

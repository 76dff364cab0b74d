//! The compiled form of a sed script: addresses, commands and the `s` replacement,
//! shared by the compiler (`parse`) and the machine (`exec`).

use super::regex::SedRegex;

/// Where a script chunk came from (for error positions).
#[derive(Clone, Debug)]
pub enum Origin {
    /// `-e` or the script operand: `-e expression #N`.
    Expr(usize),
    /// `-f FILE`.
    File(String),
}

/// One address.
#[derive(Clone, Debug)]
pub enum Addr {
    /// A line number (0 only as the start of `0,/re/`).
    Line(u64),
    /// `$`.
    Last,
    /// `/re/`: index into the regex table, `None` for the empty regex (the last one used).
    Re(Option<usize>),
    /// `first~step`.
    Step(u64, u64),
    /// `addr1,+N` (second address only).
    Plus(u64),
    /// `addr1,~N` (second address only).
    Mult(u64),
}

/// A case conversion in an `s` replacement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// `\L`
    Lower,
    /// `\U`
    Upper,
    /// `\l`
    LowerOne,
    /// `\u`
    UpperOne,
    /// `\E`
    End,
}

/// A piece of an `s` replacement.
#[derive(Clone, Debug)]
pub enum Repl {
    /// Literal bytes.
    Lit(Vec<u8>),
    /// `&` (0) or `\1`..`\9`.
    Group(usize),
    /// A case conversion.
    Case(Case),
}

/// The `s` command.
#[derive(Clone, Debug)]
pub struct Subst {
    /// The regex (`None`: the last one used).
    pub re: Option<usize>,
    /// The replacement.
    pub repl: Vec<Repl>,
    /// `g`.
    pub global: bool,
    /// `N` (1 by default).
    pub nth: usize,
    /// `p`.
    pub print: bool,
    /// `e`.
    pub eval: bool,
    /// `w FILE`: index into the output files.
    pub wfile: Option<usize>,
}

/// What a command does.
#[derive(Clone, Debug)]
pub enum Kind {
    /// `{`: jump to the index after the matching `}` when the address does not match.
    Block(usize),
    /// `}` and `:label`: nothing.
    Nop,
    /// `=`
    LineNo,
    /// `a`
    Append(Vec<u8>),
    /// `i`
    Insert(Vec<u8>),
    /// `c`
    Change(Vec<u8>),
    /// `b` (target index; the program length ends the cycle).
    Branch(usize),
    /// `t`
    BranchIf(usize),
    /// `T`
    BranchUnless(usize),
    /// `d`
    Delete,
    /// `D`
    DeleteFirst,
    /// `e [command]`
    Exec(Option<Vec<u8>>),
    /// `F`
    FileName,
    /// `g`
    Get,
    /// `G`
    GetAppend,
    /// `h`
    Hold,
    /// `H`
    HoldAppend,
    /// `l [n]`
    List(Option<usize>),
    /// `n`
    Next,
    /// `N`
    NextAppend,
    /// `p`
    Print,
    /// `P`
    PrintFirst,
    /// `q [exit]`
    Quit(i32),
    /// `Q [exit]`
    QuitSilent(i32),
    /// `r FILE`
    ReadFile(String),
    /// `R FILE`
    ReadLine(String),
    /// `s`
    Subst(Box<Subst>),
    /// `y`: pairs of characters.
    Translate(Vec<(char, char)>),
    /// `w FILE`: index into the output files.
    Write(usize),
    /// `W FILE`
    WriteFirst(usize),
    /// `x`
    Exchange,
    /// `z`
    Zap,
}

/// A command with its addresses.
#[derive(Clone, Debug)]
pub struct Command {
    /// First address.
    pub a1: Option<Addr>,
    /// Second address.
    pub a2: Option<Addr>,
    /// `!`
    pub neg: bool,
    /// The command.
    pub kind: Kind,
}

/// A compiled script.
#[derive(Debug, Default)]
pub struct Program {
    /// The commands, blocks flattened.
    pub cmds: Vec<Command>,
    /// Regexes by index.
    pub regexes: Vec<SedRegex>,
    /// `w` files by index (paths as written).
    pub wfiles: Vec<String>,
    /// `#n` on the first line.
    pub quiet: bool,
}

/// Compile-time options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Flags {
    /// `-E`
    pub extended: bool,
    /// `-z`
    pub nul: bool,
    /// `--posix`
    pub posix: bool,
    /// `--sandbox`: no `e`, `r`, `w`.
    pub sandbox: bool,
}

/// A compile error: the full message after `sed: `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    /// The message.
    pub msg: String,
    /// The exit status (1, or 4 for a missing label).
    pub status: i32,
}

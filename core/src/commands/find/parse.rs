//! `find`'s command line: leading options (`-H -L -P`), starting points, and the expression
//! (operators `! -not ( ) -a -and -o -or ,`, tests, actions and global options) parsed by
//! recursive descent into an [`Expr`] tree, with findutils' error messages.

use regex::Regex;

use crate::eval::pattern::{Pattern, PatternOptions};
use crate::vfs::FileType;

use super::printf::{Directive, parse_format};
use super::regex::{translate_emacs, translate_ere};

/// How a number compares: `+N`, `-N` or `N`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cmp {
    /// `-N`
    Less,
    /// `N`
    Equal,
    /// `+N`
    More,
}

/// A file's time: modification, access or change (all the modification time here).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimeUnit {
    /// `-mtime`: days, fractions ignored.
    Days,
    /// `-mmin`: minutes.
    Minutes,
}

/// `-perm MODE`, `-perm -MODE`, `-perm /MODE`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PermMatch {
    /// Exactly these bits.
    Exact(u32),
    /// All of these bits.
    All(u32),
    /// Any of these bits.
    Any(u32),
}

/// A leaf of the expression.
#[derive(Debug)]
pub enum Prim {
    /// `-true`, and the placeholder for global options.
    True,
    /// `-false`
    False,
    /// `-name`, `-iname`
    Name(Pattern),
    /// `-path`, `-ipath`, `-wholename`
    Path(Pattern),
    /// `-lname`, `-ilname`
    LinkName(Pattern),
    /// `-regex`, `-iregex`
    Regex(Regex),
    /// `-type`
    Type(Vec<FileType>),
    /// `-xtype`
    XType(Vec<FileType>),
    /// `-size`: comparison, count, unit in bytes.
    Size(Cmp, u64, u64),
    /// `-empty`
    Empty,
    /// `-newer FILE`, `-newerXY FILE` (resolved to FILE's mtime in nanoseconds before the
    /// run), and `-newerXt DATE`.
    Newer(NewerRef, Option<i128>),
    /// `-mtime`, `-mmin` and their access/change twins.
    Time(Cmp, f64, TimeUnit),
    /// `-perm`
    Perm(PermMatch),
    /// `-links N`
    Links(Cmp, u64),
    /// `-user`, `-group`, `-uid`, `-gid` (everything belongs to root).
    Owner(bool),
    /// `-inum N` (the fake inode numbers of [`crate::commands::fileinfo::inode`]).
    Inum(Cmp, u64),
    /// `-samefile FILE` (the same path once links are resolved).
    SameFile(String),
    /// `-readable`, `-writable`, `-executable` (root: the bit of any class; readable always).
    Access(u32),
    /// `-print`, `-fprint FILE` (the index of FILE in [`Command::files`]).
    Print(Option<usize>),
    /// `-print0`, `-fprint0 FILE`
    Print0(Option<usize>),
    /// `-printf`, `-fprintf FILE`
    Printf(Option<usize>, Vec<Directive>),
    /// `-ls`, `-fls FILE`
    Ls(Option<usize>),
    /// `-exec`/`-execdir`: argv with `{}`, batched (`+`), run in the file's directory.
    Exec {
        /// The command and its arguments.
        argv: Vec<String>,
        /// `{} +`: collect names and run once per batch.
        batch: Option<usize>,
        /// `-execdir`
        dir: bool,
        /// `-ok`/`-okdir`: ask on stderr, read the answer from stdin.
        ask: bool,
    },
    /// `-delete`
    Delete,
    /// `-prune`
    Prune,
    /// `-quit`
    Quit,
}

/// The expression tree.
#[derive(Debug)]
pub enum Expr {
    /// `a -a b`
    And(Box<Expr>, Box<Expr>),
    /// `a -o b`
    Or(Box<Expr>, Box<Expr>),
    /// `a , b`
    Comma(Box<Expr>, Box<Expr>),
    /// `! a`
    Not(Box<Expr>),
    /// A test or action.
    Prim(Prim),
}

/// What `-newer` compares with.
#[derive(Debug)]
pub enum NewerRef {
    /// A file's modification time.
    File(String),
    /// A date (`-newermt 2024-01-01`).
    Date(String),
}

/// How symbolic links are treated.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Follow {
    /// `-P` (default): never.
    #[default]
    Never,
    /// `-H`: starting points only.
    Start,
    /// `-L`: always.
    Always,
}

/// Everything the command line says.
#[derive(Debug, Default)]
pub struct Command {
    /// Symlink handling.
    pub follow: Follow,
    /// Starting points (`.` when none).
    pub paths: Vec<String>,
    /// The expression, with `-print` added when it has no action.
    pub expr: Option<Expr>,
    /// `-maxdepth`
    pub maxdepth: Option<usize>,
    /// `-mindepth`
    pub mindepth: usize,
    /// `-depth` (also implied by `-delete`).
    pub depth_first: bool,
    /// Number of `-exec ... +` batches.
    pub batches: usize,
    /// Warnings to print before running (`-printf` format problems).
    pub warnings: Vec<String>,
    /// Files named by `-fprint`, `-fprint0`, `-fprintf` and `-fls`.
    pub files: Vec<String>,
    /// The expression looks into directories (`-empty`, `-links`, `-ls`, `%n`), so they
    /// must be listed even at `-maxdepth`.
    pub needs_counts: bool,
}

struct Parser<'a> {
    args: &'a [String],
    pos: usize,
    cmd: Command,
    has_action: bool,
    regex_extended: bool,
}

type PResult<T> = std::result::Result<T, String>;

/// Parses `find`'s arguments (without `argv[0]`). `Err` carries the message after `find: `.
pub fn parse(args: &[String]) -> PResult<Command> {
    let mut p = Parser {
        args,
        pos: 0,
        cmd: Command::default(),
        has_action: false,
        regex_extended: false,
    };
    while let Some(a) = args.get(p.pos) {
        match a.as_str() {
            "-H" => p.cmd.follow = Follow::Start,
            "-L" => p.cmd.follow = Follow::Always,
            "-P" => p.cmd.follow = Follow::Never,
            // Debug options and optimisation levels change nothing visible.
            "-D" => p.pos += 1,
            o if o.starts_with("-O") && o.len() > 2 => {}
            "--" => {
                p.pos += 1;
                break;
            }
            _ => break,
        }
        p.pos += 1;
    }
    while let Some(a) = args.get(p.pos) {
        if (a.starts_with('-') && a.len() > 1) || a == "(" || a == "!" {
            break;
        }
        p.cmd.paths.push(a.clone());
        p.pos += 1;
    }
    if p.cmd.paths.is_empty() {
        p.cmd.paths.push(".".to_string());
    }
    let expr = if p.pos < args.len() {
        let e = p.comma()?;
        if let Some(t) = args.get(p.pos) {
            if t == ")" {
                return Err("you have too many ')'".to_string());
            }
            return Err(format!("paths must precede expression: `{t}'"));
        }
        Some(e)
    } else {
        None
    };
    let expr = match (expr, p.has_action) {
        (Some(e), true) => e,
        (Some(e), false) => Expr::And(Box::new(e), Box::new(Expr::Prim(Prim::Print(None)))),
        (None, _) => Expr::Prim(Prim::Print(None)),
    };
    p.cmd.expr = Some(expr);
    Ok(p.cmd)
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.args.get(self.pos).map(String::as_str)
    }

    fn comma(&mut self) -> PResult<Expr> {
        let mut left = self.or()?;
        while self.peek() == Some(",") {
            self.pos += 1;
            if self.at_end_of_operand() {
                return Err("expected an expression after ','".to_string());
            }
            let right = self.or()?;
            left = Expr::Comma(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn at_end_of_operand(&self) -> bool {
        matches!(self.peek(), None | Some(")"))
    }

    fn or(&mut self) -> PResult<Expr> {
        let mut left = self.and()?;
        while let Some(op @ ("-o" | "-or")) = self.peek() {
            let op = op.to_string();
            self.pos += 1;
            if self.at_end_of_operand() {
                return Err(format!("expected an expression after '{op}'"));
            }
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> PResult<Expr> {
        let mut left = self.unary()?;
        loop {
            match self.peek() {
                None | Some(")" | "-o" | "-or" | ",") => break,
                Some(op @ ("-a" | "-and")) => {
                    let op = op.to_string();
                    self.pos += 1;
                    if self.at_end_of_operand() {
                        return Err(format!("expected an expression after '{op}'"));
                    }
                }
                _ => {}
            }
            let right = self.unary()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> PResult<Expr> {
        let Some(tok) = self.peek().map(str::to_string) else {
            return Err("expected an expression".to_string());
        };
        match tok.as_str() {
            "!" | "-not" => {
                self.pos += 1;
                if self.at_end_of_operand() {
                    return Err(format!("expected an expression after '{tok}'"));
                }
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            "(" => {
                self.pos += 1;
                if self.peek() == Some(")") {
                    return Err("invalid expression; empty parentheses are not allowed.".into());
                }
                if self.peek().is_none() {
                    return Err(
                        "invalid expression; expected to find a ')' but didn't see one. \
                                Perhaps you need an extra predicate after '('"
                            .into(),
                    );
                }
                let e = self.comma()?;
                if self.peek() != Some(")") {
                    return Err(
                        "invalid expression; I was expecting to find a ')' somewhere but did \
                         not see one."
                            .into(),
                    );
                }
                self.pos += 1;
                Ok(e)
            }
            "-o" | "-or" | "-a" | "-and" | "," => Err(format!(
                "invalid expression; you have used a binary operator '{tok}' with nothing \
                 before it."
            )),
            ")" => Err("invalid expression; you have too many ')'".to_string()),
            _ => {
                self.pos += 1;
                self.primary(&tok).map(Expr::Prim)
            }
        }
    }

    fn value(&mut self, pred: &str) -> PResult<String> {
        match self.args.get(self.pos) {
            Some(v) => {
                self.pos += 1;
                Ok(v.clone())
            }
            None => Err(format!("missing argument to `{pred}'")),
        }
    }

    fn primary(&mut self, pred: &str) -> PResult<Prim> {
        let glob = |s: &str, nocase: bool| {
            Pattern::new(
                s,
                PatternOptions {
                    extglob: false,
                    nocase,
                },
            )
        };
        Ok(match pred {
            "-true" => Prim::True,
            "-false" => Prim::False,
            "-name" | "-iname" => Prim::Name(glob(&self.value(pred)?, pred == "-iname")),
            "-path" | "-wholename" | "-ipath" | "-iwholename" => {
                Prim::Path(glob(&self.value(pred)?, pred.starts_with("-i")))
            }
            "-lname" | "-ilname" => Prim::LinkName(glob(&self.value(pred)?, pred == "-ilname")),
            "-regex" | "-iregex" => {
                let v = self.value(pred)?;
                let src = if self.regex_extended {
                    translate_ere(&v)
                } else {
                    translate_emacs(&v)
                };
                let full = format!(
                    "(?s{})^(?:{src})$",
                    if pred == "-iregex" { "i" } else { "" }
                );
                match Regex::new(&full) {
                    Ok(r) => Prim::Regex(r),
                    Err(_) => {
                        return Err(format!(
                            "failed to compile regular expression '{v}': Invalid regular \
                             expression"
                        ));
                    }
                }
            }
            "-regextype" => {
                let v = self.value(pred)?;
                self.regex_extended = match v.as_str() {
                    "findutils-default" | "emacs" => false,
                    "posix-extended" | "egrep" | "posix-egrep" | "awk" | "posix-awk"
                    | "gnu-awk" => true,
                    "ed" | "grep" | "posix-basic" | "posix-minimal-basic" | "sed" => false,
                    _ => {
                        return Err(format!(
                            "Unknown regular expression type {}; valid types are \
                             ‘findutils-default’, ‘ed’, ‘emacs’, ‘gnu-awk’, ‘grep’, \
                             ‘posix-awk’, ‘awk’, ‘posix-basic’, ‘posix-egrep’, ‘egrep’, \
                             ‘posix-extended’, ‘posix-minimal-basic’, ‘sed’.",
                            crate::commands::quote_locale(&v)
                        ));
                    }
                };
                Prim::True
            }
            "-type" | "-xtype" => {
                let types = parse_types(&self.value(pred)?)?;
                if pred == "-type" {
                    Prim::Type(types)
                } else {
                    Prim::XType(types)
                }
            }
            "-size" => {
                let v = self.value(pred)?;
                let (cmp, rest) = split_cmp(&v);
                let (digits, unit) = match rest.char_indices().last() {
                    Some((i, c)) if !c.is_ascii_digit() => (&rest[..i], Some(c)),
                    _ => (rest, None),
                };
                let unit = match unit {
                    None | Some('b') => 512,
                    Some('c') => 1,
                    Some('w') => 2,
                    Some('k') => 1 << 10,
                    Some('M') => 1 << 20,
                    Some('G') => 1 << 30,
                    Some(c) => return Err(format!("invalid -size type `{c}'")),
                };
                if digits.is_empty() && unit != 512 || rest.is_empty() {
                    return Err(format!("invalid -size type `{v}'"));
                }
                match digits.parse::<u64>() {
                    Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => Prim::Size(cmp, n, unit),
                    _ => return Err(format!("Invalid argument `{v}' to -size")),
                }
            }
            "-empty" => {
                self.cmd.needs_counts = true;
                Prim::Empty
            }
            "-newer" | "-anewer" | "-cnewer" => {
                Prim::Newer(NewerRef::File(self.value(pred)?), None)
            }
            p if p.len() == 8
                && p.starts_with("-newer")
                && matches!(p.as_bytes().get(6), Some(b'a' | b'B' | b'c' | b'm'))
                && matches!(p.as_bytes().get(7), Some(b'a' | b'B' | b'c' | b'm' | b't')) =>
            {
                let v = self.value(pred)?;
                if p.ends_with('t') {
                    Prim::Newer(NewerRef::Date(v), None)
                } else {
                    Prim::Newer(NewerRef::File(v), None)
                }
            }
            "-mtime" | "-atime" | "-ctime" | "-mmin" | "-amin" | "-cmin" => {
                let v = self.value(pred)?;
                let (cmp, rest) = split_cmp(&v);
                let n = rest
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && !rest.starts_with(['+', '-']))
                    .ok_or_else(|| format!("invalid argument `{v}' to `{pred}'"))?;
                let unit = if pred.ends_with("min") {
                    TimeUnit::Minutes
                } else {
                    TimeUnit::Days
                };
                Prim::Time(cmp, n, unit)
            }
            "-perm" => {
                let v = self.value(pred)?;
                let (kind, rest) = match v.as_bytes().first() {
                    Some(b'-') => (1, &v[1..]),
                    Some(b'/') => (2, &v[1..]),
                    _ => (0, v.as_str()),
                };
                let bits = parse_mode(rest)
                    .ok_or_else(|| format!("invalid mode {}", crate::commands::quote_locale(&v)))?;
                Prim::Perm(match kind {
                    1 => PermMatch::All(bits),
                    2 => PermMatch::Any(bits),
                    _ => PermMatch::Exact(bits),
                })
            }
            "-links" => {
                self.cmd.needs_counts = true;
                let v = self.value(pred)?;
                let (cmp, rest) = split_cmp(&v);
                let n = rest
                    .parse::<u64>()
                    .ok()
                    .filter(|_| rest.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| format!("invalid argument `{v}' to `{pred}'"))?;
                Prim::Links(cmp, n)
            }
            "-user" | "-group" => {
                let v = self.value(pred)?;
                let ok = v == "root" || v == "0";
                if !ok && v.parse::<u32>().is_err() {
                    let what = if pred == "-user" { "user" } else { "group" };
                    return Err(format!(
                        "{} is not the name of a known {what}",
                        crate::commands::quote_locale(&v)
                    ));
                }
                Prim::Owner(ok)
            }
            "-uid" | "-gid" => {
                let v = self.value(pred)?;
                let (cmp, rest) = split_cmp(&v);
                let n = rest
                    .parse::<u64>()
                    .map_err(|_| format!("invalid argument `{v}' to `{pred}'"))?;
                Prim::Owner(matches!((cmp, n), (Cmp::Equal, 0) | (Cmp::Less, 1..)))
            }
            "-nouser" | "-nogroup" => Prim::False,
            // Every file lives on one ext4-like file system with no SELinux labels.
            "-fstype" => Prim::Owner(self.value(pred)? == "ext4"),
            "-context" => {
                self.value(pred)?;
                Prim::False
            }
            "-used" => {
                self.value(pred)?;
                Prim::False
            }
            "-inum" => {
                let v = self.value(pred)?;
                let (cmp, rest) = split_cmp(&v);
                let n = rest
                    .parse::<u64>()
                    .map_err(|_| format!("invalid argument `{v}' to `{pred}'"))?;
                Prim::Inum(cmp, n)
            }
            "-samefile" => Prim::SameFile(self.value(pred)?),
            "-readable" => Prim::Access(0o444),
            "-writable" => Prim::Access(0o222),
            "-executable" => Prim::Access(0o111),
            "-print" => self.action(Prim::Print(None)),
            "-print0" => self.action(Prim::Print0(None)),
            "-ls" => {
                self.cmd.needs_counts = true;
                self.action(Prim::Ls(None))
            }
            "-fprint" | "-fprint0" | "-fls" => {
                self.cmd.needs_counts |= pred == "-fls";
                let file = Some(self.file(pred)?);
                self.action(match pred {
                    "-fprint" => Prim::Print(file),
                    "-fprint0" => Prim::Print0(file),
                    _ => Prim::Ls(file),
                })
            }
            "-printf" | "-fprintf" => {
                let file = if pred == "-fprintf" {
                    Some(self.file(pred)?)
                } else {
                    None
                };
                let v = self.value(pred)?;
                let f = parse_format(&v);
                if let Some(e) = f.error {
                    return Err(e);
                }
                self.cmd.warnings.extend(f.warnings);
                self.cmd.needs_counts |= f
                    .directives
                    .iter()
                    .any(|d| matches!(d, Directive::Field { conv: 'n', .. }));
                self.action(Prim::Printf(file, f.directives))
            }
            "-exec" | "-execdir" | "-ok" | "-okdir" => self.exec(pred)?,
            "-delete" => {
                self.cmd.depth_first = true;
                self.action(Prim::Delete)
            }
            "-prune" => Prim::Prune,
            "-quit" => Prim::Quit,
            "-depth" | "-d" => {
                self.cmd.depth_first = true;
                Prim::True
            }
            "-maxdepth" | "-mindepth" => {
                let v = self.value(pred)?;
                let n = v
                    .parse::<usize>()
                    .ok()
                    .filter(|_| !v.starts_with('+'))
                    .ok_or_else(|| {
                        format!(
                            "Expected a positive decimal integer argument to {pred}, but got {}",
                            crate::commands::quote_locale(&v)
                        )
                    })?;
                if pred == "-maxdepth" {
                    self.cmd.maxdepth = Some(n);
                } else {
                    self.cmd.mindepth = n;
                }
                Prim::True
            }
            "-follow" => {
                self.cmd.follow = Follow::Always;
                Prim::True
            }
            "-xdev"
            | "-mount"
            | "-noleaf"
            | "-ignore_readdir_race"
            | "-noignore_readdir_race"
            | "-daystart"
            | "-nowarn"
            | "-warn" => Prim::True,
            _ if !pred.starts_with('-') => {
                return Err(format!("paths must precede expression: `{pred}'"));
            }
            _ => return Err(format!("unknown predicate `{pred}'")),
        })
    }

    /// The output file argument of `-fprint` and friends, as an index into `files`.
    fn file(&mut self, pred: &str) -> PResult<usize> {
        let f = self.value(pred)?;
        match self.cmd.files.iter().position(|x| *x == f) {
            Some(i) => Ok(i),
            None => {
                self.cmd.files.push(f);
                Ok(self.cmd.files.len() - 1)
            }
        }
    }

    fn action(&mut self, p: Prim) -> Prim {
        self.has_action = true;
        p
    }

    fn exec(&mut self, pred: &str) -> PResult<Prim> {
        let start = self.pos;
        let mut argv = Vec::new();
        let mut end = None;
        let mut i = start;
        while let Some(a) = self.args.get(i) {
            if a == ";" {
                end = Some((i, false));
                break;
            }
            if a == "+" && argv.last().is_some_and(|p: &String| p == "{}") {
                end = Some((i, true));
                break;
            }
            argv.push(a.clone());
            i += 1;
        }
        let Some((end, plus)) = end else {
            return Err(format!("missing argument to `{pred}'"));
        };
        if argv.is_empty() {
            return Err(format!("missing argument to `{pred}'"));
        }
        self.pos = end + 1;
        let batch = if plus {
            argv.pop();
            if let Some(bad) = argv.iter().find(|a| a.contains("{}")) {
                return Err(format!(
                    "In ‘{pred} ... {{}} +’ the ‘{{}}’ must appear by itself, but you \
                     specified {}",
                    crate::commands::quote_locale(bad)
                ));
            }
            self.cmd.batches += 1;
            Some(self.cmd.batches - 1)
        } else {
            None
        };
        self.has_action = true;
        Ok(Prim::Exec {
            argv,
            batch,
            dir: pred.ends_with("dir"),
            ask: pred.starts_with("-ok"),
        })
    }
}

fn split_cmp(v: &str) -> (Cmp, &str) {
    if let Some(r) = v.strip_prefix('+') {
        (Cmp::More, r)
    } else if let Some(r) = v.strip_prefix('-') {
        (Cmp::Less, r)
    } else {
        (Cmp::Equal, v)
    }
}

fn parse_types(v: &str) -> PResult<Vec<FileType>> {
    let mut out = Vec::new();
    let parts: Vec<&str> = v.split(',').collect();
    for (i, p) in parts.iter().enumerate() {
        let mut chars = p.chars();
        let (Some(c), rest) = (chars.next(), chars.as_str()) else {
            if i + 1 == parts.len() {
                return Err(
                    "Last file type in list argument to -type is missing, i.e., list \
                            is ending on: ','"
                        .to_string(),
                );
            }
            return Err(format!("Unknown argument to -type: {v}"));
        };
        if !rest.is_empty() {
            return Err("Must separate multiple arguments to -type using: ','".to_string());
        }
        match c {
            'f' => out.push(FileType::File),
            'd' => out.push(FileType::Dir),
            'l' => out.push(FileType::Symlink),
            // Kinds the VFS never has: accepted, never match.
            'b' | 'c' | 'p' | 's' | 'D' => {}
            _ => return Err(format!("Unknown argument to -type: {c}")),
        }
    }
    Ok(out)
}

/// An octal mode or a symbolic one (`u+x`, `a=r,u+w`) applied to 0.
fn parse_mode(s: &str) -> Option<u32> {
    if !s.is_empty() && s.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
        return u32::from_str_radix(s, 8).ok().filter(|m| *m <= 0o7777);
    }
    let mut mode = 0u32;
    for clause in s.split(',') {
        let who_end = clause
            .find(|c: char| !matches!(c, 'u' | 'g' | 'o' | 'a'))
            .unwrap_or(clause.len());
        let (who, rest) = clause.split_at(who_end);
        let mut mask = 0u32;
        for c in who.chars() {
            mask |= match c {
                'u' => 0o4700,
                'g' => 0o2070,
                'o' => 0o1007,
                _ => 0o7777,
            };
        }
        if who.is_empty() {
            mask = 0o7777;
        }
        let mut chars = rest.chars();
        let op = chars.next()?;
        if !matches!(op, '+' | '-' | '=') {
            return None;
        }
        let mut bits = 0u32;
        for c in chars {
            bits |= match c {
                'r' => 0o444,
                'w' => 0o222,
                'x' | 'X' => 0o111,
                's' => 0o6000,
                't' => 0o1000,
                _ => return None,
            };
        }
        match op {
            '+' => mode |= bits & mask,
            '-' => mode &= !(bits & mask),
            _ => mode = (mode & !mask) | (bits & mask),
        }
    }
    Some(mode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes() {
        assert_eq!(parse_mode("644"), Some(0o644));
        assert_eq!(parse_mode("u+x"), Some(0o100));
        assert_eq!(parse_mode("a=r,u+w"), Some(0o644));
        assert_eq!(parse_mode("999"), None);
    }
}

//! The `test` / `[` expression language (not `[[ ]]`), following bash's `test.c`.
//!
//! Evaluation is pure: file information comes from a closure over [`FileInfo`] values the
//! caller gathered beforehand (see [`file_operands`]), so nothing here touches storage.
//!
//! bash applies the POSIX rules by argument count first (0 to 4 arguments have fixed
//! meanings, so `test -n` and `test ! -a !` are true), then falls back to the full grammar:
//!
//! ```text
//! expr ::= and ( '-o' expr )?
//! and  ::= term ( '-a' and )?
//! term ::= '!'* term | '(' expr ')' | arg BINOP arg | UNOP arg | arg
//! ```
//!
//! Known gaps: `-v VAR`, `-R VAR` and `-o OPTION` need shell state and are always false here;
//! `-t FD` is always false (no terminal); `-N` is always false (no access times); `-ef`
//! compares lexically normalised paths (there are no inode numbers); `-r`, `-w`, `-x` read
//! the owner bits of `mode` only, and `-O`, `-G` are true for every existing file.

use std::time::Duration;

/// What a file test needs to know about one path, gathered by the caller (`stat`, with
/// `is_symlink` from `lstat`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileInfo {
    /// A regular file (after following symlinks).
    pub is_file: bool,
    /// A directory (after following symlinks).
    pub is_dir: bool,
    /// The path itself is a symbolic link.
    pub is_symlink: bool,
    /// Size in bytes.
    pub size: u64,
    /// Permission bits, `0o755` style (setuid/setgid/sticky included).
    pub mode: u32,
    /// Modification time since the Unix epoch, if known.
    pub mtime: Option<Duration>,
    /// A symbolic link whose target does not exist: only `-L`/`-h` are true.
    pub dangling: bool,
    /// The path with every link resolved, when the caller gathered it (for `-ef`).
    pub real: Option<String>,
    /// A character device (`/dev/null`, `/dev/zero` ...).
    pub is_char: bool,
}

/// Evaluates `test ARGS` (when `name` is `"test"`) or `[ ARGS ]` (when `name` is `"["`; pass
/// the arguments including the closing `]`, which is checked and stripped here).
///
/// `Ok(b)` is exit status 0 or 1; `Err(message)` is exit status 2 with bash's message minus
/// the `bash: ` prefix, e.g. ``[: missing `]'``, `test: a: unary operator expected`,
/// `[: x: integer expression expected`, `test: too many arguments`.
///
/// `state(op, operand)` answers the operators that look at the shell itself: `-v NAME`
/// (variable set), `-o OPTION` (option on) and `-R NAME` (name reference).
pub fn eval_test(
    name: &str,
    args: &[String],
    files: &dyn Fn(&str) -> Option<FileInfo>,
    state: &dyn Fn(&str, &str) -> bool,
) -> Result<bool, String> {
    let mut argv: Vec<&str> = args.iter().map(String::as_str).collect();
    if name == "[" {
        if argv.last() != Some(&"]") {
            return Err(format!("{name}: missing `]'"));
        }
        argv.pop();
    }
    let mut parser = Parser {
        argv: &argv,
        pos: 0,
        files,
        state,
    };
    parser.run().map_err(|msg| format!("{name}: {msg}"))
}

/// Every argument a file test in `args` could look at, in order and without duplicates, so
/// the caller can stat them all before calling [`eval_test`]. Over-approximates: the
/// operand after each file unary operator and both sides of `-nt`, `-ot`, `-ef`.
pub fn file_operands(args: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: Option<&String>| {
        if let Some(s) = s
            && !out.contains(s)
        {
            out.push(s.clone());
        }
    };
    for (i, arg) in args.iter().enumerate() {
        if is_file_unop(arg) {
            add(args.get(i + 1));
        } else if matches!(arg.as_str(), "-nt" | "-ot" | "-ef") {
            add(i.checked_sub(1).and_then(|j| args.get(j)));
            add(args.get(i + 1));
        }
    }
    out
}

/// Unary operators whose operand is a path.
fn is_file_unop(op: &str) -> bool {
    let b = op.as_bytes();
    b.len() == 2 && b[0] == b'-' && b"abcdefghkprsuwxGLOSN".contains(&b[1])
}

/// bash's `test_unop`: a unary operator name.
fn is_unop(op: &str) -> bool {
    let b = op.as_bytes();
    b.len() == 2 && b[0] == b'-' && b"abcdefghknoprstuvwxzGLOSNR".contains(&b[1])
}

/// bash's `test_binop`: a binary operator name (`=~` and `!~` count, then fail).
fn is_binop(op: &str) -> bool {
    matches!(
        op,
        "=" | "=="
            | "!="
            | "<"
            | ">"
            | "=~"
            | "!~"
            | "-nt"
            | "-ot"
            | "-ef"
            | "-eq"
            | "-ne"
            | "-lt"
            | "-le"
            | "-gt"
            | "-ge"
    )
}

/// `-a` or `-o`.
fn is_andor(s: &str) -> bool {
    s == "-a" || s == "-o"
}

/// bash's `legal_number`: decimal with optional sign, leading whitespace (any `isspace`) and
/// trailing blanks (space, tab); no overflow.
fn legal_number(s: &str) -> Option<i64> {
    let t = s.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let t = t.trim_end_matches([' ', '\t']);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok()
}

/// Collapses `//`, `/./` and trailing `/` so that `-ef` can compare paths.
fn normalize(path: &str) -> String {
    let abs = path.starts_with('/');
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    let joined = parts.join("/");
    if abs { format!("/{joined}") } else { joined }
}

/// Recursive-descent evaluator over the argument list (bash's `posixtest` and friends).
struct Parser<'a> {
    /// The arguments, without the command name or a closing `]`.
    argv: &'a [&'a str],
    /// Index of the next argument.
    pos: usize,
    /// File information source.
    files: &'a dyn Fn(&str) -> Option<FileInfo>,
    /// Shell state source for `-v`, `-o`, `-R`.
    state: &'a dyn Fn(&str, &str) -> bool,
}

impl<'a> Parser<'a> {
    /// The argument at `i`, or `""` past the end (only used where bash checks bounds).
    fn at(&self, i: usize) -> &'a str {
        self.argv.get(i).copied().unwrap_or("")
    }

    /// Number of arguments.
    fn argc(&self) -> usize {
        self.argv.len()
    }

    /// bash's `advance`: step over one argument, requiring another if `need_more`.
    fn advance(&mut self, need_more: bool) -> Result<(), String> {
        self.pos += 1;
        if need_more && self.pos >= self.argc() {
            return Err("argument expected".to_string());
        }
        Ok(())
    }

    /// Top level: the special cases by argument count, then the trailing-garbage check.
    fn run(&mut self) -> Result<bool, String> {
        let argc = self.argc();
        let value = match argc {
            0 => return Ok(false),
            1 => {
                self.pos = argc;
                !self.at(0).is_empty()
            }
            2 => {
                let v = self.two_arguments()?;
                self.pos = argc;
                v
            }
            3 => self.three_arguments()?,
            4 if self.at(0) == "!" => {
                self.advance(true)?;
                !self.three_arguments()?
            }
            4 if self.at(0) == "(" && self.at(3) == ")" => {
                self.advance(true)?;
                let v = self.two_arguments()?;
                self.pos = argc;
                v
            }
            _ => self.expr()?,
        };
        if self.pos < argc {
            let arg = self.at(self.pos);
            if arg.starts_with('-') {
                return Err(format!("syntax error: `{arg}' unexpected"));
            }
            return Err("too many arguments".to_string());
        }
        Ok(value)
    }

    /// Two arguments starting at `pos`: `! arg` or `UNOP arg`.
    fn two_arguments(&mut self) -> Result<bool, String> {
        let first = self.at(self.pos);
        if first == "!" {
            return Ok(self.at(self.pos + 1).is_empty());
        }
        if is_unop(first) {
            return self.unary_operator();
        }
        Err(format!("{first}: unary operator expected"))
    }

    /// Three arguments starting at `pos`.
    fn three_arguments(&mut self) -> Result<bool, String> {
        let (a, op, b) = (
            self.at(self.pos),
            self.at(self.pos + 1),
            self.at(self.pos + 2),
        );
        let value = if is_binop(op) {
            self.binary_operator()?
        } else if is_andor(op) {
            if op == "-a" {
                !a.is_empty() && !b.is_empty()
            } else {
                !a.is_empty() || !b.is_empty()
            }
        } else if a == "!" {
            self.advance(true)?;
            !self.two_arguments()?
        } else if a.starts_with('(') && b.starts_with(')') {
            !op.is_empty()
        } else {
            return Err(format!("{op}: binary operator expected"));
        };
        self.pos = self.argc();
        Ok(value)
    }

    /// `expr ::= and ( '-o' expr )?`.
    fn expr(&mut self) -> Result<bool, String> {
        if self.pos >= self.argc() {
            return Err("argument expected".to_string());
        }
        self.or()
    }

    /// `or ::= and ( '-o' or )?`.
    fn or(&mut self) -> Result<bool, String> {
        let value = self.and()?;
        if self.pos < self.argc() && self.at(self.pos) == "-o" {
            self.advance(false)?;
            let v2 = self.or()?;
            return Ok(value || v2);
        }
        Ok(value)
    }

    /// `and ::= term ( '-a' and )?`.
    fn and(&mut self) -> Result<bool, String> {
        let value = self.term()?;
        if self.pos < self.argc() && self.at(self.pos) == "-a" {
            self.advance(false)?;
            let v2 = self.and()?;
            return Ok(value && v2);
        }
        Ok(value)
    }

    /// `term ::= '!'* term | '(' expr ')' | arg BINOP arg | UNOP arg | arg`.
    fn term(&mut self) -> Result<bool, String> {
        if self.pos >= self.argc() {
            return Err("argument expected".to_string());
        }
        if self.at(self.pos) == "!" {
            let mut negate = false;
            while self.pos < self.argc() && self.at(self.pos) == "!" {
                self.advance(true)?;
                negate = !negate;
            }
            let v = self.term()?;
            return Ok(v != negate);
        }
        if self.at(self.pos) == "(" {
            self.advance(true)?;
            let value = self.expr()?;
            match self.argv.get(self.pos) {
                None => return Err("`)' expected".to_string()),
                Some(&")") => {}
                Some(found) => return Err(format!("`)' expected, found {found}")),
            }
            self.advance(false)?;
            return Ok(value);
        }
        if self.pos + 3 <= self.argc() && is_binop(self.at(self.pos + 1)) {
            return self.binary_operator();
        }
        if is_unop(self.at(self.pos)) {
            return self.unary_operator();
        }
        let value = !self.at(self.pos).is_empty();
        self.pos += 1;
        Ok(value)
    }

    /// `UNOP arg` at `pos`; `-t` takes an optional numeric argument.
    fn unary_operator(&mut self) -> Result<bool, String> {
        let op = self.at(self.pos);
        if !is_unop(op) {
            return Ok(false);
        }
        if op == "-t" {
            self.advance(false)?;
            if self.pos < self.argc() && legal_number(self.at(self.pos)).is_some() {
                self.advance(false)?;
            }
            // No file descriptor is a terminal in the sandbox.
            return Ok(false);
        }
        self.advance(true)?;
        let arg = self.at(self.pos);
        self.pos += 1;
        Ok(self.unary_test(op, arg))
    }

    /// Applies a unary operator other than `-t`.
    fn unary_test(&self, op: &str, arg: &str) -> bool {
        match op {
            "-n" => return !arg.is_empty(),
            "-z" => return arg.is_empty(),
            "-v" | "-R" | "-o" => return (self.state)(op, arg),
            _ => {}
        }
        let info = (self.files)(arg);
        if op == "-L" || op == "-h" {
            return info.is_some_and(|i| i.is_symlink);
        }
        let Some(info) = info.filter(|i| !i.dangling) else {
            return false;
        };
        match op {
            "-a" | "-e" | "-O" | "-G" => true,
            "-f" => info.is_file,
            "-d" => info.is_dir,
            "-s" => info.size > 0,
            "-r" => info.mode & 0o400 != 0,
            "-w" => info.mode & 0o200 != 0,
            "-x" => info.mode & 0o100 != 0,
            "-u" => info.mode & 0o4000 != 0,
            "-g" => info.mode & 0o2000 != 0,
            "-k" => info.mode & 0o1000 != 0,
            "-c" => info.is_char,
            // Block and character devices, fifos, sockets do not exist here; `-N` needs
            // access times.
            _ => false,
        }
    }

    /// `arg BINOP arg` at `pos`.
    fn binary_operator(&mut self) -> Result<bool, String> {
        let (a, op, b) = (
            self.at(self.pos),
            self.at(self.pos + 1),
            self.at(self.pos + 2),
        );
        let value = match op {
            "=" | "==" => a == b,
            "!=" => a != b,
            "<" => a.as_bytes() < b.as_bytes(),
            ">" => a.as_bytes() > b.as_bytes(),
            "-nt" | "-ot" | "-ef" => self.file_compare(a, op, b),
            "-eq" | "-ne" | "-lt" | "-le" | "-gt" | "-ge" => {
                let l =
                    legal_number(a).ok_or_else(|| format!("{a}: integer expression expected"))?;
                let r =
                    legal_number(b).ok_or_else(|| format!("{b}: integer expression expected"))?;
                match op {
                    "-eq" => l == r,
                    "-ne" => l != r,
                    "-lt" => l < r,
                    "-le" => l <= r,
                    "-gt" => l > r,
                    _ => l >= r,
                }
            }
            _ => return Err(format!("{op}: binary operator expected")),
        };
        self.pos += 3;
        Ok(value)
    }

    /// `-nt`, `-ot`, `-ef` (bash's `filecomp`).
    fn file_compare(&self, a: &str, op: &str, b: &str) -> bool {
        let fa = (self.files)(a);
        let fb = (self.files)(b);
        match (op, fa, fb) {
            ("-ef", Some(x), Some(y)) => match (&x.real, &y.real) {
                (Some(ra), Some(rb)) => ra == rb,
                _ => normalize(a) == normalize(b),
            },
            ("-ef", _, _) => false,
            ("-nt", Some(x), Some(y)) => x.mtime > y.mtime,
            ("-nt", Some(_), None) => true,
            ("-ot", Some(x), Some(y)) => x.mtime < y.mtime,
            ("-ot", None, Some(_)) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(path: &str) -> Option<FileInfo> {
        let secs = |s| Some(Duration::from_secs(s));
        match path {
            "file" => Some(FileInfo {
                is_file: true,
                size: 3,
                mode: 0o644,
                mtime: secs(200),
                ..FileInfo::default()
            }),
            "empty" => Some(FileInfo {
                is_file: true,
                size: 0,
                mode: 0o755,
                mtime: secs(100),
                ..FileInfo::default()
            }),
            "dir" | "dir/" => Some(FileInfo {
                is_dir: true,
                mode: 0o1777,
                mtime: secs(50),
                ..FileInfo::default()
            }),
            "link" => Some(FileInfo {
                is_file: true,
                is_symlink: true,
                mode: 0o4000,
                ..FileInfo::default()
            }),
            "dangling" => Some(FileInfo {
                is_symlink: true,
                dangling: true,
                mode: 0o777,
                ..FileInfo::default()
            }),
            "ro" => Some(FileInfo {
                is_file: true,
                mode: 0o2444,
                ..FileInfo::default()
            }),
            _ => None,
        }
    }

    /// `(name, args, expected)`: `Ok(true)` is status 0, `Ok(false)` status 1, `Err` status 2
    /// with bash 5.2's message (without the `bash: line N: ` prefix).
    #[rustfmt::skip]
    const CASES: &[(&str, &[&str], Result<bool, &str>)] = &[
        ("test", &[], Ok(false)),
        ("test", &["a"], Ok(true)),
        ("test", &[""], Ok(false)),
        ("test", &["-n"], Ok(true)),
        ("test", &["!"], Ok(true)),
        ("test", &["("], Ok(true)),
        ("test", &["a", "b"], Err("test: a: unary operator expected")),
        ("test", &["!", "a"], Ok(false)),
        ("test", &["!", ""], Ok(true)),
        ("test", &["-z", ""], Ok(true)),
        ("test", &["-q", "a"], Err("test: -q: unary operator expected")),
        ("test", &["a", "b", "c"], Err("test: b: binary operator expected")),
        ("test", &["1", "-eq", "1"], Ok(true)),
        ("test", &["1", "-eq", "a"], Err("test: a: integer expression expected")),
        ("test", &["a", "-eq", "1"], Err("test: a: integer expression expected")),
        ("test", &[" 12 ", "-eq", "12"], Ok(true)),
        ("test", &["+12", "-eq", "12"], Ok(true)),
        ("test", &["-12", "-lt", "0"], Ok(true)),
        ("test", &["", "-eq", "0"], Err("test: : integer expression expected")),
        ("test", &["1 2", "-eq", "0"], Err("test: 1 2: integer expression expected")),
        ("test", &["0x10", "-eq", "16"], Err("test: 0x10: integer expression expected")),
        ("test", &["010", "-eq", "10"], Ok(true)),
        ("test", &["99999999999999999999", "-eq", "1"], Err("test: 99999999999999999999: integer expression expected")),
        ("test", &["\t1\n", "-eq", "1"], Err("test: \t1\n: integer expression expected")),
        ("test", &["- 1", "-eq", "-1"], Err("test: - 1: integer expression expected")),
        ("test", &["9223372036854775807", "-eq", "9223372036854775807"], Ok(true)),
        ("test", &["-9223372036854775808", "-lt", "0"], Ok(true)),
        ("test", &["9223372036854775808", "-gt", "0"], Err("test: 9223372036854775808: integer expression expected")),
        ("test", &["a", "=", "a"], Ok(true)),
        ("test", &["a", "==", "a"], Ok(true)),
        ("test", &["a", "!=", "a"], Ok(false)),
        ("test", &["a", "<", "b"], Ok(true)),
        ("test", &["b", ">", "a"], Ok(true)),
        ("test", &["a", "=~", "a"], Err("test: =~: binary operator expected")),
        ("test", &["a", "-a", "b"], Ok(true)),
        ("test", &["", "-o", ""], Ok(false)),
        ("test", &["!", "a", "b"], Err("test: a: unary operator expected")),
        ("test", &["(", "a", ")"], Ok(true)),
        ("test", &["(", "", ")"], Ok(false)),
        ("test", &["(x", "a", ")y"], Ok(true)),
        ("test", &["a", "-x", "b"], Err("test: -x: binary operator expected")),
        ("test", &["!", "!", "a"], Ok(true)),
        ("test", &["!", "-z", "a"], Ok(true)),
        ("test", &["!", "a", "=", "b"], Ok(true)),
        ("test", &["!", "a", "=", "a"], Ok(false)),
        ("test", &["(", "a", "=", "a", ")"], Ok(true)),
        ("test", &["-n", "a", "-a", "-z", ""], Ok(true)),
        ("test", &["a", "b", "c", "d"], Err("test: too many arguments")),
        ("test", &["(", "a", "b", ")"], Err("test: a: unary operator expected")),
        ("test", &["a", "-a", "b", "-o", "c"], Ok(true)),
        ("test", &["a", "-a"], Err("test: a: unary operator expected")),
        ("test", &["-n", "a", "-a"], Err("test: a: binary operator expected")),
        ("test", &["-f"], Ok(true)),
        ("test", &["-f", "a", "b"], Err("test: a: binary operator expected")),
        ("test", &["(", "a"], Err("test: (: unary operator expected")),
        ("test", &["1", "-eq", "1", "-a", "2"], Ok(true)),
        ("test", &["(", ")"], Err("test: (: unary operator expected")),
        ("test", &[")"], Ok(true)),
        ("test", &["-a"], Ok(true)),
        ("test", &["=", "=", "="], Ok(true)),
        ("test", &["-a", "-a", "-a"], Ok(true)),
        ("test", &["!", "!", "!", "a"], Ok(false)),
        ("test", &["!", "=", "a"], Ok(false)),
        ("test", &["-t"], Ok(true)),
        ("test", &["-t", "1"], Ok(false)),
        ("test", &["-t", "x"], Ok(false)),
        ("test", &["(", "(", "a", ")", ")"], Ok(true)),
        ("test", &["-e"], Ok(true)),
        ("test", &["-v"], Ok(true)),
        ("test", &["x", "-nt", "y"], Ok(false)),
        ("test", &["-z", "a", "-a", "-z", "b", "-o", "-n", "c"], Ok(true)),
        ("test", &["a", "=", "b", "-o", "(", "c", "=", "c", ")"], Ok(true)),
        ("test", &["-l", "a"], Err("test: -l: unary operator expected")),
        ("test", &["a", "=", "a", "b", "c"], Err("test: too many arguments")),
        ("test", &["a", "=", "a", "-b", "c"], Err("test: syntax error: `-b' unexpected")),
        ("test", &["a", "=", "a", "-a"], Err("test: argument expected")),
        ("test", &["(", "a", "b", "c"], Err("test: `)' expected, found b")),
        ("test", &["(", "a", "=", "a"], Err("test: `)' expected")),
        ("test", &["(", "a", "=", "a", "b"], Err("test: `)' expected, found b")),
        ("test", &["-n", "-n", "-n", "-n", "-n"], Err("test: syntax error: `-n' unexpected")),
        ("test", &["!", "!", "!", "!", "!"], Err("test: argument expected")),
        ("test", &["a", "-o", "b", "-a"], Err("test: argument expected")),
        ("test", &["(", "(", "a", ")"], Err("test: (: unary operator expected")),
        ("test", &["-t", "x", "=", "x"], Err("test: too many arguments")),
        ("test", &["-", "a"], Err("test: -: unary operator expected")),
        ("test", &[" "], Ok(true)),
        ("test", &["1", "-eq", " 1"], Ok(true)),
        ("test", &["1 ", "-eq", "1"], Ok(true)),
        ("test", &["a", "-a", "(", "b"], Err("test: `)' expected")),
        ("test", &["(", "a", ")", "-a"], Err("test: argument expected")),
        ("test", &["-f", "a", "-a"], Err("test: a: binary operator expected")),
        ("test", &["!", "-a", "!"], Ok(true)),
        ("test", &["!", "(", "a", ")"], Ok(false)),
        ("test", &["-o", "noclobber"], Ok(false)),
        ("test", &["!", "-o", "a"], Ok(true)),
        ("[", &[], Err("[: missing `]'")),
        ("[", &["a"], Err("[: missing `]'")),
        ("[", &["a", "]"], Ok(true)),
        ("[", &["]"], Ok(false)),
        ("[", &["1", "-eq", "x", "]"], Err("[: x: integer expression expected")),
        ("[", &["a", "-x", "b", "]"], Err("[: -x: binary operator expected")),
        ("[", &["]", "]"], Ok(true)),
        // File tests against the fixture above (checked in bash, as a non-root owner, on real
        // files with the same types, sizes, modes and times).
        ("test", &["-e", "file"], Ok(true)),
        ("test", &["-e", "nope"], Ok(false)),
        ("test", &["-f", "file"], Ok(true)),
        ("test", &["-f", "dir"], Ok(false)),
        ("test", &["-d", "dir"], Ok(true)),
        ("test", &["-s", "file"], Ok(true)),
        ("test", &["-s", "empty"], Ok(false)),
        ("test", &["-x", "file"], Ok(false)),
        ("test", &["-x", "empty"], Ok(true)),
        ("test", &["-w", "ro"], Ok(false)),
        ("test", &["-r", "ro"], Ok(true)),
        ("test", &["-g", "ro"], Ok(true)),
        ("test", &["-k", "dir"], Ok(true)),
        ("test", &["-u", "link"], Ok(true)),
        ("test", &["-L", "link"], Ok(true)),
        ("test", &["-e", "dangling"], Ok(false)),
        ("test", &["-r", "dangling"], Ok(false)),
        ("test", &["-h", "dangling"], Ok(true)),
        ("test", &["-h", "file"], Ok(false)),
        ("test", &["-p", "file"], Ok(false)),
        ("test", &["file", "-nt", "empty"], Ok(true)),
        ("test", &["file", "-ot", "empty"], Ok(false)),
        ("test", &["file", "-nt", "nope"], Ok(true)),
        ("test", &["nope", "-ot", "file"], Ok(true)),
        ("test", &["nope", "-nt", "nope"], Ok(false)),
        ("test", &["dir", "-ef", "dir/"], Ok(true)),
        ("test", &["file", "-ef", "empty"], Ok(false)),
        ("test", &["!", "-d", "file", "-a", "-f", "file"], Ok(true)),
    ];

    #[test]
    fn test_matches_bash() {
        for (name, args, want) in CASES {
            let args: Vec<String> = args.iter().map(|s| (*s).to_string()).collect();
            let got = eval_test(name, &args, &files, &|_, _| false);
            let want = want.map_err(str::to_string);
            assert_eq!(got, want, "{name} {args:?}");
        }
    }

    #[test]
    fn operands_cover_file_tests() {
        let args: Vec<String> = ["-f", "a", "-o", "b", "-nt", "c", "-a", "x", "=", "y", "-d"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        assert_eq!(file_operands(&args), vec!["a", "b", "c", "x"]);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let words = [
            "!", "(", ")", "-a", "-o", "-t", "-n", "=", "-eq", "", "x", "]", "-nt",
        ];
        // Every sequence of up to four words from the list.
        let n = words.len();
        let mut seqs: Vec<Vec<String>> = Vec::new();
        for len in 0..=4u32 {
            for mut k in 0..n.pow(len) {
                let mut seq = Vec::new();
                for _ in 0..len {
                    seq.push(words[k % n].to_string());
                    k /= n;
                }
                seqs.push(seq);
            }
        }
        for s in &seqs {
            let _ = eval_test("test", s, &files, &|_, _| false);
            let _ = eval_test("[", s, &files, &|_, _| false);
            let _ = file_operands(s);
        }
    }
}

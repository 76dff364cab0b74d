//! The sed script compiler: turns the `-e`/`-f` chunks into a flat program of
//! [`Command`]s (blocks become jumps), with GNU sed 4.9's error messages and positions.

use super::program::{
    Addr, Case, Command, CompileError, Flags, Kind, Origin, Program, Repl, Subst,
};
use super::regex::{compile_regex, convert_escape};

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
    /// (start offset, origin) of each chunk in `s`.
    chunks: &'a [(usize, Origin)],
    flags: Flags,
    prog: Program,
    /// Open `{`: command index and script position.
    blocks: Vec<(usize, usize)>,
    labels: Vec<(Vec<u8>, usize)>,
    /// (command index, label, position) of jumps to resolve.
    jumps: Vec<(usize, Vec<u8>)>,
}

type PResult<T> = Result<T, CompileError>;

/// Compiles the script chunks (each already ending without the joining newline).
pub fn compile(chunks_in: &[(String, Origin)], flags: Flags) -> PResult<Program> {
    let mut s = Vec::new();
    let mut chunks = Vec::new();
    for (i, (text, origin)) in chunks_in.iter().enumerate() {
        if i > 0 {
            s.push(b'\n');
        }
        chunks.push((s.len(), origin.clone()));
        s.extend_from_slice(text.as_bytes());
    }
    let mut p = Parser {
        s: &s,
        pos: 0,
        chunks: &chunks,
        flags,
        prog: Program::default(),
        blocks: Vec::new(),
        labels: Vec::new(),
        jumps: Vec::new(),
    };
    if matches!(chunks_in.first(), Some((t, _)) if t.starts_with("#n")) {
        p.prog.quiet = true;
    }
    p.parse_all()?;
    if let Some(&(_, at)) = p.blocks.last() {
        return Err(CompileError {
            msg: format!("{}: unmatched `{{'", p.locate(at, true)),
            status: 1,
        });
    }
    let end = p.prog.cmds.len();
    for (at, label) in std::mem::take(&mut p.jumps) {
        let target = if label.is_empty() {
            end
        } else {
            match p.labels.iter().find(|(l, _)| *l == label) {
                Some((_, t)) => *t,
                None => {
                    return Err(CompileError {
                        msg: format!(
                            "can't find label for jump to `{}'",
                            String::from_utf8_lossy(&label)
                        ),
                        status: 4,
                    });
                }
            }
        };
        if let Some(cmd) = p.prog.cmds.get_mut(at) {
            match &mut cmd.kind {
                Kind::Branch(t) | Kind::BranchIf(t) | Kind::BranchUnless(t) => *t = target,
                _ => {}
            }
        }
    }
    Ok(p.prog)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn getc(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    /// An error at the current position.
    fn err(&self, msg: &str) -> CompileError {
        self.err_at(self.pos, msg)
    }

    fn err_at(&self, pos: usize, msg: &str) -> CompileError {
        CompileError {
            msg: format!("{}: {msg}", self.locate(pos, false)),
            status: 1,
        }
    }

    /// GNU's location of the byte before `pos`: `-e expression #N, char C` (C is 0 for
    /// an unmatched `{`) or `file F line L`.
    fn locate(&self, pos: usize, char0: bool) -> String {
        let mut idx = 0;
        for (i, (start, _)) in self.chunks.iter().enumerate() {
            if *start < pos {
                idx = i;
            }
        }
        let (start, origin) = self
            .chunks
            .get(idx)
            .cloned()
            .unwrap_or((0, Origin::Expr(1)));
        // The newline joining two chunks is not part of the first one.
        let end = self
            .chunks
            .get(idx + 1)
            .map_or(self.s.len(), |(next, _)| next.saturating_sub(1));
        let pos = pos.min(end);
        match origin {
            Origin::Expr(n) => {
                let ch = if char0 { 0 } else { pos.saturating_sub(start) };
                format!("-e expression #{n}, char {ch}")
            }
            Origin::File(f) => {
                let upto = self.s.get(start..pos).unwrap_or(&[]);
                let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
                format!("file {f} line {line}")
            }
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    fn skip_ws_nl(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b';')) {
            self.pos += 1;
        }
    }

    fn parse_all(&mut self) -> PResult<()> {
        loop {
            self.skip_ws_nl();
            let Some(c) = self.peek() else {
                return Ok(());
            };
            if c == b'#' {
                self.skip_line();
                continue;
            }
            self.parse_command()?;
        }
    }

    fn skip_line(&mut self) {
        while let Some(c) = self.getc() {
            if c == b'\n' {
                break;
            }
        }
    }

    fn number(&mut self) -> u64 {
        let mut n: u64 = 0;
        while let Some(c) = self.peek().filter(u8::is_ascii_digit) {
            n = n.saturating_mul(10).saturating_add(u64::from(c - b'0'));
            self.pos += 1;
        }
        n
    }

    fn parse_addr(&mut self) -> PResult<Option<Addr>> {
        match self.peek() {
            Some(c) if c.is_ascii_digit() => {
                let n = self.number();
                self.skip_ws();
                if self.peek() == Some(b'~') {
                    self.pos += 1;
                    self.skip_ws();
                    let step = self.number();
                    return Ok(Some(Addr::Step(n, step)));
                }
                Ok(Some(Addr::Line(n)))
            }
            Some(b'$') => {
                self.pos += 1;
                Ok(Some(Addr::Last))
            }
            Some(b'/') => {
                self.pos += 1;
                self.addr_regex(b'/').map(Some)
            }
            Some(b'\\') => {
                self.pos += 1;
                match self.getc() {
                    Some(d) => self.addr_regex(d).map(Some),
                    None => Err(self.err("unterminated address regex")),
                }
            }
            _ => Ok(None),
        }
    }

    /// A first address of `+N` or `~N`: an error with digits, else (like GNU) an
    /// address that matches every line.
    fn first_addr(&mut self) -> PResult<Option<Addr>> {
        if matches!(self.peek(), Some(b'+' | b'~')) {
            self.pos += 1;
            self.skip_ws();
            if self.number() > 0 {
                return Err(self.err("invalid usage of +N or ~N as first address"));
            }
            return Ok(Some(Addr::Step(0, 1)));
        }
        self.parse_addr()
    }

    fn addr_regex(&mut self, delim: u8) -> PResult<Addr> {
        let Some(pat) = self.delimited(delim, true) else {
            return Err(self.err("unterminated address regex"));
        };
        let mut icase = false;
        let mut multi = false;
        loop {
            match self.peek() {
                Some(b'I') => icase = true,
                Some(b'M') => multi = true,
                _ => break,
            }
            self.pos += 1;
        }
        self.regex(pat, icase, multi).map(Addr::Re)
    }

    fn regex(&mut self, pat: Vec<u8>, icase: bool, multi: bool) -> PResult<Option<usize>> {
        if pat.is_empty() {
            return Ok(None);
        }
        match compile_regex(&pat, self.flags.extended, icase, multi) {
            Ok(r) => {
                self.prog.regexes.push(r);
                Ok(Some(self.prog.regexes.len() - 1))
            }
            Err(e) => Err(self.err(e.0)),
        }
    }

    /// Reads up to the unescaped `delim` like GNU's `match_slash`: `\delim` becomes
    /// `delim` (except `\&` in a replacement), `\n` in a regex becomes a newline, `\`
    /// and a newline becomes a newline. `None` when the delimiter is missing.
    fn delimited(&mut self, delim: u8, regex: bool) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let c = self.getc()?;
            if c == delim {
                return Some(out);
            }
            if c == b'\n' {
                // GNU puts the newline back before reporting the error.
                self.pos -= 1;
                return None;
            }
            if c == b'[' && regex {
                out.push(c);
                self.bracket(delim, &mut out)?;
                continue;
            }
            if c == b'\\' {
                let n = self.getc()?;
                if n == b'n' && regex {
                    out.push(b'\n');
                } else if n == b'\n' || ((regex || n != b'&') && n == delim) {
                    out.push(n);
                } else {
                    out.push(b'\\');
                    out.push(n);
                }
                continue;
            }
            out.push(c);
        }
    }

    /// Copies a bracket expression (after its `[`): the delimiter does not end the
    /// regex inside it, like GNU sed 4.9.
    fn bracket(&mut self, delim: u8, out: &mut Vec<u8>) -> Option<()> {
        if self.peek() == Some(b'^') {
            out.push(b'^');
            self.pos += 1;
        }
        if self.peek() == Some(b']') {
            out.push(b']');
            self.pos += 1;
        }
        loop {
            let c = self.getc()?;
            match c {
                b'\n' => return None,
                b']' => {
                    out.push(c);
                    return Some(());
                }
                b'[' if matches!(self.peek(), Some(b':' | b'.' | b'=')) => {
                    let kind = self.getc()?;
                    out.extend_from_slice(&[c, kind]);
                    loop {
                        let d = self.getc()?;
                        out.push(d);
                        if d == kind && self.peek() == Some(b']') {
                            self.pos += 1;
                            out.push(b']');
                            break;
                        }
                        if d == b'\n' {
                            return None;
                        }
                    }
                }
                b'\\' => {
                    let n = self.getc()?;
                    match n {
                        b'n' => out.push(b'\n'),
                        n if n == delim => out.push(n),
                        n => out.extend_from_slice(&[b'\\', n]),
                    }
                }
                c => out.push(c),
            }
        }
    }

    fn parse_command(&mut self) -> PResult<()> {
        let a1 = self.first_addr()?;
        let mut a2 = None;
        if a1.is_some() {
            self.skip_ws();
            if self.peek() == Some(b',') {
                self.pos += 1;
                self.skip_ws();
                a2 = match self.peek() {
                    Some(b'+') => {
                        self.pos += 1;
                        Some(Addr::Plus(self.number()))
                    }
                    Some(b'~') => {
                        self.pos += 1;
                        Some(Addr::Mult(self.number()))
                    }
                    _ => match self.parse_addr()? {
                        Some(a) => Some(a),
                        None => {
                            let at = self.pos + usize::from(self.peek().is_some());
                            return Err(self.err_at(at, "unexpected `,'"));
                        }
                    },
                };
            }
        }
        self.skip_ws();
        let zero_ok = matches!(a2, Some(Addr::Re(_))) && !self.flags.posix;
        let zero = |a: &Option<Addr>| matches!(a, Some(Addr::Line(0) | Addr::Step(0, 0)));
        if zero(&a1) && !zero_ok {
            // GNU notices it after reading the next character.
            let at = self.pos + usize::from(self.peek().is_some());
            return Err(self.err_at(at, "invalid usage of line address 0"));
        }
        let mut neg = false;
        if self.peek() == Some(b'!') {
            self.pos += 1;
            neg = true;
            self.skip_ws();
            if self.peek() == Some(b'!') {
                self.pos += 1;
                return Err(self.err("multiple `!'s"));
            }
        }
        let c = self.getc();
        let Some(c) = c else {
            return Err(self.err("missing command"));
        };
        let naddr = usize::from(a1.is_some()) + usize::from(a2.is_some());
        let max_addr = match c {
            b'#' | b':' => 0,
            b'q' | b'Q' => 1,
            b'=' | b'a' | b'i' | b'r' if self.flags.posix => 1,
            _ => 2,
        };
        if naddr > max_addr {
            let msg = match c {
                b'#' => "comments don't accept any addresses",
                b':' => ": doesn't want any addresses",
                b'}' => "unexpected `}'",
                _ => "command only uses one address",
            };
            return Err(self.err(msg));
        }
        let idx = self.prog.cmds.len();
        let kind = match c {
            b'{' => {
                self.blocks.push((idx, self.pos));
                Kind::Block(0)
            }
            b'}' => {
                let Some((open, _)) = self.blocks.pop() else {
                    return Err(self.err("unexpected `}'"));
                };
                if naddr > 0 {
                    return Err(self.err("`}' doesn't want any addresses"));
                }
                if let Some(cmd) = self.prog.cmds.get_mut(open) {
                    cmd.kind = Kind::Block(idx + 1);
                }
                self.end_of_cmd()?;
                Kind::Nop
            }
            b'#' => {
                self.skip_line();
                return Ok(());
            }
            b':' => {
                self.skip_ws();
                let label = self.label();
                if label.is_empty() {
                    return Err(self.err("\":\" lacks a label"));
                }
                self.labels.push((label, idx));
                Kind::Nop
            }
            b'=' => self.simple(Kind::LineNo)?,
            b'd' => self.simple(Kind::Delete)?,
            b'D' => self.simple(Kind::DeleteFirst)?,
            b'F' => self.simple(Kind::FileName)?,
            b'g' => self.simple(Kind::Get)?,
            b'G' => self.simple(Kind::GetAppend)?,
            b'h' => self.simple(Kind::Hold)?,
            b'H' => self.simple(Kind::HoldAppend)?,
            b'n' => self.simple(Kind::Next)?,
            b'N' => self.simple(Kind::NextAppend)?,
            b'p' => self.simple(Kind::Print)?,
            b'P' => self.simple(Kind::PrintFirst)?,
            b'x' => self.simple(Kind::Exchange)?,
            b'z' => self.simple(Kind::Zap)?,
            b'a' | b'i' | b'c' => {
                let text = self.text()?;
                match c {
                    b'a' => Kind::Append(text),
                    b'i' => Kind::Insert(text),
                    _ => Kind::Change(text),
                }
            }
            b'b' | b't' | b'T' => {
                self.skip_ws();
                let label = self.label();
                self.jumps.push((idx, label));
                match c {
                    b'b' => Kind::Branch(0),
                    b't' => Kind::BranchIf(0),
                    _ => Kind::BranchUnless(0),
                }
            }
            b'q' | b'Q' | b'l' => {
                self.skip_ws();
                let has = self.peek().is_some_and(|c| c.is_ascii_digit());
                let n = self.number();
                self.end_of_cmd()?;
                match c {
                    b'q' => Kind::Quit((n & 0xff) as i32),
                    b'Q' => Kind::QuitSilent((n & 0xff) as i32),
                    _ => Kind::List(has.then_some(usize::try_from(n).unwrap_or(usize::MAX))),
                }
            }
            b'r' | b'R' | b'w' | b'W' => {
                self.check_sandbox()?;
                let name = self.filename()?;
                match c {
                    b'r' => Kind::ReadFile(name),
                    b'R' => Kind::ReadLine(name),
                    b'w' => Kind::Write(self.wfile(name)),
                    _ => Kind::WriteFirst(self.wfile(name)),
                }
            }
            b'e' => {
                self.check_sandbox()?;
                self.skip_ws();
                let mut cmd = Vec::new();
                while let Some(c) = self.getc() {
                    if c == b'\n' {
                        break;
                    }
                    cmd.push(c);
                }
                Kind::Exec((!cmd.is_empty()).then_some(cmd))
            }
            b'v' => {
                self.skip_ws();
                let mut ver = Vec::new();
                while let Some(c) = self.peek().filter(|c| !b" \t\n;}".contains(c)) {
                    ver.push(c);
                    self.pos += 1;
                }
                if !version_ok(&ver) {
                    return Err(self.err("expected newer version of sed"));
                }
                self.end_of_cmd()?;
                Kind::Nop
            }
            b's' => self.subst()?,
            b'y' => self.translate()?,
            other => {
                let ch = char::from(other);
                return Err(self.err(&format!("unknown command: `{ch}'")));
            }
        };
        self.prog.cmds.push(Command { a1, a2, neg, kind });
        Ok(())
    }

    fn check_sandbox(&self) -> PResult<()> {
        if self.flags.sandbox {
            return Err(self.err("e/r/w commands disabled in sandbox mode"));
        }
        Ok(())
    }

    fn simple(&mut self, k: Kind) -> PResult<Kind> {
        self.end_of_cmd()?;
        Ok(k)
    }

    /// After a command: spaces, then `;`, newline, `}`, `#` or the end.
    fn end_of_cmd(&mut self) -> PResult<()> {
        self.skip_ws();
        match self.peek() {
            None | Some(b'\n' | b';') => {
                if self.peek().is_some() {
                    self.pos += 1;
                }
                Ok(())
            }
            Some(b'}' | b'#') => Ok(()),
            Some(_) => {
                self.pos += 1;
                Err(self.err("extra characters after command"))
            }
        }
    }

    /// A label: up to whitespace, `;`, a newline or `}` (GNU 4.9's `read_label`).
    fn label(&mut self) -> Vec<u8> {
        let mut l = Vec::new();
        while let Some(c) = self.peek() {
            if matches!(c, b'}' | b'\n' | b';' | b' ' | b'\t') {
                break;
            }
            self.pos += 1;
            l.push(c);
        }
        l
    }

    fn filename(&mut self) -> PResult<String> {
        self.skip_ws();
        let mut name = Vec::new();
        while let Some(c) = self.getc() {
            if c == b'\n' {
                break;
            }
            name.push(c);
        }
        if name.is_empty() {
            return Err(self.err("missing filename in r/R/w/W commands"));
        }
        Ok(String::from_utf8_lossy(&name).into_owned())
    }

    fn wfile(&mut self, name: String) -> usize {
        if let Some(i) = self.prog.wfiles.iter().position(|w| *w == name) {
            return i;
        }
        self.prog.wfiles.push(name);
        self.prog.wfiles.len() - 1
    }

    /// The text of `a`, `i`, `c`: GNU's one-line form or `\` + newline + lines.
    fn text(&mut self) -> PResult<Vec<u8>> {
        self.skip_ws();
        match self.peek() {
            None => return Err(self.err("expected \\ after `a', `c' or `i'")),
            Some(b'\\') => {
                self.pos += 1;
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            Some(_) if self.flags.posix => {
                return Err(self.err("expected \\ after `a', `c' or `i'"));
            }
            _ => {}
        }
        let mut out = Vec::new();
        while let Some(c) = self.getc() {
            match c {
                b'\\' => match self.getc() {
                    Some(n) => {
                        let mut tmp = Vec::new();
                        let used = convert_escape(n, &self.s[self.pos..], &mut tmp);
                        if used.is_some() {
                            self.pos += used.unwrap_or(0);
                            out.extend_from_slice(&tmp);
                        } else {
                            out.push(n);
                        }
                    }
                    None => break,
                },
                b'\n' => {
                    out.push(b'\n');
                    return Ok(out);
                }
                c => out.push(c),
            }
        }
        if !out.is_empty() {
            out.push(b'\n');
        }
        Ok(out)
    }

    fn subst(&mut self) -> PResult<Kind> {
        const UNTERM: &str = "unterminated `s' command";
        let Some(delim) = self.getc() else {
            return Err(self.err(UNTERM));
        };
        let Some(pat) = self.delimited(delim, true) else {
            return Err(self.err(UNTERM));
        };
        let Some(rhs) = self.delimited(delim, false) else {
            return Err(self.err(UNTERM));
        };
        let mut s = Subst {
            re: None,
            repl: Vec::new(),
            global: false,
            nth: 0,
            print: false,
            eval: false,
            wfile: None,
        };
        let mut icase = false;
        let mut multi = false;
        while let Some(c) = self.peek() {
            match c {
                b'g' => {
                    if s.global {
                        self.pos += 1;
                        return Err(self.err("multiple `g' options to `s' command"));
                    }
                    s.global = true;
                }
                b'p' => {
                    if s.print {
                        self.pos += 1;
                        return Err(self.err("multiple `p' options to `s' command"));
                    }
                    s.print = true;
                }
                b'i' | b'I' => icase = true,
                b'm' | b'M' => multi = true,
                b'e' => {
                    self.pos += 1;
                    self.check_sandbox()?;
                    s.eval = true;
                    continue;
                }
                b'0'..=b'9' => {
                    if s.nth != 0 {
                        self.number();
                        return Err(self.err("multiple number options to `s' command"));
                    }
                    let n = self.number();
                    if n == 0 {
                        return Err(self.err("number option to `s' command may not be zero"));
                    }
                    s.nth = usize::try_from(n).unwrap_or(usize::MAX);
                    continue;
                }
                b'w' => {
                    self.pos += 1;
                    self.check_sandbox()?;
                    let name = self.filename()?;
                    s.wfile = Some(self.wfile(name));
                    break;
                }
                b' ' | b'\t' => {}
                b'}' | b'#' | b'\n' | b';' => {
                    self.end_of_cmd()?;
                    break;
                }
                _ => {
                    self.pos += 1;
                    return Err(self.err("unknown option to `s'"));
                }
            }
            self.pos += 1;
        }
        if s.nth == 0 {
            s.nth = 1;
        }
        s.re = self.regex(pat, icase, multi)?;
        s.repl = parse_repl(&rhs);
        let groups =
            s.re.and_then(|i| self.prog.regexes.get(i))
                .map(|r| r.groups);
        if let Some(g) = groups {
            let bad = s.repl.iter().find_map(|r| match r {
                Repl::Group(k) if *k > g => Some(*k),
                _ => None,
            });
            if let Some(k) = bad {
                return Err(self.err(&format!("invalid reference \\{k} on `s' command's RHS")));
            }
        }
        Ok(Kind::Subst(Box::new(s)))
    }

    fn translate(&mut self) -> PResult<Kind> {
        const UNTERM: &str = "unterminated `y' command";
        let Some(delim) = self.getc() else {
            return Err(self.err(UNTERM));
        };
        let Some(src) = self.y_part(delim) else {
            return Err(self.err(UNTERM));
        };
        let Some(dst) = self.y_part(delim) else {
            return Err(self.err(UNTERM));
        };
        if src.len() != dst.len() {
            return Err(self.err("strings for `y' command are different lengths"));
        }
        self.end_of_cmd()?;
        Ok(Kind::Translate(src.into_iter().zip(dst).collect()))
    }

    fn y_part(&mut self, delim: u8) -> Option<Vec<char>> {
        let mut out = Vec::new();
        loop {
            let c = self.getc()?;
            if c == delim {
                break;
            }
            if c == b'\n' {
                self.pos -= 1;
                return None;
            }
            if c == b'\\' {
                let n = self.getc()?;
                match n {
                    b'\\' => out.push(b'\\'),
                    b'n' => out.push(b'\n'),
                    n if n == delim => out.push(n),
                    n => {
                        let mut tmp = Vec::new();
                        match convert_escape(n, &self.s[self.pos..], &mut tmp) {
                            Some(used) => {
                                self.pos += used;
                                out.extend_from_slice(&tmp);
                            }
                            None => {
                                out.push(b'\\');
                                out.push(n);
                            }
                        }
                    }
                }
                continue;
            }
            out.push(c);
        }
        Some(String::from_utf8_lossy(&out).chars().collect())
    }
}

/// Parses an `s` replacement (after delimiter unescaping).
fn parse_repl(rhs: &[u8]) -> Vec<Repl> {
    let mut out = Vec::new();
    let mut lit = Vec::new();
    let mut i = 0;
    let flush = |lit: &mut Vec<u8>, out: &mut Vec<Repl>| {
        if !lit.is_empty() {
            out.push(Repl::Lit(std::mem::take(lit)));
        }
    };
    while let Some(&c) = rhs.get(i) {
        i += 1;
        match c {
            b'&' => {
                flush(&mut lit, &mut out);
                out.push(Repl::Group(0));
            }
            b'\\' => {
                let Some(&n) = rhs.get(i) else {
                    lit.push(b'\\');
                    break;
                };
                i += 1;
                let case = match n {
                    b'L' => Some(Case::Lower),
                    b'U' => Some(Case::Upper),
                    b'l' => Some(Case::LowerOne),
                    b'u' => Some(Case::UpperOne),
                    b'E' => Some(Case::End),
                    _ => None,
                };
                if let Some(case) = case {
                    flush(&mut lit, &mut out);
                    out.push(Repl::Case(case));
                    continue;
                }
                match n {
                    b'0'..=b'9' => {
                        flush(&mut lit, &mut out);
                        out.push(Repl::Group(usize::from(n - b'0')));
                    }
                    b'\n' => lit.push(b'\n'),
                    n => match convert_escape(n, &rhs[i..], &mut lit) {
                        Some(used) => i += used,
                        None => lit.push(n),
                    },
                }
            }
            c => lit.push(c),
        }
    }
    flush(&mut lit, &mut out);
    out
}

fn version_ok(v: &[u8]) -> bool {
    if v.is_empty() {
        return true;
    }
    let s = String::from_utf8_lossy(v);
    let mut parts = s.split('.').map(|p| p.parse::<u64>().unwrap_or(u64::MAX));
    let want = [
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    ];
    want <= [4, 9, 0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(script: &str) -> String {
        match compile(&[(script.to_string(), Origin::Expr(1))], Flags::default()) {
            Ok(_) => "ok".into(),
            Err(e) => e.msg,
        }
    }

    #[test]
    fn errors_like_gnu() {
        let cases = [
            (
                "s/a/b",
                "-e expression #1, char 5: unterminated `s' command",
            ),
            ("k", "-e expression #1, char 1: unknown command: `k'"),
            (
                "p x",
                "-e expression #1, char 3: extra characters after command",
            ),
            ("{p", "-e expression #1, char 0: unmatched `{'"),
            ("p;}", "-e expression #1, char 3: unexpected `}'"),
            (
                "1#x",
                "-e expression #1, char 2: comments don't accept any addresses",
            ),
            (
                "s/a/b/gx",
                "-e expression #1, char 8: unknown option to `s'",
            ),
            (
                "s/\\(a\\)/\\2/",
                "-e expression #1, char 11: invalid reference \\2 on `s' command's RHS",
            ),
            ("1,2,3p", "-e expression #1, char 4: unknown command: `,'"),
            (
                "0,5p",
                "-e expression #1, char 4: invalid usage of line address 0",
            ),
            (
                "1,2q",
                "-e expression #1, char 4: command only uses one address",
            ),
            (
                "/abc",
                "-e expression #1, char 4: unterminated address regex",
            ),
            ("1!p;2{p}", "ok"),
        ];
        for (s, want) in cases {
            assert_eq!(err(s), want, "{s}");
        }
    }
}

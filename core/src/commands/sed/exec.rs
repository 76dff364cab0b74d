//! The sed machine: runs a compiled [`Program`] over the input, cycle by cycle, with
//! GNU's semantics for ranges, the append queue, `n`/`N` at the end of input, `D`
//! restarts, in-place editing and output files.

use std::collections::HashMap;

use bytes::Bytes;

use super::input::{Line, Reader};
use super::program::{Addr, Command, Kind, Program, Subst};
use super::text::{backup_name, char_len, expand, list};
use crate::commands::Ctx;
use crate::error::{Error, ErrorKind, Result};
use crate::io::{Capture, Input, Output};

/// Run-time options.
#[derive(Clone, Debug, Default)]
pub struct Opts {
    /// `-n` (or `#n`).
    pub quiet: bool,
    /// `-s` (implied by `-i`).
    pub separate: bool,
    /// `-i[SUFFIX]`: the backup suffix (empty for none).
    pub in_place: Option<String>,
    /// `-z`.
    pub nul: bool,
    /// `-l N` (70 by default).
    pub line_len: usize,
    /// `-u`.
    pub unbuffered: bool,
    /// `--posix`.
    pub posix: bool,
}

/// An output stream with GNU's "missing newline" state: after a last line that had no
/// delimiter, the next write to the stream first adds one.
struct Out {
    buf: Vec<u8>,
    missing_nl: bool,
    delim: u8,
    /// `w /dev/stdout`: its own newline state, but the bytes go to this output.
    sink: Option<usize>,
}

impl Out {
    fn new(delim: u8) -> Self {
        Out {
            buf: Vec::new(),
            missing_nl: false,
            delim,
            sink: None,
        }
    }

    fn put(&mut self, data: &[u8]) {
        self.end_line();
        self.buf.extend_from_slice(data);
    }

    /// Adds the missing delimiter, if any.
    fn end_line(&mut self) {
        if self.missing_nl {
            self.buf.push(self.delim);
            self.missing_nl = false;
        }
    }
}

const STDOUT: usize = 0;
const STDERR: usize = 1;
const INPLACE: usize = 2;
const FIRST_W: usize = 3;
const FLUSH_AT: usize = 64 * 1024;
const SHELL_OUTPUT_LIMIT: u64 = 64 << 20;

enum Queued {
    Text(Vec<u8>),
    File(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Range {
    Inactive,
    /// In the range; the end line when the second address is a number.
    Active(Option<u64>),
    /// Done for good: the first address is a line number (until `-s` restarts them).
    Closed,
}

/// How a cycle ended.
enum End {
    /// End of script or `d`: autoprint when `print`.
    Cycle { print: bool },
    /// `D` with a newline: keep the rest, do not read.
    Restart,
    /// `q`, `Q`, or `n`/`N` at the end of input.
    Quit {
        print: bool,
        code: i32,
        append: bool,
    },
}

/// Range states before the first line: `0,/re/` starts inside its range.
fn initial_ranges(prog: &Program) -> Vec<Range> {
    prog.cmds
        .iter()
        .map(|c| match (&c.a1, &c.a2) {
            (Some(Addr::Line(0)), Some(_)) => Range::Active(None),
            _ => Range::Inactive,
        })
        .collect()
}

/// A run-time error message (after `sed: `) and status.
pub struct Fail(pub String, pub i32);

/// The machine's state.
pub struct Machine<'p> {
    prog: &'p Program,
    opts: Opts,
    delim: u8,
    ps: Vec<u8>,
    hs: Vec<u8>,
    chomped: bool,
    hs_chomped: bool,
    lineno: u64,
    file: Option<usize>,
    ranges: Vec<Range>,
    last_re: Option<usize>,
    tflag: bool,
    queue: Vec<Queued>,
    outs: Vec<Out>,
    /// Output index for each `w` file.
    wmap: Vec<usize>,
    main: usize,
    rfiles: HashMap<String, (Bytes, usize)>,
    steps: u32,
    /// A failed in-place write: reported once the run stops.
    failed: Option<Fail>,
}

impl<'p> Machine<'p> {
    /// A machine for `prog`.
    pub fn new(prog: &'p Program, opts: Opts) -> Self {
        let ranges = initial_ranges(prog);
        let delim = if opts.nul { 0 } else { b'\n' };
        let mut outs: Vec<Out> = (0..FIRST_W).map(|_| Out::new(delim)).collect();
        let wmap = prog
            .wfiles
            .iter()
            .map(|w| {
                let mut out = Out::new(delim);
                out.sink = match w.as_str() {
                    "/dev/stdout" => Some(STDOUT),
                    "/dev/stderr" => Some(STDERR),
                    _ => None,
                };
                outs.push(out);
                outs.len() - 1
            })
            .collect();
        let main = if opts.in_place.is_some() {
            INPLACE
        } else {
            STDOUT
        };
        Machine {
            prog,
            opts,
            delim,
            ps: Vec::new(),
            hs: Vec::new(),
            chomped: true,
            hs_chomped: true,
            lineno: 0,
            file: None,
            ranges,
            last_re: None,
            tflag: false,
            queue: Vec::new(),
            outs,
            wmap,
            main,
            rfiles: HashMap::new(),
            steps: 0,
            failed: None,
        }
    }

    /// Creates (truncates) the `w` files.
    pub async fn open_wfiles(&self, ctx: &Ctx<'_>) -> std::result::Result<(), Fail> {
        for (w, &o) in self.prog.wfiles.iter().zip(&self.wmap) {
            if !self.is_file(o) {
                continue;
            }
            if let Err(e) = ctx.rt.vfs.write(&ctx.path(w), Bytes::new()).await {
                return Err(Fail(format!("couldn't open file {w}: {}", e.reason()), 4));
            }
        }
        Ok(())
    }

    /// Runs the whole input; returns the exit status from `q`/`Q` (or 0).
    pub async fn run(
        &mut self,
        ctx: &Ctx<'_>,
        input: &mut Reader,
    ) -> Result<std::result::Result<i32, Fail>> {
        let mut code = 0;
        let mut restart = false;
        loop {
            if !restart {
                let Some(line) = input.next(ctx).await? else {
                    break;
                };
                self.load(ctx, input, line).await?;
                self.tflag = false;
                if let Some(f) = self.failed.take() {
                    self.flush(ctx, true).await?;
                    return Ok(Err(f));
                }
            }
            restart = false;
            let end = match self.cycle(ctx, input).await? {
                Ok(end) => end,
                Err(f) => {
                    self.finish(ctx, input).await?;
                    return Ok(Err(f));
                }
            };
            match end {
                End::Cycle { print } => {
                    if print {
                        self.emit_ps(self.main);
                    }
                    self.dump_queue(ctx).await?;
                }
                End::Restart => {
                    self.dump_queue(ctx).await?;
                    restart = true;
                }
                End::Quit {
                    print,
                    code: c,
                    append,
                } => {
                    if print {
                        self.emit_ps(self.main);
                    }
                    if append {
                        // `q` (not `Q`) also ends a last line that lacked its newline.
                        self.dump_queue(ctx).await?;
                        if let Some(out) = self.outs.get_mut(self.main) {
                            out.end_line();
                        }
                    }
                    code = c;
                    break;
                }
            }
            self.flush(ctx, false).await?;
        }
        self.finish(ctx, input).await?;
        match self.failed.take() {
            Some(f) => Ok(Err(f)),
            None => Ok(Ok(code)),
        }
    }

    /// Makes `line` the pattern space, switching files for `-s`/`-i`.
    async fn load(&mut self, ctx: &Ctx<'_>, input: &Reader, line: Line) -> Result<()> {
        if self.file != Some(line.file) {
            if self.opts.separate && self.file.is_some() {
                // Each file is a run of its own: line numbers, ranges, hold space.
                self.lineno = 0;
                self.ranges = initial_ranges(self.prog);
                self.hs.clear();
                self.hs_chomped = true;
            }
            if self.opts.in_place.is_some() {
                self.write_in_place(ctx, input).await?;
            }
            self.file = Some(line.file);
        }
        self.lineno += 1;
        self.ps = line.text;
        self.chomped = line.chomped;
        Ok(())
    }

    async fn finish(&mut self, ctx: &Ctx<'_>, input: &Reader) -> Result<()> {
        if self.opts.in_place.is_some() {
            self.write_in_place(ctx, input).await?;
        }
        self.flush(ctx, true).await?;
        for (w, &o) in self.prog.wfiles.iter().zip(&self.wmap) {
            if !self.is_file(o) {
                continue;
            }
            let Some(out) = self.outs.get_mut(o) else {
                continue;
            };
            let data = std::mem::take(&mut out.buf);
            if !data.is_empty() {
                ctx.rt.vfs.write(&ctx.path(w), Bytes::from(data)).await?;
            }
        }
        Ok(())
    }

    /// Writes the in-place buffer to the current file (and its backup).
    async fn write_in_place(&mut self, ctx: &Ctx<'_>, input: &Reader) -> Result<()> {
        let Some(f) = self.file else {
            return Ok(());
        };
        let name = input.name(f).to_string();
        let path = ctx.path(&name);
        let data = std::mem::take(&mut self.outs[INPLACE].buf);
        self.outs[INPLACE].missing_nl = false;
        let mut r = Ok(());
        if let Some(suffix) = self.opts.in_place.as_deref().filter(|s| !s.is_empty()) {
            let backup = backup_name(&name, suffix);
            r = ctx.rt.vfs.copy_file(&path, &ctx.path(&backup)).await;
        }
        if r.is_ok() {
            r = ctx.rt.vfs.write(&path, Bytes::from(data)).await;
        }
        match r {
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => Err(e),
            Err(e) => {
                let dir = name.rfind('/').map_or(".", |i| &name[..i]);
                let msg = format!(
                    "couldn't open temporary file {dir}/sedXXXXXX: {}",
                    e.reason()
                );
                self.failed.get_or_insert(Fail(msg, 4));
                Ok(())
            }
            Ok(()) => Ok(()),
        }
    }

    async fn flush(&mut self, ctx: &Ctx<'_>, all: bool) -> Result<()> {
        let force = all || self.opts.unbuffered;
        if force || self.outs[STDOUT].buf.len() >= FLUSH_AT {
            let data = std::mem::take(&mut self.outs[STDOUT].buf);
            ctx.stdout.write(&data).await?;
        }
        if !self.outs[STDERR].buf.is_empty() {
            let data = std::mem::take(&mut self.outs[STDERR].buf);
            ctx.stderr.write(&data).await?;
        }
        Ok(())
    }

    fn emit_ps(&mut self, o: usize) {
        let ps = std::mem::take(&mut self.ps);
        self.put(o, &ps);
        if self.chomped {
            self.put(o, &[self.delim]);
        } else if let Some(out) = self.outs.get_mut(o) {
            out.missing_nl = true;
        }
        self.ps = ps;
    }

    fn put(&mut self, o: usize, data: &[u8]) {
        let Some(out) = self.outs.get_mut(o) else {
            return;
        };
        let Some(sink) = out.sink else {
            out.put(data);
            return;
        };
        let missing = std::mem::take(&mut out.missing_nl).then_some(out.delim);
        if let Some(target) = self.outs.get_mut(sink) {
            target.buf.extend(missing);
            target.buf.extend_from_slice(data);
        }
    }

    /// True for a `w` output that is a file of its own.
    fn is_file(&self, o: usize) -> bool {
        o >= FIRST_W && self.outs.get(o).is_some_and(|out| out.sink.is_none())
    }

    async fn dump_queue(&mut self, ctx: &Ctx<'_>) -> Result<()> {
        for q in std::mem::take(&mut self.queue) {
            match q {
                Queued::Text(t) => self.put(self.main, &t),
                Queued::File(name) => {
                    if name == "/dev/stdin" {
                        let data = ctx.stdin.read_all().await.unwrap_or_default();
                        self.put(self.main, &data);
                        continue;
                    }
                    match ctx.rt.vfs.read(&ctx.path(&name)).await {
                        Ok(data) => self.put(self.main, &data),
                        Err(e)
                            if matches!(
                                e.kind(),
                                ErrorKind::Cancelled | ErrorKind::LimitExceeded
                            ) =>
                        {
                            return Err(e);
                        }
                        Err(_) => {}
                    }
                }
            }
        }
        Ok(())
    }

    async fn is_last(&mut self, ctx: &Ctx<'_>, input: &mut Reader) -> Result<bool> {
        let f = self.file.unwrap_or(0);
        input.is_last(ctx, f, self.opts.separate).await
    }

    async fn match_one(
        &mut self,
        ctx: &Ctx<'_>,
        input: &mut Reader,
        a: &Addr,
    ) -> Result<std::result::Result<bool, Fail>> {
        Ok(Ok(match a {
            Addr::Line(n) => self.lineno == *n,
            Addr::Last => self.is_last(ctx, input).await?,
            Addr::Re(r) => {
                let idx = match self.regex(*r) {
                    Ok(i) => i,
                    Err(f) => return Ok(Err(f)),
                };
                self.prog
                    .regexes
                    .get(idx)
                    .is_some_and(|re| re.is_match(&self.ps))
            }
            Addr::Step(first, step) => {
                if *step == 0 {
                    self.lineno == *first
                } else {
                    self.lineno >= *first && (self.lineno - first).is_multiple_of(*step)
                }
            }
            Addr::Mult(n) => *n > 0 && self.lineno.is_multiple_of(*n),
            Addr::Plus(_) => false,
        }))
    }

    fn regex(&mut self, r: Option<usize>) -> std::result::Result<usize, Fail> {
        match r.or(self.last_re) {
            Some(i) => {
                self.last_re = Some(i);
                Ok(i)
            }
            None => Err(Fail(
                "-e expression #1, char 0: no previous regular expression".into(),
                1,
            )),
        }
    }

    async fn matches(
        &mut self,
        ctx: &Ctx<'_>,
        input: &mut Reader,
        pc: usize,
        cmd: &Command,
    ) -> Result<std::result::Result<bool, Fail>> {
        let hit = match (&cmd.a1, &cmd.a2) {
            (None, _) => true,
            (Some(a1), None) => match self.match_one(ctx, input, a1).await? {
                Ok(b) => b,
                Err(f) => return Ok(Err(f)),
            },
            (Some(a1), Some(a2)) => match self.range(ctx, input, pc, a1, a2).await? {
                Ok(b) => b,
                Err(f) => return Ok(Err(f)),
            },
        };
        Ok(Ok(hit != cmd.neg))
    }

    /// GNU's range matching: the second address is checked from the line after the
    /// start; a numeric first address that was skipped (by `n`/`N`) still starts the
    /// range.
    async fn range(
        &mut self,
        ctx: &Ctx<'_>,
        input: &mut Reader,
        pc: usize,
        a1: &Addr,
        a2: &Addr,
    ) -> Result<std::result::Result<bool, Fail>> {
        let l = self.lineno;
        let numeric_start = matches!(a1, Addr::Line(_));
        let closed = if numeric_start {
            Range::Closed
        } else {
            Range::Inactive
        };
        let state = self.ranges.get(pc).copied().unwrap_or(Range::Inactive);
        let next = match state {
            Range::Closed => return Ok(Ok(false)),
            Range::Active(Some(end)) => {
                if l >= end {
                    self.set_range(pc, closed);
                }
                // Past a numeric end (skipped by `N`) the line is outside the range;
                // past an `addr,+N` end it is still the range's last line.
                return Ok(Ok(l <= end || matches!(a2, Addr::Plus(_))));
            }
            Range::Active(None) => {
                match self.match_one(ctx, input, a2).await? {
                    Ok(true) => self.set_range(pc, closed),
                    Ok(false) => {}
                    Err(f) => return Ok(Err(f)),
                }
                return Ok(Ok(true));
            }
            Range::Inactive => {
                // A line-number start that was never evaluated (its line went by in a
                // `d`-ended or `n`-consumed cycle) starts late, unless a numeric end
                // has also gone by.
                let skipped =
                    matches!(a1, Addr::Line(n) if l > *n) && !matches!(a2, Addr::Line(m) if l > *m);
                match self.match_one(ctx, input, a1).await? {
                    Err(f) => return Ok(Err(f)),
                    Ok(false) if !skipped => return Ok(Ok(false)),
                    Ok(_) => {}
                }
                match a2 {
                    Addr::Line(n) if *n > l => Range::Active(Some(*n)),
                    Addr::Plus(n) if *n > 0 => Range::Active(Some(l.saturating_add(*n))),
                    Addr::Line(_) | Addr::Plus(_) => closed,
                    Addr::Mult(0) => closed,
                    // `addr,$` starting on the last line is already complete (for `c`).
                    Addr::Last if self.is_last(ctx, input).await? => closed,
                    _ => Range::Active(None),
                }
            }
        };
        self.set_range(pc, next);
        Ok(Ok(true))
    }

    fn set_range(&mut self, pc: usize, r: Range) {
        if let Some(slot) = self.ranges.get_mut(pc) {
            *slot = r;
        }
    }

    /// Runs the script once over the pattern space.
    async fn cycle(
        &mut self,
        ctx: &Ctx<'_>,
        input: &mut Reader,
    ) -> Result<std::result::Result<End, Fail>> {
        let prog = self.prog;
        let autoprint = !self.opts.quiet;
        let mut pc = 0;
        while let Some(cmd) = prog.cmds.get(pc) {
            self.steps = self.steps.wrapping_add(1);
            if self.steps.is_multiple_of(1024) {
                ctx.check()?;
            }
            let max = ctx.rt.limits.max_file_size;
            if self.ps.len() as u64 > max || self.hs.len() as u64 > max {
                let what = format!("sed buffer limit of {max} bytes exceeded");
                return Err(Error::limit(what));
            }
            let hit = match self.matches(ctx, input, pc, cmd).await? {
                Ok(h) => h,
                Err(f) => return Ok(Err(f)),
            };
            if !hit {
                pc = match cmd.kind {
                    Kind::Block(end) => end,
                    _ => pc + 1,
                };
                continue;
            }
            pc += 1;
            match &cmd.kind {
                Kind::Block(_) | Kind::Nop => {}
                Kind::LineNo => {
                    let mut s = self.lineno.to_string().into_bytes();
                    s.push(self.delim);
                    self.put(self.main, &s);
                }
                Kind::Append(t) => self.queue.push(Queued::Text(t.clone())),
                Kind::Insert(t) => self.put_text(self.main, t),
                Kind::Change(t) => {
                    let active = matches!(self.ranges.get(pc - 1), Some(Range::Active(_)));
                    if cmd.a2.is_none() || cmd.neg || !active {
                        self.put_text(self.main, t);
                    }
                    return Ok(Ok(End::Cycle { print: false }));
                }
                Kind::Branch(t) => pc = *t,
                Kind::BranchIf(t) => {
                    if self.tflag {
                        self.tflag = false;
                        pc = *t;
                    }
                }
                Kind::BranchUnless(t) => {
                    if self.tflag {
                        self.tflag = false;
                    } else {
                        pc = *t;
                    }
                }
                Kind::Delete => return Ok(Ok(End::Cycle { print: false })),
                Kind::DeleteFirst => match self.ps.iter().position(|&b| b == self.delim) {
                    None => return Ok(Ok(End::Cycle { print: false })),
                    Some(i) => {
                        self.ps.drain(..=i);
                        return Ok(Ok(End::Restart));
                    }
                },
                Kind::Exec(Some(cmd)) => {
                    let out = self.shell(ctx, cmd).await?;
                    self.put(self.main, &out);
                }
                Kind::Exec(None) => {
                    let cmd = std::mem::take(&mut self.ps);
                    self.ps = self.shell(ctx, &cmd).await?;
                    if self.ps.last() == Some(&b'\n') {
                        self.ps.pop();
                    }
                }
                Kind::FileName => {
                    let name = match self.file {
                        Some(f) => input.name(f).to_string(),
                        None => "-".to_string(),
                    };
                    let mut line = name.into_bytes();
                    line.push(self.delim);
                    self.put(self.main, &line);
                }
                Kind::Get => {
                    self.ps = self.hs.clone();
                    self.chomped = self.hs_chomped;
                }
                Kind::GetAppend => {
                    self.ps.push(self.delim);
                    self.ps.extend_from_slice(&self.hs);
                    self.chomped = self.hs_chomped;
                }
                Kind::Hold => {
                    self.hs = self.ps.clone();
                    self.hs_chomped = self.chomped;
                }
                Kind::HoldAppend => {
                    self.hs.push(self.delim);
                    self.hs.extend_from_slice(&self.ps);
                    self.hs_chomped = self.chomped;
                }
                Kind::Exchange => {
                    std::mem::swap(&mut self.ps, &mut self.hs);
                    std::mem::swap(&mut self.chomped, &mut self.hs_chomped);
                }
                Kind::Zap => self.ps.clear(),
                Kind::List(n) => {
                    let width = n.unwrap_or(self.opts.line_len);
                    let text = list(&self.ps, width, self.opts.nul);
                    self.put(self.main, &text);
                }
                Kind::Next | Kind::NextAppend => {
                    // At the end of the input (of the file with -s/-i), GNU sed ends the
                    // cycle with the autoprint (POSIX mode: without it).
                    if self.is_last(ctx, input).await? {
                        let print = autoprint && !self.opts.posix;
                        return Ok(Ok(End::Cycle { print }));
                    }
                    let next = matches!(cmd.kind, Kind::Next);
                    if next && autoprint {
                        self.emit_ps(self.main);
                    }
                    self.dump_queue(ctx).await?;
                    if let Some(line) = input.next(ctx).await? {
                        let mut ps = std::mem::take(&mut self.ps);
                        let text = line.text.clone();
                        self.load(ctx, input, line).await?;
                        if !next {
                            ps.push(self.delim);
                            ps.extend_from_slice(&text);
                            self.ps = ps;
                        }
                    }
                }
                Kind::Print => self.emit_ps(self.main),
                Kind::PrintFirst => self.emit_first(self.main),
                Kind::Quit(code) => {
                    return Ok(Ok(End::Quit {
                        print: autoprint,
                        code: *code,
                        append: true,
                    }));
                }
                Kind::QuitSilent(code) => {
                    return Ok(Ok(End::Quit {
                        print: false,
                        code: *code,
                        append: false,
                    }));
                }
                Kind::ReadFile(name) => self.queue.push(Queued::File(name.clone())),
                Kind::ReadLine(name) => {
                    if let Some(line) = self.read_line_of(ctx, name).await? {
                        self.queue.push(Queued::Text(line));
                    }
                }
                Kind::Subst(s) => match self.subst(s) {
                    Err(f) => return Ok(Err(f)),
                    Ok(false) => {}
                    Ok(true) => {
                        if s.eval {
                            let cmd = std::mem::take(&mut self.ps);
                            self.ps = self.shell(ctx, &cmd).await?;
                            if self.ps.last() == Some(&b'\n') {
                                self.ps.pop();
                            }
                        }
                        if s.print {
                            self.emit_ps(self.main);
                        }
                        if let Some(w) = s.wfile {
                            let o = self.wmap.get(w).copied().unwrap_or(STDOUT);
                            self.emit_ps(o);
                        }
                    }
                },
                Kind::Translate(map) => self.translate(map),
                Kind::Write(w) => {
                    let o = self.wmap.get(*w).copied().unwrap_or(STDOUT);
                    self.emit_ps(o);
                }
                Kind::WriteFirst(w) => {
                    let o = self.wmap.get(*w).copied().unwrap_or(STDOUT);
                    self.emit_first(o);
                }
            }
        }
        Ok(Ok(End::Cycle { print: autoprint }))
    }

    /// `P`/`W`: the pattern space up to and with its first delimiter, or all of it
    /// like `p` when it has none.
    fn emit_first(&mut self, o: usize) {
        match self.ps.iter().position(|&b| b == self.delim) {
            Some(i) => {
                let first = self.ps.get(..=i).unwrap_or(&[]).to_vec();
                self.put(o, &first);
            }
            None => self.emit_ps(o),
        }
    }

    /// Text of `i` and `c`: its final newline is the delimiter with `-z` (not for `a`).
    fn put_text(&mut self, o: usize, t: &[u8]) {
        match t.split_last() {
            Some((b'\n', body)) if self.opts.nul => {
                let mut v = body.to_vec();
                v.push(0);
                self.put(o, &v);
            }
            _ => self.put(o, t),
        }
    }

    async fn read_line_of(&mut self, ctx: &Ctx<'_>, name: &str) -> Result<Option<Vec<u8>>> {
        if !self.rfiles.contains_key(name) {
            let data = match ctx.rt.vfs.read(&ctx.path(name)).await {
                Ok(d) => d,
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(_) => Bytes::new(),
            };
            self.rfiles.insert(name.to_string(), (data, 0));
        }
        let delim = self.delim;
        let Some((data, pos)) = self.rfiles.get_mut(name) else {
            return Ok(None);
        };
        let rest = data.get(*pos..).unwrap_or(&[]);
        if rest.is_empty() {
            return Ok(None);
        }
        let n = rest
            .iter()
            .position(|&b| b == delim)
            .map_or(rest.len(), |i| i + 1);
        let line = rest.get(..n).unwrap_or(&[]).to_vec();
        *pos += n;
        Ok(Some(line))
    }

    fn translate(&mut self, map: &[(char, char)]) {
        let text = match std::str::from_utf8(&self.ps) {
            Ok(s) => s
                .chars()
                .map(|c| map.iter().find(|(a, _)| *a == c).map_or(c, |(_, b)| *b))
                .collect::<String>()
                .into_bytes(),
            Err(_) => self
                .ps
                .iter()
                .map(|&b| {
                    map.iter()
                        .find(|(a, _)| *a == char::from(b) && b.is_ascii())
                        .and_then(|(_, c)| u8::try_from(u32::from(*c)).ok())
                        .unwrap_or(b)
                })
                .collect(),
        };
        self.ps = text;
    }

    fn subst(&mut self, s: &Subst) -> std::result::Result<bool, Fail> {
        let idx = self.regex(s.re)?;
        let Some(re) = self.prog.regexes.get(idx) else {
            return Ok(false);
        };
        let ps = &self.ps;
        let len = ps.len();
        let mut out = Vec::new();
        let mut copied = 0;
        let mut pos = 0;
        let mut count = 0;
        let mut prev_end: Option<usize> = None;
        let mut replaced = false;
        while pos <= len {
            let Some(caps) = re.captures_at(ps, pos) else {
                break;
            };
            let Some((ms, me)) = caps.first().copied().flatten() else {
                break;
            };
            if ms == me && prev_end == Some(ms) {
                if ms >= len {
                    break;
                }
                pos = ms + char_len(ps, ms);
                continue;
            }
            count += 1;
            if count >= s.nth {
                out.extend_from_slice(ps.get(copied..ms).unwrap_or(&[]));
                expand(&s.repl, ps, &caps, &mut out);
                copied = me;
                replaced = true;
                if !s.global {
                    break;
                }
            }
            prev_end = Some(me);
            if ms == me {
                if me >= len {
                    break;
                }
                pos = me + char_len(ps, me);
            } else {
                pos = me;
            }
        }
        if !replaced {
            return Ok(false);
        }
        out.extend_from_slice(ps.get(copied..).unwrap_or(&[]));
        self.ps = out;
        self.tflag = true;
        Ok(true)
    }

    /// Runs `cmd` with `sh -c` and returns its standard output.
    async fn shell(&mut self, ctx: &Ctx<'_>, cmd: &[u8]) -> Result<Vec<u8>> {
        self.flush(ctx, true).await?;
        let cap = Capture::new(SHELL_OUTPUT_LIMIT, "sed e output");
        let argv = vec![
            "sh".to_string(),
            "-c".to_string(),
            String::from_utf8_lossy(cmd).into_owned(),
        ];
        let out = Output::Capture(cap.clone());
        ctx.spawn(argv, None, Input::empty(), out, ctx.stderr.clone())
            .await?;
        Ok(Capture::take(&cap))
    }
}

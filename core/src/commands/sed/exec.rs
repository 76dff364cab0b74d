//! The sed machine: runs a compiled [`Program`] over the input, cycle by cycle, with
//! GNU's semantics for ranges, the append queue, `n`/`N` at the end of input, `D`
//! restarts, in-place editing and output files.

use std::collections::HashMap;

use bytes::Bytes;

use super::input::{Line, Reader};
use super::program::{Addr, Case, Command, Kind, Program, Repl, Subst};
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

/// An output stream with GNU's "missing newline" state.
#[derive(Default)]
struct Out {
    buf: Vec<u8>,
    missing_nl: bool,
}

impl Out {
    fn put(&mut self, data: &[u8]) {
        if self.missing_nl {
            self.buf.push(b'\n');
            self.missing_nl = false;
        }
        self.buf.extend_from_slice(data);
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
    Active(Option<u64>),
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
        let ranges = prog
            .cmds
            .iter()
            .map(|c| match (&c.a1, &c.a2) {
                (Some(Addr::Line(0)), Some(_)) => Range::Active(None),
                _ => Range::Inactive,
            })
            .collect();
        let mut outs: Vec<Out> = (0..FIRST_W).map(|_| Out::default()).collect();
        let wmap = prog
            .wfiles
            .iter()
            .map(|w| match w.as_str() {
                "/dev/stdout" => STDOUT,
                "/dev/stderr" => STDERR,
                _ => {
                    outs.push(Out::default());
                    outs.len() - 1
                }
            })
            .collect();
        let delim = if opts.nul { 0 } else { b'\n' };
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
            if o < FIRST_W {
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
                        self.dump_queue(ctx).await?;
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
                self.lineno = 0;
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
            let Some(out) = self.outs.get_mut(o).filter(|_| o >= FIRST_W) else {
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
        let (ps, chomped, delim) = (&self.ps, self.chomped, self.delim);
        if let Some(out) = self.outs.get_mut(o) {
            out.put(ps);
            if chomped {
                out.buf.push(delim);
            } else {
                out.missing_nl = true;
            }
        }
    }

    fn put(&mut self, o: usize, data: &[u8]) {
        if let Some(out) = self.outs.get_mut(o) {
            out.put(data);
        }
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
            (Some(a1), Some(a2)) => match self.ranges.get(pc).copied() {
                Some(Range::Active(Some(end))) => {
                    if self.lineno >= end {
                        self.ranges[pc] = Range::Inactive;
                    }
                    self.lineno <= end
                }
                Some(Range::Active(None)) => {
                    match self.match_one(ctx, input, a2).await? {
                        Ok(true) => self.ranges[pc] = Range::Inactive,
                        Ok(false) => {}
                        Err(f) => return Ok(Err(f)),
                    }
                    true
                }
                _ => match self.match_one(ctx, input, a1).await? {
                    Err(f) => return Ok(Err(f)),
                    Ok(false) => false,
                    Ok(true) => {
                        let l = self.lineno;
                        let state = match a2 {
                            Addr::Line(n) => (*n > l).then_some(Some(*n)),
                            Addr::Plus(n) => (*n > 0).then_some(Some(l.saturating_add(*n))),
                            Addr::Mult(n) => (*n > 0).then_some(None),
                            _ => Some(None),
                        };
                        if let Some(s) = state {
                            self.ranges[pc] = Range::Active(s);
                        }
                        true
                    }
                },
            },
        };
        Ok(Ok(hit != cmd.neg))
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
                    let s = format!("{}\n", self.lineno);
                    self.put(self.main, s.as_bytes());
                }
                Kind::Append(t) => self.queue.push(Queued::Text(t.clone())),
                Kind::Insert(t) => self.put(self.main, t),
                Kind::Change(t) => {
                    let active = matches!(self.ranges.get(pc - 1), Some(Range::Active(_)));
                    if cmd.a2.is_none() || cmd.neg || !active {
                        self.put(self.main, t);
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
                    self.put(self.main, format!("{name}\n").as_bytes());
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
                Kind::PrintFirst => {
                    let first = self.first_line();
                    self.put(self.main, &first);
                }
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
                    let first = self.first_line();
                    self.put(o, &first);
                }
            }
        }
        Ok(Ok(End::Cycle { print: autoprint }))
    }

    /// The pattern space up to its first newline, with a newline.
    fn first_line(&self) -> Vec<u8> {
        let end = self
            .ps
            .iter()
            .position(|&b| b == self.delim)
            .unwrap_or(self.ps.len());
        let mut v = self.ps.get(..end).unwrap_or(&[]).to_vec();
        v.push(self.delim);
        v
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

/// Length of the UTF-8 character at `i` (1 for an invalid byte).
fn char_len(s: &[u8], i: usize) -> usize {
    let b = s.get(i).copied().unwrap_or(0);
    let n = match b {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 1,
    };
    if n > 1
        && s.get(i..i + n)
            .is_some_and(|c| std::str::from_utf8(c).is_ok())
    {
        n
    } else {
        1
    }
}

/// Appends the replacement for one match.
fn expand(repl: &[Repl], ps: &[u8], caps: &[Option<(usize, usize)>], out: &mut Vec<u8>) {
    let mut mode: Option<Case> = None;
    let mut one: Option<Case> = None;
    for r in repl {
        let text: &[u8] = match r {
            Repl::Lit(t) => t,
            Repl::Group(g) => match caps.get(*g).copied().flatten() {
                Some((a, b)) => ps.get(a..b).unwrap_or(&[]),
                None => &[],
            },
            Repl::Case(c) => {
                match c {
                    Case::Lower | Case::Upper => {
                        mode = Some(*c);
                    }
                    Case::LowerOne | Case::UpperOne => one = Some(*c),
                    Case::End => {
                        mode = None;
                        one = None;
                    }
                }
                continue;
            }
        };
        if mode.is_none() && one.is_none() {
            out.extend_from_slice(text);
            continue;
        }
        push_cased(text, mode, &mut one, out);
    }
}

fn push_cased(text: &[u8], mode: Option<Case>, one: &mut Option<Case>, out: &mut Vec<u8>) {
    let s = String::from_utf8_lossy(text);
    if std::str::from_utf8(text).is_err() {
        // Invalid UTF-8: convert ASCII bytes only.
        for &b in text {
            let c = match one.take().or(mode) {
                Some(Case::Upper | Case::UpperOne) => b.to_ascii_uppercase(),
                Some(Case::Lower | Case::LowerOne) => b.to_ascii_lowercase(),
                _ => b,
            };
            out.push(c);
        }
        return;
    }
    let mut buf = String::new();
    for ch in s.chars() {
        match one.take().or(mode) {
            Some(Case::Upper | Case::UpperOne) => buf.extend(ch.to_uppercase()),
            Some(Case::Lower | Case::LowerOne) => buf.extend(ch.to_lowercase()),
            _ => buf.push(ch),
        }
    }
    out.extend_from_slice(buf.as_bytes());
}

/// The `l` command's text: escapes, octal for other bytes, wrapped at `width`.
fn list(ps: &[u8], width: usize, nul: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut col = 0;
    for &b in ps {
        let esc: Vec<u8> = match b {
            b'\\' => b"\\\\".to_vec(),
            0x07 => b"\\a".to_vec(),
            0x08 => b"\\b".to_vec(),
            0x0c => b"\\f".to_vec(),
            b'\n' => b"\\n".to_vec(),
            b'\r' => b"\\r".to_vec(),
            b'\t' => b"\\t".to_vec(),
            0x0b => b"\\v".to_vec(),
            0x20..=0x7e => vec![b],
            _ => format!("\\{b:03o}").into_bytes(),
        };
        if width > 0 && col + esc.len() > width - 1 {
            out.extend_from_slice(b"\\\n");
            col = 0;
        }
        col += esc.len();
        out.extend_from_slice(&esc);
    }
    out.push(b'$');
    out.push(if nul { 0 } else { b'\n' });
    out
}

/// The backup name for `-i SUFFIX`: `*` in the suffix stands for the file's base name.
fn backup_name(name: &str, suffix: &str) -> String {
    if !suffix.contains('*') {
        return format!("{name}{suffix}");
    }
    let (dir, base) = match name.rfind('/') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => ("", name),
    };
    let b = suffix.replace('*', base);
    if b.contains('/') {
        b
    } else {
        format!("{dir}{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_wraps_like_gnu() {
        assert_eq!(
            list(b"a\tb\\\x01\xe9", 70, false),
            b"a\\tb\\\\\\001\\351$\n"
        );
        assert_eq!(list(b"abcd", 3, false), b"ab\\\ncd$\n");
        assert_eq!(backup_name("d/f", ".bak"), "d/f.bak");
        assert_eq!(backup_name("d/f", "old_*"), "d/old_f");
    }
}

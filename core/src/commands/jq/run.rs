//! jq's main loop: the program runs on each input in turn and what it prints is written
//! as it comes, so `jq ... | head -1` stops early.
//!
//! jaq's running filter holds values that are not `Send`, so it cannot live across an
//! `await`: the program runs synchronously until it has printed a budget of bytes, then
//! those are written. If the input is not done, the run on that input starts again and
//! skips what was already printed, with twice the budget (so the work stays linear).

use std::cell::RefCell;

use jaq_core::{Ctx as JCtx, Vars};
use jaq_json::Val;
use jaq_std::input::RcIter;

use super::args::Opts;
use super::guard::{Guard, Step, Trip};
use super::json::{self, Item, Style};
use super::val::V;
use super::{Kind, Program, Rt, errors};
use crate::commands::Ctx;
use crate::error::Result;

/// Bytes printed before the first write.
const FIRST_BUDGET: usize = 64 << 10;
/// The largest budget of one run.
const MAX_BUDGET: usize = 8 << 20;

/// Output in order: `(to stderr?, bytes)`.
type Chunks = Vec<(bool, Vec<u8>)>;

/// One input text (or the error that ended reading), with the file it came from.
pub(super) struct In {
    item: Item,
    name: String,
    /// The text ends its file with no newline after it.
    open_end: bool,
}

impl In {
    pub(super) fn new(item: Item, name: String, open_end: bool) -> Self {
        In {
            item,
            name,
            open_end,
        }
    }
}

/// Where the reading of inputs stands.
#[derive(Clone)]
pub(super) struct Cursor {
    /// The next item to read.
    next: usize,
    /// `file:line` of the last input read, for error messages.
    loc: String,
    /// The file of the last input read (`input_filename`).
    pub(super) file: Option<String>,
}

impl Cursor {
    /// Reads the next input; at the end, the location is where jq 1.6 says it is.
    fn read(&mut self, items: &[In]) -> Option<std::result::Result<Val, String>> {
        let Some(it) = items.get(self.next) else {
            self.loc = match self.next.checked_sub(1).and_then(|i| items.get(i)) {
                Some(last) if last.open_end => "<unknown>".to_string(),
                Some(_) => self.loc.clone(),
                None => "<stdin>:0".to_string(),
            };
            return None;
        };
        self.next += 1;
        Some(match &it.item {
            Ok((v, line)) => {
                self.loc = format!("{}:{line}", it.name);
                self.file = Some(it.name.clone());
                Ok(v.clone())
            }
            Err(e) => Err(e.clone()),
        })
    }
}

/// What one run on one input printed.
struct Segment {
    chunks: Chunks,
    /// The outputs and the standard error bytes produced, printed or skipped.
    outs: usize,
    logs: usize,
    /// Set when the run ended: the exit code it leaves and the cursor after it.
    done: Option<(i32, Cursor)>,
    halted: Option<i32>,
}

/// Runs the program on every input, writing as it goes; returns jq's exit status.
pub(super) async fn run(
    ctx: &Ctx<'_>,
    o: &Opts,
    prog: &Program,
    items: Vec<In>,
    open_failed: bool,
) -> Result<i32> {
    let style = Style {
        indent: if o.tab {
            "\t".to_string()
        } else if o.compact {
            String::new()
        } else {
            " ".repeat(o.indent.unwrap_or(2))
        },
        sort: o.sort,
        ascii: o.ascii,
    };
    let mut cur = Cursor {
        next: 0,
        loc: "<unknown>".to_string(),
        file: None,
    };
    // jq 1.6's main loop: 14 means "no output yet", 11 "last output false or null".
    let mut ret = 0;
    let mut out = Block::default();
    let mut first = true;
    loop {
        ctx.check()?;
        let input = if o.null_input {
            if !first {
                break;
            }
            Val::Null
        } else {
            match cur.read(&items) {
                None => break,
                Some(Ok(v)) => v,
                Some(Err(e)) => {
                    ctx.stderr.write_str(&format!("parse error: {e}\n")).await?;
                    ret = 4;
                    break;
                }
            }
        };
        first = false;
        let (mut skip_outs, mut skip_logs, mut budget) = (0, 0, FIRST_BUDGET);
        loop {
            // Under the bounds of [`Guard`]: a cancel, the wall-time limit or a `timeout`
            // ends the run; runaway recursion ends jq like jq 1.6's failed allocation.
            let guard = Guard::new(ctx);
            let run = || {
                segment(
                    ctx, o, &style, prog, &items, &cur, &input, skip_outs, skip_logs, budget,
                    &guard,
                )
            };
            let seg = match guard.run(run) {
                Ok(seg) => seg?,
                Err(Trip::Stop(e)) => return Err(e),
                Err(Trip::Depth) => Segment {
                    chunks: vec![(true, b"error: cannot allocate memory\n".to_vec())],
                    outs: 0,
                    logs: 0,
                    done: None,
                    halted: Some(134),
                },
            };
            for (is_err, chunk) in &seg.chunks {
                if *is_err {
                    ctx.stderr.write(chunk).await?;
                } else {
                    out.write(ctx, chunk).await?;
                }
            }
            if let Some(code) = seg.halted {
                out.flush(ctx).await?;
                return Ok(code);
            }
            if let Some((r, c)) = seg.done {
                ret = r;
                cur = c;
                break;
            }
            (skip_outs, skip_logs) = (seg.outs, seg.logs);
            budget = (budget * 2).min(MAX_BUDGET);
        }
    }
    out.flush(ctx).await?;
    if open_failed {
        ret = 2;
    }
    if ret >= 10 {
        ret = if o.exit_status { ret - 10 } else { 0 };
    }
    Ok(ret)
}

/// Runs the program on `input` from the start, skipping the first `skip_outs` outputs and
/// `skip_logs` bytes of standard error, until it ends or has printed `budget` bytes, with
/// `guard` checked at every evaluation step.
#[allow(clippy::too_many_arguments)]
fn segment(
    ctx: &Ctx<'_>,
    o: &Opts,
    style: &Style,
    prog: &Program,
    items: &[In],
    start: &Cursor,
    input: &Val,
    skip_outs: usize,
    skip_logs: usize,
    budget: usize,
    guard: &dyn Step,
) -> Result<Segment> {
    let cur = RefCell::new(start.clone());
    let feed = std::iter::from_fn(|| cur.borrow_mut().read(items).map(|r| r.map(V)));
    let iter: Box<dyn Iterator<Item = std::result::Result<V, String>>> = Box::new(feed);
    let inputs = RcIter::new(iter);
    let log = RefCell::new(Vec::new());
    let rt = Rt {
        lut: &prog.filter.lut,
        inputs: &inputs,
        log: &log,
        cur: &cur,
        guard,
    };
    let mut seg = Segment {
        chunks: Vec::new(),
        outs: 0,
        logs: 0,
        done: None,
        halted: None,
    };
    let mut out: Vec<u8> = Vec::new();
    let mut printed = 0usize;
    // Moves standard error text logged so far into the chunks (past the skipped part).
    let flush_log = |seg: &mut Segment, out: &mut Vec<u8>| {
        let msgs = std::mem::take(&mut *log.borrow_mut());
        if msgs.is_empty() {
            return;
        }
        let before = seg.logs;
        seg.logs += msgs.len();
        if seg.logs > skip_logs {
            let from = skip_logs.saturating_sub(before);
            if !out.is_empty() {
                seg.chunks.push((false, std::mem::take(out)));
            }
            seg.chunks
                .push((true, msgs.get(from..).unwrap_or(&[]).to_vec()));
        }
    };
    let mut ret = 14;
    let vars = Vars::new(prog.vars.iter().map(|v| V(v.clone())));
    let jctx = JCtx::<Kind>::new(rt, vars);
    for r in prog.filter.id.run((jctx, V(input.clone()))) {
        ctx.check()?;
        match r {
            Ok(V(v)) => {
                let falsy = matches!(v, Val::Null | Val::Bool(false));
                ret = if o.exit_status && falsy { 11 } else { 0 };
                flush_log(&mut seg, &mut out);
                seg.outs += 1;
                if seg.outs <= skip_outs {
                    continue;
                }
                let before = out.len();
                print_val(&mut out, o, style, &v);
                printed += out.len() - before;
                if printed >= budget {
                    seg.chunks.push((false, out));
                    return Ok(seg);
                }
            }
            Err(exn) => {
                flush_log(&mut seg, &mut out);
                match exn.get_halt() {
                    Ok(code) => {
                        seg.halted = Some(code);
                        break;
                    }
                    Err(exn) => {
                        let loc = cur.borrow().loc.clone();
                        let msg = match exn.get_err() {
                            Ok(e) => errors::runtime(e, &loc),
                            Err(_) => format!("jq: error (at {loc}): break\n"),
                        };
                        if !out.is_empty() {
                            seg.chunks.push((false, std::mem::take(&mut out)));
                        }
                        seg.chunks.push((true, msg.into_bytes()));
                        ret = 5;
                        break;
                    }
                }
            }
        }
    }
    flush_log(&mut seg, &mut out);
    if !out.is_empty() {
        seg.chunks.push((false, out));
    }
    let after = cur.borrow().clone();
    seg.done = Some((ret, after));
    Ok(seg)
}

/// jq's standard output when it is not a terminal: C stdio's full buffering, written in
/// blocks of 4096 bytes (so messages on standard error come first, as with jq).
#[derive(Default)]
struct Block {
    buf: Vec<u8>,
}

/// The stdio buffer size for a pipe or an ext4 file.
const BLOCK: usize = 4096;

impl Block {
    async fn write(&mut self, ctx: &Ctx<'_>, data: &[u8]) -> Result<()> {
        self.buf.extend_from_slice(data);
        let full = self.buf.len() / BLOCK * BLOCK;
        if full > 0 {
            ctx.stdout
                .write(self.buf.get(..full).unwrap_or(&[]))
                .await?;
            self.buf.drain(..full);
        }
        Ok(())
    }

    async fn flush(&mut self, ctx: &Ctx<'_>) -> Result<()> {
        if !self.buf.is_empty() {
            ctx.stdout.write(&self.buf).await?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// Appends one result as jq prints it.
fn print_val(out: &mut Vec<u8>, o: &Opts, style: &Style, v: &Val) {
    if o.seq {
        out.push(0x1e);
    }
    match v {
        Val::TStr(b) | Val::BStr(b) if o.raw_out => {
            if o.ascii {
                let mut s = Vec::new();
                json::write_str(&mut s, true, b);
                out.extend_from_slice(s.get(1..s.len() - 1).unwrap_or(&[]));
            } else {
                out.extend_from_slice(b);
            }
        }
        v => json::write(out, style, 0, v),
    }
    if !o.join {
        out.push(b'\n');
    }
}

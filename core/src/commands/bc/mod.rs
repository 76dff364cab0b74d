//! `bc`: the arbitrary precision calculator (GNU bc 1.07.1 language: scale, ibase/obase,
//! variables, arrays, `define` with dynamic scoping, if/while/for, print, strings, and
//! `-l` with a math library written in bc). Input is parsed and run line by line: a syntax
//! error or a runtime error skips the rest of that line, like GNU bc.
//!
//! Difference: the `adr=N` in runtime error messages counts this interpreter's steps, not
//! GNU bc's bytecode addresses.

mod num;
mod parse;

use std::collections::{BTreeMap, HashMap};

use num::Num;
use parse::{CallArg, Expr, Func, Item, Lv, Parser, PrintItem, Stmt, SyntaxError};

use crate::commands::Ctx;
use crate::commands::args::{self, Outcome, Usage};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = "usage: bc [options] [file ...]
  -h  --help         print this usage and exit
  -i  --interactive  force interactive mode
  -l  --mathlib      use the predefined math routines
  -q  --quiet        don't print initial banner
  -s  --standard     non-standard bc constructs are errors
  -w  --warn         warn about non-standard bc constructs
  -v  --version      print version information and exit
";

const VERSION: &str = "bc 1.07.1
Copyright 1991-1994, 1997, 1998, 2000, 2004, 2006, 2008, 2012-2017 Free Software Foundation, Inc.
";

/// The `-l` library: `e l s c a` computed with guard digits, then truncated.
const MATHLIB: &str = r"
define e(x) {
  auto s, r, t, i, m
  s = scale
  if (x < 0) { scale = s + 10; r = 1 / e(-x); scale = s; return (r / 1) }
  scale = s + 10 + length(x)
  m = 0
  while (x > 1) { x = x / 2; m = m + 1 }
  r = 1; t = 1; i = 1
  while (1) { t = t * x / i; if (t == 0) break; r = r + t; i = i + 1 }
  while (m > 0) { r = r * r; m = m - 1 }
  scale = s
  return (r / 1)
}
define l(x) {
  auto s, r, t, n, i, m, v, y
  if (x <= 0) return (0)
  s = scale
  scale = s + 10
  m = 0
  while (x >= 2) { x = sqrt(x); m = m + 1 }
  while (x <= .5) { x = sqrt(x); m = m + 1 }
  y = (x - 1) / (x + 1)
  r = y; t = y; n = y * y; i = 1
  while (1) { t = t * n; i = i + 2; v = t / i; if (v == 0) break; r = r + v }
  r = r * 2 * 2 ^ m
  scale = s
  return (r / 1)
}
define a(x) {
  auto s, r, t, n, i, m, v, g
  s = scale
  scale = s + 10
  g = 0
  if (x < 0) { g = 1; x = -x }
  m = 0
  while (x > .2) { x = x / (1 + sqrt(1 + x * x)); m = m + 1 }
  r = x; t = x; n = x * x; i = 1
  while (1) { t = -t * n; i = i + 2; v = t / i; if (v == 0) break; r = r + v }
  r = r * 2 ^ m
  if (g) r = -r
  scale = s
  return (r / 1)
}
define s(x) {
  auto s, r, t, n, i, p, k
  s = scale
  scale = s + 10
  p = 8 * a(1)
  scale = 0
  k = x / p
  scale = s + 10
  x = x - k * p
  r = x; t = x; n = x * x; i = 1
  while (1) { t = -t * n / ((i + 1) * (i + 2)); i = i + 2; if (t == 0) break; r = r + t }
  scale = s
  return (r / 1)
}
define c(x) {
  auto s, r
  s = scale
  scale = s + 10
  r = s(x + 2 * a(1))
  scale = s
  return (r / 1)
}
";

/// How a statement ended.
enum Flow {
    Normal,
    Break,
    Continue,
    Return(Num),
    Halt,
}

/// A runtime error message (`Divide by zero`).
struct RtError(String);

type R<T> = std::result::Result<T, RtError>;

struct Machine<'c> {
    check: &'c dyn Fn() -> Result<()>,
    vars: HashMap<String, Vec<Num>>,
    arrays: HashMap<String, Vec<BTreeMap<u64, Num>>>,
    funcs: HashMap<String, Func>,
    scale: u32,
    ibase: u32,
    obase: u32,
    last: Num,
    out: Vec<u8>,
    err: Vec<u8>,
    /// `(out.len(), err.len())` after each message, to interleave the two streams.
    marks: Vec<(usize, usize)>,
    col: usize,
    line_len: usize,
    func: Vec<String>,
    adr: usize,
    depth: usize,
    fatal: Option<crate::error::Error>,
}

const MAX_CALL_DEPTH: usize = 2000;
const OUTPUT_LIMIT: usize = 256 << 20;

impl Machine<'_> {
    /// A message on stderr, after what stdout has so far.
    fn warn(&mut self, msg: &str) {
        self.err.extend_from_slice(msg.as_bytes());
        self.marks.push((self.out.len(), self.err.len()));
    }

    fn fail<T>(&self, msg: &str) -> R<T> {
        Err(RtError(msg.to_string()))
    }

    fn tick(&mut self) -> R<()> {
        if let Err(e) = (self.check)() {
            self.fatal = Some(e);
            return Err(RtError(String::new()));
        }
        if self.out.len() > OUTPUT_LIMIT {
            self.fatal = Some(crate::error::Error::new(ErrorKind::LimitExceeded));
            return Err(RtError(String::new()));
        }
        Ok(())
    }

    fn emit_str(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
        match s.rfind('\n') {
            Some(i) => self.col = s.len() - i - 1,
            None => self.col += s.len(),
        }
    }

    /// Writes a number, breaking lines with `\` like bc (`BC_LINE_LENGTH - 2` digits a line).
    fn emit_num(&mut self, n: &Num) {
        let s = n.to_string_base(self.obase);
        for c in s.chars() {
            if self.line_len > 2 && self.col >= self.line_len - 2 {
                self.out.extend_from_slice(b"\\\n");
                self.col = 0;
            }
            let mut b = [0u8; 4];
            self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            self.col += 1;
        }
    }

    fn get(&self, lv: &Lv) -> Num {
        match lv {
            Lv::Var(n) => self
                .vars
                .get(n)
                .and_then(|s| s.last())
                .cloned()
                .unwrap_or_else(Num::zero),
            Lv::Scale => Num::int(i64::from(self.scale)),
            Lv::Ibase => Num::int(i64::from(self.ibase)),
            Lv::Obase => Num::int(i64::from(self.obase)),
            Lv::Last => self.last.clone(),
            Lv::Elem(..) => Num::zero(),
        }
    }

    fn index(&mut self, e: &Expr) -> R<u64> {
        let i = self.eval(e)?;
        match i.to_i64() {
            Some(i) if (0..16_777_215).contains(&i) => Ok(i as u64),
            _ => self.fail("Array index out of range"),
        }
    }

    fn load(&mut self, lv: &Lv) -> R<Num> {
        if let Lv::Elem(n, i) = lv {
            let i = self.index(i)?;
            return Ok(self
                .arrays
                .get(n)
                .and_then(|s| s.last())
                .and_then(|a| a.get(&i))
                .cloned()
                .unwrap_or_else(Num::zero));
        }
        Ok(self.get(lv))
    }

    fn store(&mut self, lv: &Lv, v: Num) -> R<Num> {
        match lv {
            Lv::Var(n) => {
                let stack = self.vars.entry(n.clone()).or_default();
                match stack.last_mut() {
                    Some(top) => *top = v.clone(),
                    None => stack.push(v.clone()),
                }
            }
            Lv::Elem(n, i) => {
                let i = self.index(i)?;
                let stack = self.arrays.entry(n.clone()).or_default();
                if stack.is_empty() {
                    stack.push(BTreeMap::new());
                }
                if let Some(top) = stack.last_mut() {
                    top.insert(i, v.clone());
                }
            }
            Lv::Scale => {
                let s = v.to_i64().unwrap_or(-1);
                if !(0..=i64::from(num::MAX_SCALE)).contains(&s) {
                    return self.fail("negative scale, set to 0");
                }
                self.scale = s as u32;
            }
            Lv::Ibase => {
                let b = v.to_i64().unwrap_or(0);
                self.ibase = b.clamp(2, 16) as u32;
            }
            Lv::Obase => {
                let b = v.to_i64().unwrap_or(0);
                if b < 2 {
                    return self.fail("output base is too small");
                }
                self.obase = b.min(999) as u32;
            }
            Lv::Last => self.last = v.clone(),
        }
        Ok(v)
    }

    fn binop(&mut self, op: &str, a: &Num, b: &Num) -> R<Num> {
        self.adr += 1;
        let truth = |t: bool| Num::int(i64::from(t));
        Ok(match op {
            "+" => a.add(b),
            "-" => a.sub(b),
            "*" => a.mul(b, self.scale),
            "/" => match a.div(b, self.scale) {
                Some(v) => v,
                None => return self.fail("Divide by zero"),
            },
            "%" => match a.rem(b, self.scale) {
                Some(v) => v,
                None => return self.fail("Modulo by zero"),
            },
            "^" => {
                if b.scale() > 0 {
                    let f = self.func_name();
                    let msg = format!(
                        "Runtime warning (func={f}, adr={}): non-zero scale in exponent\n",
                        self.adr
                    );
                    self.warn(&msg);
                }
                match a.pow(&b.trunc_int(), self.scale) {
                    Some(v) => v,
                    None => return self.fail("divide by zero"),
                }
            }
            "==" => truth(a.cmp(b).is_eq()),
            "!=" => truth(a.cmp(b).is_ne()),
            "<" => truth(a.cmp(b).is_lt()),
            "<=" => truth(a.cmp(b).is_le()),
            ">" => truth(a.cmp(b).is_gt()),
            _ => truth(a.cmp(b).is_ge()),
        })
    }

    fn func_name(&self) -> String {
        self.func
            .last()
            .cloned()
            .unwrap_or_else(|| "(main)".to_string())
    }

    fn eval(&mut self, e: &Expr) -> R<Num> {
        match e {
            Expr::Num(t) => {
                // bc's scanner drops leading zeros (`0.5` is stored as `.5`).
                let stored = match t.trim_start_matches('0') {
                    "" => "0",
                    rest => rest,
                };
                self.adr += if stored == "0" || stored == "1" {
                    1
                } else {
                    stored.len() + 2
                };
                Ok(Num::parse(t, self.ibase))
            }
            Expr::Load(lv) => {
                self.adr += 2;
                self.load(lv)
            }
            Expr::Neg(x) => {
                let v = self.eval(x)?;
                self.adr += 1;
                Ok(v.neg())
            }
            Expr::Not(x) => {
                let v = self.eval(x)?;
                Ok(Num::int(i64::from(v.is_zero())))
            }
            Expr::Bin("&&", a, b) => {
                let t = !self.eval(a)?.is_zero() && !self.eval(b)?.is_zero();
                Ok(Num::int(i64::from(t)))
            }
            Expr::Bin("||", a, b) => {
                let t = !self.eval(a)?.is_zero() || !self.eval(b)?.is_zero();
                Ok(Num::int(i64::from(t)))
            }
            Expr::Bin(op, a, b) => {
                let x = self.eval(a)?;
                let y = self.eval(b)?;
                self.binop(op, &x, &y)
            }
            Expr::Assign(lv, op, r) => {
                let v = self.eval(r)?;
                let v = match op {
                    Some(op) => {
                        let cur = self.load(lv)?;
                        self.binop(op, &cur, &v)?
                    }
                    None => v,
                };
                self.store(lv, v)
            }
            Expr::Inc(lv, up, pre) => {
                let cur = self.load(lv)?;
                let one = Num::int(1);
                let new = if *up { cur.add(&one) } else { cur.sub(&one) };
                self.store(lv, new.clone())?;
                Ok(if *pre { new } else { cur })
            }
            Expr::Length(x) => Ok(Num::int(i64::from(self.eval(x)?.length()))),
            Expr::ScaleOf(x) => Ok(Num::int(i64::from(self.eval(x)?.scale()))),
            Expr::Sqrt(x) => {
                let v = self.eval(x)?;
                self.adr += 1;
                match v.sqrt(self.scale) {
                    Some(r) => Ok(r),
                    None => self.fail("Square root of a negative number"),
                }
            }
            Expr::Read => Ok(Num::zero()),
            Expr::Call(name, args) => self.call(name, args),
        }
    }

    fn call(&mut self, name: &str, args: &[CallArg]) -> R<Num> {
        let Some(f) = self.funcs.get(name).cloned() else {
            return self.fail(&format!("Function {name} not defined."));
        };
        if args.len() != f.params.len() {
            return self.fail("Parameter number mismatch");
        }
        if self.depth >= MAX_CALL_DEPTH {
            return self.fail("Function call nesting too deep");
        }
        let mut vals = Vec::new();
        for (a, (_, is_arr)) in args.iter().zip(&f.params) {
            match (a, is_arr) {
                (CallArg::Val(e), false) => vals.push(Ok(self.eval(e)?)),
                (CallArg::Array(n), true) => vals.push(Err(self
                    .arrays
                    .get(n)
                    .and_then(|s| s.last())
                    .cloned()
                    .unwrap_or_default())),
                _ => return self.fail("Parameter type mismatch"),
            }
        }
        for ((p, _), v) in f.params.iter().zip(vals) {
            match v {
                Ok(n) => self.vars.entry(p.clone()).or_default().push(n),
                Err(a) => self.arrays.entry(p.clone()).or_default().push(a),
            }
        }
        for (a, is_arr) in &f.autos {
            if *is_arr {
                self.arrays
                    .entry(a.clone())
                    .or_default()
                    .push(BTreeMap::new());
            } else {
                self.vars.entry(a.clone()).or_default().push(Num::zero());
            }
        }
        self.depth += 1;
        self.func.push(name.to_string());
        let r = self.block(&f.body);
        self.func.pop();
        self.depth -= 1;
        for (p, is_arr) in f.params.iter().chain(&f.autos) {
            if *is_arr {
                if let Some(s) = self.arrays.get_mut(p) {
                    s.pop();
                }
            } else if let Some(s) = self.vars.get_mut(p) {
                s.pop();
            }
        }
        match r? {
            Flow::Return(v) => Ok(v),
            Flow::Halt => Err(RtError("\0halt".into())),
            _ => Ok(Num::zero()),
        }
    }

    fn block(&mut self, body: &[Stmt]) -> R<Flow> {
        for s in body {
            match self.exec(s)? {
                Flow::Normal => {}
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec(&mut self, s: &Stmt) -> R<Flow> {
        self.tick()?;
        match s {
            Stmt::Expr(e) => {
                let v = self.eval(e)?;
                if !matches!(e, Expr::Assign(..)) {
                    self.emit_num(&v);
                    self.emit_str("\n");
                    self.last = v;
                }
            }
            Stmt::Str(t) => self.emit_str(t),
            Stmt::Print(items) => {
                for it in items {
                    match it {
                        PrintItem::Str(t) => self.emit_str(&unescape(t)),
                        PrintItem::Val(e) => {
                            let v = self.eval(e)?;
                            self.emit_num(&v);
                            self.last = v;
                        }
                    }
                }
            }
            Stmt::Block(b) => return self.block(b),
            Stmt::If(c, t, e) => {
                if !self.eval(c)?.is_zero() {
                    return self.exec(t);
                } else if let Some(e) = e {
                    return self.exec(e);
                }
            }
            Stmt::While(c, body) => {
                while !self.eval(c)?.is_zero() {
                    self.tick()?;
                    match self.exec(body)? {
                        Flow::Break => break,
                        Flow::Normal | Flow::Continue => {}
                        f => return Ok(f),
                    }
                }
            }
            Stmt::For(a, c, step, body) => {
                if let Some(a) = a {
                    self.eval(a)?;
                }
                loop {
                    self.tick()?;
                    if let Some(c) = c
                        && self.eval(c)?.is_zero()
                    {
                        break;
                    }
                    match self.exec(body)? {
                        Flow::Break => break,
                        Flow::Normal | Flow::Continue => {}
                        f => return Ok(f),
                    }
                    if let Some(step) = step {
                        self.eval(step)?;
                    }
                }
            }
            Stmt::Break => return Ok(Flow::Break),
            Stmt::Continue => return Ok(Flow::Continue),
            Stmt::Return(e) => {
                let v = match e {
                    Some(e) => self.eval(e)?,
                    None => Num::zero(),
                };
                return Ok(Flow::Return(v));
            }
            Stmt::Halt => return Ok(Flow::Halt),
            Stmt::Limits => self.emit_str(
                "BC_BASE_MAX     = 2147483647\nBC_DIM_MAX      = 16777215\nBC_SCALE_MAX    = 2147483647\nBC_STRING_MAX   = 2147483647\nMAX Exponent    = 9223372036854775807\nNumber of vars  = 32767\n",
            ),
            Stmt::Quit | Stmt::Empty => {}
        }
        Ok(Flow::Normal)
    }

    /// Runs a whole program text; `true` when it ended with `quit` or `halt`.
    fn run_source(&mut self, src: &str, name: &str) -> bool {
        let mut p = Parser::new(src);
        while !p.at_eof() {
            if self.fatal.is_some() {
                return true;
            }
            let items = match p.line() {
                Ok(items) => items,
                Err(SyntaxError(line, what)) => {
                    let what = what.unwrap_or("syntax error");
                    let msg = format!("({name}) {line}: {what}\n");
                    self.warn(&msg);
                    p.recover();
                    continue;
                }
            };
            for it in items {
                match it {
                    Item::Define(n, f) => {
                        self.funcs.insert(n, f);
                    }
                    Item::Stmt(Stmt::Quit) => return true,
                    Item::Stmt(s) => {
                        self.adr = 0;
                        match self.exec(&s) {
                            Ok(Flow::Halt) => return true,
                            Ok(_) => {}
                            Err(RtError(m)) if m == "\0halt" => return true,
                            Err(RtError(m)) => {
                                if self.fatal.is_some() {
                                    return true;
                                }
                                let f = self.func_name();
                                self.func.clear();
                                self.depth = 0;
                                let msg =
                                    format!("Runtime error (func={f}, adr={}): {m}\n", self.adr);
                                self.warn(&msg);
                                break;
                            }
                        }
                    }
                }
            }
        }
        false
    }
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('a') => out.push('\x07'),
            Some('b') => out.push('\x08'),
            Some('f') => out.push('\x0c'),
            Some('r') => out.push('\r'),
            Some('q') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(c) => {
                out.push('\\');
                out.push(c);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Runs the sources in order, synchronously; returns stdout, stderr and a fatal error.
fn run_all(ctx: &Ctx<'_>, sources: &[(String, String)], mathlib: bool, line_len: usize) -> Ran {
    // bc runs synchronously: bound its steps like shell loops, and its wall time.
    let steps = std::cell::Cell::new(0u64);
    let check = || {
        let n = steps.get() + 1;
        steps.set(n);
        ctx.check_step(n)?;
        let max = ctx.rt.limits.max_loop_iterations;
        if n > max {
            return Err(crate::error::Error::limit(format!(
                "loop iteration limit of {max} exceeded"
            )));
        }
        Ok(())
    };
    let mut m = Machine {
        check: &check,
        vars: HashMap::new(),
        arrays: HashMap::new(),
        funcs: HashMap::new(),
        scale: 0,
        ibase: 10,
        obase: 10,
        last: Num::zero(),
        out: Vec::new(),
        err: Vec::new(),
        marks: Vec::new(),
        col: 0,
        line_len,
        func: Vec::new(),
        adr: 0,
        depth: 0,
        fatal: None,
    };
    if mathlib {
        m.run_source(MATHLIB, "mathlib");
        m.scale = 20;
    }
    for (src, name) in sources {
        if m.run_source(src, name) {
            break;
        }
    }
    Ran {
        out: m.out,
        err: m.err,
        marks: m.marks,
        fatal: m.fatal,
    }
}

/// What a run printed: both streams and where they interleave, and a fatal error.
struct Ran {
    out: Vec<u8>,
    err: Vec<u8>,
    marks: Vec<(usize, usize)>,
    fatal: Option<crate::error::Error>,
}

/// Runs `bc`.
pub fn bc<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: VERSION,
            status: 1,
        };
        let spec = "h|help i|interactive l|mathlib q|quiet s|standard w|warn v|version";
        let parsed = match args::parse(ctx, spec, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(c) => return Ok(c),
        };
        let mut mathlib = false;
        for (k, _) in &parsed.opts {
            match *k {
                "h" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(0);
                }
                "v" => {
                    ctx.stdout.write_str(VERSION).await?;
                    return Ok(0);
                }
                "l" => mathlib = true,
                _ => {}
            }
        }
        let mut sources = Vec::new();
        for (f, r) in parsed
            .operands
            .iter()
            .zip(ctx.read_files(&parsed.operands).await)
        {
            match r {
                Ok(d) => sources.push((String::from_utf8_lossy(&d).into_owned(), f.clone())),
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(_) => {
                    ctx.stderr
                        .write_str(&format!("File {f} is unavailable.\n"))
                        .await?;
                    return Ok(1);
                }
            }
        }
        let stdin = String::from_utf8_lossy(&ctx.stdin.read_all().await?).into_owned();
        sources.push((stdin, "standard_in".to_string()));
        let line_len = ctx
            .env
            .iter()
            .find(|(k, _)| k == "BC_LINE_LENGTH")
            .and_then(|(_, v)| v.parse::<usize>().ok())
            .unwrap_or(70);
        let ran = run_all(ctx, &sources, mathlib, line_len);
        let (mut o, mut e) = (0, 0);
        for &(op, ep) in &ran.marks {
            if let Some(part) = ran.out.get(o..op).filter(|p| !p.is_empty()) {
                ctx.stdout.write(part).await?;
                o = op;
            }
            if let Some(part) = ran.err.get(e..ep) {
                ctx.stderr.write(part).await?;
                e = ep;
            }
        }
        ctx.stdout.write(ran.out.get(o..).unwrap_or(&[])).await?;
        ctx.stderr.write(ran.err.get(e..).unwrap_or(&[])).await?;
        if let Some(e) = ran.fatal {
            return Err(e);
        }
        Ok(0)
    })
}

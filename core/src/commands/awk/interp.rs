//! The awk interpreter: walks the parsed program (async, because `getline`, pipes and
//! `system` reach the VFS and other utilities), with lazily split fields, associative
//! arrays in an arena (so array parameters are passed by reference) and awk's
//! conversions and comparisons.

use std::cmp::Ordering;
use std::collections::HashMap;

use bytes::Bytes;

pub use super::array::Array;
use super::ast::*;
use super::io::{Reader, RsMode};

mod fields;

use super::output::Outputs;
use super::value::{Value, num_to_string};
use crate::commands::Ctx;
use crate::commands::regex::Regex;
use crate::error::Error;
use crate::sync::{BoxFuture, boxed};
pub use fields::split_into;

/// Why evaluation stopped early.
pub enum Ctl {
    Next,
    NextFile,
    Exit,
    Return(Value),
    Break,
    Continue,
    /// A fatal awk error: the message after `fatal: `.
    Fatal(String),
    /// A shell-level error (cancellation, limits, broken pipe).
    Err(Error),
}

impl From<Error> for Ctl {
    fn from(e: Error) -> Ctl {
        Ctl::Err(e)
    }
}

pub type R<T> = Result<T, Ctl>;

/// The highest field number a script may assign (keeps `$1e9 = 1` bounded).
const MAX_FIELDS: usize = 1_000_000;

/// A variable slot: a scalar (possibly untyped) or an array in the arena.
#[derive(Clone, Debug)]
pub enum Cell {
    Val(Value),
    Arr(usize),
}

/// The current record and its fields.
#[derive(Default)]
pub struct Record {
    pub text: Bytes,
    pub fields: Vec<Bytes>,
    pub split: bool,
}

/// How fields are split.
#[derive(Clone, Debug)]
pub enum Splitter {
    Space,
    Chars,
    Literal(Bytes),
    Regex(Regex),
    /// gawk's FPAT: each match is a field. The pattern, and its top-level alternatives
    /// anchored at the start (to take the longest match, as gawk's POSIX matcher does).
    Pattern(Regex, Vec<Regex>),
}

/// State of the main input (the ARGV operands).
#[derive(Default)]
pub struct MainInput {
    pub argi: usize,
    pub reader: Option<Reader>,
    pub any_file: bool,
    pub done: bool,
    pub prefetched: HashMap<usize, crate::error::Result<Bytes>>,
}

/// The interpreter.
pub struct Interp<'a> {
    pub ctx: &'a Ctx<'a>,
    pub prog: &'a Program,
    pub globals: Vec<Cell>,
    pub locals: Vec<Cell>,
    pub base: usize,
    pub arrays: Vec<Array>,
    pub free_arrays: Vec<usize>,
    /// Arrays created by the active function frames (freed on return).
    pub owned: Vec<usize>,
    pub record: Record,
    pub splitter: Splitter,
    pub rec_splitter: Splitter,
    pub regexes: Vec<Regex>,
    pub dyn_regex: HashMap<(Bytes, bool), Regex>,
    pub ranges: Vec<bool>,
    pub outputs: Outputs,
    pub readers: HashMap<Bytes, (Reader, Option<i32>)>,
    pub main: MainInput,
    pub convfmt: String,
    pub ofmt: String,
    pub subsep: Bytes,
    pub rs_cache: (Bytes, RsMode),
    pub rand: super::builtins::Random,
    pub seed: f64,
    pub depth: usize,
    pub max_depth: usize,
    pub line: usize,
    pub exit_code: i32,
    pub started_input: bool,
    pub ticks: u32,
    /// Where each program source starts: first global line and its name (`cmd. line`).
    pub sources: Vec<(usize, String)>,
    /// Escapes already warned about (gawk warns once per character).
    pub escapes_warned: Vec<char>,
}

impl<'a> Interp<'a> {
    /// `cmd. line:N` (or `file.awk:N`) for the statement being run.
    pub fn location(&self) -> String {
        let l = self.line.max(1);
        match self.sources.iter().rev().find(|(first, _)| *first <= l) {
            Some((first, name)) => format!("{name}:{}", l - first + 1),
            None => format!("cmd. line:{l}"),
        }
    }

    /// Writes a gawk warning to stderr.
    pub async fn warn(&mut self, msg: &str) -> R<()> {
        self.outputs.flush_stdout(self.ctx).await?;
        let text = format!("{}: {}: warning: {msg}\n", self.ctx.name(), self.location());
        self.ctx.stderr.write_str(&text).await?;
        Ok(())
    }

    /// The keys of array `id` in `for (k in a)` order, honouring gawk's
    /// `PROCINFO["sorted_in"]` (`@ind_str_asc`, `@val_num_desc` ...).
    pub fn sorted_keys(&mut self, id: usize) -> Vec<Bytes> {
        let keys = self.array(id).keys();
        let order = match self.prog.globals.iter().position(|g| g == "PROCINFO") {
            Some(slot) => match self.globals.get(slot) {
                Some(Cell::Arr(p)) => {
                    let p = *p;
                    self.array(p).get(b"sorted_in").map(|v| v.to_bytes("%.6g"))
                }
                _ => None,
            },
            None => None,
        };
        let Some(order) = order else {
            return keys;
        };
        self.order_keys(id, keys, &order)
    }

    /// Sorts an array's keys by a gawk order name (`@ind_str_asc`, `@val_num_desc` ...);
    /// other names leave them as they are.
    pub fn order_keys(&self, id: usize, mut keys: Vec<Bytes>, order: &[u8]) -> Vec<Bytes> {
        let desc = order.ends_with(b"_desc");
        let by_val = order.starts_with(b"@val");
        let numeric = order.starts_with(b"@ind_num") || order.starts_with(b"@val_num");
        if !(order.starts_with(b"@ind") || by_val) {
            return keys;
        }
        let arr = &self.arrays[id];
        let val = |k: &Bytes| arr.get(k).cloned().unwrap_or_default();
        keys.sort_by(|a, b| {
            let (x, y) = if by_val {
                (val(a), val(b))
            } else {
                (Value::StrNum(a.clone()), Value::StrNum(b.clone()))
            };
            let ord = if numeric {
                x.num().partial_cmp(&y.num()).unwrap_or(Ordering::Equal)
            } else {
                x.to_bytes(&self.convfmt).cmp(&y.to_bytes(&self.convfmt))
            };
            ord.then_with(|| a.cmp(b))
        });
        if desc {
            keys.reverse();
        }
        keys
    }

    /// Fails when a string would grow past the run's file size limit.
    pub fn check_len(&self, len: usize) -> R<()> {
        let max = self.ctx.rt.limits.max_file_size;
        if len as u64 > max {
            return Err(Ctl::Err(Error::limit(format!(
                "awk string size limit of {max} bytes exceeded"
            ))));
        }
        Ok(())
    }

    /// A number as gawk shows it in messages (`%g`-like).
    pub fn num_text(&self, n: f64) -> String {
        num_to_string(n, "%.6g")
    }

    /// The value of global `slot` as a string.
    pub fn global_str(&self, slot: usize) -> Bytes {
        match self.globals.get(slot) {
            Some(Cell::Val(v)) => self.to_str(v),
            _ => Bytes::new(),
        }
    }

    pub fn global_num(&self, slot: usize) -> f64 {
        match self.globals.get(slot) {
            Some(Cell::Val(v)) => v.num(),
            _ => 0.0,
        }
    }

    pub fn set_global(&mut self, slot: usize, v: Value) {
        if let Some(c) = self.globals.get_mut(slot) {
            *c = Cell::Val(v);
        }
        self.special_assigned(slot);
    }

    /// Converts with CONVFMT.
    pub fn to_str(&self, v: &Value) -> Bytes {
        match v {
            Value::Num(n) => Bytes::from(num_to_string(*n, &self.convfmt)),
            other => other.to_bytes(&self.convfmt),
        }
    }

    /// Converts for output with OFMT.
    pub fn out_str(&self, v: &Value) -> Bytes {
        match v {
            Value::Num(n) => Bytes::from(num_to_string(*n, &self.ofmt)),
            other => other.to_bytes(&self.ofmt),
        }
    }

    fn cell(&mut self, v: Var) -> &mut Cell {
        match v {
            Var::Global(i) => {
                if i >= self.globals.len() {
                    self.globals.resize(i + 1, Cell::Val(Value::Uninit));
                }
                &mut self.globals[i]
            }
            Var::Local(i) => {
                let at = self.base + i;
                if at >= self.locals.len() {
                    self.locals.resize(at + 1, Cell::Val(Value::Uninit));
                }
                &mut self.locals[at]
            }
        }
    }

    fn name_of(&self, v: Var) -> String {
        match v {
            Var::Global(i) => self.prog.globals.get(i).cloned().unwrap_or_default(),
            Var::Local(_) => "parameter".to_string(),
        }
    }

    /// The array held by `v`, created when the variable is untyped.
    pub fn array_id(&mut self, v: Var) -> R<usize> {
        if let Cell::Arr(id) = self.cell(v) {
            return Ok(*id);
        }
        if let Cell::Val(Value::Uninit) = self.cell(v) {
            let id = self.new_array();
            if matches!(v, Var::Local(_)) {
                self.owned.push(id);
            }
            *self.cell(v) = Cell::Arr(id);
            return Ok(id);
        }
        Err(Ctl::Fatal(format!(
            "attempt to use scalar `{}' as an array",
            self.name_of(v)
        )))
    }

    pub fn new_array(&mut self) -> usize {
        if let Some(id) = self.free_arrays.pop() {
            return id;
        }
        self.arrays.push(Array::default());
        self.arrays.len() - 1
    }

    pub fn array(&mut self, id: usize) -> &mut Array {
        if id >= self.arrays.len() {
            self.arrays.resize_with(id + 1, Array::default);
        }
        &mut self.arrays[id]
    }

    /// Reads a scalar variable.
    pub fn get_var(&mut self, v: Var) -> R<Value> {
        if v == Var::Global(NF) {
            self.split_record();
            return Ok(Value::Num(self.record.fields.len() as f64));
        }
        match self.cell(v) {
            Cell::Val(x) => Ok(x.clone()),
            Cell::Arr(_) => Err(Ctl::Fatal(format!(
                "attempt to use array `{}' in a scalar context",
                self.name_of(v)
            ))),
        }
    }

    /// Assigns a scalar variable, running the hooks of special variables.
    pub fn set_var(&mut self, v: Var, val: Value) -> R<()> {
        if let Cell::Arr(_) = self.cell(v) {
            return Err(Ctl::Fatal(format!(
                "attempt to use array `{}' in a scalar context",
                self.name_of(v)
            )));
        }
        if v == Var::Global(NF) {
            self.set_nf(val.num());
            return Ok(());
        }
        *self.cell(v) = Cell::Val(val);
        if let Var::Global(slot) = v
            && slot < SPECIALS.len()
        {
            self.special_assigned(slot);
        }
        Ok(())
    }

    fn special_assigned(&mut self, slot: usize) {
        match slot {
            FS => self.splitter = self.make_splitter(&self.global_str(FS)),
            FPAT => {
                if let Some(sp) = self.make_fpat(&self.global_str(FPAT)) {
                    self.splitter = sp;
                }
            }
            CONVFMT => self.convfmt = String::from_utf8_lossy(&self.global_str(CONVFMT)).into(),
            OFMT => self.ofmt = String::from_utf8_lossy(&self.global_str(OFMT)).into(),
            SUBSEP => self.subsep = self.global_str(SUBSEP),
            _ => {}
        }
    }

    /// One loop iteration: counted against the run's loop limit (and cancellation).
    pub async fn tick_loop(&mut self) -> R<()> {
        self.ctx.rt.tick_loop().await?;
        Ok(())
    }

    /// Per record: a cancellation check, and a counted tick every 256 records.
    pub async fn tick(&mut self) -> R<()> {
        self.ticks = self.ticks.wrapping_add(1);
        if self.ticks.is_multiple_of(256) {
            self.ctx.rt.tick_loop().await?;
        } else {
            self.ctx.check()?;
        }
        Ok(())
    }

    /// An array subscript from one or more expressions (joined by SUBSEP).
    pub fn subscript<'s>(&'s mut self, subs: &'a [Expr]) -> BoxFuture<'s, R<Bytes>> {
        boxed(async move {
            if let [one] = subs {
                let v = self.eval(one).await?;
                return Ok(self.to_str(&v));
            }
            let mut out = Vec::new();
            for (k, e) in subs.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(&self.subsep);
                }
                let v = self.eval(e).await?;
                out.extend_from_slice(&self.to_str(&v));
            }
            Ok(Bytes::from(out))
        })
    }

    /// A compiled regex for an operand: a literal, or a dynamic string (cached).
    pub fn regex_for<'s>(&'s mut self, e: &'a Expr) -> BoxFuture<'s, R<Regex>> {
        boxed(async move {
            let icase = self.ignore_case();
            if let Expr::Regex(i) = e
                && !icase
            {
                return self
                    .regexes
                    .get(*i)
                    .cloned()
                    .ok_or_else(|| Ctl::Fatal("bad regex".into()));
            }
            let src = match e {
                Expr::Regex(i) => {
                    Bytes::from(self.prog.regexes.get(*i).cloned().unwrap_or_default())
                }
                _ => {
                    let v = self.eval(e).await?;
                    self.to_str(&v)
                }
            };
            self.dyn_regex_of(src, icase)
        })
    }

    pub fn dyn_regex_of(&mut self, src: Bytes, icase: bool) -> R<Regex> {
        if let Some(r) = self.dyn_regex.get(&(src.clone(), icase)) {
            return Ok(r.clone());
        }
        let r = super::re::compile(&String::from_utf8_lossy(&src), icase)
            .map_err(|e| Ctl::Fatal(format!("invalid regexp: {e}")))?;
        if self.dyn_regex.len() > 500 {
            self.dyn_regex.clear();
        }
        self.dyn_regex.insert((src, icase), r.clone());
        Ok(r)
    }

    /// Assigns to an lvalue expression.
    pub fn assign<'s>(&'s mut self, lv: &'a Expr, val: Value) -> BoxFuture<'s, R<()>> {
        boxed(async move {
            match lv {
                Expr::Var(v) => self.set_var(*v, val),
                Expr::Field(ix) => {
                    let i = self.eval(ix).await?.num();
                    if i < 0.0 {
                        return Err(Ctl::Fatal(format!("attempt to access field {}", i as i64)));
                    }
                    self.set_field(i as usize, &val)
                }
                Expr::Index(v, subs) => {
                    let k = self.subscript(subs).await?;
                    let id = self.array_id(*v)?;
                    self.array(id).set(k, val);
                    Ok(())
                }
                _ => Err(Ctl::Fatal("assignment to a non-lvalue".into())),
            }
        })
    }

    /// Evaluates an expression: leaves directly, the rest through a boxed future.
    pub async fn eval(&mut self, e: &'a Expr) -> R<Value> {
        match e {
            Expr::Num(n) => Ok(Value::Num(*n)),
            Expr::Str(s) => Ok(Value::Str(s.clone())),
            Expr::Var(v) => self.get_var(*v),
            Expr::Field(ix) => match **ix {
                Expr::Num(n) if n >= 0.0 => Ok(self.get_field(n as usize)),
                Expr::Var(v) => {
                    let i = self.get_var(v)?.num();
                    if i < 0.0 {
                        return Err(Ctl::Fatal(format!("attempt to access field {}", i as i64)));
                    }
                    Ok(self.get_field(i as usize))
                }
                _ => self.eval_boxed(e).await,
            },
            _ => self.eval_boxed(e).await,
        }
    }

    fn eval_boxed<'s>(&'s mut self, e: &'a Expr) -> BoxFuture<'s, R<Value>> {
        boxed(async move {
            Ok(match e {
                Expr::Num(n) => Value::Num(*n),
                Expr::Str(s) => Value::Str(s.clone()),
                Expr::Regex(_) => {
                    let re = self.regex_for(e).await?;
                    Value::Num(bool_num(re.is_match(&self.record.text)))
                }
                Expr::Var(v) => self.get_var(*v)?,
                Expr::Field(ix) => {
                    let i = self.eval(ix).await?.num();
                    if i < 0.0 {
                        return Err(Ctl::Fatal(format!("attempt to access field {}", i as i64)));
                    }
                    self.get_field(i as usize)
                }
                Expr::Index(v, subs) => {
                    let k = self.subscript(subs).await?;
                    let id = self.array_id(*v)?;
                    let arr = self.array(id);
                    match arr.get(&k) {
                        Some(v) => v.clone(),
                        None => {
                            arr.set(k, Value::Uninit);
                            Value::Uninit
                        }
                    }
                }
                Expr::In(subs, v) => {
                    let k = self.subscript(subs).await?;
                    let id = self.array_id(*v)?;
                    Value::Num(bool_num(self.array(id).contains(&k)))
                }
                Expr::Assign(lv, op, rhs) => {
                    let r = self.eval(rhs).await?;
                    let val = match op {
                        None => r,
                        Some(op) => {
                            let l = self.eval(lv).await?;
                            Value::Num(arith(*op, l.num(), r.num())?)
                        }
                    };
                    self.assign(lv, val.clone()).await?;
                    val
                }
                Expr::Cond(c, a, b) => {
                    if self.eval(c).await?.truthy() {
                        self.eval(a).await?
                    } else {
                        self.eval(b).await?
                    }
                }
                Expr::And(a, b) => {
                    let r = self.eval(a).await?.truthy() && self.eval(b).await?.truthy();
                    Value::Num(bool_num(r))
                }
                Expr::Or(a, b) => {
                    let r = self.eval(a).await?.truthy() || self.eval(b).await?.truthy();
                    Value::Num(bool_num(r))
                }
                Expr::Not(a) => Value::Num(bool_num(!self.eval(a).await?.truthy())),
                Expr::Bin(op, a, b) => {
                    let x = self.eval(a).await?.num();
                    let y = self.eval(b).await?.num();
                    Value::Num(arith(*op, x, y)?)
                }
                Expr::Cmp(op, a, b) => {
                    let x = self.eval(a).await?;
                    let y = self.eval(b).await?;
                    let ord = self.compare(&x, &y);
                    let r = match op {
                        CmpOp::Lt => ord == Some(Ordering::Less),
                        CmpOp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                        CmpOp::Eq => ord == Some(Ordering::Equal),
                        CmpOp::Ne => ord != Some(Ordering::Equal),
                        CmpOp::Gt => ord == Some(Ordering::Greater),
                        CmpOp::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
                    };
                    Value::Num(bool_num(r))
                }
                Expr::Match(neg, a, b) => {
                    let x = self.eval(a).await?;
                    let s = self.to_str(&x);
                    let re = self.regex_for(b).await?;
                    Value::Num(bool_num(re.is_match(&s) != *neg))
                }
                Expr::Neg(a) => Value::Num(-self.eval(a).await?.num()),
                Expr::Plus(a) => Value::Num(self.eval(a).await?.num()),
                Expr::Concat(a, b) => {
                    let x = self.eval(a).await?;
                    let x = self.to_str(&x);
                    let y = self.eval(b).await?;
                    let y = self.to_str(&y);
                    self.check_len(x.len() + y.len())?;
                    let mut out = Vec::with_capacity(x.len() + y.len());
                    out.extend_from_slice(&x);
                    out.extend_from_slice(&y);
                    Value::Str(Bytes::from(out))
                }
                Expr::IncDec(lv, d, pre) => {
                    let old = self.eval(lv).await?.num();
                    let new = old + d;
                    self.assign(lv, Value::Num(new)).await?;
                    Value::Num(if *pre { new } else { old })
                }
                Expr::Call(f, args) => self.call(*f, args).await?,
                Expr::IndirectCall(v, args) => {
                    let name = self.get_var(*v)?;
                    let name = String::from_utf8_lossy(&self.to_str(&name)).into_owned();
                    let func = self
                        .prog
                        .funcs
                        .iter()
                        .position(|f| f.defined && f.name == name);
                    if let Some(f) = func {
                        self.call(f, args).await?
                    } else if let Some(b) = super::lexer::BUILTINS.iter().find(|b| **b == name) {
                        self.builtin(b, args).await?
                    } else {
                        return Err(Ctl::Fatal(format!(
                            "`{name}' is not a function, so it cannot be called indirectly"
                        )));
                    }
                }
                Expr::Builtin(name, args) => self.builtin(name, args).await?,
                Expr::Getline(src, var) => self.getline(src, var.as_deref()).await?,
                Expr::Group(list) => {
                    // `(a, b)` outside print/in: gawk rejects it; evaluate to the last.
                    let mut v = Value::Uninit;
                    for e in list {
                        v = self.eval(e).await?;
                    }
                    v
                }
            })
        })
    }

    /// Compares two values the POSIX way: numerically when both are numeric.
    pub fn compare(&self, x: &Value, y: &Value) -> Option<Ordering> {
        if x.is_numeric() && y.is_numeric() {
            let (a, b) = (x.num(), y.num());
            if a.is_nan() || b.is_nan() {
                // gawk orders NaN like a number (it is "equal" to nothing).
                return if a.is_nan() && b.is_nan() {
                    Some(Ordering::Equal)
                } else {
                    None
                };
            }
            return a.partial_cmp(&b);
        }
        let a = self.to_str(x);
        let b = self.to_str(y);
        Some(a.cmp(&b))
    }

    fn call<'s>(&'s mut self, f: usize, args: &'a [Expr]) -> BoxFuture<'s, R<Value>> {
        boxed(async move {
            let func = &self.prog.funcs[f];
            let mut cells = Vec::with_capacity(func.params);
            for (k, a) in args.iter().enumerate() {
                if k >= func.params {
                    // Extra arguments are evaluated and dropped (gawk warns at parse time).
                    self.eval(a).await?;
                    continue;
                }
                let wants_array = func.array_params.get(k).copied().unwrap_or(false);
                let cell = match a {
                    Expr::Var(v) => {
                        let is_arr = matches!(self.cell(*v), Cell::Arr(_));
                        if wants_array || is_arr {
                            Cell::Arr(self.array_id(*v)?)
                        } else {
                            Cell::Val(self.get_var(*v)?)
                        }
                    }
                    _ => Cell::Val(self.eval(a).await?),
                };
                cells.push(cell);
            }
            self.invoke(f, cells).await
        })
    }

    /// Runs user function `f` with its arguments already bound.
    fn invoke<'s>(&'s mut self, f: usize, mut cells: Vec<Cell>) -> BoxFuture<'s, R<Value>> {
        boxed(async move {
            let func = &self.prog.funcs[f];
            if self.depth >= self.max_depth {
                return Err(Ctl::Fatal(format!(
                    "function call nesting too deep (limit {})",
                    self.max_depth
                )));
            }
            cells.resize(func.params, Cell::Val(Value::Uninit));
            let saved_base = self.base;
            let owned_mark = self.owned.len();
            let new_base = self.locals.len();
            self.locals.extend(cells);
            self.base = new_base;
            self.depth += 1;
            let r = self.exec_block(&func.body).await;
            self.depth -= 1;
            self.locals.truncate(new_base);
            self.base = saved_base;
            for id in self.owned.drain(owned_mark..).collect::<Vec<_>>() {
                if let Some(a) = self.arrays.get_mut(id) {
                    *a = Array::default();
                }
                self.free_arrays.push(id);
            }
            match r {
                Ok(()) => Ok(Value::Uninit),
                Err(Ctl::Return(v)) => Ok(v),
                Err(Ctl::Break | Ctl::Continue) => Ok(Value::Uninit),
                Err(e) => Err(e),
            }
        })
    }

    /// The keys of array `id` in `for (k in a)` order: PROCINFO["sorted_in"] may name an
    /// order (`@ind_str_asc` ...) or a user function `cmp(i1, v1, i2, v2)`.
    async fn for_in_keys(&mut self, id: usize) -> R<Vec<Bytes>> {
        let keys = self.sorted_keys(id);
        let Some(f) = self.sort_function() else {
            return Ok(keys);
        };
        // A bottom-up merge sort: the comparisons are awk calls, so they are awaited.
        let n = keys.len();
        let mut v = keys;
        let mut width = 1;
        while width < n {
            let mut merged = Vec::with_capacity(n);
            let mut i = 0;
            while i < n {
                let mid = (i + width).min(n);
                let end = (i + 2 * width).min(n);
                let (mut a, mut b) = (i, mid);
                while a < mid && b < end {
                    self.tick_loop().await?;
                    let args = [&v[b], &v[a]].map(|k| {
                        let val = self.arrays.get(id).and_then(|x| x.get(k)).cloned();
                        (Value::StrNum(k.clone()), val.unwrap_or_default())
                    });
                    let [(i2, v2), (i1, v1)] = args;
                    let cells = [i2, v2, i1, v1].into_iter().map(Cell::Val).collect();
                    if self.invoke(f, cells).await?.num() < 0.0 {
                        merged.push(v[b].clone());
                        b += 1;
                    } else {
                        merged.push(v[a].clone());
                        a += 1;
                    }
                }
                merged.extend_from_slice(&v[a..mid]);
                merged.extend_from_slice(&v[b..end]);
                i = end;
            }
            v = merged;
            width *= 2;
        }
        Ok(v)
    }

    /// The user function PROCINFO["sorted_in"] names, if any.
    fn sort_function(&self) -> Option<usize> {
        let slot = self.prog.globals.iter().position(|g| g == "PROCINFO")?;
        let Some(Cell::Arr(p)) = self.globals.get(slot) else {
            return None;
        };
        let name = self.arrays.get(*p)?.get(b"sorted_in")?.to_bytes("%.6g");
        if name.starts_with(b"@") {
            return None;
        }
        self.prog
            .funcs
            .iter()
            .position(|f| f.defined && f.name.as_bytes() == name.as_ref())
    }

    /// Runs statements.
    pub async fn exec_block(&mut self, stmts: &'a [Stmt]) -> R<()> {
        for s in stmts {
            match s {
                Stmt::Line(l) => self.line = *l,
                Stmt::Expr(e) => {
                    self.eval(e).await?;
                }
                _ => self.exec(s).await?,
            }
        }
        Ok(())
    }

    fn exec<'s>(&'s mut self, s: &'a Stmt) -> BoxFuture<'s, R<()>> {
        boxed(async move {
            match s {
                Stmt::Line(l) => self.line = *l,
                Stmt::Expr(e) => {
                    self.eval(e).await?;
                }
                Stmt::Print(args, dest) => {
                    let mut out = Vec::new();
                    if args.is_empty() {
                        out.extend_from_slice(&self.record.text);
                    } else {
                        let ofs = self.global_str(OFS);
                        for (k, a) in args.iter().enumerate() {
                            if k > 0 {
                                out.extend_from_slice(&ofs);
                            }
                            let v = self.eval(a).await?;
                            out.extend_from_slice(&self.out_str(&v));
                        }
                    }
                    out.extend_from_slice(&self.global_str(ORS));
                    self.emit(dest.as_ref(), out).await?;
                }
                Stmt::Printf(args, dest) => {
                    if args.is_empty() {
                        return Err(Ctl::Fatal("printf: no arguments".into()));
                    }
                    let mut vals = Vec::with_capacity(args.len());
                    for a in args {
                        vals.push(self.eval(a).await?);
                    }
                    let fmt = vals.first().map(|v| self.to_str(v)).unwrap_or_default();
                    let out =
                        super::format::sprintf(&fmt, vals.get(1..).unwrap_or(&[]), &self.convfmt)
                            .map_err(Ctl::Fatal)?;
                    self.emit(dest.as_ref(), out).await?;
                }
                Stmt::If(c, a, b) => {
                    if self.eval(c).await?.truthy() {
                        self.exec(a).await?;
                    } else if let Some(b) = b {
                        self.exec(b).await?;
                    }
                }
                Stmt::While(c, body) => {
                    while self.eval(c).await?.truthy() {
                        self.tick_loop().await?;
                        match self.exec(body).await {
                            Err(Ctl::Break) => break,
                            Err(Ctl::Continue) | Ok(()) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
                Stmt::Do(body, c) => loop {
                    self.tick_loop().await?;
                    match self.exec(body).await {
                        Err(Ctl::Break) => break,
                        Err(Ctl::Continue) | Ok(()) => {}
                        Err(e) => return Err(e),
                    }
                    if !self.eval(c).await?.truthy() {
                        break;
                    }
                },
                Stmt::For(init, cond, step, body) => {
                    if let Some(i) = init {
                        self.exec(i).await?;
                    }
                    loop {
                        if let Some(c) = cond
                            && !self.eval(c).await?.truthy()
                        {
                            break;
                        }
                        self.tick_loop().await?;
                        match self.exec(body).await {
                            Err(Ctl::Break) => break,
                            Err(Ctl::Continue) | Ok(()) => {}
                            Err(e) => return Err(e),
                        }
                        if let Some(st) = step {
                            self.exec(st).await?;
                        }
                    }
                }
                Stmt::ForIn(k, arr, body) => {
                    let id = self.array_id(*arr)?;
                    let keys = self.for_in_keys(id).await?;
                    for key in keys {
                        self.tick_loop().await?;
                        self.set_var(*k, Value::StrNum(key))?;
                        match self.exec(body).await {
                            Err(Ctl::Break) => break,
                            Err(Ctl::Continue) | Ok(()) => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
                Stmt::Block(b) => self.exec_block(b).await?,
                Stmt::Switch(subject, cases) => {
                    let v = self.eval(subject).await?;
                    let mut start = None;
                    for (k, (label, _)) in cases.iter().enumerate() {
                        let Some(label) = label else { continue };
                        let hit = if let Expr::Regex(_) = label {
                            let s = self.to_str(&v);
                            self.regex_for(label).await?.is_match(&s)
                        } else {
                            let l = self.eval(label).await?;
                            self.compare(&v, &l) == Some(Ordering::Equal)
                        };
                        if hit {
                            start = Some(k);
                            break;
                        }
                    }
                    let start = start.or_else(|| cases.iter().position(|(l, _)| l.is_none()));
                    if let Some(start) = start {
                        for (_, body) in cases.iter().skip(start) {
                            match self.exec_block(body).await {
                                Err(Ctl::Break) => break,
                                Ok(()) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
                Stmt::Next => return Err(Ctl::Next),
                Stmt::NextFile => return Err(Ctl::NextFile),
                Stmt::Exit(e) => {
                    if let Some(e) = e {
                        self.exit_code = self.eval(e).await?.num() as i32;
                    }
                    return Err(Ctl::Exit);
                }
                Stmt::Return(e) => {
                    let v = match e {
                        Some(e) => self.eval(e).await?,
                        None => Value::Uninit,
                    };
                    return Err(Ctl::Return(v));
                }
                Stmt::Break => return Err(Ctl::Break),
                Stmt::Continue => return Err(Ctl::Continue),
                Stmt::Delete(v, subs) => {
                    let id = self.array_id(*v)?;
                    match subs {
                        Some(subs) => {
                            let k = self.subscript(subs).await?;
                            self.array(id).remove(&k);
                        }
                        None => *self.array(id) = Array::default(),
                    }
                }
            }
            Ok(())
        })
    }

    async fn emit(&mut self, dest: Option<&'a (Redir, Expr)>, data: Vec<u8>) -> R<()> {
        match dest {
            None => self.outputs.stdout(self.ctx, &data).await,
            Some((kind, e)) => {
                let v = self.eval(e).await?;
                let name = self.to_str(&v);
                self.outputs.write_to(self.ctx, *kind, name, &data).await
            }
        }
    }
}

pub fn bool_num(b: bool) -> f64 {
    if b { 1.0 } else { 0.0 }
}

fn arith(op: BinOp, x: f64, y: f64) -> R<f64> {
    Ok(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(Ctl::Fatal("division by zero attempted".into()));
            }
            x / y
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(Ctl::Fatal("division by zero attempted in `%'".into()));
            }
            x % y
        }
        BinOp::Pow => pow(x, y),
    })
}

fn pow(x: f64, y: f64) -> f64 {
    if y == y.trunc() && y.abs() < 1024.0 {
        let mut n = y.abs() as i64;
        let mut base = x;
        let mut acc = 1.0;
        while n > 0 {
            if n & 1 == 1 {
                acc *= base;
            }
            base *= base;
            n >>= 1;
        }
        return if y < 0.0 { 1.0 / acc } else { acc };
    }
    x.powf(y)
}

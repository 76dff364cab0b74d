//! Awk's built-in functions: string functions (length, substr, index, split, sub, gsub,
//! gensub, match, sprintf, tolower, toupper), math (int, sqrt, exp, log, sin, cos, atan2,
//! rand, srand), I/O (getline, close, fflush, system) and gawk's extras (strftime,
//! systime, mktime, asort, asorti, bit operations, strtonum, typeof).

use bytes::Bytes;

use super::ast::*;
use super::format::{char_count, sprintf, truncate_chars, utf8_len};
use super::interp::{Cell, Ctl, Interp, R, Splitter, split_into};
use super::io::Reader;
use super::value::Value;
use crate::commands::regex::Regex;
use crate::io::{Capture, Input, Output};
use crate::sync::{BoxFuture, boxed};

/// BSD `random()` (TYPE_4), combined into `rand()` the way gawk does; the sequence is
/// deterministic per seed but not gawk's own.
pub struct Random {
    state: [u32; 63],
    f: usize,
    r: usize,
}

impl Random {
    pub fn new(seed: u32) -> Random {
        let mut state = [0u32; 63];
        state[0] = seed;
        for i in 1..63 {
            let mut x = i64::from(state[i - 1] as i32);
            if x == 0 {
                x = 123_459_876;
            }
            let hi = x / 127_773;
            let lo = x % 127_773;
            x = 16807 * lo - 2836 * hi;
            if x < 0 {
                x += 0x7fff_ffff;
            }
            state[i] = x as u32;
        }
        let mut r = Random { state, f: 1, r: 0 };
        for _ in 0..630 {
            r.next();
        }
        r
    }

    fn next(&mut self) -> u32 {
        self.state[self.f] = self.state[self.f].wrapping_add(self.state[self.r]);
        let out = (self.state[self.f] >> 1) & 0x7fff_ffff;
        self.f += 1;
        if self.f >= 63 {
            self.f = 0;
            self.r += 1;
        } else {
            self.r += 1;
            if self.r >= 63 {
                self.r = 0;
            }
        }
        out
    }

    /// gawk's `rand()`: two draws combined into [0, 1).
    pub fn rand(&mut self) -> f64 {
        const DIV: f64 = 2147483648.0;
        loop {
            let d1 = f64::from(self.next());
            let d2 = f64::from(self.next());
            let r = 0.5 + ((d1 / DIV + d2) / DIV) - 0.5;
            if r < 1.0 {
                return r;
            }
        }
    }
}

/// Replacement text for sub/gsub with gawk's backslash rules.
fn sub_repl(repl: &[u8], matched: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < repl.len() {
        let c = repl[i];
        if c == b'\\' {
            if repl[i..].starts_with(b"\\\\\\&") {
                out.extend_from_slice(b"\\&");
                i += 4;
            } else if repl[i..].starts_with(b"\\\\&") {
                out.push(b'\\');
                out.extend_from_slice(matched);
                i += 3;
            } else if repl.get(i + 1) == Some(&b'&') {
                out.push(b'&');
                i += 2;
            } else {
                out.push(b'\\');
                i += 1;
            }
        } else if c == b'&' {
            out.extend_from_slice(matched);
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// Replacement text for gensub: `\0`/`&` whole match, `\1`..`\9` groups.
fn gensub_repl(repl: &[u8], text: &[u8], caps: &[Option<(usize, usize)>], out: &mut Vec<u8>) {
    let group = |k: usize| caps.get(k).copied().flatten().map(|(s, e)| &text[s..e]);
    let mut i = 0;
    while i < repl.len() {
        let c = repl[i];
        if c == b'\\' {
            match repl.get(i + 1) {
                Some(&d) if d.is_ascii_digit() => {
                    out.extend_from_slice(group(usize::from(d - b'0')).unwrap_or(b""));
                    i += 2;
                }
                Some(b'&') => {
                    out.push(b'&');
                    i += 2;
                }
                Some(b'\\') => {
                    out.push(b'\\');
                    i += 2;
                }
                _ => {
                    out.push(b'\\');
                    i += 1;
                }
            }
        } else if c == b'&' {
            out.extend_from_slice(group(0).unwrap_or(b""));
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// Substitutes matches of `re` in `text`: all of them (`global`), or only the `nth`.
/// `repl` builds the replacement from the captures. Returns the new text and the count.
fn substitute(
    re: &Regex,
    text: &[u8],
    global: bool,
    nth: usize,
    mut repl: impl FnMut(&[Option<(usize, usize)>], &mut Vec<u8>),
) -> (Vec<u8>, usize) {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    let mut count = 0;
    let mut seen = 0;
    let mut last_end: Option<usize> = None;
    while i <= text.len() {
        let Some(caps) = re.captures_at(text, i) else {
            break;
        };
        let Some((s, e)) = caps.first().copied().flatten() else {
            break;
        };
        if s == e && last_end == Some(s) {
            // An empty match right after a match: move on one character.
            if s >= text.len() {
                break;
            }
            let n = utf8_len(text, s);
            out.extend_from_slice(&text[i..s + n]);
            i = s + n;
            continue;
        }
        seen += 1;
        out.extend_from_slice(&text[i..s]);
        if global || seen == nth {
            repl(&caps, &mut out);
            count += 1;
        } else {
            out.extend_from_slice(&text[s..e]);
        }
        last_end = Some(e);
        if s == e {
            if s >= text.len() {
                i = text.len() + 1;
                break;
            }
            let n = utf8_len(text, s);
            out.extend_from_slice(&text[s..s + n]);
            i = s + n;
        } else {
            i = e;
        }
        if !global && seen >= nth {
            break;
        }
    }
    if i <= text.len() {
        out.extend_from_slice(&text[i..]);
    }
    (out, count)
}

fn map_case(s: &[u8], upper: bool) -> Vec<u8> {
    match std::str::from_utf8(s) {
        Ok(t) => {
            let mut out = String::with_capacity(t.len());
            for c in t.chars() {
                let mut m = if upper {
                    c.to_uppercase().collect::<Vec<_>>()
                } else {
                    c.to_lowercase().collect::<Vec<_>>()
                };
                if m.len() == 1 {
                    out.push(m.pop().unwrap_or(c));
                } else {
                    out.push(c);
                }
            }
            out.into_bytes()
        }
        Err(_) => {
            if upper {
                s.to_ascii_uppercase()
            } else {
                s.to_ascii_lowercase()
            }
        }
    }
}

fn char_offset(s: &[u8], byte: usize) -> usize {
    char_count(&s[..byte.min(s.len())])
}

fn strtonum(s: &[u8]) -> f64 {
    let t = String::from_utf8_lossy(s);
    let t = t.trim_start();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let v = if let Some(h) = body.strip_prefix("0x").or_else(|| body.strip_prefix("0X")) {
        let digits: String = h.chars().take_while(char::is_ascii_hexdigit).collect();
        u64::from_str_radix(&digits, 16)
            .map(|n| n as f64)
            .unwrap_or(0.0)
    } else if body.starts_with('0') && body.len() > 1 && body.chars().all(|c| c.is_ascii_digit()) {
        let digits: String = body
            .chars()
            .take_while(|c| ('0'..='7').contains(c))
            .collect();
        u64::from_str_radix(&digits, 8)
            .map(|n| n as f64)
            .unwrap_or(0.0)
    } else {
        return super::value::str_to_num(s);
    };
    if neg { -v } else { v }
}

fn to_u64(n: f64) -> u64 {
    if n < 0.0 { (n as i64) as u64 } else { n as u64 }
}

impl<'a> Interp<'a> {
    async fn arg(&mut self, args: &'a [Expr], i: usize) -> R<Value> {
        match args.get(i) {
            Some(e) => self.eval(e).await,
            None => Ok(Value::Uninit),
        }
    }

    async fn arg_str(&mut self, args: &'a [Expr], i: usize) -> R<Bytes> {
        let v = self.arg(args, i).await?;
        Ok(self.to_str(&v))
    }

    async fn arg_num(&mut self, args: &'a [Expr], i: usize) -> R<f64> {
        Ok(self.arg(args, i).await?.num())
    }

    fn array_arg(&mut self, args: &'a [Expr], i: usize, func: &str) -> R<usize> {
        match args.get(i) {
            Some(Expr::Var(v)) => self.array_id(*v),
            _ => Err(Ctl::Fatal(format!(
                "{func}: argument {} is not an array",
                i + 1
            ))),
        }
    }

    /// Calls built-in `name`.
    pub fn builtin<'s>(
        &'s mut self,
        name: &'static str,
        args: &'a [Expr],
    ) -> BoxFuture<'s, R<Value>> {
        boxed(async move {
            let n = |x: f64| Ok(Value::Num(x));
            match name {
                "length" => {
                    if let Some(Expr::Var(v)) = args.first() {
                        let v = *v;
                        let cell = match v {
                            Var::Global(i) => self.globals.get(i).cloned(),
                            Var::Local(i) => self.locals.get(self.base + i).cloned(),
                        };
                        if let Some(Cell::Arr(id)) = cell {
                            return n(self.array(id).len() as f64);
                        }
                    }
                    let s = if args.is_empty() {
                        self.record.text.clone()
                    } else {
                        self.arg_str(args, 0).await?
                    };
                    n(char_count(&s) as f64)
                }
                "substr" => {
                    let s = self.arg_str(args, 0).await?;
                    let m = self.arg_num(args, 1).await?;
                    let len = char_count(&s) as f64;
                    let start = if m.is_nan() { 1.0 } else { m.trunc().max(1.0) };
                    let count = if args.len() > 2 {
                        let l = self.arg_num(args, 2).await?;
                        if l.is_nan() || l < 1.0 {
                            0.0
                        } else {
                            l.trunc()
                        }
                    } else {
                        f64::INFINITY
                    };
                    if start > len || count <= 0.0 {
                        return Ok(Value::str(Bytes::new()));
                    }
                    let skip = (start - 1.0) as usize;
                    let head = truncate_chars(&s, skip).len();
                    let rest = &s[head..];
                    let take = if count.is_infinite() || count > len {
                        rest.len()
                    } else {
                        truncate_chars(rest, count as usize).len()
                    };
                    Ok(Value::Str(s.slice(head..head + take)))
                }
                "index" => {
                    let s = self.arg_str(args, 0).await?;
                    let t = self.arg_str(args, 1).await?;
                    n(match super::io::find(&s, &t) {
                        Some(at) => (char_offset(&s, at) + 1) as f64,
                        None => 0.0,
                    })
                }
                "split" => self.split(args).await,
                "sub" | "gsub" => self.sub(args, name == "gsub").await,
                "gensub" => {
                    let re = self
                        .regex_for(args.first().unwrap_or(&Expr::Num(0.0)))
                        .await?;
                    let repl = self.arg_str(args, 1).await?;
                    let how = self.arg(args, 2).await?;
                    let hs = self.to_str(&how);
                    let text = if args.len() > 3 {
                        self.arg_str(args, 3).await?
                    } else {
                        self.record.text.clone()
                    };
                    let (global, nth) = if hs.first().is_some_and(|c| *c == b'g' || *c == b'G') {
                        (true, 0)
                    } else {
                        (false, how.num().max(1.0) as usize)
                    };
                    let (out, _) = substitute(&re, &text, global, nth, |caps, o| {
                        gensub_repl(&repl, &text, caps, o)
                    });
                    Ok(Value::Str(Bytes::from(out)))
                }
                "match" => {
                    let s = self.arg_str(args, 0).await?;
                    let re = self
                        .regex_for(args.get(1).unwrap_or(&Expr::Num(0.0)))
                        .await?;
                    let caps = re.captures_at(&s, 0);
                    let arr = if args.len() > 2 {
                        let id = self.array_arg(args, 2, "match")?;
                        *self.array(id) = Default::default();
                        Some(id)
                    } else {
                        None
                    };
                    let (start, len) = match &caps {
                        Some(c) => match c.first().copied().flatten() {
                            Some((st, e)) => {
                                let cs = char_offset(&s, st);
                                (cs as f64 + 1.0, char_count(&s[st..e]) as f64)
                            }
                            None => (0.0, -1.0),
                        },
                        None => (0.0, -1.0),
                    };
                    if let (Some(id), Some(c)) = (arr, &caps) {
                        let subsep = self.subsep.clone();
                        for (k, g) in c.iter().enumerate() {
                            if let Some((st, e)) = g {
                                let a = self.array(id);
                                let key = k.to_string();
                                a.set(Bytes::from(key.clone()), Value::StrNum(s.slice(*st..*e)));
                                let cs = char_offset(&s, *st) + 1;
                                let cl = char_count(&s[*st..*e]);
                                let mk = |suffix: &str| {
                                    let mut b = key.clone().into_bytes();
                                    b.extend_from_slice(&subsep);
                                    b.extend_from_slice(suffix.as_bytes());
                                    Bytes::from(b)
                                };
                                a.set(mk("start"), Value::Num(cs as f64));
                                a.set(mk("length"), Value::Num(cl as f64));
                            }
                        }
                    }
                    self.set_global(RSTART, Value::Num(start));
                    self.set_global(RLENGTH, Value::Num(len));
                    n(start)
                }
                "sprintf" => {
                    let mut vals = Vec::with_capacity(args.len());
                    for a in args {
                        vals.push(self.eval(a).await?);
                    }
                    let fmt = vals.first().map(|v| self.to_str(v)).unwrap_or_default();
                    let out = sprintf(&fmt, vals.get(1..).unwrap_or(&[]), &self.convfmt)
                        .map_err(Ctl::Fatal)?;
                    self.check_len(out.len())?;
                    Ok(Value::Str(Bytes::from(out)))
                }
                "tolower" | "toupper" => {
                    let s = self.arg_str(args, 0).await?;
                    Ok(Value::Str(Bytes::from(map_case(&s, name == "toupper"))))
                }
                "sin" => n(self.arg_num(args, 0).await?.sin()),
                "cos" => n(self.arg_num(args, 0).await?.cos()),
                "atan2" => {
                    let y = self.arg_num(args, 0).await?;
                    let x = self.arg_num(args, 1).await?;
                    n(y.atan2(x))
                }
                "exp" => n(self.arg_num(args, 0).await?.exp()),
                "log" => {
                    let x = self.arg_num(args, 0).await?;
                    if x < 0.0 {
                        let msg = format!("log: received negative argument {}", self.num_text(x));
                        self.warn(&msg).await?;
                        return n(-f64::NAN);
                    }
                    n(x.ln())
                }
                "sqrt" => {
                    let x = self.arg_num(args, 0).await?;
                    if x < 0.0 {
                        let msg = format!("sqrt: received negative argument {}", self.num_text(x));
                        self.warn(&msg).await?;
                        return n(-f64::NAN);
                    }
                    n(x.sqrt())
                }
                "int" => n(self.arg_num(args, 0).await?.trunc()),
                "rand" => n(self.rand.rand()),
                "srand" => {
                    let prev = self.seed;
                    self.seed = if args.is_empty() {
                        self.ctx.rt.clock.now().as_secs() as f64
                    } else {
                        self.arg_num(args, 0).await?
                    };
                    self.rand = Random::new(self.seed as i64 as u32);
                    n(prev)
                }
                "systime" => n(self.ctx.rt.clock.now().as_secs() as f64),
                "strftime" => {
                    let fmt = if args.is_empty() {
                        Bytes::from_static(b"%a %b %e %H:%M:%S %Z %Y")
                    } else {
                        self.arg_str(args, 0).await?
                    };
                    let ts = if args.len() > 1 {
                        self.arg_num(args, 1).await?.clamp(-1e11, 1e11) as i64
                    } else {
                        self.ctx.rt.clock.now().as_secs() as i64
                    };
                    let out = crate::time::strftime(&String::from_utf8_lossy(&fmt), ts);
                    Ok(Value::from_string(out))
                }
                "mktime" => {
                    let s = self.arg_str(args, 0).await?;
                    let parts: Vec<i64> = String::from_utf8_lossy(&s)
                        .split_whitespace()
                        .map(|p| p.parse().unwrap_or(0))
                        .collect();
                    if parts.len() < 6 || parts.iter().any(|p| p.abs() > 1_000_000_000) {
                        return n(-1.0);
                    }
                    let (y, mo) = (parts[0], parts[1] - 1);
                    let y = y + mo.div_euclid(12);
                    let mo = mo.rem_euclid(12) + 1;
                    let days = crate::time::days_from_civil(y, mo as u32, 1) + parts[2] - 1;
                    n((days * 86400 + parts[3] * 3600 + parts[4] * 60 + parts[5]) as f64)
                }
                "system" => {
                    let cmd = self.arg_str(args, 0).await?;
                    self.outputs.flush_all(self.ctx).await?;
                    let argv = vec![
                        "sh".to_string(),
                        "-c".to_string(),
                        String::from_utf8_lossy(&cmd).into_owned(),
                    ];
                    let st = self
                        .ctx
                        .spawn(
                            argv,
                            None,
                            self.ctx.stdin.clone(),
                            self.ctx.stdout.clone(),
                            self.ctx.stderr.clone(),
                        )
                        .await?;
                    n(f64::from(st))
                }
                "close" => {
                    let name = self.arg_str(args, 0).await?;
                    if args.len() > 1 {
                        let how = self.arg_str(args, 1).await?.to_ascii_lowercase();
                        if how == b"to" && self.outputs.is_coproc(&name) {
                            self.start_coproc(&name).await?;
                            return n(0.0);
                        }
                    }
                    let mut key = vec![b'&'];
                    key.extend_from_slice(&name);
                    let started = self.readers.remove(&Bytes::from(key));
                    if let Some(st) = self.outputs.close(self.ctx, &name).await? {
                        return n(f64::from(st));
                    }
                    if let Some((_, st)) = started {
                        return n(f64::from(st.unwrap_or(0)));
                    }
                    if let Some(st) = self.outputs.close(self.ctx, &name).await? {
                        return n(f64::from(st));
                    }
                    for prefix in [b'<', b'|'] {
                        let mut key = vec![prefix];
                        key.extend_from_slice(&name);
                        if let Some((_, st)) = self.readers.remove(&Bytes::from(key)) {
                            return n(f64::from(st.unwrap_or(0)));
                        }
                    }
                    n(-1.0)
                }
                "fflush" => {
                    self.outputs.flush_all(self.ctx).await?;
                    n(0.0)
                }
                "asort" | "asorti" => self.asort(args, name == "asorti").await,
                "and" | "or" | "xor" | "lshift" | "rshift" => {
                    let a = to_u64(self.arg_num(args, 0).await?);
                    let b = to_u64(self.arg_num(args, 1).await?);
                    n(match name {
                        "and" => a & b,
                        "or" => a | b,
                        "xor" => a ^ b,
                        "lshift" => a.checked_shl(b as u32).unwrap_or(0),
                        _ => a.checked_shr(b as u32).unwrap_or(0),
                    } as f64)
                }
                "compl" => n((!to_u64(self.arg_num(args, 0).await?) & ((1u64 << 53) - 1)) as f64),
                "strtonum" => {
                    let v = self.arg(args, 0).await?;
                    match v {
                        Value::Num(x) => n(x),
                        other => n(strtonum(&self.to_str(&other))),
                    }
                }
                "typeof" | "isarray" => {
                    let cell = match args.first() {
                        Some(Expr::Var(v)) => match v {
                            Var::Global(i) => self.globals.get(*i).cloned(),
                            Var::Local(i) => self.locals.get(self.base + i).cloned(),
                        },
                        Some(e) => Some(Cell::Val(self.eval(e).await?)),
                        None => None,
                    };
                    let t = match cell {
                        Some(Cell::Arr(_)) => "array",
                        Some(Cell::Val(Value::Num(_))) => "number",
                        Some(Cell::Val(Value::Str(_))) => "string",
                        Some(Cell::Val(Value::StrNum(s))) => {
                            if super::value::looks_numeric(&s) {
                                "strnum"
                            } else {
                                "string"
                            }
                        }
                        _ => "untyped",
                    };
                    if name == "isarray" {
                        return n(if t == "array" { 1.0 } else { 0.0 });
                    }
                    Ok(Value::str(t.as_bytes().to_vec()))
                }
                _ => Err(Ctl::Fatal(format!("function `{name}' not supported"))),
            }
        })
    }

    async fn split(&mut self, args: &'a [Expr]) -> R<Value> {
        let s = self.arg_str(args, 0).await?;
        let id = self.array_arg(args, 1, "split")?;
        let splitter = match args.get(2) {
            None => self.splitter.clone(),
            Some(Expr::Regex(_)) => Splitter::Regex(self.regex_for(&args[2]).await?),
            Some(e) => {
                let v = self.eval(e).await?;
                let fs = self.to_str(&v);
                self.make_splitter(&fs)
            }
        };
        let mut parts = Vec::new();
        let mut seps = Vec::new();
        split_into(&s, &splitter, false, &mut parts, Some(&mut seps));
        *self.array(id) = Default::default();
        let count = parts.len();
        for (k, p) in parts.into_iter().enumerate() {
            self.array(id)
                .set(Bytes::from((k + 1).to_string()), Value::StrNum(p));
        }
        if args.len() > 3 {
            let sid = self.array_arg(args, 3, "split")?;
            *self.array(sid) = Default::default();
            let space = matches!(splitter, Splitter::Space);
            for (k, sep) in seps.into_iter().enumerate() {
                let idx = if space { k } else { k + 1 };
                if space && (k == 0 || k == count) && sep.is_empty() {
                    continue;
                }
                self.array(sid)
                    .set(Bytes::from(idx.to_string()), Value::StrNum(sep));
            }
        }
        Ok(Value::Num(count as f64))
    }

    async fn sub(&mut self, args: &'a [Expr], global: bool) -> R<Value> {
        let re = self
            .regex_for(args.first().unwrap_or(&Expr::Num(0.0)))
            .await?;
        let repl = self.arg_str(args, 1).await?;
        let text = match args.get(2) {
            Some(t) => {
                let v = self.eval(t).await?;
                self.to_str(&v)
            }
            None => self.record.text.clone(),
        };
        let (out, count) = substitute(&re, &text, global, 1, |caps, o| {
            let (s, e) = caps.first().copied().flatten().unwrap_or((0, 0));
            sub_repl(&repl, &text[s..e], o)
        });
        if count > 0 {
            self.check_len(out.len())?;
            let v = Value::Str(Bytes::from(out));
            match args.get(2) {
                Some(t) if super::parser::is_lvalue(t) => self.assign(t, v).await?,
                Some(_) => {}
                None => self.set_field(0, &v)?,
            }
        }
        Ok(Value::Num(count as f64))
    }

    async fn asort(&mut self, args: &'a [Expr], by_index: bool) -> R<Value> {
        let src = self.array_arg(args, 0, if by_index { "asorti" } else { "asort" })?;
        let dest = if args.len() > 1 {
            self.array_arg(args, 1, "asort")?
        } else {
            src
        };
        if args.len() > 2 {
            let how = self.arg_str(args, 2).await?;
            if how.starts_with(b"@") {
                let keys = self.array(src).keys();
                let keys = self.order_keys(src, keys, &how);
                let items: Vec<Value> = keys
                    .into_iter()
                    .map(|k| {
                        if by_index {
                            Value::StrNum(k)
                        } else {
                            self.array(src).get(&k).cloned().unwrap_or_default()
                        }
                    })
                    .collect();
                return Ok(self.fill_sorted(dest, items));
            }
        }
        let mut items: Vec<Value> = {
            let a = self.array(src);
            a.keys()
                .into_iter()
                .map(|k| {
                    if by_index {
                        Value::StrNum(k)
                    } else {
                        a.get(&k).cloned().unwrap_or_default()
                    }
                })
                .collect()
        };
        if by_index {
            items.sort_by_key(|a| self.to_str(a));
        } else {
            items.sort_by(|a, b| {
                let (na, nb) = (
                    a.is_numeric() && !matches!(a, Value::Uninit),
                    b.is_numeric() && !matches!(b, Value::Uninit),
                );
                match (na, nb) {
                    (true, true) => a
                        .num()
                        .partial_cmp(&b.num())
                        .unwrap_or(std::cmp::Ordering::Equal),
                    (true, false) => std::cmp::Ordering::Less,
                    (false, true) => std::cmp::Ordering::Greater,
                    _ => self.to_str(a).cmp(&self.to_str(b)),
                }
            });
        }
        Ok(self.fill_sorted(dest, items))
    }

    /// Replaces `dest` with `items` under the indexes 1..n; returns n.
    fn fill_sorted(&mut self, dest: usize, items: Vec<Value>) -> Value {
        let count = items.len();
        *self.array(dest) = Default::default();
        for (k, v) in items.into_iter().enumerate() {
            self.array(dest).set(Bytes::from((k + 1).to_string()), v);
        }
        Value::Num(count as f64)
    }

    /// Runs the two-way pipe `name` on what was printed to it so far; its output is
    /// read back by `name |& getline`.
    async fn start_coproc(&mut self, name: &[u8]) -> R<()> {
        let input = self.outputs.take_coproc(name).unwrap_or_default();
        self.outputs.flush_all(self.ctx).await?;
        let cap = Capture::new(self.ctx.rt.limits.max_output_bytes, "command output");
        let argv = vec![
            "sh".to_string(),
            "-c".to_string(),
            String::from_utf8_lossy(name).into_owned(),
        ];
        let st = self
            .ctx
            .spawn(
                argv,
                None,
                Input::from_bytes(input),
                Output::Capture(cap.clone()),
                self.ctx.stderr.clone(),
            )
            .await?;
        let mut key = vec![b'&'];
        key.extend_from_slice(name);
        let reader = Reader::from_bytes(&Capture::take(&cap));
        self.readers.insert(Bytes::from(key), (reader, Some(st)));
        Ok(())
    }

    /// `getline` in all its forms: 1 for a record, 0 at end of input, -1 on error.
    pub async fn getline(&mut self, src: &'a GetSrc, var: Option<&'a Expr>) -> R<Value> {
        let rec = match src {
            GetSrc::Main => {
                let Some(rec) = self.next_main_record().await? else {
                    return Ok(Value::Num(0.0));
                };
                let nr = self.global_num(NR) + 1.0;
                self.set_global(NR, Value::Num(nr));
                let fnr = self.global_num(FNR) + 1.0;
                self.set_global(FNR, Value::Num(fnr));
                rec
            }
            GetSrc::File(e) | GetSrc::Cmd(e) | GetSrc::Coproc(e) => {
                let is_cmd = !matches!(src, GetSrc::File(_));
                let v = self.eval(e).await?;
                let name = self.to_str(&v);
                let prefix = match src {
                    GetSrc::File(_) => b'<',
                    GetSrc::Cmd(_) => b'|',
                    _ => b'&',
                };
                let mut key = vec![prefix];
                key.extend_from_slice(&name);
                let key = Bytes::from(key);
                if prefix == b'&' && !self.readers.contains_key(&key) {
                    self.start_coproc(&name).await?;
                }
                if !self.readers.contains_key(&key) {
                    let text = String::from_utf8_lossy(&name).into_owned();
                    let reader = if is_cmd {
                        self.outputs.flush_all(self.ctx).await?;
                        let cap =
                            Capture::new(self.ctx.rt.limits.max_output_bytes, "command output");
                        let argv = vec!["sh".to_string(), "-c".to_string(), text];
                        let st = self
                            .ctx
                            .spawn(
                                argv,
                                None,
                                Input::empty(),
                                Output::Capture(cap.clone()),
                                self.ctx.stderr.clone(),
                            )
                            .await?;
                        (Reader::from_bytes(&Capture::take(&cap)), Some(st))
                    } else if text == "-" || text == "/dev/stdin" {
                        (Reader::from_input(self.ctx.stdin.clone()), None)
                    } else {
                        match self.ctx.read_files(std::slice::from_ref(&text)).await.pop() {
                            Some(Ok(data)) => (Reader::from_bytes(&data), None),
                            Some(Err(e))
                                if matches!(
                                    e.kind(),
                                    crate::error::ErrorKind::Cancelled
                                        | crate::error::ErrorKind::LimitExceeded
                                ) =>
                            {
                                return Err(Ctl::Err(e));
                            }
                            _ => return Ok(Value::Num(-1.0)),
                        }
                    };
                    self.readers.insert(key.clone(), reader);
                }
                let mode = self.rs_mode();
                let got = match self.readers.get_mut(&key) {
                    Some((r, _)) => r.next_record(&mode).await?,
                    None => None,
                };
                let Some((rec, rt)) = got else {
                    return Ok(Value::Num(0.0));
                };
                self.set_global(RT, Value::StrNum(rt));
                if is_cmd {
                    let nr = self.global_num(NR) + 1.0;
                    self.set_global(NR, Value::Num(nr));
                }
                rec
            }
        };
        match var {
            Some(lv) => self.assign(lv, Value::StrNum(rec)).await?,
            None => self.set_record(rec),
        }
        Ok(Value::Num(1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rand_is_seeded() {
        let (mut a, mut b) = (Random::new(7), Random::new(7));
        for _ in 0..10 {
            let x = a.rand();
            assert!((0.0..1.0).contains(&x));
            assert_eq!(x, b.rand());
        }
    }

    #[test]
    fn replacements() {
        let re = super::super::re::compile("x*", false).expect("compiles");
        let (out, n) = substitute(&re, b"abc", true, 1, |_, o| o.push(b'-'));
        assert_eq!(
            (String::from_utf8_lossy(&out).into_owned(), n),
            ("-a-b-c-".to_string(), 4)
        );
        let re = super::super::re::compile("b*", false).expect("compiles");
        let (out, _) = substitute(&re, b"abc", true, 1, |_, o| o.push(b'-'));
        assert_eq!(out, b"-a-c-");
        let mut o = Vec::new();
        sub_repl(b"\\\\&[\\\\]\\&&", b"M", &mut o);
        assert_eq!(o, b"\\M[\\\\]&M");
    }
}

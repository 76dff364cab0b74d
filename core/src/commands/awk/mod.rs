//! `awk`: GNU Awk 5.2 compatible pattern scanning and processing (also `gawk`).
//!
//! The program is lexed ([`lexer`]), parsed into an AST with resolved variable slots
//! ([`parser`], [`ast`]) and run by an async tree-walking interpreter ([`interp`],
//! [`builtins`]) over records read from the VFS or standard input ([`io`]); output goes
//! through [`output`]. Operand files are read in batches (`Ctx::read_files`), standard
//! input is streamed, fields are split lazily, loops count against the run's loop limit.
//!
//! Documented differences from gawk:
//! - `for (k in a)` follows gawk's order (its hash function and table growth are
//!   modelled in [`array`]); `PROCINFO["sorted_in"]` orders work as in gawk.
//! - `rand()` is deterministic per seed but not gawk's sequence.
//! - `print | "cmd"` collects the text and runs `sh -c cmd` when the pipe is closed (or at
//!   exit, before standard output is flushed, like gawk's buffering); `"cmd" | getline`
//!   runs the command to completion at its first read, with empty standard input.
//! - Function calls nest at most twice the shell's call depth limit (gawk: memory), and
//!   strings may not grow past the run's file size limit.
//! - Numbers are doubles only (no MPFR `-M`); `-b`, `-c`, `-P`, `--lint` and the other
//!   gawk options without an effect here are accepted and ignored.

mod array;
mod ast;
mod builtins;
mod format;
mod interp;
mod io;
mod lexer;
mod output;
mod parser;
mod re;
mod value;

use std::collections::HashMap;

use bytes::Bytes;

use self::ast::*;
use self::interp::{Cell, Ctl, Interp, MainInput, R, Record, Splitter};
use self::io::{Reader, RsMode};
use self::value::Value;
use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = include_str!("help.txt");

const VERSION: &str = "GNU Awk 5.2.1, API 3.2, PMA Avon 8-g1, (GNU MPFR 4.2.0, GNU MP 6.2.1)
Copyright (C) 1989, 1991-2022 Free Software Foundation.

This program is free software; you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by
the Free Software Foundation; either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program. If not, see http://www.gnu.org/licenses/.
";

const SPEC: &str = "+F|field-separator= v|assign= f|file= e|source= b|characters-as-bytes \
                    c|traditional C|copyright d|dump-variables? D|debug? E|exec= g|gen-pot \
                    h|help i|include= I|trace l|load= L|lint? M|bignum N|use-lc-numeric \
                    n|non-decimal-data o|pretty-print? O|optimize p|profile? P|posix \
                    r|re-interval s|no-optimize S|sandbox t|lint-old V|version W=";

/// One piece of program text and the name its messages use.
struct Source {
    name: String,
    first_line: usize,
}

/// Runs `awk`.
pub fn awk<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move { run(ctx).await })
}

async fn run(ctx: &mut Ctx<'_>) -> Result<i32> {
    let name = ctx.name().to_string();
    let args = ctx.args[1..].to_vec();
    let mut p = Parser::new(SPEC, &args);
    let mut fs: Option<Vec<u8>> = None;
    let mut assigns: Vec<String> = Vec::new();
    let mut texts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    let mut operands: Vec<String> = Vec::new();
    loop {
        match p.next_arg() {
            Ok(None) => break,
            Ok(Some(Arg::Operand(o))) => {
                operands.push(o);
                operands.extend(p.rest().iter().cloned());
                break;
            }
            Ok(Some(Arg::Opt(key, v))) => {
                let v = v.unwrap_or_default();
                match key {
                    "F" => fs = Some(v.into_bytes()),
                    "v" => assigns.push(v),
                    "f" | "E" => {
                        files.push(v.clone());
                        texts.push((v, Vec::new()));
                    }
                    "e" => texts.push(("cmd. line".into(), v.into_bytes())),
                    "h" => {
                        ctx.stdout.write_str(HELP).await?;
                        return Ok(0);
                    }
                    "V" => {
                        ctx.stdout.write_str(VERSION).await?;
                        return Ok(0);
                    }
                    "W" if v == "version" => {
                        ctx.stdout.write_str(VERSION).await?;
                        return Ok(0);
                    }
                    _ => {}
                }
            }
            Err(e) => {
                if e.0.starts_with("option requires") {
                    let c = e.0.rsplit('\'').nth(1).unwrap_or("");
                    ctx.err(&format!("option requires an argument -- {c}"))
                        .await?;
                }
                ctx.stderr.write_str(HELP).await?;
                return Ok(1);
            }
        }
    }
    for a in &assigns {
        match a.split_once('=') {
            None => {
                ctx.err(&format!("`{a}' argument to `-v' not in `var=value' form\n"))
                    .await?;
                ctx.stderr.write_str(HELP).await?;
                return Ok(1);
            }
            Some((n, _)) if is_assignment(a).is_none() => {
                ctx.err(&format!("fatal: `{n}' is not a legal variable name"))
                    .await?;
                return Ok(2);
            }
            Some(_) => {}
        }
    }
    // Read -f program files.
    for (fname, body) in texts.iter_mut() {
        if !files.contains(fname) {
            continue;
        }
        match ctx.read_files(std::slice::from_ref(fname)).await.pop() {
            Some(Ok(data)) => *body = data.to_vec(),
            Some(Err(e)) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Some(Err(e)) => {
                ctx.err(&format!(
                    "fatal: cannot open source file `{fname}' for reading: {}",
                    e.reason()
                ))
                .await?;
                return Ok(2);
            }
            None => return Ok(2),
        }
    }
    if texts.is_empty() {
        if operands.is_empty() {
            ctx.stderr.write_str(HELP).await?;
            return Ok(1);
        }
        texts.push(("cmd. line".into(), operands.remove(0).into_bytes()));
    }
    let mut src = Vec::new();
    let mut sources = Vec::new();
    let mut line = 1;
    for (n, body) in &texts {
        sources.push(Source {
            name: n.clone(),
            first_line: line,
        });
        src.extend_from_slice(body);
        src.push(b'\n');
        line += body.iter().filter(|&&b| b == b'\n').count() + 1;
    }
    let locate = |l: usize| -> (String, usize) {
        let s = sources.iter().rev().find(|s| s.first_line <= l);
        match s {
            Some(s) => (s.name.clone(), l - s.first_line + 1),
            None => ("cmd. line".into(), l),
        }
    };
    let lines: Vec<&[u8]> = src.split(|&b| b == b'\n').collect();
    let syntax = |msg: &str, l: usize, col: usize, text_line: usize| -> String {
        let (sname, sl) = locate(l);
        if col == usize::MAX {
            return format!("{name}: {sname}:{sl}: fatal: {msg}\n");
        }
        let text = lines
            .get(text_line.saturating_sub(1))
            .copied()
            .unwrap_or(b"");
        let text = String::from_utf8_lossy(text);
        format!(
            "{name}: {sname}:{sl}: {text}\n{name}: {sname}:{sl}: {}^ {msg}\n",
            " ".repeat(col)
        )
    };
    let mut warnings = Vec::new();
    let lexed = lexer::lex(&src, &mut warnings);
    for (l, w) in &warnings {
        let (sname, sl) = locate(*l);
        ctx.stderr
            .write_str(&format!("{name}: {sname}:{sl}: warning: {w}\n"))
            .await?;
    }
    let toks = match lexed {
        Ok(t) => t,
        Err(e) => {
            ctx.stderr
                .write_str(&syntax(&e.msg, e.line, e.col, e.line))
                .await?;
            return Ok(1);
        }
    };
    let prog = match parser::parse(&toks) {
        Ok(p) => p,
        Err(e) => {
            let l = if e.line == 0 { 1 } else { e.line };
            let file_end = e.at_eof.then(|| {
                let s = sources
                    .iter()
                    .rev()
                    .find(|s| s.first_line <= e.text_line.max(1))?;
                let body = &texts.iter().find(|(n, _)| *n == s.name)?.1;
                let n = body.iter().filter(|&&b| b == b'\n').count();
                let n = if body.ends_with(b"\n") { n } else { n + 1 };
                (s.name != "cmd. line").then(|| (s.name.clone(), n))
            });
            if let Some(Some((sname, n))) = file_end {
                ctx.stderr
                    .write_str(&format!(
                        "{name}: {sname}:{n}: (END OF FILE)\n{name}: {sname}:{n}: ^ source files / command-line arguments must contain complete functions or rules\n"
                    ))
                    .await?;
            } else if e.col == usize::MAX - 1 {
                let (sname, sl) = locate(l);
                ctx.stderr
                    .write_str(&format!("{name}: {sname}:{sl}: error: {}\n", e.msg))
                    .await?;
            } else {
                ctx.stderr
                    .write_str(&syntax(&e.msg, l, e.col, e.text_line))
                    .await?;
            }
            // Undefined functions are fatal (2); syntax and constant-folding errors exit 1.
            return Ok(if e.col == usize::MAX { 2 } else { 1 });
        }
    };
    for (l, w) in &prog.warnings {
        let (sname, sl) = locate(*l);
        ctx.stderr
            .write_str(&format!("{name}: {sname}:{sl}: warning: {w}\n"))
            .await?;
    }
    let mut regexes = Vec::new();
    for r in &prog.regexes {
        match re::compile(r, false) {
            Ok(x) => regexes.push(x),
            Err(msg) => {
                ctx.err(&format!("cmd. line:1: error: {msg}")).await?;
                return Ok(1);
            }
        }
    }
    let ctx: &Ctx<'_> = ctx;
    let mut it = Interp {
        ctx,
        prog: &prog,
        globals: vec![Cell::Val(Value::Uninit); prog.globals.len()],
        locals: Vec::new(),
        base: 0,
        arrays: Vec::new(),
        free_arrays: Vec::new(),
        owned: Vec::new(),
        record: Record::default(),
        splitter: Splitter::Space,
        rec_splitter: Splitter::Space,
        regexes,
        dyn_regex: HashMap::new(),
        ranges: vec![false; prog.ranges],
        outputs: Default::default(),
        readers: HashMap::new(),
        main: MainInput::default(),
        convfmt: "%.6g".into(),
        ofmt: "%.6g".into(),
        subsep: Bytes::from_static(b"\x1c"),
        rs_cache: (Bytes::from_static(b"\n"), RsMode::Byte(b'\n')),
        rand: builtins::Random::new(1),
        seed: 1.0,
        depth: 0,
        max_depth: ctx.rt.limits.max_call_depth.max(10) as usize * 2,
        line: 0,
        exit_code: 0,
        started_input: false,
        ticks: 0,
        sources: sources
            .iter()
            .map(|s| (s.first_line, s.name.clone()))
            .collect(),
        escapes_warned: Vec::new(),
    };
    for c in it.init(fs, &assigns, &operands) {
        it.warn_escape(c).await?;
    }
    let status = match it.run_program().await {
        Ok(()) => it.exit_code,
        Err(Ctl::Fatal(msg)) => {
            let _ = it.outputs.close_all(ctx).await;
            let loc = if it.line > 0 {
                format!("{}: ", it.location())
            } else {
                String::new()
            };
            let at = if it.started_input
                && it.global_num(NR) > 0.0
                && !msg.starts_with("cannot open file")
            {
                let f = it.global_str(FILENAME);
                let f = if f.is_empty() {
                    "-".into()
                } else {
                    String::from_utf8_lossy(&f).into_owned()
                };
                format!("(FILENAME={f} FNR={}) ", it.global_num(FNR))
            } else {
                String::new()
            };
            ctx.stderr
                .write_str(&format!("{name}: {loc}{at}fatal: {msg}\n"))
                .await?;
            2
        }
        Err(Ctl::Err(e)) => return Err(e),
        Err(_) => it.exit_code,
    };
    Ok(status)
}

fn escape_warning(c: char) -> String {
    format!("warning: escape sequence `\\{c}' treated as plain `{c}'")
}

fn is_assignment(arg: &str) -> Option<(&str, &str)> {
    let (name, val) = arg.split_once('=')?;
    let mut chars = name.chars();
    let first = chars.next()?;
    if !(first.is_ascii_alphabetic() || first == '_')
        || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return None;
    }
    Some((name, val))
}

impl Interp<'_> {
    /// Sets up the special variables, ARGV, ENVIRON, -F and -v; returns the characters
    /// of meaningless escapes (for gawk's warnings).
    fn init(&mut self, fs: Option<Vec<u8>>, assigns: &[String], operands: &[String]) -> Vec<char> {
        let mut warned = Vec::new();
        let s = |b: &[u8]| Value::Str(Bytes::copy_from_slice(b));
        self.set_global(FPAT, s(b"[^[:space:]]+"));
        self.set_global(FS, s(b" "));
        self.set_global(OFS, s(b" "));
        self.set_global(ORS, s(b"\n"));
        self.set_global(RS, s(b"\n"));
        self.set_global(SUBSEP, s(b"\x1c"));
        self.set_global(CONVFMT, s(b"%.6g"));
        self.set_global(OFMT, s(b"%.6g"));
        for slot in [NR, FNR, RSTART] {
            self.set_global(slot, Value::Num(0.0));
        }
        self.set_global(RLENGTH, Value::Num(-1.0));
        self.set_global(FILENAME, s(b""));
        self.set_global(IGNORECASE, Value::Num(0.0));
        let env = self.new_array();
        for (k, v) in &self.ctx.env {
            self.array(env).set(
                Bytes::from(k.clone()),
                Value::StrNum(Bytes::from(v.clone())),
            );
        }
        self.globals[ENVIRON] = Cell::Arr(env);
        let argv = self.new_array();
        let argv0 = s(self.ctx.name().as_bytes());
        self.array(argv).set(Bytes::from_static(b"0"), argv0);
        for (k, o) in operands.iter().enumerate() {
            self.array(argv).set(
                Bytes::from((k + 1).to_string()),
                Value::StrNum(Bytes::from(o.clone())),
            );
        }
        self.globals[ARGV] = Cell::Arr(argv);
        self.set_global(ARGC, Value::Num((operands.len() + 1) as f64));
        self.main.argi = 1;
        if let Some(fs) = fs {
            let fs = lexer::unescape(&fs, &mut |c| warned.push(c));
            self.set_global(FS, Value::Str(Bytes::from(fs)));
        }
        for a in assigns {
            if let Some((n, v)) = is_assignment(a) {
                warned.extend(self.assign_named(n, v));
            }
        }
        warned
    }

    /// gawk's warning for a meaningless escape, once per character.
    async fn warn_escape(&mut self, c: char) -> Result<()> {
        if self.escapes_warned.contains(&c) {
            return Ok(());
        }
        self.escapes_warned.push(c);
        self.ctx.err(&escape_warning(c)).await
    }

    /// `name=value` from `-v` or an operand: escapes processed, value a strnum.
    fn assign_named(&mut self, name: &str, val: &str) -> Vec<char> {
        let mut warned = Vec::new();
        let v = Value::StrNum(Bytes::from(lexer::unescape(val.as_bytes(), &mut |c| {
            warned.push(c)
        })));
        if let Some(slot) = self.prog.globals.iter().position(|g| g == name) {
            let _ = self.set_var(Var::Global(slot), v);
        }
        warned
    }

    async fn run_program(&mut self) -> R<()> {
        let prog = self.prog;
        let mut exiting = false;
        for b in &prog.begin {
            match self.exec_block(b).await {
                Ok(()) | Err(Ctl::Next | Ctl::NextFile | Ctl::Return(_)) => {}
                Err(Ctl::Break | Ctl::Continue) => {}
                Err(Ctl::Exit) => {
                    exiting = true;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        let has_main = !prog.rules.is_empty()
            || !prog.end.is_empty()
            || !prog.beginfile.is_empty()
            || !prog.endfile.is_empty();
        if !exiting && has_main {
            self.started_input = true;
            match self.main_loop().await {
                Ok(()) => {}
                Err(Ctl::Exit) => {}
                Err(e) => return Err(e),
            }
        }
        for b in &prog.end {
            match self.exec_block(b).await {
                Ok(()) | Err(Ctl::Next | Ctl::NextFile | Ctl::Return(_)) => {}
                Err(Ctl::Break | Ctl::Continue) => {}
                Err(Ctl::Exit) => break,
                Err(e) => return Err(e),
            }
        }
        self.outputs.close_all(self.ctx).await
    }

    async fn main_loop(&mut self) -> R<()> {
        let prog = self.prog;
        'records: loop {
            self.tick().await?;
            let Some(rec) = self.next_main_record().await? else {
                break;
            };
            let nr = self.global_num(NR) + 1.0;
            self.set_global(NR, Value::Num(nr));
            let fnr = self.global_num(FNR) + 1.0;
            self.set_global(FNR, Value::Num(fnr));
            self.set_record(rec);
            for rule in &prog.rules {
                self.line = rule.line;
                let hit = match &rule.pattern {
                    Pattern::All => true,
                    Pattern::Expr(e) => self.eval(e).await?.truthy(),
                    Pattern::Range(a, b, id) => {
                        if self.ranges[*id] {
                            if self.eval(b).await?.truthy() {
                                self.ranges[*id] = false;
                            }
                            true
                        } else if self.eval(a).await?.truthy() {
                            if !self.eval(b).await?.truthy() {
                                self.ranges[*id] = true;
                            }
                            true
                        } else {
                            false
                        }
                    }
                };
                if !hit {
                    continue;
                }
                let r = match &rule.action {
                    Some(body) => self.exec_block(body).await,
                    None => {
                        let mut out = self.record.text.to_vec();
                        out.extend_from_slice(&self.global_str(ORS));
                        self.outputs.stdout(self.ctx, &out).await
                    }
                };
                match r {
                    Ok(()) | Err(Ctl::Break | Ctl::Continue | Ctl::Return(_)) => {}
                    Err(Ctl::Next) => continue 'records,
                    Err(Ctl::NextFile) => {
                        self.end_file().await?;
                        continue 'records;
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(())
    }

    async fn end_file(&mut self) -> R<()> {
        if self.main.reader.take().is_some() {
            let prog = self.prog;
            for b in &prog.endfile {
                self.exec_block(b).await?;
            }
        }
        Ok(())
    }

    /// The next record of the main input, advancing through ARGV.
    pub async fn next_main_record(&mut self) -> R<Option<Bytes>> {
        loop {
            if self.main.reader.is_some() {
                let mode = self.rs_mode();
                let got = match self.main.reader.as_mut() {
                    Some(r) => r.next_record(&mode).await?,
                    None => None,
                };
                if let Some((rec, rt)) = got {
                    self.set_global(RT, Value::StrNum(rt));
                    return Ok(Some(rec));
                }
                self.end_file().await?;
            }
            if self.main.done {
                return Ok(None);
            }
            let argc = self.global_num(ARGC);
            if self.main.argi as f64 >= argc {
                self.main.done = true;
                if !self.main.any_file {
                    self.main.any_file = true;
                    self.open_main(Reader::from_input(self.ctx.stdin.clone()), b"")
                        .await?;
                    continue;
                }
                return Ok(None);
            }
            let i = self.main.argi;
            self.main.argi += 1;
            let arg = self.argv(i);
            if arg.is_empty() {
                continue;
            }
            if let Some((n, v)) = is_assignment(&arg) {
                for c in self.assign_named(n, v) {
                    self.warn_escape(c).await?;
                }
                continue;
            }
            self.main.any_file = true;
            if arg == "-" || arg == "/dev/stdin" {
                self.open_main(Reader::from_input(self.ctx.stdin.clone()), arg.as_bytes())
                    .await?;
                continue;
            }
            if !self.main.prefetched.contains_key(&i) {
                self.prefetch(i, argc).await;
            }
            match self.main.prefetched.remove(&i) {
                Some(Ok(data)) => {
                    self.open_main(Reader::from_bytes(&data), arg.as_bytes())
                        .await?
                }
                Some(Err(e))
                    if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                {
                    return Err(Ctl::Err(e));
                }
                Some(Err(e)) if e.kind() == ErrorKind::IsADirectory => {
                    let msg =
                        format!("warning: command line argument `{arg}' is a directory: skipped");
                    self.ctx.err(&msg).await?;
                }
                Some(Err(e)) => {
                    return Err(Ctl::Fatal(format!(
                        "cannot open file `{arg}' for reading: {}",
                        e.reason()
                    )));
                }
                None => {}
            }
        }
    }

    fn argv(&mut self, i: usize) -> String {
        let Cell::Arr(id) = self.globals[ARGV] else {
            return String::new();
        };
        let v = self
            .array(id)
            .get(i.to_string().as_bytes())
            .cloned()
            .unwrap_or_default();
        String::from_utf8_lossy(&self.to_str(&v)).into_owned()
    }

    /// Reads the file operands from `i` on in one batch.
    async fn prefetch(&mut self, i: usize, argc: f64) {
        let mut idx = Vec::new();
        let mut names = Vec::new();
        let mut k = i;
        while (k as f64) < argc && names.len() < 256 {
            let a = self.argv(k);
            if !a.is_empty() && a != "-" && a != "/dev/stdin" && is_assignment(&a).is_none() {
                idx.push(k);
                names.push(a);
            }
            k += 1;
        }
        let results = self.ctx.read_files(&names).await;
        for (k, r) in idx.into_iter().zip(results) {
            self.main.prefetched.insert(k, r);
        }
    }

    async fn open_main(&mut self, r: Reader, name: &[u8]) -> R<()> {
        self.main.reader = Some(r);
        self.set_global(FILENAME, Value::Str(Bytes::copy_from_slice(name)));
        self.set_global(FNR, Value::Num(0.0));
        let prog = self.prog;
        for b in &prog.beginfile {
            self.exec_block(b).await?;
        }
        Ok(())
    }
}

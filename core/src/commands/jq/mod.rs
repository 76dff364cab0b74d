//! `jq`: the JSON processor, built on the jaq crates (parser, compiler and interpreter)
//! with jq 1.6's command line (`args.rs`), input reader and output format (`json.rs`),
//! update and arithmetic semantics (`val.rs`), main loop (`run.rs`) and error messages
//! (`errors.rs`). `DEFS` redefines the builtins where jq 1.6 differs from jaq.
//!
//! Inputs are read up front; output streams (see `run.rs`): it is written in stdio-like
//! 4096-byte blocks, so messages on standard error come first as with the real jq.
//!
//! Differences from jq 1.6 left: syntax error messages name the unexpected token for the
//! common cases only (the status, 3, is the same); regex matches leave out groups that
//! did not take part (jq gives them as null) and regex error wordings differ; `path(1)`
//! error wording; `.[] |= empty`; compile-time `{(1): 2}`; the `-C` colours.

mod args;
mod errors;
mod guard;
pub(crate) mod json;
mod run;
mod val;

use std::cell::RefCell;

use jaq_core::data::HasLut;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{DataT, Lut};
use jaq_json::{Map, Val};
use jaq_std::input::{HasInputs, Inputs};

use crate::commands::Ctx;
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use args::{Arg, Opts, Parsed};
use json::{Item, Style, str_val};
use val::V;

const HELP: &str = include_str!("help.txt");

const TRY: &str = "Use jq --help for help with command-line options,\nor see the jq manpage, \
                   or online docs  at https://stedolan.github.io/jq\n";

/// Definitions that replace jaq's where jq 1.6 differs or the host provides the data.
const DEFS: &str = r#"
def env: $ENV;
def halt_error($code): if ($code | type) != "number"
  then error("\(__desc) halt_error/1: number required") else __halt_error($code) end;
def min_by(f): . as $a | map([f]) as $k | if length == 0 then null
  else reduce range(1; length) as $i (0; if $k[$i] < $k[.] then $i else . end) | $a[.] end;
def max_by(f): . as $a | map([f]) as $k | if length == 0 then null
  else reduce range(1; length) as $i (0; if $k[$i] >= $k[.] then $i else . end) | $a[.] end;
def halt_error: halt_error(5);
def input_line_number: 0;
def error(msg): msg | if . == null then empty else error_empty end;
def error: error(.);
def explode: if type != "string" then error("explode input must be a string") else __explode end;
def ascii_downcase: explode | map(if 65 <= . and . <= 90 then . + 32 end) | implode;
def ascii_upcase: explode | map(if 97 <= . and . <= 122 then . - 32 end) | implode;
def input: [limit(1; inputs)] | if length == 0 then error("break") else .[0] end;
def tostring: if type == "string" then . else tojson end;
def tonumber: if type == "number" then . elif type == "string" then __tonumber
  else error("\(__desc) cannot be parsed as a number") end;
def keys_unsorted: if type == "object" or type == "array" then __keys_unsorted
  else error("\(__desc) has no keys") end;
def keys: keys_unsorted | sort;
def @text: tostring;
def @json: tojson;
def @base32: error("base32 is not a valid format");
def @base32d: error("base32d is not a valid format");
def @sh: def q: if type == "string" then "'" + (split("'") | join("'\\''")) + "'"
    elif type == "object" or type == "array" then error("\(__desc) can not be escaped for shell")
    else tojson end;
  if type == "array" then map(q) | join(" ") else q end;
def @uri: tostring | encode_uri | split("%27") | join("'") | split("%21") | join("!")
  | split("%2A") | join("*") | split("%28") | join("(") | split("%29") | join(")")
  | split("%7E") | join("~");
def @csv: if type != "array" then error("\(__desc) cannot be csv-formatted, only array")
  else map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif type == "null" then "" elif type == "number" or type == "boolean" then tojson
    else error("\(__desc) is not valid in a csv row") end) | join(",") end;
def @tsv: if type != "array" then error("\(__desc) cannot be tsv-formatted, only array")
  else map(if type == "string" then split("\\") | join("\\\\") | split("\t") | join("\\t")
      | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif type == "null" then "" elif type == "number" or type == "boolean" then tojson
    else error("\(__desc) is not valid in a csv row") end) | join("\t") end;
def from_entries: map({(.key // .Key // .name // .Name): (if has("value") then .value else .Value end)})
  | add + {} // {};
def _flatten($x): reduce .[] as $i ([]; if $i | type == "array" and $x != 0
  then . + ($i | _flatten($x - 1)) else . + [$i] end);
def flatten($x): if $x < 0 then error("flatten depth must not be negative") else _flatten($x) end;
def flatten: _flatten(-1);
def ltrimstr($x): if type == "string" and ($x | type) == "string" and startswith($x) then .[($x | length):] else . end;
def rtrimstr($x): if type == "string" and ($x | type) == "string" and endswith($x) and ($x | length) > 0 then .[:length - ($x | length)] else . end;
def leaf_paths: paths(scalars);
def IN(s): any(s == .; .);
def IN(src; s): any(src == s; .);
def INDEX(stream; idx_expr): reduce stream as $row ({}; .[$row | idx_expr | tostring] = $row);
def INDEX(idx_expr): INDEX(.[]; idx_expr);
def now: $__now;
def join($x): reduce .[] as $i (null; (if . == null then "" else . + $x end)
  + ($i | if type == "boolean" or type == "number" then tojson elif . == null then "" else . end)) // "";
def @base64d: __b64d;
def tostream: path(def r: (.[]? | r), .; r) as $p | getpath($p) | reduce path(.[]?) as $q ([$p, .]; [$p + $q]);
def fromstream(f): { x: null, e: false } as $init
  | foreach f as $i ($init;
      if .e then $init else . end
      | if $i | length == 2
        then setpath(["e"]; $i[0] | length == 0) | setpath(["x"] + $i[0]; $i[1])
        else setpath(["e"]; $i[0] | length == 1) end;
      if .e then .x else empty end);
def truncate_stream(stream): . as $n | null | stream | . as $input
  | if (.[0] | length) > $n then setpath([0]; .[0][$n:]) else empty end;
def limit($n; f): if $n < 0 then f
  else label $out | foreach f as $item (0; . + 1; $item, if . >= $n then break $out else empty end) end;
def walk(f): . as $in | if type == "object" then
    reduce keys_unsorted[] as $key ({}; . + { ($key): ($in[$key] | walk(f)) }) | f
  elif type == "array" then map(walk(f)) | f else f end;
def delpaths($ps): __delpaths($ps);
def del(f): delpaths([path(f)]);
def recurse_down: recurse;
def nan: __nan;
def infinite: __inf;
def isnan: . < nan and nan < .;
def isinfinite: . == infinite or . == -infinite;
def isfinite: isnumber and (isinfinite | not);
def isnormal: isnumber and ((. == 0 or isnan or isinfinite) | not);
def logb: if . == 0.0 then -infinite elif isinfinite then infinite elif isnan then .
  else ilogb | . + 0.0 end;
def significand: if isinfinite or isnan then . elif . == 0.0 then 0.0
  else scalbln(.; ilogb | -1 * .) end;
def match(re; flags): matches(re; flags)[]
  | .[0] + { captures: .[1:] | map(if has("name") then . else . + {name: null} end) };
def get_search_list: ["~/.jq", "$ORIGIN/../lib/jq", "$ORIGIN/lib"];
def todate: strftime("%Y-%m-%dT%H:%M:%SZ");
def todateiso8601: todate;
def strptime($f): if type != "string" or ($f | type) != "string"
    then error("strptime/1 requires string inputs and arguments")
  else . as $s | try __strptime($f) catch error("date \"\($s)\" does not match format \"\($f)\"") end;
def fromdateiso8601: strptime("%Y-%m-%dT%H:%M:%SZ") | mktime;
def fromdate: fromdateiso8601;
def __re($re; $flags): if type != "string" then error("\(__desc) cannot be matched, as it is not a string")
  elif ($re | type) != "string" then error("\($re | __desc) is not a string")
  elif $flags != null and ($flags | type) != "string" then error("\($flags | __desc) is not a string")
  else . end;
def matches($re; $flags): __re($re; $flags) | __matches($re; $flags // "");
def split_matches($re; $flags): __re($re; $flags) | __split_matches($re; $flags // "");
def split_($re; $flags): __re($re; $flags) | __split_($re; $flags // "");
def split($re; $flags): split_($re; ($flags // "") + "g");
def splits($re; $flags): split($re; $flags)[];
def splits($re): splits($re; null);
"#;

/// `builtins`: the names jq 1.6 lists.
const BUILTINS: &str = concat!("def builtins: ", include_str!("builtins.json"), ";");

struct Kind;

impl DataT for Kind {
    type V<'a> = V;
    type Data<'a> = Rt<'a>;
}

#[derive(Clone, Copy)]
struct Rt<'a> {
    lut: &'a Lut<Kind>,
    inputs: Inputs<'a, V>,
    log: &'a RefCell<Vec<u8>>,
    cur: &'a RefCell<run::Cursor>,
    /// Bounds checked at every evaluation step (see [`guard`]).
    guard: &'a dyn guard::Step,
}

impl<'a> HasLut<'a, Kind> for Rt<'a> {
    fn lut(&self) -> &'a Lut<Kind> {
        self.guard.step();
        self.lut
    }
}

impl<'a> HasInputs<'a, V> for Rt<'a> {
    fn inputs(&self) -> Inputs<'a, V> {
        self.inputs
    }
}

type Fun = jaq_core::native::Fun<Kind>;

/// Natives that write to jq's standard error (`debug`, `stderr`, `halt_error`).
fn log_funs() -> [Fun; 5] {
    use jaq_core::Exn;
    use jaq_core::box_iter::box_once;
    use jaq_std::ValT as _;
    [
        jaq_core::native::run(("debug_empty", jaq_core::native::v(0), |cv| {
            let mut line = b"[\"DEBUG:\",".to_vec();
            json::write(&mut line, &compact(), 0, &cv.1.0);
            line.extend_from_slice(b"]\n");
            cv.0.data().log.borrow_mut().extend_from_slice(&line);
            Box::new(core::iter::empty())
        })),
        jaq_core::native::run(("tojson", jaq_core::native::v(0), |cv| {
            let mut out = Vec::new();
            json::write(&mut out, &compact(), 0, &cv.1.0);
            box_once(Ok(V(str_val(String::from_utf8_lossy(&out).into_owned()))))
        })),
        jaq_core::native::run(("stderr_empty", jaq_core::native::v(0), |cv| {
            let mut line = Vec::new();
            json::write(&mut line, &compact(), 0, &cv.1.0);
            cv.0.data().log.borrow_mut().extend_from_slice(&line);
            Box::new(core::iter::empty())
        })),
        jaq_core::native::run(("input_filename", jaq_core::native::v(0), |cv| {
            let f = cv.0.data().cur.borrow().file.clone();
            box_once(Ok(V(f.map(str_val).unwrap_or(Val::Null))))
        })),
        jaq_core::native::run(("__halt_error", jaq_core::native::v(1), |mut cv| {
            let code = cv.0.pop_var().as_isize().unwrap_or(5) as i32;
            let mut out = Vec::new();
            match &cv.1.0 {
                Val::TStr(b) | Val::BStr(b) => out.extend_from_slice(b),
                Val::Null => {}
                v => {
                    json::write(&mut out, &compact(), 0, v);
                    out.push(b'\n');
                }
            }
            cv.0.data().log.borrow_mut().extend_from_slice(&out);
            box_once(Err(Exn::halt(code)))
        })),
    ]
}

pub(crate) fn compact() -> Style {
    Style {
        indent: String::new(),
        sort: false,
        ascii: false,
    }
}

/// Runs `jq`.
pub fn jq<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut o = match args::parse_args(ctx).await? {
            Parsed::Run(o) => o,
            Parsed::Exit(c) => return Ok(c),
        };
        let program = match (&o.from_file, &o.filter) {
            (Some(path), _) if !path.is_empty() => {
                let r = ctx.read_files(std::slice::from_ref(path)).await;
                match r.into_iter().next() {
                    Some(Ok(d)) => String::from_utf8_lossy(&d).into_owned(),
                    Some(Err(e))
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                    {
                        return Err(e);
                    }
                    _ => {
                        ctx.stderr
                            .write_str(&format!(
                                "jq: error: Could not open {path}: No such file or directory\n"
                            ))
                            .await?;
                        return Ok(2);
                    }
                }
            }
            (_, Some(f)) => f.clone(),
            _ => ".".to_string(),
        };
        let prog = match compile(ctx, &o, &program) {
            Ok(p) => p,
            Err(msg) => {
                ctx.stderr.write_str(&msg).await?;
                return Ok(3);
            }
        };
        // Read every input up front (jq's inputs are files or stdin).
        let mut open_failed = false;
        let sources: Vec<String> = if o.files.is_empty() {
            vec!["-".to_string()]
        } else {
            std::mem::take(&mut o.files)
        };
        let data = if o.null_input && !uses_inputs(&program) {
            // `jq -n` without `input`/`inputs` never reads its input.
            Vec::new()
        } else {
            ctx.read_files(&sources).await
        };
        let mut texts = Vec::new();
        for (src, d) in sources.iter().zip(data) {
            match d {
                Ok(d) => texts.push((src.clone(), d)),
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    let why = e.reason();
                    ctx.stderr
                        .write_str(&format!("jq: error: Could not open file {src}: {why}\n"))
                        .await?;
                    open_failed = true;
                }
            }
        }
        let items = read_items(&o, texts);
        run::run(ctx, &o, &prog, items, open_failed).await
    })
}

/// Whether the program may read inputs itself (then `-n` still reads them).
fn uses_inputs(program: &str) -> bool {
    program.contains("input")
}

/// A compiled program with the values of its global variables.
pub(super) struct Program {
    filter: jaq_core::Filter<Kind>,
    vars: Vec<Val>,
}

/// Replaces `$__loc__` by its value, `{"file":"<top-level>","line":N}`.
fn expand_loc(program: &str) -> String {
    let mut out = String::new();
    for (n, line) in program.split_inclusive('\n').enumerate() {
        let lit = format!("{{\"file\":\"<top-level>\",\"line\":{}}}", n + 1);
        out.push_str(&line.replace("$__loc__", &lit));
    }
    out
}

/// Compiles the program; the error is jq's message.
fn compile(ctx: &Ctx<'_>, o: &Opts, program: &str) -> std::result::Result<Program, String> {
    let mut vars: Vec<(String, Val)> = Vec::new();
    let env: Map = ctx
        .env
        .iter()
        .map(|(k, v)| (str_val(k.clone()), str_val(v.clone())))
        .collect();
    vars.push(("ENV".into(), Val::obj(env)));
    let now = ctx.rt.clock.now().as_secs_f64();
    vars.push(("__now".into(), Val::Num(jaq_json::Num::Float(now))));
    let named: Map = o
        .named
        .iter()
        .map(|(k, v)| (str_val(k.clone()), v.val()))
        .collect();
    let mut args_obj = Map::default();
    args_obj.insert(
        str_val("positional"),
        o.positional.iter().map(Arg::val).collect(),
    );
    args_obj.insert(str_val("named"), Val::obj(named));
    vars.push(("ARGS".into(), Val::obj(args_obj)));
    for (k, v) in &o.named {
        vars.push((k.clone(), v.val()));
    }
    let var_names: Vec<String> = vars.iter().map(|(k, _)| format!("${k}")).collect();
    let code = expand_loc(program);
    if let Some(msg) = errors::alt_outside_pattern(&code) {
        return Err(msg);
    }
    if let Some(msg) = errors::division_by_zero(&code) {
        return Err(msg);
    }
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs())
        .chain(jaq_core::load::parse(DEFS, |p| p.defs()).unwrap_or_default())
        .chain(jaq_core::load::parse(BUILTINS, |p| p.defs()).unwrap_or_default());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = match loader.load(
        &arena,
        File {
            code: code.as_str(),
            path: (),
        },
    ) {
        Ok(m) => m,
        Err(errs) => return Err(errors::syntax(&code, &errs)),
    };
    let skip = [
        "env",
        "now",
        "debug_empty",
        "stderr_empty",
        "input",
        "inputs",
        "tojson",
        "input_filename",
    ];
    // Natives wrapped by a definition of the same name in `DEFS`.
    let renamed = [
        ("keys_unsorted", "__keys_unsorted"),
        ("explode", "__explode"),
        ("strptime", "__strptime"),
        ("matches", "__matches"),
        ("split_matches", "__split_matches"),
        ("split_", "__split_"),
    ];
    // Copies of them under the new name; the originals stay for jaq's own definitions.
    let copies: Vec<Fun> = jaq_core::funs()
        .chain(jaq_std::funs())
        .filter_map(|mut f: Fun| {
            let (_, to) = renamed.iter().find(|(from, _)| *from == f.0)?;
            f.0 = to;
            Some(f)
        })
        .collect();
    let funs = jaq_core::funs()
        .chain(jaq_std::funs().filter(|f: &Fun| !skip.contains(&f.0)))
        .chain(copies)
        .chain(
            val::json_funs::<Kind>()
                .into_vec()
                .into_iter()
                .map(jaq_core::native::run::<Kind>),
        )
        .chain(
            jaq_std::input::funs::<Kind>()
                .into_vec()
                .into_iter()
                .map(jaq_core::native::run::<Kind>),
        )
        .chain(log_funs());
    let compiled = jaq_core::Compiler::default()
        .with_funs(funs)
        .with_global_vars(var_names.iter().map(String::as_str))
        .compile(modules);
    match compiled {
        Ok(filter) => Ok(Program {
            filter,
            vars: vars.into_iter().map(|(_, v)| v).collect(),
        }),
        Err(errs) => {
            let mut msg = String::new();
            let mut n = 0;
            for (_, es) in errs {
                for (name, undef) in es {
                    n += 1;
                    msg.push_str(&errors::undefined(name, &undef, &code));
                }
            }
            msg.push_str(&format!(
                "jq: {n} compile error{}\n",
                if n > 1 { "s" } else { "" }
            ));
            Err(msg)
        }
    }
}

/// Turns the raw inputs into jq's stream of items (values with their line, or an error).
fn read_items(o: &Opts, texts: Vec<(String, bytes::Bytes)>) -> Vec<run::In> {
    let mut items: Vec<(Item, String)> = Vec::new();
    let mut open_end: Vec<bool> = Vec::new();
    let mut raw_all = Vec::new();
    for (src, d) in texts {
        let name = if src == "-" {
            "<stdin>".to_string()
        } else {
            src
        };
        if o.raw_in {
            if o.slurp {
                raw_all.extend_from_slice(&d);
            } else {
                for (n, line) in d.split_inclusive(|&b| b == b'\n').enumerate() {
                    let body = line.strip_suffix(b"\n").unwrap_or(line);
                    let s = str_val(String::from_utf8_lossy(body).into_owned());
                    items.push((Ok((s, n + 1)), name.clone()));
                }
            }
        } else {
            for it in json::parse_all(&d) {
                match it {
                    Ok((v, line)) if o.stream => {
                        for ev in json::stream_events(&v) {
                            items.push((Ok((ev, line)), name.clone()));
                        }
                    }
                    it => items.push((it, name.clone())),
                }
            }
            // jq closes a file whose last text has no newline after it on reading that text.
            open_end.resize(items.len(), false);
            if let Some(last) = open_end.last_mut() {
                *last = !d.ends_with(b"\n");
            }
        }
    }
    if o.raw_in && o.slurp {
        let s = str_val(String::from_utf8_lossy(&raw_all).into_owned());
        return vec![run::In::new(Ok((s, 0)), "<stdin>".to_string(), false)];
    }
    if o.slurp {
        let mut vals = Vec::new();
        let mut err = None;
        let mut last = None;
        for (it, name) in items.drain(..) {
            match it {
                Ok((v, line)) => {
                    vals.push(v);
                    last = Some((name, line));
                }
                Err(e) => err = Some(e),
            }
        }
        match err {
            Some(e) => items.push((Err(e), String::new())),
            None => {
                // Errors name the place of the last text read.
                let (name, line) = last.unwrap_or_else(|| ("<stdin>".to_string(), 0));
                items.push((Ok((vals.into_iter().collect(), line)), name));
            }
        }
        open_end.clear();
    }
    open_end.resize(items.len(), false);
    items
        .into_iter()
        .zip(open_end)
        .map(|((item, name), end)| run::In::new(item, name, end))
        .collect()
}

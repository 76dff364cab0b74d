//! `jq`: the JSON processor, built on the jaq crates (parser, compiler and interpreter)
//! with jq 1.6's command line, input reader, output format, update semantics (`val.rs`)
//! and error messages (`errors.rs`).
//!
//! The program runs synchronously over inputs read up front (jaq values are not `Send`),
//! so output is written when the run ends, at most [`OUTPUT_LIMIT`] bytes: `jq ... | head`
//! on an endless stream stops at that limit instead of at once.
//!
//! Differences from jq 1.6 (jaq's behaviour): syntax error messages (the status, 3, is
//! the same), some rare runtime error wordings, `limit(0; f)`, `$__loc__`, `builtins`,
//! `input_filename`, `--seq`, `--stream`, `%` on fractional numbers, constant folding of
//! `1/0`.

mod errors;
pub(crate) mod json;
mod val;

use std::cell::RefCell;

use jaq_core::data::HasLut;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Ctx as JCtx, DataT, Lut, Vars};
use jaq_json::{Map, Val};
use jaq_std::input::{HasInputs, Inputs, RcIter};

use crate::commands::Ctx;
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use json::{Item, Style, str_val};
use val::V;

const HELP: &str = include_str!("help.txt");

const TRY: &str = "Use jq --help for help with command-line options,\nor see the jq manpage, \
                   or online docs  at https://stedolan.github.io/jq\n";

/// Definitions that replace jaq's where jq 1.6 differs or the host provides the data.
const DEFS: &str = r#"
def env: $ENV;
def halt_error: halt_error(5);
def halt_error($code): __halt_error($code);
def input_filename: null;
def input_line_number: 0;
def ascii_downcase: explode | map(if 65 <= . and . <= 90 then . + 32 end) | implode;
def ascii_upcase: explode | map(if 97 <= . and . <= 122 then . - 32 end) | implode;
def input: [limit(1; inputs)] | if length == 0 then error("No more inputs") else .[0] end;
def tostring: if type == "string" then . else tojson end;
def @text: tostring;
def @json: tojson;
def @uri: tostring | encode_uri | split("%27") | join("'") | split("%21") | join("!")
  | split("%2A") | join("*") | split("%28") | join("(") | split("%29") | join(")")
  | split("%7E") | join("~");
def @csv: if type != "array" then error("\(type) (\(tojson)) cannot be csv-formatted, only array")
  else map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
    elif type == "null" then "" elif type == "number" or type == "boolean" then tojson
    else error("\(type) (\(tojson)) is not valid in a csv row") end) | join(",") end;
def @tsv: if type != "array" then error("\(type) (\(tojson)) cannot be tsv-formatted, only array")
  else map(if type == "string" then split("\\") | join("\\\\") | split("\t") | join("\\t")
      | split("\n") | join("\\n") | split("\r") | join("\\r")
    elif type == "null" then "" elif type == "number" or type == "boolean" then tojson
    else error("\(type) (\(tojson)) is not valid in a csv row") end) | join("\t") end;
def from_entries: reduce (.[] | {(if has("key") then .key elif has("k") then .k elif has("name") then .name elif has("Name") then .Name elif has("K") then .K else .Key end | if type == "string" then . else tojson end): (if has("value") then .value else .v end)}) as $x ({}; . + $x);
def ltrimstr($x): if type == "string" and ($x | type) == "string" and startswith($x) then .[($x | length):] else . end;
def rtrimstr($x): if type == "string" and ($x | type) == "string" and endswith($x) and ($x | length) > 0 then .[:length - ($x | length)] else . end;
def leaf_paths: paths(scalars);
def IN(s): any(s == .; .);
def IN(src; s): any(src == s; .);
def INDEX(stream; idx_expr): reduce stream as $row ({}; .[$row | idx_expr | tostring] = $row);
def INDEX(idx_expr): INDEX(.[]; idx_expr);
def now: $__now;
def join($x): reduce .[] as $i (null; (if . == null then "" else . + $x end) + ($i | if . == null then "" elif type == "string" then . else tojson end)) // "";
def @base64d: __b64d;
def tostream: path(def r: (.[]? | r), .; r) as $p | getpath($p) | reduce path(.[]?) as $q ([$p, .]; [$p + $q]);
"#;

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
}

impl<'a> HasLut<'a, Kind> for Rt<'a> {
    fn lut(&self) -> &'a Lut<Kind> {
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
fn log_funs() -> [Fun; 4] {
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
        jaq_core::native::run(("__halt_error", jaq_core::native::v(1), |mut cv| {
            let code = cv.0.pop_var().as_isize().unwrap_or(5) as i32;
            let mut out = Vec::new();
            match &cv.1.0 {
                Val::TStr(b) | Val::BStr(b) => out.extend_from_slice(b),
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

#[derive(Default)]
struct Opts {
    null_input: bool,
    raw_out: bool,
    join: bool,
    ascii: bool,
    slurp: bool,
    compact: bool,
    sort: bool,
    exit_status: bool,
    raw_in: bool,
    tab: bool,
    indent: Option<usize>,
    filter: Option<String>,
    from_file: Option<String>,
    files: Vec<String>,
    named: Vec<(String, Arg)>,
    positional: Vec<Arg>,
}

/// A `--arg`-style value, turned into a jq value when the program runs.
enum Arg {
    Str(String),
    Json(Vec<u8>),
    Slurp(Vec<u8>),
}

impl Arg {
    fn val(&self) -> Val {
        match self {
            Arg::Str(s) => str_val(s.clone()),
            Arg::Json(b) => match json::parse_all(b).into_iter().next() {
                Some(Ok((v, _))) => v,
                _ => Val::Null,
            },
            Arg::Slurp(b) => json::parse_all(b)
                .into_iter()
                .filter_map(|r| r.ok().map(|(v, _)| v))
                .collect(),
        }
    }
}

/// Whether `b` holds exactly one JSON text.
fn one_json(b: &[u8]) -> bool {
    let items = json::parse_all(b);
    items.len() == 1 && items.iter().all(|r| r.is_ok())
}

/// The first parse error in `b`.
fn json_error(b: &[u8]) -> Option<String> {
    json::parse_all(b).into_iter().find_map(|r| r.err())
}

enum Parsed {
    Run(Box<Opts>),
    Exit(i32),
}

async fn usage_error(ctx: &Ctx<'_>, msg: &str) -> Result<Parsed> {
    ctx.stderr.write_str(&format!("jq: {msg}\n{TRY}")).await?;
    Ok(Parsed::Exit(2))
}

/// Parses jq's command line (options may follow the filter; `--arg` takes two values).
async fn parse_args(ctx: &Ctx<'_>) -> Result<Parsed> {
    let mut o = Opts::default();
    let args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
    let mut i = 0;
    let mut rest_mode: Option<bool> = None; // Some(json?) after --args / --jsonargs
    let mut only_operands = false;
    let mut slurp_files: Vec<(String, String, bool)> = Vec::new();
    while i < args.len() {
        let a = args[i].clone();
        i += 1;
        let is_opt = !only_operands
            && a.starts_with('-')
            && a[1..].starts_with(|c: char| c == '-' || c.is_ascii_alphabetic());
        if !is_opt {
            if o.filter.is_none() && o.from_file.is_none() {
                o.filter = Some(a);
            } else if let Some(js) = rest_mode {
                if !js {
                    o.positional.push(Arg::Str(a));
                } else if one_json(a.as_bytes()) {
                    o.positional.push(Arg::Json(a.into_bytes()));
                } else {
                    ctx.stderr
                        .write_str(&format!(
                            "jq: Invalid JSON text passed to --jsonargs\n{TRY}"
                        ))
                        .await?;
                    return Ok(Parsed::Exit(2));
                }
            } else {
                o.files.push(a);
            }
            continue;
        }
        if a == "--" {
            only_operands = true;
            continue;
        }
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "null-input" => o.null_input = true,
                "raw-output" => o.raw_out = true,
                "join-output" => {
                    o.raw_out = true;
                    o.join = true;
                }
                "ascii-output" => o.ascii = true,
                "slurp" => o.slurp = true,
                "compact-output" => o.compact = true,
                "sort-keys" => o.sort = true,
                "exit-status" => o.exit_status = true,
                "raw-input" => o.raw_in = true,
                "color-output" | "monochrome-output" | "unbuffered" => {}
                "tab" => o.tab = true,
                "help" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(Parsed::Exit(0));
                }
                "version" => {
                    ctx.stdout.write_str("jq-1.6\n").await?;
                    return Ok(Parsed::Exit(0));
                }
                "args" => rest_mode = Some(false),
                "jsonargs" => rest_mode = Some(true),
                "from-file" => {
                    o.from_file = Some(String::new());
                }
                "indent" => {
                    let Some(n) = args.get(i) else {
                        return usage_error(ctx, "--indent takes one parameter").await;
                    };
                    i += 1;
                    match n.parse::<i64>() {
                        Ok(n) if n > 7 => {
                            return usage_error(ctx, "Cannot indent more than 7 characters").await;
                        }
                        Ok(n) if n < 0 => {
                            return usage_error(ctx, "Cannot indent less than 0 characters").await;
                        }
                        Ok(n) => o.indent = Some(n as usize),
                        Err(_) => o.indent = Some(0),
                    }
                }
                "arg" | "argjson" | "slurpfile" | "rawfile" => {
                    let (Some(name), Some(val)) = (args.get(i), args.get(i + 1)) else {
                        let msg = match long {
                            "arg" => "--arg takes two parameters (e.g. --arg varname value)",
                            "argjson" => {
                                "--argjson takes two parameters (e.g. --argjson varname text)"
                            }
                            "slurpfile" => {
                                "--slurpfile takes two parameters (e.g. --slurpfile varname filename)"
                            }
                            _ => "--rawfile takes two parameters (e.g. --rawfile varname filename)",
                        };
                        return usage_error(ctx, msg).await;
                    };
                    i += 2;
                    match long {
                        "arg" => o.named.push((name.clone(), Arg::Str(val.clone()))),
                        "argjson" => {
                            if !one_json(val.as_bytes()) {
                                ctx.stderr
                                    .write_str(&format!(
                                        "jq: invalid JSON text passed to --argjson\n{TRY}"
                                    ))
                                    .await?;
                                return Ok(Parsed::Exit(2));
                            }
                            o.named
                                .push((name.clone(), Arg::Json(val.clone().into_bytes())));
                        }
                        _ => slurp_files.push((name.clone(), val.clone(), long == "rawfile")),
                    }
                }
                _ => return usage_error(ctx, &format!("Unknown option {a}")).await,
            }
            continue;
        }
        for c in a.chars().skip(1) {
            match c {
                'n' => o.null_input = true,
                'r' => o.raw_out = true,
                'j' => {
                    o.raw_out = true;
                    o.join = true;
                }
                'a' => o.ascii = true,
                's' => o.slurp = true,
                'c' => o.compact = true,
                'S' => o.sort = true,
                'e' => o.exit_status = true,
                'R' => o.raw_in = true,
                'C' | 'M' => {}
                'f' => o.from_file = Some(String::new()),
                'h' => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(Parsed::Exit(0));
                }
                _ => return usage_error(ctx, &format!("Unknown option {a}")).await,
            }
        }
    }
    if o.from_file.is_some() {
        // `-f FILE`: the first operand is the program file, the rest are inputs.
        if let Some(f) = o.filter.take() {
            o.from_file = Some(f);
        } else if !o.files.is_empty() {
            o.from_file = Some(o.files.remove(0));
        }
    }
    for (name, path, raw) in slurp_files {
        let r = ctx.read_files(std::slice::from_ref(&path)).await;
        let data = match r.into_iter().next() {
            Some(Ok(d)) => d,
            Some(Err(e)) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            _ => {
                let opt = if raw { "rawfile" } else { "slurpfile" };
                ctx.stderr
                    .write_str(&format!(
                        "jq: Bad JSON in --{opt} {name} {path}: Could not open {path}: No such file or directory\n{TRY}"
                    ))
                    .await?;
                return Ok(Parsed::Exit(2));
            }
        };
        let v = if raw {
            Arg::Str(String::from_utf8_lossy(&data).into_owned())
        } else {
            if let Some(e) = json_error(&data) {
                ctx.stderr
                    .write_str(&format!(
                        "jq: Bad JSON in --slurpfile {name} {path}: {e}\n{TRY}"
                    ))
                    .await?;
                return Ok(Parsed::Exit(2));
            }
            Arg::Slurp(data.to_vec())
        };
        o.named.push((name, v));
    }
    Ok(Parsed::Run(Box::new(o)))
}

/// Runs `jq`.
pub fn jq<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let mut o = match parse_args(ctx).await? {
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
        // Read every input up front (jq's inputs are files or stdin).
        let mut open_failed = false;
        let sources: Vec<String> = if o.files.is_empty() {
            vec!["-".to_string()]
        } else {
            std::mem::take(&mut o.files)
        };
        let data = ctx.read_files(&sources).await;
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
        let (chunks, code) = run(ctx, &o, &program, texts, open_failed)?;
        for (is_err, chunk) in chunks {
            if is_err {
                ctx.stderr.write(&chunk).await?;
            } else {
                ctx.stdout.write(&chunk).await?;
            }
        }
        Ok(code)
    })
}

/// Output in order: `(to stderr?, bytes)`.
type Chunks = Vec<(bool, Vec<u8>)>;

/// Turns the raw inputs into jq's stream of items (values with their line, or an error).
fn read_items(o: &Opts, texts: Vec<(String, bytes::Bytes)>) -> Vec<(Item, String)> {
    let mut items: Vec<(Item, String)> = Vec::new();
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
                items.push((it, name.clone()));
            }
        }
    }
    if o.raw_in && o.slurp {
        let s = str_val(String::from_utf8_lossy(&raw_all).into_owned());
        return vec![(Ok((s, 0)), "<stdin>".to_string())];
    }
    if o.slurp {
        let mut vals = Vec::new();
        let mut err = None;
        for (it, _) in items.drain(..) {
            match it {
                Ok((v, _)) => vals.push(v),
                Err(e) => err = Some(e),
            }
        }
        match err {
            Some(e) => items.push((Err(e), String::new())),
            None => items.push((Ok((vals.into_iter().collect(), 0)), "<stdin>".to_string())),
        }
    }
    items
}

/// Compiles and runs the program over the inputs, synchronously (jaq values are not
/// `Send`), collecting what is printed.
fn run(
    ctx: &Ctx<'_>,
    o: &Opts,
    program: &str,
    texts: Vec<(String, bytes::Bytes)>,
    open_failed: bool,
) -> Result<(Chunks, i32)> {
    let mut chunks: Chunks = Vec::new();
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

    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs())
        .chain(jaq_core::load::parse(DEFS, |p| p.defs()).unwrap_or_default());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = match loader.load(
        &arena,
        File {
            code: program,
            path: (),
        },
    ) {
        Ok(m) => m,
        Err(errs) => {
            let n = errs.len().max(1);
            let msg = format!(
                "jq: error: syntax error, unexpected INVALID_CHARACTER (Unix shell quoting issues?) at <top-level>, line 1:\n{program}\njq: {n} compile error{}\n",
                if n > 1 { "s" } else { "" }
            );
            chunks.push((true, msg.into_bytes()));
            return Ok((chunks, 3));
        }
    };
    let skip = [
        "env",
        "now",
        "debug_empty",
        "stderr_empty",
        "input",
        "inputs",
        "tojson",
    ];
    let funs = jaq_core::funs()
        .chain(jaq_std::funs().filter(|f: &Fun| !skip.contains(&f.0)))
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
    let filter = match compiled {
        Ok(f) => f,
        Err(errs) => {
            let mut msg = String::new();
            let mut n = 0;
            for (_, es) in errs {
                for (name, undef) in es {
                    n += 1;
                    msg.push_str(&errors::undefined(name, &undef, program));
                }
            }
            msg.push_str(&format!(
                "jq: {n} compile error{}\n",
                if n > 1 { "s" } else { "" }
            ));
            chunks.push((true, msg.into_bytes()));
            return Ok((chunks, 3));
        }
    };

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
    let items = read_items(o, texts);
    let log = RefCell::new(Vec::new());
    let cur_loc: RefCell<String> = RefCell::new("<unknown>".to_string());
    let feed = items.into_iter().map(|(it, name)| match it {
        Ok((v, line)) => {
            *cur_loc.borrow_mut() = format!("{name}:{line}");
            Ok(V(v))
        }
        Err(e) => Err(e),
    });
    let iter: Box<dyn Iterator<Item = std::result::Result<V, String>>> = Box::new(feed);
    let inputs = RcIter::new(iter);
    let rt = Rt {
        lut: &filter.lut,
        inputs: &inputs,
        log: &log,
    };
    let mut out: Vec<u8> = Vec::new();
    let mut total = 0usize;
    // jq 1.6's main loop: 14 means "no output yet", 11 "last output false or null".
    let mut ret = 14;
    let mut halted: Option<i32> = None;
    let mut first = true;
    let flush = |out: &mut Vec<u8>, chunks: &mut Chunks| {
        if !out.is_empty() {
            chunks.push((false, std::mem::take(out)));
        }
        let msgs = std::mem::take(&mut *log.borrow_mut());
        if !msgs.is_empty() {
            chunks.push((true, msgs));
        }
    };
    loop {
        ctx.check()?;
        let input = if o.null_input {
            if !first {
                break;
            }
            Ok(V(Val::Null))
        } else {
            match (&inputs).next() {
                Some(x) => x,
                None => break,
            }
        };
        first = false;
        let input = match input {
            Ok(v) => v,
            Err(e) => {
                flush(&mut out, &mut chunks);
                chunks.push((true, format!("parse error: {e}\n").into_bytes()));
                ret = 4;
                break;
            }
        };
        ret = 14;
        let jctx = JCtx::<Kind>::new(rt, Vars::new(vars.iter().map(|(_, v)| V(v.clone()))));
        for r in filter.id.run((jctx, input)) {
            ctx.check()?;
            match r {
                Ok(V(v)) => {
                    let falsy = matches!(v, Val::Null | Val::Bool(false));
                    ret = if o.exit_status && falsy { 11 } else { 0 };
                    if !log.borrow().is_empty() {
                        flush(&mut out, &mut chunks);
                    }
                    let before = out.len();
                    print_val(&mut out, o, &style, &v);
                    total += out.len() - before;
                    if total > OUTPUT_LIMIT {
                        return Err(crate::error::Error::new(ErrorKind::LimitExceeded));
                    }
                }
                Err(exn) => match exn.get_halt() {
                    Ok(code) => {
                        halted = Some(code);
                        break;
                    }
                    Err(exn) => {
                        let loc = if o.null_input {
                            "<unknown>".to_string()
                        } else {
                            cur_loc.borrow().clone()
                        };
                        let msg = match exn.get_err() {
                            Ok(e) => errors::runtime(e, &loc),
                            Err(_) => format!("jq: error (at {loc}): break\n"),
                        };
                        flush(&mut out, &mut chunks);
                        chunks.push((true, msg.into_bytes()));
                        ret = 5;
                        break;
                    }
                },
            }
        }
        flush(&mut out, &mut chunks);
        if halted.is_some() {
            break;
        }
    }
    flush(&mut out, &mut chunks);
    if let Some(code) = halted {
        return Ok((chunks, code));
    }
    if open_failed {
        ret = 2;
    }
    if ret >= 10 {
        ret = if o.exit_status { ret - 10 } else { 0 };
    }
    Ok((chunks, ret))
}

/// The most output one run may buffer.
const OUTPUT_LIMIT: usize = 64 << 20;

fn print_val(out: &mut Vec<u8>, o: &Opts, style: &Style, v: &Val) {
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

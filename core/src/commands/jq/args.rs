//! jq's command line: options (which may follow the filter), `--arg`-style variables
//! and the files they name.

use crate::commands::Ctx;
use crate::error::{ErrorKind, Result};

use super::json::{self, str_val};
use super::{HELP, TRY};
use jaq_json::Val;

#[derive(Default)]
pub(super) struct Opts {
    pub(super) null_input: bool,
    pub(super) raw_out: bool,
    pub(super) join: bool,
    pub(super) ascii: bool,
    pub(super) slurp: bool,
    pub(super) compact: bool,
    pub(super) sort: bool,
    pub(super) exit_status: bool,
    pub(super) raw_in: bool,
    pub(super) tab: bool,
    pub(super) seq: bool,
    pub(super) stream: bool,
    pub(super) indent: Option<usize>,
    pub(super) filter: Option<String>,
    pub(super) from_file: Option<String>,
    pub(super) files: Vec<String>,
    pub(super) named: Vec<(String, Arg)>,
    pub(super) positional: Vec<Arg>,
}

/// A `--arg`-style value, turned into a jq value when the program runs.
pub(super) enum Arg {
    Str(String),
    Json(Vec<u8>),
    Slurp(Vec<u8>),
}

impl Arg {
    pub(super) fn val(&self) -> Val {
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

pub(super) enum Parsed {
    Run(Box<Opts>),
    Exit(i32),
}

async fn usage_error(ctx: &Ctx<'_>, msg: &str) -> Result<Parsed> {
    ctx.stderr.write_str(&format!("jq: {msg}\n{TRY}")).await?;
    Ok(Parsed::Exit(2))
}

/// Parses jq's command line (options may follow the filter; `--arg` takes two values).
pub(super) async fn parse_args(ctx: &Ctx<'_>) -> Result<Parsed> {
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
                "seq" => o.seq = true,
                "stream" => o.stream = true,
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
                        Ok(n) if !(-1..=7).contains(&n) => {
                            return usage_error(ctx, "--indent takes a number between -1 and 7")
                                .await;
                        }
                        Ok(-1) => o.tab = true,
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
                        "jq: Bad JSON in --{opt} {name} {path}: Could not open {path}: No such file or directory\n"
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
                    .write_str(&format!("jq: Bad JSON in --slurpfile {name} {path}: {e}\n"))
                    .await?;
                return Ok(Parsed::Exit(2));
            }
            Arg::Slurp(data.to_vec())
        };
        o.named.push((name, v));
    }
    Ok(Parsed::Run(Box::new(o)))
}

//! `grep`, `egrep`, `fgrep`: print lines that match patterns (GNU grep 3.8 semantics).
//!
//! Files are read through `read_many` in batches of [`BATCH`]; `-r` lists each starting
//! directory with one `walk` (entries in the walk's sorted order, where GNU uses the
//! directory's own order). Debian's `egrep`/`fgrep` are `grep -E`/`grep -F` without the
//! upstream obsolescence warning, and so are these.

mod matcher;
mod search;

pub use matcher::{MatchOptions, Matcher, Mode, ere_warnings};
pub use search::{Base, Binary, Found, Name, OutOpts, Report, search, search_from};

use bytes::Bytes;

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::error::{Error, ErrorKind, Result};
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::io::Output;
use crate::sync::{BoxFuture, boxed};

mod help;

/// Files per `read_many` call.
pub const BATCH: usize = 256;
/// Output is written when this much has piled up.
pub const FLUSH: usize = 64 << 10;

const SPEC: &str = "E|extended-regexp F|fixed-strings G|basic-regexp P|perl-regexp e|regexp= \
    f|file= i|ignore-case y |no-ignore-case w|word-regexp x|line-regexp z|null-data \
    s|no-messages v|invert-match V|version |help m|max-count= b|byte-offset n|line-number \
    |line-buffered H|with-filename h|no-filename |label= o|only-matching q|quiet|silent \
    |binary-files= a|text I d|directories= D|devices= r|recursive R|dereference-recursive \
    |include= |exclude= |exclude-from= |exclude-dir= L|files-without-match \
    l|files-with-matches c|count T|initial-tab Z|null A|after-context= B|before-context= \
    C|context= |group-separator= |no-group-separator |color? |colour? U|binary u \
    X= N=";

/// One thing to search, in output order.
enum Target {
    Stdin,
    /// `paths[path]`, shown as `prefixes[prefix]` followed by `paths[path][cut..]`
    /// (names are never joined unless a message needs one).
    File {
        path: usize,
        prefix: usize,
        cut: usize,
    },
    Failed {
        name: String,
        err: Error,
    },
}

/// What `-r` and the operands list: targets in order, and the strings they index.
#[derive(Default)]
struct Listing {
    targets: Vec<Target>,
    paths: Vec<String>,
    prefixes: Vec<String>,
    walked: bool,
}

impl Listing {
    fn push_file(&mut self, abs: String, prefix: usize, cut: usize) {
        self.targets.push(Target::File {
            path: self.paths.len(),
            prefix,
            cut,
        });
        self.paths.push(abs);
    }

    /// An operand shown as given.
    fn push_operand(&mut self, op: String, abs: String) {
        self.prefixes.push(op);
        let cut = abs.len();
        self.push_file(abs, self.prefixes.len() - 1, cut);
    }

    fn name(&self, path: usize, prefix: usize, cut: usize) -> Name<'_> {
        let p = self.prefixes.get(prefix).map_or("", String::as_str);
        let rest = self
            .paths
            .get(path)
            .and_then(|a| a.get(cut..))
            .unwrap_or("");
        [p.as_bytes(), rest.as_bytes()]
    }
}

/// Include/exclude globs in command-line order (`true` = include).
#[derive(Default)]
struct Filters {
    files: Vec<(Pattern, bool)>,
    dirs: Vec<Pattern>,
}

fn glob(p: &str) -> Pattern {
    Pattern::new(p, PatternOptions::default())
}

/// gnulib `exclude` without `EXCLUDE_ANCHORED`: the whole name or any part after a `/`.
fn glob_hits(p: &Pattern, name: &str) -> bool {
    p.matches(name)
        || name
            .match_indices('/')
            .any(|(i, _)| p.matches(&name[i + 1..]))
}

impl Filters {
    fn file_ok(&self, name: &str) -> bool {
        match self.files.iter().rev().find(|(p, _)| glob_hits(p, name)) {
            Some((_, inc)) => *inc,
            None => self.files.first().is_none_or(|(_, inc)| !inc),
        }
    }

    fn dir_ok(&self, name: &str) -> bool {
        !self.dirs.iter().any(|p| glob_hits(p, name))
    }
}

/// A [`Name`] as one string, for messages.
fn joined(name: Name<'_>) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(name[0]),
        String::from_utf8_lossy(name[1])
    )
}

/// Reads a file operand of an option (`-f FILE`): `-` is standard input, `/dev/null`
/// is empty.
pub async fn read_one(ctx: &Ctx<'_>, path: &str) -> Result<Bytes> {
    let mut r = ctx.read_files(&[path.to_string()]).await;
    r.pop()
        .unwrap_or_else(|| Err(Error::new(ErrorKind::NotFound)))
}

/// Whether relative path `p` lies inside directory `dir`.
pub fn is_under(p: &str, dir: &str) -> bool {
    p.len() > dir.len() && p.starts_with(dir) && p.as_bytes().get(dir.len()) == Some(&b'/')
}

/// Turns `-5` and `-n5` into `--context=5` the way GNU grep's digit options work.
fn expand_digits(args: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len());
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            out.push(a.clone());
            out.extend(it.cloned());
            break;
        }
        if !a.starts_with('-') || a.starts_with("--") || a.len() < 2 {
            out.push(a.clone());
            continue;
        }
        let mut rest = String::from("-");
        let mut digits = String::new();
        let mut takes_value = false;
        for (i, c) in a.char_indices().skip(1) {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            if !digits.is_empty() {
                out.push(format!("--context={digits}"));
                digits.clear();
            }
            rest.push(c);
            if "efmABCdDXN".contains(c) {
                rest.push_str(&a[i + c.len_utf8()..]);
                takes_value = i + c.len_utf8() == a.len();
                break;
            }
        }
        if rest.len() > 1 {
            out.push(rest);
        }
        if !digits.is_empty() {
            out.push(format!("--context={digits}"));
        }
        if takes_value && let Some(v) = it.next() {
            out.push(v.clone());
        }
    }
    out
}

async fn usage_error(ctx: &Ctx<'_>, msg: Option<&str>) -> Result<i32> {
    if let Some(msg) = msg {
        ctx.err(msg).await?;
    }
    let name = ctx.name();
    ctx.stderr
        .write_str(&format!(
            "Usage: {name} [OPTION]... PATTERNS [FILE]...\nTry '{name} --help' for more information.\n"
        ))
        .await?;
    Ok(2)
}

fn context_num(v: &str) -> Option<usize> {
    let v = v.trim_start();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<usize>().unwrap_or(usize::MAX))
}

/// What the command line asked for.
struct Config {
    patterns: Vec<String>,
    mopts: MatchOptions,
    out: OutOpts,
    recursive: bool,
    deref: bool,
    no_messages: bool,
    dirs_skip: bool,
    label: String,
    filters: Filters,
    with_name: Option<bool>,
    operands: Vec<String>,
}

/// Parses the command line; `Err(status)` when grep must exit now.
async fn configure(ctx: &Ctx<'_>) -> Result<std::result::Result<Config, i32>> {
    let args = expand_digits(ctx.args.get(1..).unwrap_or(&[]));
    let mut p = Parser::new(SPEC, &args);
    let mut mode = match ctx.name() {
        "egrep" => Mode::Extended,
        "fgrep" => Mode::Fixed,
        _ => Mode::Basic,
    };
    // `-E -F` conflict (the same one twice does not); egrep and fgrep count as one.
    let mut chosen = (ctx.name() != "grep").then_some(mode);
    let mut patterns: Option<Vec<String>> = None;
    let mut operands = Vec::new();
    let mut icase = false;
    let (mut word, mut line, mut null_data) = (false, false, false);
    let mut out = OutOpts::default();
    let (mut before, mut after, mut context) = (None, None, None);
    let mut cfg_with_name = None;
    let (mut recursive, mut deref, mut no_messages, mut dirs_skip) = (false, false, false, false);
    let mut label = "(standard input)".to_string();
    let mut filters = Filters::default();
    let (mut count, mut list, mut list_without, mut quiet) = (false, false, false, false);
    loop {
        let arg = match p.next_arg() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(UsageError(msg)) => return Ok(Err(usage_error(ctx, Some(&msg)).await?)),
        };
        let (key, val) = match arg {
            Arg::Operand(o) => {
                operands.push(o);
                continue;
            }
            Arg::Opt(k, v) => (k, v.unwrap_or_default()),
        };
        match key {
            "E" | "F" | "G" | "P" => {
                let m = match key {
                    "E" => Mode::Extended,
                    "F" => Mode::Fixed,
                    "G" => Mode::Basic,
                    _ => Mode::Perl,
                };
                if chosen.is_some_and(|c| c != m) {
                    ctx.err("conflicting matchers specified").await?;
                    return Ok(Err(2));
                }
                chosen = Some(m);
                mode = m;
            }
            "e" => patterns
                .get_or_insert_with(Vec::new)
                .extend(val.split('\n').map(String::from)),
            "f" => {
                let data = read_one(ctx, &val).await;
                match data {
                    Ok(d) => {
                        let text = String::from_utf8_lossy(&d);
                        let text = text.strip_suffix('\n').unwrap_or(&text);
                        let pats = patterns.get_or_insert_with(Vec::new);
                        if !d.is_empty() {
                            pats.extend(text.split('\n').map(String::from));
                        }
                    }
                    Err(e)
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) =>
                    {
                        return Err(e);
                    }
                    Err(e) => {
                        ctx.err(&format!("{val}: {}", e.reason())).await?;
                        return Ok(Err(2));
                    }
                }
            }
            "i" | "y" => icase = true,
            "no-ignore-case" => icase = false,
            "w" => word = true,
            "x" => line = true,
            "z" => null_data = true,
            "s" => no_messages = true,
            "v" => out.invert = true,
            "V" => {
                ctx.stdout.write_str(help::VERSION).await?;
                return Ok(Err(0));
            }
            "help" => {
                ctx.stdout.write_str(help::HELP).await?;
                return Ok(Err(0));
            }
            "m" => match val.trim().parse::<i64>() {
                Ok(n) => out.max_count = if n < 0 { None } else { Some(n as u64) },
                Err(_)
                    if val.trim().bytes().all(|b| b.is_ascii_digit()) && !val.trim().is_empty() =>
                {
                    out.max_count = None
                }
                Err(_) => {
                    ctx.err("invalid max count").await?;
                    return Ok(Err(2));
                }
            },
            "b" => out.byte_offset = true,
            "n" => out.line_number = true,
            "H" => cfg_with_name = Some(true),
            "h" => cfg_with_name = Some(false),
            "label" => label = val,
            "o" => out.only = true,
            "q" => quiet = true,
            "binary-files" => {
                out.binary = match val.as_str() {
                    "binary" => Binary::Note,
                    "text" => Binary::Text,
                    "without-match" => Binary::WithoutMatch,
                    _ => {
                        ctx.err("unknown binary-files type").await?;
                        return Ok(Err(2));
                    }
                }
            }
            "a" => out.binary = Binary::Text,
            "I" => out.binary = Binary::WithoutMatch,
            "d" => match val.as_str() {
                "read" => {
                    recursive = false;
                    dirs_skip = false;
                }
                "skip" => dirs_skip = true,
                "recurse" => recursive = true,
                _ => {
                    ctx.err(&format!(
                        "invalid argument \u{2018}{val}\u{2019} for \u{2018}--directories\u{2019}\nValid arguments are:\n  - \u{2018}read\u{2019}\n  - \u{2018}recurse\u{2019}\n  - \u{2018}skip\u{2019}"
                    ))
                    .await?;
                    usage_error(ctx, None).await?;
                    return Ok(Err(1));
                }
            },
            "r" => recursive = true,
            "R" => {
                recursive = true;
                deref = true;
            }
            "include" => filters.files.push((glob(&val), true)),
            "exclude" => filters.files.push((glob(&val), false)),
            "exclude-from" => match read_one(ctx, &val).await {
                Ok(d) => {
                    for l in String::from_utf8_lossy(&d).lines() {
                        filters.files.push((glob(l), false));
                    }
                }
                Err(e) => {
                    ctx.err(&format!("{val}: {}", e.reason())).await?;
                    return Ok(Err(2));
                }
            },
            "exclude-dir" => filters.dirs.push(glob(&val)),
            "L" => {
                list_without = true;
                list = false;
            }
            "l" => {
                list = true;
                list_without = false;
            }
            "c" => count = true,
            "T" => out.initial_tab = true,
            "Z" => out.null = true,
            "A" | "B" | "C" => {
                let Some(n) = context_num(&val) else {
                    ctx.err(&format!("{val}: invalid context length argument"))
                        .await?;
                    return Ok(Err(2));
                };
                match key {
                    "A" => after = Some(n),
                    "B" => before = Some(n),
                    _ => context = Some(n),
                }
            }
            "group-separator" => out.group_sep = Some(val),
            "no-group-separator" => out.group_sep = None,
            "color" | "colour"
                if !matches!(
                    val.as_str(),
                    "" | "never"
                        | "no"
                        | "none"
                        | "auto"
                        | "tty"
                        | "if-tty"
                        | "always"
                        | "yes"
                        | "force"
                ) =>
            {
                // GNU shows the help text (and succeeds) for an unknown WHEN.
                ctx.stdout.write_str(help::HELP).await?;
                return Ok(Err(0));
            }
            "color" | "colour" => {
                // Standard output is never a terminal here: `auto` means no colour.
                out.color = matches!(val.as_str(), "always" | "yes" | "force");
            }
            _ => {}
        }
    }
    let patterns = match patterns {
        Some(p) => p,
        None => {
            if operands.is_empty() {
                return Ok(Err(usage_error(ctx, None).await?));
            }
            operands.remove(0).split('\n').map(String::from).collect()
        }
    };
    out.before = before.or(context).unwrap_or(0);
    out.after = after.or(context).unwrap_or(0);
    out.report = if quiet {
        Report::Quiet
    } else if list {
        Report::FilesWithMatches
    } else if list_without {
        Report::FilesWithout
    } else if count {
        Report::Count
    } else {
        Report::Lines
    };
    let mopts = MatchOptions {
        mode,
        icase,
        word,
        line,
        eol: if null_data { 0 } else { b'\n' },
    };
    Ok(Ok(Config {
        patterns,
        mopts,
        out,
        recursive,
        deref,
        no_messages,
        dirs_skip,
        label,
        filters,
        with_name: cfg_with_name,
        operands,
    }))
}

/// Runs `grep` (also as `egrep` and `fgrep`).
pub fn grep<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let cfg = match configure(ctx).await? {
            Ok(c) => c,
            Err(status) => return Ok(status),
        };
        if cfg.mopts.mode == Mode::Extended {
            for p in &cfg.patterns {
                for w in ere_warnings(p) {
                    ctx.err(&format!("warning: {w}")).await?;
                }
            }
        }
        if cfg.mopts.mode == Mode::Perl && cfg.patterns.len() > 1 {
            ctx.err("the -P option only supports a single pattern")
                .await?;
            return Ok(2);
        }
        let matcher = match Matcher::new(&cfg.patterns, &cfg.mopts) {
            Ok(m) => m,
            Err(e) => {
                ctx.err(&e).await?;
                return Ok(2);
            }
        };
        run(ctx, &cfg, &matcher).await
    })
}

/// Lists what to search, in order: operands, and with `-r` each directory's walk.
async fn targets(ctx: &Ctx<'_>, cfg: &Config) -> Result<Listing> {
    let mut out = Listing::default();
    let implicit = cfg.operands.is_empty();
    let operands = if implicit {
        vec![if cfg.recursive { "." } else { "-" }.to_string()]
    } else {
        cfg.operands.clone()
    };
    for op in operands {
        ctx.check()?;
        if op == "-" {
            out.targets.push(Target::Stdin);
            continue;
        }
        let abs = ctx.path(&op);
        if op.ends_with('/') && !ctx.rt.vfs.stat(&abs).await.is_ok_and(|m| m.is_dir()) {
            // `file/` fails like open(2) does (a missing name keeps its own message).
            if ctx.rt.vfs.lstat(&abs).await.is_ok() {
                let err = crate::error::Error::new(ErrorKind::NotADirectory);
                out.targets.push(Target::Failed { name: op, err });
                continue;
            }
        }
        if !cfg.recursive {
            if !cfg.filters.file_ok(&op) {
                continue;
            }
            if cfg.dirs_skip && ctx.rt.vfs.stat(&abs).await.is_ok_and(|m| m.is_dir()) {
                continue;
            }
            out.push_operand(op, abs);
            continue;
        }
        match ctx.rt.vfs.walk(&abs).await {
            Ok(_) if op != "." && !cfg.filters.dir_ok(&op) => {}
            Ok(entries) => {
                out.walked = true;
                out.prefixes.push(if implicit {
                    String::new()
                } else if op.ends_with('/') {
                    op.clone()
                } else {
                    format!("{op}/")
                });
                let prefix = out.prefixes.len() - 1;
                let mut pruned: Option<String> = None;
                // `-R`: linked directories are walked too (their paths relative to `abs`),
                // except a link into its own ancestors (GNU's loop warning).
                let mut pending: std::collections::VecDeque<String> =
                    std::collections::VecDeque::new();
                let mut followed = 0usize;
                let mut entries = std::collections::VecDeque::from(entries);
                loop {
                    let Some(e) = entries.pop_front() else {
                        let Some(link) = pending.pop_front() else {
                            break;
                        };
                        let full: String = crate::vfs::path::join(&abs, &link);
                        if let Ok(more) = ctx.rt.vfs.walk(&full).await {
                            entries.extend(more.into_iter().map(|mut m| {
                                m.path = format!("{link}/{}", m.path);
                                m
                            }));
                        }
                        continue;
                    };
                    ctx.check()?;
                    {
                        // The walk is sorted component-wise: a pruned directory's entries
                        // follow it.
                        if let Some(d) = &pruned {
                            if is_under(&e.path, d) {
                                continue;
                            }
                            pruned = None;
                        }
                        let base = e.path.rsplit('/').next().unwrap_or(&e.path);
                        if e.meta.is_dir() {
                            if !cfg.filters.dir_ok(base) {
                                pruned = Some(e.path.clone());
                            }
                            continue;
                        }
                        if (e.meta.is_symlink() && !cfg.deref) || !cfg.filters.file_ok(base) {
                            continue;
                        }
                        let full = crate::vfs::path::join(&abs, &e.path);
                        if e.meta.is_symlink()
                            && ctx.rt.vfs.stat(&full).await.is_ok_and(|m| m.is_dir())
                        {
                            let vfs = &ctx.rt.vfs;
                            let real = vfs.canonicalize(&full).await.unwrap_or(full.clone());
                            let parent = crate::vfs::path::parent(&full);
                            let here = vfs.canonicalize(parent).await.unwrap_or(parent.to_string());
                            if crate::vfs::path::is_within(&here, &real) {
                                if !cfg.no_messages {
                                    let shown = format!("{}{}", out.prefixes[prefix], e.path);
                                    let msg = format!(
                                        "grep: {shown}: warning: recursive directory loop\n"
                                    );
                                    ctx.stderr.write_str(&msg).await?;
                                }
                            } else if cfg.filters.dir_ok(base) && followed < 4096 {
                                followed += 1;
                                pending.push_back(e.path.clone());
                            }
                            continue;
                        }
                        let cut = full.len() - e.path.len();
                        out.push_file(full, prefix, cut);
                    }
                }
            }
            Err(e) if e.kind() == ErrorKind::NotADirectory => {
                if cfg.filters.file_ok(&op) {
                    out.push_operand(op, abs);
                }
            }
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(err) => out.targets.push(Target::Failed { name: op, err }),
        }
    }
    Ok(out)
}

async fn run(ctx: &Ctx<'_>, cfg: &Config, m: &Matcher) -> Result<i32> {
    // GNU fails without reading when nothing can be selected (`-m0`, `-v ''`).
    let never = cfg.out.max_count == Some(0)
        || (cfg.patterns.len() == 1
            && cfg.patterns[0].is_empty()
            && cfg.out.invert
            && !cfg.mopts.line
            && !cfg.mopts.word);
    if never && cfg.out.report != Report::FilesWithout {
        return Ok(1);
    }
    let list = targets(ctx, cfg).await?;
    let mut out = cfg.out.clone();
    out.with_name = cfg
        .with_name
        .unwrap_or(cfg.operands.len() > 1 || list.walked);
    // GNU refuses to read the file its output goes to (`grep -r x . > out`).
    let out_path = match &ctx.stdout {
        Output::File(sink) if out.report == Report::Lines => {
            Some(crate::vfs::path::normalize("/", sink.path()))
        }
        _ => None,
    };
    let mut st = State {
        ctx,
        buf: Vec::new(),
        any: false,
        error: false,
        silent: cfg.no_messages,
        printed: false,
    };
    let targets = &list.targets;
    let mut i = 0;
    while i < targets.len() {
        ctx.check()?;
        // The next batch: files up to BATCH (a contiguous run of `paths`), stopping at
        // stdin.
        let mut j = i;
        let mut first: Option<usize> = None;
        let mut count = 0;
        while j < targets.len() && count < BATCH {
            match &targets[j] {
                Target::Stdin if j > i => break,
                Target::Stdin => {
                    j += 1;
                    break;
                }
                Target::File { path, .. } => {
                    first.get_or_insert(*path);
                    count += 1;
                }
                Target::Failed { .. } => {}
            }
            j += 1;
        }
        let mut results = match first {
            Some(p) => ctx.rt.vfs.read_many(&list.paths[p..p + count]).await,
            None => Vec::new(),
        }
        .into_iter();
        for t in &targets[i..j] {
            let (name, data): (Name<'_>, Bytes) = match t {
                Target::Stdin if streamable(&out) => {
                    let label = [cfg.label.as_bytes(), b""];
                    let piped = OutOpts {
                        tab_width: Some(19),
                        ..out.clone()
                    };
                    let found = stream_stdin(ctx, m, &piped, label, &mut st.buf).await?;
                    if st.found(found, label, &out).await? {
                        return Ok(0);
                    }
                    continue;
                }
                Target::Stdin => {
                    let data = Bytes::from(ctx.stdin.read_all().await?);
                    ([cfg.label.as_bytes(), b""], data)
                }
                Target::File { path, prefix, cut } => {
                    let name = list.name(*path, *prefix, *cut);
                    match results.next() {
                        Some(Ok(_)) if out_path.as_deref() == Some(list.paths[*path].as_str()) => {
                            let msg = format!("{}: input file is also the output", joined(name));
                            st.fail(&msg).await?;
                            continue;
                        }
                        Some(Ok(d)) => (name, d),
                        Some(Err(e)) => {
                            if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                                return Err(e);
                            }
                            if !(e.kind() == ErrorKind::IsADirectory && cfg.dirs_skip) {
                                st.fail(&format!("{}: {}", joined(name), e.reason()))
                                    .await?;
                            }
                            continue;
                        }
                        None => continue,
                    }
                }
                Target::Failed { name, err } => {
                    st.fail(&format!("{name}: {}", err.reason())).await?;
                    continue;
                }
            };
            let before_len = st.buf.len();
            let found = search(m, &out, name, &data, &mut st.buf);
            st.separate(before_len, &out);
            if st.found(found, name, &out).await? {
                return Ok(0);
            }
            if st.buf.len() >= FLUSH {
                st.flush().await?;
            }
        }
        i = j;
    }
    st.flush().await?;
    Ok(if st.error {
        2
    } else if st.any {
        0
    } else {
        1
    })
}

/// Output and outcome of a run.
struct State<'c, 'x> {
    ctx: &'c Ctx<'x>,
    buf: Vec<u8>,
    any: bool,
    error: bool,
    /// `-s`.
    silent: bool,
    /// Something was printed (for `--` between files' context groups).
    printed: bool,
}

impl State<'_, '_> {
    async fn flush(&mut self) -> Result<()> {
        if !self.buf.is_empty() {
            self.ctx.stdout.write(&self.buf).await?;
            self.buf.clear();
        }
        Ok(())
    }

    /// With context, GNU puts the group separator between files' output too: before
    /// what this file added at `from`, when an earlier file printed something.
    fn separate(&mut self, from: usize, out: &OutOpts) {
        if self.buf.len() == from || out.report != Report::Lines {
            return;
        }
        if self.printed
            && (out.before > 0 || out.after > 0)
            && let Some(sep) = &out.group_sep
        {
            let mut line = sep.clone().into_bytes();
            line.push(b'\n');
            self.buf.splice(from..from, line);
        }
        self.printed = true;
    }

    /// A file that could not be searched: status 2, and the message unless `-s`.
    async fn fail(&mut self, msg: &str) -> Result<()> {
        self.error = true;
        if !self.silent {
            self.flush().await?;
            self.ctx.err(msg).await?;
        }
        Ok(())
    }

    /// Records one file's outcome; true when grep can stop (`-q` found a line).
    async fn found(&mut self, f: Found, name: Name<'_>, out: &OutOpts) -> Result<bool> {
        if f.selected > 0 {
            self.any = true;
            if out.report == Report::Quiet {
                return Ok(true);
            }
        }
        if f.binary_note {
            self.flush().await?;
            let msg = format!("{}: binary file matches", joined(name));
            self.ctx.err(&msg).await?;
        }
        Ok(false)
    }
}

/// Standard input is searched piece by piece (so `yes | grep -m1 y` ends) when no
/// context and no per-file summary is asked for.
fn streamable(out: &OutOpts) -> bool {
    matches!(out.report, Report::Lines | Report::Quiet) && out.before == 0 && out.after == 0
}

/// Searches standard input in pieces of whole lines, writing output as it goes.
async fn stream_stdin(
    ctx: &Ctx<'_>,
    m: &Matcher,
    opts: &OutOpts,
    name: Name<'_>,
    buf: &mut Vec<u8>,
) -> Result<Found> {
    let eol = m.eol();
    let mut total = Found::default();
    let mut carry: Vec<u8> = Vec::new();
    let mut base = Base::default();
    let mut left = opts.max_count.unwrap_or(u64::MAX);
    let mut opts = opts.clone();
    loop {
        ctx.check()?;
        let chunk = ctx.stdin.read_chunk().await?;
        let eof = chunk.is_none();
        if let Some(c) = &chunk {
            carry.extend_from_slice(c);
        }
        let binary =
            opts.binary == Binary::Note && eol == b'\n' && memchr::memchr(0, &carry).is_some();
        if binary && !eof {
            // From the first NUL on GNU only says whether the rest matches.
            carry.extend_from_slice(&ctx.stdin.read_all().await?);
            continue;
        }
        let cut = if eof {
            carry.len()
        } else {
            memchr::memrchr(eol, &carry).map_or(0, |i| i + 1)
        };
        if cut > 0 {
            opts.max_count = Some(left);
            let f = search_from(m, &opts, name, &carry[..cut], buf, base);
            total.selected += f.selected;
            total.binary_note |= f.binary_note;
            left = left.saturating_sub(f.selected);
            if !buf.is_empty() {
                ctx.stdout.write(buf).await?;
                buf.clear();
            }
            if left == 0 || (opts.report == Report::Quiet && f.selected > 0) {
                break;
            }
            base.line += memchr::memchr_iter(eol, &carry[..cut]).count() as u64;
            base.offset += cut as u64;
            carry.drain(..cut);
        }
        if eof {
            break;
        }
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::expand_digits;

    #[test]
    fn digit_options() {
        let v = |a: &[&str]| {
            let args: Vec<String> = a.iter().map(|s| s.to_string()).collect();
            expand_digits(&args).join(" ")
        };
        assert_eq!(v(&["-5", "x"]), "--context=5 x");
        assert_eq!(v(&["-n2", "x"]), "-n --context=2 x");
        assert_eq!(v(&["-e", "-5"]), "-e -5");
        assert_eq!(v(&["-e-5", "-1"]), "-e-5 --context=1");
        assert_eq!(v(&["--", "-5"]), "-- -5");
    }
}

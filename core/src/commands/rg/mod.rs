//! `rg`: ripgrep 13's command line over the VFS, as it behaves when stdout is not a
//! terminal (no headings, no colour, no line numbers unless `-n`). Directories are
//! listed with one `walk` each, every ignore file (and each ancestor's `.git` probe) is
//! read in one `read_many`, and files in batches of [`BATCH`]. Output is in path order,
//! what real rg prints with `--sort path` (it is unordered without it).

mod help;
mod ignore;
mod json;
mod multi;
mod walk;

use bytes::Bytes;

use crate::commands::Ctx;
use crate::commands::args::{Arg, Parser, UsageError};
use crate::commands::grep::{
    BATCH, Binary, FLUSH, MatchOptions, Matcher, Mode, OutOpts, Report, read_one, search,
};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use ignore::{Overrides, Types};
use walk::collect;

const SPEC: &str = "e|regexp= f|file= i|ignore-case S|smart-case s|case-sensitive \
    w|word-regexp x|line-regexp F|fixed-strings v|invert-match c|count |count-matches \
    l|files-with-matches |files-without-match |files n|line-number N|no-line-number \
    H|with-filename I|no-filename |no-heading |heading g|glob= |iglob= t|type= T|type-not= \
    .|hidden |no-hidden |no-ignore |no-ignore-vcs |no-ignore-dot u|unrestricted \
    o|only-matching A|after-context= B|before-context= C|context= m|max-count= U|multiline \
    |sort= |sortr= |sort-files q|quiet a|text |binary j|threads= |color= |colour= 0|null \
    b|byte-offset L|follow |no-messages |context-separator= |no-config |no-require-git \
    |crlf |type-list V|version h|help |line-buffered |block-buffered |pretty p \
    r|replace= |column |no-column |vimgrep |max-depth= |maxdepth= |json |no-json \
    M|max-columns= |max-columns-preview |no-max-columns-preview";

const VERSION: &str = "ripgrep 13.0.0\n-SIMD -AVX (compiled)\n+SIMD +AVX (runtime)\n";

/// The usage block clap prints after an error: the one in the help text.
fn usage() -> String {
    let h = help::HELP;
    let start = h.find("USAGE:").unwrap_or(0);
    let end = h.find("\nARGS:").unwrap_or(h.len());
    let block = h[start..end].replacen("USAGE:\n", "USAGE:\n    \n", 1);
    format!("{block}\nFor more information try --help\n")
}

/// Ignore-related switches.
#[derive(Default)]
struct Walk {
    hidden: bool,
    no_ignore: bool,
    no_vcs: bool,
    follow: bool,
    overrides: Overrides,
    types: Types,
    max_depth: Option<usize>,
}

/// One file to search, in output order.
enum Item {
    Stdin,
    File {
        name: String,
        abs: String,
        explicit: bool,
    },
    Missing {
        name: String,
        reason: String,
    },
}

async fn clap_error(ctx: &Ctx<'_>, msg: &str) -> Result<i32> {
    ctx.stderr
        .write_str(&format!("error: {msg}\n\n{}\n", usage()))
        .await?;
    Ok(2)
}

/// Runs `rg`.
pub fn rg<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move { run(ctx).await })
}

struct Config {
    patterns: Vec<String>,
    mopts: MatchOptions,
    out: OutOpts,
    walk: Walk,
    list_files: bool,
    heading: bool,
    /// `-U`: accepted; matches still stay within a line.
    multiline: bool,
    /// `--sort`: rg then words a missing operand as an I/O error.
    sorted: bool,
    line_number: Option<bool>,
    with_name: Option<bool>,
    no_messages: bool,
    /// `--json`: JSON Lines messages instead of lines.
    json: bool,
    paths: Vec<String>,
}

async fn configure(ctx: &Ctx<'_>) -> Result<std::result::Result<Config, i32>> {
    let args = ctx.args.get(1..).unwrap_or(&[]);
    let mut p = Parser::new(SPEC, args);
    let mut patterns: Option<Vec<String>> = None;
    let mut positional = Vec::new();
    let mut mopts = MatchOptions {
        mode: Mode::Rust,
        icase: false,
        word: false,
        line: false,
        eol: b'\n',
    };
    let mut smart = false;
    let mut out = OutOpts {
        binary: Binary::RgSkip,
        count_zero: false,
        only_context: true,
        ..OutOpts::default()
    };
    let mut walk = Walk::default();
    let (mut list_files, mut quiet, mut no_messages) = (false, false, false);
    let mut line_number = None;
    let mut heading = false;
    // `-l` and `--files-without-match` give way to counts whatever their order.
    let mut listing = None;
    let mut sorted = false;
    let mut multiline = false;
    let mut json = false;
    let mut with_name = None;
    let mut unrestricted = 0;
    let (mut text, mut binary) = (false, false);
    let (mut before, mut after, mut context) = (None, None, None);
    loop {
        let arg = match p.next_arg() {
            Ok(Some(a)) => a,
            Ok(None) => break,
            Err(UsageError(msg)) => {
                let msg = match msg.strip_prefix("unrecognized option '") {
                    Some(rest) => format!(
                        "Found argument '{}' which wasn't expected, or isn't valid in this context",
                        rest.trim_end_matches('\'')
                    ),
                    None => msg,
                };
                return Ok(Err(clap_error(ctx, &msg).await?));
            }
        };
        let (key, val) = match arg {
            Arg::Operand(o) => {
                positional.push(o);
                continue;
            }
            Arg::Opt(k, v) => (k, v.unwrap_or_default()),
        };
        match key {
            "e" => patterns.get_or_insert_with(Vec::new).push(val),
            "f" => {
                let data = read_one(ctx, &val).await;
                match data {
                    Ok(d) => {
                        let text = String::from_utf8_lossy(&d);
                        patterns
                            .get_or_insert_with(Vec::new)
                            .extend(text.lines().map(String::from));
                    }
                    Err(e) => {
                        ctx.stderr
                            .write_str(&format!("{val}: {}\n", os_reason(e.kind(), &e.reason())))
                            .await?;
                        return Ok(Err(2));
                    }
                }
            }
            "i" => {
                mopts.icase = true;
                smart = false;
            }
            "S" => smart = true,
            "s" => {
                mopts.icase = false;
                smart = false;
            }
            "w" => mopts.word = true,
            "x" => mopts.line = true,
            "F" => mopts.mode = Mode::Fixed,
            "v" => out.invert = true,
            "c" => out.report = Report::Count,
            "count-matches" => out.report = Report::CountMatches,
            "l" => listing = Some(Report::FilesWithMatches),
            "files-without-match" => listing = Some(Report::FilesWithout),
            "files" => list_files = true,
            "n" => line_number = Some(true),
            "heading" => heading = true,
            "U" => multiline = true,
            "json" => json = true,
            "no-json" => json = false,
            "no-heading" => heading = false,
            "N" => line_number = Some(false),
            "H" => with_name = Some(true),
            "I" => with_name = Some(false),
            "g" => walk.overrides.add(&val, false),
            "iglob" => walk.overrides.add(&val, true),
            "t" | "T" if !walk.types.add(&val, key == "T") => {
                ctx.stderr
                    .write_str(&format!("unrecognized file type: {val}\n"))
                    .await?;
                return Ok(Err(2));
            }
            "." => walk.hidden = true,
            "no-hidden" => walk.hidden = false,
            "no-ignore" => walk.no_ignore = true,
            "no-ignore-vcs" => walk.no_vcs = true,
            "u" => unrestricted += 1,
            "o" => out.only = true,
            "max-columns-preview" => out.max_columns_preview = true,
            "no-max-columns-preview" => out.max_columns_preview = false,
            "A" | "B" | "C" | "m" | "M" => {
                let Ok(n) = val.parse::<usize>() else {
                    let e = format!("failed to parse value '{val}': invalid digit found in string");
                    return Ok(Err(clap_error(ctx, &e).await?));
                };
                match key {
                    "A" => after = Some(n),
                    "B" => before = Some(n),
                    "C" => context = Some(n),
                    "M" => out.max_columns = Some(n),
                    _ => out.max_count = Some(n as u64),
                }
            }
            "sort" | "sortr"
                if !matches!(
                    val.as_str(),
                    "path" | "none" | "modified" | "accessed" | "created"
                ) =>
            {
                let e = format!(
                    "'{val}' isn't a valid value for '--{key} <SORTBY>'\n\t[possible values: accessed, created, modified, none, path]\n"
                );
                return Ok(Err(clap_error(ctx, &e).await?));
            }
            "sort" | "sortr" => sorted = val != "none",
            "sort-files" => sorted = true,
            "q" => quiet = true,
            "a" => text = true,
            "binary" => binary = true,
            "0" => out.null = true,
            "r" => out.replace = Some(val.into_bytes()),
            "column" => out.column = true,
            "no-column" => out.column = false,
            "vimgrep" => {
                out.vimgrep = true;
                out.column = true;
            }
            "max-depth" | "maxdepth" => match val.parse::<usize>() {
                Ok(n) => walk.max_depth = Some(n),
                Err(_) => {
                    let e = format!("failed to parse value '{val}': invalid digit found in string");
                    return Ok(Err(clap_error(ctx, &e).await?));
                }
            },
            "b" => out.byte_offset = true,
            "L" => walk.follow = true,
            "no-messages" => no_messages = true,
            "context-separator" => out.group_sep = Some(val),
            "V" => {
                ctx.stdout.write_str(VERSION).await?;
                return Ok(Err(0));
            }
            "h" | "help" => {
                ctx.stdout.write_str(help::HELP).await?;
                return Ok(Err(0));
            }
            "type-list" => {
                let mut s = String::new();
                for name in [
                    "c", "cpp", "css", "go", "html", "java", "js", "json", "markdown", "md", "py",
                    "rust", "sh", "toml", "ts", "txt", "yaml",
                ] {
                    if let Some(g) = ignore::type_globs(name) {
                        s.push_str(&format!("{name}: {}\n", g.join(", ")));
                    }
                }
                ctx.stdout.write_str(&s).await?;
                return Ok(Err(0));
            }
            _ => {}
        }
    }
    if unrestricted >= 1 {
        walk.no_ignore = true;
    }
    if unrestricted >= 2 {
        walk.hidden = true;
    }
    if unrestricted >= 3 {
        binary = true;
    }
    if text {
        out.binary = Binary::Text;
    } else if binary {
        out.binary = Binary::RgNote;
    }
    let conflict = match (out.report, listing) {
        (Report::Count, _) => Some("--count"),
        (Report::CountMatches, _) => Some("--count-matches"),
        (_, Some(Report::FilesWithMatches)) => Some("--files-with-matches"),
        (_, Some(Report::FilesWithout)) => Some("--files-without-match"),
        _ => None,
    };
    if json && let Some(arg) = conflict {
        let e = format!("The argument '{arg}' cannot be used with '--json'");
        return Ok(Err(clap_error(ctx, &e).await?));
    }
    if out.only && out.report == Report::Count {
        // `rg -o -c` counts matches.
        out.report = Report::CountMatches;
    }
    if let Some(l) = listing
        && !matches!(out.report, Report::Count | Report::CountMatches)
    {
        out.report = l;
    }
    if quiet {
        out.report = Report::Quiet;
    }
    out.before = before.or(context).unwrap_or(0);
    out.after = after.or(context).unwrap_or(0);
    let patterns = match patterns {
        Some(p) => p,
        None if list_files => Vec::new(),
        None => {
            if positional.is_empty() {
                let e = "The following required arguments were not provided:\n    <PATTERN>";
                return Ok(Err(clap_error(ctx, e).await?));
            }
            vec![positional.remove(0)]
        }
    };
    if smart && !patterns.iter().any(|p| has_upper(p)) {
        mopts.icase = true;
    }
    Ok(Ok(Config {
        patterns,
        mopts,
        out,
        walk,
        list_files,
        heading,
        multiline,
        sorted,
        line_number,
        with_name,
        no_messages,
        json: json && !quiet,
        paths: positional,
    }))
}

/// Whether a pattern can match a newline literally (`\n` or a newline character).
fn has_newline(p: &str, mode: Mode) -> bool {
    if p.contains('\n') {
        return true;
    }
    if mode == Mode::Fixed {
        return false;
    }
    let mut esc = false;
    for c in p.chars() {
        if esc {
            if c == 'n' {
                return true;
            }
            esc = false;
        } else if c == '\\' {
            esc = true;
        }
    }
    false
}

/// Smart case: an uppercase letter that is not part of an escape.
fn has_upper(p: &str) -> bool {
    let mut esc = false;
    for c in p.chars() {
        if esc {
            esc = false;
            continue;
        }
        if c == '\\' {
            esc = true;
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

/// rg's wording of an I/O error: the OS text and its errno.
fn os_reason(kind: ErrorKind, reason: &str) -> String {
    let errno = match kind {
        ErrorKind::NotFound => 2,
        ErrorKind::PermissionDenied => 13,
        ErrorKind::NotADirectory => 20,
        ErrorKind::IsADirectory => 21,
        _ => 5,
    };
    format!("{reason} (os error {errno})")
}

async fn run(ctx: &Ctx<'_>) -> Result<i32> {
    let cfg = match configure(ctx).await? {
        Ok(c) => c,
        Err(status) => return Ok(status),
    };
    if !cfg.multiline && cfg.patterns.iter().any(|p| has_newline(p, cfg.mopts.mode)) {
        ctx.stderr
            .write_str(
                "the literal '\"\\n\"' is not allowed in a regex\n\nConsider enabling multiline mode with the --multiline flag (or -U for short).\nWhen multiline mode is enabled, new line characters can be matched.\n",
            )
            .await?;
        return Ok(2);
    }
    let matcher = if cfg.list_files {
        None
    } else {
        match Matcher::new(&cfg.patterns, &cfg.mopts) {
            Ok(m) => Some(m),
            Err(e) => {
                ctx.stderr.write_str(&format!("{e}\n")).await?;
                return Ok(2);
            }
        }
    };
    let implicit = cfg.paths.is_empty();
    let paths = if implicit {
        if ctx.stdin.is_unconnected() || cfg.list_files {
            vec![".".to_string()]
        } else {
            vec!["-".to_string()]
        }
    } else {
        cfg.paths.clone()
    };
    let (items, walked) = collect(ctx, &cfg, &paths, implicit).await?;
    let mut out = cfg.out.clone();
    out.with_name = cfg
        .with_name
        .unwrap_or(walked || paths.len() > 1 || out.vimgrep);
    out.line_number = cfg.line_number.unwrap_or(out.column);
    let mut buf = Vec::new();
    let (mut any, mut error) = (false, false);
    let mut searched = 0usize;
    let mut printed_any = false;
    let heading = cfg.heading && out.report == Report::Lines && !out.vimgrep;
    let heading_names = heading && out.with_name;
    if cfg.list_files {
        for it in &items {
            match it {
                Item::File { name, .. } => {
                    buf.extend_from_slice(name.as_bytes());
                    buf.push(if out.null { 0 } else { b'\n' });
                    any = true;
                }
                Item::Missing { name, reason } => {
                    error = true;
                    ctx.stdout.write(&buf).await?;
                    buf.clear();
                    ctx.stderr.write_str(&format!("{name}: {reason}\n")).await?;
                }
                Item::Stdin => {}
            }
        }
        ctx.stdout.write(&buf).await?;
        return Ok(if error {
            2
        } else if any {
            0
        } else {
            1
        });
    }
    let Some(m) = matcher else { return Ok(2) };
    let mut totals = json::Stats::default();
    let mut i = 0;
    while i < items.len() {
        ctx.check()?;
        let mut j = i;
        let mut batch = Vec::new();
        while j < items.len() && batch.len() < BATCH {
            if let Item::File { abs, .. } = &items[j] {
                batch.push(abs.clone());
            }
            j += 1;
        }
        let mut results = if batch.is_empty() {
            Vec::new()
        } else {
            ctx.rt.vfs.read_many(&batch).await
        }
        .into_iter();
        for it in &items[i..j] {
            let (name, data, explicit) = match it {
                Item::Stdin => (
                    "<stdin>".to_string(),
                    Bytes::from(ctx.stdin.read_all().await?),
                    true,
                ),
                Item::File { name, explicit, .. } => match results.next() {
                    Some(Ok(d)) => (name.clone(), d, *explicit),
                    Some(Err(e)) => {
                        if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) {
                            return Err(e);
                        }
                        error = true;
                        if !cfg.no_messages {
                            ctx.stdout.write(&buf).await?;
                            buf.clear();
                            let msg = format!("{name}: {}\n", os_reason(e.kind(), &e.reason()));
                            ctx.stderr.write_str(&msg).await?;
                        }
                        continue;
                    }
                    None => continue,
                },
                Item::Missing { name, reason } => {
                    error = true;
                    if !cfg.no_messages {
                        ctx.stdout.write(&buf).await?;
                        buf.clear();
                        ctx.stderr.write_str(&format!("{name}: {reason}\n")).await?;
                    }
                    continue;
                }
            };
            searched += 1;
            if cfg.multiline && cfg.patterns.iter().any(|p| has_newline(p, cfg.mopts.mode)) {
                let before_len = buf.len();
                let o = multi::Multi {
                    name: &name,
                    with_name: out.with_name,
                    line_number: out.line_number,
                    only: out.only,
                    report: out.report,
                };
                if multi::search(&m, &o, &data, &mut buf) {
                    any = true;
                    if out.report == Report::Quiet {
                        return Ok(0);
                    }
                }
                if buf.len() > before_len && heading && printed_any {
                    buf.insert(before_len, b'\n');
                }
                printed_any |= buf.len() > before_len;
                continue;
            }
            if cfg.json {
                let st = json::search(
                    &m,
                    out.invert,
                    (out.before, out.after),
                    &name,
                    &data,
                    &mut buf,
                );
                any |= st.matched_lines > 0;
                totals.add(&st);
                if buf.len() >= FLUSH {
                    ctx.stdout.write(&buf).await?;
                    buf.clear();
                }
                continue;
            }
            let mut opts_here = out.clone();
            if heading {
                opts_here.with_name = false;
            }
            if explicit && opts_here.binary == Binary::RgSkip {
                opts_here.binary = Binary::RgNote;
            }
            let before_len = buf.len();
            let found = search(&m, &opts_here, [name.as_bytes(), b""], &data, &mut buf);
            let listed = buf.len() > before_len;
            let success = if out.report == Report::FilesWithout {
                listed
            } else {
                found.selected > 0
            };
            if success {
                any = true;
                if out.report == Report::Quiet {
                    return Ok(0);
                }
            }
            if buf.len() > before_len {
                let lead = if heading {
                    // `--heading`: the name on its own line, a blank line between files.
                    let mut h = if printed_any {
                        b"\n".to_vec()
                    } else {
                        Vec::new()
                    };
                    if heading_names {
                        h.extend_from_slice(name.as_bytes());
                        h.push(if out.null { 0 } else { b'\n' });
                    }
                    Some(h)
                } else if printed_any
                    && (out.before > 0 || out.after > 0)
                    && out.report == Report::Lines
                {
                    out.group_sep
                        .as_ref()
                        .map(|sep| format!("{sep}\n").into_bytes())
                } else {
                    None
                };
                if let Some(lead) = lead {
                    buf.splice(before_len..before_len, lead);
                }
                printed_any = true;
            }
            if buf.len() >= FLUSH {
                ctx.stdout.write(&buf).await?;
                buf.clear();
            }
        }
        i = j;
    }
    if cfg.json {
        json::summary(&totals, &mut buf);
    }
    ctx.stdout.write(&buf).await?;
    if searched == 0 && !cfg.walk.overrides.is_empty() && !error {
        ctx.stderr
            .write_str("No files were searched, which means ripgrep probably applied a filter you didn't expect.\nRunning with --debug will show why files are being skipped.\n")
            .await?;
        return Ok(2);
    }
    Ok(if error {
        2
    } else if any {
        0
    } else {
        1
    })
}

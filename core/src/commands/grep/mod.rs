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
use crate::commands::fsutil::{LinkTarget, link_target};
use crate::error::{Error, ErrorKind, Result};
use crate::io::Output;
use crate::sync::{BoxFuture, boxed};
use config::{Config, configure};

mod config;
mod help;

/// Files per `read_many` call.
pub const BATCH: usize = 256;
/// Output is written when this much has piled up.
pub const FLUSH: usize = 64 << 10;

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
                        let target = if e.meta.is_symlink() {
                            link_target(ctx, &full).await
                        } else {
                            LinkTarget::NotDir
                        };
                        match target {
                            LinkTarget::NotDir => {}
                            LinkTarget::Loop => {
                                if !cfg.no_messages {
                                    let shown = format!("{}{}", out.prefixes[prefix], e.path);
                                    let msg = format!(
                                        "grep: {shown}: warning: recursive directory loop\n"
                                    );
                                    ctx.stderr.write_str(&msg).await?;
                                }
                                continue;
                            }
                            LinkTarget::Dir(_) => {
                                if cfg.filters.dir_ok(base) && followed < 4096 {
                                    followed += 1;
                                    pending.push_back(e.path.clone());
                                }
                                continue;
                            }
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
                            // `-d skip`, or a link to a directory met by `-R` (not
                            // followed: one walk per operand).
                            let walked = *cut < list.paths[*path].len();
                            if !(e.kind() == ErrorKind::IsADirectory && (cfg.dirs_skip || walked)) {
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

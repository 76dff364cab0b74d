//! `tree`: list directories as a tree (tree 2.1 text output in a UTF-8 locale: box-drawing
//! lines, no colours, the `N directories, M files` report).
//!
//! Each starting directory is listed with one `Vfs::walk`. Like tree, the starting
//! directory counts as a directory, a link to a directory counts as one (and is not
//! followed), and names sort by bytes. Options take their value as the next argument
//! (`-L 2`), as in tree. `-J` prints JSON; XML/HTML output, colours and `-u`/`-g`/`-D`
//! are not supported. `--du` shows each directory as the sum of what is listed below it
//! plus its own 4096 bytes, and (like tree 2.1) reports the sum of every listed entry's
//! figure below the root.

use std::collections::HashMap;

use crate::commands::Ctx;
use crate::commands::fileinfo;
use crate::error::{ErrorKind, Result};
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::{FileType, Metadata};

const HELP: &str = include_str!("help/tree.txt");
const VERSION: &str = "tree v2.1.0 \u{a9} 1996 - 2022 by Steve Baker, Thomas Moore, Francesc \
                       Rocher, Florian Sesser, Kyosuke Tokoro\n";

/// Continuation of a directory that has more entries below.
const PIPE: &str = "\u{2502}\u{a0}\u{a0} ";
const TEE: &str = "\u{251c}\u{2500}\u{2500} ";
const ELBOW: &str = "\u{2514}\u{2500}\u{2500} ";
/// The same with `--charset ascii`.
const ASCII_LINES: [&str; 3] = ["|   ", "|-- ", "`-- "];

#[derive(Default)]
struct Opts {
    all: bool,
    dirs_only: bool,
    full_path: bool,
    no_indent: bool,
    level: Option<usize>,
    ignore: Vec<Pattern>,
    only: Vec<Pattern>,
    match_dirs: bool,
    prune: bool,
    noreport: bool,
    classify: bool,
    quote: bool,
    perms: bool,
    size: bool,
    /// `--du`: directory sizes include what is listed below them.
    du: bool,
    human: bool,
    reverse: bool,
    dirs_first: bool,
    files_first: bool,
    by_time: bool,
    unsorted: bool,
    version_sort: bool,
    ignore_case: bool,
    filelimit: Option<usize>,
    ascii: bool,
    json: bool,
    /// `-D`: the modification time (`--timefmt`: a strftime format).
    dates: bool,
    timefmt: Option<String>,
}

/// One entry below a starting directory.
#[derive(Clone)]
struct Node {
    name: String,
    rel: String,
    meta: Metadata,
    /// For a link: its target text and whether it leads to a directory.
    link: Option<(String, Option<Metadata>)>,
}

impl Node {
    /// A directory, or a link to one.
    fn is_dir(&self) -> bool {
        self.meta.is_dir()
            || self
                .link
                .as_ref()
                .is_some_and(|(_, t)| t.as_ref().is_some_and(Metadata::is_dir))
    }
}

enum Parsed {
    Run(Opts, Vec<String>),
    Exit(i32),
}

async fn parse(ctx: &Ctx<'_>) -> Result<Parsed> {
    let mut o = Opts::default();
    let mut roots = Vec::new();
    let args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
    let mut i = 0;
    let mut only_roots = false;
    let usage = |msg: String| async move {
        let text = format!("tree: {msg}\n{}", usage_lines());
        ctx.stderr.write_str(&text).await
    };
    let pattern = |v: &str, nocase: bool| -> Vec<Pattern> {
        v.split('|')
            .map(|p| {
                Pattern::new(
                    p,
                    PatternOptions {
                        extglob: false,
                        nocase,
                    },
                )
            })
            .collect()
    };
    while let Some(a) = args.get(i) {
        i += 1;
        if only_roots || a == "-" || !a.starts_with('-') {
            roots.push(a.clone());
            continue;
        }
        if a == "--" {
            only_roots = true;
            continue;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let mut value = |what: &str| -> std::result::Result<String, String> {
                if let Some(v) = &inline {
                    return Ok(v.clone());
                }
                match args.get(i) {
                    Some(v) => {
                        i += 1;
                        Ok(v.clone())
                    }
                    None => Err(format!("Missing argument to --{what} option.")),
                }
            };
            let flag = match name {
                "noreport" => Some(&mut o.noreport),
                "dirsfirst" => Some(&mut o.dirs_first),
                "filesfirst" => Some(&mut o.files_first),
                "prune" => Some(&mut o.prune),
                "matchdirs" => Some(&mut o.match_dirs),
                "ignore-case" => Some(&mut o.ignore_case),
                "si" => Some(&mut o.human),
                _ => None,
            };
            if let Some(f) = flag {
                *f = true;
                continue;
            }
            let r = match name {
                "help" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(Parsed::Exit(0));
                }
                "version" => {
                    ctx.stdout.write_str(VERSION).await?;
                    return Ok(Parsed::Exit(0));
                }
                "du" => {
                    o.du = true;
                    o.size = true;
                    Ok(())
                }
                "nolinks" | "inodes" | "device" | "metafirst" | "gitignore" => Ok(()),
                "charset" => value("charset").map(|v| o.ascii = v.eq_ignore_ascii_case("ascii")),
                "filelimit" => value("filelimit").map(|v| o.filelimit = v.parse().ok()),
                "timefmt" => value("timefmt").map(|v| {
                    o.dates = true;
                    o.timefmt = Some(v);
                }),
                "sort" => value("sort").map(|v| match v.as_str() {
                    "mtime" | "ctime" => o.by_time = true,
                    "version" => o.version_sort = true,
                    "none" => o.unsorted = true,
                    _ => {}
                }),
                _ => {
                    usage(format!("Invalid argument `{a}'.")).await?;
                    return Ok(Parsed::Exit(1));
                }
            };
            if let Err(msg) = r {
                ctx.stderr.write_str(&format!("tree: {msg}\n")).await?;
                return Ok(Parsed::Exit(1));
            }
            continue;
        }
        for c in a.chars().skip(1) {
            let mut value = || args.get(i).cloned().inspect(|_| i += 1);
            match c {
                'a' => o.all = true,
                'd' => o.dirs_only = true,
                'f' => o.full_path = true,
                'i' => o.no_indent = true,
                'F' => o.classify = true,
                'Q' => o.quote = true,
                'J' => o.json = true,
                'p' => o.perms = true,
                's' => o.size = true,
                'h' => o.human = true,
                'r' => o.reverse = true,
                't' | 'c' => o.by_time = true,
                'U' => o.unsorted = true,
                'v' => o.version_sort = true,
                'D' => o.dates = true,
                'l' | 'n' | 'N' | 'C' | 'A' | 'S' | 'x' | 'q' | 'u' | 'g' => {}
                'L' => {
                    let Some(v) = value() else {
                        ctx.stderr
                            .write_str("tree: Missing argument to -L option.\n")
                            .await?;
                        return Ok(Parsed::Exit(1));
                    };
                    match v.parse::<usize>() {
                        Ok(n) if n > 0 => o.level = Some(n),
                        _ => {
                            ctx.stderr
                                .write_str("tree: Invalid level, must be greater than 0.\n")
                                .await?;
                            return Ok(Parsed::Exit(1));
                        }
                    }
                }
                'I' | 'P' | 'H' | 'T' | 'o' => {
                    let Some(v) = value() else {
                        let msg = format!("tree: Missing argument to -{c} option.\n");
                        ctx.stderr.write_str(&msg).await?;
                        return Ok(Parsed::Exit(1));
                    };
                    if c == 'I' {
                        o.ignore.extend(pattern(&v, false));
                    } else if c == 'P' {
                        o.only.extend(pattern(&v, false));
                    }
                }
                _ => {
                    usage(format!("Invalid argument -`{c}'.")).await?;
                    return Ok(Parsed::Exit(1));
                }
            }
        }
    }
    if roots.is_empty() {
        roots.push(".".to_string());
    }
    Ok(Parsed::Run(o, roots))
}

fn usage_lines() -> String {
    HELP.lines()
        .take_while(|l| !l.starts_with("  ") && !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Runs `tree`.
pub fn tree<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let (o, roots) = match parse(ctx).await? {
            Parsed::Run(o, r) => (o, r),
            Parsed::Exit(s) => return Ok(s),
        };
        let mut t = Tree {
            ctx,
            o: &o,
            out: Vec::new(),
            dirs: 0,
            files: 0,
            du: HashMap::new(),
            du_total: 0,
        };
        let mut status = 0;
        if o.json {
            t.out.extend_from_slice(b"[\n");
        }
        for (i, root) in roots.iter().enumerate() {
            if !t.root(root, i + 1 == roots.len()).await? {
                status = 2;
            }
        }
        if o.json {
            let report = match (o.noreport, o.dirs_only) {
                (true, _) => "\n]\n".to_string(),
                (false, true) => format!(
                    ",\n  {{\"type\":\"report\",\"directories\":{}}}\n]\n",
                    t.dirs
                ),
                (false, false) => format!(
                    ",\n  {{\"type\":\"report\",\"directories\":{},\"files\":{}}}\n]\n",
                    t.dirs, t.files
                ),
            };
            t.out.extend_from_slice(report.as_bytes());
        } else if !o.noreport {
            let d = if t.dirs == 1 {
                "directory"
            } else {
                "directories"
            };
            let used = match (o.du, o.human) {
                (false, _) => String::new(),
                (true, true) => format!(" {} used in ", human(t.du_total)),
                (true, false) => format!(" {:>11} bytes used in ", t.du_total),
            };
            let report = if o.dirs_only {
                format!("\n{used}{} {d}\n", t.dirs)
            } else {
                let f = if t.files == 1 { "file" } else { "files" };
                format!("\n{used}{} {d}, {} {f}\n", t.dirs, t.files)
            };
            t.out.extend_from_slice(report.as_bytes());
        }
        ctx.stdout.write(&t.out).await?;
        Ok(status)
    })
}

/// A JSON string body: quotes, backslashes and control characters escaped.
fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// tree's `-h`: four columns, one decimal below ten, rounded to nearest.
fn human(size: u64) -> String {
    const UNITS: &[u8] = b" KMGTPEZY";
    if size < 1024 {
        return format!("{size:>4}");
    }
    let mut v = size as f64;
    let mut idx = 0;
    while v >= 1024.0 && idx + 1 < UNITS.len() {
        v /= 1024.0;
        idx += 1;
    }
    let unit = char::from(UNITS.get(idx).copied().unwrap_or(b'Y'));
    if v < 10.0 {
        format!("{v:>3.1}{unit}")
    } else {
        format!("{v:>3.0}{unit}")
    }
}

struct Tree<'c, 'b> {
    ctx: &'c Ctx<'b>,
    o: &'c Opts,
    out: Vec<u8>,
    dirs: u64,
    files: u64,
    /// `--du`: the figure of each listed entry of the current root, by relative path.
    du: HashMap<String, u64>,
    /// `--du`: the sum of the figures below the roots.
    du_total: u64,
}

impl Tree<'_, '_> {
    /// `--du`: the figure of every entry `children` would list (own size plus those of
    /// listed descendants), root included under `""`, and their sum below the root.
    fn du_sizes(
        &self,
        by_parent: &HashMap<String, Vec<Node>>,
        root: &Metadata,
    ) -> (HashMap<String, u64>, u64) {
        let mut left = by_parent.clone();
        let mut sizes: HashMap<String, u64> = HashMap::new();
        let mut total = 0u64;
        // (relative path, own size, children not yet summed); post-order without recursion.
        let first = self.children(&mut left, "");
        let mut stack: Vec<(String, u64, std::vec::IntoIter<Node>)> =
            vec![(String::new(), fileinfo::size(root), first.into_iter())];
        while let Some((_, _, iter)) = stack.last_mut() {
            match iter.next() {
                Some(node) => {
                    let kids = if node.meta.is_dir() {
                        self.children(&mut left, &node.rel)
                    } else {
                        Vec::new()
                    };
                    stack.push((node.rel, fileinfo::size(&node.meta), kids.into_iter()));
                }
                None => {
                    let Some((rel, size, _)) = stack.pop() else {
                        break;
                    };
                    if let Some(parent) = stack.last_mut() {
                        parent.1 = parent.1.saturating_add(size);
                        total = total.saturating_add(size);
                    }
                    sizes.insert(rel, size);
                }
            }
        }
        (sizes, total)
    }

    async fn flush_if_big(&mut self) -> Result<()> {
        if self.out.len() >= 64 * 1024 {
            let data = std::mem::take(&mut self.out);
            self.ctx.stdout.write(&data).await?;
        }
        Ok(())
    }

    /// The continuation, branch and last-branch pieces.
    fn lines(&self) -> [&'static str; 3] {
        if self.o.ascii {
            ASCII_LINES
        } else {
            [PIPE, TEE, ELBOW]
        }
    }

    fn display_name(&self, name: &str) -> String {
        if self.o.quote {
            format!("\"{name}\"")
        } else {
            name.to_string()
        }
    }

    /// The line naming a starting directory (not in JSON output).
    fn root_line(&mut self, root: &str, meta: &Metadata, note: &str) {
        if self.o.json {
            return;
        }
        let line = format!(
            "{}{}{}{note}\n",
            self.meta_prefix(meta, ""),
            self.display_name(root),
            self.classify(meta)
        );
        self.out.extend_from_slice(line.as_bytes());
    }

    fn meta_prefix(&self, meta: &Metadata, rel: &str) -> String {
        if !(self.o.perms || self.o.size || self.o.human || self.o.dates) {
            return String::new();
        }
        let mut parts = Vec::new();
        if self.o.perms {
            parts.push(fileinfo::mode_string(meta));
        }
        let size = match self.du.get(rel) {
            Some(n) if self.o.du => *n,
            _ => fileinfo::size(meta),
        };
        if self.o.human {
            parts.push(human(size));
        } else if self.o.size {
            parts.push(format!("{size:>11}"));
        }
        if self.o.dates {
            let (secs, _) = fileinfo::mtime(meta);
            parts.push(match &self.o.timefmt {
                Some(f) => crate::time::strftime(f, secs),
                None => {
                    let now = i64::try_from(self.ctx.rt.clock.now().as_secs()).unwrap_or(i64::MAX);
                    fileinfo::ls_time(secs, now)
                }
            });
        }
        format!("[{}]  ", parts.join(" "))
    }

    fn classify(&self, meta: &Metadata) -> &'static str {
        if !self.o.classify {
            return "";
        }
        match meta.file_type {
            FileType::Dir => "/",
            FileType::File if meta.mode & 0o111 != 0 => "*",
            _ => "",
        }
    }

    /// Lists one starting point; false when it could not be opened.
    async fn root(&mut self, root: &str, last_root: bool) -> Result<bool> {
        let abs = self.ctx.real_path(root).await;
        let vfs = self.ctx.rt.vfs.clone();
        let meta = match vfs.stat(&abs).await {
            Ok(m) => m,
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(_) => {
                let line = format!("{root}  [error opening dir]\n");
                self.out.extend_from_slice(line.as_bytes());
                return Ok(false);
            }
        };
        if !meta.is_dir() {
            let line = format!("{root}  [error opening dir]\n");
            self.out.extend_from_slice(line.as_bytes());
            // `file/` is not even a file.
            if root.ends_with('/') {
                return Ok(false);
            }
            self.files += 1;
            return Ok(true);
        }
        self.dirs += 1;
        let entries = match vfs.walk(&abs).await {
            Ok(e) => Some(e),
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(_) => None,
        };
        let Some(entries) = entries else {
            self.root_line(root, &meta, "");
            return Ok(true);
        };
        let mut by_parent: HashMap<String, Vec<Node>> = HashMap::new();
        for (n, e) in entries.into_iter().enumerate() {
            if n % 256 == 255 {
                self.ctx.check()?;
            }
            let (parent, name) = match e.path.rfind('/') {
                Some(i) => (e.path[..i].to_string(), e.path[i + 1..].to_string()),
                None => (String::new(), e.path.clone()),
            };
            let depth = e.path.split('/').count();
            if self.o.level.is_some_and(|l| depth > l) {
                continue;
            }
            let link = if e.meta.is_symlink() {
                let p = crate::vfs::path::join(&abs, &e.path);
                let target = vfs.read_link(&p).await.unwrap_or_default();
                Some((target, vfs.stat(&p).await.ok()))
            } else {
                None
            };
            by_parent.entry(parent).or_default().push(Node {
                name,
                rel: e.path,
                meta: e.meta,
                link,
            });
        }
        if self.o.json {
            return self.json(root, &meta, by_parent, last_root).await;
        }
        if self.o.du {
            let (sizes, total) = self.du_sizes(&by_parent, &meta);
            self.du = sizes;
            self.du_total = self.du_total.saturating_add(total);
        }
        // Iterative depth-first walk: (line prefix, children left to print).
        let mut first = self.children(&mut by_parent, "");
        let note = self.over_limit(first.len());
        if !note.is_empty() {
            first.clear();
        }
        self.root_line(root, &meta, &note);
        let mut stack: Vec<(String, std::vec::IntoIter<Node>)> =
            vec![(String::new(), first.into_iter())];
        while let Some((prefix, iter)) = stack.last_mut() {
            let Some(node) = iter.next() else {
                stack.pop();
                continue;
            };
            let last = iter.len() == 0;
            let prefix = prefix.clone();
            let kids = if node.meta.is_dir() {
                self.children(&mut by_parent, &node.rel)
            } else {
                Vec::new()
            };
            let note = self.over_limit(kids.len());
            self.line(root, &prefix, &node, last, &note);
            if node.is_dir() {
                self.dirs += 1;
            } else {
                self.files += 1;
            }
            if node.meta.is_dir() {
                if !note.is_empty() {
                    continue;
                }
                let child_prefix = if self.o.no_indent {
                    String::new()
                } else if last {
                    format!("{prefix}    ")
                } else {
                    format!("{prefix}{}", self.lines()[0])
                };
                stack.push((child_prefix, kids.into_iter()));
            }
            self.flush_if_big().await?;
        }
        Ok(true)
    }

    /// `-J`: the tree as JSON objects, one per line, nested through `contents`.
    async fn json(
        &mut self,
        root: &str,
        meta: &Metadata,
        mut by_parent: HashMap<String, Vec<Node>>,
        last_root: bool,
    ) -> Result<bool> {
        let end = |last: bool| if last { "\n" } else { ",\n" };
        let kids = self.children(&mut by_parent, "");
        let head = self.json_object("directory", root, meta, None);
        if kids.is_empty() {
            let line = format!("  {head}}}{}", end(last_root));
            self.out.extend_from_slice(line.as_bytes());
            return Ok(true);
        }
        self.out
            .extend_from_slice(format!("  {head},\"contents\":[\n").as_bytes());
        // (children left, depth, whether the directory is its parent's last entry)
        let mut stack: Vec<(std::vec::IntoIter<Node>, usize, bool)> =
            vec![(kids.into_iter(), 2, last_root)];
        while let Some((iter, depth, dir_last)) = stack.last_mut() {
            let (depth, dir_last) = (*depth, *dir_last);
            let Some(node) = iter.next() else {
                stack.pop();
                let line = format!("{}]}}{}", "  ".repeat(depth - 1), end(dir_last));
                self.out.extend_from_slice(line.as_bytes());
                continue;
            };
            let last = iter.len() == 0;
            if node.is_dir() {
                self.dirs += 1;
            } else {
                self.files += 1;
            }
            let name = if self.o.full_path {
                format!("{}/{}", root.trim_end_matches('/'), node.rel)
            } else {
                node.name.clone()
            };
            let (kind, target) = match &node.link {
                Some((t, _)) => ("link", Some(t.as_str())),
                None if node.meta.is_dir() => ("directory", None),
                None => ("file", None),
            };
            let head = self.json_object(kind, &name, &node.meta, target);
            let indent = "  ".repeat(depth);
            let kids = if node.meta.is_dir() {
                self.children(&mut by_parent, &node.rel)
            } else {
                Vec::new()
            };
            if kids.is_empty() {
                let line = format!("{indent}{head}}}{}", end(last));
                self.out.extend_from_slice(line.as_bytes());
            } else {
                let line = format!("{indent}{head},\"contents\":[\n");
                self.out.extend_from_slice(line.as_bytes());
                stack.push((kids.into_iter(), depth + 1, last));
            }
            self.flush_if_big().await?;
        }
        Ok(true)
    }

    /// `{"type":...,"name":...` and the `-p`/`-s`/`-h` fields, without the closing brace.
    fn json_object(&self, kind: &str, name: &str, meta: &Metadata, target: Option<&str>) -> String {
        let mut s = format!("{{\"type\":\"{kind}\",\"name\":\"{}\"", json_escape(name));
        if let Some(t) = target {
            s.push_str(&format!(",\"target\":\"{}\"", json_escape(t)));
        }
        if self.o.perms {
            s.push_str(&format!(
                ",\"mode\":\"{:04o}\",\"prot\":\"{}\"",
                fileinfo::perm_bits(meta),
                fileinfo::mode_string(meta)
            ));
        }
        if self.o.human {
            s.push_str(&format!(
                ",\"size\":\"{}\"",
                human(fileinfo::size(meta)).trim_start()
            ));
        } else if self.o.size {
            s.push_str(&format!(",\"size\":{}", fileinfo::size(meta)));
        }
        s
    }

    /// `--filelimit`: the note shown instead of a directory's `n` entries, or nothing.
    fn over_limit(&self, n: usize) -> String {
        match self.o.filelimit {
            Some(limit) if n > limit => {
                format!("  [{n} entries exceeds filelimit, not opening dir]")
            }
            _ => String::new(),
        }
    }

    fn line(&mut self, root: &str, prefix: &str, node: &Node, last: bool, note: &str) {
        let mut s = String::new();
        if !self.o.no_indent {
            s.push_str(prefix);
            let [_, tee, elbow] = self.lines();
            s.push_str(if last { elbow } else { tee });
        }
        s.push_str(&self.meta_prefix(&node.meta, &node.rel));
        let name = if self.o.full_path {
            if root.ends_with('/') {
                format!("{root}{}", node.rel)
            } else {
                format!("{root}/{}", node.rel)
            }
        } else {
            node.name.clone()
        };
        s.push_str(&self.display_name(&name));
        match &node.link {
            Some((target, tmeta)) => {
                s.push_str(" -> ");
                s.push_str(&self.display_name(target));
                if let Some(t) = tmeta {
                    s.push_str(self.classify(t));
                }
            }
            None => s.push_str(self.classify(&node.meta)),
        }
        s.push_str(note);
        s.push('\n');
        self.out.extend_from_slice(s.as_bytes());
    }

    /// The shown children of a directory, filtered and sorted.
    fn children(&self, by_parent: &mut HashMap<String, Vec<Node>>, rel: &str) -> Vec<Node> {
        let o = self.o;
        let mut kids: Vec<Node> = by_parent
            .remove(rel)
            .unwrap_or_default()
            .into_iter()
            .filter(|n| o.all || !n.name.starts_with('.'))
            .filter(|n| !o.ignore.iter().any(|p| p.matches(&n.name)))
            .filter(|n| !o.dirs_only || n.is_dir())
            .filter(|n| {
                o.only.is_empty()
                    || (n.is_dir() && !o.match_dirs)
                    || o.only.iter().any(|p| p.matches(&n.name))
            })
            .collect();
        if o.prune {
            kids.retain(|n| !n.meta.is_dir() || self.has_content(by_parent, &n.rel));
        }
        if !o.unsorted {
            kids.sort_by(|a, b| {
                let by_name = || a.name.as_bytes().cmp(b.name.as_bytes());
                if o.by_time {
                    b.meta.mtime.cmp(&a.meta.mtime).then_with(by_name)
                } else if o.version_sort {
                    crate::commands::ls::version_cmp(&a.name, &b.name)
                } else {
                    by_name()
                }
            });
            if o.reverse {
                kids.reverse();
            }
        }
        if o.dirs_first {
            kids.sort_by_key(|n| !n.is_dir());
        } else if o.files_first {
            kids.sort_by_key(|n| n.is_dir());
        }
        kids
    }

    /// For `--prune`: whether a directory holds anything shown (files matching `-P`).
    fn has_content(&self, by_parent: &HashMap<String, Vec<Node>>, rel: &str) -> bool {
        let mut stack = vec![rel.to_string()];
        while let Some(dir) = stack.pop() {
            for n in by_parent.get(&dir).into_iter().flatten() {
                if !self.o.all && n.name.starts_with('.') {
                    continue;
                }
                if n.meta.is_dir() {
                    stack.push(n.rel.clone());
                } else if self.o.only.is_empty() || self.o.only.iter().any(|p| p.matches(&n.name)) {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn human_like_tree() {
        assert_eq!(human(0), "   0");
        assert_eq!(human(3300), "3.2K");
        assert_eq!(human(4096), "4.0K");
        assert_eq!(human(17306), " 17K");
    }
}

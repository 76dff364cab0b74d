//! `ls`: list directory contents (GNU coreutils 9.1 semantics, C.UTF-8 locale).
//!
//! Output is what GNU prints when standard output is not a terminal: one name per line
//! (`-C`/`-x` columns and `-m` use an 80-column width), names unquoted, no colours. Names
//! sort by bytes. Owners are `root`, sizes and blocks as on ext4 (see
//! [`crate::commands::fileinfo`]). `-R` lists each operand with one `Vfs::walk`.

mod format;

use std::collections::HashMap;

use crate::commands::args::{self, Outcome, Usage};
use crate::commands::fileinfo;
use crate::commands::{Ctx, quote_always};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::{FileType, Metadata};

pub(crate) use format::version_cmp;
use format::{c_escape, columns, commas, extension};

const HELP: &str = include_str!("help.txt");

const SPEC: &str = "a|all A|almost-all |author b|escape |block-size= B|ignore-backups c C \
                    |color? d|directory D|dired f F|classify? |file-type |format= |full-time \
                    g |group-directories-first G|no-group h|human-readable |si \
                    H|dereference-command-line |dereference-command-line-symlink-to-dir \
                    |hide= |hyperlink? |indicator-style= i|inode I|ignore= k|kibibytes l \
                    L|dereference m n|numeric-uid-gid N|literal o p q|hide-control-chars \
                    |show-control-chars Q|quote-name |quoting-style= r|reverse R|recursive \
                    s|size S |sort= |time= |time-style= t T|tabsize= u U v w|width= x \
                    X Z|context |zero 1";

/// Output width for `-C`, `-x` and `-m` (GNU's default when not on a terminal).
const WIDTH: usize = 80;

#[derive(Clone, Copy, PartialEq)]
enum Sort {
    Name,
    Size,
    Time,
    None,
    Extension,
    Version,
}

#[derive(Clone, Copy, PartialEq)]
enum Layout {
    One,
    Long,
    Columns,
    Across,
    Commas,
}

#[derive(Clone, Copy, PartialEq)]
enum Indicator {
    None,
    Slash,
    FileType,
    Classify,
}

#[derive(Clone, PartialEq)]
enum TimeStyle {
    Locale,
    FullIso,
    LongIso,
    Iso,
    /// `+FORMAT` (strftime), or `+OLD\nRECENT`.
    Custom(String, Option<String>),
}

struct Opts {
    all: bool,
    almost_all: bool,
    directory: bool,
    layout: Layout,
    human: bool,
    /// `--si`: human sizes in powers of 1000 (the last of `-h` / `--si` wins).
    si: bool,
    recursive: bool,
    reverse: bool,
    sort: Sort,
    indicator: Indicator,
    inode: bool,
    numeric: bool,
    show_owner: bool,
    show_group: bool,
    size_blocks: bool,
    dereference: bool,
    time_style: TimeStyle,
    ignore: Vec<crate::eval::pattern::Pattern>,
    hide: Vec<crate::eval::pattern::Pattern>,
    ignore_backups: bool,
    quoting: Quoting,
    dirs_first: bool,
    width: usize,
}

/// How names are printed (`-Q`, `-b`, `--quoting-style`); literal when not on a terminal.
#[derive(Clone, Copy, PartialEq)]
enum Quoting {
    Literal,
    Shell,
    ShellAlways,
    C,
    Escape,
}

/// Entries of a walk by their parent's relative path.
type Tree = HashMap<String, Vec<(String, Metadata)>>;

/// One name to show.
#[derive(Clone)]
struct Item {
    /// The name as shown (operand text, or the entry name).
    name: String,
    /// Absolute path.
    abs: String,
    /// Metadata (of a link itself unless dereferencing).
    meta: Metadata,
    /// For links in long format: the target text and what it is.
    link: Option<(String, Option<Metadata>)>,
    /// Hard links.
    nlink: u64,
}

/// Runs `ls`.
pub fn ls<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Richard M. Stallman and David MacKenzie",
            status: 2,
        };
        let parsed = match args::parse(ctx, SPEC, usage).await? {
            Outcome::Run(p) => p,
            Outcome::Exit(code) => return Ok(code),
        };
        let mut o = Opts {
            all: false,
            almost_all: false,
            directory: false,
            layout: Layout::One,
            human: false,
            si: false,
            recursive: false,
            reverse: false,
            sort: Sort::Name,
            indicator: Indicator::None,
            inode: false,
            numeric: false,
            show_owner: true,
            show_group: true,
            size_blocks: false,
            dereference: false,
            time_style: TimeStyle::Locale,
            ignore: Vec::new(),
            hide: Vec::new(),
            ignore_backups: false,
            quoting: Quoting::Literal,
            dirs_first: false,
            width: WIDTH,
        };
        for (key, v) in &parsed.opts {
            match *key {
                "a" => o.all = true,
                "A" => o.almost_all = true,
                "B" => o.ignore_backups = true,
                "d" => o.directory = true,
                "f" => {
                    o.all = true;
                    o.sort = Sort::None;
                }
                "F" => o.indicator = Indicator::Classify,
                "file-type" => o.indicator = Indicator::FileType,
                "p" => o.indicator = Indicator::Slash,
                "indicator-style" => {
                    o.indicator = match v.as_deref() {
                        Some("slash") => Indicator::Slash,
                        Some("file-type") => Indicator::FileType,
                        Some("classify") => Indicator::Classify,
                        _ => Indicator::None,
                    }
                }
                "l" => o.layout = Layout::Long,
                "g" => {
                    o.layout = Layout::Long;
                    o.show_owner = false;
                }
                "o" => {
                    o.layout = Layout::Long;
                    o.show_group = false;
                }
                "G" => o.show_group = false,
                "n" => {
                    o.layout = Layout::Long;
                    o.numeric = true;
                }
                "full-time" => {
                    o.layout = Layout::Long;
                    o.time_style = TimeStyle::FullIso;
                }
                "time-style" => {
                    let s = v.as_deref().unwrap_or("").trim_start_matches("posix-");
                    o.time_style = match s {
                        "full-iso" => TimeStyle::FullIso,
                        "long-iso" => TimeStyle::LongIso,
                        "iso" => TimeStyle::Iso,
                        f if f.starts_with('+') => {
                            let f = &f[1..];
                            match f.split_once('\n') {
                                Some((old, recent)) => {
                                    TimeStyle::Custom(old.to_string(), Some(recent.to_string()))
                                }
                                None => TimeStyle::Custom(f.to_string(), None),
                            }
                        }
                        _ => TimeStyle::Locale,
                    }
                }
                "1" => o.layout = Layout::One,
                "C" => o.layout = Layout::Columns,
                "x" => o.layout = Layout::Across,
                "m" => o.layout = Layout::Commas,
                "format" => {
                    o.layout = match v.as_deref() {
                        Some("long" | "verbose") => Layout::Long,
                        Some("commas") => Layout::Commas,
                        Some("across" | "horizontal") => Layout::Across,
                        Some("vertical") => Layout::Columns,
                        _ => Layout::One,
                    }
                }
                "h" | "si" => {
                    o.human = true;
                    o.si = *key == "si";
                }
                "R" => o.recursive = true,
                "r" => o.reverse = true,
                "S" => o.sort = Sort::Size,
                "t" => o.sort = Sort::Time,
                "U" => o.sort = Sort::None,
                "group-directories-first" => o.dirs_first = true,
                "w" => {
                    let v = v.as_deref().unwrap_or("");
                    match v.parse::<usize>() {
                        Ok(0) => o.width = usize::MAX,
                        Ok(w) => o.width = w,
                        Err(_) => {
                            ctx.err(&format!("invalid line width: {}", quote_always(v)))
                                .await?;
                            return Ok(2);
                        }
                    }
                }
                "X" => o.sort = Sort::Extension,
                "v" => o.sort = Sort::Version,
                "sort" => {
                    o.sort = match v.as_deref() {
                        Some("size") => Sort::Size,
                        Some("time") => Sort::Time,
                        Some("none") => Sort::None,
                        Some("extension") => Sort::Extension,
                        Some("version") => Sort::Version,
                        _ => Sort::Name,
                    }
                }
                "i" => o.inode = true,
                "Q" => o.quoting = Quoting::C,
                "b" => o.quoting = Quoting::Escape,
                "N" => o.quoting = Quoting::Literal,
                "quoting-style" => {
                    o.quoting = match v.as_deref() {
                        Some("shell" | "shell-escape") => Quoting::Shell,
                        Some("shell-always" | "shell-escape-always") => Quoting::ShellAlways,
                        Some("c" | "c-maybe") => Quoting::C,
                        Some("escape") => Quoting::Escape,
                        _ => Quoting::Literal,
                    }
                }
                "s" => o.size_blocks = true,
                "L" => o.dereference = true,
                "I" | "hide" => {
                    let pat = crate::eval::pattern::Pattern::new(
                        v.as_deref().unwrap_or(""),
                        Default::default(),
                    );
                    if *key == "I" {
                        o.ignore.push(pat);
                    } else {
                        o.hide.push(pat);
                    }
                }
                _ => {}
            }
        }
        let mut l = Lister {
            ctx,
            o,
            out: Vec::new(),
            status: 0,
            now: i64::try_from(ctx.rt.clock.now().as_secs()).unwrap_or(i64::MAX),
            first_section: true,
        };
        let mut operands = parsed.operands;
        let implicit = operands.is_empty();
        if implicit {
            operands.push(".".to_string());
        }
        l.run(&operands).await?;
        l.flush().await?;
        Ok(l.status)
    })
}

struct Lister<'c, 'b> {
    ctx: &'c Ctx<'b>,
    o: Opts,
    out: Vec<u8>,
    status: i32,
    now: i64,
    first_section: bool,
}

fn is_fatal(e: &crate::error::Error) -> bool {
    matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded)
}

impl Lister<'_, '_> {
    async fn flush(&mut self) -> Result<()> {
        if !self.out.is_empty() {
            let data = std::mem::take(&mut self.out);
            self.ctx.stdout.write(&data).await?;
        }
        Ok(())
    }

    async fn fail(&mut self, msg: String, status: i32) -> Result<()> {
        self.flush().await?;
        self.status = self.status.max(status);
        self.ctx.err(&msg).await
    }

    fn sort(&self, items: &mut [Item]) {
        let by_name = |a: &Item, b: &Item| a.name.as_bytes().cmp(b.name.as_bytes());
        match self.o.sort {
            Sort::Name => items.sort_by(by_name),
            Sort::None => {}
            Sort::Size => items.sort_by(|a, b| {
                fileinfo::size(&b.meta)
                    .cmp(&fileinfo::size(&a.meta))
                    .then_with(|| by_name(a, b))
            }),
            Sort::Time => {
                items.sort_by(|a, b| b.meta.mtime.cmp(&a.meta.mtime).then_with(|| by_name(a, b)))
            }
            Sort::Extension => items.sort_by(|a, b| {
                extension(&a.name)
                    .as_bytes()
                    .cmp(extension(&b.name).as_bytes())
                    .then_with(|| by_name(a, b))
            }),
            Sort::Version => items.sort_by(|a, b| version_cmp(&a.name, &b.name)),
        }
        if self.o.reverse {
            items.reverse();
        }
        if self.o.dirs_first {
            items.sort_by_key(|i| !i.meta.is_dir());
        }
    }

    fn long(&self) -> bool {
        self.o.layout == Layout::Long
    }

    fn hidden(&self, name: &str) -> bool {
        if self.o.ignore.iter().any(|p| p.matches(name)) {
            return true;
        }
        if self.o.ignore_backups && name.ends_with('~') {
            return true;
        }
        if self.o.all || self.o.almost_all {
            return false;
        }
        name.starts_with('.') || self.o.hide.iter().any(|p| p.matches(name))
    }

    async fn run(&mut self, operands: &[String]) -> Result<()> {
        let vfs = self.ctx.rt.vfs.clone();
        let mut files = Vec::new();
        let mut dirs = Vec::new();
        // Symlink operands are followed unless -l, -d or -F (or -L: always).
        let follow_ops = self.o.dereference
            || !(self.long() || self.o.directory || self.o.indicator == Indicator::Classify);
        for op in operands {
            self.ctx.check()?;
            let abs = self.ctx.real_path(op).await;
            let lmeta = if op.is_empty() {
                Err(crate::error::Error::new(ErrorKind::NotFound))
            } else {
                fileinfo::lstat_operand(&vfs, &abs, op).await
            };
            let mut meta = match lmeta {
                Ok(m) => m,
                Err(e) if is_fatal(&e) => return Err(e),
                Err(e) => {
                    let msg = format!("cannot access {}: {}", quote_always(op), e.reason());
                    self.fail(msg, 2).await?;
                    continue;
                }
            };
            if meta.is_symlink() && follow_ops {
                match vfs.stat(&abs).await {
                    Ok(t) if self.o.dereference || t.is_dir() => meta = t,
                    Err(e) if self.o.dereference => {
                        // `-L` on a dangling link: GNU cannot stat the operand.
                        let e = crate::commands::fsutil::per_file(e)?;
                        let msg = format!("cannot access {}: {}", quote_always(op), e.reason());
                        self.fail(msg, 2).await?;
                        continue;
                    }
                    _ => {}
                }
            }
            let item = Item {
                name: op.clone(),
                abs,
                meta,
                link: None,
                nlink: 1,
            };
            if item.meta.is_dir() && !self.o.directory {
                dirs.push(item);
            } else {
                files.push(item);
            }
        }
        let show_names = operands.len() > 1 || self.o.recursive;
        // GNU sizes the columns of the file group over every operand.
        let mut all: Vec<Item> = files.iter().chain(dirs.iter()).cloned().collect();
        self.complete(&mut all, None).await?;
        let widths = self.widths(&all);
        if !files.is_empty() {
            self.complete(&mut files, None).await?;
            self.sort(&mut files);
            self.emit(&files, Some(widths), false);
            self.first_section = false;
        }
        self.sort(&mut dirs);
        for d in dirs {
            self.list_dir(&d, show_names).await?;
        }
        Ok(())
    }

    /// Lists one directory (and, with `-R`, everything below it from one walk).
    async fn list_dir(&mut self, dir: &Item, show_name: bool) -> Result<()> {
        let vfs = self.ctx.rt.vfs.clone();
        if !self.o.recursive {
            let entries = match vfs.list(&dir.abs).await {
                Ok(e) => e,
                Err(e) if is_fatal(&e) => return Err(e),
                Err(e) => {
                    let msg = format!(
                        "cannot open directory {}: {}",
                        quote_always(&dir.name),
                        e.reason()
                    );
                    self.fail(msg, 2).await?;
                    return Ok(());
                }
            };
            let children: Vec<(String, Metadata)> =
                entries.into_iter().map(|e| (e.name, e.meta)).collect();
            self.section(dir, &dir.name, children, show_name, None)
                .await?;
            return Ok(());
        }
        let entries = match vfs.walk(&dir.abs).await {
            Ok(e) => e,
            Err(e) if is_fatal(&e) => return Err(e),
            Err(e) => {
                let msg = format!(
                    "cannot open directory {}: {}",
                    quote_always(&dir.name),
                    e.reason()
                );
                self.fail(msg, 2).await?;
                return Ok(());
            }
        };
        let mut tree: Tree = HashMap::new();
        for e in entries {
            let (parent, name) = match e.path.rfind('/') {
                Some(i) => (e.path[..i].to_string(), e.path[i + 1..].to_string()),
                None => (String::new(), e.path.clone()),
            };
            tree.entry(parent).or_default().push((name, e.meta));
        }
        // Depth-first, in the listing's sort order: (relative dir, shown name).
        let mut stack = vec![(String::new(), dir.name.clone())];
        while let Some((rel, shown)) = stack.pop() {
            self.ctx.check()?;
            let children = tree.remove(&rel).unwrap_or_default();
            let item = Item {
                name: shown.clone(),
                abs: crate::vfs::path::join(&dir.abs, &rel),
                meta: Metadata::dir(None),
                link: None,
                nlink: 2,
            };
            let subdirs = self
                .section(&item, &shown, children, show_name, Some((&tree, &rel)))
                .await?;
            for name in subdirs.into_iter().rev() {
                let child_rel = if rel.is_empty() {
                    name.clone()
                } else {
                    format!("{rel}/{name}")
                };
                let child_shown = if shown.ends_with('/') {
                    format!("{shown}{name}")
                } else {
                    format!("{shown}/{name}")
                };
                stack.push((child_rel, child_shown));
            }
        }
        Ok(())
    }

    /// Prints one directory's section; returns its subdirectories in listing order.
    async fn section(
        &mut self,
        dir: &Item,
        shown: &str,
        children: Vec<(String, Metadata)>,
        show_name: bool,
        tree: Option<(&Tree, &str)>,
    ) -> Result<Vec<String>> {
        if !self.first_section {
            self.out.push(b'\n');
        }
        self.first_section = false;
        if show_name {
            self.out.extend_from_slice(shown.as_bytes());
            self.out.extend_from_slice(b":\n");
        }
        let mut items = Vec::new();
        if self.o.all {
            let parent = crate::vfs::path::parent(&dir.abs).to_string();
            let pmeta = self
                .ctx
                .rt
                .vfs
                .stat(&parent)
                .await
                .unwrap_or(Metadata::dir(None));
            let dmeta = self
                .ctx
                .rt
                .vfs
                .stat(&dir.abs)
                .await
                .unwrap_or(Metadata::dir(None));
            for (name, abs, meta) in [(".", dir.abs.clone(), dmeta), ("..", parent, pmeta)] {
                items.push(Item {
                    name: name.to_string(),
                    abs,
                    meta,
                    link: None,
                    nlink: 2,
                });
            }
        }
        for (name, meta) in children {
            if self.hidden(&name) {
                continue;
            }
            let abs = crate::vfs::path::join(&dir.abs, &name);
            items.push(Item {
                name,
                abs,
                meta,
                link: None,
                nlink: 1,
            });
        }
        self.complete(&mut items, tree).await?;
        self.sort(&mut items);
        if self.long() || self.o.size_blocks {
            let total: u64 = items.iter().map(|i| fileinfo::kib(&i.meta)).sum();
            let t = if self.o.human {
                self.human_text(total * 1024)
            } else {
                total.to_string()
            };
            self.out
                .extend_from_slice(format!("total {t}\n").as_bytes());
        }
        let widths = self.widths(&items);
        self.emit(&items, Some(widths), true);
        if self.out.len() >= 64 * 1024 {
            self.flush().await?;
        }
        Ok(items
            .iter()
            .filter(|i| i.meta.is_dir() && i.name != "." && i.name != "..")
            .map(|i| i.name.clone())
            .collect())
    }

    /// Fills in link targets (long format, `-L`) and directory link counts.
    async fn complete(&self, items: &mut [Item], tree: Option<(&Tree, &str)>) -> Result<()> {
        let vfs = &self.ctx.rt.vfs;
        let need_links = self.long() || self.o.indicator != Indicator::None;
        for it in items.iter_mut() {
            if it.meta.is_symlink() {
                let target = vfs.stat(&it.abs).await.ok();
                if self.o.dereference {
                    if let Some(t) = target {
                        it.meta = t;
                    }
                } else if need_links {
                    let text = vfs.read_link(&it.abs).await.unwrap_or_default();
                    it.link = Some((text, target));
                }
            }
        }
        if !self.long() {
            return Ok(());
        }
        let mut dirs: Vec<usize> = Vec::new();
        for (i, it) in items.iter_mut().enumerate() {
            if !it.meta.is_dir() {
                it.nlink = 1;
                continue;
            }
            if let Some((t, rel)) = tree
                && it.name != "."
                && it.name != ".."
            {
                let key = if rel.is_empty() {
                    it.name.clone()
                } else {
                    format!("{rel}/{}", it.name)
                };
                let n = t
                    .get(&key)
                    .map_or(0, |c| c.iter().filter(|(_, m)| m.is_dir()).count());
                it.nlink = 2 + n as u64;
                continue;
            }
            dirs.push(i);
        }
        for chunk in dirs.chunks(crate::vfs::Vfs::CONCURRENCY) {
            self.ctx.check()?;
            let futs = chunk
                .iter()
                .filter_map(|&i| items.get(i))
                .map(|it| vfs.list(&it.abs));
            let results = futures::future::join_all(futs).await;
            for (&i, r) in chunk.iter().zip(results) {
                let n = match r {
                    Ok(entries) => entries.iter().filter(|e| e.meta.is_dir()).count() as u64,
                    Err(e) if is_fatal(&e) => return Err(e),
                    Err(_) => 0,
                };
                if let Some(it) = items.get_mut(i) {
                    it.nlink = 2 + n;
                }
            }
        }
        Ok(())
    }

    fn size_text(&self, it: &Item) -> String {
        let s = fileinfo::size(&it.meta);
        if self.o.human {
            self.human_text(s)
        } else {
            s.to_string()
        }
    }

    fn human_text(&self, n: u64) -> String {
        if self.o.si {
            fileinfo::human_si(n)
        } else {
            fileinfo::human(n)
        }
    }

    fn blocks_text(&self, it: &Item) -> String {
        let k = fileinfo::kib(&it.meta);
        if self.o.human {
            self.human_text(k * 1024)
        } else {
            k.to_string()
        }
    }

    fn widths(&self, items: &[Item]) -> Widths {
        let mut w = Widths::default();
        for it in items {
            w.nlink = w.nlink.max(it.nlink.to_string().len());
            w.size = w.size.max(self.size_text(it).len());
            w.blocks = w.blocks.max(self.blocks_text(it).len());
            w.inode = w.inode.max(fileinfo::inode(&it.abs).to_string().len());
        }
        w.owner = if self.o.numeric { 1 } else { 4 };
        w
    }

    fn indicator(&self, meta: &Metadata) -> &'static str {
        match (self.o.indicator, meta.file_type) {
            (Indicator::None, _) => "",
            (_, FileType::Dir) => "/",
            (Indicator::Slash, _) => "",
            (_, FileType::Symlink) => "@",
            (Indicator::Classify, FileType::File) if meta.mode & 0o111 != 0 => "*",
            _ => "",
        }
    }

    fn time_text(&self, meta: &Metadata) -> String {
        let (secs, nanos) = fileinfo::mtime(meta);
        let recent = secs <= self.now && self.now - secs <= 31_556_952 / 2;
        match &self.o.time_style {
            TimeStyle::Custom(_, Some(new)) if recent => crate::time::strftime(new, secs),
            TimeStyle::Custom(old, _) => crate::time::strftime(old, secs),
            TimeStyle::Locale => fileinfo::ls_time(secs, self.now),
            TimeStyle::FullIso => fileinfo::full_time(secs, nanos),
            TimeStyle::LongIso => crate::time::strftime("%Y-%m-%d %H:%M", secs),
            TimeStyle::Iso => {
                if !recent {
                    crate::time::strftime("%Y-%m-%d ", secs)
                } else {
                    crate::time::strftime("%m-%d %H:%M", secs)
                }
            }
        }
    }

    /// The name with its indicator and, in long format, ` -> target`.
    fn quote(&self, name: &str) -> String {
        match self.o.quoting {
            Quoting::Literal => name.to_string(),
            Quoting::Shell => crate::commands::quote_name(name),
            Quoting::ShellAlways => quote_always(name),
            Quoting::C => c_escape(name, true),
            Quoting::Escape => c_escape(name, false),
        }
    }

    fn name_text(&self, it: &Item) -> String {
        let mut s = self.quote(&it.name);
        match (&it.link, self.long()) {
            (Some((target, tmeta)), true) => {
                s.push_str(" -> ");
                s.push_str(&self.quote(target));
                if let Some(t) = tmeta
                    && self.o.indicator != Indicator::None
                {
                    s.push_str(self.indicator(t));
                }
            }
            _ => s.push_str(self.indicator(&it.meta)),
        }
        s
    }

    fn prefix(&self, it: &Item, w: &Widths) -> String {
        let mut s = String::new();
        if self.o.inode {
            s.push_str(&format!("{:>1$} ", fileinfo::inode(&it.abs), w.inode));
        }
        if self.o.size_blocks {
            s.push_str(&format!("{:>1$} ", self.blocks_text(it), w.blocks));
        }
        s
    }

    fn emit(&mut self, items: &[Item], widths: Option<Widths>, _in_dir: bool) {
        let w = widths.unwrap_or_default();
        match self.o.layout {
            Layout::Long => {
                for it in items {
                    let mut line = self.prefix(it, &w);
                    line.push_str(&fileinfo::mode_string(&it.meta));
                    line.push_str(&format!(" {:>1$}", it.nlink, w.nlink));
                    let owner = if self.o.numeric { "0" } else { "root" };
                    if self.o.show_owner {
                        line.push_str(&format!(" {owner:<0$}", w.owner));
                    }
                    if self.o.show_group {
                        line.push_str(&format!(" {owner:<0$}", w.owner));
                    }
                    line.push_str(&format!(" {:>1$}", self.size_text(it), w.size));
                    line.push(' ');
                    line.push_str(&self.time_text(&it.meta));
                    line.push(' ');
                    line.push_str(&self.name_text(it));
                    line.push('\n');
                    self.out.extend_from_slice(line.as_bytes());
                }
            }
            Layout::One => {
                for it in items {
                    let mut line = self.prefix(it, &w);
                    line.push_str(&self.name_text(it));
                    line.push('\n');
                    self.out.extend_from_slice(line.as_bytes());
                }
            }
            Layout::Commas => {
                let cells: Vec<String> = items
                    .iter()
                    .map(|it| format!("{}{}", self.prefix(it, &w), self.name_text(it)))
                    .collect();
                self.out
                    .extend_from_slice(commas(&cells, self.o.width).as_bytes());
            }
            Layout::Columns | Layout::Across => {
                let cells: Vec<String> = items
                    .iter()
                    .map(|it| format!("{}{}", self.prefix(it, &w), self.name_text(it)))
                    .collect();
                let text = columns(&cells, self.o.layout == Layout::Across, self.o.width);
                self.out.extend_from_slice(text.as_bytes());
            }
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Widths {
    nlink: usize,
    owner: usize,
    size: usize,
    blocks: usize,
    inode: usize,
}

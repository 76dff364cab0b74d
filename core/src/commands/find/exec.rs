//! Evaluating `find`'s expression on one file: tests, `-print`/`-printf` into a buffered
//! output, `-exec` (one run per file, or batched with `+`), `-delete`, `-prune`, `-quit`.

use crate::commands::Ctx;
use crate::commands::fileinfo;
use crate::commands::quote_locale;
use crate::error::{ErrorKind, Result};
use crate::eval::spawn::{SpawnRequest, spawn};
use crate::io::Input;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::FileType;

use super::parse::{Cmp, Command, Expr, PermMatch, Prim, TimeUnit};

use super::printf::{Facts, base_name, render};
use super::{Node, fileinfo_nanos, is_fatal};

/// Output is flushed when the buffer grows past this.
const FLUSH_AT: usize = 64 * 1024;
/// An `-exec ... +` batch runs when its arguments reach this many bytes (like ARG_MAX/16).
const BATCH_BYTES: usize = 128 * 1024;

/// The state of one `find` run.
pub(crate) struct Run<'c, 'b> {
    pub ctx: &'c Ctx<'b>,
    pub status: i32,
    pub quit: bool,
    out: Vec<u8>,
    now: i128,
    /// What `-fprint` and friends wrote, per file of [`Command::files`].
    pub files: Vec<Vec<u8>>,
    /// Per `-exec ... +`: the collected names and their total size.
    batches: Vec<(Vec<String>, usize)>,
    /// Nodes seen since the last cancellation check.
    ticks: u32,
    /// Entries `-delete` removed, per parent directory (absolute path): a directory whose
    /// entries were all deleted is `-empty` by the time depth-first order reaches it.
    deleted: std::collections::HashMap<String, u64>,
}

fn cmp_u64(c: Cmp, v: u64, n: u64) -> bool {
    match c {
        Cmp::Less => v < n,
        Cmp::Equal => v == n,
        Cmp::More => v > n,
    }
}

impl<'c, 'b> Run<'c, 'b> {
    pub fn new(ctx: &'c Ctx<'b>, cmd: &Command) -> Self {
        Run {
            ctx,
            status: 0,
            quit: false,
            out: Vec::new(),
            now: ctx.rt.clock.now().as_nanos() as i128,
            batches: vec![(Vec::new(), 0); cmd.batches],
            files: vec![Vec::new(); cmd.files.len()],
            ticks: 0,
            deleted: std::collections::HashMap::new(),
        }
    }

    /// Checks for cancellation every few hundred files.
    pub fn tick(&mut self) -> Result<()> {
        self.ticks += 1;
        if self.ticks >= 256 {
            self.ticks = 0;
            self.ctx.check()?;
        }
        Ok(())
    }

    /// Prints `find: msg` (after what is buffered) and remembers the failure.
    pub async fn error(&mut self, msg: &str) -> Result<()> {
        self.flush().await?;
        self.status = 1;
        self.ctx.err(msg).await
    }

    fn sink(&mut self, to: Option<usize>) -> &mut Vec<u8> {
        match to.and_then(|i| self.files.get_mut(i)) {
            Some(buf) => buf,
            None => &mut self.out,
        }
    }

    async fn flush(&mut self) -> Result<()> {
        if !self.out.is_empty() {
            let data = std::mem::take(&mut self.out);
            self.ctx.stdout.write(&data).await?;
        }
        Ok(())
    }

    /// Runs the pending `-exec ... +` batches and flushes the output.
    pub async fn finish(&mut self, expr: &Expr) -> Result<()> {
        let mut stack = vec![expr];
        while let Some(e) = stack.pop() {
            match e {
                Expr::And(a, b) | Expr::Or(a, b) | Expr::Comma(a, b) => {
                    stack.push(b);
                    stack.push(a);
                }
                Expr::Not(a) => stack.push(a),
                Expr::Prim(Prim::Exec {
                    argv,
                    batch: Some(i),
                    ..
                }) => self.run_batch(argv, *i).await?,
                Expr::Prim(_) => {}
            }
        }
        self.flush().await
    }

    async fn run_batch(&mut self, argv: &[String], i: usize) -> Result<()> {
        let Some((names, size)) = self.batches.get_mut(i) else {
            return Ok(());
        };
        if names.is_empty() {
            return Ok(());
        }
        let names = std::mem::take(names);
        *size = 0;
        let mut full = argv.to_vec();
        full.extend(names);
        let cwd = self.ctx.cwd.clone();
        if self.spawn(full, cwd).await? != Some(0) {
            self.status = 1;
        }
        Ok(())
    }

    /// Runs a command; `None` when it does not exist (after the message).
    async fn spawn(&mut self, argv: Vec<String>, cwd: String) -> Result<Option<i32>> {
        self.flush().await?;
        let name = argv.first().cloned().unwrap_or_default();
        let req = SpawnRequest {
            argv,
            env: self.ctx.env.clone(),
            cwd,
            stdin: Input::empty(),
            stdout: self.ctx.stdout.clone(),
            stderr: self.ctx.stderr.clone(),
            deadline: self.ctx.deadline,
        };
        match spawn(self.ctx.rt.clone(), req).await {
            Ok(s) => Ok(Some(s)),
            Err(e) if e.kind() == ErrorKind::NotFound => {
                self.ctx
                    .err(&format!(
                        "{}: No such file or directory",
                        quote_locale(&name)
                    ))
                    .await?;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Evaluates the expression for one file; true when `-prune` fired.
    pub async fn eval_node(&mut self, expr: &Expr, node: &Node, start: &str) -> Result<bool> {
        let mut pruned = false;
        self.eval(expr, node, start, &mut pruned).await?;
        if self.out.len() >= FLUSH_AT {
            self.flush().await?;
        }
        Ok(pruned)
    }

    fn eval<'s>(
        &'s mut self,
        expr: &'s Expr,
        node: &'s Node,
        start: &'s str,
        pruned: &'s mut bool,
    ) -> BoxFuture<'s, Result<bool>> {
        boxed(async move {
            if self.quit {
                return Ok(false);
            }
            Ok(match expr {
                Expr::And(a, b) => {
                    self.eval(a, node, start, pruned).await?
                        && self.eval(b, node, start, pruned).await?
                }
                Expr::Or(a, b) => {
                    self.eval(a, node, start, pruned).await?
                        || self.eval(b, node, start, pruned).await?
                }
                Expr::Comma(a, b) => {
                    self.eval(a, node, start, pruned).await?;
                    self.eval(b, node, start, pruned).await?
                }
                Expr::Not(a) => !self.eval(a, node, start, pruned).await?,
                Expr::Prim(p) => self.prim(p, node, start, pruned).await?,
            })
        })
    }

    async fn link_text(&self, node: &Node) -> Option<String> {
        if node.meta.is_symlink() {
            self.ctx.rt.vfs.read_link(&node.abs).await.ok()
        } else {
            None
        }
    }

    async fn prim(
        &mut self,
        p: &Prim,
        node: &Node,
        start: &str,
        pruned: &mut bool,
    ) -> Result<bool> {
        let meta = &node.meta;
        Ok(match p {
            Prim::True => true,
            Prim::False => false,
            Prim::Name(pat) => {
                let base = base_name(&node.shown);
                let trimmed = base.trim_end_matches('/');
                pat.matches(if trimmed.is_empty() { base } else { trimmed })
            }
            Prim::Path(pat) => pat.matches(&node.shown),
            Prim::LinkName(pat) => match self.link_text(node).await {
                Some(t) => pat.matches(&t),
                None => false,
            },
            Prim::Regex(re) => re.is_match(&node.shown),
            Prim::Type(types) => types.contains(&meta.file_type),
            Prim::XType(types) => {
                let t = if meta.is_symlink() {
                    node.target.unwrap_or(FileType::Symlink)
                } else {
                    meta.file_type
                };
                types.contains(&t)
            }
            Prim::Size(c, n, unit) => {
                let size = fileinfo::size(meta);
                cmp_u64(*c, size.div_ceil(*unit), *n)
            }
            Prim::Empty => match meta.file_type {
                FileType::File => meta.size == 0,
                FileType::Dir => node.children == self.deleted.get(&node.abs).copied().unwrap_or(0),
                FileType::Symlink => false,
            },
            Prim::Newer(_, t) => fileinfo_nanos(meta) > t.unwrap_or(0),
            Prim::Time(c, n, unit) => {
                let age = (self.now - fileinfo_nanos(meta)) as f64 / 1e9;
                match unit {
                    TimeUnit::Days => {
                        let days = (age / 86_400.0).floor();
                        match c {
                            Cmp::Less => days < *n,
                            Cmp::Equal => days == *n,
                            Cmp::More => days > *n,
                        }
                    }
                    TimeUnit::Minutes => {
                        let mins = age / 60.0;
                        match c {
                            Cmp::Less => mins < *n,
                            Cmp::Equal => mins.ceil() == *n,
                            Cmp::More => mins > *n,
                        }
                    }
                }
            }
            Prim::Perm(m) => {
                let bits = fileinfo::perm_bits(meta);
                match *m {
                    PermMatch::Exact(b) => bits == b,
                    PermMatch::All(b) => bits & b == b,
                    PermMatch::Any(b) => b == 0 || bits & b != 0,
                }
            }
            Prim::Links(c, n) => cmp_u64(*c, nlink(node), *n),
            Prim::Owner(b) => *b,
            Prim::Inum(c, n) => cmp_u64(*c, fileinfo::inode(&node.abs), *n),
            Prim::SameFile(other) => {
                let vfs = &self.ctx.rt.vfs;
                let a = vfs.canonicalize(&self.ctx.path(other)).await;
                let b = vfs.canonicalize(&node.abs).await;
                matches!((a, b), (Ok(a), Ok(b)) if a == b)
            }
            Prim::Access(mask) => {
                *mask != 0o111 || meta.is_dir() || fileinfo::perm_bits(meta) & 0o111 != 0
            }
            Prim::Print(to) | Prim::Print0(to) => {
                let end = if matches!(p, Prim::Print0(_)) {
                    0
                } else {
                    b'\n'
                };
                let sink = self.sink(*to);
                sink.extend_from_slice(node.shown.as_bytes());
                sink.push(end);
                true
            }
            Prim::Ls(to) => {
                let link = self.link_text(node).await;
                let line = ls_line(node, link.as_deref(), self.now);
                self.sink(*to).extend_from_slice(line.as_bytes());
                true
            }
            Prim::Printf(to, dirs) => {
                let link = self.link_text(node).await;
                let facts = Facts {
                    path: &node.shown,
                    start,
                    depth: node.depth,
                    meta,
                    target_type: node.target,
                    link: link.as_deref(),
                    nlink: nlink(node),
                };
                let mut buf = Vec::new();
                let go_on = render(dirs, &facts, &mut buf);
                self.sink(*to).extend_from_slice(&buf);
                if !go_on && to.is_none() {
                    self.flush().await?;
                }
                true
            }
            Prim::Exec {
                argv,
                batch,
                dir,
                ask,
            } => self.exec(argv, *batch, *dir, *ask, node).await?,
            Prim::Delete => self.delete(node).await?,
            Prim::Prune => {
                *pruned = true;
                true
            }
            Prim::Quit => {
                self.quit = true;
                true
            }
        })
    }

    async fn exec(
        &mut self,
        argv: &[String],
        batch: Option<usize>,
        dir: bool,
        ask: bool,
        node: &Node,
    ) -> Result<bool> {
        let (name, cwd) = if dir {
            let base = base_name(&node.shown).trim_end_matches('/');
            let parent = crate::vfs::path::parent(&node.abs).to_string();
            let shown = if base.is_empty() || node.abs == "/" {
                "/".to_string()
            } else {
                format!("./{base}")
            };
            (shown, parent)
        } else {
            (node.shown.clone(), self.ctx.cwd.clone())
        };
        if let Some(i) = batch {
            let full = if let Some((names, size)) = self.batches.get_mut(i) {
                *size += name.len() + 1;
                names.push(name);
                *size >= BATCH_BYTES
            } else {
                false
            };
            if full {
                self.run_batch(argv, i).await?;
            }
            return Ok(true);
        }
        let argv: Vec<String> = argv.iter().map(|a| a.replace("{}", &name)).collect();
        if ask && !self.confirm(&argv, &name).await? {
            return Ok(false);
        }
        Ok(self.spawn(argv, cwd).await? == Some(0))
    }

    /// `-ok`: prompts `< cmd ... file > ? ` on stderr and reads a yes from stdin.
    async fn confirm(&mut self, argv: &[String], name: &str) -> Result<bool> {
        self.flush().await?;
        let cmd = argv.first().map(String::as_str).unwrap_or("");
        let prompt = format!("< {cmd} ... {name} > ? ");
        self.ctx.stderr.write_str(&prompt).await?;
        let answer = match self.ctx.stdin.read_until(b'\n').await {
            Ok(Some(line)) => line,
            Ok(None) => Vec::new(),
            Err(e) if is_fatal(e.kind()) => return Err(e),
            Err(_) => Vec::new(),
        };
        Ok(matches!(answer.first(), Some(b'y' | b'Y')))
    }

    async fn delete(&mut self, node: &Node) -> Result<bool> {
        if node.rel.is_empty() && matches!(node.shown.as_str(), "." | "./") {
            return Ok(true);
        }
        match self.ctx.rt.vfs.remove(&node.abs, false).await {
            Ok(()) => {
                let parent = crate::vfs::path::parent(&node.abs).to_string();
                *self.deleted.entry(parent).or_insert(0) += 1;
                Ok(true)
            }
            Err(e) if is_fatal(e.kind()) => Err(e),
            Err(e) => {
                let msg = format!(
                    "cannot delete {}: {}",
                    quote_locale(&node.shown),
                    e.reason()
                );
                self.error(&msg).await?;
                Ok(false)
            }
        }
    }
}

/// A `-ls` line: inode, KiB, mode, links, owner, group, size, `ls -l` time, name.
fn ls_line(node: &Node, link: Option<&str>, now: i128) -> String {
    let m = &node.meta;
    let (secs, _) = fileinfo::mtime(m);
    let now = i64::try_from(now / 1_000_000_000).unwrap_or(i64::MAX);
    let mut s = format!(
        "{:>9} {:>6} {} {:>3} {:<8} {:<8} {:>8} {} {}",
        fileinfo::inode(&node.abs),
        fileinfo::kib(m),
        fileinfo::mode_string(m),
        nlink(node),
        "root",
        "root",
        fileinfo::size(m),
        fileinfo::ls_time(secs, now),
        node.shown
    );
    if let Some(t) = link {
        s.push_str(" -> ");
        s.push_str(t);
    }
    s.push('\n');
    s
}

/// Hard links: 2 + subdirectories for a directory, 1 otherwise.
fn nlink(node: &Node) -> u64 {
    if node.meta.is_dir() {
        2 + node.subdirs
    } else {
        1
    }
}

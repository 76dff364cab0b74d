//! `find`: search for files in a directory hierarchy (GNU findutils 4.9 semantics).
//!
//! Each starting point is listed with ONE `Vfs::walk` (a recursive listing); metadata comes
//! from the walk entries. Entries are visited in the walk's order, which is sorted by name:
//! real `find` on ext4 visits a directory's entries in hash order, so scripts (and spec
//! cases) that list several entries of one directory should pipe through `sort`.
//!
//! Differences from GNU, by choice: warnings that findutils prints only when standard input
//! is a terminal (global options after tests, `-name` with a slash) are never printed;
//! `-ok`/`-okdir` read no answer and act as `-exec`/`-execdir` answering no; owners are
//! always `root` (see [`crate::commands::fileinfo`]); access and change times are the
//! modification time.

mod date;
mod exec;
mod parse;
mod printf;
mod regex;

use std::collections::HashMap;

use crate::commands::{Ctx, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::{FileType, Metadata, WalkEntry};

use exec::Run;
use parse::{Expr, Follow, NewerRef, Prim};

const HELP: &str = include_str!("help.txt");
const VERSION: &str = include_str!("version.txt");

/// How deep `-L` follows links to directories below a starting point.
const MAX_LINK_NESTING: usize = 16;

/// One file to test, in visiting order.
pub(crate) struct Node {
    /// Path relative to the starting point (`""` for the starting point itself).
    rel: String,
    /// Absolute VFS path.
    abs: String,
    /// Path as printed.
    shown: String,
    /// Depth below the starting point.
    depth: usize,
    /// Metadata (of the link itself unless following links).
    meta: Metadata,
    /// For a link: what it points to (`None` when dangling).
    target: Option<FileType>,
    /// Entries directly inside (directories).
    children: u64,
    /// Subdirectories directly inside.
    subdirs: u64,
}

/// Runs `find`.
pub fn find<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let args: Vec<String> = ctx.args.iter().skip(1).cloned().collect();
        match args.first().map(String::as_str) {
            Some("--help") => {
                ctx.stdout.write_str(HELP).await?;
                return Ok(0);
            }
            Some("--version") => {
                ctx.stdout.write_str(VERSION).await?;
                return Ok(0);
            }
            _ => {}
        }
        let mut cmd = match parse::parse(&args) {
            Ok(c) => c,
            Err(msg) => {
                ctx.err(&msg).await?;
                return Ok(1);
            }
        };
        for w in &cmd.warnings {
            ctx.err(w).await?;
        }
        let Some(mut expr) = cmd.expr.take() else {
            return Ok(1);
        };
        if let Err(path) = resolve_refs(ctx, &mut expr).await? {
            ctx.err(&path).await?;
            return Ok(1);
        }
        // Like findutils, output files are created (truncated) before anything runs.
        for f in &cmd.files {
            if let Err(e) = ctx.rt.vfs.write(&ctx.path(f), bytes::Bytes::new()).await {
                if is_fatal(e.kind()) {
                    return Err(e);
                }
                ctx.err(&format!("{}: {}", quote_locale(f), e.reason()))
                    .await?;
                return Ok(1);
            }
        }
        let mut run = Run::new(ctx, &cmd);
        for start in &cmd.paths {
            if run.quit {
                break;
            }
            visit_start(&mut run, &cmd, &expr, start).await?;
        }
        run.finish(&expr).await?;
        for (f, data) in cmd.files.iter().zip(std::mem::take(&mut run.files)) {
            if let Err(e) = ctx.rt.vfs.write(&ctx.path(f), data.into()).await {
                if is_fatal(e.kind()) {
                    return Err(e);
                }
                ctx.err(&format!("{}: {}", quote_locale(f), e.reason()))
                    .await?;
                run.status = 1;
            }
        }
        Ok(run.status)
    })
}

/// Stats the reference files of `-newer`; `Err(message)` for a missing one.
async fn resolve_refs(ctx: &Ctx<'_>, e: &mut Expr) -> Result<std::result::Result<(), String>> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match e {
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Comma(a, b) => {
                stack.push(a);
                stack.push(b);
            }
            Expr::Not(a) => stack.push(a),
            Expr::Prim(Prim::Newer(NewerRef::File(path), t)) => {
                match ctx.rt.vfs.stat(&ctx.path(path)).await {
                    Ok(m) => *t = Some(fileinfo_nanos(&m)),
                    Err(err) if is_fatal(err.kind()) => return Err(err),
                    Err(err) => {
                        return Ok(Err(format!("{}: {}", quote_locale(path), err.reason())));
                    }
                }
            }
            Expr::Prim(Prim::Newer(NewerRef::Date(text), t)) => {
                let now = ctx.rt.clock.now().as_secs();
                match date::parse(text, i64::try_from(now).unwrap_or(i64::MAX)) {
                    Some(secs) => *t = Some(i128::from(secs) * 1_000_000_000),
                    None => {
                        return Ok(Err(format!(
                            "I cannot figure out how to interpret {} as a date or time",
                            quote_locale(text)
                        )));
                    }
                }
            }
            Expr::Prim(_) => {}
        }
    }
    Ok(Ok(()))
}

pub(crate) fn fileinfo_nanos(m: &Metadata) -> i128 {
    m.mtime.map(|d| d.as_nanos() as i128).unwrap_or(0)
}

pub(crate) fn is_fatal(k: ErrorKind) -> bool {
    matches!(k, ErrorKind::Cancelled | ErrorKind::LimitExceeded)
}

fn join_shown(start: &str, rel: &str) -> String {
    if rel.is_empty() {
        start.to_string()
    } else if start.ends_with('/') {
        format!("{start}{rel}")
    } else {
        format!("{start}/{rel}")
    }
}

/// Lists one starting point and runs the expression over it.
async fn visit_start(
    run: &mut Run<'_, '_>,
    cmd: &parse::Command,
    expr: &Expr,
    start: &str,
) -> Result<()> {
    let ctx = run.ctx;
    let vfs = &ctx.rt.vfs;
    let abs = ctx.real_path(start).await;
    // `link/` names the directory the link points to, as the kernel resolves it.
    let follow_start = cmd.follow != Follow::Never || (start.ends_with('/') && start != "/");
    let lmeta = if start.is_empty() {
        Err(crate::error::Error::new(ErrorKind::NotFound))
    } else {
        crate::commands::fileinfo::lstat_operand(vfs, &abs, start).await
    };
    let lmeta = match lmeta {
        Ok(m) => m,
        Err(e) if is_fatal(e.kind()) => return Err(e),
        Err(e) => {
            run.error(&format!("{}: {}", quote_locale(start), e.reason()))
                .await?;
            return Ok(());
        }
    };
    let (meta, target) = if lmeta.is_symlink() {
        match vfs.stat(&abs).await {
            Ok(t) if follow_start => (t.clone(), Some(t.file_type)),
            Ok(t) => (lmeta, Some(t.file_type)),
            Err(e) if is_fatal(e.kind()) => return Err(e),
            Err(_) => (lmeta, None),
        }
    } else {
        let t = lmeta.file_type;
        (lmeta, Some(t))
    };
    let mut nodes = vec![Node {
        rel: String::new(),
        abs: abs.clone(),
        shown: start.to_string(),
        depth: 0,
        meta,
        target,
        children: 0,
        subdirs: 0,
    }];
    if nodes[0].meta.is_dir() {
        match list_tree(run, cmd, &abs, start).await? {
            Ok(mut below) => nodes.append(&mut below),
            Err(msg) => {
                run.error(&msg).await?;
            }
        }
    }
    count_children(&mut nodes);
    let order = visiting_order(&nodes, cmd.depth_first);
    let mut skip: Option<String> = None;
    for i in order {
        let Some(node) = nodes.get(i) else { continue };
        if run.quit {
            break;
        }
        if let Some(s) = &skip {
            if node.rel.starts_with(s.as_str()) {
                continue;
            }
            skip = None;
        }
        if cmd.maxdepth.is_some_and(|m| node.depth > m) {
            continue;
        }
        let mut pruned = false;
        if node.depth >= cmd.mindepth {
            run.tick()?;
            pruned = run.eval_node(expr, node, start).await?;
        }
        let at_max = cmd.maxdepth.is_some_and(|m| node.depth >= m);
        if node.meta.is_dir() && !cmd.depth_first && (pruned || at_max) {
            skip = Some(if node.rel.is_empty() {
                String::new()
            } else {
                format!("{}/", node.rel)
            });
        }
    }
    Ok(())
}

/// Everything below a directory, through one walk (plus one per followed link with `-L`).
async fn list_tree(
    run: &mut Run<'_, '_>,
    cmd: &parse::Command,
    abs: &str,
    start: &str,
) -> Result<std::result::Result<Vec<Node>, String>> {
    let vfs = &run.ctx.rt.vfs;
    let mut out = Vec::new();
    // (walk root abs, rel prefix, nesting)
    let mut pending = vec![(abs.to_string(), String::new(), 0usize, start.to_string())];
    let mut first = true;
    // With `-maxdepth 0` or `1` (and nothing that looks inside directories) one `list`
    // of the top directory is enough.
    let shallow = cmd.maxdepth.is_some_and(|m| m <= 1) && !cmd.needs_counts;
    if shallow && cmd.maxdepth == Some(0) {
        return Ok(Ok(Vec::new()));
    }
    while let Some((root, prefix, nesting, shown_root)) = pending.pop() {
        let listed = if shallow {
            vfs.list(&root).await.map(|v| {
                v.into_iter()
                    .map(|e| WalkEntry {
                        path: e.name,
                        meta: e.meta,
                    })
                    .collect()
            })
        } else {
            vfs.walk(&root).await
        };
        let entries = match listed {
            Ok(e) => e,
            Err(e) if is_fatal(e.kind()) => return Err(e),
            Err(e) => {
                let msg = format!("{}: {}", quote_locale(&shown_root), e.reason());
                if first {
                    return Ok(Err(msg));
                }
                run.error(&msg).await?;
                continue;
            }
        };
        first = false;
        let mut batch = Vec::with_capacity(entries.len());
        for (n, e) in entries.into_iter().enumerate() {
            if n % 1024 == 1023 {
                run.ctx.check()?;
            }
            let entry_abs = crate::vfs::path::join(&root, &e.path);
            let rel = if prefix.is_empty() {
                e.path
            } else {
                format!("{prefix}/{}", e.path)
            };
            let depth = rel.split('/').count();
            let mut meta = e.meta;
            let mut target = Some(meta.file_type);
            if meta.is_symlink() {
                match vfs.stat(&entry_abs).await {
                    Ok(t) => {
                        target = Some(t.file_type);
                        if cmd.follow == Follow::Always {
                            let deeper = cmd.maxdepth.is_none_or(|m| depth < m);
                            if t.is_dir() && nesting < MAX_LINK_NESTING && deeper {
                                pending.push((
                                    entry_abs.clone(),
                                    rel.clone(),
                                    nesting + 1,
                                    join_shown(start, &rel),
                                ));
                            }
                            meta = t;
                        }
                    }
                    Err(e) if is_fatal(e.kind()) => return Err(e),
                    Err(_) => target = None,
                }
            }
            batch.push(Node {
                shown: join_shown(start, &rel),
                rel,
                abs: entry_abs,
                depth,
                meta,
                target,
                children: 0,
                subdirs: 0,
            });
        }
        out.append(&mut batch);
    }
    if out.len() > 1 {
        out.sort_by(|a, b| crate::vfs::path::cmp_components(&a.rel, &b.rel));
    }
    Ok(Ok(out))
}

/// Fills in how many entries and subdirectories each directory has.
fn count_children(nodes: &mut [Node]) {
    let mut counts: HashMap<String, (u64, u64)> = HashMap::new();
    for n in nodes.iter().skip(1) {
        let parent = match n.rel.rfind('/') {
            Some(i) => n.rel[..i].to_string(),
            None => String::new(),
        };
        let c = counts.entry(parent).or_default();
        c.0 += 1;
        if n.meta.is_dir() {
            c.1 += 1;
        }
    }
    for n in nodes.iter_mut() {
        if let Some(&(c, d)) = counts.get(&n.rel) {
            n.children = c;
            n.subdirs = d;
        }
    }
}

/// Indexes in visiting order: as listed (parents first), or children before their
/// directory with `-depth`.
fn visiting_order(nodes: &[Node], depth_first: bool) -> Vec<usize> {
    if !depth_first {
        return (0..nodes.len()).collect();
    }
    let mut order = Vec::with_capacity(nodes.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, n) in nodes.iter().enumerate() {
        while let Some(&top) = stack.last() {
            let t = &nodes[top];
            let inside = t.rel.is_empty() || n.rel.starts_with(&format!("{}/", t.rel));
            if inside && i != top {
                break;
            }
            order.push(top);
            stack.pop();
        }
        if n.meta.is_dir() {
            stack.push(i);
        } else {
            order.push(i);
        }
    }
    while let Some(top) = stack.pop() {
        order.push(top);
    }
    order
}

//! What `rg` searches: operands in order, each directory listed with one `walk` and
//! filtered by hidden names, ignore files (all read in one `read_many`), `-g` globs,
//! `-t` types and `--max-depth`.

use std::collections::HashMap;

use super::ignore::{RuleSet, Verdict};
use super::{Config, Item, os_reason};
use crate::commands::Ctx;
use crate::commands::fsutil::{LinkTarget, link_target};
use crate::error::{ErrorKind, Result};
use crate::vfs::backend::WalkEntry;

/// Lists the files to search: operands in order, each directory through one walk.
pub(super) async fn collect(
    ctx: &Ctx<'_>,
    cfg: &Config,
    paths: &[String],
    implicit: bool,
) -> Result<(Vec<Item>, bool)> {
    let mut items = Vec::new();
    let mut walked = false;
    for op in paths {
        ctx.check()?;
        if op == "-" {
            items.push(Item::Stdin);
            continue;
        }
        let abs = ctx.path(op);
        match ctx.rt.vfs.walk(&abs).await {
            Ok(entries) => {
                walked = true;
                let entries = if cfg.walk.follow {
                    follow_links(ctx, &abs, entries).await?
                } else {
                    entries
                };
                let files = filter_walk(ctx, cfg, &abs, entries).await?;
                for rel in files {
                    let name = if implicit {
                        rel.clone()
                    } else if op.ends_with('/') {
                        format!("{op}{rel}")
                    } else {
                        format!("{op}/{rel}")
                    };
                    let abs = crate::vfs::path::join(&abs, &rel);
                    items.push(Item::File {
                        name,
                        abs,
                        explicit: false,
                    });
                }
            }
            Err(e) if e.kind() == ErrorKind::NotADirectory => items.push(Item::File {
                name: op.clone(),
                abs,
                explicit: true,
            }),
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                let mut reason = os_reason(e.kind(), &e.reason());
                if cfg.sorted {
                    reason = format!("IO error for operation on {op}: {reason}");
                }
                items.push(Item::Missing {
                    name: op.clone(),
                    reason,
                });
            }
        }
    }
    Ok((items, walked))
}

/// `-L`: the entries of directories reached through links, spliced in after the link
/// (which then counts as a directory); a link into its own ancestors is not followed, and
/// at most 4,096 links are.
async fn follow_links(
    ctx: &Ctx<'_>,
    root: &str,
    entries: Vec<WalkEntry>,
) -> Result<Vec<WalkEntry>> {
    let vfs = &ctx.rt.vfs;
    let mut out = Vec::with_capacity(entries.len());
    let mut queue = std::collections::VecDeque::from(entries);
    let mut followed = 0usize;
    while let Some(mut e) = queue.pop_front() {
        ctx.check()?;
        if e.meta.is_symlink() && followed < 4096 {
            let full = crate::vfs::path::join(root, &e.path);
            if let LinkTarget::Dir(meta) = link_target(ctx, &full).await {
                followed += 1;
                if let Ok(more) = vfs.walk(&full).await {
                    for mut m in more.into_iter().rev() {
                        m.path = format!("{}/{}", e.path, m.path);
                        queue.push_front(m);
                    }
                }
                e.meta = meta;
            }
        }
        out.push(e);
    }
    Ok(out)
}

const IGNORE_FILES: [&str; 3] = [".rgignore", ".ignore", ".gitignore"];

/// Applies hidden, ignore-file, glob and type rules to a walk of `root`; returns the
/// relative paths of the files to search, in walk order.
async fn filter_walk(
    ctx: &Ctx<'_>,
    cfg: &Config,
    root: &str,
    entries: Vec<WalkEntry>,
) -> Result<Vec<String>> {
    let w = &cfg.walk;
    // Ignore files: in the tree and in every ancestor, plus `.git` probes, in one batch.
    // Each set is keyed by its directory relative to the root ("" for the root, and
    // "../.." style depth for ancestors, kept as a count).
    let mut ancestors: Vec<String> = Vec::new();
    let mut a = root.to_string();
    while a != "/" {
        let parent = match a.rfind('/') {
            Some(0) => "/".to_string(),
            Some(i) => a[..i].to_string(),
            None => break,
        };
        ancestors.push(parent.clone());
        a = parent;
    }
    let mut want: Vec<String> = Vec::new();
    let mut keys: Vec<(Option<String>, usize, usize)> = Vec::new(); // (tree dir, ancestor idx, file kind)
    if !w.no_ignore {
        for e in &entries {
            let (dir, base) = match e.path.rfind('/') {
                Some(i) => (&e.path[..i], &e.path[i + 1..]),
                None => ("", e.path.as_str()),
            };
            if let Some(k) = IGNORE_FILES.iter().position(|f| *f == base)
                && !e.meta.is_dir()
            {
                want.push(crate::vfs::path::join(root, &e.path));
                keys.push((Some(dir.to_string()), 0, k));
            }
        }
        for (ai, anc) in ancestors.iter().enumerate() {
            for (k, f) in IGNORE_FILES.iter().enumerate() {
                want.push(crate::vfs::path::join(anc, f));
                keys.push((None, ai, k));
            }
            want.push(crate::vfs::path::join(anc, ".git"));
            keys.push((None, ai, 3));
        }
    }
    let results = if want.is_empty() {
        Vec::new()
    } else {
        ctx.rt.vfs.read_many(&want).await
    };
    // Git repository: a `.git` at the root, an ancestor, or a directory in the tree.
    let mut repo_above = entries.iter().any(|e| e.path == ".git");
    let mut tree_sets: HashMap<(String, usize), RuleSet> = HashMap::new();
    let mut anc_sets: Vec<(usize, usize, RuleSet)> = Vec::new();
    for ((dir, ai, kind), r) in keys.into_iter().zip(results) {
        if kind == 3 {
            if r.is_ok()
                || r.as_ref()
                    .is_err_and(|e| e.kind() == ErrorKind::IsADirectory)
            {
                repo_above = true;
            }
            continue;
        }
        let Ok(data) = r else { continue };
        let set = RuleSet::parse(&String::from_utf8_lossy(&data));
        if set.is_empty() {
            continue;
        }
        match dir {
            Some(d) => {
                tree_sets.insert((d, kind), set);
            }
            None => anc_sets.push((ai, kind, set)),
        }
    }
    let git_dirs: Vec<&str> = entries
        .iter()
        .filter(|e| e.path.ends_with("/.git") || e.path == ".git")
        .map(|e| e.path.trim_end_matches(".git").trim_end_matches('/'))
        .collect();
    let in_repo = |dir: &str| {
        repo_above
            || git_dirs
                .iter()
                .any(|g| g.is_empty() || dir == *g || dir.starts_with(&format!("{g}/")))
    };
    let mut pruned: Option<String> = None;
    let mut files = Vec::new();
    for e in &entries {
        // The walk is sorted component-wise: a pruned directory's entries follow it.
        if let Some(d) = &pruned {
            if crate::commands::grep::is_under(&e.path, d) {
                continue;
            }
            pruned = None;
        }
        let is_dir = e.meta.is_dir();
        if w.max_depth.is_some_and(|d| e.path.split('/').count() > d) {
            continue;
        }
        let base = e.path.rsplit('/').next().unwrap_or(&e.path);
        let mut verdict = w.overrides.verdict(&e.path, is_dir);
        if verdict == Verdict::None && !w.no_ignore {
            verdict = ignore_verdict(
                &e.path, is_dir, &tree_sets, &anc_sets, root, &ancestors, w.no_vcs, &in_repo,
            );
        }
        if verdict == Verdict::None && !w.hidden && base.starts_with('.') {
            verdict = Verdict::Ignore;
        }
        if verdict == Verdict::Ignore {
            if is_dir {
                pruned = Some(e.path.clone());
            }
            continue;
        }
        if is_dir || (e.meta.is_symlink() && !w.follow) {
            continue;
        }
        if !w.types.allows(base) {
            continue;
        }
        files.push(e.path.clone());
    }
    Ok(files)
}

fn join_rel(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

/// The deepest ignore file with an opinion decides; in one directory `.rgignore` beats
/// `.ignore` beats `.gitignore`.
#[allow(clippy::too_many_arguments)]
fn ignore_verdict(
    path: &str,
    is_dir: bool,
    tree: &HashMap<(String, usize), RuleSet>,
    anc: &[(usize, usize, RuleSet)],
    root: &str,
    ancestors: &[String],
    no_vcs: bool,
    in_repo: &dyn Fn(&str) -> bool,
) -> Verdict {
    // Directories holding `path`, deepest first.
    let mut dirs: Vec<&str> = vec![""];
    let mut at = 0;
    while let Some(i) = path[at..].find('/') {
        dirs.push(&path[..at + i]);
        at += i + 1;
    }
    for d in dirs.iter().rev() {
        if *d == path {
            continue;
        }
        for kind in 0..3 {
            if kind == 2 && (no_vcs || !in_repo(d)) {
                continue;
            }
            if let Some(set) = tree.get(&(d.to_string(), kind)) {
                let rel = if d.is_empty() {
                    path
                } else {
                    &path[d.len() + 1..]
                };
                let v = set.verdict(rel, is_dir);
                if v != Verdict::None {
                    return v;
                }
            }
        }
    }
    for (ai, anc_dir) in ancestors.iter().enumerate() {
        let prefix = root
            .strip_prefix(anc_dir.as_str())
            .unwrap_or(root)
            .trim_start_matches('/');
        let rel = join_rel(prefix, path);
        for kind in 0..3 {
            if kind == 2 && (no_vcs || !in_repo("")) {
                continue;
            }
            if let Some((_, _, set)) = anc.iter().find(|(a, k, _)| *a == ai && *k == kind) {
                let v = set.verdict(&rel, is_dir);
                if v != Verdict::None {
                    return v;
                }
            }
        }
    }
    Verdict::None
}

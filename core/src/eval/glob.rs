//! Pathname expansion over the VFS: `*.txt`, `src/*/mod.rs`, `**/*.rs` with globstar.
//!
//! Segments without metacharacters are taken as they are; others list one directory and
//! match each name. Results are sorted bytewise (C collation) and capped by the glob limit.

use crate::error::Error;
use crate::eval::pattern::{Pattern, PatternOptions, has_glob_chars, unescape};
use crate::eval::shell::{EvalResult, Shell};
use crate::vfs::path::normalize;

impl Shell {
    /// Expands one glob pattern (quoted characters backslash-escaped) into matching paths,
    /// sorted. An empty result means no match.
    pub async fn glob(&mut self, pattern: &str) -> EvalResult<Vec<String>> {
        let absolute = pattern.starts_with('/');
        let segments: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
        if segments.is_empty() {
            return Ok(vec![]);
        }
        let extglob = self.st.options.extglob;
        let opts = PatternOptions {
            extglob,
            nocase: self.st.options.nocaseglob,
        };
        let ignore: Vec<Pattern> = match self.st.get("GLOBIGNORE") {
            Some(g) if !g.is_empty() => g
                .split(':')
                .filter(|p| !p.is_empty())
                .map(|p| Pattern::new(p, opts))
                .collect(),
            _ => Vec::new(),
        };
        // A non-empty GLOBIGNORE turns on dotglob, like bash.
        let dotglob = self.st.options.dotglob || !ignore.is_empty();
        let globstar = self.st.options.globstar;
        let limit = self.rt.limits.max_glob_matches;
        // Each candidate: (display path, absolute path).
        let root = if absolute {
            "/".to_string()
        } else {
            self.st.cwd.clone()
        };
        let mut cands: Vec<(String, String)> = vec![(String::new(), root)];
        let trailing_slash = pattern.ends_with('/');
        for (i, seg) in segments.iter().enumerate() {
            self.rt.check()?;
            let last = i + 1 == segments.len();
            let mut next = Vec::new();
            if globstar && *seg == "**" {
                for (disp, abs) in &cands {
                    // `**` matches zero or more directories.
                    next.push((disp.clone(), abs.clone()));
                    let Ok(entries) = self.rt.vfs.walk(abs).await else {
                        continue;
                    };
                    for e in entries {
                        let hidden = e.path.split('/').any(|c| c.starts_with('.'));
                        if hidden && !dotglob {
                            continue;
                        }
                        let is_dir = e.meta.is_dir();
                        if !last && !is_dir {
                            continue;
                        }
                        next.push((join_disp(disp, &e.path), join_abs(abs, &e.path)));
                    }
                    if next.len() > limit {
                        return Err(glob_limit(limit).into());
                    }
                }
                if last {
                    // A final `**` lists files and directories but not the empty start.
                    next.retain(|(d, _)| !d.is_empty());
                }
                cands = next;
                continue;
            }
            if !has_glob_chars(seg, extglob) {
                let name = unescape(seg);
                for (disp, abs) in &cands {
                    next.push((join_disp(disp, &name), join_abs(abs, &name)));
                }
                cands = next;
                if last {
                    let mut kept = Vec::new();
                    for (d, a) in cands {
                        if self.rt.vfs.lstat(&a).await.is_ok() {
                            kept.push((d, a));
                        }
                    }
                    cands = kept;
                }
                continue;
            }
            let pat = Pattern::new(seg, opts);
            for (disp, abs) in &cands {
                let Ok(entries) = self.rt.vfs.list(abs).await else {
                    continue;
                };
                for e in entries {
                    if !pat.matches_segment(&e.name, dotglob) {
                        continue;
                    }
                    if !(last || e.meta.is_dir() || e.meta.is_symlink()) {
                        continue;
                    }
                    next.push((join_disp(disp, &e.name), join_abs(abs, &e.name)));
                    if next.len() > limit {
                        return Err(glob_limit(limit).into());
                    }
                }
            }
            cands = next;
        }
        let mut out: Vec<String> = Vec::with_capacity(cands.len());
        for (disp, abs) in cands {
            if trailing_slash {
                match self.rt.vfs.stat(&abs).await {
                    Ok(m) if m.is_dir() => out.push(format!("{disp}/")),
                    _ => {}
                }
            } else {
                out.push(disp);
            }
        }
        if absolute {
            for p in &mut out {
                p.insert(0, '/');
            }
        }
        if !ignore.is_empty() {
            out.retain(|p| {
                let name = p.rsplit('/').next().unwrap_or(p);
                name != "." && name != ".." && !ignore.iter().any(|i| i.matches(p))
            });
        }
        out.sort();
        out.dedup();
        Ok(out)
    }
}

fn glob_limit(limit: usize) -> Error {
    Error::limit(format!("glob match limit of {limit} exceeded"))
}

fn join_disp(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}/{name}")
    }
}

fn join_abs(base: &str, name: &str) -> String {
    normalize(base, name)
}

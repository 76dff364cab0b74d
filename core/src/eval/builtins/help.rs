//! `help [-dms] [PATTERN ...]`: bash's own help texts, kept verbatim from bash 5.2 in
//! `help_topics.txt` (one `@@ NAME` line before each topic) and `help_list.txt` (the
//! table `help` prints alone). Topics are found like bash: an exact name first, else a
//! prefix or glob match. `-m` prints the full text (no man-page layout).

use crate::eval::builtins::fail;
use crate::eval::pattern::{Pattern, PatternOptions, has_glob_chars};
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::sync::{BoxFuture, boxed};

const TOPICS: &str = include_str!("help_topics.txt");
const LIST: &str = include_str!("help_list.txt");

/// The topics in bash's table order: (name, text).
fn topics() -> impl Iterator<Item = (&'static str, &'static str)> {
    TOPICS.split("@@ ").filter(|t| !t.is_empty()).map(|t| {
        let (name, text) = t.split_once('\n').unwrap_or((t, ""));
        (name, text)
    })
}

/// Runs `help`.
pub fn help<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut mode = 'f';
        let mut i = 1;
        while let Some(a) = args.get(i) {
            if a == "--" {
                i += 1;
                break;
            }
            if !a.starts_with('-') || a == "-" {
                break;
            }
            for c in a.chars().skip(1) {
                match c {
                    'd' | 's' => mode = c,
                    'm' => mode = 'f',
                    _ => {
                        sh.report(io, &format!("help: -{c}: invalid option"))
                            .await?;
                        io.stderr
                            .write_str("help: usage: help [-dms] [pattern ...]\n")
                            .await?;
                        return Ok(2);
                    }
                }
            }
            i += 1;
        }
        let patterns = args.get(i..).unwrap_or(&[]);
        if patterns.is_empty() {
            io.stdout.write_str(LIST).await?;
            return Ok(0);
        }
        let mut out = String::new();
        let mut found = false;
        for pat in patterns {
            let glob = has_glob_chars(pat, false);
            let matcher = Pattern::new(pat, PatternOptions::default());
            let exact: Vec<_> = topics().filter(|(n, _)| n == pat).collect();
            let hits: Vec<_> = if exact.is_empty() {
                if glob {
                    out.push_str(&format!("Shell commands matching keyword `{pat}'\n\n"));
                }
                topics()
                    .filter(|(n, _)| n.starts_with(pat.as_str()) || (glob && matcher.matches(n)))
                    .collect()
            } else {
                exact
            };
            for (name, text) in hits {
                found = true;
                let first = text.lines().next().unwrap_or("");
                match mode {
                    's' => {
                        out.push_str(first);
                        out.push('\n');
                    }
                    'd' => {
                        let desc = text.lines().nth(1).unwrap_or("").trim();
                        out.push_str(&format!("{name} - {desc}\n"));
                    }
                    _ => out.push_str(text),
                }
            }
        }
        io.stdout.write_str(&out).await?;
        if !found {
            let last = patterns.last().map(String::as_str).unwrap_or("");
            let msg = format!(
                "help: no help topics match `{last}'.  Try `help help' or `man -k {last}' or `info {last}'."
            );
            return fail(sh, io, &msg, 1).await;
        }
        Ok(0)
    })
}

//! Spec cases: the Oils-style `*.test.sh` format, its parser, and the comparison of a run's
//! outcome with a case's expectations.
//!
//! The format is documented in `tests/spec/README.md`. A file is a sequence of cases; each case
//! starts with `#### name`, then the script, then `## ` metadata lines:
//!
//! ```
//! use mirage_tests::spec::parse_file;
//!
//! let cases = parse_file("#### hello\necho hi\n## stdout: hi\n").unwrap();
//! assert_eq!(cases[0].name, "hello");
//! assert_eq!(cases[0].script, "echo hi\n");
//! assert_eq!(cases[0].stdout, b"hi\n");
//! ```
//!
//! The runners live in [`oracle`] (real bash) and [`mirage`] (mirage-core).

pub mod backends;
pub mod mirage;
pub mod oracle;

use std::fmt;
use std::fmt::Write as _;

/// One spec case: a script, the files it needs, and what bash does with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The text after `#### `.
    pub name: String,
    /// 1-based line of the `####` header in its file.
    pub line: usize,
    /// The script, lines joined by `\n`, with a final `\n`.
    pub script: String,
    /// Files to preload, as (path relative to the working dir, content).
    pub files: Vec<(String, Vec<u8>)>,
    /// Expected stdout; always checked (empty when the case gives none).
    pub stdout: Vec<u8>,
    /// Expected stderr; checked only when given.
    pub stderr: Option<Vec<u8>>,
    /// Expected exit status (0 unless `## status:` says otherwise).
    pub status: i32,
    /// `## gap: reason`: a known mirage gap; ignored in mirage mode, checked in oracle mode.
    pub gap: Option<String>,
    /// `## mirage-only: reason`: mirage-specific behaviour; skipped in oracle mode.
    pub mirage_only: Option<String>,
    /// `## needs: symlink mode mtime`: skipped on backends that lack one of these.
    pub needs: backends::Needs,
}

/// What running a script produced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Bytes written to stdout.
    pub stdout: Vec<u8>,
    /// Bytes written to stderr.
    pub stderr: Vec<u8>,
    /// The exit status.
    pub status: i32,
}

/// A malformed case file: the 1-based line and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number of the offending line.
    pub line: usize,
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        line,
        message: message.into(),
    })
}

/// A case under construction: which expectations were given, to reject duplicates.
#[derive(Default)]
struct Builder {
    name: String,
    line: usize,
    script: Vec<String>,
    /// Set once the first expectation line is seen: no more script lines after that.
    in_metadata: bool,
    files: Vec<(String, Vec<u8>)>,
    stdout: Option<Vec<u8>>,
    stderr: Option<Vec<u8>>,
    status: Option<i32>,
    gap: Option<String>,
    mirage_only: Option<String>,
    needs: Option<backends::Needs>,
}

impl Builder {
    fn finish(mut self) -> Result<Case, ParseError> {
        while self.script.last().is_some_and(|l| l.trim().is_empty()) {
            self.script.pop();
        }
        while self.script.first().is_some_and(|l| l.trim().is_empty()) {
            self.script.remove(0);
        }
        if self.script.is_empty() {
            return err(self.line, format!("case `{}` has no script", self.name));
        }
        let mut script = self.script.join("\n");
        script.push('\n');
        Ok(Case {
            name: self.name,
            line: self.line,
            script,
            files: self.files,
            stdout: self.stdout.unwrap_or_default(),
            stderr: self.stderr,
            status: self.status.unwrap_or(0),
            gap: self.gap,
            mirage_only: self.mirage_only,
            needs: self.needs.unwrap_or_default(),
        })
    }
}

/// Reads lines up to a `## END` (or `## end` for files) line; returns the content, every line
/// ending with `\n`, and the index of the terminator line.
fn read_block(
    lines: &[&str],
    start: usize,
    terminator: &str,
    what: &str,
) -> Result<(Vec<u8>, usize), ParseError> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(start) {
        if *l == terminator {
            return Ok((out, i));
        }
        if l.starts_with("#### ") {
            return err(
                i + 1,
                format!("{what} block has no `{terminator}` before the next case"),
            );
        }
        out.extend_from_slice(l.as_bytes());
        out.push(b'\n');
    }
    err(start, format!("{what} block has no `{terminator}`"))
}

/// Decodes a JSON string literal (the value of `## stdout-json:`).
pub fn parse_json_string(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim();
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| format!("expected a JSON string in double quotes, got `{s}`"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('/') => out.push('/'),
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let code = u32::from_str_radix(&hex, 16)
                        .ok()
                        .filter(|_| hex.len() == 4)
                        .ok_or_else(|| format!("bad \\u escape `\\u{hex}`"))?;
                    let ch = char::from_u32(code)
                        .ok_or_else(|| format!("\\u{hex} is not a scalar value"))?;
                    out.push(ch);
                }
                Some(other) => return Err(format!("unknown escape `\\{other}`")),
                None => return Err("string ends in a backslash".into()),
            },
            '"' => return Err("unescaped `\"` inside the string".into()),
            c => out.push(c),
        }
    }
    Ok(out.into_bytes())
}

/// Parses a whole `*.test.sh` file into its cases.
///
/// Text before the first `####` may only be blank lines and `#` comments. Every malformed
/// construct is an error carrying its line: an unknown `## key`, a duplicate expectation, an
/// unterminated block, a script line after the expectations, a duplicate case name.
pub fn parse_file(text: &str) -> Result<Vec<Case>, ParseError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut cases: Vec<Case> = Vec::new();
    let mut cur: Option<Builder> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let lineno = i + 1;
        if let Some(name) = line.strip_prefix("####") {
            if let Some(b) = cur.take() {
                cases.push(b.finish()?);
            }
            let name = name.trim();
            if name.is_empty() {
                return err(lineno, "case header `####` has no name");
            }
            if cases.iter().any(|c| c.name == name) {
                return err(lineno, format!("duplicate case name `{name}`"));
            }
            cur = Some(Builder {
                name: name.to_string(),
                line: lineno,
                ..Builder::default()
            });
            i += 1;
            continue;
        }
        let Some(b) = cur.as_mut() else {
            if line.trim().is_empty() || line.starts_with('#') {
                i += 1;
                continue;
            }
            return err(lineno, "text before the first `#### name` case header");
        };
        let Some(meta) = line.strip_prefix("## ") else {
            if b.in_metadata {
                if line.trim().is_empty() {
                    i += 1;
                    continue;
                }
                return err(lineno, "script line after the case's expectations");
            }
            b.script.push(line.to_string());
            i += 1;
            continue;
        };
        let (key, value) = match meta.split_once(':') {
            Some((k, v)) => (k, v.strip_prefix(' ').unwrap_or(v)),
            None => (meta, ""),
        };
        let dup = |what: &str| err(lineno, format!("duplicate `## {what}` expectation"));
        match key {
            "file" => {
                let path = value.trim();
                if path.is_empty() || path.starts_with('/') || path.split('/').any(|c| c == "..") {
                    return err(lineno, format!("bad file path `{path}`: relative, no `..`"));
                }
                let (content, end) = read_block(&lines, i + 1, "## end", "file")?;
                b.files.push((path.to_string(), content));
                i = end + 1;
                continue;
            }
            "stdout" | "STDOUT" | "stdout-json" => {
                if b.stdout.is_some() {
                    return dup("stdout");
                }
                b.in_metadata = true;
                if key == "STDOUT" {
                    let (content, end) = read_block(&lines, i + 1, "## END", "STDOUT")?;
                    b.stdout = Some(content);
                    i = end + 1;
                    continue;
                }
                b.stdout = Some(if key == "stdout" {
                    format!("{value}\n").into_bytes()
                } else {
                    parse_json_string(value).or_else(|e| err(lineno, e))?
                });
            }
            "stderr" | "STDERR" | "stderr-json" => {
                if b.stderr.is_some() {
                    return dup("stderr");
                }
                b.in_metadata = true;
                if key == "STDERR" {
                    let (content, end) = read_block(&lines, i + 1, "## END", "STDERR")?;
                    b.stderr = Some(content);
                    i = end + 1;
                    continue;
                }
                b.stderr = Some(if key == "stderr" {
                    format!("{value}\n").into_bytes()
                } else {
                    parse_json_string(value).or_else(|e| err(lineno, e))?
                });
            }
            "status" => {
                if b.status.is_some() {
                    return dup("status");
                }
                b.in_metadata = true;
                let n = value.trim().parse::<i32>();
                match n {
                    Ok(n) if (0..=255).contains(&n) => b.status = Some(n),
                    _ => return err(lineno, format!("bad status `{value}`: want 0..=255")),
                }
            }
            "gap" | "mirage-only" => {
                b.in_metadata = true;
                let reason = value.trim();
                if reason.is_empty() {
                    return err(lineno, format!("`## {key}:` needs a reason"));
                }
                let slot = if key == "gap" {
                    &mut b.gap
                } else {
                    &mut b.mirage_only
                };
                if slot.is_some() {
                    return dup(key);
                }
                *slot = Some(reason.to_string());
            }
            "needs" => {
                // A precondition like `## file:`: allowed before the script.
                if b.needs.is_some() {
                    return dup("needs");
                }
                b.needs = Some(backends::Needs::parse(value).or_else(|e| err(lineno, e))?);
            }
            "END" | "end" => return err(lineno, format!("`## {key}` without an open block")),
            other => return err(lineno, format!("unknown metadata `## {other}`")),
        }
        i += 1;
    }
    if let Some(b) = cur.take() {
        cases.push(b.finish()?);
    }
    if cases.is_empty() {
        return err(1, "file has no cases");
    }
    Ok(cases)
}

/// Turns a case name into a test-name segment: runs of anything but ASCII letters, digits, `-`
/// and `_` become one `_`.
pub fn sanitise(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// Renders bytes so that whitespace and control characters are visible: `\n` is shown as `⏎`
/// followed by a real line break, tabs as `\t`, other controls and invalid UTF-8 as escapes.
pub fn visible(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\n' => out.push_str("⏎\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' ' => out.push('·'),
            c if c.is_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    if !bytes.is_empty() && !bytes.ends_with(b"\n") {
        out.push_str("<no newline at end>");
    }
    if bytes.is_empty() {
        out.push_str("<empty>");
    }
    out
}

/// Writes one stream as an expectation in the case format: `## name: X` for a single plain
/// line, a `## NAME:` ... `## END` block for plain lines, `## name-json:` otherwise.
fn expectation(name: &str, bytes: &[u8], out: &mut String) {
    if bytes.is_empty() {
        return;
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(_) => {
            let _ = writeln!(
                out,
                "## {name}-json: {}",
                json_string(&String::from_utf8_lossy(bytes))
            );
            return;
        }
    };
    let lines: Option<Vec<&str>> = text.strip_suffix('\n').map(|t| t.split('\n').collect());
    let plain = lines.as_ref().is_some_and(|ls| {
        ls != &[""]
            && ls.iter().all(|l| {
                !l.starts_with("## ")
                    && !l.starts_with("####")
                    && l.trim_end() == *l
                    && !l.chars().any(|c| c.is_control())
            })
    });
    match lines {
        Some(ls) if plain && ls.len() == 1 => {
            let _ = writeln!(out, "## {name}: {}", ls[0]);
        }
        Some(ls) if plain => {
            let _ = writeln!(out, "## {}:", name.to_uppercase());
            for l in ls {
                let _ = writeln!(out, "{l}");
            }
            out.push_str("## END\n");
        }
        _ => {
            let _ = writeln!(out, "## {name}-json: {}", json_string(text));
        }
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Renders an outcome as the expectation lines of a case (stdout, stderr when not empty,
/// status when not 0), ready to paste into a `.test.sh` file after checking it.
pub fn format_expectations(outcome: &Outcome) -> String {
    let mut out = String::new();
    expectation("stdout", &outcome.stdout, &mut out);
    expectation("stderr", &outcome.stderr, &mut out);
    if outcome.status != 0 {
        let _ = writeln!(out, "## status: {}", outcome.status);
    }
    out
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    | {l}\n")).collect()
}

/// Compares an outcome with the case's expectations; on mismatch returns a report showing the
/// script and, for each differing stream, the expected and actual values made visible.
pub fn check(case: &Case, actual: &Outcome, who: &str) -> Result<(), String> {
    let mut report = String::new();
    if actual.stdout != case.stdout {
        let _ = write!(
            report,
            "  stdout differs\n    expected:\n{}    {who}:\n{}",
            indent(&visible(&case.stdout)),
            indent(&visible(&actual.stdout))
        );
    }
    if let Some(want) = &case.stderr
        && &actual.stderr != want
    {
        let _ = write!(
            report,
            "  stderr differs\n    expected:\n{}    {who}:\n{}",
            indent(&visible(want)),
            indent(&visible(&actual.stderr))
        );
    }
    if actual.status != case.status {
        let _ = writeln!(
            report,
            "  status differs: expected {}, {who} {}",
            case.status, actual.status
        );
    }
    if report.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "case `{}` (line {}) failed\n  script:\n{}",
        case.name,
        case.line,
        indent(&case.script)
    );
    msg.push_str(&report);
    if case.stderr.is_none() && !actual.stderr.is_empty() {
        let _ = write!(
            msg,
            "  ({who} stderr, not checked):\n{}",
            indent(&visible(&actual.stderr))
        );
    }
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Case {
        let mut cases = parse_file(text).expect("parses");
        assert_eq!(cases.len(), 1);
        cases.remove(0)
    }

    #[test]
    fn single_line_expectations() {
        let c = one("#### a\nfalse | true; echo $?\n## stdout: 0\n## status: 3\n## stderr: oops\n");
        assert_eq!(c.script, "false | true; echo $?\n");
        assert_eq!(c.stdout, b"0\n");
        assert_eq!(c.status, 3);
        assert_eq!(c.stderr.as_deref(), Some(&b"oops\n"[..]));
    }

    #[test]
    fn defaults() {
        let c = one("#### a\ntrue\n");
        assert_eq!(c.stdout, b"");
        assert_eq!(c.stderr, None);
        assert_eq!(c.status, 0);
        assert_eq!(c.gap, None);
    }

    #[test]
    fn blocks_files_and_flags() {
        let text = "#### m\n## file: data/a.txt\nhello\nworld\n## end\nwhile read -r l; do echo \"<$l>\"; done < data/a.txt\n\n## STDOUT:\n<hello>\n\n## END\n## STDERR:\n## END\n## gap: not yet\n## mirage-only: limits\n\n";
        let c = one(text);
        assert_eq!(
            c.files,
            vec![("data/a.txt".to_string(), b"hello\nworld\n".to_vec())]
        );
        assert_eq!(
            c.script,
            "while read -r l; do echo \"<$l>\"; done < data/a.txt\n"
        );
        assert_eq!(c.stdout, b"<hello>\n\n");
        assert_eq!(c.stderr.as_deref(), Some(&b""[..]));
        assert_eq!(c.gap.as_deref(), Some("not yet"));
        assert_eq!(c.mirage_only.as_deref(), Some("limits"));
    }

    #[test]
    fn needs_before_the_script_and_gating() {
        use crate::spec::backends::Needs;
        use mirage_core::vfs::Capability;
        let c = one("#### n\n## needs: symlink mtime\nln -s a b\n## status: 0\n");
        assert_eq!(c.script, "ln -s a b\n");
        let want = Needs {
            symlink: true,
            mode: false,
            mtime: true,
        };
        assert_eq!(c.needs, want);
        let all = Capability {
            symlink: true,
            set_mode: true,
            set_mtime: true,
            ..Capability::default()
        };
        assert_eq!(c.needs.missing(all, true), None);
        assert_eq!(c.needs.missing(all, false), Some("mtime"));
        let no_links = Capability {
            symlink: false,
            ..all
        };
        assert_eq!(c.needs.missing(no_links, true), Some("symlink"));
        assert!(parse_file("#### n\n## needs: wings\ntrue\n").is_err());
        assert!(parse_file("#### n\n## needs: mode\n## needs: mode\ntrue\n").is_err());
    }

    #[test]
    fn json_values() {
        let c = one("#### j\nprintf 'a\\tb'\n## stdout-json: \"a\\tb \\u00e9\\\\\"\n");
        assert_eq!(c.stdout, "a\tb é\\".as_bytes());
        assert_eq!(parse_json_string("\"\"").expect("empty string"), b"");
        assert!(parse_json_string("abc").is_err());
        assert!(parse_json_string("\"\\q\"").is_err());
    }

    #[test]
    fn several_cases_and_preamble() {
        let cases = parse_file(
            "# comment\n\n#### a\necho a\n## stdout: a\n\n#### b\necho b\n## stdout: b\n",
        )
        .expect("parses");
        let names: Vec<_> = cases.iter().map(|c| (c.name.as_str(), c.line)).collect();
        assert_eq!(names, [("a", 3), ("b", 7)]);
    }

    #[test]
    fn malformed_files_are_errors_with_lines() {
        let table: &[(&str, usize, &str)] = &[
            ("echo\n#### a\ntrue\n", 1, "before the first"),
            (
                "#### a\ntrue\n## stdout: x\n## stdout: y\n",
                4,
                "duplicate `## stdout`",
            ),
            ("#### a\ntrue\n## STDOUT:\nx\n", 3, "no `## END`"),
            (
                "#### a\ntrue\n## STDOUT:\nx\n#### b\ntrue\n",
                5,
                "before the next case",
            ),
            ("#### a\ntrue\n## bogus: 1\n", 3, "unknown metadata"),
            ("#### a\ntrue\n## status: x\n", 3, "bad status"),
            (
                "#### a\ntrue\n## status: 0\necho\n",
                4,
                "after the case's expectations",
            ),
            ("#### a\n## stdout: x\n", 1, "no script"),
            ("#### a\ntrue\n#### a\ntrue\n", 3, "duplicate case name"),
            ("####\ntrue\n", 1, "no name"),
            (
                "#### a\ntrue\n## file: /abs\nx\n## end\n",
                3,
                "bad file path",
            ),
            ("#### a\ntrue\n## END\n", 3, "without an open block"),
            ("#### a\ntrue\n## gap:\n", 3, "needs a reason"),
            ("", 1, "no cases"),
        ];
        for (text, line, needle) in table {
            let e = parse_file(text).expect_err(text);
            assert_eq!(e.line, *line, "{text:?}: {e}");
            assert!(e.message.contains(needle), "{text:?}: {e}");
        }
    }

    #[test]
    fn sanitised_names() {
        assert_eq!(
            sanitise("pipeline status is the last command's"),
            "pipeline_status_is_the_last_command_s"
        );
        assert_eq!(sanitise("${v:-w} default"), "v_-w_default");
    }

    #[test]
    fn check_reports_differences_visibly() {
        let c = one("#### a\necho hi\n## stdout: hi\n## stderr: e\n");
        let ok = Outcome {
            stdout: b"hi\n".to_vec(),
            stderr: b"e\n".to_vec(),
            status: 0,
        };
        assert_eq!(check(&c, &ok, "bash"), Ok(()));
        let bad = Outcome {
            stdout: b"hi \n".to_vec(),
            stderr: b"e\n".to_vec(),
            status: 1,
        };
        let msg = check(&c, &bad, "bash").expect_err("differs");
        assert!(msg.contains("hi·⏎"), "{msg}");
        assert!(msg.contains("status differs: expected 0, bash 1"), "{msg}");
        assert!(!msg.contains("stderr differs"), "{msg}");
    }

    #[test]
    fn expectations_round_trip_through_the_parser() {
        let outcomes = [
            Outcome {
                stdout: b"one\n".to_vec(),
                stderr: Vec::new(),
                status: 0,
            },
            Outcome {
                stdout: b"a\nb\n".to_vec(),
                stderr: b"err\n".to_vec(),
                status: 2,
            },
            Outcome {
                stdout: b"no newline".to_vec(),
                stderr: b"\n".to_vec(),
                status: 1,
            },
            Outcome {
                stdout: b"tab\there \n## x\n".to_vec(),
                stderr: b"\x1b\"\\\n".to_vec(),
                status: 0,
            },
            Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: 127,
            },
        ];
        for o in outcomes {
            let text = format!("#### c\ntrue\n{}", format_expectations(&o));
            let c = one(&text);
            assert_eq!(c.stdout, o.stdout, "{text}");
            assert_eq!(c.stderr.unwrap_or_default(), o.stderr, "{text}");
            assert_eq!(c.status, o.status, "{text}");
        }
    }

    #[test]
    fn visible_marks_missing_newline_and_empty() {
        assert_eq!(visible(b""), "<empty>");
        assert_eq!(visible(b"a\tb"), "a\\tb<no newline at end>");
    }
}

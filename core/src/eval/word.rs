//! Word expansion, in bash's order: brace expansion, then tilde, parameter, command and
//! arithmetic expansion (left to right), then field splitting on `IFS`, then pathname
//! expansion, then quote removal.
//!
//! Expansion first produces pieces that remember whether their text was quoted and
//! whether it came from an unquoted expansion (and so is subject to splitting); fields are
//! then cut from the pieces. A field carries its text and a glob pattern in which quoted
//! characters are escaped, so `"*"` never globs while `*` does.

use crate::error::Error;
use crate::eval::arith::{ArithEnv, eval_arith};
use crate::eval::brace::{expand_braces, may_have_braces};
use crate::eval::pattern::{Pattern, PatternOptions, has_glob_chars};
use crate::eval::shell::{EvalResult, Flow, Io, Shell};
use crate::eval::state::{ShellState, Value};
use crate::sync::{BoxFuture, boxed};
use crate::syntax::ast::{
    CaseMode, ParamExpr, ParamName, ParamOp, ReplaceMode, Subscript, Word, WordPart,
};

/// One run of expanded text.
#[derive(Debug)]
enum Piece {
    /// Text from the source or a quoted expansion: never split.
    Text { s: String, quoted: bool },
    /// The result of an unquoted expansion: split on IFS, glob-active.
    Split(String),
    /// A field boundary (between the elements of `"$@"`); `star` when it came from `$*`,
    /// which joins with the first character of IFS where no splitting happens.
    Break { star: bool },
    /// Marks that the current field exists even if empty (`""`).
    Exists,
}

/// A field after splitting, before globbing.
#[derive(Debug, Default)]
pub struct Field {
    /// The text with quotes removed.
    pub text: String,
    /// The same text as a glob pattern: quoted metacharacters are backslash-escaped.
    pub pattern: String,
    /// Contains an unquoted glob metacharacter.
    pub globby: bool,
    exists: bool,
}

/// A parameter's value before operators: unset, one string, or a list (`$@`, `a[@]`).
#[derive(Debug, Clone)]
enum ParamValue {
    Unset,
    Scalar(String),
    /// The elements, and whether they came from `*` (joined with IFS[0] when quoted).
    List(Vec<String>, bool),
}

fn is_glob_meta(c: char) -> bool {
    matches!(
        c,
        '*' | '?' | '[' | ']' | '\\' | '(' | ')' | '|' | '!' | '@' | '+'
    )
}

/// Escapes `s` so every character matches itself in a pattern.
pub fn escape_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_glob_meta(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A cheap first test for glob metacharacters (extglob's `@(`, `!(`, `+(` included); the
/// exact test is [`has_glob_chars`].
fn has_meta(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        matches!(c, b'*' | b'?' | b'[')
            || (matches!(c, b'@' | b'!' | b'+') && b.get(i + 1) == Some(&b'('))
    })
}

/// Splits `s` on IFS like bash's word splitting of one expansion result. Returns the
/// words and whether the text started and ended with a separator.
pub(crate) fn ifs_split(s: &str, ifs: &str) -> (Vec<String>, bool, bool) {
    let is_ws = |c: char| ifs.contains(c) && matches!(c, ' ' | '\t' | '\n');
    let is_sep = |c: char| ifs.contains(c);
    let mut words = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let lead = chars.first().is_some_and(|&c| is_sep(c));
    let trail = chars.last().is_some_and(|&c| is_sep(c));
    // Skip leading IFS whitespace.
    while i < chars.len() && is_ws(chars[i]) {
        i += 1;
    }
    let mut cur = String::new();
    let mut have = false;
    while i < chars.len() {
        let c = chars[i];
        if is_sep(c) {
            // A separator: IFS whitespace around at most one non-whitespace separator.
            words.push(std::mem::take(&mut cur));
            have = false;
            let mut j = i;
            while j < chars.len() && is_ws(chars[j]) {
                j += 1;
            }
            if j < chars.len() && is_sep(chars[j]) && !is_ws(chars[j]) && is_ws(c) {
                j += 1;
                while j < chars.len() && is_ws(chars[j]) {
                    j += 1;
                }
            } else if !is_ws(c) {
                j = i + 1;
                while j < chars.len() && is_ws(chars[j]) {
                    j += 1;
                }
            }
            i = j;
            continue;
        }
        cur.push(c);
        have = true;
        i += 1;
    }
    if have {
        words.push(cur);
    }
    (words, lead, trail)
}

/// Cuts pieces into fields.
fn pieces_to_fields(pieces: Vec<Piece>, ifs: &str) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut cur = Field::default();
    for piece in pieces {
        match piece {
            Piece::Exists => cur.exists = true,
            Piece::Break { .. } => {
                fields.push(std::mem::take(&mut cur));
            }
            Piece::Text { s, quoted: true } => {
                cur.pattern.push_str(&escape_pattern(&s));
                cur.text.push_str(&s);
                cur.exists = true;
            }
            Piece::Text { s, quoted: false } => {
                if has_meta(&s) {
                    cur.globby = true;
                }
                cur.pattern.push_str(&s);
                cur.text.push_str(&s);
                cur.exists |= !s.is_empty();
            }
            Piece::Split(s) => {
                if ifs.is_empty() {
                    if has_meta(&s) {
                        cur.globby = true;
                    }
                    cur.pattern.push_str(&s);
                    cur.text.push_str(&s);
                    cur.exists |= !s.is_empty();
                    continue;
                }
                let (words, lead, trail) = ifs_split(&s, ifs);
                let n = words.len();
                if lead && (cur.exists || !cur.text.is_empty()) {
                    fields.push(std::mem::take(&mut cur));
                }
                for (i, w) in words.into_iter().enumerate() {
                    if has_meta(&w) {
                        cur.globby = true;
                    }
                    cur.pattern.push_str(&w);
                    cur.text.push_str(&w);
                    cur.exists = true;
                    if i + 1 < n || trail {
                        fields.push(std::mem::take(&mut cur));
                    }
                }
            }
        }
    }
    fields.push(cur);
    fields.retain(|f| f.exists);
    fields
}

/// Quotes `s` the way `${v@Q}` and `printf %q`-like output of bash's `@Q` does.
pub fn quote_q(s: &str) -> String {
    let needs_ansi = s.chars().any(|c| c.is_control());
    if needs_ansi {
        let mut out = String::from("$'");
        for c in s.chars() {
            match c {
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\x07' => out.push_str("\\a"),
                '\x08' => out.push_str("\\b"),
                '\x1b' => out.push_str("\\E"),
                '\x0b' => out.push_str("\\v"),
                '\x0c' => out.push_str("\\f"),
                '\'' => out.push_str("\\'"),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => out.push_str(&format!("\\{:03o}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('\'');
        return out;
    }
    let mut out = String::from("'");
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
    out
}

/// [`ArithEnv`] over the shell's variables.
pub struct StateArith<'a>(pub &'a mut ShellState);

impl ArithEnv for StateArith<'_> {
    fn get_var(&self, name: &str, index: Option<&str>) -> Option<String> {
        match index {
            None => self.0.get(name).map(str::to_string),
            Some(i) => match self.0.value(name)? {
                Value::Str(s) if i == "0" => Some(s.clone()),
                Value::Str(_) => None,
                Value::Indexed(a) => {
                    let mut k: i64 = i.parse().ok()?;
                    if k < 0 {
                        k += a
                            .keys()
                            .next_back()
                            .map(|k| k.saturating_add(1))
                            .unwrap_or(0);
                    }
                    a.get(&k).cloned()
                }
                Value::Assoc(a) => a.get(i).cloned(),
            },
        }
    }

    fn is_assoc(&self, name: &str) -> bool {
        matches!(self.0.value(name), Some(Value::Assoc(_)))
    }

    fn set_var(&mut self, name: &str, index: Option<&str>, value: i64) -> Result<(), String> {
        let r = match index {
            None => self.0.set_scalar(name, value.to_string()),
            Some(i) => self.0.set_element(name, i, value.to_string()),
        };
        r.map_err(|e| e.0)
    }
}

impl Shell {
    /// Expands words into fields (brace expansion, splitting, globbing): the argument list
    /// of a simple command or a `for` loop.
    pub fn expand_words<'a>(
        &'a mut self,
        words: &'a [Word],
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult<Vec<String>>> {
        boxed(async move {
            let mut out = Vec::new();
            for w in words {
                if !self.st.options.nobraceexpand && may_have_braces(w) {
                    let limit = self.rt.limits.max_brace_expansion;
                    let expanded = match expand_braces(w, limit) {
                        Ok(ws) => ws,
                        Err(_) => {
                            return Err(Flow::Fatal(Error::limit(format!(
                                "brace expansion limit of {limit} words exceeded"
                            ))));
                        }
                    };
                    for bw in &expanded {
                        self.expand_one_word(bw, io, &mut out).await?;
                    }
                } else {
                    self.expand_one_word(w, io, &mut out).await?;
                }
            }
            Ok(out)
        })
    }

    async fn expand_one_word(
        &mut self,
        w: &Word,
        io: &Io,
        out: &mut Vec<String>,
    ) -> EvalResult<()> {
        // Fast path: a plain literal without glob characters.
        if let [WordPart::Literal(s)] = w.parts.as_slice()
            && (!has_meta(s) || self.st.options.noglob)
        {
            out.push(s.clone());
            return Ok(());
        }
        let mut pieces = Vec::new();
        self.expand_parts(&w.parts, false, io, &mut pieces).await?;
        let ifs = self.st.get("IFS").map(str::to_string);
        let ifs = ifs.as_deref().unwrap_or(" \t\n");
        let fields = pieces_to_fields(pieces, ifs);
        let extglob = self.st.options.extglob;
        for f in fields {
            if f.globby && !self.st.options.noglob && has_glob_chars(&f.pattern, extglob) {
                let matches = self.glob(&f.pattern).await?;
                if matches.is_empty() {
                    if self.st.options.failglob {
                        self.report(io, &format!("no match: {}", f.text)).await?;
                        return Err(Flow::Abort(1));
                    }
                    if !self.st.options.nullglob {
                        out.push(f.text);
                    }
                } else {
                    out.extend(matches);
                }
            } else {
                out.push(f.text);
            }
        }
        Ok(())
    }

    /// Expands a word to one string without splitting or globbing (assignment values,
    /// here-strings, `case` subjects, redirection targets).
    pub async fn expand_string(&mut self, w: &Word, io: &Io) -> EvalResult<String> {
        if let [WordPart::Literal(s)] = w.parts.as_slice() {
            return Ok(s.clone());
        }
        let mut pieces = Vec::new();
        self.expand_parts(&w.parts, false, io, &mut pieces).await?;
        let mut out = String::new();
        let mut first = true;
        for p in pieces {
            match p {
                Piece::Text { s, .. } | Piece::Split(s) => out.push_str(&s),
                Piece::Break { star } => {
                    // In a string context `$@` joins with spaces, `$*` with IFS's first char.
                    if !first {
                        if !star {
                            out.push(' ');
                        } else if let Some(c) = self.ifs_first() {
                            out.push(c);
                        }
                    }
                }
                Piece::Exists => {}
            }
            first = false;
        }
        Ok(out)
    }

    /// Expands a word into a glob pattern: quoted characters escaped (`case`, `[[ == ]]`,
    /// `${v#pat}`).
    pub async fn expand_pattern(&mut self, w: &Word, io: &Io) -> EvalResult<String> {
        self.expand_escaped(w, io, escape_pattern).await
    }

    /// Expands the right side of `=~`: quoted characters match literally.
    pub async fn expand_regex(&mut self, w: &Word, io: &Io) -> EvalResult<String> {
        self.expand_escaped(w, io, regex::escape).await
    }

    async fn expand_escaped(
        &mut self,
        w: &Word,
        io: &Io,
        escape: fn(&str) -> String,
    ) -> EvalResult<String> {
        let mut pieces = Vec::new();
        self.expand_parts(&w.parts, false, io, &mut pieces).await?;
        let mut out = String::new();
        for p in pieces {
            match p {
                Piece::Text { s, quoted: true } => out.push_str(&escape(&s)),
                Piece::Text { s, quoted: false } | Piece::Split(s) => out.push_str(&s),
                Piece::Break { .. } => out.push(' '),
                Piece::Exists => {}
            }
        }
        Ok(out)
    }

    /// Expands the parts of a word into pieces. `quoted` is true inside double quotes.
    fn expand_parts<'a>(
        &'a mut self,
        parts: &'a [WordPart],
        quoted: bool,
        io: &'a Io,
        out: &'a mut Vec<Piece>,
    ) -> BoxFuture<'a, EvalResult<()>> {
        boxed(async move {
            for part in parts {
                match part {
                    WordPart::Literal(s) => out.push(Piece::Text {
                        s: s.clone(),
                        quoted,
                    }),
                    WordPart::Escaped(c) => out.push(Piece::Text {
                        s: c.to_string(),
                        quoted: true,
                    }),
                    WordPart::SingleQuoted(s) | WordPart::AnsiC(s) => out.push(Piece::Text {
                        s: s.clone(),
                        quoted: true,
                    }),
                    WordPart::DoubleQuoted(inner) => {
                        let start = out.len();
                        self.expand_parts(inner, true, io, out).await?;
                        // `"$@"` with no parameters makes the word vanish, even next to other
                        // empty quoted text (`"$@$*"`), as in bash.
                        let has_at = inner.iter().any(is_at_expansion);
                        let all_empty = out[start..].iter().all(|p| match p {
                            Piece::Text { s, .. } | Piece::Split(s) => s.is_empty(),
                            _ => true,
                        });
                        if !has_at || !all_empty || self.at_has_params() {
                            out.push(Piece::Exists);
                        }
                    }
                    WordPart::Tilde(user) => {
                        let s = self.expand_tilde(user);
                        out.push(Piece::Text { s, quoted: true });
                    }
                    WordPart::Param(pe) => self.expand_param(pe, quoted, io, out).await?,
                    WordPart::CommandSub(list) => {
                        let s = self.command_substitution(list, io).await?;
                        out.push(if quoted {
                            Piece::Text { s, quoted: true }
                        } else {
                            Piece::Split(s)
                        });
                    }
                    WordPart::ArithSub(w) => {
                        let v = self.arith_word(w, io).await?;
                        let s = v.to_string();
                        out.push(if quoted {
                            Piece::Text { s, quoted: true }
                        } else {
                            Piece::Split(s)
                        });
                    }
                    WordPart::ProcessSub { output, body } => {
                        let s = self.process_substitution(*output, body, io).await?;
                        out.push(Piece::Text { s, quoted: true });
                    }
                    WordPart::BadSubstitution { text, fatal } => {
                        // An unknown `@` operator only fails when the parameter is set.
                        let name: String = text
                            .trim_start_matches("${")
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if *fatal && !name.is_empty() && !self.st.is_set(&name) {
                            continue;
                        }
                        self.report(io, &format!("{text}: bad substitution"))
                            .await?;
                        return Err(if *fatal {
                            Flow::ExpansionError
                        } else {
                            Flow::Abort(1)
                        });
                    }
                }
            }
            Ok(())
        })
    }

    fn expand_tilde(&self, user: &str) -> String {
        match user {
            "" => self.st.get("HOME").unwrap_or("/home/user").to_string(),
            "+" => self.st.cwd.clone(),
            "-" => self
                .st
                .get("OLDPWD")
                .map(str::to_string)
                .unwrap_or_else(|| "~-".to_string()),
            u if self.st.get("USER") == Some(u) => {
                self.st.get("HOME").unwrap_or("/home/user").to_string()
            }
            u => format!("~{u}"),
        }
    }

    /// Evaluates an arithmetic word (`$(( ))`, `(( ))`): expands it, then evaluates.
    /// An error is reported; it exits the shell with status 1 like bash does for `$(( ))`.
    pub async fn arith_word(&mut self, w: &Word, io: &Io) -> EvalResult<i64> {
        let text = self.expand_string(w, io).await?;
        match eval_arith(&text, &mut StateArith(&mut self.st)) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.report(io, &format!("{}: {}", e.expr, e.message))
                    .await?;
                Err(Flow::Abort(1))
            }
        }
    }

    /// Evaluates an arithmetic string, returning bash's message on error.
    pub fn arith_text(&mut self, text: &str) -> Result<i64, String> {
        eval_arith(text, &mut StateArith(&mut self.st))
            .map_err(|e| format!("{}: {}", e.expr, e.message))
    }

    async fn command_substitution(
        &mut self,
        list: &crate::syntax::ast::List,
        io: &Io,
    ) -> EvalResult<String> {
        if let Some(text) = self.read_file_substitution(list, io).await? {
            return Ok(text);
        }
        let mut sub = self.subshell()?;
        // `set -e` is not inherited by command substitutions (no inherit_errexit).
        sub.st.options.errexit = false;
        sub.xtrace_level += 1;
        let cap = crate::io::Capture::new(self.rt.limits.max_output_bytes, "command substitution");
        let sub_io = Io {
            stdin: io.stdin.clone(),
            stdout: crate::io::Output::Capture(cap.clone()),
            stderr: io.stderr.clone(),
            extra: io.extra.clone(),
        };
        let status = sub.run_subshell_list(list, &sub_io).await?;
        self.subst_status = Some(status);
        self.st.last_status = status;
        let bytes = crate::io::Capture::take(&cap);
        self.substitution_text(bytes, io).await
    }

    /// The value of a substitution's output: NUL bytes dropped with bash's warning,
    /// trailing newlines removed.
    async fn substitution_text(&mut self, mut bytes: Vec<u8>, io: &Io) -> EvalResult<String> {
        if bytes.contains(&0) {
            bytes.retain(|&b| b != 0);
            self.report(
                io,
                "warning: command substitution: ignored null byte in input",
            )
            .await?;
        }
        let mut s = String::from_utf8_lossy(&bytes).into_owned();
        while s.ends_with('\n') {
            s.pop();
        }
        Ok(s)
    }

    /// `$(< file)`: the file's contents, without running anything.
    async fn read_file_substitution(
        &mut self,
        list: &crate::syntax::ast::List,
        io: &Io,
    ) -> EvalResult<Option<String>> {
        use crate::syntax::ast::{Command, RedirectOp};
        let [item] = list.items.as_slice() else {
            return Ok(None);
        };
        if item.background || !item.and_or.rest.is_empty() || item.and_or.first.bang {
            return Ok(None);
        }
        let [Command::Simple(sc)] = item.and_or.first.commands.as_slice() else {
            return Ok(None);
        };
        let [r] = sc.redirects.as_slice() else {
            return Ok(None);
        };
        if !sc.words.is_empty()
            || !sc.assignments.is_empty()
            || r.op != RedirectOp::Read
            || r.fd.is_some_and(|f| f != 0)
        {
            return Ok(None);
        }
        let target = self.expand_string(&r.target, io).await?;
        match self.open_read(&target).await? {
            Ok(input) => {
                let bytes = input.read_all().await?;
                self.subst_status = Some(0);
                Ok(Some(self.substitution_text(bytes, io).await?))
            }
            Err(msg) => {
                self.report(io, &msg).await?;
                self.subst_status = Some(1);
                Ok(Some(String::new()))
            }
        }
    }

    async fn process_substitution(
        &mut self,
        output: bool,
        body: &crate::syntax::ast::List,
        io: &Io,
    ) -> EvalResult<String> {
        // bash hands out descriptors from 63 down; past that, numbers go up from 64.
        let used = self.proc_subs.len() + self.proc_out.len();
        let path = format!("/dev/fd/{}", 63usize.checked_sub(used).unwrap_or(used + 1));
        if output {
            // `>(cmd)`: what the command writes to the path is collected, and `cmd` runs on
            // it once the command that got the path has finished.
            let cap =
                crate::io::Capture::new(self.rt.limits.max_output_bytes, "process substitution");
            self.proc_out.push((path.clone(), cap, body.clone()));
            return Ok(path);
        }
        let mut sub = self.subshell()?;
        let cap = crate::io::Capture::new(self.rt.limits.max_output_bytes, "process substitution");
        let sub_io = Io::new(
            io.stdin.clone(),
            crate::io::Output::Capture(cap.clone()),
            io.stderr.clone(),
        );
        sub.run_subshell_list(body, &sub_io).await?;
        let bytes = crate::io::Capture::take(&cap);
        self.proc_subs
            .push((path.clone(), bytes::Bytes::from(bytes)));
        Ok(path)
    }

    /// The raw value of a parameter (before operators).
    fn param_value(
        &mut self,
        name: &ParamName,
        sub: Option<&Subscript>,
        index: Option<String>,
    ) -> ParamValue {
        match name {
            ParamName::Positional(0) => ParamValue::Scalar(self.st.argv0.clone()),
            ParamName::Positional(n) => match self.st.positional.get(*n as usize - 1) {
                Some(v) => ParamValue::Scalar(v.clone()),
                None => ParamValue::Unset,
            },
            ParamName::Special(c) => match c {
                '@' => ParamValue::List(self.st.positional.clone(), false),
                '*' => ParamValue::List(self.st.positional.clone(), true),
                '#' => ParamValue::Scalar(self.st.positional.len().to_string()),
                '?' => ParamValue::Scalar(self.st.last_status.to_string()),
                '$' => ParamValue::Scalar(self.st.pid.to_string()),
                '!' => match self.st.last_bg_pid {
                    Some(p) => ParamValue::Scalar(p.to_string()),
                    None => ParamValue::Unset,
                },
                '-' => ParamValue::Scalar(self.option_flags()),
                _ => ParamValue::Unset,
            },
            ParamName::Var(v) => {
                match v.as_str() {
                    "RANDOM" if sub.is_none() => {
                        return ParamValue::Scalar(self.st.next_random().to_string());
                    }
                    "LINENO" if sub.is_none() => return ParamValue::Scalar(self.line.to_string()),
                    "BASH_COMMAND" if sub.is_none() => {
                        return ParamValue::Scalar(self.bash_command.clone());
                    }
                    "BASHPID" if sub.is_none() => {
                        return ParamValue::Scalar(self.st.pid.to_string());
                    }
                    "BASH_SOURCE" => {
                        // The file each frame runs from; `-c` code at the top level has none.
                        let names: Vec<String> =
                            if self.source.command_string && self.st.func_names.is_empty() {
                                Vec::new()
                            } else {
                                vec![self.source.name.clone()]
                            };
                        return list_param(names, sub, index);
                    }
                    "BASH_SUBSHELL" if sub.is_none() => {
                        let level = self.subst_depth.saturating_sub(self.process_base);
                        return ParamValue::Scalar(level.to_string());
                    }
                    "FUNCNAME" if !self.st.func_names.is_empty() => {
                        let mut names: Vec<String> =
                            self.st.func_names.iter().rev().cloned().collect();
                        names.push("main".to_string());
                        return list_param(names, sub, index);
                    }
                    "SECONDS" if sub.is_none() => {
                        let secs = self.rt.clock.now().saturating_sub(self.rt.start).as_secs();
                        return ParamValue::Scalar(secs.to_string());
                    }
                    "PIPESTATUS" => {
                        let vals: Vec<String> =
                            self.st.pipestatus.iter().map(|s| s.to_string()).collect();
                        return list_param(vals, sub, index);
                    }
                    _ => {}
                }
                if sub.is_none() {
                    // Through name references, possibly to an array element.
                    return match self.st.get(v) {
                        Some(s) => ParamValue::Scalar(s.to_string()),
                        None => ParamValue::Unset,
                    };
                }
                let Some(value) = self.st.value(v) else {
                    return match sub {
                        Some(Subscript::At) => ParamValue::List(vec![], false),
                        Some(Subscript::Star) => ParamValue::List(vec![], true),
                        _ => ParamValue::Unset,
                    };
                };
                match sub {
                    None => match value.scalar() {
                        Some(s) => ParamValue::Scalar(s.to_string()),
                        None => ParamValue::Unset,
                    },
                    Some(Subscript::At) => ParamValue::List(value.values(), false),
                    Some(Subscript::Star) => ParamValue::List(value.values(), true),
                    Some(Subscript::Index(_)) => {
                        let i = index.unwrap_or_default();
                        let got = match value {
                            Value::Str(s) => (i == "0").then(|| s.clone()),
                            Value::Indexed(a) => {
                                let mut k: i64 = i.parse().unwrap_or(0);
                                if k < 0 {
                                    k += a
                                        .keys()
                                        .next_back()
                                        .map(|k| k.saturating_add(1))
                                        .unwrap_or(0);
                                    if k < 0 {
                                        self.bad_subscript = Some(v.clone());
                                    }
                                }
                                a.get(&k).cloned()
                            }
                            Value::Assoc(a) => a.get(&i).cloned(),
                        };
                        match got {
                            Some(s) => ParamValue::Scalar(s),
                            None => ParamValue::Unset,
                        }
                    }
                }
            }
        }
    }

    /// `$-`: the single-letter options in effect.
    pub fn option_flags(&self) -> String {
        let o = &self.st.options;
        let mut s = String::new();
        for (on, c) in [
            (o.allexport, 'a'),
            (o.errexit, 'e'),
            (o.noglob, 'f'),
            (true, 'h'),
            (o.nounset, 'u'),
            (o.verbose, 'v'),
            (o.xtrace, 'x'),
            (!o.nobraceexpand, 'B'),
            (o.noclobber, 'C'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }

    /// Evaluates an array subscript to the index text for `name`: arithmetic for indexed
    /// arrays, the expanded string for associative ones.
    pub async fn eval_subscript(&mut self, name: &str, w: &Word, io: &Io) -> EvalResult<String> {
        if matches!(self.st.value(name), Some(Value::Assoc(_))) {
            return self.expand_string(w, io).await;
        }
        Ok(self.arith_word(w, io).await?.to_string())
    }

    fn param_display_name(pe: &ParamExpr) -> String {
        match &pe.name {
            ParamName::Var(v) => v.clone(),
            ParamName::Positional(n) => n.to_string(),
            ParamName::Special(c) => c.to_string(),
        }
    }

    async fn expand_param(
        &mut self,
        pe: &ParamExpr,
        quoted: bool,
        io: &Io,
        out: &mut Vec<Piece>,
    ) -> EvalResult<()> {
        // ${!prefix*} / ${!a[@]}
        if let Some(ParamOp::Keys(star)) = &pe.op {
            let list = match (&pe.name, &pe.subscript) {
                (ParamName::Var(v), Some(_)) => {
                    self.st.value(v).map(|v| v.keys()).unwrap_or_default()
                }
                (ParamName::Var(prefix), None) => self
                    .st
                    .all_vars()
                    .into_iter()
                    .filter(|(k, v)| k.starts_with(prefix.as_str()) && v.value.is_some())
                    .map(|(k, _)| k)
                    .collect(),
                _ => vec![],
            };
            let star = *star == '*' || matches!(pe.subscript, Some(Subscript::Star));
            push_list(out, list, star, quoted, self.ifs_first());
            return Ok(());
        }
        let index = match (&pe.subscript, &pe.name) {
            (Some(Subscript::Index(w)), ParamName::Var(v)) => {
                let v = v.clone();
                Some(self.eval_subscript(&v, w, io).await?)
            }
            _ => None,
        };
        let index_shown = index.clone();
        let mut value = self.param_value(&pe.name, pe.subscript.as_ref(), index);
        if let Some(name) = self.bad_subscript.take() {
            self.report(io, &format!("{name}: bad array subscript"))
                .await?;
        }
        if pe.indirect {
            // ${!v}: the value names another parameter.
            let target = match &value {
                ParamValue::Scalar(s) => s.clone(),
                _ => String::new(),
            };
            if target.is_empty() {
                if matches!(value, ParamValue::Unset) {
                    return Ok(());
                }
                self.report(
                    io,
                    &format!(
                        "{}: invalid indirect expansion",
                        Self::param_display_name(pe)
                    ),
                )
                .await?;
                return Err(Flow::Abort(1));
            }
            value = self.lookup_indirect(&target, io).await?;
        }
        let name = Self::param_display_name(pe);
        // set -u
        if self.st.options.nounset
            && matches!(value, ParamValue::Unset)
            && !matches!(
                pe.op,
                Some(ParamOp::Default { .. })
                    | Some(ParamOp::Assign { .. })
                    | Some(ParamOp::Error { .. })
                    | Some(ParamOp::Alternative { .. })
            )
        {
            let shown = match (&pe.subscript, &index_shown) {
                (Some(Subscript::Index(_)), Some(i)) => format!("{name}[{i}]"),
                _ => name.clone(),
            };
            self.report(io, &format!("{shown}: unbound variable"))
                .await?;
            return Err(Flow::ExpansionError);
        }
        let Some(op) = &pe.op else {
            self.push_value(out, value, quoted);
            return Ok(());
        };
        match op {
            ParamOp::Length => {
                let n = match &value {
                    ParamValue::Unset => 0,
                    ParamValue::Scalar(s) => s.chars().count(),
                    ParamValue::List(l, _) => l.len(),
                };
                out.push(Piece::Text {
                    s: n.to_string(),
                    quoted,
                });
            }
            ParamOp::Default { colon, word } | ParamOp::Alternative { colon, word } => {
                let missing = value.is_missing(*colon);
                let use_word = if matches!(op, ParamOp::Default { .. }) {
                    missing
                } else {
                    !missing
                };
                if use_word {
                    self.expand_parts(&word.parts, quoted, io, out).await?;
                    if quoted {
                        out.push(Piece::Exists);
                    }
                } else if matches!(op, ParamOp::Default { .. }) {
                    self.push_value(out, value, quoted);
                }
            }
            ParamOp::Assign { colon, word } => {
                let missing = value.is_missing(*colon);
                if missing {
                    let s = self.expand_string(word, io).await?;
                    let ParamName::Var(v) = &pe.name else {
                        self.report(io, &format!("${name}: cannot assign in this way"))
                            .await?;
                        return Err(Flow::Exit(1));
                    };
                    let r = match &pe.subscript {
                        Some(Subscript::Index(w)) => {
                            let v2 = v.clone();
                            let idx = self.eval_subscript(&v2, w, io).await?;
                            self.st.set_element(v, &idx, s.clone())
                        }
                        _ => self.st.set_scalar(v, s.clone()),
                    };
                    if let Err(e) = r {
                        self.report(io, &e.0).await?;
                        return Err(Flow::Abort(1));
                    }
                    out.push(if quoted {
                        Piece::Text { s, quoted: true }
                    } else {
                        Piece::Split(s)
                    });
                } else {
                    self.push_value(out, value, quoted);
                }
            }
            ParamOp::Error { colon, word } => {
                let missing = value.is_missing(*colon);
                if missing {
                    let msg = self.expand_string(word, io).await?;
                    let msg = if msg.is_empty() {
                        if *colon {
                            "parameter null or not set".to_string()
                        } else {
                            "parameter not set".to_string()
                        }
                    } else {
                        msg
                    };
                    self.report(io, &format!("{name}: {msg}")).await?;
                    return Err(Flow::ExpansionError);
                }
                self.push_value(out, value, quoted);
            }
            ParamOp::RemovePrefix { longest, pattern }
            | ParamOp::RemoveSuffix { longest, pattern } => {
                let pat = self.expand_pattern(pattern, io).await?;
                let pat = Pattern::new(&pat, self.pattern_opts());
                let prefix = matches!(op, ParamOp::RemovePrefix { .. });
                let f = |s: &str| -> String {
                    if prefix {
                        match pat.prefix_len(s, *longest) {
                            Some(n) => s[n..].to_string(),
                            None => s.to_string(),
                        }
                    } else {
                        match pat.suffix_start(s, *longest) {
                            Some(n) => s[..n].to_string(),
                            None => s.to_string(),
                        }
                    }
                };
                self.push_value(out, map_value(value, f), quoted);
            }
            ParamOp::Replace {
                mode,
                pattern,
                replacement,
            } => {
                let pat_text = self.expand_pattern(pattern, io).await?;
                // The replacement is a template: `&` stands for the match (bash 5.2's
                // patsub_replacement), a quoted `&` or `\&` for itself.
                let rep = match replacement {
                    Some(r) => self.expand_escaped(r, io, escape_replacement).await?,
                    None => String::new(),
                };
                let pat = Pattern::new(&pat_text, self.pattern_opts());
                let mode = *mode;
                let f = |s: &str| replace(s, &pat, &rep, mode, pat_text.is_empty());
                self.push_value(out, map_value(value, f), quoted);
            }
            ParamOp::Substring { offset, length } => {
                let off = self.arith_word(offset, io).await?;
                let len = match length {
                    Some(l) => Some(self.arith_word(l, io).await?),
                    None => None,
                };
                match value {
                    ParamValue::Unset => {}
                    ParamValue::Scalar(s) => {
                        let chars: Vec<char> = s.chars().collect();
                        match slice_range(chars.len(), off, len) {
                            Some((a, b)) => {
                                let s: String = chars[a..b].iter().collect();
                                out.push(if quoted {
                                    Piece::Text { s, quoted: true }
                                } else {
                                    Piece::Split(s)
                                });
                            }
                            None => {
                                if len.is_some_and(|l| l < 0)
                                    && (off as i128) <= chars.len() as i128
                                {
                                    self.report(
                                        io,
                                        &format!("{}: substring expression < 0", len.unwrap_or(0)),
                                    )
                                    .await?;
                                    return Err(Flow::Abort(1));
                                }
                            }
                        }
                    }
                    ParamValue::List(l, star) => {
                        // $@ slices count $0 as element 0.
                        let list = if matches!(pe.name, ParamName::Special('@' | '*')) {
                            let mut all = vec![self.st.argv0.clone()];
                            all.extend(l);
                            all
                        } else {
                            l
                        };
                        let picked = match slice_range(list.len(), off, len) {
                            Some((a, b)) => list[a..b].to_vec(),
                            None => vec![],
                        };
                        push_list(out, picked, star, quoted, self.ifs_first());
                    }
                }
            }
            ParamOp::Case { mode, all, pattern } => {
                let pat = match pattern {
                    Some(p) => {
                        let t = self.expand_pattern(p, io).await?;
                        Some(Pattern::new(&t, self.pattern_opts()))
                    }
                    None => None,
                };
                let f = |s: &str| -> String {
                    let mut out = String::with_capacity(s.len());
                    for (i, c) in s.chars().enumerate() {
                        let eligible = (*all || i == 0)
                            && pat
                                .as_ref()
                                .is_none_or(|p| p.matches(c.encode_utf8(&mut [0; 4])));
                        if eligible {
                            let upper = match mode {
                                CaseMode::Upper => true,
                                CaseMode::Lower => false,
                                CaseMode::Toggle => !c.is_uppercase(),
                            };
                            if upper {
                                out.extend(c.to_uppercase());
                            } else {
                                out.extend(c.to_lowercase());
                            }
                        } else {
                            out.push(c);
                        }
                    }
                    out
                };
                self.push_value(out, map_value(value, f), quoted);
            }
            ParamOp::Transform(t) => {
                let attrs = match &pe.name {
                    ParamName::Var(v) => self.st.var(v).map(|v| (v.attrs, v.value.clone())),
                    _ => None,
                };
                let t = *t;
                if matches!(value, ParamValue::Unset) && t != 'a' {
                    return Ok(());
                }
                let f = |s: &str| -> String {
                    match t {
                        'Q' => quote_q(s),
                        'U' => s.to_uppercase(),
                        'L' => s.to_lowercase(),
                        'u' => {
                            let mut c = s.chars();
                            match c.next() {
                                Some(f) => f.to_uppercase().chain(c).collect(),
                                None => String::new(),
                            }
                        }
                        'E' => crate::eval::builtins::echo_escapes(s).0,
                        'P' => s.to_string(),
                        'A' => format!("{name}={}", quote_q(s)),
                        'a' => {
                            let mut f = String::new();
                            if let Some((a, v)) = &attrs {
                                if matches!(v, Some(Value::Indexed(_))) {
                                    f.push('a');
                                }
                                if matches!(v, Some(Value::Assoc(_))) {
                                    f.push('A');
                                }
                                if a.integer {
                                    f.push('i');
                                }
                                if a.lower {
                                    f.push('l');
                                }
                                if a.readonly {
                                    f.push('r');
                                }
                                if a.upper {
                                    f.push('u');
                                }
                                if a.export {
                                    f.push('x');
                                }
                            }
                            f
                        }
                        _ => s.to_string(),
                    }
                };
                self.push_value(out, map_value(value, f), quoted);
            }
            ParamOp::Keys(_) => {}
        }
        Ok(())
    }

    fn lookup_indirect<'a>(
        &'a mut self,
        target: &'a str,
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult<ParamValue>> {
        boxed(async move {
            // The target may be `name`, `name[sub]`, a positional number or a special.
            let (base, sub) = match target.find('[') {
                Some(i) if target.ends_with(']') => {
                    (&target[..i], Some(&target[i + 1..target.len() - 1]))
                }
                _ => (target, None),
            };
            let valid = !base.is_empty()
                && (base.chars().all(|c| c.is_ascii_digit())
                    || matches!(base, "@" | "*" | "#" | "?" | "$" | "!" | "-")
                    || (base
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                        && base.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')));
            if !valid {
                self.report(io, &format!("{target}: invalid variable name"))
                    .await?;
                return Err(Flow::Abort(1));
            }
            let name = if let Ok(n) = base.parse::<u32>() {
                ParamName::Positional(n)
            } else if base.len() == 1 && !base.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
            {
                ParamName::Special(base.chars().next().unwrap_or('?'))
            } else {
                ParamName::Var(base.to_string())
            };
            let (subscript, index) = match sub {
                Some("@") => (Some(Subscript::At), None),
                Some("*") => (Some(Subscript::Star), None),
                Some(s) => {
                    let idx = if matches!(self.st.value(base), Some(Value::Assoc(_))) {
                        s.to_string()
                    } else {
                        match self.arith_text(s) {
                            Ok(v) => v.to_string(),
                            Err(m) => {
                                self.report(io, &m).await?;
                                return Err(Flow::Abort(1));
                            }
                        }
                    };
                    (Some(Subscript::Index(Word::default())), Some(idx))
                }
                None => (None, None),
            };
            Ok(self.param_value(&name, subscript.as_ref(), index))
        })
    }

    /// True when `"$@"` has something to expand to.
    fn at_has_params(&self) -> bool {
        !self.st.positional.is_empty()
    }

    fn ifs_first(&self) -> Option<char> {
        match self.st.get("IFS") {
            None => Some(' '),
            Some(s) => s.chars().next(),
        }
    }

    /// Pattern options from the shell options.
    pub fn pattern_opts(&self) -> PatternOptions {
        PatternOptions {
            extglob: self.st.options.extglob,
            nocase: false,
        }
    }

    fn push_value(&self, out: &mut Vec<Piece>, value: ParamValue, quoted: bool) {
        match value {
            ParamValue::Unset => {}
            ParamValue::Scalar(s) => out.push(if quoted {
                Piece::Text { s, quoted: true }
            } else {
                Piece::Split(s)
            }),
            ParamValue::List(l, star) => push_list(out, l, star, quoted, self.ifs_first()),
        }
    }
}

fn is_at_expansion(part: &WordPart) -> bool {
    match part {
        WordPart::Param(pe) => {
            matches!(pe.name, ParamName::Special('@'))
                || matches!(pe.subscript, Some(Subscript::At))
                || matches!(pe.op, Some(ParamOp::Keys('@')))
        }
        _ => false,
    }
}

fn push_list(out: &mut Vec<Piece>, list: Vec<String>, star: bool, quoted: bool, sep: Option<char>) {
    if quoted && star {
        let joiner = sep.map(|c| c.to_string()).unwrap_or_default();
        out.push(Piece::Text {
            s: list.join(&joiner),
            quoted: true,
        });
        return;
    }
    let n = list.len();
    for (i, s) in list.into_iter().enumerate() {
        if quoted {
            out.push(Piece::Text { s, quoted: true });
        } else {
            out.push(Piece::Split(s));
        }
        if i + 1 < n {
            out.push(Piece::Break { star });
        }
    }
}

impl ParamValue {
    /// Whether `${v-w}`-style operators treat the value as missing: unset, or with the
    /// `:` forms (`colon`) also empty.
    fn is_missing(&self, colon: bool) -> bool {
        match self {
            ParamValue::Unset => true,
            ParamValue::Scalar(s) => colon && s.is_empty(),
            ParamValue::List(l, _) => l.is_empty() || (colon && l.len() == 1 && l[0].is_empty()),
        }
    }
}

/// A shell-maintained array (`FUNCNAME`, `PIPESTATUS`, `BASH_SOURCE`) seen through a
/// subscript: `[@]`/`[*]` the list, `[i]` (or none, for element 0) one element.
fn list_param(list: Vec<String>, sub: Option<&Subscript>, index: Option<String>) -> ParamValue {
    match sub {
        Some(Subscript::At) => ParamValue::List(list, false),
        Some(Subscript::Star) => ParamValue::List(list, true),
        _ => {
            let i: usize = index.and_then(|i| i.parse().ok()).unwrap_or(0);
            match list.into_iter().nth(i) {
                Some(v) => ParamValue::Scalar(v),
                None => ParamValue::Unset,
            }
        }
    }
}

fn map_value(v: ParamValue, f: impl Fn(&str) -> String) -> ParamValue {
    match v {
        ParamValue::Unset => ParamValue::Unset,
        ParamValue::Scalar(s) => ParamValue::Scalar(f(&s)),
        ParamValue::List(l, star) => ParamValue::List(l.iter().map(|s| f(s)).collect(), star),
    }
}

/// Resolves `${v:off:len}` bounds over `n` items; `None` when out of range.
fn slice_range(n: usize, off: i64, len: Option<i64>) -> Option<(usize, usize)> {
    let n = n as i64;
    let start = if off < 0 { n.saturating_add(off) } else { off };
    if start < 0 || start > n {
        return None;
    }
    let end = match len {
        None => n,
        Some(l) if l < 0 => n.saturating_add(l),
        Some(l) => start.saturating_add(l).min(n),
    };
    if end < start {
        return None;
    }
    Some((start as usize, end as usize))
}

/// Escapes `\` and `&` so a quoted part of a replacement stays literal.
fn escape_replacement(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Fills a replacement template: `&` is the match, `\&` and `\\` are `&` and `\`.
fn fill_replacement(template: &str, matched: &str) -> String {
    if !template.contains(['&', '\\']) {
        return template.to_string();
    }
    let mut out = String::with_capacity(template.len() + matched.len());
    let mut it = template.chars();
    while let Some(c) = it.next() {
        match c {
            '\\' => match it.next() {
                Some(n @ ('&' | '\\')) => out.push(n),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '&' => out.push_str(matched),
            c => out.push(c),
        }
    }
    out
}

fn replace(s: &str, pat: &Pattern, rep: &str, mode: ReplaceMode, empty_pat: bool) -> String {
    if empty_pat {
        let rep = fill_replacement(rep, "");
        return match mode {
            ReplaceMode::Prefix => format!("{rep}{s}"),
            ReplaceMode::Suffix => format!("{s}{rep}"),
            _ => s.to_string(),
        };
    }
    match mode {
        ReplaceMode::Prefix => match pat.prefix_len(s, true) {
            Some(n) => format!("{}{}", fill_replacement(rep, &s[..n]), &s[n..]),
            None => s.to_string(),
        },
        ReplaceMode::Suffix => match pat.suffix_start(s, true) {
            Some(n) => format!("{}{}", &s[..n], fill_replacement(rep, &s[n..])),
            None => s.to_string(),
        },
        ReplaceMode::First | ReplaceMode::All => {
            let mut out = String::new();
            let mut pos = 0;
            // bash tries every position but the end of a non-empty string; after an empty
            // match it copies one character and moves on.
            while pos < s.len() || (pos == 0 && s.is_empty()) {
                let Some((a, b)) = pat.find(s, pos) else {
                    break;
                };
                out.push_str(&s[pos..a]);
                out.push_str(&fill_replacement(rep, &s[a..b]));
                pos = b;
                if a == b {
                    match s[a..].chars().next() {
                        Some(c) => {
                            out.push(c);
                            pos = a + c.len_utf8();
                        }
                        None => break,
                    }
                }
                if mode == ReplaceMode::First {
                    break;
                }
            }
            if pos <= s.len() {
                out.push_str(&s[pos..]);
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_basics() {
        let d = " \t\n";
        assert_eq!(ifs_split("  a  b ", d).0, vec!["a", "b"]);
        assert_eq!(ifs_split("a:b::c", ":").0, vec!["a", "b", "", "c"]);
        assert_eq!(ifs_split("a : b", " :").0, vec!["a", "b"]);
    }

    #[test]
    fn q_quoting() {
        assert_eq!(quote_q("a b"), "'a b'");
        assert_eq!(quote_q("it's"), "'it'\\''s'");
        assert_eq!(quote_q("a\nb"), "$'a\\nb'");
    }

    #[test]
    fn slices() {
        assert_eq!(slice_range(5, 1, Some(2)), Some((1, 3)));
        assert_eq!(slice_range(5, -2, None), Some((3, 5)));
        assert_eq!(slice_range(5, 1, Some(-1)), Some((1, 4)));
        assert_eq!(slice_range(5, 7, None), None);
    }
}

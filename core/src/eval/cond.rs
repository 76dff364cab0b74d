//! `[[ ... ]]`: conditional expressions with pattern matching, regexes and file tests.

use crate::eval::builtins::test::FileInfo;
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::eval::state::Value;
use crate::sync::{BoxFuture, boxed};
use crate::syntax::ast::CondExpr;

impl Shell {
    /// `-v NAME` / `-v NAME[INDEX]`: whether the variable (or element) is set.
    pub fn var_is_set(&self, v: &str) -> bool {
        let (base, idx) = match v.find('[') {
            Some(p) if v.ends_with(']') => (&v[..p], Some(&v[p + 1..v.len() - 1])),
            _ => (v, None),
        };
        match (idx, self.st.value(base)) {
            (None, Some(val)) => val.scalar().is_some() || matches!(val, Value::Assoc(_)),
            (Some("@" | "*"), Some(val)) => !val.values().is_empty(),
            (Some(i), Some(Value::Assoc(a))) => a.get(i).is_some(),
            (Some(i), Some(Value::Indexed(a))) => i.trim().parse::<i64>().is_ok_and(|k| {
                let k = if k < 0 {
                    k + a.keys().next_back().map_or(0, |l| l.saturating_add(1))
                } else {
                    k
                };
                a.contains_key(&k)
            }),
            (Some(i), Some(Value::Str(_))) => i.trim() == "0",
            (_, None) => false,
        }
    }

    /// Evaluates `[[ expr ]]`: status 0 (true), 1 (false) or 2 (error).
    pub async fn eval_cond(&mut self, expr: &CondExpr, io: &Io) -> EvalResult {
        match self.cond(expr, io).await? {
            Ok(true) => Ok(0),
            Ok(false) => Ok(1),
            Err(msg) => {
                if !msg.is_empty() {
                    self.report(io, &msg).await?;
                }
                Ok(2)
            }
        }
    }

    fn cond<'a>(
        &'a mut self,
        expr: &'a CondExpr,
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult<Result<bool, String>>> {
        boxed(async move {
            Ok(Ok(match expr {
                CondExpr::Not(e) => match self.cond(e, io).await? {
                    Ok(b) => !b,
                    Err(m) => return Ok(Err(m)),
                },
                CondExpr::And(a, b) => {
                    match self.cond(a, io).await? {
                        Ok(true) => {}
                        other => return Ok(other),
                    }
                    return self.cond(b, io).await;
                }
                CondExpr::Or(a, b) => {
                    match self.cond(a, io).await? {
                        Ok(false) => {}
                        other => return Ok(other),
                    }
                    return self.cond(b, io).await;
                }
                CondExpr::Word(w) => !self.expand_string(w, io).await?.is_empty(),
                CondExpr::Unary(op, w) => {
                    let v = self.expand_string(w, io).await?;
                    if self.st.options.xtrace {
                        self.xtrace_line(&format!("[[ -{op} {v} ]]"), io).await?;
                    }
                    return self.cond_unary(op, &v).await;
                }
                CondExpr::Binary(l, op, r) => {
                    let lv = self.expand_string(l, io).await?;
                    if self.st.options.xtrace {
                        // Expanding twice must not run a substitution twice: show those as written.
                        let rv = if runs_commands(&r.parts) {
                            self.source.snippet(r.span).to_string()
                        } else {
                            self.expand_string(r, io).await?
                        };
                        self.xtrace_line(&format!("[[ {lv} {op} {rv} ]]"), io)
                            .await?;
                    }
                    return self.cond_binary(&lv, op, r, io).await;
                }
            }))
        })
    }

    async fn cond_unary(&mut self, op: &str, v: &str) -> EvalResult<Result<bool, String>> {
        let file = |f: Option<FileInfo>, t: fn(&FileInfo) -> bool| f.as_ref().is_some_and(t);
        Ok(Ok(match op {
            "z" => v.is_empty(),
            "n" => !v.is_empty(),
            "v" => self.var_is_set(v),
            "o" => self.st.options.get(v),
            "t" => false,
            _ => {
                let info = crate::eval::builtins::misc_stat(self, v).await;
                if matches!(op, "L" | "h") {
                    return Ok(Ok(file(info, |i| i.is_symlink)));
                }
                let info = info.filter(|i| !i.dangling);
                match op {
                    "e" | "a" => info.is_some(),
                    "f" => file(info, |i| i.is_file),
                    "d" => file(info, |i| i.is_dir),
                    "s" => file(info, |i| i.size > 0),
                    "r" => file(info, |i| i.mode & 0o444 != 0),
                    "w" => file(info, |i| i.mode & 0o222 != 0),
                    "x" => file(info, |i| i.mode & 0o111 != 0),
                    "L" | "h" => file(info, |i| i.is_symlink),
                    "O" | "G" => info.is_some(),
                    "N" | "b" | "c" | "p" | "S" | "g" | "u" | "k" => false,
                    _ => {
                        return Ok(Err(format!(
                            "unexpected argument `{op}' to conditional unary operator"
                        )));
                    }
                }
            }
        }))
    }

    async fn cond_binary(
        &mut self,
        l: &str,
        op: &str,
        r: &crate::syntax::ast::Word,
        io: &Io,
    ) -> EvalResult<Result<bool, String>> {
        let opts = PatternOptions {
            extglob: true,
            nocase: self.st.options.nocasematch,
        };
        Ok(Ok(match op {
            "==" | "=" | "!=" => {
                let pat = self.expand_pattern(r, io).await?;
                let m = Pattern::new(&pat, opts).matches(l);
                if op == "!=" { !m } else { m }
            }
            "=~" => {
                let re_text = self.expand_regex(r, io).await?;
                let re_text = if self.st.options.nocasematch {
                    format!("(?i){re_text}")
                } else {
                    re_text
                };
                let re = match self.rt.regex(&re_text) {
                    Some(re) => re,
                    // bash reports nothing for a bad regex; the status is 2.
                    None => return Ok(Err(String::new())),
                };
                match re.captures(l) {
                    Some(caps) => {
                        let map = caps
                            .iter()
                            .enumerate()
                            .map(|(i, m)| {
                                (
                                    i as i64,
                                    m.map(|m| m.as_str().to_string()).unwrap_or_default(),
                                )
                            })
                            .collect();
                        let _ = self.st.set_value("BASH_REMATCH", Value::Indexed(map));
                        true
                    }
                    None => {
                        let _ = self
                            .st
                            .set_value("BASH_REMATCH", Value::Indexed(Default::default()));
                        false
                    }
                }
            }
            "<" | ">" => {
                let rv = self.expand_string(r, io).await?;
                if op == "<" {
                    l.as_bytes() < rv.as_bytes()
                } else {
                    l.as_bytes() > rv.as_bytes()
                }
            }
            "-eq" | "-ne" | "-lt" | "-le" | "-gt" | "-ge" => {
                let rv = self.expand_string(r, io).await?;
                let a = match self.arith_text(if l.trim().is_empty() { "0" } else { l }) {
                    Ok(v) => v,
                    Err(m) => return Ok(Err(m)),
                };
                let b = match self.arith_text(if rv.trim().is_empty() { "0" } else { &rv }) {
                    Ok(v) => v,
                    Err(m) => return Ok(Err(m)),
                };
                match op {
                    "-eq" => a == b,
                    "-ne" => a != b,
                    "-lt" => a < b,
                    "-le" => a <= b,
                    "-gt" => a > b,
                    _ => a >= b,
                }
            }
            "-nt" | "-ot" | "-ef" => {
                let rv = self.expand_string(r, io).await?;
                let a = crate::eval::builtins::misc_stat(self, l).await;
                let b = crate::eval::builtins::misc_stat(self, &rv).await;
                match op {
                    "-nt" => match (a, b) {
                        (Some(a), Some(b)) => a.mtime > b.mtime,
                        (Some(_), None) => true,
                        _ => false,
                    },
                    "-ot" => match (a, b) {
                        (Some(a), Some(b)) => a.mtime < b.mtime,
                        (None, Some(_)) => true,
                        _ => false,
                    },
                    _ if a.is_some() && b.is_some() => {
                        same_file(&self.rt.vfs, &self.st.cwd, l, &rv).await
                    }
                    _ => false,
                }
            }
            _ => return Ok(Err(format!("conditional binary operator expected: {op}"))),
        }))
    }
}

/// Whether expanding these parts runs commands (command or process substitution).
fn runs_commands(parts: &[crate::syntax::ast::WordPart]) -> bool {
    use crate::syntax::ast::{ParamOp, WordPart};
    parts.iter().any(|p| match p {
        WordPart::CommandSub(_) | WordPart::ProcessSub { .. } => true,
        WordPart::DoubleQuoted(inner) => runs_commands(inner),
        WordPart::ArithSub(w) => runs_commands(&w.parts),
        WordPart::Param(pe) => match &pe.op {
            Some(ParamOp::Default { word, .. })
            | Some(ParamOp::Assign { word, .. })
            | Some(ParamOp::Error { word, .. })
            | Some(ParamOp::Alternative { word, .. }) => runs_commands(&word.parts),
            _ => false,
        },
        _ => false,
    })
}

/// `-ef`: both names lead to the same entry once every link is resolved.
pub(crate) async fn same_file(vfs: &crate::vfs::Vfs, cwd: &str, a: &str, b: &str) -> bool {
    let real = async |p: &str| {
        let abs = vfs.physical(cwd, p).await;
        vfs.canonicalize(&abs).await.unwrap_or(abs)
    };
    real(a).await == real(b).await
}

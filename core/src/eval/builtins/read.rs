//! `read` and `mapfile`/`readarray`: reading lines from the command's stdin into variables.

use std::collections::BTreeMap;

use crate::eval::builtins::{fail, is_name};
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::eval::state::Value;
use crate::sync::{BoxFuture, boxed};

/// Splits a line for `read` into at most `n` fields by IFS; the last field takes the rest
/// (with trailing IFS whitespace trimmed).
fn split_fields(line: &str, ifs: &str, n: usize) -> Vec<String> {
    let is_ws = |c: char| ifs.contains(c) && matches!(c, ' ' | '\t' | '\n');
    let is_sep = |c: char| ifs.contains(c);
    let mut out = Vec::new();
    let s = line.trim_start_matches(is_ws);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    let mut start = 0;
    while i < chars.len() {
        if out.len() + 1 == n {
            break;
        }
        let (pos, c) = chars[i];
        if is_sep(c) {
            out.push(s[start..pos].to_string());
            // Skip whitespace, at most one non-whitespace separator, whitespace.
            let mut j = i;
            let mut seen_hard = !is_ws(c);
            j += 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if is_ws(cj) {
                    j += 1;
                } else if is_sep(cj) && !seen_hard {
                    seen_hard = true;
                    j += 1;
                } else {
                    break;
                }
            }
            i = j;
            start = chars.get(i).map(|x| x.0).unwrap_or(s.len());
            continue;
        }
        i += 1;
    }
    if start < s.len() || out.len() < n && !s.is_empty() {
        let mut rest = &s[start.min(s.len())..];
        // Trailing IFS whitespace is dropped from the last field.
        rest = rest.trim_end_matches(is_ws);
        // A single trailing non-whitespace separator is dropped too when it ends the line
        // and only one field remains.
        if out.len() + 1 == n
            && let Some(last) = rest.chars().last()
            && is_sep(last)
            && !is_ws(last)
        {
            let trimmed = &rest[..rest.len() - last.len_utf8()];
            if !trimmed.chars().any(is_sep) {
                rest = trimmed.trim_end_matches(is_ws);
            }
        }
        if !(rest.is_empty() && start >= s.len() && out.len() + 1 > n) {
            out.push(rest.to_string());
        }
    }
    out
}

/// Removes backslash escapes (and backslash-newline pairs) for `read` without `-r`.
fn unescape_read(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('\n') | None => {}
                Some(n) => out.push(n),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `read [-r] [-a ARRAY] [-d DELIM] [-n N] [-N N] [-p PROMPT] [-s] [-t T] [-u FD] [NAME...]`
pub fn read<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut raw = false;
        let mut array: Option<String> = None;
        let mut delim = b'\n';
        let mut nchars: Option<usize> = None;
        let mut exact = false;
        let mut prompt: Option<String> = None;
        let mut timeout: Option<f64> = None;
        let mut fd = 0u32;
        let mut names = Vec::new();
        let mut i = 1;
        while i < args.len() {
            let a = &args[i];
            if a == "--" {
                names.extend(args[i + 1..].iter().cloned());
                break;
            }
            if !a.starts_with('-') || a.len() < 2 {
                names.push(a.clone());
                i += 1;
                continue;
            }
            let mut chars = a[1..].chars();
            while let Some(c) = chars.next() {
                let needs_arg = matches!(c, 'a' | 'd' | 'n' | 'N' | 'p' | 't' | 'u' | 'i');
                let value = if needs_arg {
                    let rest: String = chars.by_ref().collect();
                    if !rest.is_empty() {
                        Some(rest)
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => Some(v.clone()),
                            None => {
                                sh.report(io, &format!("read: -{c}: option requires an argument"))
                                    .await?;
                                return Ok(2);
                            }
                        }
                    }
                } else {
                    None
                };
                match (c, value) {
                    ('r', _) => raw = true,
                    ('s', _) | ('e', _) => {}
                    ('a', Some(v)) => array = Some(v),
                    ('d', Some(v)) => delim = v.bytes().next().unwrap_or(0),
                    ('n', Some(v)) | ('N', Some(v)) => {
                        exact = c == 'N';
                        match v.parse() {
                            Ok(n) => nchars = Some(n),
                            Err(_) => {
                                return fail(sh, io, &format!("read: {v}: invalid number"), 1)
                                    .await;
                            }
                        }
                    }
                    ('p', Some(v)) => prompt = Some(v),
                    ('t', Some(v)) => match v.parse::<f64>() {
                        Ok(t) if t >= 0.0 => timeout = Some(t),
                        _ => {
                            return fail(
                                sh,
                                io,
                                &format!("read: {v}: invalid timeout specification"),
                                1,
                            )
                            .await;
                        }
                    },
                    ('i', Some(_)) => {}
                    ('u', Some(v)) => match v.parse() {
                        Ok(n) => fd = n,
                        Err(_) => {
                            return fail(
                                sh,
                                io,
                                &format!("read: {v}: invalid file descriptor specification"),
                                1,
                            )
                            .await;
                        }
                    },
                    _ => {
                        sh.report(io, &format!("read: -{c}: invalid option"))
                            .await?;
                        io.stderr
                            .write_str("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n")
                            .await?;
                        return Ok(2);
                    }
                }
                if needs_arg {
                    break;
                }
            }
            i += 1;
        }
        for n in names.iter().chain(array.iter()) {
            if !is_name(n) {
                return fail(sh, io, &format!("read: `{n}': not a valid identifier"), 1).await;
            }
        }
        let _ = prompt;
        let Some(input) = io.input(fd) else {
            return fail(
                sh,
                io,
                &format!("read: {fd}: invalid file descriptor: Bad file descriptor"),
                1,
            )
            .await;
        };
        if timeout == Some(0.0) {
            // `read -t 0`: only asks whether input is available; it always is here.
            return Ok(0);
        }
        // Read the record. Without -r, a backslash-newline continues the line.
        let record = async {
            let mut data: Vec<u8> = Vec::new();
            let mut hit_delim = false;
            match nchars {
                Some(n) => {
                    let stop = if exact { None } else { Some(delim) };
                    if let Some(chunk) = input.read_upto(n, stop).await? {
                        if !exact && chunk.last() == Some(&delim) {
                            hit_delim = true;
                            data.extend_from_slice(&chunk[..chunk.len() - 1]);
                        } else {
                            hit_delim = chunk.len() == n;
                            data.extend_from_slice(&chunk);
                        }
                    }
                }
                None => {
                    while let Some(mut chunk) = input.read_until(delim).await? {
                        hit_delim = chunk.last() == Some(&delim);
                        if hit_delim {
                            chunk.pop();
                        }
                        let continued = !raw
                            && hit_delim
                            && delim == b'\n'
                            && ends_with_odd_backslashes(&chunk);
                        if continued {
                            chunk.pop();
                            data.extend_from_slice(&chunk);
                            continue;
                        }
                        data.extend_from_slice(&chunk);
                        break;
                    }
                }
            }
            Ok::<_, crate::error::Error>(Some((data, hit_delim)))
        };
        let got = match timeout {
            Some(secs) => {
                // `read -t N`: give up after N seconds (status 142, like SIGALRM).
                let sleep = sh
                    .rt
                    .sleep(std::time::Duration::from_secs_f64(secs.min(1e9)));
                futures::pin_mut!(record);
                futures::pin_mut!(sleep);
                match futures::future::select(record, sleep).await {
                    futures::future::Either::Left((r, _)) => r,
                    futures::future::Either::Right((slept, _)) => {
                        slept?;
                        Ok(None)
                    }
                }
            }
            None => record.await,
        };
        let (data, hit_delim) = match got {
            Ok(Some(r)) => r,
            Ok(None) => {
                for n in names.iter().chain(array.iter()) {
                    let _ = sh.st.set_scalar(n, String::new());
                }
                return Ok(142);
            }
            Err(e) => return read_error(sh, io, "read", fd, e).await,
        };
        let eof_without_data = !hit_delim;
        let line = String::from_utf8_lossy(&data).into_owned();
        let ifs = sh.st.get("IFS").unwrap_or(" \t\n").to_string();
        let status = i32::from(eof_without_data);
        if let Some(arr) = array {
            // Every field, split like a word: a trailing separator ends the last field.
            let fields = if ifs.is_empty() {
                vec![line.clone()]
            } else {
                crate::eval::word::ifs_split(&line, &ifs).0
            };
            let map: BTreeMap<i64, String> = fields
                .into_iter()
                .enumerate()
                .map(|(i, f)| (i as i64, if raw { f } else { unescape_read(&f) }))
                .collect();
            if let Err(e) = sh.st.set_value(&arr, Value::Indexed(map)) {
                return fail(sh, io, &format!("read: {}", e.0), 1).await;
            }
            return Ok(status);
        }
        if names.is_empty() {
            let v = if raw { line } else { unescape_read(&line) };
            if let Err(e) = sh.st.set_scalar("REPLY", v) {
                return fail(sh, io, &format!("read: {}", e.0), 1).await;
            }
            return Ok(status);
        }
        let fields = if nchars.is_some() && exact {
            vec![line.clone()]
        } else {
            split_fields(&line, &ifs, names.len())
        };
        for (i, n) in names.iter().enumerate() {
            let v = fields.get(i).cloned().unwrap_or_default();
            let v = if raw { v } else { unescape_read(&v) };
            if let Err(e) = sh.st.set_scalar(n, v) {
                return fail(sh, io, &format!("read: {}", e.0), 1).await;
            }
        }
        Ok(status)
    })
}

/// `read: read error: 0: Is a directory`, status 1 (cancellation still ends the run).
async fn read_error(sh: &Shell, io: &Io, cmd: &str, fd: u32, e: crate::error::Error) -> EvalResult {
    if matches!(
        e.kind(),
        crate::error::ErrorKind::Cancelled | crate::error::ErrorKind::LimitExceeded
    ) {
        return Err(e.into());
    }
    fail(
        sh,
        io,
        &format!("{cmd}: read error: {fd}: {}", e.reason()),
        1,
    )
    .await
}

fn ends_with_odd_backslashes(b: &[u8]) -> bool {
    b.iter().rev().take_while(|&&c| c == b'\\').count() % 2 == 1
}

/// `mapfile [-t] [-d DELIM] [-n COUNT] [-s SKIP] [-O ORIGIN] [ARRAY]`
pub fn mapfile<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let cmd = args[0].clone();
        let mut strip = false;
        let mut delim = b'\n';
        let mut count = 0usize;
        let mut skip = 0usize;
        let mut origin: Option<i64> = None;
        let mut fd = 0u32;
        let mut name = "MAPFILE".to_string();
        let mut callback: Option<String> = None;
        let mut quantum: usize = 5000;
        let mut i = 1;
        while i < args.len() {
            let a = args[i].clone();
            let take = |i: &mut usize| -> Option<String> {
                *i += 1;
                args.get(*i).cloned()
            };
            match a.as_str() {
                "-t" => strip = true,
                "-d" => delim = take(&mut i).and_then(|v| v.bytes().next()).unwrap_or(0),
                "-n" => count = take(&mut i).and_then(|v| v.parse().ok()).unwrap_or(0),
                "-s" => skip = take(&mut i).and_then(|v| v.parse().ok()).unwrap_or(0),
                "-O" => origin = take(&mut i).and_then(|v| v.parse().ok()),
                "-u" => fd = take(&mut i).and_then(|v| v.parse().ok()).unwrap_or(0),
                "-C" => callback = take(&mut i),
                "-c" => quantum = take(&mut i).and_then(|v| v.parse().ok()).unwrap_or(0),
                s if s.starts_with('-') && s.len() > 1 => {
                    sh.report(io, &format!("{cmd}: {s}: invalid option"))
                        .await?;
                    return Ok(2);
                }
                _ => name = a,
            }
            i += 1;
        }
        if !is_name(&name) {
            return fail(
                sh,
                io,
                &format!("{cmd}: `{name}': not a valid identifier"),
                1,
            )
            .await;
        }
        let Some(input) = io.input(fd) else {
            return fail(
                sh,
                io,
                &format!("{cmd}: {fd}: invalid file descriptor: Bad file descriptor"),
                1,
            )
            .await;
        };
        let mut arr: BTreeMap<i64, String> = match (origin, sh.st.value(&name)) {
            (Some(_), Some(Value::Indexed(m))) => m.clone(),
            _ => BTreeMap::new(),
        };
        let mut idx = origin.unwrap_or(0);
        let mut seen = 0usize;
        let mut stored = 0usize;
        while count == 0 || stored < count {
            sh.rt.check()?;
            let mut rec = match input.read_until(delim).await {
                Ok(Some(r)) => r,
                Ok(None) => break,
                Err(e) => return read_error(sh, io, &cmd, fd, e).await,
            };
            seen += 1;
            if seen <= skip {
                continue;
            }
            if strip && rec.last() == Some(&delim) {
                rec.pop();
            }
            let line = String::from_utf8_lossy(&rec).into_owned();
            // `-C cmd -c N`: every Nth line, `cmd INDEX LINE` runs before it is stored.
            if let Some(cb) = &callback
                && quantum > 0
                && (stored + 1).is_multiple_of(quantum)
            {
                let text = format!("{cb} {idx} {}", crate::eval::word::quote_q(&line));
                sh.eval_string(&text, io, crate::eval::command::Code::Eval)
                    .await?;
            }
            arr.insert(idx, line);
            idx += 1;
            stored += 1;
        }
        if let Err(e) = sh.st.set_value(&name, Value::Indexed(arr)) {
            return fail(sh, io, &format!("{cmd}: {}", e.0), 1).await;
        }
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        let d = " \t\n";
        assert_eq!(split_fields("  a b  c  ", d, 2), vec!["a", "b  c"]);
        assert_eq!(split_fields("a b", d, 3), vec!["a", "b"]);
        assert_eq!(split_fields("a:b:c", ":", 2), vec!["a", "b:c"]);
        assert_eq!(split_fields("a:b:", ":", 2), vec!["a", "b"]);
        assert_eq!(split_fields("", d, 1), Vec::<String>::new());
    }
}

//! Builtins over the working directory, output and lookup: `cd`, `pwd`, `echo`, `printf`,
//! `test`/`[`, `type`, `command`, `builtin`, `getopts`.

use std::collections::HashMap;

use crate::eval::builtins::test::{FileInfo, eval_test, file_operands};
use crate::eval::builtins::{NAMES, fail, is_name, lookup};
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::normalize;

const KEYWORDS: &[&str] = &[
    "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do",
    "done", "in", "function", "time", "{", "}", "!", "[[", "]]", "coproc",
];

/// `cd [DIR]`, `cd -`
pub fn cd<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut rest: Vec<&String> = args[1..]
            .iter()
            .filter(|a| !matches!(a.as_str(), "-L" | "-P" | "--"))
            .collect();
        if rest.len() > 1 {
            return fail(sh, io, "cd: too many arguments", 1).await;
        }
        let mut print = false;
        let target = match rest.pop() {
            None => match sh.st.get("HOME") {
                Some(h) => h.to_string(),
                None => return fail(sh, io, "cd: HOME not set", 1).await,
            },
            Some(a) if a == "-" => match sh.st.get("OLDPWD") {
                Some(o) => {
                    print = true;
                    o.to_string()
                }
                None => return fail(sh, io, "cd: OLDPWD not set", 1).await,
            },
            Some(a) => a.clone(),
        };
        if target.is_empty() {
            return Ok(0);
        }
        let mut path = normalize(&sh.st.cwd, &target);
        // CDPATH: a relative name is looked up in each listed directory first; when one
        // other than the current directory matches, the new directory is printed.
        let relative = !target.starts_with('/')
            && !matches!(target.as_str(), "." | "..")
            && !target.starts_with("./")
            && !target.starts_with("../");
        if let Some(cdpath) = sh.st.get("CDPATH").filter(|c| relative && !c.is_empty()) {
            for entry in cdpath.split(':') {
                let candidate = normalize(
                    &sh.st.cwd,
                    &format!("{}/{target}", if entry.is_empty() { "." } else { entry }),
                );
                if sh.rt.vfs.stat(&candidate).await.is_ok_and(|m| m.is_dir()) {
                    print |= !entry.is_empty();
                    path = candidate;
                    break;
                }
            }
        }
        match sh.rt.vfs.stat(&path).await {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return fail(sh, io, &format!("cd: {target}: Not a directory"), 1).await,
            Err(e) => return fail(sh, io, &format!("cd: {target}: {}", e.reason()), 1).await,
        }
        // `-P` (the last of `-L`/`-P` wins): resolve links, `..` after them.
        let physical = args[1..]
            .iter()
            .take_while(|a| a.starts_with('-') && a.len() > 1 && *a != "--")
            .filter_map(|a| match a.as_str() {
                "-P" => Some(true),
                "-L" => Some(false),
                _ => None,
            })
            .last()
            .unwrap_or(false);
        if physical {
            let raw = if target.starts_with('/') || path != normalize(&sh.st.cwd, &target) {
                path.clone()
            } else {
                format!("{}/{target}", sh.st.cwd)
            };
            if let Ok(real) = sh.rt.vfs.canonicalize(&raw).await {
                path = real;
            }
        }
        let old = std::mem::replace(&mut sh.st.cwd, path.clone());
        let _ = sh.st.set_scalar("OLDPWD", old);
        let _ = sh.st.set_scalar("PWD", path.clone());
        if print {
            io.stdout.write_str(&format!("{path}\n")).await?;
        }
        Ok(0)
    })
}

/// `pwd [-LP]`: `-P` prints the directory with symbolic links resolved.
pub fn pwd<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut physical = false;
        for a in args.iter().skip(1) {
            if a == "--" || a.len() < 2 || !a.starts_with('-') {
                break;
            }
            for c in a.chars().skip(1) {
                match c {
                    'P' => physical = true,
                    'L' => physical = false,
                    _ => {
                        sh.report(io, &format!("pwd: -{c}: invalid option")).await?;
                        io.stderr.write_str("pwd: usage: pwd [-LP]\n").await?;
                        return Ok(2);
                    }
                }
            }
        }
        let dir = if physical {
            sh.rt
                .vfs
                .canonicalize(&sh.st.cwd)
                .await
                .unwrap_or_else(|_| sh.st.cwd.clone())
        } else {
            sh.st.cwd.clone()
        };
        io.stdout.write_str(&format!("{dir}\n")).await?;
        Ok(0)
    })
}

/// `echo [-neE] ARGS...`
pub fn echo<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let out = if sh.st.options.xpg_echo {
            // xpg_echo: escapes are on unless `-E` turns them off.
            let mut with_e = vec!["-e".to_string()];
            with_e.extend_from_slice(&args[1..]);
            crate::eval::builtins::echo::echo(&with_e)
        } else {
            crate::eval::builtins::echo::echo(&args[1..])
        };
        io.stdout.write(&out).await?;
        Ok(0)
    })
}

/// `printf [-v VAR] FORMAT [ARGS...]`
pub fn printf<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut rest = &args[1..];
        let mut var = None;
        if rest.first().map(String::as_str) == Some("-v") {
            match rest.get(1) {
                Some(v) => {
                    var = Some(v.clone());
                    rest = &rest[2..];
                }
                None => {
                    sh.report(io, "printf: -v: option requires an argument")
                        .await?;
                    io.stderr
                        .write_str("printf: usage: printf [-v var] format [arguments]\n")
                        .await?;
                    return Ok(2);
                }
            }
        }
        if rest.first().map(String::as_str) == Some("--") {
            rest = &rest[1..];
        }
        let Some(fmt) = rest.first() else {
            io.stderr
                .write_str("printf: usage: printf [-v var] format [arguments]\n")
                .await?;
            return Ok(2);
        };
        let clock = crate::eval::builtins::printf::Clock {
            now: sh.rt.clock.now().as_secs() as i64,
            start: sh.rt.start.as_secs() as i64,
        };
        let r = crate::eval::builtins::printf::format_at(fmt, &rest[1..], clock);
        for e in &r.errors {
            sh.report(io, &format!("printf: {e}")).await?;
        }
        match var {
            Some(v) => {
                let text = String::from_utf8_lossy(&r.out).into_owned();
                let (base, idx) = match v.find('[') {
                    Some(p) if v.ends_with(']') => {
                        (v[..p].to_string(), Some(v[p + 1..v.len() - 1].to_string()))
                    }
                    _ => (v.clone(), None),
                };
                if !is_name(&base) {
                    return fail(sh, io, &format!("printf: `{v}': not a valid identifier"), 2)
                        .await;
                }
                let res = match idx {
                    Some(i) => sh.st.set_element(&base, &i, text),
                    None => sh.st.set_scalar(&base, text),
                };
                if let Err(e) = res {
                    return fail(sh, io, &format!("printf: {}", e.0), 1).await;
                }
            }
            None => io.stdout.write(&r.out).await?,
        }
        Ok(r.status)
    })
}

/// `test EXPR` / `[ EXPR ]`
pub fn test<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let operands = file_operands(&args[1..]);
        let mut infos: HashMap<String, FileInfo> = HashMap::new();
        for p in operands {
            if infos.contains_key(&p) || p.is_empty() {
                continue;
            }
            if let Some(mut info) = stat_info(sh, &p).await {
                if args.iter().any(|a| a == "-ef") {
                    let abs = sh.rt.vfs.physical(&sh.st.cwd, &p).await;
                    info.real = Some(sh.rt.vfs.canonicalize(&abs).await.unwrap_or(abs));
                }
                infos.insert(p, info);
            }
        }
        let lookup = |p: &str| infos.get(p).cloned();
        let state = |op: &str, arg: &str| match op {
            "-o" => sh.st.options.get(arg),
            "-v" => sh.var_is_set(arg),
            _ => false,
        };
        let r = eval_test(&args[0], &args[1..], &lookup, &state);
        match r {
            Ok(b) => Ok(i32::from(!b)),
            Err(m) => fail(sh, io, &m, 2).await,
        }
    })
}

/// Stats `p` for the file tests of `test` and `[[ ]]` (following links, except that
/// `is_symlink` comes from lstat).
pub async fn stat_info(sh: &Shell, p: &str) -> Option<FileInfo> {
    if matches!(
        p,
        "/dev/null"
            | "/dev/zero"
            | "/dev/urandom"
            | "/dev/random"
            | "/dev/stdin"
            | "/dev/stdout"
            | "/dev/stderr"
    ) {
        return Some(FileInfo {
            mode: 0o666,
            is_char: true,
            ..FileInfo::default()
        });
    }
    if sh.proc_subs.iter().any(|(path, _)| path == p) {
        return Some(FileInfo {
            is_file: false,
            is_dir: false,
            is_symlink: false,
            size: 0,
            mode: 0o600,
            mtime: None,
            dangling: false,
            real: None,
            is_char: false,
        });
    }
    let path = sh.rt.vfs.physical(&sh.st.cwd, p).await;
    let lmeta = sh.rt.vfs.lstat(&path).await.ok()?;
    let is_symlink = lmeta.is_symlink();
    let meta = if is_symlink {
        match sh.rt.vfs.stat(&path).await {
            Ok(m) => m,
            Err(_) => {
                return Some(FileInfo {
                    is_file: false,
                    is_dir: false,
                    is_symlink: true,
                    size: 0,
                    mode: 0o777,
                    mtime: None,
                    dangling: true,
                    real: None,
                    is_char: false,
                });
            }
        }
    } else {
        lmeta
    };
    if p.ends_with('/') && !meta.is_dir() {
        // `file/` does not exist for stat(2).
        return None;
    }
    let ro = sh.rt.vfs.is_read_only(&path);
    let mut mode = meta.mode;
    if ro {
        mode &= !0o222;
    }
    Some(FileInfo {
        is_file: meta.is_file(),
        is_dir: meta.is_dir(),
        is_symlink,
        // A directory has a size on a real filesystem (`[ -s dir ]` is true in bash).
        size: if meta.is_dir() {
            meta.size.max(4096)
        } else {
            meta.size
        },
        mode,
        mtime: meta.mtime,
        dangling: false,
        real: None,
        is_char: false,
    })
}

/// What a name resolves to, for `type` and `command -v`.
enum Kind {
    Alias(String),
    Keyword,
    Function,
    Builtin,
    File(String),
}

fn classify(sh: &Shell, name: &str) -> Option<Kind> {
    if sh.st.options.expand_aliases
        && let Some(v) = sh.st.aliases.get(name)
    {
        return Some(Kind::Alias(v.clone()));
    }
    if KEYWORDS.contains(&name) {
        return Some(Kind::Keyword);
    }
    if sh.st.functions.contains_key(name) {
        return Some(Kind::Function);
    }
    if lookup(name).is_some() {
        return Some(Kind::Builtin);
    }
    if sh.rt.registry.get(name).is_some()
        || sh.rt.registry.program(name).is_some()
        || matches!(name, "bash" | "sh")
    {
        return Some(Kind::File(format!("/usr/bin/{name}")));
    }
    if let Some(base) = name
        .strip_prefix("/usr/bin/")
        .or_else(|| name.strip_prefix("/bin/"))
        && sh.rt.registry.get(base).is_some()
    {
        return Some(Kind::File(name.to_string()));
    }
    None
}

/// `type [-t|-p|-a] NAME...`
pub fn type_<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut terse = false;
        let mut path_only = false;
        let mut status = 0;
        let mut out = String::new();
        for a in &args[1..] {
            match a.as_str() {
                "-t" => {
                    terse = true;
                    continue;
                }
                "-p" | "-P" => {
                    path_only = true;
                    continue;
                }
                "-a" | "-f" => continue,
                _ => {}
            }
            match classify(sh, a) {
                Some(k) => {
                    let line = match (&k, terse, path_only) {
                        (Kind::File(p), _, true) => format!("{p}\n"),
                        (_, _, true) => String::new(),
                        (Kind::Alias(_), true, _) => "alias\n".to_string(),
                        (Kind::Alias(v), false, _) => format!("{a} is aliased to `{v}'\n"),
                        (Kind::Keyword, true, _) => "keyword\n".to_string(),
                        (Kind::Function, true, _) => "function\n".to_string(),
                        (Kind::Builtin, true, _) => "builtin\n".to_string(),
                        (Kind::File(_), true, _) => "file\n".to_string(),
                        (Kind::Keyword, false, _) => format!("{a} is a shell keyword\n"),
                        (Kind::Function, false, _) => match sh.st.functions.get(a.as_str()) {
                            Some(func) => format!(
                                "{a} is a function\n{}\n",
                                crate::syntax::print::function_definition(&func.def)
                            ),
                            None => format!("{a} is a function\n"),
                        },
                        (Kind::Builtin, false, _) => format!("{a} is a shell builtin\n"),
                        (Kind::File(p), false, _) => format!("{a} is {p}\n"),
                    };
                    out.push_str(&line);
                }
                None => {
                    status = 1;
                    if !terse && !path_only {
                        io.stdout.write_str(&out).await?;
                        out.clear();
                        sh.report(io, &format!("type: {a}: not found")).await?;
                    }
                }
            }
        }
        io.stdout.write_str(&out).await?;
        Ok(status)
    })
}

/// `command [-v|-V] NAME [ARGS...]`: runs NAME skipping functions, or describes it.
pub fn command<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut i = 1;
        let mut describe = None;
        while i < args.len() && args[i].starts_with('-') && args[i].len() > 1 {
            match args[i].as_str() {
                "-v" => describe = Some(false),
                "-V" => describe = Some(true),
                "-p" => {}
                "--" => {
                    i += 1;
                    break;
                }
                o => return fail(sh, io, &format!("command: {o}: invalid option"), 2).await,
            }
            i += 1;
        }
        let Some(name) = args.get(i) else {
            return Ok(0);
        };
        match describe {
            Some(verbose) => {
                let mut status = 0;
                let mut out = String::new();
                for n in &args[i..] {
                    match classify(sh, n) {
                        Some(Kind::File(p)) => out.push_str(&if verbose {
                            format!("{n} is {p}\n")
                        } else {
                            format!("{p}\n")
                        }),
                        Some(Kind::Alias(v)) => out.push_str(&if verbose {
                            format!("{n} is aliased to `{v}'\n")
                        } else {
                            format!("alias {n}='{v}'\n")
                        }),
                        Some(Kind::Keyword) => out.push_str(&if verbose {
                            format!("{n} is a shell keyword\n")
                        } else {
                            format!("{n}\n")
                        }),
                        Some(Kind::Function) => out.push_str(&if verbose {
                            format!("{n} is a function\n")
                        } else {
                            format!("{n}\n")
                        }),
                        Some(Kind::Builtin) => out.push_str(&if verbose {
                            format!("{n} is a shell builtin\n")
                        } else {
                            format!("{n}\n")
                        }),
                        None => {
                            status = 1;
                            if verbose {
                                io.stdout.write_str(&out).await?;
                                out.clear();
                                sh.report(io, &format!("command: {n}: not found")).await?;
                            }
                        }
                    }
                }
                io.stdout.write_str(&out).await?;
                Ok(status)
            }
            None => {
                let argv = args[i..].to_vec();
                if let Some(b) = lookup(name) {
                    return b(sh, argv, io).await;
                }
                sh.run_external(argv, io).await
            }
        }
    })
}

/// `builtin NAME [ARGS...]`
pub fn builtin<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let Some(name) = args.get(1) else {
            return Ok(0);
        };
        match lookup(name) {
            Some(b) if NAMES.contains(&name.as_str()) => b(sh, args[1..].to_vec(), io).await,
            _ => fail(sh, io, &format!("builtin: {name}: not a shell builtin"), 1).await,
        }
    })
}

/// `getopts OPTSTRING NAME [ARGS...]`
pub fn getopts<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if args.len() < 3 {
            sh.report(io, "getopts: usage: getopts optstring name [arg ...]")
                .await?;
            return Ok(2);
        }
        let spec = args[1].clone();
        let var = args[2].clone();
        let params: Vec<String> = if args.len() > 3 {
            args[3..].to_vec()
        } else {
            sh.st.positional.clone()
        };
        let silent = spec.starts_with(':');
        let spec = spec.trim_start_matches(':');
        let mut optind: usize = sh
            .st
            .get("OPTIND")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1)
            .max(1);
        if optind == 1 && sh.st.getopts_char == 0 {
            sh.st.getopts_char = 0;
        }
        let set = |sh: &mut Shell, k: &str, v: String| {
            let _ = sh.st.set_scalar(k, v);
        };
        let Some(arg) = params.get(optind - 1).cloned() else {
            set(sh, &var, "?".into());
            sh.st.getopts_char = 0;
            return Ok(1);
        };
        if sh.st.getopts_char == 0 {
            if arg == "--" {
                set(sh, "OPTIND", (optind + 1).to_string());
                set(sh, &var, "?".into());
                return Ok(1);
            }
            if !arg.starts_with('-') || arg.len() < 2 {
                set(sh, &var, "?".into());
                return Ok(1);
            }
            sh.st.getopts_char = 1;
        }
        let chars: Vec<char> = arg.chars().collect();
        let pos = sh.st.getopts_char;
        let c = chars.get(pos).copied().unwrap_or('?');
        let advance = |sh: &mut Shell, optind: &mut usize| {
            if pos + 1 >= chars.len() {
                *optind += 1;
                sh.st.getopts_char = 0;
            } else {
                sh.st.getopts_char = pos + 1;
            }
        };
        let known = spec.find(c).filter(|_| c != ':');
        match known {
            None => {
                advance(sh, &mut optind);
                set(sh, "OPTIND", optind.to_string());
                if silent {
                    set(sh, &var, "?".into());
                    set(sh, "OPTARG", c.to_string());
                } else {
                    set(sh, &var, "?".into());
                    let _ = sh.st.unset("OPTARG");
                    let msg = format!("{}: illegal option -- {c}\n", sh.st.argv0);
                    io.stderr.write_str(&msg).await?;
                }
                Ok(0)
            }
            Some(idx) => {
                let wants_arg = spec[idx + c.len_utf8()..].starts_with(':');
                if wants_arg {
                    let optarg = if pos + 1 < chars.len() {
                        let v: String = chars[pos + 1..].iter().collect();
                        optind += 1;
                        sh.st.getopts_char = 0;
                        Some(v)
                    } else {
                        sh.st.getopts_char = 0;
                        let v = params.get(optind).cloned();
                        optind += if v.is_some() { 2 } else { 1 };
                        v
                    };
                    set(sh, "OPTIND", optind.to_string());
                    match optarg {
                        Some(v) => {
                            set(sh, &var, c.to_string());
                            set(sh, "OPTARG", v);
                        }
                        None => {
                            if silent {
                                set(sh, &var, ":".into());
                                set(sh, "OPTARG", c.to_string());
                            } else {
                                set(sh, &var, "?".into());
                                let _ = sh.st.unset("OPTARG");
                                io.stderr
                                    .write_str(&format!(
                                        "{}: option requires an argument -- {c}\n",
                                        sh.st.argv0
                                    ))
                                    .await?;
                            }
                        }
                    }
                } else {
                    advance(sh, &mut optind);
                    set(sh, "OPTIND", optind.to_string());
                    set(sh, &var, c.to_string());
                    let _ = sh.st.unset("OPTARG");
                }
                Ok(0)
            }
        }
    })
}

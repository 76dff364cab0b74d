//! Builtins over variables and options: `declare`/`typeset`/`local`, `export`, `readonly`,
//! `unset`, `set`, `shopt`, `let`.

use crate::eval::builtins::{fail, is_name};
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::eval::state::{Assoc, Value, Var};
use crate::eval::word::quote_q;
use crate::sync::{BoxFuture, boxed};

#[derive(Default, Clone, Copy)]
struct DeclFlags {
    indexed: bool,
    assoc: bool,
    integer: bool,
    lower: bool,
    upper: bool,
    export: Option<bool>,
    readonly: bool,
    global: bool,
    print: bool,
    functions: bool,
    function_names: bool,
    nameref: bool,
}

/// Formats one variable the way `declare -p` does.
fn declare_line(name: &str, var: &Var) -> String {
    let mut flags = String::new();
    match &var.value {
        Some(Value::Indexed(_)) => flags.push('a'),
        Some(Value::Assoc(_)) => flags.push('A'),
        _ => {}
    }
    if var.attrs.integer {
        flags.push('i');
    }
    if var.attrs.lower {
        flags.push('l');
    }
    if var.attrs.nameref {
        flags.push('n');
    }
    if var.attrs.readonly {
        flags.push('r');
    }
    if var.attrs.upper {
        flags.push('u');
    }
    if var.attrs.export {
        flags.push('x');
    }
    let flags = if flags.is_empty() {
        "--".to_string()
    } else {
        format!("-{flags}")
    };
    match &var.value {
        None => format!("declare {flags} {name}"),
        Some(Value::Str(s)) => format!("declare {flags} {name}={}", dq(s)),
        Some(Value::Indexed(a)) => {
            let items: Vec<String> = a.iter().map(|(k, v)| format!("[{k}]={}", dq(v))).collect();
            format!("declare {flags} {name}=({})", items.join(" "))
        }
        Some(Value::Assoc(a)) => {
            let items: Vec<String> = a
                .keys()
                .map(|k| {
                    format!(
                        "[{}]={} ",
                        assoc_key(k),
                        dq(a.get(k).map(String::as_str).unwrap_or(""))
                    )
                })
                .collect();
            format!("declare {flags} {name}=({})", items.concat())
        }
    }
}

fn assoc_key(k: &str) -> String {
    if k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !k.is_empty() {
        k.to_string()
    } else {
        dq(k)
    }
}

/// Double-quotes like `declare -p`: `"a \"b\" \$c"`.
fn dq(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

async fn declare_impl(sh: &mut Shell, args: Vec<String>, io: &Io, local: bool) -> EvalResult {
    let cmd = args[0].clone();
    let mut f = DeclFlags::default();
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        let (on, letters) = match (a.strip_prefix('-'), a.strip_prefix('+')) {
            (Some(l), _) if !l.is_empty() => (true, l),
            (_, Some(l)) if !l.is_empty() => (false, l),
            _ => break,
        };
        for c in letters.chars() {
            match c {
                'a' => f.indexed = on,
                'A' => f.assoc = on,
                'i' => f.integer = on,
                'l' => f.lower = on,
                'u' => f.upper = on,
                'x' => f.export = Some(on),
                'r' => f.readonly = on,
                'g' => f.global = on,
                'p' => f.print = true,
                'f' => f.functions = true,
                'F' => f.function_names = true,
                'n' => f.nameref = on,
                't' => {}
                _ => {
                    sh.report(io, &format!("{cmd}: -{c}: invalid option"))
                        .await?;
                    let usage = format!(
                        "{cmd}: usage: {cmd} [-aAfFgiIlnrtux] [name[=value] ...] or {cmd} -p [-aAfFilnrtux] [name ...]"
                    );
                    io.stderr.write_str(&format!("{usage}\n")).await?;
                    return Ok(2);
                }
            }
        }
        i += 1;
    }
    let names = &args[i..];
    if f.functions || f.function_names {
        let mut out = String::new();
        let mut fnames: Vec<&String> = sh.st.functions.keys().collect();
        fnames.sort();
        let mut status = 0;
        let listed: Vec<&String> = if names.is_empty() {
            fnames
        } else {
            names.iter().collect()
        };
        for n in listed {
            match sh.st.functions.get(n) {
                Some(_) if f.function_names && names.is_empty() => {
                    out.push_str(&format!("declare -f {n}\n"));
                }
                Some(_) if f.function_names => out.push_str(&format!("{n}\n")),
                Some(func) => {
                    out.push_str(&crate::syntax::print::function_definition(&func.def));
                    out.push('\n');
                }
                None => status = 1,
            }
        }
        io.stdout.write_str(&out).await?;
        return Ok(status);
    }
    if f.print || (names.is_empty() && !local) {
        let mut out = String::new();
        let mut status = 0;
        if names.is_empty() {
            for (n, v) in sh.st.all_vars() {
                if f.export == Some(true) && !v.attrs.export {
                    continue;
                }
                if f.readonly && !v.attrs.readonly {
                    continue;
                }
                if f.print || f.export.is_some() || f.readonly {
                    out.push_str(&declare_line(&n, &v));
                } else {
                    match &v.value {
                        Some(Value::Str(s)) => out.push_str(&format!("{n}={}", plain_quote(s))),
                        None => continue,
                        _ => out.push_str(&declare_line(&n, &v)),
                    }
                }
                out.push('\n');
            }
        } else {
            for n in names {
                match sh.st.var(n) {
                    Some(v) => {
                        out.push_str(&declare_line(n, v));
                        out.push('\n');
                    }
                    None => {
                        sh.report(io, &format!("{cmd}: {n}: not found")).await?;
                        status = 1;
                    }
                }
            }
        }
        io.stdout.write_str(&out).await?;
        return Ok(status);
    }
    if local && !sh.st.in_function() {
        return fail(sh, io, "local: can only be used in a function", 1).await;
    }
    let make_local = (local || sh.st.in_function()) && !f.global;
    let mut status = 0;
    for arg in names {
        let (name, value, append) = split_assignment(arg);
        let (base, index) = match name.find('[') {
            Some(p) if name.ends_with(']') => (&name[..p], Some(&name[p + 1..name.len() - 1])),
            _ => (name, None),
        };
        if !is_name(base) {
            sh.report(io, &format!("{cmd}: `{arg}': not a valid identifier"))
                .await?;
            status = 1;
            continue;
        }
        if sh.st.var(base).is_some_and(|v| v.attrs.readonly) && (value.is_some() || f.readonly) {
            sh.report(io, &format!("{cmd}: {base}: readonly variable"))
                .await?;
            status = 1;
            continue;
        }
        if make_local {
            sh.st.declare_local(base, None);
        }
        if f.assoc && !matches!(sh.st.value(base), Some(Value::Assoc(_))) {
            if matches!(sh.st.value(base), Some(Value::Indexed(_))) {
                sh.report(
                    io,
                    &format!("{cmd}: {base}: cannot convert indexed to associative array"),
                )
                .await?;
                status = 1;
                continue;
            }
            let _ = sh.st.set_value(base, Value::Assoc(Assoc::default()));
        } else if f.indexed
            && !matches!(sh.st.value(base), Some(Value::Indexed(_) | Value::Assoc(_)))
        {
            let mut arr = std::collections::BTreeMap::new();
            if let Some(Value::Str(s)) = sh.st.value(base) {
                arr.insert(0, s.clone());
            }
            let _ = sh.st.set_value(base, Value::Indexed(arr));
        }
        {
            let attrs = sh.st.attrs_mut(base);
            if f.integer {
                attrs.integer = true;
            }
            if f.lower {
                attrs.lower = true;
                attrs.upper = false;
            }
            if f.upper {
                attrs.upper = true;
                attrs.lower = false;
            }
            if let Some(x) = f.export {
                attrs.export = x;
            }
        }
        let failed = match value {
            Some(v) if f.nameref => {
                let r = sh.st.set_raw(base, v.to_string()).err().map(|e| e.0);
                sh.st.attrs_mut(base).nameref = true;
                r
            }
            Some(v) => assign_text(sh, base, index, v, append).await.err(),
            None => {
                if f.nameref {
                    sh.st.attrs_mut(base).nameref = true;
                }
                assign_pending_array(sh, base, io).await?
            }
        };
        if let Some(m) = failed {
            sh.report(io, &format!("{cmd}: {m}")).await?;
            status = 1;
            continue;
        }
        if f.readonly {
            sh.st.attrs_mut(base).readonly = true;
        }
    }
    Ok(status)
}

/// `NAME=value` / `NAME+=value` / `NAME`.
fn split_assignment(arg: &str) -> (&str, Option<&str>, bool) {
    match arg.find('=') {
        Some(p) if p > 0 && arg.as_bytes()[p - 1] == b'+' => {
            (&arg[..p - 1], Some(&arg[p + 1..]), true)
        }
        Some(p) => (&arg[..p], Some(&arg[p + 1..]), false),
        None => (arg, None, false),
    }
}

/// Assigns a text value (from a builtin argument) to `base[index]`, honouring the
/// integer attribute and `(a b c)` compound values.
async fn assign_text(
    sh: &mut Shell,
    base: &str,
    index: Option<&str>,
    v: &str,
    append: bool,
) -> Result<(), String> {
    let integer = sh.st.var(base).is_some_and(|v| v.attrs.integer);
    let mut value = v.to_string();
    if integer {
        let expr = if append {
            format!("{}+({v})", sh.st.get(base).unwrap_or("0"))
        } else {
            v.to_string()
        };
        value = sh.arith_text(&expr)?.to_string();
    } else if append {
        value = format!("{}{v}", sh.st.get(base).unwrap_or(""));
    }
    let r = match index {
        Some(i) => {
            let key = if matches!(sh.st.value(base), Some(Value::Assoc(_))) {
                i.to_string()
            } else {
                sh.arith_text(i)?.to_string()
            };
            sh.st.set_element(base, &key, value)
        }
        None => sh.st.set_scalar(base, value),
    };
    r.map_err(|e| e.0)
}

/// Performs the array assignment that the evaluator set aside for `name`, if any.
/// Returns a failure message.
async fn assign_pending_array(
    sh: &mut Shell,
    name: &str,
    io: &Io,
) -> crate::eval::shell::EvalResult<Option<String>> {
    let Some(pos) = sh.decl_arrays.iter().position(|a| a.name == name) else {
        return Ok(None);
    };
    let a = sh.decl_arrays.remove(pos);
    Ok(sh.assign(&a, io, false).await?.err())
}

/// Quotes a value for `set` output like bash: plain when safe, else `'...'`.
fn plain_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-./:=@%+,".contains(c))
    {
        s.to_string()
    } else {
        quote_q(s)
    }
}

/// `declare` / `typeset`
pub fn declare<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(declare_impl(sh, args, io, false))
}

/// `local`
pub fn local<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(declare_impl(sh, args, io, true))
}

async fn export_like(sh: &mut Shell, args: Vec<String>, io: &Io, readonly: bool) -> EvalResult {
    let cmd = args[0].clone();
    let mut unexport = false;
    let mut print = false;
    let mut functions = false;
    let mut i = 1;
    while i < args.len() && args[i].starts_with('-') && args[i].len() > 1 {
        match args[i].as_str() {
            "--" => {
                i += 1;
                break;
            }
            "-n" => unexport = true,
            "-p" => print = true,
            "-f" => functions = true,
            "-a" | "-A" => {}
            o => {
                sh.report(io, &format!("{cmd}: {o}: invalid option"))
                    .await?;
                return Ok(2);
            }
        }
        i += 1;
    }
    if i >= args.len() || print {
        let mut out = String::new();
        for (n, v) in sh.st.all_vars() {
            let show = if readonly {
                v.attrs.readonly
            } else {
                v.attrs.export
            };
            if show {
                out.push_str(&declare_line(&n, &v));
                out.push('\n');
            }
        }
        io.stdout.write_str(&out).await?;
        return Ok(0);
    }
    let mut status = 0;
    if functions && !readonly {
        // `export -f f`: the function reaches `bash` children.
        for name in &args[i..] {
            match sh.st.functions.get_mut(name.as_str()) {
                Some(f) => f.exported = !unexport,
                None => {
                    sh.report(io, &format!("{cmd}: {name}: not a function"))
                        .await?;
                    status = 1;
                }
            }
        }
        return Ok(status);
    }
    for arg in &args[i..] {
        let (name, value, append) = split_assignment(arg);
        if !is_name(name) {
            sh.report(io, &format!("{cmd}: `{arg}': not a valid identifier"))
                .await?;
            status = 1;
            continue;
        }
        if value.is_none()
            && let Some(m) = assign_pending_array(sh, name, io).await?
        {
            sh.report(io, &format!("{cmd}: {m}")).await?;
            status = 1;
            continue;
        }
        if let Some(v) = value {
            if sh.st.var(name).is_some_and(|v| v.attrs.readonly) {
                sh.report(io, &format!("{cmd}: {name}: readonly variable"))
                    .await?;
                status = 1;
                continue;
            }
            if let Err(m) = assign_text(sh, name, None, v, append).await {
                sh.report(io, &format!("{cmd}: {m}")).await?;
                status = 1;
                continue;
            }
        }
        let attrs = sh.st.attrs_mut(name);
        if readonly {
            attrs.readonly = true;
        } else {
            attrs.export = !unexport;
        }
    }
    Ok(status)
}

/// `export`
pub fn export<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(export_like(sh, args, io, false))
}

/// `readonly`
pub fn readonly<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(export_like(sh, args, io, true))
}

/// `unset [-v|-f] NAME...`
pub fn unset<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut funcs = false;
        let mut vars_only = false;
        let mut status = 0;
        for a in &args[1..] {
            match a.as_str() {
                "-f" => {
                    funcs = true;
                    continue;
                }
                "-v" => {
                    vars_only = true;
                    continue;
                }
                "-n" => continue,
                _ => {}
            }
            if funcs {
                sh.st.functions.remove(a);
                continue;
            }
            let (base, index) = match a.find('[') {
                Some(p) if a.ends_with(']') => (&a[..p], Some(&a[p + 1..a.len() - 1])),
                _ => (a.as_str(), None),
            };
            if !is_name(base) {
                sh.report(io, &format!("unset: `{a}': not a valid identifier"))
                    .await?;
                status = 1;
                continue;
            }
            let r = match index {
                Some("@") | Some("*") => sh.st.unset(base),
                Some(i) => {
                    let key = if matches!(sh.st.value(base), Some(Value::Assoc(_))) {
                        i.to_string()
                    } else {
                        match sh.arith_text(i) {
                            Ok(v) => v.to_string(),
                            Err(m) => {
                                sh.report(io, &m).await?;
                                status = 1;
                                continue;
                            }
                        }
                    };
                    sh.st.unset_element(base, &key)
                }
                None => {
                    if !vars_only && sh.st.var(base).is_none() {
                        sh.st.functions.remove(base);
                    }
                    sh.st.unset(base)
                }
            };
            if let Err(e) = r {
                sh.report(io, &format!("unset: {}", e.0)).await?;
                status = 1;
            }
        }
        Ok(status)
    })
}

fn set_option(sh: &mut Shell, name: &str, on: bool) -> bool {
    let o = &mut sh.st.options;
    match name {
        "errexit" | "e" => o.errexit = on,
        "nounset" | "u" => o.nounset = on,
        "xtrace" | "x" => o.xtrace = on,
        "pipefail" => o.pipefail = on,
        "noglob" | "f" => o.noglob = on,
        "noclobber" | "C" => o.noclobber = on,
        "allexport" | "a" => o.allexport = on,
        "verbose" | "v" => o.verbose = on,
        "noexec" | "n" => o.noexec = on,
        "braceexpand" | "B" => o.nobraceexpand = !on,
        "errtrace" | "E" => o.errtrace = on,
        "hashall"
        | "h"
        | "interactive-comments"
        | "posix"
        | "monitor"
        | "m"
        | "notify"
        | "b"
        | "ignoreeof"
        | "physical"
        | "P"
        | "functrace"
        | "T"
        | "histexpand"
        | "H"
        | "history"
        | "keyword"
        | "k"
        | "onecmd"
        | "t"
        | "privileged"
        | "p"
        | "vi"
        | "emacs"
        | "nolog" => {}
        _ => return false,
    }
    true
}

const SET_O_NAMES: &[&str] = &[
    "allexport",
    "braceexpand",
    "emacs",
    "errexit",
    "errtrace",
    "functrace",
    "hashall",
    "histexpand",
    "history",
    "ignoreeof",
    "interactive-comments",
    "keyword",
    "monitor",
    "noclobber",
    "noexec",
    "noglob",
    "nolog",
    "notify",
    "nounset",
    "onecmd",
    "physical",
    "pipefail",
    "posix",
    "privileged",
    "verbose",
    "vi",
    "xtrace",
];

/// `set [-euxo ...] [--] [ARGS...]`
pub fn set<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if args.len() == 1 {
            let mut out = String::new();
            for (n, v) in sh.st.all_vars() {
                match &v.value {
                    Some(Value::Str(s)) => out.push_str(&format!("{n}={}\n", plain_quote(s))),
                    Some(_) => {
                        let line = declare_line(&n, &v);
                        if let Some(rest) =
                            line.split_once(' ').and_then(|(_, r)| r.split_once(' '))
                        {
                            out.push_str(rest.1);
                            out.push('\n');
                        }
                    }
                    None => {}
                }
            }
            io.stdout.write_str(&out).await?;
            return Ok(0);
        }
        let mut i = 1;
        while i < args.len() {
            let a = args[i].clone();
            if a == "--" {
                sh.st.positional = args[i + 1..].to_vec();
                return Ok(0);
            }
            if a == "-" {
                sh.st.options.xtrace = false;
                sh.st.options.verbose = false;
                sh.st.positional = args[i + 1..].to_vec();
                return Ok(0);
            }
            let on = a.starts_with('-');
            if !(on || a.starts_with('+')) || a.len() < 2 {
                sh.st.positional = args[i..].to_vec();
                return Ok(0);
            }
            let letters = &a[1..];
            if letters == "o" {
                match args.get(i + 1) {
                    Some(name) => {
                        if !set_option(sh, name, on) {
                            return fail(sh, io, &format!("set: {name}: invalid option name"), 1)
                                .await;
                        }
                        i += 2;
                        continue;
                    }
                    None => {
                        let mut out = String::new();
                        for n in SET_O_NAMES {
                            let v = sh.st.options.get(n);
                            if on {
                                out.push_str(&format!(
                                    "{n:<15}\t{}\n",
                                    if v { "on" } else { "off" }
                                ));
                            } else {
                                out.push_str(&format!("set {}o {n}\n", if v { '-' } else { '+' }));
                            }
                        }
                        io.stdout.write_str(&out).await?;
                        return Ok(0);
                    }
                }
            }
            let mut consumed = 0;
            for c in letters.chars() {
                if c == 'o' {
                    // `set -euo pipefail`: each `o` takes the next argument as an option name.
                    consumed += 1;
                    match args.get(i + consumed) {
                        Some(name) if set_option(sh, name, on) => continue,
                        Some(name) => {
                            return fail(sh, io, &format!("set: {name}: invalid option name"), 1)
                                .await;
                        }
                        None => {
                            return fail(sh, io, "set: -o: option requires an argument", 2).await;
                        }
                    }
                }
                if !set_option(sh, &c.to_string(), on) {
                    sh.report(
                        io,
                        &format!("set: {}{c}: invalid option", if on { '-' } else { '+' }),
                    )
                    .await?;
                    io.stderr
                        .write_str("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n")
                        .await?;
                    return Ok(2);
                }
            }
            i += consumed;
            i += 1;
        }
        Ok(0)
    })
}

/// `shopt [-s|-u|-q|-p] [NAME...]`
pub fn shopt<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut mode = None;
        let mut quiet = false;
        let mut print = false;
        let mut use_o = false;
        let mut names = Vec::new();
        for a in &args[1..] {
            match a.as_str() {
                "-s" => mode = Some(true),
                "-u" => mode = Some(false),
                "-q" => quiet = true,
                "-p" => print = true,
                "-o" => use_o = true,
                _ => names.push(a.clone()),
            }
        }
        let get = |sh: &Shell, n: &str| -> Option<bool> {
            let o = &sh.st.options;
            Some(match n {
                "nullglob" => o.nullglob,
                "failglob" => o.failglob,
                "dotglob" => o.dotglob,
                "extglob" => o.extglob,
                "globstar" => o.globstar,
                "nocaseglob" => o.nocaseglob,
                "nocasematch" => o.nocasematch,
                "lastpipe" => o.lastpipe,
                "expand_aliases" => o.expand_aliases,
                "xpg_echo" => o.xpg_echo,
                "inherit_errexit"
                | "globasciiranges"
                | "extquote"
                | "sourcepath"
                | "checkwinsize"
                | "cmdhist"
                | "complete_fullquote"
                | "force_fignore"
                | "hostcomplete"
                | "interactive_comments"
                | "progcomp"
                | "promptvars" => true,
                "huponexit"
                | "nocaseglob_"
                | "shift_verbose"
                | "histappend"
                | "autocd"
                | "cdspell"
                | "checkhash"
                | "checkjobs"
                | "direxpand"
                | "dirspell"
                | "execfail"
                | "gnu_errfmt"
                | "histreedit"
                | "histverify"
                | "lithist"
                | "localvar_inherit"
                | "localvar_unset"
                | "login_shell"
                | "mailwarn"
                | "no_empty_cmd_completion"
                | "progcomp_alias"
                | "restricted_shell"
                | "assoc_expand_once"
                | "patsub_replacement"
                | "varredir_close"
                | "noexpand_translation"
                | "compat31"
                | "compat32"
                | "compat40"
                | "compat41"
                | "compat42"
                | "compat43"
                | "compat44" => false,
                _ => return None,
            })
        };
        if use_o {
            for n in &names {
                if let Some(on) = mode
                    && !set_option(sh, n, on)
                {
                    return fail(sh, io, &format!("shopt: {n}: invalid option name"), 1).await;
                }
            }
            return Ok(0);
        }
        let mut status = 0;
        if let Some(on) = mode {
            for n in &names {
                if get(sh, n).is_none() {
                    sh.report(io, &format!("shopt: {n}: invalid shell option name"))
                        .await?;
                    status = 1;
                    continue;
                }
                let o = &mut sh.st.options;
                match n.as_str() {
                    "nullglob" => o.nullglob = on,
                    "failglob" => o.failglob = on,
                    "dotglob" => o.dotglob = on,
                    "extglob" => o.extglob = on,
                    "globstar" => o.globstar = on,
                    "nocaseglob" => o.nocaseglob = on,
                    "nocasematch" => o.nocasematch = on,
                    "lastpipe" => o.lastpipe = on,
                    "expand_aliases" => o.expand_aliases = on,
                    "xpg_echo" => o.xpg_echo = on,
                    _ => {}
                }
            }
            return Ok(status);
        }
        let mut out = String::new();
        for n in &names {
            match get(sh, n) {
                Some(v) => {
                    if !v {
                        status = 1;
                    }
                    if print {
                        out.push_str(&format!("shopt {} {n}\n", if v { "-s" } else { "-u" }));
                    } else if !quiet {
                        out.push_str(&format!("{n:<15}\t{}\n", if v { "on" } else { "off" }));
                    }
                }
                None => {
                    sh.report(io, &format!("shopt: {n}: invalid shell option name"))
                        .await?;
                    status = 1;
                }
            }
        }
        io.stdout.write_str(&out).await?;
        Ok(status)
    })
}

/// `let EXPR...`
pub fn let_<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        if args.len() < 2 {
            return fail(sh, io, "let: expression expected", 1).await;
        }
        let mut last = 0;
        for a in &args[1..] {
            match sh.arith_text(a) {
                Ok(v) => last = v,
                Err(m) => return fail(sh, io, &format!("let: {m}"), 1).await,
            }
        }
        Ok(i32::from(last == 0))
    })
}

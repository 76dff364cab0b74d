//! The directory stack: `pushd`, `popd`, `dirs`.

use crate::eval::builtins::fail;
use crate::eval::shell::{EvalResult, Io, Shell};
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::normalize;

/// The stack as bash shows it: the cwd first, then the saved directories, `~` for HOME
/// unless `long`.
fn entries(sh: &Shell, long: bool) -> Vec<String> {
    let home = sh.st.get("HOME").unwrap_or("").to_string();
    let show = |d: &str| -> String {
        if long || home.is_empty() {
            return d.to_string();
        }
        if d == home {
            "~".to_string()
        } else if let Some(rest) = d.strip_prefix(&home).filter(|r| r.starts_with('/')) {
            format!("~{rest}")
        } else {
            d.to_string()
        }
    };
    std::iter::once(sh.st.cwd.as_str())
        .chain(sh.st.dir_stack.iter().rev().map(String::as_str))
        .map(show)
        .collect()
}

async fn print_stack(sh: &Shell, io: &Io) -> EvalResult<()> {
    let line = entries(sh, false).join(" ");
    io.stdout.write_str(&format!("{line}\n")).await?;
    Ok(())
}

/// Changes to `dir` (absolute), updating PWD and OLDPWD. Returns a message on failure.
async fn change_to(sh: &mut Shell, dir: &str, shown: &str) -> Result<(), String> {
    match sh.rt.vfs.stat(dir).await {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(format!("{shown}: Not a directory")),
        Err(e) => return Err(format!("{shown}: {}", e.reason())),
    }
    let old = std::mem::replace(&mut sh.st.cwd, dir.to_string());
    let _ = sh.st.set_scalar("OLDPWD", old);
    let _ = sh.st.set_scalar("PWD", dir.to_string());
    Ok(())
}

/// `pushd [DIR | +N]`
pub fn pushd<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let quiet = args.iter().any(|a| a == "-n");
        let operand = args[1..].iter().find(|a| a.as_str() != "-n").cloned();
        match operand {
            None => {
                let Some(top) = sh.st.dir_stack.pop() else {
                    return fail(sh, io, "pushd: no other directory", 1).await;
                };
                let here = sh.st.cwd.clone();
                if let Err(m) = change_to(sh, &top, &top).await {
                    sh.st.dir_stack.push(top);
                    return fail(sh, io, &format!("pushd: {m}"), 1).await;
                }
                sh.st.dir_stack.push(here);
            }
            Some(rot) if rot.starts_with('+') && rot[1..].parse::<usize>().is_ok() => {
                // Rotate so that entry N comes to the top.
                let n: usize = rot[1..].parse().unwrap_or(0);
                let mut all: Vec<String> = std::iter::once(sh.st.cwd.clone())
                    .chain(sh.st.dir_stack.iter().rev().cloned())
                    .collect();
                if n >= all.len() {
                    return fail(
                        sh,
                        io,
                        &format!("pushd: {rot}: directory stack index out of range"),
                        1,
                    )
                    .await;
                }
                all.rotate_left(n);
                let top = all[0].clone();
                if let Err(m) = change_to(sh, &top, &top).await {
                    return fail(sh, io, &format!("pushd: {m}"), 1).await;
                }
                sh.st.dir_stack = all[1..].iter().rev().cloned().collect();
            }
            Some(dir) => {
                let path = normalize(&sh.st.cwd, &dir);
                let here = sh.st.cwd.clone();
                if let Err(m) = change_to(sh, &path, &dir).await {
                    return fail(sh, io, &format!("pushd: {m}"), 1).await;
                }
                sh.st.dir_stack.push(here);
            }
        }
        if !quiet {
            print_stack(sh, io).await?;
        }
        Ok(0)
    })
}

/// `popd [+N]`
pub fn popd<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let quiet = args.iter().any(|a| a == "-n");
        let Some(top) = sh.st.dir_stack.pop() else {
            return fail(sh, io, "popd: directory stack empty", 1).await;
        };
        if let Err(m) = change_to(sh, &top, &top).await {
            sh.st.dir_stack.push(top);
            return fail(sh, io, &format!("popd: {m}"), 1).await;
        }
        if !quiet {
            print_stack(sh, io).await?;
        }
        Ok(0)
    })
}

/// `dirs [-c] [-l] [-p] [-v]`
pub fn dirs<'a>(sh: &'a mut Shell, args: Vec<String>, io: &'a Io) -> BoxFuture<'a, EvalResult> {
    boxed(async move {
        let mut long = false;
        let mut per_line = false;
        let mut verbose = false;
        for a in &args[1..] {
            match a.as_str() {
                "-c" => {
                    sh.st.dir_stack.clear();
                    return Ok(0);
                }
                "-l" => long = true,
                "-p" => per_line = true,
                "-v" => verbose = true,
                other => return fail(sh, io, &format!("dirs: {other}: invalid option"), 2).await,
            }
        }
        let list = entries(sh, long);
        let out = if verbose {
            list.iter()
                .enumerate()
                .map(|(i, d)| format!("{i:>2}  {d}\n"))
                .collect::<String>()
        } else if per_line {
            list.iter().map(|d| format!("{d}\n")).collect()
        } else {
            format!("{}\n", list.join(" "))
        };
        io.stdout.write_str(&out).await?;
        Ok(0)
    })
}

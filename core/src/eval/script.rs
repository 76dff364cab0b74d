//! Running a script as if in a new `bash` process: `bash FILE`, `bash -c STRING`, `sh`,
//! `./script.sh` and scripts found on `PATH`. Nothing is spawned: a fresh shell state gets
//! the exported variables and the working directory, and runs on the same VFS and limits.

use crate::error::ErrorKind;
use crate::eval::shell::{EvalResult, Flow, Io, Shell, Source, format_parse_error};
use crate::eval::state::ShellState;
use crate::sync::{BoxFuture, boxed};
use crate::vfs::path::normalize;

/// What `bash` was asked to run.
struct Invocation {
    /// `-c` text, or the script file's contents.
    text: String,
    /// `$0`.
    name: String,
    /// From `-c`: messages read `NAME: -c: line N:` for syntax errors.
    command_string: bool,
    /// `$1`...
    args: Vec<String>,
    /// `-e`, `-u`, `-x`, `-o pipefail` ... as `(name, on)`.
    options: Vec<(String, bool)>,
}

const VERSION: &str = "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
";

impl Shell {
    /// `bash ...` / `sh ...`.
    pub fn bash_command<'a>(
        &'a mut self,
        argv: Vec<String>,
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult> {
        boxed(async move {
            let shell_name = argv[0].rsplit('/').next().unwrap_or("bash").to_string();
            let mut options = Vec::new();
            let mut command: Option<String> = None;
            let mut from_stdin = false;
            let mut i = 1;
            while i < argv.len() {
                let a = &argv[i];
                match a.as_str() {
                    "--version" => {
                        io.stdout.write_str(VERSION).await?;
                        return Ok(0);
                    }
                    "--norc" | "--noprofile" | "--login" | "-l" | "-i" | "--posix" => {}
                    "-s" => from_stdin = true,
                    "--" => {
                        i += 1;
                        break;
                    }
                    "-c" => {
                        i += 1;
                        match argv.get(i) {
                            Some(c) => command = Some(c.clone()),
                            None => {
                                let msg =
                                    format!("{shell_name}: -c: option requires an argument\n");
                                io.stderr.write_str(&msg).await?;
                                return Ok(2);
                            }
                        }
                        i += 1;
                        break;
                    }
                    "-o" | "+o" => {
                        if let Some(name) = argv.get(i + 1) {
                            options.push((name.clone(), a == "-o"));
                        }
                        i += 1;
                    }
                    s if (s.starts_with('-') || s.starts_with('+')) && s.len() > 1 => {
                        let on = s.starts_with('-');
                        for c in s[1..].chars() {
                            if c == 'c' {
                                // `-ec 'cmd'`: the string is the next argument.
                                command = argv.get(i + 1).cloned();
                                i += 1;
                            } else {
                                options.push((c.to_string(), on));
                            }
                        }
                        if command.is_some() {
                            i += 1;
                            break;
                        }
                    }
                    _ => break,
                }
                i += 1;
            }
            let rest: Vec<String> = argv.get(i..).map(<[String]>::to_vec).unwrap_or_default();
            let inv = match command {
                Some(text) => Invocation {
                    text,
                    name: rest.first().cloned().unwrap_or_else(|| shell_name.clone()),
                    command_string: true,
                    args: rest.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
                    options,
                },
                None => match rest.first().filter(|_| !from_stdin) {
                    Some(file) => {
                        let path = normalize(&self.st.cwd, file);
                        let text = match self.rt.vfs.read(&path).await {
                            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                            Err(e) => {
                                let (status, who) = match e.kind() {
                                    crate::error::ErrorKind::NotFound => (127, shell_name.as_str()),
                                    // bash names the file twice for a directory.
                                    crate::error::ErrorKind::IsADirectory => (126, file.as_str()),
                                    _ => (126, shell_name.as_str()),
                                };
                                let msg = format!("{who}: {file}: {}\n", e.reason());
                                io.stderr.write_str(&msg).await?;
                                return Ok(status);
                            }
                        };
                        Invocation {
                            text,
                            name: file.clone(),
                            command_string: false,
                            args: rest[1..].to_vec(),
                            options,
                        }
                    }
                    None => {
                        // The script comes from standard input (`-s`: the operands are `$1`...).
                        let bytes = io.stdin.read_all().await?;
                        Invocation {
                            text: String::from_utf8_lossy(&bytes).into_owned(),
                            name: shell_name.clone(),
                            command_string: true,
                            args: rest.clone(),
                            options,
                        }
                    }
                },
            };
            self.run_process(inv, io).await
        })
    }

    /// Runs the file at `path` (a command name with a `/`, or found on `PATH`) the way the
    /// kernel and bash would: `#!` naming bash or sh, or no `#!` at all, runs it as a bash
    /// script; any other interpreter is not available.
    pub async fn exec_file(
        &mut self,
        shown: &str,
        path: &str,
        argv: Vec<String>,
        io: &Io,
    ) -> EvalResult {
        let meta = match self.rt.vfs.stat(path).await {
            Ok(m) => m,
            Err(_) => {
                self.report(io, &format!("{shown}: No such file or directory"))
                    .await?;
                return Ok(127);
            }
        };
        if meta.is_dir() {
            self.report(io, &format!("{shown}: Is a directory")).await?;
            return Ok(126);
        }
        if meta.mode & 0o111 == 0 {
            self.report(io, &format!("{shown}: Permission denied"))
                .await?;
            return Ok(126);
        }
        let data = match self.rt.vfs.read(path).await {
            Ok(b) => b,
            Err(e) => {
                self.report(io, &format!("{shown}: {}", e.reason())).await?;
                return Ok(126);
            }
        };
        if let Some(loader) = self.rt.registry.loader().cloned()
            && loader.recognizes(&data)
        {
            let program = match loader.load(path, data).await {
                Ok(p) => p,
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(Flow::Fatal(e));
                }
                Err(e) => {
                    self.report(io, &format!("{shown}: {}", e.reason())).await?;
                    return Ok(126);
                }
            };
            let mut argv = argv;
            if let Some(a0) = argv.first_mut() {
                *a0 = shown.rsplit('/').next().unwrap_or(shown).to_string();
                if let Some(stem) = a0.strip_suffix(loader.suffix()) {
                    *a0 = stem.to_string();
                }
            }
            let mut ctx = self.command_ctx(argv, io);
            let r = program.run(&mut ctx).await;
            return crate::eval::command::finish_command(&ctx, r, io).await;
        }
        if data.starts_with(b"\0asm") || data.starts_with(b"\x7fELF") {
            let msg = format!("{shown}: cannot execute binary file: Exec format error");
            self.report(io, &msg).await?;
            return Ok(126);
        }
        let text = String::from_utf8_lossy(&data).into_owned();
        let mut options = Vec::new();
        if let Some(line) = text.strip_prefix("#!") {
            let line = line.lines().next().unwrap_or("");
            let mut words = line.split_whitespace();
            let interp = words.next().unwrap_or("");
            let base = interp.rsplit('/').next().unwrap_or("");
            let shell_ok = |b: &str| matches!(b, "bash" | "sh");
            let runs_bash = if base == "env" {
                words.next().is_some_and(shell_ok)
            } else {
                shell_ok(base)
            };
            if !runs_bash {
                let msg = format!("{shown}: {interp}: bad interpreter: No such file or directory");
                self.report(io, &msg).await?;
                return Ok(126);
            }
            for w in words.filter(|w| w.starts_with('-') && w.len() > 1) {
                options.extend(w[1..].chars().map(|c| (c.to_string(), true)));
            }
        }
        let inv = Invocation {
            text,
            name: shown.to_string(),
            command_string: false,
            args: argv.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
            options,
        };
        self.run_process(inv, io).await
    }

    /// Looks `name` up on `PATH` in the VFS: the first regular file found (`NAME`, or
    /// `NAME.wasm` when the embedder set a program loader for that suffix).
    pub async fn find_on_path(&self, name: &str) -> Option<String> {
        let path_var = self.st.get("PATH")?.to_string();
        for dir in path_var.split(':') {
            let dir = if dir.is_empty() { "." } else { dir };
            let full = normalize(&self.st.cwd, &format!("{dir}/{name}"));
            if let Ok(m) = self.rt.vfs.stat(&full).await
                && m.is_file()
            {
                return Some(full);
            }
            if let Some(loader) = self.rt.registry.loader() {
                let full = format!("{full}{}", loader.suffix());
                if let Ok(m) = self.rt.vfs.stat(&full).await
                    && m.is_file()
                {
                    return Some(full);
                }
            }
        }
        None
    }

    async fn run_process(&mut self, inv: Invocation, io: &Io) -> EvalResult {
        if self.subst_depth >= self.rt.limits.max_substitution_depth
            || self.call_depth >= self.rt.limits.max_call_depth
        {
            return Err(Flow::Fatal(crate::error::Error::limit(format!(
                "nested shell limit of {} exceeded",
                self.rt.limits.max_substitution_depth
            ))));
        }
        let script = match crate::syntax::parse(&inv.text) {
            Ok(s) => s,
            Err(e) => {
                let prefix = if inv.command_string {
                    format!("{}: -c: line {}: ", inv.name, e.line)
                } else {
                    format!("{}: line {}: ", inv.name, e.line)
                };
                io.stderr
                    .write_str(&format_parse_error(&prefix, &e, &inv.text))
                    .await?;
                return Ok(2);
            }
        };
        let mut st = ShellState::process(self.st.exported(), self.st.cwd.clone(), inv.name.clone());
        for (name, f) in &self.st.functions {
            if f.exported {
                st.functions.insert(name.clone(), f.clone());
            }
        }
        st.positional = inv.args;
        for (name, on) in &inv.options {
            let o = &mut st.options;
            match name.as_str() {
                "e" | "errexit" => o.errexit = *on,
                "u" | "nounset" => o.nounset = *on,
                "x" | "xtrace" => o.xtrace = *on,
                "f" | "noglob" => o.noglob = *on,
                "v" | "verbose" => o.verbose = *on,
                "pipefail" => o.pipefail = *on,
                "C" | "noclobber" => o.noclobber = *on,
                "a" | "allexport" => o.allexport = *on,
                "n" | "noexec" => o.noexec = *on,
                _ => {}
            }
        }
        let source = Source::new(&inv.name, inv.command_string, &inv.text);
        // A new process: its own `$$`, `BASH_SUBSHELL` from 0, no function to `return` from.
        st.pid = self.st.next_pid;
        st.next_pid = self.st.next_pid + 1;
        self.st.next_pid += 1;
        let mut child = Shell::new(st, self.rt.clone(), source);
        child.deadline = self.deadline;
        child.subst_depth = self.subst_depth + 1;
        child.process_base = child.subst_depth;
        let r = child.eval_script(&script.body, &script.warnings, io).await;
        let status = match r {
            Ok(s) => s,
            Err(Flow::Exit(s)) | Err(Flow::Return(s)) | Err(Flow::Abort(s)) => s,
            Err(Flow::ExpansionError) => {
                if inv.command_string {
                    127
                } else {
                    1
                }
            }
            Err(Flow::Break(_)) | Err(Flow::Continue(_)) => child.st.last_status,
            Err(Flow::Fatal(e)) => return Err(Flow::Fatal(e)),
        };
        child.st.last_status = status;
        child.run_exit_trap(io).await?;
        child.flush_exec_sinks(io).await?;
        Ok(child.st.last_status & 0xff)
    }
}

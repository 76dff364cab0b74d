//! Evaluation of commands: lists, and-or lists, pipelines, simple and compound commands,
//! function calls. One function per AST node (`eval_<node>`).

use std::sync::Arc;

use crate::commands::Ctx;
use crate::error::ErrorKind;
use crate::eval::pattern::{Pattern, PatternOptions};
use crate::eval::shell::{EvalResult, Flow, Io, Shell, Source};
use crate::eval::state::{Function, Value, Var};
use crate::io::{Input, pipe};
use crate::sync::{BoxFuture, boxed};
use crate::syntax::ast::{
    AndOr, AndOrOp, AssignValue, Assignment, CaseTerminator, Command, CompoundCommand, List,
    ListItem, Pipeline, SimpleCommand, TimeFormat, Word,
};

impl Shell {
    /// Runs a list of commands.
    pub fn eval_list<'a>(&'a mut self, list: &'a List, io: &'a Io) -> BoxFuture<'a, EvalResult> {
        boxed(async move {
            let mut status = self.st.last_status;
            let mut gen_seen = self.exec_gen;
            let mut cur: Option<Io> = None;
            for item in &list.items {
                status = self.eval_item(item, cur.as_ref().unwrap_or(io)).await?;
                if self.exec_gen != gen_seen {
                    gen_seen = self.exec_gen;
                    cur = self.exec_io.clone();
                }
            }
            Ok(status)
        })
    }

    /// Runs a whole script the way bash reads it, line by line: an [`Flow::Abort`] skips
    /// the rest of the line it happened on and the script goes on with the next line.
    pub async fn eval_script(
        &mut self,
        body: &List,
        warnings: &[(u32, String)],
        io: &Io,
    ) -> EvalResult {
        let mut status = 0;
        let last = body.items.len().saturating_sub(1);
        let mut skip_line: Option<u32> = None;
        let mut gen_seen = self.exec_gen;
        let mut cur: Option<Io> = None;
        for item in &body.items {
            if skip_line == Some(self.source.line_of(item.span.start)) {
                continue;
            }
            skip_line = None;
            if std::ptr::eq(item, &body.items[last]) {
                // Parser warnings (a here-document ended by end of file) belong to the last
                // command; bash prints them just before running it.
                for (line, msg) in warnings {
                    let text = format!("{}: line {line}: {msg}\n", self.source.name);
                    io.stderr.write_str(&text).await?;
                }
            }
            let r = self.eval_item(item, cur.as_ref().unwrap_or(io)).await;
            if self.exec_gen != gen_seen {
                gen_seen = self.exec_gen;
                cur = self.exec_io.clone();
            }
            match r {
                Ok(s) => status = s,
                Err(Flow::Abort(s)) => {
                    status = s;
                    self.st.last_status = s;
                    skip_line = Some(self.source.line_of(item.span.end.saturating_sub(1)));
                }
                Err(e) => return Err(e),
            }
        }
        Ok(status)
    }

    async fn eval_item(&mut self, item: &ListItem, io: &Io) -> EvalResult {
        self.rt.check()?;
        if self.st.options.noexec {
            return Ok(0);
        }
        if item.background {
            // The job runs in a subshell of its own, concurrently with what follows; the
            // run's job driver polls it (see `eval::jobs`).
            let mut sub = self.subshell()?;
            let and_or = Arc::new(item.and_or.clone());
            let job_io = io.clone();
            let pid = self.st.next_pid;
            self.st.next_pid += 1;
            self.rt.jobs.spawn(
                pid,
                boxed(async move {
                    match sub.eval_and_or(&and_or, &job_io).await {
                        Ok(s) | Err(Flow::Exit(s)) | Err(Flow::Abort(s)) | Err(Flow::Return(s)) => {
                            Ok(s)
                        }
                        Err(Flow::ExpansionError) => Ok(1),
                        Err(Flow::Fatal(e)) if e.kind() == ErrorKind::BrokenPipe => Ok(141),
                        Err(Flow::Fatal(e)) => Err(e),
                        Err(Flow::Break(_)) | Err(Flow::Continue(_)) => Ok(0),
                    }
                }),
            );
            self.st.last_bg_pid = Some(pid);
            self.st.job_pids.push(pid);
            let text = self.source.snippet(item.span).trim_end();
            let text = text
                .strip_suffix('&')
                .unwrap_or(text)
                .trim_end()
                .to_string();
            self.st.job_texts.push(text);
            self.st.last_status = 0;
            return Ok(0);
        }
        let status = self.eval_and_or(&item.and_or, io).await?;
        Ok(status)
    }

    /// Runs `a && b || c`, applying `set -e` and the ERR trap to the final status.
    pub async fn eval_and_or(&mut self, ao: &AndOr, io: &Io) -> EvalResult {
        let n = ao.rest.len();
        let mut status;
        // `set -e` only looks at the last pipeline of the list, and only if it ran.
        let mut ran_last = n == 0;
        if n == 0 {
            status = self.eval_pipeline(&ao.first, io).await?;
        } else {
            self.in_condition += 1;
            let r = self.eval_pipeline(&ao.first, io).await;
            self.in_condition -= 1;
            status = r?;
            for (i, (op, p)) in ao.rest.iter().enumerate() {
                let run = match op {
                    AndOrOp::And => status == 0,
                    AndOrOp::Or => status != 0,
                };
                if !run {
                    continue;
                }
                if i + 1 == n {
                    ran_last = true;
                    status = self.eval_pipeline(p, io).await?;
                } else {
                    self.in_condition += 1;
                    let r = self.eval_pipeline(p, io).await;
                    self.in_condition -= 1;
                    status = r?;
                }
            }
        }
        if !ran_last {
            return Ok(status);
        }
        let last_bang = match ao.rest.last() {
            Some((_, p)) => p.bang,
            None => ao.first.bang,
        };
        if status != 0 && self.in_condition == 0 && !last_bang {
            self.on_failure(status, io).await?;
        }
        Ok(status)
    }

    /// The text of a simple command as bash prints it for `BASH_COMMAND`: words and
    /// assignments as written, one space apart; redirections as `2> file`, `2>&1`.
    fn command_text(&self, sc: &SimpleCommand) -> String {
        use crate::syntax::ast::RedirectOp as R;
        let mut parts: Vec<String> = Vec::new();
        for a in &sc.assignments {
            parts.push(self.source.snippet(a.span).to_string());
        }
        for w in &sc.words {
            parts.push(self.source.snippet(w.span).to_string());
        }
        for r in &sc.redirects {
            let fd = r.fd.map(|n| n.to_string()).unwrap_or_default();
            let target = self.source.snippet(r.target.span);
            let op = match r.op {
                R::Read => "<",
                R::Write => ">",
                R::Clobber => ">|",
                R::Append => ">>",
                R::ReadWrite => "<>",
                R::WriteAll => "&>",
                R::AppendAll => "&>>",
                R::HereString => "<<<",
                R::DupOut | R::DupIn => {
                    let op = if r.op == R::DupOut { ">&" } else { "<&" };
                    parts.push(format!("{fd}{op}{target}"));
                    continue;
                }
                R::HereDoc { .. } => {
                    parts.push(self.source.snippet(r.span).trim_end().to_string());
                    continue;
                }
            };
            parts.push(format!("{fd}{op} {target}"));
        }
        parts.join(" ")
    }

    /// Runs a trap's action (`BASH_COMMAND` stays the command that triggered it).
    async fn eval_trap(&mut self, action: &str, io: &Io) -> EvalResult {
        self.in_trap += 1;
        let r = self.eval_string(action, io, Code::Trap).await;
        self.in_trap -= 1;
        r
    }

    /// Runs the ERR trap and applies `set -e` after a failed command.
    async fn on_failure(&mut self, status: i32, io: &Io) -> EvalResult<()> {
        // Functions inherit the ERR trap only with `set -E`.
        let inherited = self.st.func_names.is_empty() || self.st.options.errtrace;
        if let Some(action) = self.st.traps.get("ERR").cloned()
            && inherited
            && !action.is_empty()
        {
            let saved = self.st.last_status;
            self.in_condition += 1;
            let r = self.eval_trap(&action, io).await;
            self.in_condition -= 1;
            r?;
            self.st.last_status = saved;
        }
        if self.st.options.errexit {
            return Err(Flow::Exit(status));
        }
        Ok(())
    }

    /// Runs a pipeline; stages run concurrently, connected by bounded pipes.
    pub async fn eval_pipeline(&mut self, p: &Pipeline, io: &Io) -> EvalResult {
        if p.bang {
            self.in_condition += 1;
        }
        let started = p.time.map(|_| self.rt.clock.now());
        let r = self.eval_pipeline_inner(p, io).await;
        if p.bang {
            self.in_condition -= 1;
        }
        if let (Some(format), Some(start)) = (p.time, started) {
            // `time`: the run's wall time from the embedder's clock; no CPU times exist here.
            let real = self.rt.clock.now().saturating_sub(start);
            let text = match format {
                TimeFormat::Default => {
                    let secs = real.as_secs_f64();
                    let min = (secs / 60.0).floor();
                    format!(
                        "\nreal\t{}m{:.3}s\nuser\t0m0.000s\nsys\t0m0.000s\n",
                        min,
                        secs - min * 60.0
                    )
                }
                TimeFormat::Posix => {
                    format!("real {:.2}\nuser 0.00\nsys 0.00\n", real.as_secs_f64())
                }
            };
            io.stderr.write_str(&text).await?;
        }
        let status = r?;
        let status = if p.bang {
            i32::from(status == 0)
        } else {
            status
        };
        self.st.last_status = status;
        Ok(status)
    }

    async fn eval_pipeline_inner(&mut self, p: &Pipeline, io: &Io) -> EvalResult {
        if p.commands.len() == 1 {
            let status = self.eval_command(&p.commands[0], io).await?;
            self.st.pipestatus = vec![status];
            return Ok(status);
        }
        let n = p.commands.len();
        // `shopt -s lastpipe`: the last stage runs in this shell, so its assignments stay.
        let lastpipe = self.st.options.lastpipe;
        let mut last_stage: Option<(&Command, Io)> = None;
        let mut stages = Vec::with_capacity(n);
        let mut next_in: Option<Input> = None;
        for (i, cmd) in p.commands.iter().enumerate() {
            let stdin = next_in.take().unwrap_or_else(|| io.stdin.clone());
            let (stdout, stderr) = if i + 1 < n {
                let (w, r) = pipe();
                next_in = Some(r);
                let err = if p.pipe_stderr.get(i).copied().unwrap_or(false) {
                    w.clone()
                } else {
                    io.stderr.clone()
                };
                (w, err)
            } else {
                (io.stdout.clone(), io.stderr.clone())
            };
            let stage_io = Io {
                stdin,
                stdout,
                stderr,
                extra: io.extra.clone(),
            };
            if lastpipe && i + 1 == n {
                last_stage = Some((cmd, stage_io));
                continue;
            }
            let mut sub = self.subshell()?;
            // Stages are not "conditions", but a stage's `exit` only leaves the stage.
            stages.push(boxed(async move {
                let r = sub.eval_command(cmd, &stage_io).await;
                drop(stage_io);
                match r {
                    Ok(s) | Err(Flow::Exit(s)) | Err(Flow::Return(s)) | Err(Flow::Abort(s)) => {
                        Ok(s)
                    }
                    Err(Flow::ExpansionError) => Ok(1),
                    Err(Flow::Break(_)) | Err(Flow::Continue(_)) => Ok(0),
                    Err(Flow::Fatal(e)) if e.kind() == ErrorKind::BrokenPipe => Ok(141),
                    Err(Flow::Fatal(e)) => Err(e),
                }
            }));
        }
        let (results, last) = match last_stage {
            Some((cmd, stage_io)) => {
                let this = &mut *self;
                let last = async move {
                    let r = this.eval_command(cmd, &stage_io).await;
                    drop(stage_io);
                    r
                };
                let (results, last) = futures::join!(futures::future::join_all(stages), last);
                (results, Some(last?))
            }
            None => (futures::future::join_all(stages).await, None),
        };
        let mut statuses = Vec::with_capacity(n);
        for r in results {
            statuses.push(r?);
        }
        statuses.extend(last);
        let status = if self.st.options.pipefail {
            statuses
                .iter()
                .rev()
                .copied()
                .find(|&s| s != 0)
                .unwrap_or(0)
        } else {
            statuses.last().copied().unwrap_or(0)
        };
        self.st.pipestatus = statuses;
        Ok(status)
    }

    /// Runs one command of a pipeline.
    pub fn eval_command<'a>(
        &'a mut self,
        cmd: &'a Command,
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult> {
        boxed(async move {
            match cmd {
                Command::Simple(sc) => self.eval_simple(sc, io).await,
                Command::Compound(cc, redirects, span) => {
                    self.line = self.source.line_of(span.start);
                    self.rt.check()?;
                    if redirects.is_empty() {
                        return self.eval_compound(cc, io).await;
                    }
                    let (rio, sinks) = match self.apply_redirects(redirects, io).await? {
                        Ok(x) => x,
                        Err(status) => return Ok(status),
                    };
                    let r = self.eval_compound(cc, &rio).await;
                    drop(rio);
                    let flushed = self.close_redirects(sinks, io).await?;
                    let status = r?;
                    Ok(if flushed || status != 0 { status } else { 1 })
                }
                Command::FunctionDef(fd) => {
                    let source = self.source.for_function();
                    let f = Function {
                        def: Arc::new(fd.clone()),
                        source,
                        exported: false,
                    };
                    self.st.functions.insert(fd.name.clone(), f);
                    Ok(0)
                }
            }
        })
    }

    async fn eval_compound(&mut self, cc: &CompoundCommand, io: &Io) -> EvalResult {
        match cc {
            CompoundCommand::BraceGroup(list) => self.eval_list(list, io).await,
            CompoundCommand::Subshell(list) => {
                let mut sub = self.subshell()?;
                let status = sub.run_subshell_list(list, io).await?;
                self.st.last_status = status;
                Ok(status)
            }
            CompoundCommand::If {
                branches,
                else_body,
            } => {
                for (cond, body) in branches {
                    if self.eval_condition(cond, io).await? == 0 {
                        return self.eval_list(body, io).await;
                    }
                }
                match else_body {
                    Some(body) => self.eval_list(body, io).await,
                    None => Ok(0),
                }
            }
            CompoundCommand::For { var, words, body } => {
                if !crate::eval::builtins::is_name(var) {
                    self.report(io, &format!("`{var}': not a valid identifier"))
                        .await?;
                    return Ok(1);
                }
                let items = match words {
                    Some(ws) => self.expand_words(ws, io).await?,
                    None => self.st.positional.clone(),
                };
                let header = match (words, self.st.options.xtrace) {
                    (_, false) => None,
                    (Some(ws), true) => match (ws.first(), ws.last()) {
                        (Some(a), Some(b)) => Some(format!(
                            "for {var} in {}",
                            self.source.snippet(crate::syntax::ast::Span {
                                start: a.span.start,
                                end: b.span.end
                            })
                        )),
                        _ => Some(format!("for {var} in")),
                    },
                    (None, true) => Some(format!("for {var} in \"$@\"")),
                };
                let mut status = 0;
                self.loop_depth += 1;
                let r = async {
                    for item in items {
                        self.rt.tick_loop().await?;
                        if let Some(h) = &header {
                            self.xtrace_line(h, io).await?;
                        }
                        if let Err(e) = self.st.set_scalar(var, item) {
                            self.report(io, &e.0).await?;
                            return Ok(1);
                        }
                        match loop_step(self.eval_list(body, io).await, self.st.last_status)? {
                            LoopStep::Ran(s) => status = s,
                            LoopStep::Continue => {}
                            LoopStep::Break(s) => {
                                status = s;
                                break;
                            }
                        }
                    }
                    Ok(status)
                }
                .await;
                self.loop_depth -= 1;
                r
            }
            CompoundCommand::ArithFor {
                init,
                cond,
                step,
                body,
            } => {
                self.loop_depth += 1;
                let r = self.eval_arith_for(init, cond, step, body, io).await;
                self.loop_depth -= 1;
                r
            }
            CompoundCommand::While { cond, body, until } => {
                let mut status = 0;
                self.loop_depth += 1;
                let r = async {
                    loop {
                        self.rt.tick_loop().await?;
                        let c = match loop_step(
                            self.eval_condition(cond, io).await,
                            self.st.last_status,
                        )? {
                            LoopStep::Ran(c) => c,
                            LoopStep::Continue => continue,
                            LoopStep::Break(s) => {
                                status = s;
                                break;
                            }
                        };
                        if (c == 0) == *until {
                            break;
                        }
                        match loop_step(self.eval_list(body, io).await, self.st.last_status)? {
                            LoopStep::Ran(s) => status = s,
                            LoopStep::Continue => {}
                            LoopStep::Break(s) => {
                                status = s;
                                break;
                            }
                        }
                    }
                    Ok(status)
                }
                .await;
                self.loop_depth -= 1;
                r
            }
            CompoundCommand::Case { word, arms } => {
                if self.st.options.xtrace {
                    let h = format!("case {} in", self.source.snippet(word.span));
                    self.xtrace_line(&h, io).await?;
                }
                let subject = self.expand_string(word, io).await?;
                let opts = PatternOptions {
                    extglob: self.st.options.extglob,
                    nocase: self.st.options.nocasematch,
                };
                let mut status = 0;
                let mut i = 0;
                let mut fall = false;
                while i < arms.len() {
                    let arm = &arms[i];
                    let mut hit = fall;
                    if !hit {
                        for p in &arm.patterns {
                            let pat = self.expand_pattern(p, io).await?;
                            if Pattern::new(&pat, opts).matches(&subject) {
                                hit = true;
                                break;
                            }
                        }
                    }
                    if hit {
                        status = self.eval_list(&arm.body, io).await?;
                        match arm.terminator {
                            CaseTerminator::Break => return Ok(status),
                            CaseTerminator::FallThrough => fall = true,
                            CaseTerminator::Continue => fall = false,
                        }
                    }
                    i += 1;
                }
                Ok(status)
            }
            CompoundCommand::Arith(w) => {
                let text = self.expand_string(w, io).await?;
                if self.st.options.xtrace {
                    self.xtrace_line(&format!("(( {text} ))"), io).await?;
                }
                match self.arith_text(&text) {
                    Ok(v) => Ok(i32::from(v == 0)),
                    Err(m) => {
                        self.report(io, &format!("((: {m}")).await?;
                        Ok(1)
                    }
                }
            }
            CompoundCommand::Cond(expr) => self.eval_cond(expr, io).await,
        }
    }

    async fn eval_arith_for(
        &mut self,
        init: &Word,
        cond: &Word,
        step: &Word,
        body: &List,
        io: &Io,
    ) -> EvalResult {
        let mut status = 0;
        if !init.parts.is_empty() {
            self.arith_checked(init, io).await?;
        }
        loop {
            self.rt.tick_loop().await?;
            if !cond.parts.is_empty() && self.arith_checked(cond, io).await? == 0 {
                break;
            }
            match loop_step(self.eval_list(body, io).await, self.st.last_status)? {
                LoopStep::Ran(s) => status = s,
                LoopStep::Continue => {}
                LoopStep::Break(s) => {
                    status = s;
                    break;
                }
            }
            if !step.parts.is_empty() {
                self.arith_checked(step, io).await?;
            }
        }
        Ok(status)
    }

    /// Arithmetic whose error is reported with a `((: ` prefix and ends the command (status 1).
    async fn arith_checked(&mut self, w: &Word, io: &Io) -> EvalResult<i64> {
        let text = self.expand_string(w, io).await?;
        if self.st.options.xtrace {
            self.xtrace_line(&format!("(( {} ))", text.trim()), io)
                .await?;
        }
        match self.arith_text(&text) {
            Ok(v) => Ok(v),
            Err(m) => {
                self.report(io, &format!("((: {m}")).await?;
                Err(Flow::Exit(1))
            }
        }
    }

    /// Runs a list as a condition: `set -e` does not apply inside.
    pub async fn eval_condition(&mut self, list: &List, io: &Io) -> EvalResult {
        self.in_condition += 1;
        let r = self.eval_list(list, io).await;
        self.in_condition -= 1;
        r
    }

    /// Runs a list in this (already cloned) subshell: `exit` ends only the subshell, and
    /// its EXIT trap runs.
    pub fn run_subshell_list<'a>(
        &'a mut self,
        list: &'a List,
        io: &'a Io,
    ) -> BoxFuture<'a, EvalResult> {
        boxed(async move {
            self.st.traps.remove("EXIT");
            let r = self.eval_list(list, io).await;
            let status = match r {
                Ok(s) => s,
                Err(Flow::Exit(s)) | Err(Flow::Return(s)) | Err(Flow::Abort(s)) => s,
                Err(Flow::ExpansionError) => 1,
                Err(Flow::Break(_)) | Err(Flow::Continue(_)) => self.st.last_status,
                Err(Flow::Fatal(e)) => return Err(Flow::Fatal(e)),
            };
            self.st.last_status = status;
            self.run_exit_trap(io).await?;
            Ok(self.st.last_status)
        })
    }

    /// Runs the EXIT trap once, if set. An `exit` inside it sets the final status.
    pub async fn run_exit_trap(&mut self, io: &Io) -> EvalResult<()> {
        if let Some(action) = self.st.traps.remove("EXIT") {
            let saved = self.st.last_status;
            match self.eval_trap(&action, io).await {
                Err(Flow::Exit(s)) => {
                    self.st.last_status = s;
                    return Ok(());
                }
                Err(Flow::Fatal(e)) => return Err(Flow::Fatal(e)),
                _ => {}
            }
            self.st.last_status = saved;
        }
        Ok(())
    }

    async fn eval_simple(&mut self, sc: &SimpleCommand, io: &Io) -> EvalResult {
        // bash numbers a simple command by where its first argument ends (its parser has
        // read that far when it builds the command), else by where the command ends.
        let anchor = match sc.words.get(1) {
            Some(w) => w.span.end.saturating_sub(1),
            None => sc.span.end.saturating_sub(1).max(sc.span.start),
        };
        self.line = self.source.line_of(anchor);
        if self.in_trap == 0 {
            self.bash_command = self.command_text(sc);
        }
        self.rt.tick_command().await?;
        self.subst_status = None;
        let proc_subs_before = self.proc_subs.len();
        let r = self.eval_simple_inner(sc, io).await;
        self.proc_subs.truncate(proc_subs_before);
        r
    }

    async fn eval_simple_inner(&mut self, sc: &SimpleCommand, io: &Io) -> EvalResult {
        if self.st.options.expand_aliases
            && !self.st.aliases.is_empty()
            && let Some(r) = self.eval_alias(sc, io).await
        {
            return r;
        }
        let argv = match sc.words.first().and_then(|w| w.as_literal()) {
            Some(n)
                if matches!(
                    n.as_str(),
                    "declare" | "typeset" | "local" | "export" | "readonly"
                ) =>
            {
                self.expand_declaration(&sc.words, io).await?
            }
            _ => self.expand_words(&sc.words, io).await?,
        };
        if argv.is_empty() {
            let mut status = 0;
            // The trace uses PS4 as it was before these assignments.
            let prefix = if self.st.options.xtrace {
                Some(self.xtrace_prefix(io).await?)
            } else {
                None
            };
            for a in &sc.assignments {
                if let Err(msg) = self.assign(a, io, false).await? {
                    self.report(io, &msg).await?;
                    // bash: a failed assignment statement ends a non-interactive shell.
                    if msg.ends_with("readonly variable") {
                        self.st.last_status = 1;
                        return Err(Flow::Abort(1));
                    }
                    status = 1;
                }
            }
            if status == 0 {
                status = self.subst_status.take().unwrap_or(0);
            }
            if self.st.options.xtrace {
                self.xtrace(sc, &[], prefix, io).await?;
            }
            if !sc.redirects.is_empty() {
                match self.apply_redirects(&sc.redirects, io).await? {
                    Ok((rio, sinks)) => {
                        drop(rio);
                        if !self.close_redirects(sinks, io).await? {
                            status = 1;
                        }
                    }
                    Err(s) => status = s,
                }
            }
            self.st.last_status = status;
            return Ok(status);
        }
        if argv.len() == 1 && argv[0] == "exec" && !sc.redirects.is_empty() {
            return self.exec_redirects(sc, io).await;
        }
        let (rio, sinks) = if sc.redirects.is_empty() {
            (None, Vec::new())
        } else {
            match self.apply_redirects(&sc.redirects, io).await? {
                Ok((rio, sinks)) => (Some(rio), sinks),
                Err(status) => {
                    self.st.last_status = status;
                    return Ok(status);
                }
            }
        };
        let cio = rio.as_ref().unwrap_or(io);
        // Prefix assignments: visible (and exported) to this command only.
        let mut saved: Vec<(String, Option<Var>)> = Vec::new();
        for a in &sc.assignments {
            saved.push((a.name.clone(), self.st.var(&a.name).cloned()));
            match self.assign(a, cio, true).await {
                Ok(Ok(())) => {}
                Ok(Err(msg)) => {
                    self.report(cio, &msg).await?;
                }
                Err(e) => {
                    self.restore_vars(saved);
                    return Err(e);
                }
            }
        }
        if self.st.options.xtrace {
            self.xtrace(sc, &argv, None, cio).await?;
        }
        let r = self.run_command(argv, cio).await;
        self.restore_vars(saved);
        drop(rio);
        let flushed = self.close_redirects(sinks, io).await?;
        self.flush_exec_sinks(io).await?;
        self.run_output_substitutions(io).await?;
        let status = r?;
        let status = if flushed || status != 0 { status } else { 1 };
        self.st.last_status = status;
        Ok(status)
    }

    /// Expands the arguments of `declare`/`local`/`export`/`readonly`: words that are
    /// assignments keep their value as one field (no splitting or globbing); array values
    /// are kept aside in `decl_arrays` for the builtin to assign once attributes are set.
    async fn expand_declaration(&mut self, words: &[Word], io: &Io) -> EvalResult<Vec<String>> {
        self.decl_arrays.clear();
        let mut argv = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            let assignment = if i == 0 { None } else { w.assignment() };
            match assignment {
                Some(a) => {
                    let op = if a.append { "+=" } else { "=" };
                    let index = match &a.index {
                        Some(ix) => format!("[{}]", self.expand_string(ix, io).await?),
                        None => String::new(),
                    };
                    match &a.value {
                        AssignValue::Scalar(v) => {
                            let v = self.expand_string(v, io).await?;
                            argv.push(format!("{}{index}{op}{v}", a.name));
                        }
                        AssignValue::Array(_) => {
                            argv.push(a.name.clone());
                            self.decl_arrays.push(a);
                        }
                    }
                }
                None => {
                    let fields = self.expand_words(std::slice::from_ref(w), io).await?;
                    argv.extend(fields);
                }
            }
        }
        Ok(argv)
    }

    /// With `expand_aliases`, a command whose name is an alias runs as the alias text
    /// followed by the rest of the command's source text. `None` when no alias applies.
    async fn eval_alias(&mut self, sc: &SimpleCommand, io: &Io) -> Option<EvalResult> {
        let first = sc.words.first()?;
        let name = first.as_literal()?;
        let value = self.st.aliases.get(&name)?.clone();
        let rest = self.source.snippet(crate::syntax::ast::Span {
            start: first.span.end,
            end: sc.span.end,
        });
        let text = format!("{value}{rest}");
        // An alias that names itself (`alias ls='ls -l'`) expands once.
        let saved = self.st.aliases.remove(&name);
        let r = self.eval_string(&text, io, Code::Alias).await;
        if let Some(v) = saved {
            self.st.aliases.insert(name, v);
        }
        Some(r)
    }

    /// `exec >file 3<in`: the redirections stay in force for the rest of this shell.
    async fn exec_redirects(&mut self, sc: &SimpleCommand, io: &Io) -> EvalResult {
        let base = self.exec_io.clone().unwrap_or_else(|| io.clone());
        match self.apply_redirects(&sc.redirects, &base).await? {
            Ok((new_io, sinks)) => {
                self.exec_sinks.extend(sinks);
                self.exec_io = Some(new_io);
                self.exec_gen += 1;
                self.flush_exec_sinks(io).await?;
                self.st.last_status = 0;
                Ok(0)
            }
            Err(status) => {
                self.st.last_status = status;
                Ok(status)
            }
        }
    }

    /// Runs the `>(cmd)` substitutions of the command that just finished, each reading what
    /// was written to its path.
    async fn run_output_substitutions(&mut self, io: &Io) -> EvalResult<()> {
        for (_, cap, body) in std::mem::take(&mut self.proc_out) {
            let data = crate::io::Capture::take(&cap);
            let mut sub = self.subshell()?;
            let sub_io = Io::new(
                Input::from_bytes(data),
                io.stdout.clone(),
                io.stderr.clone(),
            );
            sub.run_subshell_list(&body, &sub_io).await?;
        }
        Ok(())
    }

    /// Writes out what commands wrote to files opened by `exec`.
    pub async fn flush_exec_sinks(&mut self, io: &Io) -> EvalResult<()> {
        if self.exec_sinks.is_empty() {
            return Ok(());
        }
        let sinks = self.exec_sinks.clone();
        for s in sinks {
            if let Err(e) = s.flush().await {
                if e.kind() == ErrorKind::Cancelled {
                    return Err(Flow::Fatal(e));
                }
                self.report(io, &format!("{}: {}", s.path(), e.reason()))
                    .await?;
            }
        }
        Ok(())
    }

    fn restore_vars(&mut self, saved: Vec<(String, Option<Var>)>) {
        for (name, old) in saved.into_iter().rev() {
            self.st.restore_var(&name, old);
        }
    }

    /// The `set -x` prefix: PS4 expanded (parameters, substitutions, arithmetic), its
    /// first character repeated once more per command-substitution level (`++ `).
    pub async fn xtrace_prefix(&mut self, io: &Io) -> EvalResult<String> {
        let raw = self.st.get("PS4").unwrap_or("").to_string();
        let ps4 = if raw.contains(['$', '`']) {
            self.expand_prompt(&raw, io).await?
        } else {
            raw
        };
        let mut out = String::new();
        if let Some(c) = ps4.chars().next() {
            out.extend(std::iter::repeat_n(c, self.xtrace_level as usize));
        }
        out.push_str(&ps4);
        Ok(out)
    }

    /// Expands prompt text like PS4: parsed as a here-document body, which gets the same
    /// expansions; tracing is off meanwhile so the expansion does not trace itself.
    async fn expand_prompt(&mut self, text: &str, io: &Io) -> EvalResult<String> {
        let delim = "__MIRAGE_PROMPT__";
        let script = format!(":<<{delim}\n{text}\n{delim}\n");
        let Ok(ast) = crate::syntax::parse(&script) else {
            return Ok(text.to_string());
        };
        let word =
            ast.body
                .items
                .first()
                .and_then(|item| match item.and_or.first.commands.first() {
                    Some(Command::Simple(sc)) => sc.redirects.first().map(|r| r.target.clone()),
                    _ => None,
                });
        let Some(word) = word else {
            return Ok(text.to_string());
        };
        let saved = std::mem::replace(&mut self.st.options.xtrace, false);
        let r = self.expand_string(&word, io).await;
        self.st.options.xtrace = saved;
        let mut s = r?;
        if s.ends_with('\n') {
            s.pop();
        }
        Ok(s)
    }

    /// Writes one `set -x` line for `text`.
    pub async fn xtrace_line(&mut self, text: &str, io: &Io) -> EvalResult<()> {
        let prefix = self.xtrace_prefix(io).await?;
        io.stderr
            .write_str(&format!("{prefix}{text}\n"))
            .await
            .map_err(Flow::Fatal)
    }

    /// `set -x`: prints the assignments (with their new values) and the expanded command.
    async fn xtrace(
        &mut self,
        sc: &SimpleCommand,
        argv: &[String],
        prefix: Option<String>,
        io: &Io,
    ) -> EvalResult<()> {
        let ps4 = match prefix {
            Some(p) => p,
            None => self.xtrace_prefix(io).await?,
        };
        let _ = sc;
        // Assignments get a line each (as `assign` recorded them), then the command.
        let mut line = String::new();
        for shown in std::mem::take(&mut self.traced_assignments) {
            line.push_str(&format!("{ps4}{shown}\n"));
        }
        if !argv.is_empty() {
            let words: Vec<String> = argv.iter().map(|a| xtrace_quote(a)).collect();
            line.push_str(&ps4);
            line.push_str(&words.join(" "));
            line.push('\n');
        }
        io.stderr.write_str(&line).await.map_err(Flow::Fatal)
    }

    /// Records how `set -x` shows a scalar assignment: the name, the operator and the
    /// expanded value.
    fn trace_assignment(&mut self, a: &Assignment, value: &str) {
        if !self.st.options.xtrace {
            return;
        }
        let index = match &a.index {
            Some(ix) => format!("[{}]", self.source.snippet(ix.span)),
            None => String::new(),
        };
        let op = if a.append { "+=" } else { "=" };
        let shown = format!("{}{index}{op}{}", a.name, xtrace_quote(value));
        self.traced_assignments.push(shown);
    }

    /// Performs one assignment. `Ok(Err(msg))` is a reported failure (status 1).
    pub async fn assign(
        &mut self,
        a: &Assignment,
        io: &Io,
        export: bool,
    ) -> EvalResult<Result<(), String>> {
        if self.st.options.xtrace && matches!(a.value, AssignValue::Array(_)) {
            // `set -x` shows an array literal as written.
            self.traced_assignments
                .push(self.source.snippet(a.span).to_string());
        }
        let r = match (&a.value, &a.index) {
            (AssignValue::Scalar(w), None) => {
                let mut v = self.expand_string(w, io).await?;
                self.trace_assignment(a, &v);
                if self.st.var(&a.name).is_some_and(|v| v.attrs.integer) {
                    let expr = if a.append {
                        format!("{}+({})", self.st.get(&a.name).unwrap_or("0"), v)
                    } else {
                        v.clone()
                    };
                    v = match self.arith_text(&expr) {
                        Ok(n) => n.to_string(),
                        Err(m) => return Ok(Err(m)),
                    };
                } else if a.append {
                    v = format!("{}{}", self.st.get(&a.name).unwrap_or(""), v);
                }
                if v.len() as u64 > self.rt.limits.max_file_size {
                    return Err(Flow::Fatal(crate::error::Error::limit(format!(
                        "variable size limit of {} bytes exceeded",
                        self.rt.limits.max_file_size
                    ))));
                }
                self.st.set_scalar(&a.name, v)
            }
            (AssignValue::Scalar(w), Some(idx)) => {
                let key = self.eval_subscript(&a.name, idx, io).await?;
                let mut v = self.expand_string(w, io).await?;
                self.trace_assignment(a, &v);
                if a.append {
                    let old = match self.st.value(&a.name) {
                        Some(Value::Indexed(m)) => {
                            key.parse::<i64>().ok().and_then(|k| m.get(&k).cloned())
                        }
                        Some(Value::Assoc(m)) => m.get(&key).cloned(),
                        Some(Value::Str(s)) if key == "0" => Some(s.clone()),
                        _ => None,
                    };
                    v = format!("{}{}", old.unwrap_or_default(), v);
                }
                self.st.set_element(&a.name, &key, v)
            }
            (AssignValue::Array(elems), _) => {
                let assoc = matches!(self.st.value(&a.name), Some(Value::Assoc(_)));
                if assoc {
                    let mut map = match (a.append, self.st.value(&a.name)) {
                        (true, Some(Value::Assoc(m))) => m.clone(),
                        _ => Default::default(),
                    };
                    let mut pending_key: Option<String> = None;
                    for e in elems {
                        match &e.key {
                            Some(k) => {
                                let k = self.expand_string(k, io).await?;
                                let v = self.expand_string(&e.value, io).await?;
                                map.insert(k, v);
                            }
                            None => {
                                // bash 5.1+: `declare -A a=(k1 v1 k2 v2)`.
                                let v = self.expand_string(&e.value, io).await?;
                                match pending_key.take() {
                                    Some(k) => map.insert(k, v),
                                    None => pending_key = Some(v),
                                }
                            }
                        }
                    }
                    if let Some(k) = pending_key {
                        map.insert(k, String::new());
                    }
                    self.st.set_value(&a.name, Value::Assoc(map))
                } else {
                    let mut arr = match (a.append, self.st.value(&a.name)) {
                        (true, Some(Value::Indexed(m))) => m.clone(),
                        (true, Some(Value::Str(s))) => [(0i64, s.clone())].into_iter().collect(),
                        _ => Default::default(),
                    };
                    let mut next = arr
                        .keys()
                        .next_back()
                        .map(|k| k.saturating_add(1))
                        .unwrap_or(0);
                    for e in elems {
                        match &e.key {
                            Some(k) => {
                                let text = self.expand_string(k, io).await?;
                                let i = match self.arith_text(&text) {
                                    Ok(i) => i,
                                    Err(m) => return Ok(Err(m)),
                                };
                                let v = self.expand_string(&e.value, io).await?;
                                arr.insert(i, v);
                                next = i.saturating_add(1);
                            }
                            None => {
                                let vals = self
                                    .expand_words(std::slice::from_ref(&e.value), io)
                                    .await?;
                                for v in vals {
                                    arr.insert(next, v);
                                    next = next.saturating_add(1);
                                }
                            }
                        }
                    }
                    self.st.set_value(&a.name, Value::Indexed(arr))
                }
            }
        };
        if let Err(e) = r {
            return Ok(Err(e.0));
        }
        if export {
            self.st.attrs_mut(&a.name).export = true;
        }
        Ok(Ok(()))
    }

    /// Runs a command by name: function, builtin, registered command, or "not found".
    pub async fn run_command(&mut self, argv: Vec<String>, io: &Io) -> EvalResult {
        let name = argv[0].as_str();
        if let Some(f) = self.st.functions.get(name).cloned()
            && !crate::eval::builtins::is_special(name)
        {
            return self.call_function(&f, argv, io).await;
        }
        if let Some(b) = crate::eval::builtins::lookup(name) {
            let name = argv[0].clone();
            return match b(self, argv, io).await {
                Err(Flow::Fatal(e)) if e.kind() == ErrorKind::BadDescriptor => {
                    self.report(io, &format!("{name}: write error: Bad file descriptor"))
                        .await?;
                    Ok(1)
                }
                other => other,
            };
        }
        self.run_external(argv, io).await
    }

    /// Runs a registered (non-builtin) command, or reports "command not found".
    pub async fn run_external(&mut self, argv: Vec<String>, io: &Io) -> EvalResult {
        let name = argv[0].clone();
        let lookup = match name.rsplit_once('/') {
            Some(("/bin" | "/usr/bin" | "/usr/local/bin", base)) => base,
            Some(_) => "",
            None => name.as_str(),
        };
        if matches!(lookup, "bash" | "sh") {
            return self.bash_command(argv, io).await;
        }
        if let Some(cmd) = self.rt.registry.get(lookup) {
            let mut ctx = self.command_ctx(argv, io);
            let r = cmd(&mut ctx).await;
            return finish_command(&ctx, r, io).await;
        }
        // `/bin/true`, `/usr/bin/printf`: the utilities bash has as builtins too.
        if lookup != name
            && crate::eval::spawn::PROGRAM_BUILTINS.contains(&lookup)
            && let Some(b) = crate::eval::builtins::lookup(lookup)
        {
            let mut argv = argv;
            if let Some(a0) = argv.first_mut() {
                *a0 = lookup.to_string();
            }
            return b(self, argv, io).await;
        }
        if let Some(program) = self.rt.registry.program(lookup) {
            let mut ctx = self.command_ctx(argv, io);
            let r = program.run(&mut ctx).await;
            return finish_command(&ctx, r, io).await;
        }
        if name.contains('/') {
            let path = crate::vfs::path::normalize(&self.st.cwd, &name);
            return self.exec_file(&name, &path, argv, io).await;
        }
        if let Some(path) = self.find_on_path(&name).await {
            return self.exec_file(&path, &path, argv, io).await;
        }
        self.report(io, &format!("{name}: command not found"))
            .await?;
        Ok(127)
    }

    /// The context a command runs with: this shell's exported variables, cwd and umask.
    pub fn command_ctx(&self, argv: Vec<String>, io: &Io) -> Ctx<'_> {
        let mut env = self.st.exported();
        // An exported PWD follows the working directory; a utility started with an exact
        // environment (`env -i`) gets none.
        if let Some(slot) = env.iter_mut().find(|(k, _)| k == "PWD") {
            slot.1 = self.st.cwd.clone();
        }
        Ctx {
            args: argv,
            stdin: io.stdin.clone(),
            stdout: io.stdout.clone(),
            stderr: io.stderr.clone(),
            cwd: self.st.cwd.clone(),
            env,
            rt: self.rt.clone(),
            deadline: self.deadline,
            proc_subs: &self.proc_subs,
            proc_out: self
                .proc_out
                .iter()
                .map(|(p, cap, _)| (p.clone(), crate::io::Output::Capture(cap.clone())))
                .collect(),
            umask: self.st.umask,
        }
    }

    /// Calls a shell function with `argv[1..]` as its positional parameters.
    pub async fn call_function(
        &mut self,
        func: &Function,
        argv: Vec<String>,
        io: &Io,
    ) -> EvalResult {
        let f = &*func.def;
        if self.call_depth >= self.rt.limits.max_call_depth {
            self.report(
                io,
                &format!(
                    "{}: maximum function nesting level exceeded ({})",
                    f.name, self.rt.limits.max_call_depth
                ),
            )
            .await?;
            return Err(Flow::Fatal(crate::error::Error::limit(format!(
                "call depth limit of {} exceeded",
                self.rt.limits.max_call_depth
            ))));
        }
        self.rt.check()?;
        let saved_pos =
            std::mem::replace(&mut self.st.positional, argv.into_iter().skip(1).collect());
        self.st.push_scope();
        self.call_depth += 1;
        self.st.func_names.push(f.name.clone());
        let saved_loop = std::mem::replace(&mut self.loop_depth, 0);
        // Top-level `-c` code has no file (`caller` then fails, like bash's).
        let top_level_c = self.source.command_string && self.st.func_names.len() <= 1;
        let site_file = (!top_level_c).then(|| self.source.name.clone());
        self.call_sites.push((self.line, site_file));
        let saved_source = std::mem::replace(&mut self.source, func.source.clone());
        let r = self.eval_command(&f.body, io).await;
        self.source = saved_source;
        self.call_sites.pop();
        self.loop_depth = saved_loop;
        self.st.func_names.pop();
        self.call_depth -= 1;
        self.st.pop_scope();
        self.st.positional = saved_pos;
        match r {
            Ok(s) => Ok(s),
            Err(Flow::Return(s)) => {
                self.st.last_status = s;
                Ok(s)
            }
            Err(e) => Err(e),
        }
    }

    /// Parses and runs `text` in this shell (see [`Code`]). A syntax error prints like bash
    /// and gives status 2.
    pub async fn eval_string(&mut self, text: &str, io: &Io, code: Code<'_>) -> EvalResult {
        let origin = match code {
            Code::File(name) => Some(name),
            _ => None,
        };
        let script = match crate::syntax::parse(text) {
            Ok(s) => s,
            Err(e) => {
                let prefix = match origin {
                    Some(file) => format!("{file}: line {}: ", e.line),
                    None => format!(
                        "{}: eval: line {}: ",
                        self.source.name,
                        self.line + e.line.saturating_sub(1)
                    ),
                };
                let msg = crate::eval::shell::format_parse_error(&prefix, &e, text);
                io.stderr.write_str(&msg).await?;
                return Ok(2);
            }
        };
        if self.call_depth >= self.rt.limits.max_call_depth {
            return Err(Flow::Fatal(crate::error::Error::limit(format!(
                "call depth limit of {} exceeded",
                self.rt.limits.max_call_depth
            ))));
        }
        let inner = match origin {
            Some(file) => Source::new(file, false, text),
            None => Source {
                line_offset: self.line.saturating_sub(1),
                ..Source::new(&self.source.name, self.source.command_string, text)
            },
        };
        let saved_source = std::mem::replace(&mut self.source, inner);
        let saved_line = self.line;
        // `set -x` shows eval'd commands one level deeper (`++`).
        let level = u32::from(matches!(code, Code::Eval));
        self.xtrace_level += level;
        self.call_depth += 1;
        let r = if origin.is_some() && !script.warnings.is_empty() {
            self.eval_sourced_with_warnings(&script, io).await
        } else {
            self.eval_list(&script.body, io).await
        };
        self.call_depth -= 1;
        self.xtrace_level -= level;
        self.source = saved_source;
        self.line = saved_line;
        r
    }
}

impl Shell {
    /// A sourced file whose parse left warnings (a here-document cut off by the end of
    /// the file): bash prints them when it reaches the last command, as `FILE: line N:`.
    async fn eval_sourced_with_warnings(
        &mut self,
        script: &crate::syntax::ast::Script,
        io: &Io,
    ) -> EvalResult {
        let mut head = script.body.clone();
        let last = head.items.pop();
        self.eval_list(&head, io).await?;
        for (line, msg) in &script.warnings {
            let text = format!("{}: line {line}: {msg}\n", self.source.name);
            io.stderr.write_str(&text).await?;
        }
        match last {
            Some(item) => {
                let tail = crate::syntax::ast::List { items: vec![item] };
                self.eval_list(&tail, io).await
            }
            None => Ok(self.st.last_status),
        }
    }
}

/// Where text run by [`Shell::eval_string`] comes from.
#[derive(Clone, Copy, Debug)]
pub enum Code<'a> {
    /// `eval` arguments: traced one level deeper.
    Eval,
    /// A trap action.
    Trap,
    /// An alias's expansion.
    Alias,
    /// A sourced file: its messages read `NAME: line N: `.
    File(&'a str),
}

/// What a loop does after its body (or condition) ran.
enum LoopStep {
    /// Finished with this status: go on.
    Ran(i32),
    /// `continue`: the next iteration.
    Continue,
    /// `break`: leave the loop with this status.
    Break(i32),
}

/// Turns the result of a loop's body into a [`LoopStep`]; `break N`/`continue N` with
/// N > 1 leave this loop and go on unwinding with N - 1.
fn loop_step(r: EvalResult, last_status: i32) -> EvalResult<LoopStep> {
    match r {
        Ok(s) => Ok(LoopStep::Ran(s)),
        Err(Flow::Break(n)) if n > 1 => Err(Flow::Break(n - 1)),
        Err(Flow::Break(_)) => Ok(LoopStep::Break(last_status)),
        Err(Flow::Continue(n)) if n > 1 => Err(Flow::Continue(n - 1)),
        Err(Flow::Continue(_)) => Ok(LoopStep::Continue),
        Err(e) => Err(e),
    }
}

/// Quotes a word for `set -x` output the way bash does.
fn xtrace_quote(s: &str) -> String {
    if s.is_empty() {
        return "''".to_string();
    }
    let plain = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_-./:=@%+,^".contains(c));
    if plain {
        s.to_string()
    } else {
        // Single quotes even around control characters, as bash's trace does.
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// Turns a command's result into a status: a closed pipe is 141, a bad descriptor and
/// other errors are reported on stderr with status 1, and cancellation and limits stop
/// the shell.
pub async fn finish_command(ctx: &Ctx<'_>, r: crate::error::Result<i32>, io: &Io) -> EvalResult {
    match r {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(141),
        Err(e) if e.kind() == ErrorKind::BadDescriptor => {
            let msg = format!("{}: write error: Bad file descriptor\n", ctx.name());
            io.stderr.write_str(&msg).await.map_err(Flow::Fatal)?;
            Ok(1)
        }
        Err(e) if e.ends_run() => Err(Flow::Fatal(e)),
        Err(e) => {
            let msg = format!("{}: {}\n", ctx.args[0], e);
            io.stderr.write_str(&msg).await.map_err(Flow::Fatal)?;
            Ok(1)
        }
    }
}

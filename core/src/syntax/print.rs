//! Prints commands back as shell text the way bash does for `declare -f` and
//! `type`: bash's canonical layout (four-space indentation, one command a line
//! inside functions, `;` placement, here-document bodies after the command line).
//!
//! This is a port of the layout rules of bash's `print_cmd.c`. Words are printed
//! as they were written, taken from the function's source text; only `$( )`,
//! `<( )` and `>( )` bodies are re-formatted (bash 5.2 re-prints them when it
//! parses them) and `$'...'` is shown decoded in single quotes. Without source
//! text (see [`command`]) words are rendered back from their parts.

use super::ast::{
    AssignValue, Assignment, CaseMode, CaseTerminator, Command, CompoundCommand, CondExpr,
    FunctionDef, List, ParamExpr, ParamName, ParamOp, Pipeline, Redirect, RedirectOp, ReplaceMode,
    Span, Subscript, TimeFormat, Word, WordPart,
};
use super::parser::{ansi_c_at, array_assignment, comsub_at, heredoc_delimiter};

/// Words that bash prints a function name after `function ` for.
const RESERVED: [&str; 22] = [
    "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "while", "until", "for",
    "in", "function", "select", "time", "coproc", "{", "}", "!", "[[", "]]",
];

/// How much each level indents.
const INDENT: usize = 4;

/// The text bash prints for a function with `declare -f NAME` and, after the
/// `NAME is a function` line, `type NAME`: `NAME () \n{ \n    body\n}` without
/// a final newline.
pub fn function_definition(f: &FunctionDef) -> String {
    let mut p = Printer::new(Some(Source {
        text: &f.source,
        base: f.span.start as usize,
    }));
    if RESERVED.contains(&f.name.as_str()) {
        p.out.push_str("function ");
    }
    p.out.push_str(&f.name);
    p.out.push_str(" () \n");
    p.indentation = INDENT;
    p.inside_function += 1;
    p.out.push_str("{ \n");
    let redirects = p.function_body(&f.body);
    p.deferred_heredocs("");
    p.indentation = 0;
    p.inside_function -= 1;
    p.close_function(redirects);
    p.out
}

/// A command printed like bash prints one outside a function (as in the text of a
/// `$( )`): commands of a list joined by `; `. Words are rendered back from the
/// AST, so quoting may differ from the source.
pub fn command(c: &Command) -> String {
    let mut p = Printer::new(None);
    p.node(&Node::leaf(c, false));
    p.deferred_heredocs("");
    p.out
}

/// Source text that word spans point into: byte `span.start - base` of `text`.
#[derive(Clone, Copy)]
struct Source<'a> {
    text: &'a str,
    base: usize,
}

impl<'a> Source<'a> {
    fn slice(&self, span: Span) -> Option<&'a str> {
        let start = (span.start as usize).checked_sub(self.base)?;
        let end = (span.end as usize).checked_sub(self.base)?;
        if start >= end {
            return None;
        }
        self.text.get(start..end)
    }
}

/// bash's connectors between commands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Connector {
    Semi,
    Amp,
    Pipe,
    And,
    Or,
}

/// bash's command tree: lists, and-or lists and pipelines are left-nested
/// connections; `!` and `time` flag a node.
struct Node<'a> {
    kind: Kind<'a>,
    bang: bool,
    time: Option<TimeFormat>,
}

enum Kind<'a> {
    Conn(Box<Node<'a>>, Connector, Option<Box<Node<'a>>>),
    /// A command; `true` when `|&` follows it (bash adds `2>&1` to it).
    Leaf(&'a Command, bool),
}

impl<'a> Node<'a> {
    fn leaf(c: &'a Command, stderr: bool) -> Self {
        Node {
            kind: Kind::Leaf(c, stderr),
            bang: false,
            time: None,
        }
    }

    fn conn(first: Node<'a>, op: Connector, second: Option<Node<'a>>) -> Self {
        Node {
            kind: Kind::Conn(Box::new(first), op, second.map(Box::new)),
            bang: false,
            time: None,
        }
    }

    fn list(list: &'a List) -> Option<Self> {
        let mut node: Option<Node<'a>> = None;
        let mut sep = Connector::Semi;
        for item in &list.items {
            let first = &item.and_or.first;
            let mut n = Node::pipeline(first);
            for (op, p) in &item.and_or.rest {
                let op = match op {
                    super::ast::AndOrOp::And => Connector::And,
                    super::ast::AndOrOp::Or => Connector::Or,
                };
                n = Node::conn(n, op, Some(Node::pipeline(p)));
            }
            node = Some(match node {
                None => n,
                Some(prev) => Node::conn(prev, sep, Some(n)),
            });
            sep = if item.background {
                Connector::Amp
            } else {
                Connector::Semi
            };
        }
        if sep == Connector::Amp {
            node = node.map(|n| Node::conn(n, Connector::Amp, None));
        }
        node
    }

    fn pipeline(p: &'a Pipeline) -> Self {
        let mut n: Option<Node<'a>> = None;
        for (i, c) in p.commands.iter().enumerate() {
            let leaf = Node::leaf(c, p.pipe_stderr.get(i).copied().unwrap_or(false));
            n = Some(match n {
                None => leaf,
                Some(prev) => Node::conn(prev, Connector::Pipe, Some(leaf)),
            });
        }
        let mut n = n.unwrap_or(Node {
            kind: Kind::Conn(
                Box::new(Node {
                    kind: Kind::Leaf(&EMPTY, false),
                    bang: false,
                    time: None,
                }),
                Connector::Semi,
                None,
            ),
            bang: false,
            time: None,
        });
        n.bang = p.bang;
        n.time = p.time;
        n
    }
}

/// Stands in for a pipeline without commands (which the parser never makes).
static EMPTY: Command = Command::Simple(super::ast::SimpleCommand {
    assignments: Vec::new(),
    words: Vec::new(),
    redirects: Vec::new(),
    span: Span { start: 0, end: 0 },
});

/// One entry of a redirection list: a real one, or the `2>&1` of `|&`.
enum Redir<'a> {
    Real(&'a Redirect),
    ErrToOut,
}

/// The printer state of bash's `print_cmd.c`.
struct Printer<'a> {
    out: String,
    indentation: usize,
    skip_indent: u32,
    inside_function: u32,
    printing_connection: u32,
    deferred: Vec<&'a Redirect>,
    was_heredoc: bool,
    src: Option<Source<'a>>,
}

impl<'a> Printer<'a> {
    fn new(src: Option<Source<'a>>) -> Self {
        Printer {
            out: String::new(),
            indentation: 0,
            skip_indent: 0,
            inside_function: 0,
            printing_connection: 0,
            deferred: Vec::new(),
            was_heredoc: false,
            src,
        }
    }

    // ----- layout helpers -------------------------------------------------------------

    fn indent(&mut self) {
        for _ in 0..self.indentation {
            self.out.push(' ');
        }
    }

    fn newline(&mut self, s: &str) {
        self.out.push('\n');
        self.indent();
        self.out.push_str(s);
    }

    fn semicolon(&mut self) {
        if self.out.ends_with(['&', '\n']) {
            return;
        }
        self.out.push(';');
    }

    /// bash's `print_deferred_heredocs`.
    fn deferred_heredocs(&mut self, cstring: &str) {
        let print_it = !cstring.is_empty() && (cstring != ";");
        if print_it {
            self.out.push_str(cstring);
        }
        if !self.deferred.is_empty() {
            let docs = std::mem::take(&mut self.deferred);
            self.heredoc_bodies(&docs);
            if print_it {
                self.out.push(' ');
            }
            self.was_heredoc = true;
        }
    }

    /// bash's `PRINT_DEFERRED_HEREDOCS`.
    fn flush_deferred(&mut self, cstring: &str) {
        if !self.deferred.is_empty() {
            self.deferred_heredocs(cstring);
        }
    }

    // ----- commands -----------------------------------------------------------------

    fn list(&mut self, list: &'a List) {
        if let Some(node) = Node::list(list) {
            self.node(&node);
        }
    }

    /// bash's `make_command_string_internal`.
    fn node(&mut self, node: &Node<'a>) {
        if self.skip_indent > 0 {
            self.skip_indent -= 1;
        } else {
            self.indent();
        }
        if let Some(format) = node.time {
            self.out.push_str("time ");
            if format == TimeFormat::Posix {
                self.out.push_str("-p ");
            }
        }
        if node.bang {
            self.out.push_str("! ");
        }
        match &node.kind {
            Kind::Leaf(c, stderr) => self.command(c, *stderr),
            Kind::Conn(first, op, second) => self.connection(first, *op, second.as_deref()),
        }
    }

    fn connection(&mut self, first: &Node<'a>, op: Connector, second: Option<&Node<'a>>) {
        self.skip_indent += 1;
        self.printing_connection += 1;
        self.node(first);
        match op {
            Connector::Amp | Connector::Pipe => {
                self.deferred_heredocs(if op == Connector::Amp { " &" } else { " |" });
                if op != Connector::Amp || second.is_some() {
                    self.out.push(' ');
                    self.skip_indent += 1;
                }
            }
            Connector::And | Connector::Or => {
                self.deferred_heredocs(if op == Connector::And { " && " } else { " || " });
                if second.is_some() {
                    self.skip_indent += 1;
                }
            }
            Connector::Semi => {
                if self.deferred.is_empty() {
                    if self.was_heredoc {
                        self.was_heredoc = false;
                    } else {
                        self.out.push(';');
                    }
                } else {
                    self.deferred_heredocs(if self.inside_function > 0 { "" } else { ";" });
                }
                if self.inside_function > 0 {
                    self.out.push('\n');
                } else {
                    self.out.push(' ');
                    if second.is_some() {
                        self.skip_indent += 1;
                    }
                }
            }
        }
        if let Some(second) = second {
            self.node(second);
        }
        self.flush_deferred("");
        self.printing_connection -= 1;
    }

    fn command(&mut self, c: &'a Command, stderr: bool) {
        let mut redirs: Vec<Redir<'a>> = Vec::new();
        let trailing: &'a [Redirect] = match c {
            Command::Simple(s) => {
                let mut words: Vec<String> = s.assignments.iter().map(|a| self.assign(a)).collect();
                words.extend(s.words.iter().map(|w| self.word(w)));
                self.out.push_str(&words.join(" "));
                if !words.is_empty() && (!s.redirects.is_empty() || stderr) {
                    self.out.push(' ');
                }
                redirs.extend(s.redirects.iter().map(Redir::Real));
                if stderr {
                    redirs.push(Redir::ErrToOut);
                }
                if !redirs.is_empty() {
                    self.redirection_list(&redirs);
                }
                return;
            }
            Command::Compound(cc, redirects, _) => {
                self.compound(cc);
                redirects
            }
            Command::FunctionDef(f) => {
                self.nested_function(f);
                &[]
            }
        };
        redirs.extend(trailing.iter().map(Redir::Real));
        if stderr {
            redirs.push(Redir::ErrToOut);
        }
        if !redirs.is_empty() {
            self.out.push(' ');
            self.redirection_list(&redirs);
        }
    }

    /// The body of a function: a brace group prints its list (its redirections,
    /// returned, go after the closing brace); anything else prints as is.
    fn function_body(&mut self, body: &'a Command) -> &'a [Redirect] {
        match body {
            Command::Compound(cc, redirects, _) => {
                if let CompoundCommand::BraceGroup(list) = cc.as_ref() {
                    self.list(list);
                    return redirects;
                }
                self.node(&Node::leaf(body, false));
                &[]
            }
            _ => {
                self.node(&Node::leaf(body, false));
                &[]
            }
        }
    }

    fn close_function(&mut self, redirects: &'a [Redirect]) {
        if redirects.is_empty() {
            self.newline("}");
        } else {
            self.newline("} ");
            let redirs: Vec<Redir<'a>> = redirects.iter().map(Redir::Real).collect();
            self.redirection_list(&redirs);
        }
    }

    /// bash's `print_function_def`: a definition inside a function or list.
    fn nested_function(&mut self, f: &'a FunctionDef) {
        self.out.push_str("function ");
        self.out.push_str(&f.name);
        self.out.push_str(" () \n");
        self.indent();
        self.out.push_str("{ \n");
        self.inside_function += 1;
        self.indentation += INDENT;
        let redirects = self.function_body(&f.body);
        self.flush_deferred("");
        self.indentation -= INDENT;
        self.inside_function -= 1;
        self.close_function(redirects);
    }

    fn compound(&mut self, cc: &'a CompoundCommand) {
        match cc {
            CompoundCommand::BraceGroup(list) => {
                self.out.push_str("{ ");
                if self.inside_function == 0 {
                    self.skip_indent += 1;
                } else {
                    self.out.push('\n');
                    self.indentation += INDENT;
                }
                self.list(list);
                self.flush_deferred("");
                if self.inside_function > 0 {
                    self.out.push('\n');
                    self.indentation -= INDENT;
                    self.indent();
                } else {
                    self.semicolon();
                    self.out.push(' ');
                }
                self.out.push('}');
            }
            CompoundCommand::Subshell(list) => {
                self.out.push_str("( ");
                self.skip_indent += 1;
                self.list(list);
                self.flush_deferred("");
                self.out.push_str(" )");
            }
            CompoundCommand::If {
                branches,
                else_body,
            } => self.if_command(branches, else_body.as_ref()),
            CompoundCommand::For { var, words, body } => {
                self.out.push_str("for ");
                self.out.push_str(var);
                self.out.push_str(" in ");
                match words {
                    Some(ws) => {
                        let ws: Vec<String> = ws.iter().map(|w| self.word(w)).collect();
                        self.out.push_str(&ws.join(" "));
                    }
                    None => self.out.push_str("\"$@\""),
                }
                self.out.push(';');
                self.do_body(body);
            }
            CompoundCommand::ArithFor {
                init,
                cond,
                step,
                body,
            } => {
                self.out.push_str("for ((");
                let parts: Vec<String> = [init, cond, step]
                    .iter()
                    .map(|w| {
                        let text = render_parts(&w.parts);
                        let text = text.trim_start();
                        if text.is_empty() {
                            "1".to_string()
                        } else {
                            text.to_string()
                        }
                    })
                    .collect();
                self.out.push_str(&parts.join("; "));
                self.out.push_str("))");
                self.do_body(body);
            }
            CompoundCommand::While { cond, body, until } => {
                self.out.push_str(if *until { "until " } else { "while " });
                self.skip_indent += 1;
                self.list(cond);
                self.flush_deferred("");
                self.semicolon();
                self.out.push_str(" do\n");
                self.indentation += INDENT;
                self.list(body);
                self.flush_deferred("");
                self.indentation -= INDENT;
                self.semicolon();
                self.newline("done");
            }
            CompoundCommand::Case { word, arms } => {
                self.out.push_str("case ");
                let w = self.word(word);
                self.out.push_str(&w);
                self.out.push_str(" in ");
                self.indentation += INDENT;
                for arm in arms {
                    self.newline("");
                    let pats: Vec<String> = arm.patterns.iter().map(|w| self.word(w)).collect();
                    self.out.push_str(&pats.join(" | "));
                    self.out.push_str(")\n");
                    self.indentation += INDENT;
                    self.list(&arm.body);
                    self.indentation -= INDENT;
                    self.flush_deferred("");
                    self.newline(match arm.terminator {
                        CaseTerminator::Break => ";;",
                        CaseTerminator::FallThrough => ";&",
                        CaseTerminator::Continue => ";;&",
                    });
                }
                self.indentation -= INDENT;
                self.newline("esac");
            }
            CompoundCommand::Arith(w) => {
                self.out.push_str("((");
                let text = match self.src.and_then(|s| s.slice(w.span)) {
                    Some(raw) => raw.to_string(),
                    None => render_parts(&w.parts),
                };
                self.out.push_str(&text);
                self.out.push_str("))");
            }
            CompoundCommand::Cond(e) => {
                self.out.push_str("[[ ");
                let text = self.cond(e);
                self.out.push_str(&text);
                self.out.push_str(" ]]");
            }
        }
    }

    /// `do` ... `done` of `for` loops.
    fn do_body(&mut self, body: &'a List) {
        self.newline("do\n");
        self.indentation += INDENT;
        self.list(body);
        self.flush_deferred("");
        self.semicolon();
        self.indentation -= INDENT;
        self.newline("done");
    }

    /// `if`; each `elif` prints as an `if` nested in the `else` branch.
    fn if_command(&mut self, branches: &'a [(List, List)], else_body: Option<&'a List>) {
        let Some(((cond, body), rest)) = branches.split_first() else {
            return;
        };
        self.out.push_str("if ");
        self.skip_indent += 1;
        self.list(cond);
        self.semicolon();
        self.out.push_str(" then\n");
        self.indentation += INDENT;
        self.list(body);
        self.flush_deferred("");
        self.semicolon();
        self.indentation -= INDENT;
        if !rest.is_empty() || else_body.is_some() {
            self.newline("else\n");
            self.indentation += INDENT;
            if rest.is_empty() {
                if let Some(list) = else_body {
                    self.list(list);
                }
            } else {
                self.indent();
                self.if_command(rest, else_body);
            }
            self.flush_deferred("");
            self.semicolon();
            self.indentation -= INDENT;
        }
        self.newline("fi");
    }

    fn cond(&self, e: &CondExpr) -> String {
        let paren = |s: String| format!("( {s} )");
        match e {
            CondExpr::Unary(op, w) => format!("-{op} {}", self.word(w)),
            CondExpr::Binary(l, op, r) => format!("{} {op} {}", self.word(l), self.word(r)),
            CondExpr::Word(w) => format!("-n {}", self.word(w)),
            CondExpr::Not(inner) => match inner.as_ref() {
                CondExpr::And(..) | CondExpr::Or(..) => format!("! {}", paren(self.cond(inner))),
                _ => format!("! {}", self.cond(inner)),
            },
            CondExpr::And(a, b) => {
                let side = |x: &CondExpr, right: bool| match x {
                    CondExpr::Or(..) => paren(self.cond(x)),
                    CondExpr::And(..) if right => paren(self.cond(x)),
                    _ => self.cond(x),
                };
                format!("{} && {}", side(a, false), side(b, true))
            }
            CondExpr::Or(a, b) => {
                let right = match b.as_ref() {
                    CondExpr::Or(..) => paren(self.cond(b)),
                    _ => self.cond(b),
                };
                format!("{} || {right}", self.cond(a))
            }
        }
    }

    // ----- redirections -------------------------------------------------------------

    /// bash's `print_redirection_list`: here-document bodies come after the
    /// whole list, or after the connector that follows when printing a connection.
    fn redirection_list(&mut self, redirs: &[Redir<'a>]) {
        self.was_heredoc = false;
        let mut heredocs = Vec::new();
        for (i, r) in redirs.iter().enumerate() {
            match r {
                Redir::Real(r) if matches!(r.op, RedirectOp::HereDoc { .. }) => {
                    let header = self.heredoc_header(r);
                    self.out.push_str(&header);
                    heredocs.push(*r);
                }
                Redir::Real(r) => {
                    let text = self.redirection(r);
                    self.out.push_str(&text);
                }
                Redir::ErrToOut => self.out.push_str("2>&1"),
            }
            if i + 1 < redirs.len() {
                self.out.push(' ');
            }
        }
        if !heredocs.is_empty() {
            if self.printing_connection > 0 {
                self.deferred = heredocs;
            } else {
                self.heredoc_bodies(&heredocs);
            }
        }
    }

    fn heredoc_bodies(&mut self, docs: &[&'a Redirect]) {
        self.out.push('\n');
        for r in docs {
            let (delim, _) = self.heredoc_delim(r);
            let body = self.heredoc_body(r, &delim);
            self.out.push_str(&body);
            self.out.push_str(&delim);
            self.out.push('\n');
        }
        self.was_heredoc = true;
    }

    /// The delimiter of a here-document and whether it was quoted, from the
    /// source of the redirection.
    fn heredoc_delim(&self, r: &Redirect) -> (String, bool) {
        let Some(raw) = self.src.and_then(|s| s.slice(r.span)) else {
            return ("EOF".to_string(), false);
        };
        let after = raw
            .find("<<")
            .map_or("", |i| raw.get(i + 2..).unwrap_or(""));
        let after = after.strip_prefix('-').unwrap_or(after);
        heredoc_delimiter(after.trim_start_matches([' ', '\t']))
    }

    fn heredoc_header(&self, r: &Redirect) -> String {
        let mut out = fd_prefix(r, 0);
        let strip = matches!(r.op, RedirectOp::HereDoc { strip_tabs: true });
        out.push_str(if strip { "<<-" } else { "<<" });
        let (delim, quoted) = self.heredoc_delim(r);
        if quoted {
            out.push_str(&single_quote(&delim));
        } else {
            out.push_str(&delim);
        }
        out
    }

    /// The body as bash stored it (tabs already stripped for `<<-`), ending in a
    /// newline unless empty.
    fn heredoc_body(&self, r: &Redirect, delim: &str) -> String {
        if let [WordPart::SingleQuoted(text)] = r.target.parts.as_slice() {
            return text.clone();
        }
        if r.target.parts.is_empty() {
            return String::new();
        }
        let strip = matches!(r.op, RedirectOp::HereDoc { strip_tabs: true });
        match self.src.and_then(|s| s.slice(r.target.span)) {
            Some(raw) => {
                let mut lines: Vec<&str> = raw
                    .split_inclusive('\n')
                    .map(|l| if strip { l.trim_start_matches('\t') } else { l })
                    .collect();
                if lines
                    .last()
                    .is_some_and(|l| l.strip_suffix('\n').unwrap_or(l) == delim)
                {
                    lines.pop();
                }
                let mut body = lines.concat();
                if !body.is_empty() && !body.ends_with('\n') {
                    body.push('\n');
                }
                body
            }
            None => render_heredoc(&r.target.parts),
        }
    }

    /// bash's `print_redirection` for everything but here-documents.
    fn redirection(&self, r: &Redirect) -> String {
        let target = self.word(&r.target);
        let lit = r.target.as_literal();
        let lit = lit.as_deref();
        let var = r.fd_var.as_ref().map(|v| format!("{{{v}}}"));
        let fd_or = |default: u32| {
            var.clone()
                .unwrap_or_else(|| r.fd.unwrap_or(default).to_string())
        };
        match r.op {
            RedirectOp::Read => format!("{}< {target}", fd_prefix(r, 0)),
            RedirectOp::Write => format!("{}> {target}", fd_prefix(r, 1)),
            RedirectOp::Clobber => format!("{}>| {target}", fd_prefix(r, 1)),
            RedirectOp::Append => format!("{}>> {target}", fd_prefix(r, 1)),
            RedirectOp::ReadWrite => {
                let prefix = var.clone().unwrap_or_else(|| match r.fd.unwrap_or(0) {
                    1 => String::new(),
                    n => n.to_string(),
                });
                format!("{prefix}<> {target}")
            }
            RedirectOp::HereString => format!("{}<<< {target}", fd_prefix(r, 0)),
            RedirectOp::AppendAll => format!("&>> {target}"),
            RedirectOp::WriteAll => {
                let dup_form = self
                    .src
                    .and_then(|s| s.slice(r.span))
                    .is_some_and(|raw| raw.starts_with(">&"));
                if dup_form && target.starts_with(['$', '`']) {
                    format!(">&{target}")
                } else {
                    format!("&> {target}")
                }
            }
            RedirectOp::DupOut | RedirectOp::DupIn => {
                let out = r.op == RedirectOp::DupOut;
                let arrow = if out { ">&" } else { "<&" };
                let default = u32::from(out);
                match lit {
                    Some("-") => format!("{}>&-", fd_or(default)),
                    Some(t)
                        if !t.is_empty()
                            && t.trim_end_matches('-').bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        format!("{}{arrow}{t}", fd_or(default))
                    }
                    _ => match (&var, r.fd) {
                        (Some(v), _) => format!("{v}{arrow}{target}"),
                        (None, Some(n)) if n != default => format!("{n}{arrow}{target}"),
                        _ => format!("{arrow}{target}"),
                    },
                }
            }
            RedirectOp::HereDoc { .. } => self.heredoc_header(r),
        }
    }

    // ----- words --------------------------------------------------------------------

    /// A word as written (from the source), or rendered back from its parts.
    fn word(&self, w: &Word) -> String {
        match self.src.and_then(|s| s.slice(w.span)) {
            Some(raw) if raw.contains("=(") && raw.ends_with(')') => {
                // `declare a=( x  y )`: bash re-prints the array like an assignment's.
                match array_assignment(raw) {
                    Some(a) => Printer::new(Some(Source { text: raw, base: 0 })).assign(&a),
                    None => reformat_raw(raw),
                }
            }
            Some(raw) => reformat_raw(raw),
            None => render_parts(&w.parts),
        }
    }

    fn assign(&self, a: &Assignment) -> String {
        let mut out = a.name.clone();
        if let Some(index) = &a.index {
            out.push('[');
            out.push_str(&self.word(index));
            out.push(']');
        }
        out.push_str(if a.append { "+=" } else { "=" });
        match &a.value {
            AssignValue::Scalar(w) => {
                if let Some(raw) = self.src.and_then(|s| s.slice(a.span)) {
                    return reformat_raw(raw);
                }
                out.push_str(&render_parts(&w.parts));
            }
            AssignValue::Array(elems) => {
                let elems: Vec<String> = elems
                    .iter()
                    .map(|e| match &e.key {
                        Some(k) => format!("[{}]={}", self.word(k), self.word(&e.value)),
                        None => self.word(&e.value),
                    })
                    .collect();
                out.push('(');
                out.push_str(&elems.join(" "));
                out.push(')');
            }
        }
        out
    }
}

/// `{var}` or the descriptor when it is not `default`, before an operator.
fn fd_prefix(r: &Redirect, default: u32) -> String {
    if let Some(v) = &r.fd_var {
        return format!("{{{v}}}");
    }
    match r.fd {
        Some(n) if n != default => n.to_string(),
        _ => String::new(),
    }
}

/// bash's `sh_single_quote`.
fn single_quote(s: &str) -> String {
    if s == "'" {
        return "\\'".to_string();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// The source text of a word with bash 5.2's parse-time rewrites: `$( )`, `<( )`
/// and `>( )` bodies re-printed, `$'...'` decoded into single quotes, `$"..."`
/// shown as `"..."`.
fn reformat_raw(raw: &str) -> String {
    let b = raw.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    let mut in_dq = false;
    let flush = |out: &mut String, from: usize, to: usize| {
        out.push_str(raw.get(from..to).unwrap_or(""));
    };
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                flush(&mut out, last, i);
                i += 2;
                last = i;
            }
            b'\\' => i += 2,
            b'\'' if !in_dq => {
                i = raw
                    .get(i + 1..)
                    .and_then(|r| r.find('\''))
                    .map_or(b.len(), |e| i + 1 + e + 1);
            }
            b'"' => {
                in_dq = !in_dq;
                i += 1;
            }
            b'`' => {
                i += 1;
                while let Some(&d) = b.get(i) {
                    i += if d == b'\\' { 2 } else { 1 };
                    if d == b'`' {
                        break;
                    }
                }
            }
            b'$' => match b.get(i + 1) {
                Some(b'\'') if !in_dq => match ansi_c_at(raw, i) {
                    Some((text, end)) => {
                        flush(&mut out, last, i);
                        out.push_str(&single_quote(&text));
                        i = end;
                        last = end;
                    }
                    None => i += 1,
                },
                Some(b'"') if !in_dq => {
                    flush(&mut out, last, i);
                    i += 1;
                    last = i;
                }
                Some(b'(') if b.get(i + 2) == Some(&b'(') => i += 3,
                Some(b'(') => match comsub_at(raw, i + 2) {
                    Some((list, end)) => {
                        flush(&mut out, last, i);
                        let body = comsub_text(raw, &list);
                        out.push_str("$(");
                        if body.starts_with('(') {
                            out.push(' ');
                        }
                        out.push_str(&body);
                        out.push(')');
                        i = end;
                        last = end;
                    }
                    None => i += 1,
                },
                _ => i += 1,
            },
            b'<' | b'>' if !in_dq && b.get(i + 1) == Some(&b'(') => match comsub_at(raw, i + 2) {
                Some((list, end)) => {
                    flush(&mut out, last, i);
                    out.push(char::from(c));
                    out.push('(');
                    out.push_str(&comsub_text(raw, &list));
                    out.push(')');
                    i = end;
                    last = end;
                }
                None => i += 1,
            },
            _ => i += 1,
        }
    }
    flush(&mut out, last, b.len());
    out
}

/// The body of a command substitution as bash re-prints it.
fn comsub_text(raw: &str, list: &List) -> String {
    let mut p = Printer::new(Some(Source { text: raw, base: 0 }));
    p.list(list);
    p.flush_deferred("");
    p.out
}

/// A word rendered back from its parts (no source text at hand).
fn render_parts(parts: &[WordPart]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            WordPart::Literal(s) => out.push_str(s),
            WordPart::Escaped(c) => {
                out.push('\\');
                out.push(*c);
            }
            WordPart::SingleQuoted(s) => {
                out.push('\'');
                out.push_str(s);
                out.push('\'');
            }
            WordPart::AnsiC(s) => out.push_str(&single_quote(s)),
            WordPart::DoubleQuoted(inner) => {
                out.push('"');
                out.push_str(&render_quoted(inner, "$`\"\\"));
                out.push('"');
            }
            _ => out.push_str(&render_expansion(part)),
        }
    }
    out
}

/// The parts inside double quotes or a here-document, escaping `escape`.
fn render_quoted(parts: &[WordPart], escape: &str) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            WordPart::Literal(s) => {
                for c in s.chars() {
                    if escape.contains(c) {
                        out.push('\\');
                    }
                    out.push(c);
                }
            }
            WordPart::Escaped(c) => {
                out.push('\\');
                out.push(*c);
            }
            _ => out.push_str(&render_parts(std::slice::from_ref(part))),
        }
    }
    out
}

fn render_heredoc(parts: &[WordPart]) -> String {
    render_quoted(parts, "$`")
}

/// `$x`, `${...}`, `$(...)`, `$((...))`, `<(...)`, `~user` from the AST.
fn render_expansion(part: &WordPart) -> String {
    match part {
        WordPart::Param(pe) => render_param(pe),
        WordPart::CommandSub(list) => {
            let body = comsub_text("", list);
            let space = if body.starts_with('(') { " " } else { "" };
            format!("$({space}{body})")
        }
        WordPart::ArithSub(w) => format!("$(({}))", render_parts(&w.parts)),
        WordPart::ProcessSub { output, body } => {
            format!(
                "{}({})",
                if *output { '>' } else { '<' },
                comsub_text("", body)
            )
        }
        WordPart::Tilde(user) => format!("~{user}"),
        WordPart::BadSubstitution { text, .. } => text.clone(),
        other => render_parts(std::slice::from_ref(other)),
    }
}

fn render_param(pe: &ParamExpr) -> String {
    let name = match &pe.name {
        ParamName::Var(v) => v.clone(),
        ParamName::Positional(n) => n.to_string(),
        ParamName::Special(c) => c.to_string(),
    };
    let simple_name = match &pe.name {
        ParamName::Positional(n) => *n < 10,
        _ => true,
    };
    if pe.subscript.is_none() && !pe.indirect && pe.op.is_none() && simple_name {
        return format!("${name}");
    }
    let sub = match &pe.subscript {
        None => String::new(),
        Some(Subscript::At) => "[@]".to_string(),
        Some(Subscript::Star) => "[*]".to_string(),
        Some(Subscript::Index(w)) => format!("[{}]", render_parts(&w.parts)),
    };
    let bang = if pe.indirect { "!" } else { "" };
    let w = |w: &Word| render_parts(&w.parts);
    let colon = |c: bool| if c { ":" } else { "" };
    let op = match &pe.op {
        None => String::new(),
        Some(ParamOp::Length) => return format!("${{#{name}{sub}}}"),
        Some(ParamOp::Keys(c)) => {
            return if pe.subscript.is_some() {
                format!("${{!{name}{sub}}}")
            } else {
                format!("${{!{name}{c}}}")
            };
        }
        Some(ParamOp::Default { colon: c, word }) => format!("{}-{}", colon(*c), w(word)),
        Some(ParamOp::Assign { colon: c, word }) => format!("{}={}", colon(*c), w(word)),
        Some(ParamOp::Error { colon: c, word }) => format!("{}?{}", colon(*c), w(word)),
        Some(ParamOp::Alternative { colon: c, word }) => format!("{}+{}", colon(*c), w(word)),
        Some(ParamOp::RemovePrefix { longest, pattern }) => {
            format!("{}{}", if *longest { "##" } else { "#" }, w(pattern))
        }
        Some(ParamOp::RemoveSuffix { longest, pattern }) => {
            format!("{}{}", if *longest { "%%" } else { "%" }, w(pattern))
        }
        Some(ParamOp::Replace {
            mode,
            pattern,
            replacement,
        }) => {
            let m = match mode {
                ReplaceMode::First => "/",
                ReplaceMode::All => "//",
                ReplaceMode::Prefix => "/#",
                ReplaceMode::Suffix => "/%",
            };
            match replacement {
                Some(r) => format!("{m}{}/{}", w(pattern), w(r)),
                None => format!("{m}{}", w(pattern)),
            }
        }
        Some(ParamOp::Substring { offset, length }) => match length {
            Some(l) => format!(":{}:{}", w(offset), w(l)),
            None => format!(":{}", w(offset)),
        },
        Some(ParamOp::Case { mode, all, pattern }) => {
            let c = match mode {
                CaseMode::Upper => "^",
                CaseMode::Lower => ",",
                CaseMode::Toggle => "~",
            };
            let cc = if *all {
                format!("{c}{c}")
            } else {
                c.to_string()
            };
            format!("{cc}{}", pattern.as_ref().map(w).unwrap_or_default())
        }
        Some(ParamOp::Transform(c)) => format!("@{c}"),
    };
    format!("${{{bang}{name}{sub}{op}}}")
}

#[cfg(test)]
mod tests;

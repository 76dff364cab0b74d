//! Searching one buffer and printing what `grep` (and `rg`) print for it: selected lines
//! with their `name:`, `line:` and `offset:` prefixes, context lines with `-`, `--` between
//! groups, `-o` matches, counts and file names. The buffer is searched as a whole (the
//! regex finds the next matching line, `memchr` finds its bounds), never line by line.

use memchr::{memchr, memchr_iter, memrchr};

use super::matcher::Matcher;

/// What to do with a file that looks binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    /// GNU's default: NULs end lines too, output is replaced by a note on stderr.
    Note,
    /// `-a`: search it as text.
    Text,
    /// `-I`: treat it as having no match.
    WithoutMatch,
    /// rg: say `binary file matches (found "\0" byte around offset N)` and stop.
    RgNote,
    /// rg while walking: skip the file.
    RgSkip,
}

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Report {
    /// Lines (or `-o` matches).
    Lines,
    /// `-c`.
    Count,
    /// rg's `--count-matches`.
    CountMatches,
    /// `-l`.
    FilesWithMatches,
    /// `-L`.
    FilesWithout,
    /// `-q`: nothing.
    Quiet,
}

/// Output options shared by every file of a run.
#[derive(Clone, Debug)]
pub struct OutOpts {
    /// What to print.
    pub report: Report,
    /// `-v`.
    pub invert: bool,
    /// `-o`.
    pub only: bool,
    /// `-n`.
    pub line_number: bool,
    /// `-b`.
    pub byte_offset: bool,
    /// Whether lines carry the file name.
    pub with_name: bool,
    /// `-B`.
    pub before: usize,
    /// `-A`.
    pub after: usize,
    /// `-m`.
    pub max_count: Option<u64>,
    /// The line between context groups (`None`: `--no-group-separator`).
    pub group_sep: Option<String>,
    /// `-Z`: a NUL after file names instead of `:`.
    pub null: bool,
    /// `-T`: a tab before the line.
    pub initial_tab: bool,
    /// Binary file handling.
    pub binary: Binary,
    /// `-c` prints files with no selected line (grep does, rg does not).
    pub count_zero: bool,
    /// rg's `--column`: the 1-based column of the first match after the line number.
    pub column: bool,
    /// rg's `--vimgrep`: one output line per match.
    pub vimgrep: bool,
    /// rg's `-r`: what each match is replaced with (`$1`, `${name}` expand).
    pub replace: Option<Vec<u8>>,
    /// `--color=always`: GNU's SGR sequences around names, separators, numbers and
    /// matches.
    pub color: bool,
    /// rg's context: `-o` still prints context lines, and trailing context past `-m`
    /// shows matching lines as matches.
    pub only_context: bool,
    /// `-T` number width; `None`: the digits of the input's size (GNU's width for a
    /// regular file; a pipe gets 19).
    pub tab_width: Option<usize>,
    /// rg's `-M`: lines of this many bytes or more (with their terminator) are replaced by
    /// a note; 0 or `None` is no limit.
    pub max_columns: Option<usize>,
    /// rg's `--max-columns-preview`: print the first `max_columns` characters of a long line.
    pub max_columns_preview: bool,
}

impl Default for OutOpts {
    /// grep's defaults: lines, `--` between groups, GNU's binary handling.
    fn default() -> Self {
        OutOpts {
            report: Report::Lines,
            invert: false,
            only: false,
            line_number: false,
            byte_offset: false,
            with_name: false,
            before: 0,
            after: 0,
            max_count: None,
            group_sep: Some("--".to_string()),
            null: false,
            initial_tab: false,
            binary: Binary::Note,
            count_zero: true,
            column: false,
            vimgrep: false,
            replace: None,
            color: false,
            only_context: false,
            tab_width: None,
            max_columns: None,
            max_columns_preview: false,
        }
    }
}

/// A file name in two pieces (a directory prefix and the rest), written without
/// joining them.
pub type Name<'a> = [&'a [u8]; 2];

/// Appends a [`Name`].
fn put(out: &mut Vec<u8>, name: &Name<'_>) {
    out.extend_from_slice(name[0]);
    out.extend_from_slice(name[1]);
}

/// What searching one buffer gave.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Selected lines (up to `-m`).
    pub selected: u64,
    /// A binary file matched and its lines were not printed (GNU's stderr note).
    pub binary_note: bool,
}

struct Printer<'a> {
    opts: &'a OutOpts,
    name: Name<'a>,
    buf: &'a [u8],
    eol: u8,
    out: &'a mut Vec<u8>,
    /// Line counting: the line number of the line starting at `ln_pos`.
    ln: u64,
    ln_pos: usize,
    /// End (after the terminator) of the last line printed or skipped as context.
    last_end: Option<usize>,
    /// Trailing context still owed.
    after_left: usize,
    /// Lines not printed because they were not valid text.
    suppressed: bool,
    /// Print nothing (a binary file).
    quiet: bool,
    /// Bytes before this buffer (for `-b` when input arrives in pieces).
    base_offset: u64,
    /// `-T` pads numbers to this width (0 without `-T`).
    num_width: usize,
}

impl Printer<'_> {
    fn line_no(&mut self, pos: usize) -> u64 {
        if pos >= self.ln_pos {
            self.ln += memchr_iter(self.eol, &self.buf[self.ln_pos..pos]).count() as u64;
        } else {
            self.ln -= memchr_iter(self.eol, &self.buf[pos..self.ln_pos]).count() as u64;
        }
        self.ln_pos = pos;
        self.ln
    }

    /// Name, line number, rg's column (`col`, 1-based) and byte offset, each followed
    /// by `sep`.
    fn prefix(&mut self, start: usize, offset: usize, sep: u8, col: Option<usize>) {
        let color = self.opts.color;
        if self.opts.with_name {
            put_colored(self.out, color, NAME_SGR, &self.name);
            if self.opts.null {
                self.out.push(0);
            } else {
                put_colored(self.out, color, SEP_SGR, &[&[sep], b""]);
            }
        }
        let width = self.num_width;
        if self.opts.line_number {
            let n = self.line_no(start);
            let text = format!("{n:>width$}");
            put_colored(self.out, color, NUM_SGR, &[text.as_bytes(), b""]);
            put_colored(self.out, color, SEP_SGR, &[&[sep], b""]);
        }
        if let Some(c) = col {
            self.out.extend_from_slice(format!("{c}:").as_bytes());
        }
        if self.opts.byte_offset {
            let at = self.base_offset + offset as u64;
            let text = format!("{at:>width$}");
            put_colored(self.out, color, NUM_SGR, &[text.as_bytes(), b""]);
            put_colored(self.out, color, SEP_SGR, &[&[sep], b""]);
        }
        if self.opts.initial_tab
            && (self.opts.with_name || self.opts.line_number || self.opts.byte_offset)
        {
            self.out.push(b'\t');
        }
    }

    fn line_end(&self, end: usize) -> usize {
        (end + 1).min(self.buf.len())
    }

    /// Prints the line `[start, end)` with separator `sep` (`:` or `-`).
    fn print_line(&mut self, start: usize, end: usize, sep: u8, m: &Matcher) {
        let next = self.line_end(end);
        let gap = self.last_end.is_some_and(|l| l < start);
        if gap
            && (self.opts.before > 0 || self.opts.after > 0)
            && let Some(s) = &self.opts.group_sep
            && !self.quiet
        {
            put_colored(self.out, self.opts.color, SEP_SGR, &[s.as_bytes(), b""]);
            self.out.push(b'\n');
        }
        self.last_end = Some(next);
        if self.quiet {
            return;
        }
        let line = &self.buf[start..end];
        let selected = sep == b':' && !self.opts.invert;
        // With `-o`, grep prints no context lines; rg prints them whole.
        let per_match = (self.opts.only && (selected || !self.opts.only_context))
            || (self.opts.vimgrep && selected);
        if per_match {
            if !selected {
                return;
            }
            for (s, e) in matches_in(m, line, self.opts.only_context) {
                let text = if self.opts.only { &line[s..e] } else { line };
                if self.checks_text() && std::str::from_utf8(text).is_err() {
                    self.suppressed = true;
                    continue;
                }
                let col = self.opts.column.then_some(s + 1);
                self.prefix(start, start + s, sep, col);
                match &self.opts.replace {
                    Some(rep) if self.opts.only => m.expand_match(line, s, rep, self.out),
                    Some(rep) => m.replace_all(line, rep, self.out),
                    None => put_colored(self.out, self.opts.color, MATCH_SGR, &[text, b""]),
                }
                self.out.push(self.eol);
            }
            return;
        }
        if self.checks_text() && std::str::from_utf8(line).is_err() {
            self.suppressed = true;
            return;
        }
        let col = if self.opts.column && selected {
            m.find_in_line(line, 0).map(|(s, _)| s + 1)
        } else {
            None
        };
        self.prefix(start, start, sep, col);
        if self.omit_long(line, selected) {
            return;
        }
        if self.opts.initial_tab && line.is_empty() && self.out.last() == Some(&b'\t') {
            // GNU aligns only lines that have text.
            self.out.pop();
        }
        match &self.opts.replace {
            Some(rep) if selected => m.replace_all(line, rep, self.out),
            _ if self.opts.color && selected => {
                let mut at = 0;
                for (s, e) in matches_in(m, line, false) {
                    self.out.extend_from_slice(&line[at..s]);
                    put_colored(self.out, true, MATCH_SGR, &[&line[s..e], b""]);
                    at = e;
                }
                self.out.extend_from_slice(&line[at..]);
            }
            _ => self.out.extend_from_slice(line),
        }
        self.out.push(self.eol);
    }

    /// rg's `-M`: writes the note that stands for a long `line` (after its prefix) and
    /// returns true, or returns false when the line is short enough to print.
    fn omit_long(&mut self, line: &[u8], selected: bool) -> bool {
        let Some(max) = self.opts.max_columns.filter(|&m| m > 0) else {
            return false;
        };
        if line.len() < max {
            return false;
        }
        if self.opts.max_columns_preview {
            // The first `max` characters (an invalid byte counts as one).
            let mut cut = 0;
            for _ in 0..max {
                let rest = line.get(cut..).unwrap_or(&[]);
                let Some(&b) = rest.first() else { break };
                let want = match b {
                    0xc0..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf7 => 4,
                    _ => 1,
                };
                let whole = rest
                    .get(..want)
                    .is_some_and(|c| std::str::from_utf8(c).is_ok());
                cut += if whole { want } else { 1 };
            }
            self.out.extend_from_slice(line.get(..cut).unwrap_or(line));
            self.out
                .extend_from_slice(b" [... omitted end of long line]");
        } else if selected {
            self.out.extend_from_slice(b"[Omitted long matching line]");
        } else {
            self.out.extend_from_slice(b"[Omitted long context line]");
        }
        self.out.push(self.eol);
        true
    }

    fn checks_text(&self) -> bool {
        self.opts.binary == Binary::Note
    }

    /// Prints owed trailing context up to (not including) `limit`.
    fn flush_after(&mut self, limit: usize, m: &Matcher) {
        while self.after_left > 0 {
            let Some(pos) = self.last_end else { return };
            if pos >= limit || pos >= self.buf.len() {
                return;
            }
            let end = memchr(self.eol, &self.buf[pos..]).map_or(self.buf.len(), |i| pos + i);
            // Past `-m`, rg still marks the lines that match.
            let sep = if self.opts.only_context
                && m.is_match_line(&self.buf[pos..end]) != self.opts.invert
            {
                b':'
            } else {
                b'-'
            };
            self.print_line(pos, end, sep, m);
            self.after_left -= 1;
        }
    }

    /// Prints leading context for a selected line starting at `start`.
    fn before(&mut self, start: usize, m: &Matcher) {
        let floor = self.last_end.unwrap_or(0);
        let mut from = start;
        let mut n = 0;
        while n < self.opts.before && from > floor {
            from = memrchr(self.eol, &self.buf[floor..from - 1]).map_or(floor, |i| floor + i + 1);
            n += 1;
        }
        let mut pos = from;
        while pos < start {
            let end = memchr(self.eol, &self.buf[pos..]).map_or(self.buf.len(), |i| pos + i);
            self.print_line(pos, end, b'-', m);
            pos = end + 1;
        }
    }

    fn selected(&mut self, start: usize, end: usize, m: &Matcher) {
        self.flush_after(start, m);
        if self.opts.before > 0 {
            self.before(start, m);
        }
        self.print_line(start, end, b':', m);
        self.after_left = self.opts.after;
    }
}

fn next_char(line: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i < line.len() && (line[i] & 0xC0) == 0x80 {
        i += 1;
    }
    i.max(at + 1)
}

/// Calls `f(start, end)` for each selected line (up to `max`); stops when `f` returns
/// false. Returns the number of selected lines seen.
fn each_selected(
    m: &Matcher,
    buf: &[u8],
    invert: bool,
    max: u64,
    mut f: impl FnMut(usize, usize) -> bool,
) -> u64 {
    let eol = m.eol();
    let mut n = 0u64;
    let mut pos = 0usize;
    while pos < buf.len() && n < max {
        let hit = m.next_line(buf, pos);
        if !invert {
            let Some((s, e)) = hit else { break };
            n += 1;
            if !f(s, e) {
                break;
            }
            pos = e + 1;
            continue;
        }
        let stop = hit.map_or(buf.len(), |(s, _)| s);
        while pos < stop && n < max {
            let e = memchr(eol, &buf[pos..stop]).map_or(stop, |i| pos + i);
            n += 1;
            if !f(pos, e) {
                return n;
            }
            pos = e + 1;
        }
        match hit {
            Some((_, e)) => pos = e + 1,
            None => break,
        }
    }
    n
}

/// Searches `data` and appends what `grep` prints for it to `out`. `name` is the file
/// name for prefixes and `-l`/`-c` output.
pub fn search(
    m: &Matcher,
    opts: &OutOpts,
    name: Name<'_>,
    data: &[u8],
    out: &mut Vec<u8>,
) -> Found {
    search_from(m, opts, name, data, out, Base::default())
}

/// Where a piece of a longer input starts (standard input is searched in pieces of whole
/// lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    /// The number of the piece's first line.
    pub line: u64,
    /// Bytes before the piece.
    pub offset: u64,
}

impl Default for Base {
    fn default() -> Self {
        Base { line: 1, offset: 0 }
    }
}

/// [`search`] for a piece of input that starts at `base`.
pub fn search_from(
    m: &Matcher,
    opts: &OutOpts,
    name: Name<'_>,
    data: &[u8],
    out: &mut Vec<u8>,
    base: Base,
) -> Found {
    let eol = m.eol();
    let max = opts.max_count.unwrap_or(u64::MAX);
    let nul_at = if opts.binary == Binary::Text || eol == 0 {
        None
    } else {
        memchr(0, data)
    };
    let mut zapped = Vec::new();
    let mut buf = data;
    let mut quiet = false;
    if let Some(at) = nul_at {
        match opts.binary {
            Binary::WithoutMatch | Binary::RgSkip => {
                if opts.report == Report::FilesWithout {
                    put_name(opts, name, out);
                }
                return Found::default();
            }
            Binary::Note if eol == b'\n' => {
                zapped = data
                    .iter()
                    .map(|&b| if b == 0 { b'\n' } else { b })
                    .collect();
                buf = &zapped;
                quiet = opts.report == Report::Lines;
            }
            Binary::RgNote if opts.report == Report::Lines => {
                // rg prints only a note for a binary file that matches.
                let n = each_selected(m, data, opts.invert, max.min(1), |_, _| false);
                if n > 0 {
                    if opts.with_name {
                        put(out, &name);
                        out.extend_from_slice(b": ");
                    }
                    out.extend_from_slice(
                        format!("binary file matches (found \"\\0\" byte around offset {at})\n")
                            .as_bytes(),
                    );
                }
                return Found {
                    selected: n,
                    binary_note: false,
                };
            }
            _ => {}
        }
    }
    let _ = &zapped;
    let max = if quiet { max.min(1) } else { max };
    match opts.report {
        Report::Quiet | Report::FilesWithMatches | Report::FilesWithout => {
            let n = each_selected(m, buf, opts.invert, max.min(1), |_, _| false);
            let list = match opts.report {
                Report::FilesWithMatches => n > 0,
                Report::FilesWithout => n == 0,
                _ => false,
            };
            if list {
                put_name(opts, name, out);
            }
            Found {
                selected: n,
                binary_note: false,
            }
        }
        Report::Count | Report::CountMatches => {
            let mut matches = 0u64;
            let only = opts.report == Report::CountMatches && !opts.invert;
            let n = each_selected(m, buf, opts.invert, max, |s, e| {
                matches += if only {
                    matches_in(m, &buf[s..e], opts.only_context).len() as u64
                } else {
                    1
                };
                true
            });
            if n == 0 && !opts.count_zero {
                return Found::default();
            }
            let n_shown = if opts.report == Report::CountMatches {
                matches
            } else {
                n
            };
            if opts.with_name {
                put_colored(out, opts.color, NAME_SGR, &name);
                if opts.null {
                    out.push(0);
                } else {
                    put_colored(out, opts.color, SEP_SGR, &[b":", b""]);
                }
            }
            out.extend_from_slice(n_shown.to_string().as_bytes());
            out.push(b'\n');
            Found {
                selected: n,
                binary_note: false,
            }
        }
        Report::Lines => {
            let mut p = Printer {
                opts,
                name,
                buf,
                eol,
                out,
                ln: base.line,
                ln_pos: 0,
                last_end: None,
                after_left: 0,
                suppressed: false,
                quiet,
                base_offset: base.offset,
                num_width: if opts.initial_tab {
                    opts.tab_width
                        .unwrap_or_else(|| data.len().to_string().len())
                } else {
                    0
                },
            };
            let n = each_selected(m, buf, opts.invert, max, |s, e| {
                p.selected(s, e, m);
                true
            });
            p.flush_after(buf.len(), m);
            Found {
                selected: n,
                binary_note: n > 0 && (quiet || p.suppressed),
            }
        }
    }
}

/// The matches in a line, left to right: non-empty ones (grep), or with `empty` also
/// empty ones, except right after a match (rg).
fn matches_in(m: &Matcher, line: &[u8], empty: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at <= line.len() {
        let Some((s, e)) = m.find_in_line(line, at) else {
            break;
        };
        if e == s {
            if empty && out.last().is_none_or(|&(_, pe)| pe != s) {
                out.push((s, e));
            }
            at = next_char(line, s);
            continue;
        }
        out.push((s, e));
        at = e;
    }
    out
}

/// GNU's default colours (`GREP_COLORS`): file names, separators, numbers, matches.
const NAME_SGR: &str = "35";
const SEP_SGR: &str = "36";
const NUM_SGR: &str = "32";
const MATCH_SGR: &str = "01;31";

/// Appends `text` (two pieces), wrapped in GNU's SGR start and end when `color`.
fn put_colored(out: &mut Vec<u8>, color: bool, sgr: &str, text: &Name<'_>) {
    if color {
        out.extend_from_slice(format!("\x1b[{sgr}m\x1b[K").as_bytes());
    }
    put(out, text);
    if color {
        out.extend_from_slice(b"\x1b[m\x1b[K");
    }
}

fn put_name(opts: &OutOpts, name: Name<'_>, out: &mut Vec<u8>) {
    put_colored(out, opts.color, NAME_SGR, &name);
    out.push(if opts.null { 0 } else { b'\n' });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::grep::matcher::{MatchOptions, Mode};

    fn run(pat: &str, opts: &OutOpts, data: &str) -> String {
        let mo = MatchOptions {
            mode: Mode::Basic,
            icase: false,
            word: false,
            line: false,
            eol: b'\n',
        };
        let m = Matcher::new(&[pat.to_string()], &mo).expect("compiles");
        let mut out = Vec::new();
        search(&m, opts, [b"f", b""], data.as_bytes(), &mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    fn base() -> OutOpts {
        OutOpts {
            line_number: true,
            ..OutOpts::default()
        }
    }

    #[test]
    fn context_and_invert() {
        let data = "1\n2\nm\n4\n5\n6\nm\n8\n";
        let mut o = base();
        o.before = 1;
        o.after = 1;
        assert_eq!(run("m", &o, data), "2-2\n3:m\n4-4\n--\n6-6\n7:m\n8-8\n");
        let mut o = base();
        o.invert = true;
        o.max_count = Some(3);
        assert_eq!(run("m", &o, data), "1:1\n2:2\n4:4\n");
        let mut o = base();
        o.only = true;
        assert_eq!(run("[0-9]", &o, "a1b22\nx\n"), "1:1\n1:2\n1:2\n");
    }
}

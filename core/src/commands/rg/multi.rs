//! `rg -U` with a pattern that can match a newline: matches run over the whole file and
//! every line a match touches is printed once (`-n` numbers each), `-o` prints the
//! matched text, `-c` counts the matches, `-l` lists the file.

use super::{Matcher, Report};

/// What the caller wants printed.
pub struct Multi<'a> {
    pub name: &'a str,
    pub with_name: bool,
    pub line_number: bool,
    pub only: bool,
    pub report: Report,
}

/// Searches `data`; returns whether something matched.
pub fn search(m: &Matcher, o: &Multi<'_>, data: &[u8], out: &mut Vec<u8>) -> bool {
    let mut spans = Vec::new();
    let mut pos = 0;
    while pos <= data.len() && spans.len() < 1_000_000 {
        let Some((s, e)) = m.find_at(data, pos) else {
            break;
        };
        spans.push((s, e));
        pos = if e > s { e } else { e + 1 };
    }
    if spans.is_empty() {
        return false;
    }
    let prefix = |out: &mut Vec<u8>, ln: usize| {
        if o.with_name {
            out.extend_from_slice(o.name.as_bytes());
            out.push(b':');
        }
        if o.line_number {
            out.extend_from_slice(format!("{ln}:").as_bytes());
        }
    };
    match o.report {
        Report::Count | Report::CountMatches => {
            if o.with_name {
                out.extend_from_slice(o.name.as_bytes());
                out.push(b':');
            }
            out.extend_from_slice(format!("{}\n", spans.len()).as_bytes());
            return true;
        }
        Report::FilesWithMatches => {
            out.extend_from_slice(o.name.as_bytes());
            out.push(b'\n');
            return true;
        }
        Report::Quiet | Report::FilesWithout => return true,
        _ => {}
    }
    // Line numbers of increasing offsets, counted once over the file.
    let (mut seen, mut lines) = (0usize, 1usize);
    let mut line_of = |at: usize| {
        let at = at.min(data.len()).max(seen);
        lines += memchr::memchr_iter(b'\n', &data[seen..at]).count();
        seen = at;
        lines
    };
    if o.only {
        for &(s, e) in &spans {
            prefix(out, line_of(s));
            out.extend_from_slice(&data[s..e]);
            out.push(b'\n');
        }
        return true;
    }
    // Every line touched by a match, in order, each once.
    let mut next_line_start = 0usize;
    for &(s, e) in &spans {
        let first = memchr::memrchr(b'\n', &data[..s])
            .map_or(0, |i| i + 1)
            .max(next_line_start);
        let last_at = if e > s { e - 1 } else { e };
        let end = memchr::memchr(b'\n', &data[last_at.min(data.len())..])
            .map_or(data.len(), |i| last_at + i);
        if first > end || (first == end && first == data.len()) {
            continue;
        }
        let lines = data[first..end].split(|&b| b == b'\n');
        for (ln, line) in (line_of(first)..).zip(lines) {
            prefix(out, ln);
            out.extend_from_slice(line);
            out.push(b'\n');
        }
        next_line_start = end + 1;
    }
    true
}

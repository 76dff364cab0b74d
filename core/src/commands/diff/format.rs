//! The line diff of two texts and its GNU output formats: normal (`2c2`, `<`, `---`, `>`),
//! unified (`@@ -1,3 +1,3 @@`) and context (`***************`), with `\ No newline at end
//! of file` markers. The edit script comes from [`super::seq`] (GNU's Myers variant), then
//! GNU's `shift_boundaries` places the hunks; lines compare by a key that applies `-i`,
//! `-b` and `-w`.

use std::collections::HashMap;

/// How lines are compared.
#[derive(Clone, Copy, Debug, Default)]
pub struct Compare {
    /// `-i`: ignore case.
    pub icase: bool,
    /// `-b`: ignore changes in the amount of white space.
    pub space_change: bool,
    /// `-w`: ignore all white space.
    pub all_space: bool,
    /// `-B`: ignore changes whose lines are all blank.
    pub blank_lines: bool,
}

/// One change: `a[a0..a1]` became `b[b0..b1]` (line indexes, half-open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// First old line.
    pub a0: usize,
    /// End of the old lines.
    pub a1: usize,
    /// First new line.
    pub b0: usize,
    /// End of the new lines.
    pub b1: usize,
}

/// Splits `data` into lines, each with its `\n` (the last may lack it).
pub fn lines(data: &[u8]) -> Vec<&[u8]> {
    data.split_inclusive(|&b| b == b'\n').collect()
}

fn key(line: &[u8], c: Compare) -> Vec<u8> {
    let (body, nl) = match line.strip_suffix(b"\n") {
        Some(b) => (b, true),
        None => (line, false),
    };
    let mut out = Vec::with_capacity(line.len());
    if c.all_space {
        out.extend(body.iter().copied().filter(|b| !b.is_ascii_whitespace()));
    } else if c.space_change {
        let mut in_space = false;
        for &b in body {
            if b.is_ascii_whitespace() {
                in_space = true;
            } else {
                if in_space {
                    out.push(b' ');
                }
                in_space = false;
                out.push(b);
            }
        }
    } else {
        out.extend_from_slice(body);
    }
    if c.icase {
        out.make_ascii_lowercase();
    }
    if nl || c.all_space || c.space_change {
        out.push(b'\n');
    }
    out
}

fn blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// The changes turning `a` into `b`, adjacent deletions and insertions merged. `context`
/// is the number of context lines the output shows (0 for the normal format): like GNU,
/// changes slide down into a common suffix only as far as those context lines.
pub fn changes(a: &[&[u8]], b: &[&[u8]], c: Compare, context: usize) -> Vec<Change> {
    let ka: Vec<Vec<u8>> = a.iter().map(|l| key(l, c)).collect();
    let kb: Vec<Vec<u8>> = b.iter().map(|l| key(l, c)).collect();
    // Lines as numbers: equal keys share a number.
    let mut ids: HashMap<&[u8], usize> = HashMap::new();
    let mut ea = Vec::with_capacity(ka.len());
    for k in &ka {
        let n = ids.len();
        ea.push(*ids.entry(k.as_slice()).or_insert(n));
    }
    let mut eb = Vec::with_capacity(kb.len());
    for k in &kb {
        let n = ids.len();
        eb.push(*ids.entry(k.as_slice()).or_insert(n));
    }
    let mut changed = crate::commands::diff::seq::changed(&ea, &eb);
    let common = ka
        .iter()
        .rev()
        .zip(kb.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let hidden = common.saturating_sub(context);
    shift_boundaries(
        [&ea, &eb],
        &mut changed,
        [ka.len() - hidden, kb.len() - hidden],
    );
    let mut out = from_flags(&changed);
    if c.blank_lines {
        out.retain(|ch| {
            !(a[ch.a0..ch.a1].iter().all(|l| blank(l)) && b[ch.b0..ch.b1].iter().all(|l| blank(l)))
        });
    }
    out
}

/// GNU diff's `shift_boundaries`, on per-file "changed" flags: each run of changed lines
/// slides back to merge with an earlier run, then forward as far as equal lines allow,
/// then back to the last point that lines up with a change in the other file. `ends`
/// limits each file (lines of a common suffix past the shown context are not reachable).
fn shift_boundaries(eq: [&[usize]; 2], changed: &mut [Vec<bool>; 2], ends: [usize; 2]) {
    for f in 0..2 {
        let (left, right) = changed.split_at_mut(1);
        let (ch, other) = if f == 0 {
            (&mut left[0], &right[0])
        } else {
            (&mut right[0], &left[0])
        };
        let equivs = eq[f];
        let i_end = ends[f];
        let oc = |j: isize| j >= 0 && other.get(j as usize).copied().unwrap_or(false);
        let at = |ch: &Vec<bool>, i: isize| i >= 0 && ch.get(i as usize).copied().unwrap_or(false);
        let mut i: usize = 0;
        let mut j: isize = 0;
        loop {
            while i < i_end && !ch[i] {
                loop {
                    let c = oc(j);
                    j += 1;
                    if !c {
                        break;
                    }
                }
                i += 1;
            }
            if i >= i_end {
                break;
            }
            let mut start = i;
            i += 1;
            while at(ch, i as isize) {
                i += 1;
            }
            while oc(j) {
                j += 1;
            }
            let mut corresponding;
            loop {
                let runlength = i - start;
                while start > 0 && equivs[start - 1] == equivs[i - 1] {
                    start -= 1;
                    ch[start] = true;
                    i -= 1;
                    ch[i] = false;
                    while at(ch, start as isize - 1) {
                        start -= 1;
                    }
                    loop {
                        j -= 1;
                        if !oc(j) {
                            break;
                        }
                    }
                }
                corresponding = if oc(j - 1) { i } else { i_end };
                while i != i_end && equivs[start] == equivs[i] {
                    ch[start] = false;
                    start += 1;
                    ch[i] = true;
                    i += 1;
                    while at(ch, i as isize) {
                        i += 1;
                    }
                    loop {
                        j += 1;
                        if !oc(j) {
                            break;
                        }
                        corresponding = i;
                    }
                }
                if runlength == i - start {
                    break;
                }
            }
            while corresponding < i {
                start -= 1;
                ch[start] = true;
                i -= 1;
                ch[i] = false;
                loop {
                    j -= 1;
                    if !oc(j) {
                        break;
                    }
                }
            }
        }
    }
}

/// Rebuilds the change list from per-file changed flags.
fn from_flags(changed: &[Vec<bool>; 2]) -> Vec<Change> {
    let (ca, cb) = (&changed[0], &changed[1]);
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < ca.len() || j < cb.len() {
        let a0 = i;
        while i < ca.len() && ca[i] {
            i += 1;
        }
        let b0 = j;
        while j < cb.len() && cb[j] {
            j += 1;
        }
        if i > a0 || j > b0 {
            out.push(Change {
                a0,
                a1: i,
                b0,
                b1: j,
            });
        } else {
            i += 1;
            j += 1;
        }
    }
    out
}

fn push_line(out: &mut Vec<u8>, prefix: &[u8], line: &[u8]) {
    out.extend_from_slice(prefix);
    out.extend_from_slice(line);
    if !line.ends_with(b"\n") {
        out.extend_from_slice(b"\n\\ No newline at end of file\n");
    }
}

/// `n` or `s,e` (1-based) for a normal-format range.
fn range(start: usize, end: usize) -> String {
    if end - start == 1 {
        format!("{}", start + 1)
    } else if end == start {
        format!("{start}")
    } else {
        format!("{},{}", start + 1, end)
    }
}

/// The normal format.
pub fn normal(a: &[&[u8]], b: &[&[u8]], changes: &[Change], out: &mut Vec<u8>) {
    for ch in changes {
        let head = match (ch.a0 == ch.a1, ch.b0 == ch.b1) {
            (true, _) => format!("{}a{}\n", ch.a0, range(ch.b0, ch.b1)),
            (_, true) => format!("{}d{}\n", range(ch.a0, ch.a1), ch.b0),
            _ => format!("{}c{}\n", range(ch.a0, ch.a1), range(ch.b0, ch.b1)),
        };
        out.extend_from_slice(head.as_bytes());
        for l in &a[ch.a0..ch.a1] {
            push_line(out, b"< ", l);
        }
        if ch.a0 != ch.a1 && ch.b0 != ch.b1 {
            out.extend_from_slice(b"---\n");
        }
        for l in &b[ch.b0..ch.b1] {
            push_line(out, b"> ", l);
        }
    }
}

/// `s,l` for a unified hunk header (GNU: `s` alone when `l` is 1, `s-1,0` when empty).
fn uni_range(start: usize, len: usize) -> String {
    match len {
        0 => format!("{start},0"),
        1 => format!("{}", start + 1),
        _ => format!("{},{}", start + 1, len),
    }
}

/// Groups changes into hunks with `ctx` lines of context: index ranges into `changes`
/// and the old and new line ranges each hunk shows.
fn hunks(
    changes: &[Change],
    ctx: usize,
    alen: usize,
) -> Vec<(
    std::ops::Range<usize>,
    std::ops::Range<usize>,
    std::ops::Range<usize>,
)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < changes.len() {
        let mut j = i;
        while j + 1 < changes.len() && changes[j + 1].a0 - changes[j].a1 <= 2 * ctx {
            j += 1;
        }
        let (first, last) = (changes[i], changes[j]);
        let a_start = first.a0.saturating_sub(ctx);
        let b_start = first.b0 - (first.a0 - a_start);
        let a_end = (last.a1 + ctx).min(alen);
        let b_end = last.b1 + (a_end - last.a1);
        out.push((i..j + 1, a_start..a_end, b_start..b_end));
        i = j + 1;
    }
    out
}

/// The unified format's hunks with `ctx` lines of context.
pub fn unified(a: &[&[u8]], b: &[&[u8]], changes: &[Change], ctx: usize, out: &mut Vec<u8>) {
    for (idx, ra, rb) in hunks(changes, ctx, a.len()) {
        out.extend_from_slice(
            format!(
                "@@ -{} +{} @@\n",
                uni_range(ra.start, ra.len()),
                uni_range(rb.start, rb.len())
            )
            .as_bytes(),
        );
        let mut pos = ra.start;
        for ch in &changes[idx] {
            for l in &a[pos..ch.a0] {
                push_line(out, b" ", l);
            }
            for l in &a[ch.a0..ch.a1] {
                push_line(out, b"-", l);
            }
            for l in &b[ch.b0..ch.b1] {
                push_line(out, b"+", l);
            }
            pos = ch.a1;
        }
        for l in &a[pos..ra.end] {
            push_line(out, b" ", l);
        }
    }
}

/// `s,e` for a context hunk header (`e` alone for one line, the line before when empty).
fn ctx_range(r: &std::ops::Range<usize>) -> String {
    if r.len() == 1 {
        format!("{}", r.end)
    } else if r.is_empty() {
        format!("{}", r.start)
    } else {
        format!("{},{}", r.start + 1, r.end)
    }
}

/// The context format (`-c`): `***************` hunks with `!`, `-`, `+` markers.
pub fn context(a: &[&[u8]], b: &[&[u8]], changes: &[Change], ctx: usize, out: &mut Vec<u8>) {
    for (idx, ra, rb) in hunks(changes, ctx, a.len()) {
        let chs = &changes[idx];
        out.extend_from_slice(b"***************\n");
        out.extend_from_slice(format!("*** {} ****\n", ctx_range(&ra)).as_bytes());
        if chs.iter().any(|c| c.a1 > c.a0) {
            let mut pos = ra.start;
            for ch in chs {
                for l in &a[pos..ch.a0] {
                    push_line(out, b"  ", l);
                }
                let mark: &[u8] = if ch.b1 > ch.b0 { b"! " } else { b"- " };
                for l in &a[ch.a0..ch.a1] {
                    push_line(out, mark, l);
                }
                pos = ch.a1;
            }
            for l in &a[pos..ra.end] {
                push_line(out, b"  ", l);
            }
        }
        out.extend_from_slice(format!("--- {} ----\n", ctx_range(&rb)).as_bytes());
        if chs.iter().any(|c| c.b1 > c.b0) {
            let mut pos = rb.start;
            for ch in chs {
                for l in &b[pos..ch.b0] {
                    push_line(out, b"  ", l);
                }
                let mark: &[u8] = if ch.a1 > ch.a0 { b"! " } else { b"+ " };
                for l in &b[ch.b0..ch.b1] {
                    push_line(out, mark, l);
                }
                pos = ch.b1;
            }
            for l in &b[pos..rb.end] {
                push_line(out, b"  ", l);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(a: &str, b: &str, uni: bool) -> String {
        let la = lines(a.as_bytes());
        let lb = lines(b.as_bytes());
        let ch = changes(&la, &lb, Compare::default(), if uni { 3 } else { 0 });
        let mut out = Vec::new();
        if uni {
            unified(&la, &lb, &ch, 3, &mut out);
        } else {
            normal(&la, &lb, &ch, &mut out);
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn normal_format_like_gnu() {
        let cases = [
            ("a\nb\nc\n", "a\nx\nc\n", "2c2\n< b\n---\n> x\n"),
            ("a\nc\n", "a\nb\nc\n", "1a2\n> b\n"),
            ("a\nb\nc\n", "a\nc\n", "2d1\n< b\n"),
            ("a\n", "b\na\n", "0a1\n> b\n"),
            ("a\nb\n", "a\n", "2d1\n< b\n"),
            (
                "a\nb",
                "a\nb\n",
                "2c2\n< b\n\\ No newline at end of file\n---\n> b\n",
            ),
            (
                "a\nb\nc\nd\n",
                "x\ny\n",
                "1,4c1,2\n< a\n< b\n< c\n< d\n---\n> x\n> y\n",
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(run(a, b, false), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn unified_hunks_like_gnu() {
        let a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        let b = "1\n2\nx\n4\n5\n6\n7\n8\n9\n10\n11\ny\n";
        let want =
            "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+x\n 4\n 5\n 6\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+y\n";
        assert_eq!(run(a, b, true), want);
        assert_eq!(run("a\n", "", true), "@@ -1 +0,0 @@\n-a\n");
        assert_eq!(run("", "a\n", true), "@@ -0,0 +1 @@\n+a\n");
    }
}

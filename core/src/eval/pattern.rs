//! Bash glob patterns: `case`, `[[ x == pat ]]`, `${v#pat}` and friends, and
//! pathname expansion (one path segment at a time).
//!
//! Input convention: the expander puts a backslash before every character that was
//! quoted in the source, so `\*` is a literal star and `"*"` arrives as `\*` too.
//!
//! A pattern compiles to a small node list (literal, `?`, `*`, bracket class,
//! extglob group). Matching simulates all positions at once over a bit set of
//! string offsets, so `*a*a*a*a*b` against a long string costs
//! O(pattern × string), never exponential. Extglob groups (`!(...)` included) are
//! handled by the same simulation: a group maps a start offset to the set of offsets
//! where it can end, memoised per group and start within a memory budget.
//! Ranges use C collation (code point order); strings are matched in chars (UTF-8).

/// Options that change how a pattern is read and matched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PatternOptions {
    /// `shopt -s extglob`: `?(..) *(..) +(..) @(..) !(..)`.
    pub extglob: bool,
    /// `shopt -s nocasematch` / `nocaseglob`: letters match either case.
    pub nocase: bool,
}

/// A compiled glob pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    nodes: Vec<Node>,
    nocase: bool,
    /// Number of extglob groups (ids `0..ext_count`).
    ext_count: usize,
    /// The unescaped text when the pattern has no metacharacter.
    literal: Option<String>,
}

/// How deep extglob groups may nest; deeper groups are taken literally.
const MAX_EXT_DEPTH: usize = 32;
/// Memo budget for extglob matching, in 64-bit words (2 MiB).
const MEMO_WORDS: usize = 1 << 18;

#[derive(Clone, Debug)]
enum Node {
    Lit(char),
    Any,
    Star,
    Class(Box<Class>),
    Ext(Box<Ext>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ExtKind {
    /// `?(..)`
    Opt,
    /// `*(..)`
    Star,
    /// `+(..)`
    Plus,
    /// `@(..)`
    One,
    /// `!(..)`
    Not,
}

#[derive(Clone, Debug)]
struct Ext {
    kind: ExtKind,
    id: usize,
    alts: Vec<Vec<Node>>,
}

#[derive(Clone, Debug)]
struct Class {
    negated: bool,
    /// An unknown `[:name:]` makes the whole bracket match nothing (bash).
    invalid: bool,
    items: Vec<ClassItem>,
}

#[derive(Clone, Copy, Debug)]
enum ClassItem {
    Char(char),
    Range(char, char),
    Named(Posix),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Posix {
    Alnum,
    Alpha,
    Blank,
    Cntrl,
    Digit,
    Graph,
    Lower,
    Print,
    Punct,
    Space,
    Upper,
    Word,
    Xdigit,
}

impl Posix {
    fn from_name(name: &str) -> Option<Posix> {
        Some(match name {
            "alnum" => Posix::Alnum,
            "alpha" => Posix::Alpha,
            "blank" => Posix::Blank,
            "cntrl" => Posix::Cntrl,
            "digit" => Posix::Digit,
            "graph" => Posix::Graph,
            "lower" => Posix::Lower,
            "print" => Posix::Print,
            "punct" => Posix::Punct,
            "space" => Posix::Space,
            "upper" => Posix::Upper,
            "word" => Posix::Word,
            "xdigit" => Posix::Xdigit,
            _ => return None,
        })
    }

    fn matches(self, c: char) -> bool {
        match self {
            Posix::Alnum => c.is_alphabetic() || c.is_ascii_digit(),
            Posix::Alpha => c.is_alphabetic(),
            Posix::Blank => c == ' ' || c == '\t',
            Posix::Cntrl => c.is_control(),
            Posix::Digit => c.is_ascii_digit(),
            Posix::Graph => !c.is_control() && !c.is_whitespace(),
            Posix::Lower => c.is_lowercase(),
            Posix::Print => !c.is_control(),
            Posix::Punct => {
                c.is_ascii_punctuation()
                    || (!c.is_ascii()
                        && !c.is_alphanumeric()
                        && !c.is_whitespace()
                        && !c.is_control())
            }
            Posix::Space => c.is_whitespace(),
            Posix::Upper => c.is_uppercase(),
            Posix::Word => c.is_alphabetic() || c.is_ascii_digit() || c == '_',
            Posix::Xdigit => c.is_ascii_hexdigit(),
        }
    }
}

impl Class {
    fn matches(&self, c: char, nocase: bool) -> bool {
        if self.invalid {
            return false;
        }
        // Case folding applies to chars and ranges, not to `[:upper:]` (bash).
        let hit = self.contains(c, true)
            || (nocase && {
                let (lo, up) = (lower(c), upper(c));
                (lo != c && self.contains(lo, false)) || (up != c && self.contains(up, false))
            });
        hit != self.negated
    }

    fn contains(&self, c: char, named: bool) -> bool {
        self.items.iter().any(|item| match *item {
            ClassItem::Char(x) => x == c,
            ClassItem::Range(a, b) => a <= c && c <= b,
            ClassItem::Named(p) => named && p.matches(c),
        })
    }
}

fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Whether `pat` contains an unescaped glob metacharacter (`*`, `?`, a `[` closed by a
/// later `]`, or with `extglob` one of `?*+@!` before `(`), i.e. whether pathname
/// expansion has anything to do. Cheap: no allocation.
pub fn has_glob_chars(pat: &str, extglob: bool) -> bool {
    let b = pat.as_bytes();
    let mut open = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'*' | b'?' => return true,
            b'[' => open = true,
            b']' if open => return true,
            b'+' | b'@' | b'!' if extglob && b.get(i + 1) == Some(&b'(') => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Removes the quoting backslashes: `\x` becomes `x`; a trailing lone `\` stays.
pub fn unescape(pat: &str) -> String {
    let mut out = String::with_capacity(pat.len());
    let mut chars = pat.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next().unwrap_or('\\'));
        } else {
            out.push(c);
        }
    }
    out
}

impl Pattern {
    /// Compiles a pattern. Never fails: like bash, a `[` without its `]` or an
    /// unclosed extglob group is taken literally.
    pub fn new(pat: &str, opts: PatternOptions) -> Pattern {
        let chars: Vec<char> = pat.chars().collect();
        let mut parser = Parse {
            chars: &chars,
            extglob: opts.extglob,
            nocase: opts.nocase,
            ext_count: 0,
        };
        let nodes = parser.seq(0, chars.len(), 0);
        let literal = nodes
            .iter()
            .all(|n| matches!(n, Node::Lit(_)))
            .then(|| unescape(pat));
        Pattern {
            nodes,
            nocase: opts.nocase,
            ext_count: parser.ext_count,
            literal,
        }
    }

    /// Whether the pattern has no metacharacter (it matches only its unescaped
    /// text), so callers can skip globbing.
    pub fn is_literal(&self) -> bool {
        self.literal.is_some()
    }

    /// Whether the pattern matches all of `s`.
    pub fn matches(&self, s: &str) -> bool {
        if let Some(lit) = self.exact_literal() {
            return lit == s;
        }
        if self.ext_count == 0 {
            return simple_match(&self.nodes, s, self.nocase);
        }
        let mut m = Matcher::new(self, s);
        m.ends_from(0).get(s.len())
    }

    /// For `${v#p}` (`longest == false`) and `${v##p}`: the byte length of the
    /// shortest or longest prefix of `s` the pattern matches, `None` if none does.
    pub fn prefix_len(&self, s: &str, longest: bool) -> Option<usize> {
        if let Some(lit) = self.exact_literal() {
            return s.starts_with(lit).then_some(lit.len());
        }
        let mut m = Matcher::new(self, s);
        let ends = m.ends_from(0);
        if longest { ends.last() } else { ends.first() }
    }

    /// For `${v%p}` (`longest == false`) and `${v%%p}`: the byte offset where the
    /// shortest or longest suffix of `s` the pattern matches starts, `None` if none
    /// does.
    pub fn suffix_start(&self, s: &str, longest: bool) -> Option<usize> {
        if let Some(lit) = self.exact_literal() {
            return s.ends_with(lit).then(|| s.len() - lit.len());
        }
        let mut m = Matcher::new(self, s);
        let mut try_at = |i: usize| m.ends_from(i).get(s.len());
        if longest {
            (0..=s.len())
                .filter(|&i| s.is_char_boundary(i))
                .find(|&i| try_at(i))
        } else {
            (0..=s.len())
                .rev()
                .filter(|&i| s.is_char_boundary(i))
                .find(|&i| try_at(i))
        }
    }

    /// For `${v/p/r}`: the leftmost match starting at or after byte `from`, longest
    /// at that start, as `(start, end)` byte offsets. Empty matches count (bash:
    /// `v=abc; ${v//?(b)/X}` is `XaXXc`): a caller replacing all matches emits the
    /// replacement, copies one char after an empty match, and stops at the end of a
    /// non-empty string without trying there.
    pub fn find(&self, s: &str, from: usize) -> Option<(usize, usize)> {
        if from > s.len() {
            return None;
        }
        if let Some(lit) = self.exact_literal() {
            let rest = s.get(from..)?;
            return rest.find(lit).map(|i| (from + i, from + i + lit.len()));
        }
        let first = match self.nodes.first() {
            Some(Node::Lit(c)) if !self.nocase => Some(*c),
            _ => None,
        };
        let mut m = Matcher::new(self, s);
        for start in from..=s.len() {
            if !s.is_char_boundary(start) {
                continue;
            }
            if let Some(c) = first
                && !s[start..].starts_with(c)
            {
                continue;
            }
            if let Some(end) = m.ends_from(start).last() {
                return Some((start, end));
            }
        }
        None
    }

    /// Matching for one pathname segment: like [`Pattern::matches`], but a name
    /// starting with `.` only matches when the pattern starts with a literal `.`
    /// (unless `dotglob`), and `.` and `..` are never matched by a wildcard pattern.
    pub fn matches_segment(&self, name: &str, dotglob: bool) -> bool {
        if self.literal.is_some() {
            return self.matches(name);
        }
        if name == "." || name == ".." {
            return false;
        }
        if name.starts_with('.') && !dotglob && !matches!(self.nodes.first(), Some(Node::Lit('.')))
        {
            return false;
        }
        self.matches(name)
    }

    /// The literal text when the pattern is literal and case matters.
    fn exact_literal(&self) -> Option<&str> {
        if self.nocase {
            None
        } else {
            self.literal.as_deref()
        }
    }
}

/// The pattern compiler over the pattern's chars.
struct Parse<'a> {
    chars: &'a [char],
    extglob: bool,
    nocase: bool,
    ext_count: usize,
}

impl Parse<'_> {
    /// Parses `chars[i..end]` as a sequence of nodes.
    fn seq(&mut self, mut i: usize, end: usize, depth: usize) -> Vec<Node> {
        let mut out = Vec::new();
        while i < end {
            let c = self.chars[i];
            if self.extglob
                && matches!(c, '?' | '*' | '+' | '@' | '!')
                && i + 1 < end
                && self.chars[i + 1] == '('
                && depth < MAX_EXT_DEPTH
                && let Some(close) = self.group_end(i + 2, end)
            {
                out.push(self.group(c, i + 2, close, depth));
                i = close + 1;
                continue;
            }
            match c {
                '\\' => {
                    let lit = if i + 1 < end { self.chars[i + 1] } else { '\\' };
                    out.push(self.lit(lit));
                    i += 2;
                }
                '*' => {
                    if !matches!(out.last(), Some(Node::Star)) {
                        out.push(Node::Star);
                    }
                    i += 1;
                }
                '?' => {
                    out.push(Node::Any);
                    i += 1;
                }
                '[' => match self.bracket(i, end) {
                    Some((class, next)) => {
                        out.push(Node::Class(Box::new(class)));
                        i = next;
                    }
                    None => {
                        out.push(Node::Lit('['));
                        i += 1;
                    }
                },
                _ => {
                    out.push(self.lit(c));
                    i += 1;
                }
            }
        }
        out
    }

    fn lit(&self, c: char) -> Node {
        Node::Lit(if self.nocase { lower(c) } else { c })
    }

    /// An extglob group whose alternatives are `chars[start..close]`.
    fn group(&mut self, op: char, start: usize, close: usize, depth: usize) -> Node {
        let kind = match op {
            '?' => ExtKind::Opt,
            '*' => ExtKind::Star,
            '+' => ExtKind::Plus,
            '@' => ExtKind::One,
            _ => ExtKind::Not,
        };
        let id = self.ext_count;
        self.ext_count += 1;
        let mut alts = Vec::new();
        let mut alt_start = start;
        let mut i = start;
        let mut level = 0usize;
        while i <= close {
            let c = if i < close { self.chars[i] } else { '|' };
            match c {
                '\\' => i += 1,
                '[' => {
                    if let Some((_, next)) = self.bracket(i, close) {
                        i = next;
                        continue;
                    }
                }
                '(' => level += 1,
                ')' => level = level.saturating_sub(1),
                '|' if level == 0 => {
                    alts.push(self.seq(alt_start, i.min(close), depth + 1));
                    alt_start = i + 1;
                }
                _ => {}
            }
            i += 1;
        }
        Node::Ext(Box::new(Ext { kind, id, alts }))
    }

    /// The index of the `)` closing a group whose text starts at `i`.
    fn group_end(&self, mut i: usize, end: usize) -> Option<usize> {
        let mut level = 1usize;
        while i < end {
            match self.chars[i] {
                '\\' => i += 1,
                '[' => {
                    if let Some((_, next)) = self.bracket(i, end) {
                        i = next;
                        continue;
                    }
                }
                '(' => level += 1,
                ')' => {
                    level -= 1;
                    if level == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// A bracket expression starting at the `[` at `i`: the class and the index after
    /// its `]`, or `None` when it does not close (the `[` is then literal).
    fn bracket(&self, i: usize, end: usize) -> Option<(Class, usize)> {
        let ch = |k: usize| if k < end { Some(self.chars[k]) } else { None };
        let mut j = i + 1;
        let negated = matches!(ch(j), Some('!' | '^'));
        if negated {
            j += 1;
        }
        let mut class = Class {
            negated,
            invalid: false,
            items: Vec::new(),
        };
        let mut first = true;
        loop {
            let c = ch(j)?;
            if c == ']' && !first {
                return Some((class, j + 1));
            }
            first = false;
            // `[:alpha:]`, `[=a=]`, `[.a.]`
            if c == '['
                && let Some(kind @ (':' | '=' | '.')) = ch(j + 1)
                && let Some(close) = (j + 2..end.saturating_sub(1))
                    .find(|&k| self.chars[k] == kind && self.chars[k + 1] == ']')
            {
                let name: String = self.chars[j + 2..close].iter().collect();
                let item = if kind == ':' {
                    Posix::from_name(&name).map(ClassItem::Named)
                } else {
                    let mut it = name.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Some(ClassItem::Char(c)),
                        _ => None,
                    }
                };
                match item {
                    Some(item) => class.items.push(item),
                    None => class.invalid = true,
                }
                j = close + 2;
                continue;
            }
            let (lo, next) = if c == '\\' {
                (ch(j + 1)?, j + 2)
            } else {
                (c, j + 1)
            };
            j = next;
            if ch(j) == Some('-')
                && let Some(h) = ch(j + 1)
                && h != ']'
            {
                let (hi, next) = if h == '\\' {
                    (ch(j + 2)?, j + 3)
                } else {
                    (h, j + 2)
                };
                class.items.push(ClassItem::Range(lo, hi));
                j = next;
            } else {
                class.items.push(ClassItem::Char(lo));
            }
        }
    }
}

/// Matches a pattern without extglob groups against all of `s`: the classic
/// two-pointer algorithm (backtrack to the last `*` only), no allocation.
fn simple_match(nodes: &[Node], s: &str, nocase: bool) -> bool {
    let mut ni = 0;
    let mut si = 0;
    let mut star: Option<(usize, usize)> = None;
    loop {
        if ni < nodes.len() {
            let c = s[si..].chars().next();
            let step = match (&nodes[ni], c) {
                (Node::Star, _) => {
                    star = Some((ni, si));
                    ni += 1;
                    continue;
                }
                (Node::Lit(l), Some(c)) => (*l == c || (nocase && lower(c) == *l)).then_some(c),
                (Node::Any, Some(c)) => Some(c),
                (Node::Class(cl), Some(c)) => cl.matches(c, nocase).then_some(c),
                _ => None,
            };
            if let Some(c) = step {
                ni += 1;
                si += c.len_utf8();
                continue;
            }
        } else if si == s.len() {
            return true;
        }
        // Mismatch: let the last star eat one more char.
        let Some((sn, ss)) = star else {
            return false;
        };
        let Some(c) = s[ss..].chars().next() else {
            return false;
        };
        let ss = ss + c.len_utf8();
        star = Some((sn, ss));
        ni = sn + 1;
        si = ss;
    }
}

/// A set of byte offsets `0..=len`.
#[derive(Clone, Debug)]
struct Bits {
    words: Vec<u64>,
}

impl Bits {
    fn new(len: usize) -> Bits {
        Bits {
            words: vec![0; len / 64 + 1],
        }
    }
    fn set(&mut self, i: usize) {
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }
    fn get(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    fn clear(&mut self) {
        self.words.iter_mut().for_each(|w| *w = 0);
    }
    fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }
    fn union_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }
    fn first(&self) -> Option<usize> {
        let (i, w) = self.words.iter().enumerate().find(|(_, w)| **w != 0)?;
        Some(i * 64 + w.trailing_zeros() as usize)
    }
    fn last(&self) -> Option<usize> {
        let (i, w) = self
            .words
            .iter()
            .enumerate()
            .rev()
            .find(|(_, w)| **w != 0)?;
        Some(i * 64 + 63 - w.leading_zeros() as usize)
    }
    /// The members in increasing order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let b = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(i * 64 + b)
            })
        })
    }
}

/// One matching run of a pattern over one string (memo included).
struct Matcher<'p, 's> {
    pat: &'p Pattern,
    s: &'s str,
    /// Per extglob group and start offset: where the group's alternatives can end.
    memo: Vec<Vec<Option<Bits>>>,
    memo_words: usize,
}

impl<'p, 's> Matcher<'p, 's> {
    fn new(pat: &'p Pattern, s: &'s str) -> Self {
        Matcher {
            pat,
            s,
            memo: Vec::new(),
            memo_words: 0,
        }
    }

    /// Where the whole pattern can end when it starts at `start`.
    fn ends_from(&mut self, start: usize) -> Bits {
        let mut cur = Bits::new(self.s.len());
        cur.set(start);
        let nodes = &self.pat.nodes;
        self.run(nodes, cur)
    }

    fn char_at(&self, p: usize) -> Option<char> {
        self.s.get(p..)?.chars().next()
    }

    /// Advances the set of offsets `cur` through the nodes of `seq`.
    fn run(&mut self, seq: &'p [Node], mut cur: Bits) -> Bits {
        let n = self.s.len();
        let nocase = self.pat.nocase;
        let mut next = Bits::new(n);
        for node in seq {
            if cur.is_empty() {
                break;
            }
            next.clear();
            match node {
                Node::Star => {
                    let from = cur.first().unwrap_or(n);
                    for p in from..=n {
                        if self.s.is_char_boundary(p) {
                            next.set(p);
                        }
                    }
                }
                Node::Ext(ext) => {
                    for p in cur.iter() {
                        let ends = self.ext_ends(ext, p);
                        next.union_with(&ends);
                    }
                }
                _ => {
                    for p in cur.iter() {
                        let Some(c) = self.char_at(p) else { continue };
                        let ok = match node {
                            Node::Lit(l) => *l == c || (nocase && lower(c) == *l),
                            Node::Class(cl) => cl.matches(c, nocase),
                            _ => true,
                        };
                        if ok {
                            next.set(p + c.len_utf8());
                        }
                    }
                }
            }
            std::mem::swap(&mut cur, &mut next);
        }
        cur
    }

    /// Where one of the group's alternatives can end when started at `p` (memoised).
    fn alt_ends(&mut self, ext: &'p Ext, p: usize) -> Bits {
        if let Some(Some(bits)) = self.memo.get(ext.id).and_then(|m| m.get(p)) {
            return bits.clone();
        }
        let mut out = Bits::new(self.s.len());
        for alt in &ext.alts {
            let mut start = Bits::new(self.s.len());
            start.set(p);
            let ends = self.run(alt, start);
            out.union_with(&ends);
        }
        if self.memo_words + out.words.len() <= MEMO_WORDS {
            if self.memo.is_empty() {
                self.memo = vec![Vec::new(); self.pat.ext_count];
            }
            if let Some(m) = self.memo.get_mut(ext.id) {
                if m.is_empty() {
                    *m = vec![None; self.s.len() + 1];
                }
                if let Some(slot) = m.get_mut(p) {
                    self.memo_words += out.words.len();
                    *slot = Some(out.clone());
                }
            }
        }
        out
    }

    /// Where the group can end when started at `p`.
    fn ext_ends(&mut self, ext: &'p Ext, p: usize) -> Bits {
        let n = self.s.len();
        match ext.kind {
            ExtKind::One => self.alt_ends(ext, p),
            ExtKind::Opt => {
                let mut e = self.alt_ends(ext, p);
                e.set(p);
                e
            }
            ExtKind::Not => {
                let e = self.alt_ends(ext, p);
                let mut out = Bits::new(n);
                for q in p..=n {
                    if self.s.is_char_boundary(q) && !e.get(q) {
                        out.set(q);
                    }
                }
                out
            }
            ExtKind::Star | ExtKind::Plus => {
                let mut reached = Bits::new(n);
                let mut work = Vec::new();
                if ext.kind == ExtKind::Star {
                    reached.set(p);
                }
                work.push(p);
                // Each offset is expanded at most once: at most n + 1 rounds.
                while let Some(q) = work.pop() {
                    let e = self.alt_ends(ext, q);
                    for r in e.iter() {
                        if !reached.get(r) {
                            reached.set(r);
                            work.push(r);
                        }
                    }
                }
                reached
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXT: PatternOptions = PatternOptions {
        extglob: true,
        nocase: false,
    };

    fn pat(p: &str) -> Pattern {
        Pattern::new(p, EXT)
    }

    /// (pattern, string, matches) — checked with bash 5.2 `[[ $s == $p ]]`, extglob on.
    #[test]
    fn whole_matches() {
        let cases: &[(&str, &str, bool)] = &[
            ("", "", true),
            ("", "a", false),
            ("abc", "abc", true),
            ("abc", "abd", false),
            ("*", "", true),
            ("?", "", false),
            ("?", "é", true),
            ("??", "é", false),
            ("a*b", "axxb", true),
            ("a*b", "axxbc", false),
            ("*a*a*a*b", "aaaab", true),
            ("\\*", "*", true),
            ("\\*", "a", false),
            ("a\\", "a\\", true),
            ("a\\", "a", false),
            ("\\[a]", "[a]", true),
            ("\\[a]", "a", false),
            ("[]x]", "]", true),
            ("[]x]", "x", true),
            ("[!]x]", "]", false),
            ("[!]x]", "a", true),
            ("[^a]", "b", true),
            ("[^a]", "a", false),
            ("[!a-c]", "d", true),
            ("[a-]", "-", true),
            ("[-a]", "-", true),
            ("[a\\]b]", "]", true),
            ("[a\\]b]", "\\", false),
            ("[\\!a]", "!", true),
            ("[\\!a]", "b", false),
            ("[\\a-c]", "b", true),
            ("[a-c-e]", "d", false),
            ("[a-c-e]", "-", true),
            ("[a-]]", "a]", true),
            ("[a-]]", "-]", true),
            ("[]-a]", "^", true),
            ("[]-a]", "b", false),
            ("[!-]", "a", true),
            ("[a-a]", "a", true),
            ("[z-a]", "z", false),
            ("[z-a]", "a", false),
            ("[a-z]", "é", false),
            ("[é-f]", "f", false),
            ("[*]", "*", true),
            ("[*]", "a", false),
            ("[?]", "a", false),
            ("[[]", "[", true),
            ("[]]", "]", true),
            ("[", "[", true),
            ("[a", "[a", true),
            ("a[b", "a[b", true),
            ("[!]", "[!]", true),
            ("[!]", "a", false),
            ("[]", "[]", true),
            ("[[:", "[[:", true),
            ("[[:alpha:]]", "é", true),
            ("[[:alpha:]]", "1", false),
            ("[[:foo:]]", "f", false),
            ("[[:foo:]]", "[", false),
            ("[[:ALPHA:]]", "a", false),
            ("[[:alpha:]", "[a", true),
            ("[[:alpha:]", "[:", true),
            ("[[:alpha:]", "a]", false),
            ("[[:alpha:]-z]", "-", true),
            ("[[:alpha:]-z]", "y", true),
            ("[[=a=]]", "a", true),
            ("[[.a.]]", "a", true),
            ("[[:space:][:digit:]]", "5", true),
            ("[[:upper:]]", "a", false),
            ("[[:punct:]]", "!", true),
            ("[[:xdigit:]]", "G", false),
            ("[[:blank:]]", "\t", true),
            ("[[:cntrl:]]", "\u{1}", true),
            ("[[:graph:]]", " ", false),
            ("[[:print:]]", " ", true),
            ("[[:word:]]", "_", true),
            ("[[:alnum:]]", "_", false),
            ("@(a|b)", "a", true),
            ("@(a|b)", "ab", false),
            ("!(a)", "a", false),
            ("!(a)", "b", true),
            ("!(a)", "", true),
            ("!(a)", "aa", true),
            ("*(a|b)", "abba", true),
            ("*(a|b)", "", true),
            ("+(ab)", "abab", true),
            ("+(ab)", "", false),
            ("?(x)", "", true),
            ("?(x)", "xx", false),
            ("@(a|+(b|c))", "cbc", true),
            ("@(a", "@(a", true),
            ("@(x", "x", false),
            ("!(*.c)", "x.c", false),
            ("!(*.c)", "x.h", true),
            ("a!(b)c", "abc", false),
            ("a!(b)c", "ac", true),
            ("a!(b)c", "abbc", true),
            ("!(a|b)*", "a", true),
            ("!(x)", "x", false),
            ("@()", "", true),
            ("@(|a)", "", true),
            ("*(a)b", "aaab", true),
            ("[@(]a)", "@a)", true),
            ("@(a|b", "@(a|b", true),
            ("a|b", "a|b", true),
            ("@(a\\|b)", "a|b", true),
            ("@(a[|]b)", "a|b", true),
            ("@([)])", ")", true),
            ("x@(a)", "xa", true),
            ("+(a|b)c", "abc", true),
            ("\\@(a)", "@(a)", true),
            ("\\@(a)", "a", false),
            ("*(@(a|b)c)", "acbc", true),
            ("!(!(a))", "a", true),
            ("!(!(a))", "b", false),
        ];
        for &(p, s, want) in cases {
            assert_eq!(pat(p).matches(s), want, "{p:?} vs {s:?}");
        }
    }

    #[test]
    fn without_extglob_groups_are_literal() {
        let p = Pattern::new("@(a|b)", PatternOptions::default());
        assert!(p.matches("@(a|b)"));
        assert!(!p.matches("a"));
        let p = Pattern::new("!(a)", PatternOptions::default());
        assert!(p.matches("!(a)"));
    }

    #[test]
    fn nocase() {
        let opts = PatternOptions {
            extglob: true,
            nocase: true,
        };
        let cases: &[(&str, &str, bool)] = &[
            ("abc", "ABC", true),
            ("A*", "abc", true),
            ("[a-c]x", "BX", true),
            ("[[:upper:]]", "a", false),
            ("@(foo|bar)", "BAR", true),
            ("É", "é", true),
            ("abc", "abd", false),
        ];
        for &(p, s, want) in cases {
            assert_eq!(Pattern::new(p, opts).matches(s), want, "{p:?} vs {s:?}");
        }
    }

    /// `${v#p} ${v##p} ${v%p} ${v%%p}` on v=abcabc (and others) — from bash 5.2.
    #[test]
    fn prefix_and_suffix() {
        type Case<'a> = (&'a str, &'a str, Option<usize>, Option<usize>);
        let prefix: &[Case] = &[
            ("abcabc", "*b", Some(2), Some(5)),
            ("abcabc", "!(a)", Some(0), Some(6)),
            ("abcabc", "x*", None, None),
            ("abcabc", "abc", Some(3), Some(3)),
            ("", "*", Some(0), Some(0)),
            ("aé", "?", Some(1), Some(1)),
            ("aé", "*", Some(0), Some(3)),
        ];
        for &(s, p, short, long) in prefix {
            assert_eq!(pat(p).prefix_len(s, false), short, "{s}#{p}");
            assert_eq!(pat(p).prefix_len(s, true), long, "{s}##{p}");
        }
        let suffix: &[Case] = &[
            ("abcabc", "b*", Some(4), Some(1)),
            ("abcabc", "!(c)", Some(6), Some(0)),
            ("abcabc", "x*", None, None),
            ("abcabc", "bc", Some(4), Some(4)),
            ("aé", "?", Some(1), Some(1)),
            ("file.tar.gz", ".*", Some(8), Some(4)),
        ];
        for &(s, p, short, long) in suffix {
            assert_eq!(pat(p).suffix_start(s, false), short, "{s}%{p}");
            assert_eq!(pat(p).suffix_start(s, true), long, "{s}%%{p}");
        }
    }

    /// `${v//p/X}` as a caller would loop over [`Pattern::find`] — from bash 5.2.
    fn replace_all(s: &str, p: &str) -> String {
        let pat = pat(p);
        let mut out = String::new();
        let mut pos = 0;
        while pos < s.len() || (s.is_empty() && pos == 0 && out.is_empty()) {
            let Some((a, b)) = pat.find(s, pos) else {
                break;
            };
            if a == s.len() && !s.is_empty() {
                break;
            }
            out.push_str(&s[pos..a]);
            out.push('X');
            if b == a {
                match s[a..].chars().next() {
                    Some(c) => {
                        out.push(c);
                        pos = a + c.len_utf8();
                    }
                    None => break,
                }
            } else {
                pos = b;
            }
        }
        out.push_str(&s[pos.min(s.len())..]);
        out
    }

    #[test]
    fn find_and_replace() {
        let cases: &[(&str, &str, &str)] = &[
            ("abcabc", "b?", "aXaX"),
            ("abcabc", "?(b)", "XaXXcXaXXc"),
            ("abcabc", "*(x)", "XaXbXcXaXbXc"),
            ("abcabc", "+(b|c)", "aXaX"),
            ("abcabc", "!(a)", "X"),
            ("abcabc", "x*", "abcabc"),
            ("abcabc", "@()", "XaXbXcXaXbXc"),
            ("aaa", "a*(a)", "X"),
            ("aaa", "?(a)", "XXX"),
            ("aé", "?", "XX"),
            ("", "*", "X"),
        ];
        for &(s, p, want) in cases {
            assert_eq!(replace_all(s, p), want, "{s}//{p}");
        }
        assert_eq!(pat("b*").find("abcabc", 0), Some((1, 6)));
        assert_eq!(pat("*(x)").find("abc", 1), Some((1, 1)));
        assert_eq!(pat("b").find("abcabc", 2), Some((4, 5)));
        assert_eq!(pat("z").find("abc", 9), None);
    }

    #[test]
    fn segments() {
        let cases: &[(&str, &str, bool, bool)] = &[
            ("*", ".hidden", false, false),
            ("*", ".hidden", true, true),
            (".*", ".hidden", false, true),
            ("*", ".", true, false),
            (".*", "..", true, false),
            ("..", "..", false, true),
            ("?a", ".a", false, false),
            ("[.]a", ".a", false, false),
            ("*.c", "x.c", false, true),
        ];
        for &(p, name, dotglob, want) in cases {
            assert_eq!(
                pat(p).matches_segment(name, dotglob),
                want,
                "{p} {name} {dotglob}"
            );
        }
    }

    #[test]
    fn helpers() {
        let glob: &[(&str, bool, bool)] = &[
            ("abc", false, false),
            ("a*", false, true),
            ("a?", false, true),
            ("[ab]", false, true),
            ("[ab", false, false),
            ("\\*", false, false),
            ("@(a)", false, false),
            ("@(a)", true, true),
            ("!(a)", true, true),
        ];
        for &(p, ext, want) in glob {
            assert_eq!(has_glob_chars(p, ext), want, "{p}");
        }
        assert_eq!(unescape("a\\*b\\\\c\\"), "a*b\\c\\");
        assert!(pat("a\\*b").is_literal());
        assert!(pat("[ab").is_literal());
        assert!(!pat("a*").is_literal());
        assert!(!pat("@(a)").is_literal());
    }

    #[test]
    fn no_blowup() {
        let long = "a".repeat(20_000);
        assert!(!pat("*a*a*a*a*a*a*b").matches(&long));
        assert!(!pat("*(a|aa)b").matches(&"a".repeat(2_000)));
        assert!(!pat("+(*a)b").matches(&"a".repeat(300)));
        assert_eq!(pat("*a*a*b").prefix_len(&long, true), None);
        assert!(pat("!(*b)").matches(&long));
        let deep = format!("{}a{}", "@(".repeat(100), ")".repeat(100));
        let _ = pat(&deep).matches("a");
    }
}

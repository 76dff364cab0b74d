//! `sort` keys: the `-k POS1[,POS2]` syntax, GNU's field extraction (`begfield` and
//! `limfield`) and the comparison of two lines by a list of keys.

use std::cmp::Ordering;

use super::compare::{self, is_blank};

/// How a key's text is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Text,
    Numeric,
    General,
    Human,
    Month,
    Version,
    Random,
}

/// Characters a key ignores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Ignore {
    #[default]
    None,
    /// `-d`: all but blanks and alphanumerics.
    Dictionary,
    /// `-i`: non-printing characters.
    Nonprinting,
}

/// One key (or the global options when no key is given).
#[derive(Clone, Debug, Default)]
pub struct Key {
    /// Start field (0-based); `None` means the start of the line.
    pub sword: Option<usize>,
    /// Start character within the field (0-based).
    pub schar: usize,
    /// End field (0-based); `None` means the end of the line.
    pub eword: Option<usize>,
    /// End character (1-based, 0 = end of field).
    pub echar: usize,
    pub skip_sblanks: bool,
    pub skip_eblanks: bool,
    pub ignore: Ignore,
    pub fold: bool,
    pub kind: Kind,
    pub reverse: bool,
    /// Whether any ordering option was given for this key.
    pub has_opts: bool,
    /// Every ordering letter given (bits in `ORDER_LETTERS` order), for the
    /// incompatibility check.
    pub seen: u32,
}

/// The ordering letters in the order GNU lists them in messages.
const ORDER_LETTERS: &str = "dfghiMnRV";

impl Key {
    /// Applies one option letter; false when it is not one.
    pub fn set(&mut self, c: char, end: bool) -> bool {
        match c {
            'b' if end => self.skip_eblanks = true,
            'b' => self.skip_sblanks = true,
            'd' => self.ignore = Ignore::Dictionary,
            'f' => self.fold = true,
            'g' => self.kind = Kind::General,
            'h' => self.kind = Kind::Human,
            'i' => self.ignore = Ignore::Nonprinting,
            'M' => self.kind = Kind::Month,
            'n' => self.kind = Kind::Numeric,
            'R' => self.kind = Kind::Random,
            'r' => self.reverse = true,
            'V' => self.kind = Kind::Version,
            _ => return false,
        }
        if let Some(i) = ORDER_LETTERS.find(c) {
            self.seen |= 1 << i;
        }
        self.has_opts = true;
        true
    }

    /// Takes the global options when the key has none of its own.
    pub fn inherit(&mut self, g: &Key) {
        if !self.has_opts {
            self.skip_sblanks = g.skip_sblanks;
            self.skip_eblanks = g.skip_eblanks;
            self.ignore = g.ignore;
            self.fold = g.fold;
            self.kind = g.kind;
            self.reverse = g.reverse;
            self.seen = g.seen;
        }
    }

    /// Whether the key orders anything differently from plain bytes.
    pub fn is_default(&self) -> bool {
        !(self.skip_sblanks
            || self.skip_eblanks
            || self.ignore != Ignore::None
            || self.fold
            || self.kind != Kind::Text
            || self.reverse)
    }

    /// The option letters for an "options '-..' are incompatible" message, or `None`.
    pub fn incompatible(&self) -> Option<String> {
        let bit = |c: char| {
            ORDER_LETTERS
                .find(c)
                .is_some_and(|i| self.seen & (1 << i) != 0)
        };
        let n = "ghMn".chars().filter(|&c| bit(c)).count() + usize::from("RVdi".chars().any(bit));
        if n < 2 {
            return None;
        }
        Some(ORDER_LETTERS.chars().filter(|&c| bit(c)).collect())
    }
}

fn count(s: &str) -> (Option<usize>, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 {
        return (None, s);
    }
    let v = s[..n].parse::<usize>().unwrap_or(usize::MAX);
    (Some(v), &s[n..])
}

/// Parses a `-k` argument; the error is the whole message.
pub fn parse_key(spec: &str) -> Result<Key, String> {
    let bad = |what: &str| {
        format!(
            "{what}: invalid field specification {}",
            crate::commands::quote_locale(spec)
        )
    };
    let bad_count = |what: &str, at: &str| {
        format!(
            "{what}: invalid count at start of {}",
            crate::commands::quote_locale(at)
        )
    };
    let mut key = Key::default();
    let (n, mut s) = count(spec);
    let Some(n) = n else {
        return Err(bad_count("invalid number at field start", s));
    };
    if n == 0 {
        return Err(bad("field number is zero"));
    }
    key.sword = Some(n - 1);
    if let Some(rest) = s.strip_prefix('.') {
        let (c, r) = count(rest);
        let Some(c) = c else {
            return Err(bad_count("invalid number after '.'", rest));
        };
        if c == 0 {
            return Err(bad("character offset is zero"));
        }
        key.schar = c - 1;
        s = r;
    }
    let mut chars = s.chars();
    while let Some(c) = chars.clone().next() {
        if !key.set(c, false) {
            break;
        }
        chars.next();
    }
    s = chars.as_str();
    if let Some(rest) = s.strip_prefix(',') {
        let (n, r) = count(rest);
        let Some(n) = n else {
            return Err(bad_count("invalid number after ','", rest));
        };
        if n == 0 {
            return Err(bad("field number is zero"));
        }
        key.eword = Some(n - 1);
        s = r;
        if let Some(rest) = s.strip_prefix('.') {
            let (c, r) = count(rest);
            let Some(c) = c else {
                return Err(bad_count("invalid number after '.'", rest));
            };
            key.echar = c;
            s = r;
        }
        let mut chars = s.chars();
        while let Some(c) = chars.clone().next() {
            if !key.set(c, true) {
                break;
            }
            chars.next();
        }
        s = chars.as_str();
    } else {
        key.eword = None;
    }
    if !s.is_empty() {
        return Err(bad("stray character in field spec"));
    }
    Ok(key)
}

/// The field separator: `None` for runs of blanks.
pub type Tab = Option<u8>;

/// Skips `words` fields from the start of `line`; with a tab character the tab after the
/// last skipped field is skipped too unless `keep_last_tab`.
fn skip_fields(line: &[u8], words: usize, tab: Tab, keep_last_tab: bool) -> usize {
    let lim = line.len();
    let mut p = 0;
    let mut words = words;
    while p < lim && words > 0 {
        words -= 1;
        match tab {
            Some(t) => {
                while p < lim && line[p] != t {
                    p += 1;
                }
                if p < lim && (words > 0 || !keep_last_tab) {
                    p += 1;
                }
            }
            None => {
                while p < lim && is_blank(line[p]) {
                    p += 1;
                }
                while p < lim && !is_blank(line[p]) {
                    p += 1;
                }
            }
        }
    }
    p
}

fn skip_blanks_from(line: &[u8], mut p: usize) -> usize {
    while p < line.len() && is_blank(line[p]) {
        p += 1;
    }
    p
}

/// GNU's `begfield`: where the key starts.
fn begfield(line: &[u8], key: &Key, sword: usize, tab: Tab) -> usize {
    let mut p = skip_fields(line, sword, tab, false);
    if key.skip_sblanks {
        p = skip_blanks_from(line, p);
    }
    line.len().min(p.saturating_add(key.schar))
}

/// GNU's `limfield`: where the key ends.
fn limfield(line: &[u8], key: &Key, eword: usize, tab: Tab) -> usize {
    let echar = key.echar;
    let words = if echar == 0 {
        eword.saturating_add(1)
    } else {
        eword
    };
    let mut p = skip_fields(line, words, tab, echar == 0);
    if echar != 0 {
        if key.skip_eblanks {
            p = skip_blanks_from(line, p);
        }
        p = line.len().min(p.saturating_add(echar));
    }
    p
}

/// The bytes of `line` that `key` covers.
pub fn extract<'a>(line: &'a [u8], key: &Key, tab: Tab) -> &'a [u8] {
    let (beg, lim) = extract_range(line, key, tab);
    &line[beg..lim]
}

/// The range of `line` that `key` covers.
pub fn extract_range(line: &[u8], key: &Key, tab: Tab) -> (usize, usize) {
    let lim = match key.eword {
        Some(e) => limfield(line, key, e, tab),
        None => line.len(),
    };
    let beg = match key.sword {
        Some(s) => begfield(line, key, s, tab),
        None if key.skip_sblanks => skip_blanks_from(&line[..lim], 0),
        None => 0,
    };
    (beg.min(lim), lim)
}

fn ignored(ig: Ignore, b: u8) -> bool {
    match ig {
        Ignore::None => false,
        Ignore::Dictionary => !(is_blank(b) || b.is_ascii_alphanumeric()),
        Ignore::Nonprinting => !(0x20..0x7f).contains(&b),
    }
}

fn filtered(s: &[u8], key: &Key) -> Vec<u8> {
    s.iter()
        .filter(|&&b| !ignored(key.ignore, b))
        .map(|&b| if key.fold { b.to_ascii_uppercase() } else { b })
        .collect()
}

fn text_cmp(a: &[u8], b: &[u8], key: &Key) -> Ordering {
    if key.ignore == Ignore::None && !key.fold {
        return a.cmp(b);
    }
    let (mut i, mut j) = (0, 0);
    loop {
        while i < a.len() && ignored(key.ignore, a[i]) {
            i += 1;
        }
        while j < b.len() && ignored(key.ignore, b[j]) {
            j += 1;
        }
        if i >= a.len() || j >= b.len() {
            return (i < a.len()).cmp(&(j < b.len()));
        }
        let (x, y) = if key.fold {
            (a[i].to_ascii_uppercase(), b[j].to_ascii_uppercase())
        } else {
            (a[i], b[j])
        };
        if x != y {
            return x.cmp(&y);
        }
        i += 1;
        j += 1;
    }
}

/// Compares two keys' texts by the key's ordering (without `reverse`).
pub fn cmp_text(a: &[u8], b: &[u8], key: &Key, seed: u64) -> Ordering {
    match key.kind {
        Kind::Text => text_cmp(a, b, key),
        Kind::Numeric => compare::numeric(a, b),
        Kind::General => compare::general(a, b),
        Kind::Human => compare::human(a, b),
        Kind::Month => compare::month(a, b),
        Kind::Version if key.ignore != Ignore::None || key.fold => {
            compare::version(&filtered(a, key), &filtered(b, key))
        }
        Kind::Version => compare::version(a, b),
        Kind::Random => {
            let (fa, fb) = (filtered(a, key), filtered(b, key));
            compare::random_hash(seed, &fa).cmp(&compare::random_hash(seed, &fb))
        }
    }
}

/// A `u64` that orders the key's text like [`cmp_text`] wherever the two differ, without
/// `reverse`. The flag says the prefix is exact: two exact prefixes that are equal mean
/// the keys compare equal; otherwise equal prefixes need the full comparison.
pub fn prefix(s: &[u8], key: &Key) -> (u64, bool) {
    match key.kind {
        Kind::Text => {
            let mut p = [0u8; 8];
            let mut n = 0;
            let mut nul = false;
            for &b in s.iter().filter(|&&b| !ignored(key.ignore, b)) {
                if n == 8 {
                    n += 1;
                    break;
                }
                nul |= b == 0;
                p[n] = if key.fold { b.to_ascii_uppercase() } else { b };
                n += 1;
            }
            (u64::from_be_bytes(p), n <= 8 && !nul)
        }
        Kind::Numeric => compare::numeric_prefix(s),
        Kind::General => (compare::general_prefix(s), true),
        Kind::Month => (compare::month_of(s) as u64, true),
        _ => (0, false),
    }
}

/// Compares two lines by `keys` in turn.
pub fn compare_keys(a: &[u8], b: &[u8], keys: &[Key], tab: Tab, seed: u64) -> Ordering {
    for key in keys {
        let ka = extract(a, key, tab);
        let kb = extract(b, key, tab);
        let d = cmp_text(ka, kb, key, seed);
        if d != Ordering::Equal {
            return if key.reverse { d.reverse() } else { d };
        }
    }
    Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        let cases = [
            ("2", None, "a b c", " b c"),
            ("2,2", None, "a  b c", "  b"),
            ("2b,2", None, "a  b c", "b"),
            ("2,2", Some(b':'), "a:b:c", "b"),
            ("1.2,1.3", Some(b':'), "abcd:e", "bc"),
            ("3", Some(b':'), "a:b", ""),
            ("2.2,3.1", None, "x abc def", "abc "),
        ];
        for (spec, tab, line, want) in cases {
            let key = parse_key(spec).expect("valid key");
            let got = extract(line.as_bytes(), &key, tab);
            assert_eq!(got, want.as_bytes(), "-k{spec} on {line:?}");
        }
    }
}

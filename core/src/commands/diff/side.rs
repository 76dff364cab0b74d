//! `diff -y`: GNU's side-by-side format (`side.c`): each half is `(W - 3) / 2`-ish columns
//! wide (GNU's exact rounding to tab stops), the gutter holds ` `, `|`, `<`, `>`, `(` (or
//! `/` and `\` when only one side of a changed pair ends in a newline), and the padding is
//! made of tabs unless `-t` expands them.

use super::format::Change;

/// The side-by-side settings.
#[derive(Clone, Copy, Debug)]
pub struct Side {
    /// `-W`: total width (default 130).
    pub width: usize,
    /// `-t`: spaces instead of tabs.
    pub expand_tabs: bool,
    /// `--suppress-common-lines`.
    pub suppress_common: bool,
    /// `--left-column`: common lines show only their left side, with `(`.
    pub left_column: bool,
}

impl Default for Side {
    fn default() -> Self {
        Side {
            width: 130,
            expand_tabs: false,
            suppress_common: false,
            left_column: false,
        }
    }
}

const TAB: usize = 8;
const GUTTER_MIN: usize = 3;

struct Layout {
    half: usize,
    col2: usize,
    expand: bool,
}

impl Layout {
    fn new(s: Side) -> Layout {
        let t = if s.expand_tabs { 1 } else { TAB };
        let off = (s.width + t + GUTTER_MIN) / (2 * t) * t;
        let half = off
            .saturating_sub(GUTTER_MIN)
            .min(s.width.saturating_sub(off));
        Layout {
            half,
            col2: if half > 0 { off } else { s.width },
            expand: s.expand_tabs,
        }
    }

    /// Pads from column `from` to `to` with tabs (unless expanding) then spaces.
    fn tab_from_to(&self, mut from: usize, to: usize, out: &mut Vec<u8>) -> usize {
        if !self.expand {
            let mut tab = from + TAB - from % TAB;
            while tab <= to {
                out.push(b'\t');
                from = tab;
                tab += TAB;
            }
        }
        while from < to {
            out.push(b' ');
            from += 1;
        }
        to
    }

    /// Prints a line cut to `bound` columns; returns the output column reached.
    fn half_line(&self, line: &[u8], indent: usize, bound: usize, out: &mut Vec<u8>) -> usize {
        let (mut inp, mut outp) = (0usize, 0usize);
        let mut i = 0;
        while let Some(&c) = line.get(i) {
            i += 1;
            match c {
                b'\n' => return outp,
                b'\t' => {
                    let spaces = TAB - inp % TAB;
                    if inp == outp {
                        let mut stop = outp + spaces;
                        if self.expand {
                            stop = stop.min(bound);
                            while outp < stop {
                                out.push(b' ');
                                outp += 1;
                            }
                        } else if stop < bound {
                            outp = stop;
                            out.push(b'\t');
                        }
                    }
                    inp += spaces;
                }
                b'\r' => {
                    out.push(c);
                    self.tab_from_to(0, indent, out);
                    inp = 0;
                    outp = 0;
                }
                b'\x08' => {
                    if inp != 0 {
                        inp -= 1;
                        if inp < bound {
                            if outp <= inp {
                                while outp < inp {
                                    out.push(b' ');
                                    outp += 1;
                                }
                            } else {
                                outp = inp;
                                out.push(c);
                            }
                        }
                    }
                }
                0x20..=0x7e => {
                    if inp < bound {
                        outp = inp + 1;
                        out.push(c);
                    }
                    inp += 1;
                }
                0xc0..=0xf7 => {
                    // One multi-byte character, one column wide.
                    let len = if c >= 0xf0 {
                        4
                    } else if c >= 0xe0 {
                        3
                    } else {
                        2
                    };
                    let end = (i - 1 + len).min(line.len());
                    inp += 1;
                    if inp <= bound {
                        outp = inp;
                        out.extend_from_slice(line.get(i - 1..end).unwrap_or_default());
                    }
                    i = end;
                }
                _ => {
                    if inp < bound {
                        out.push(c);
                    }
                }
            }
        }
        outp
    }

    fn line(&self, left: Option<&[u8]>, sep: u8, right: Option<&[u8]>, out: &mut Vec<u8>) {
        let mut col = 0;
        let mut newline = false;
        if let Some(l) = left {
            newline |= l.ends_with(b"\n");
            col = self.half_line(l, 0, self.half, out);
        }
        if sep != b' ' {
            col = self.tab_from_to(col, (self.half + self.col2).saturating_sub(1) / 2, out) + 1;
            let mut sep = sep;
            if sep == b'|' && newline != right.is_some_and(|r| r.ends_with(b"\n")) {
                sep = if newline { b'/' } else { b'\\' };
            }
            out.push(sep);
        }
        if let Some(r) = right {
            newline |= r.ends_with(b"\n");
            if r.first() != Some(&b'\n') {
                col = self.tab_from_to(col, self.col2, out);
                self.half_line(r, col, self.half, out);
            }
        }
        if newline {
            out.push(b'\n');
        }
    }

    fn common(&self, s: Side, a: &[&[u8]], b: &[&[u8]], out: &mut Vec<u8>) {
        if s.suppress_common {
            return;
        }
        for (l, r) in a.iter().zip(b) {
            if s.left_column {
                self.line(Some(l), b'(', None, out);
            } else {
                self.line(Some(l), b' ', Some(r), out);
            }
        }
    }
}

/// Writes the side-by-side listing of `a` and `b` given their changes.
pub fn side_by_side(a: &[&[u8]], b: &[&[u8]], changes: &[Change], s: Side, out: &mut Vec<u8>) {
    let lay = Layout::new(s);
    let (mut i, mut j) = (0, 0);
    for ch in changes {
        let (ca, cb) = (a.get(i..ch.a0), b.get(j..ch.b0));
        lay.common(s, ca.unwrap_or_default(), cb.unwrap_or_default(), out);
        let old = a.get(ch.a0..ch.a1).unwrap_or_default();
        let new = b.get(ch.b0..ch.b1).unwrap_or_default();
        let paired = old.len().min(new.len());
        for (l, r) in old.iter().zip(new) {
            lay.line(Some(l), b'|', Some(r), out);
        }
        for r in new.iter().skip(paired) {
            lay.line(None, b'>', Some(r), out);
        }
        for l in old.iter().skip(paired) {
            lay.line(Some(l), b'<', None, out);
        }
        i = ch.a1;
        j = ch.b1;
    }
    let (ca, cb) = (a.get(i..), b.get(j..));
    lay.common(s, ca.unwrap_or_default(), cb.unwrap_or_default(), out);
}

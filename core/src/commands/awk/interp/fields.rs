//! Records and fields: FS splitting (blank runs, a literal, characters, a regex),
//! lazy splitting of `$0`, field and NF assignment with rebuilding by OFS, and RS modes.

use bytes::Bytes;

use super::super::ast::*;
use super::super::format::char_count;
use super::super::io::RsMode;
use super::super::value::Value;
use super::{Cell, Ctl, Interp, MAX_FIELDS, R, Splitter};
use crate::commands::regex::Regex;

impl Interp<'_> {
    /// A field splitter for an FS value.
    pub fn make_splitter(&self, fs: &[u8]) -> Splitter {
        match fs {
            b" " => Splitter::Space,
            b"" => Splitter::Chars,
            b"\\" => Splitter::Literal(Bytes::from_static(b"\\")),
            _ if char_count(fs) == 1 && fs != b"^" => Splitter::Literal(Bytes::copy_from_slice(fs)),
            _ => {
                let src = String::from_utf8_lossy(fs);
                match super::super::re::compile(&src, self.ignore_case()) {
                    Ok(r) => Splitter::Regex(r),
                    Err(_) => Splitter::Literal(Bytes::copy_from_slice(fs)),
                }
            }
        }
    }

    /// The splitter for an FPAT value (`None` when it does not compile).
    pub fn make_fpat(&self, fpat: &[u8]) -> Option<Splitter> {
        let src = String::from_utf8_lossy(fpat);
        let icase = self.ignore_case();
        let whole = super::super::re::compile(&src, icase).ok()?;
        let alts = top_level_alternatives(&src)
            .iter()
            .filter_map(|a| super::super::re::compile(&format!("^({a})"), icase).ok())
            .collect();
        Some(Splitter::Pattern(whole, alts))
    }

    pub fn ignore_case(&self) -> bool {
        match self.globals.get(IGNORECASE) {
            Some(Cell::Val(v)) => v.truthy(),
            _ => false,
        }
    }

    /// Sets `$0` from input.
    pub fn set_record(&mut self, text: Bytes) {
        self.record.text = text;
        self.record.fields.clear();
        self.record.split = false;
        self.rec_splitter = self.splitter.clone();
    }

    pub fn split_record(&mut self) {
        if self.record.split {
            return;
        }
        let paragraph = self.rs_cache.0.is_empty();
        let mut fields = Vec::new();
        split_into(
            &self.record.text,
            &self.rec_splitter,
            paragraph,
            &mut fields,
            None,
        );
        self.record.fields = fields;
        self.record.split = true;
    }

    pub fn get_field(&mut self, i: usize) -> Value {
        if i == 0 {
            return Value::StrNum(self.record.text.clone());
        }
        self.split_record();
        match self.record.fields.get(i - 1) {
            Some(f) => Value::StrNum(f.clone()),
            None => Value::Uninit,
        }
    }

    pub fn set_field(&mut self, i: usize, v: &Value) -> R<()> {
        let s = self.to_str(v);
        if i == 0 {
            self.set_record(s);
            return Ok(());
        }
        if i > MAX_FIELDS {
            return Err(Ctl::Fatal(format!("field index {i} too large")));
        }
        self.split_record();
        if self.record.fields.len() < i {
            self.record.fields.resize(i, Bytes::new());
        }
        self.record.fields[i - 1] = s;
        self.rebuild();
        Ok(())
    }

    pub(super) fn set_nf(&mut self, n: f64) {
        self.split_record();
        let n = if n < 0.0 {
            0
        } else {
            n.min(MAX_FIELDS as f64) as usize
        };
        self.record.fields.resize(n, Bytes::new());
        self.rebuild();
    }

    /// Rebuilds `$0` from the fields with OFS.
    pub(super) fn rebuild(&mut self) {
        let ofs = self.global_str(OFS);
        let mut out = Vec::new();
        for (k, f) in self.record.fields.iter().enumerate() {
            if k > 0 {
                out.extend_from_slice(&ofs);
            }
            out.extend_from_slice(f);
        }
        self.record.text = Bytes::from(out);
    }

    /// The current RS as a record-reading mode.
    pub fn rs_mode(&mut self) -> RsMode {
        let rs = self.global_str(RS);
        if rs != self.rs_cache.0 {
            let mode = match &rs[..] {
                b"" => RsMode::Paragraph,
                [b] => RsMode::Byte(*b),
                _ if char_count(&rs) == 1 => RsMode::Literal(rs.to_vec()),
                _ => match super::super::re::compile(
                    &String::from_utf8_lossy(&rs),
                    self.ignore_case(),
                ) {
                    Ok(r) => RsMode::Regex(r),
                    Err(_) => RsMode::Literal(rs.to_vec()),
                },
            };
            self.rs_cache = (rs, mode);
        }
        self.rs_cache.1.clone()
    }
}

/// The top-level `|` branches of an awk regex (outside groups and bracket expressions).
fn top_level_alternatives(src: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let (mut depth, mut bracket) = (0usize, None::<usize>);
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        let cur = out.last_mut();
        match (c, bracket) {
            ('\\', _) => {
                if let Some(cur) = cur {
                    cur.push(c);
                    cur.extend(chars.next());
                }
                if let Some(n) = bracket.as_mut() {
                    *n += 2;
                }
                continue;
            }
            (']', Some(n)) if n > 0 => bracket = None,
            ('[', Some(_)) if chars.peek() == Some(&':') => {
                // `[:class:]` inside a bracket expression.
                if let Some(cur) = cur {
                    cur.push(c);
                    for d in chars.by_ref() {
                        cur.push(d);
                        if d == ']' {
                            break;
                        }
                    }
                }
                bracket = Some(1);
                continue;
            }
            (_, Some(n)) => bracket = Some(if c == '^' && n == 0 { 0 } else { n + 1 }),
            ('[', None) => bracket = Some(0),
            ('(', None) => depth += 1,
            (')', None) => depth = depth.saturating_sub(1),
            ('|', None) if depth == 0 => {
                out.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(cur) = out.last_mut() {
            cur.push(c);
        }
    }
    out
}

/// Splits by FPAT: every match is a field; a null match right after a field is not one.
fn split_pattern(text: &Bytes, whole: &Regex, alts: &[Regex], out: &mut Vec<Bytes>) {
    if text.is_empty() {
        return;
    }
    let (mut pos, mut prev_end) = (0, None);
    while pos <= text.len() {
        let Some((s, e)) = whole.find_at(text, pos) else {
            break;
        };
        let rest = text.get(s..).unwrap_or_default();
        let longest = alts
            .iter()
            .filter_map(|a| a.find_at(rest, 0).map(|(_, n)| s + n))
            .fold(e, usize::max);
        if longest > s {
            out.push(text.slice(s..longest));
            prev_end = Some(longest);
            pos = longest;
        } else {
            if prev_end != Some(s) {
                out.push(Bytes::new());
            }
            if s >= text.len() {
                break;
            }
            pos = s + super::super::format::utf8_len(text, s);
        }
    }
}

/// Splits `text` into fields (and separators when asked).
pub fn split_into(
    text: &Bytes,
    sp: &Splitter,
    paragraph: bool,
    out: &mut Vec<Bytes>,
    mut seps: Option<&mut Vec<Bytes>>,
) {
    if paragraph && !matches!(sp, Splitter::Space) {
        let mut start = 0;
        let mut first = true;
        for line in text.split(|&b| b == b'\n') {
            if !first && let Some(s) = seps.as_deref_mut() {
                s.push(Bytes::from_static(b"\n"));
            }
            first = false;
            let piece = text.slice(start..start + line.len());
            start += line.len() + 1;
            split_into(&piece, sp, false, out, seps.as_deref_mut());
        }
        return;
    }
    match sp {
        Splitter::Pattern(whole, alts) => split_pattern(text, whole, alts, out),
        Splitter::Space => {
            let blank = |b: u8| matches!(b, b' ' | b'\t' | b'\n');
            let mut i = 0;
            let start_blank = i;
            while i < text.len() && blank(text[i]) {
                i += 1;
            }
            if let Some(s) = seps.as_deref_mut() {
                s.push(text.slice(start_blank..i));
            }
            while i < text.len() {
                let st = i;
                while i < text.len() && !blank(text[i]) {
                    i += 1;
                }
                out.push(text.slice(st..i));
                let bs = i;
                while i < text.len() && blank(text[i]) {
                    i += 1;
                }
                if let Some(s) = seps.as_deref_mut() {
                    s.push(text.slice(bs..i));
                }
            }
        }
        Splitter::Chars => {
            let mut i = 0;
            while i < text.len() {
                let n = super::super::format::utf8_len(text, i);
                out.push(text.slice(i..i + n));
                i += n;
            }
        }
        Splitter::Literal(lit) => {
            if text.is_empty() {
                return;
            }
            let mut i = 0;
            loop {
                match super::super::io::find(&text[i..], lit) {
                    Some(at) => {
                        out.push(text.slice(i..i + at));
                        if let Some(s) = seps.as_deref_mut() {
                            s.push(lit.clone());
                        }
                        i += at + lit.len();
                    }
                    None => {
                        out.push(text.slice(i..));
                        break;
                    }
                }
            }
        }
        Splitter::Regex(re) => {
            if text.is_empty() {
                return;
            }
            let mut i = 0;
            let mut search = 0;
            loop {
                match re.find_at(text, search) {
                    Some((s, e)) if e > s => {
                        out.push(text.slice(i..s));
                        if let Some(sv) = seps.as_deref_mut() {
                            sv.push(text.slice(s..e));
                        }
                        i = e;
                        search = e;
                    }
                    Some((s, _)) if s < text.len() => search = s + 1,
                    _ => {
                        out.push(text.slice(i..));
                        break;
                    }
                }
            }
        }
    }
}

//! Byte-level helpers of the sed machine: `s` replacement expansion with case
//! conversion, the `l` command's escaping and wrapping, `-i` backup names.

use super::program::{Case, Repl};

/// Length of the UTF-8 character at `i` (1 for an invalid byte).
pub fn char_len(s: &[u8], i: usize) -> usize {
    let b = s.get(i).copied().unwrap_or(0);
    let n = match b {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 1,
    };
    if n > 1
        && s.get(i..i + n)
            .is_some_and(|c| std::str::from_utf8(c).is_ok())
    {
        n
    } else {
        1
    }
}

/// Appends the replacement for one match.
pub fn expand(repl: &[Repl], ps: &[u8], caps: &[Option<(usize, usize)>], out: &mut Vec<u8>) {
    let mut mode: Option<Case> = None;
    let mut one: Option<Case> = None;
    for r in repl {
        let text: &[u8] = match r {
            Repl::Lit(t) => t,
            Repl::Group(g) => match caps.get(*g).copied().flatten() {
                Some((a, b)) => ps.get(a..b).unwrap_or(&[]),
                None => &[],
            },
            Repl::Case(c) => {
                match c {
                    Case::Lower | Case::Upper => {
                        mode = Some(*c);
                    }
                    Case::LowerOne | Case::UpperOne => one = Some(*c),
                    Case::End => {
                        mode = None;
                        one = None;
                    }
                }
                continue;
            }
        };
        if mode.is_none() && one.is_none() {
            out.extend_from_slice(text);
            continue;
        }
        push_cased(text, mode, &mut one, out);
    }
}

fn push_cased(text: &[u8], mode: Option<Case>, one: &mut Option<Case>, out: &mut Vec<u8>) {
    let s = String::from_utf8_lossy(text);
    if std::str::from_utf8(text).is_err() {
        // Invalid UTF-8: convert ASCII bytes only.
        for &b in text {
            let c = match one.take().or(mode) {
                Some(Case::Upper | Case::UpperOne) => b.to_ascii_uppercase(),
                Some(Case::Lower | Case::LowerOne) => b.to_ascii_lowercase(),
                _ => b,
            };
            out.push(c);
        }
        return;
    }
    let mut buf = String::new();
    for ch in s.chars() {
        match one.take().or(mode) {
            Some(Case::Upper | Case::UpperOne) => buf.extend(ch.to_uppercase()),
            Some(Case::Lower | Case::LowerOne) => buf.extend(ch.to_lowercase()),
            _ => buf.push(ch),
        }
    }
    out.extend_from_slice(buf.as_bytes());
}

/// The `l` command's text: escapes, octal for other bytes, wrapped at `width`.
pub fn list(ps: &[u8], width: usize, nul: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut col = 0;
    for &b in ps {
        let esc: Vec<u8> = match b {
            b'\\' => b"\\\\".to_vec(),
            0x07 => b"\\a".to_vec(),
            0x08 => b"\\b".to_vec(),
            0x0c => b"\\f".to_vec(),
            b'\n' => b"\\n".to_vec(),
            b'\r' => b"\\r".to_vec(),
            b'\t' => b"\\t".to_vec(),
            0x0b => b"\\v".to_vec(),
            0x20..=0x7e => vec![b],
            _ => format!("\\{b:03o}").into_bytes(),
        };
        if width > 0 && col + esc.len() > width - 1 {
            out.extend_from_slice(b"\\\n");
            col = 0;
        }
        col += esc.len();
        out.extend_from_slice(&esc);
    }
    out.push(b'$');
    out.push(if nul { 0 } else { b'\n' });
    out
}

/// The backup name for `-i SUFFIX`: `*` in the suffix stands for the file's base name.
pub fn backup_name(name: &str, suffix: &str) -> String {
    if !suffix.contains('*') {
        return format!("{name}{suffix}");
    }
    let (dir, base) = match name.rfind('/') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => ("", name),
    };
    let b = suffix.replace('*', base);
    if b.contains('/') {
        b
    } else {
        format!("{dir}{b}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_wraps_like_gnu() {
        assert_eq!(
            list(b"a\tb\\\x01\xe9", 70, false),
            b"a\\tb\\\\\\001\\351$\n"
        );
        assert_eq!(list(b"abcd", 3, false), b"ab\\\ncd$\n");
        assert_eq!(backup_name("d/f", ".bak"), "d/f.bak");
        assert_eq!(backup_name("d/f", "old_*"), "d/old_f");
    }
}

//! `find -printf`: the format string is parsed once into [`Directive`]s (escapes `\n \t \0
//! \NNN \c`, directives `%p %f %h %P %H %s %d %m %M %y %Y %u %g %U %G %k %b %l %n %i %D %F
//! %S %a %c %t %A? %C? %T?` with `-`, `#`, width and precision) and rendered per file.

use crate::commands::fileinfo;
use crate::time::strftime;
use crate::vfs::{FileType, Metadata};

/// Field widths beyond this are clamped (a hostile `%999999999s` must not exhaust
/// memory).
const MAX_WIDTH: usize = 1 << 16;

/// One piece of a parsed format.
#[derive(Clone, Debug, PartialEq)]
pub enum Directive {
    /// Bytes printed as they are.
    Lit(Vec<u8>),
    /// `%[flags][width][.prec]X` (and `%TX`-style time fields as `T` + sub-letter).
    Field {
        /// `-`: pad on the right.
        left: bool,
        /// `#`: alternate form (`%#m` is `0755`).
        alt: bool,
        /// Minimum width.
        width: usize,
        /// Maximum characters (strings) when given.
        prec: Option<usize>,
        /// The conversion letter.
        conv: char,
        /// For `%A` `%C` `%T`: the time conversion letter.
        sub: Option<char>,
    },
    /// `\c`: stop printing (and flush).
    Stop,
}

/// A parsed format: its directives, the warnings findutils prints while parsing, or an
/// error.
pub struct Format {
    /// What to print.
    pub directives: Vec<Directive>,
    /// `warning: unrecognized ...` messages.
    pub warnings: Vec<String>,
    /// A fatal problem (`error: % at end of format string`).
    pub error: Option<String>,
}

/// Parses a `-printf` format.
pub fn parse_format(fmt: &str) -> Format {
    let b = fmt.as_bytes();
    let mut out = Vec::new();
    let mut lit = Vec::new();
    let mut warnings = Vec::new();
    let mut error = None;
    let mut i = 0;
    let flush = |lit: &mut Vec<u8>, out: &mut Vec<Directive>| {
        if !lit.is_empty() {
            out.push(Directive::Lit(std::mem::take(lit)));
        }
    };
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => {
                let Some(&e) = b.get(i + 1) else {
                    lit.push(b'\\');
                    i += 1;
                    continue;
                };
                i += 2;
                match e {
                    b'a' => lit.push(7),
                    b'b' => lit.push(8),
                    b'f' => lit.push(12),
                    b'n' => lit.push(b'\n'),
                    b'r' => lit.push(b'\r'),
                    b't' => lit.push(b'\t'),
                    b'v' => lit.push(11),
                    b'\\' => lit.push(b'\\'),
                    b'c' => {
                        flush(&mut lit, &mut out);
                        out.push(Directive::Stop);
                    }
                    b'0'..=b'7' => {
                        let mut v: u32 = u32::from(e - b'0');
                        let mut n = 1;
                        while n < 3 {
                            match b.get(i) {
                                Some(&d @ b'0'..=b'7') => {
                                    v = v * 8 + u32::from(d - b'0');
                                    i += 1;
                                    n += 1;
                                }
                                _ => break,
                            }
                        }
                        lit.push((v & 0xff) as u8);
                    }
                    _ => {
                        warnings.push(format!(
                            "warning: unrecognized escape `\\{}'",
                            char::from(e)
                        ));
                        lit.push(b'\\');
                        lit.push(e);
                    }
                }
            }
            b'%' => {
                let start = i;
                i += 1;
                let (mut left, mut alt) = (false, false);
                while let Some(&f) = b.get(i) {
                    match f {
                        b'-' => left = true,
                        b'#' => alt = true,
                        b'+' | b' ' | b'0' => {}
                        _ => break,
                    }
                    i += 1;
                }
                let width = fileinfo::parse_digits(b, &mut i);
                let mut prec = None;
                if b.get(i) == Some(&b'.') {
                    i += 1;
                    prec = Some(fileinfo::parse_digits(b, &mut i));
                }
                let Some(&conv) = b.get(i) else {
                    error = Some("error: % at end of format string".to_string());
                    break;
                };
                i += 1;
                match conv {
                    b'%' => lit.push(b'%'),
                    b'A' | b'C' | b'T' => {
                        let Some(&s) = b.get(i) else {
                            error = Some(format!(
                                "error: missing time format after %{}",
                                char::from(conv)
                            ));
                            break;
                        };
                        i += 1;
                        flush(&mut lit, &mut out);
                        out.push(Directive::Field {
                            left,
                            alt,
                            width,
                            prec,
                            conv: char::from(conv),
                            sub: Some(char::from(s)),
                        });
                    }
                    b'p' | b'f' | b'h' | b'P' | b'H' | b's' | b'd' | b'm' | b'M' | b'y' | b'Y'
                    | b'u' | b'g' | b'U' | b'G' | b'k' | b'b' | b'l' | b'n' | b'i' | b'D'
                    | b'F' | b'S' | b'a' | b'c' | b't' => {
                        flush(&mut lit, &mut out);
                        out.push(Directive::Field {
                            left,
                            alt,
                            width,
                            prec,
                            conv: char::from(conv),
                            sub: None,
                        });
                    }
                    _ => {
                        let bad = String::from_utf8_lossy(&b[start..i]).into_owned();
                        let last = bad.chars().last().unwrap_or('%');
                        warnings.push(format!("warning: unrecognized format directive `%{last}'"));
                        lit.extend_from_slice(bad.as_bytes());
                    }
                }
            }
            _ => {
                lit.push(c);
                i += 1;
            }
        }
    }
    flush(&mut lit, &mut out);
    Format {
        directives: out,
        warnings,
        error,
    }
}

/// What a directive can print about one file.
pub struct Facts<'a> {
    /// The path as printed (`./a/b`).
    pub path: &'a str,
    /// The starting point it was found under.
    pub start: &'a str,
    /// Depth below the starting point.
    pub depth: usize,
    /// Its metadata (of the link itself unless following links).
    pub meta: &'a Metadata,
    /// The type of what a link points to (`None`: dangling); the file's own type otherwise.
    pub target_type: Option<FileType>,
    /// The link's target text.
    pub link: Option<&'a str>,
    /// The hard-link count.
    pub nlink: u64,
}

fn type_letter(t: Option<FileType>) -> char {
    match t {
        Some(FileType::File) => 'f',
        Some(FileType::Dir) => 'd',
        Some(FileType::Symlink) => 'l',
        None => 'N',
    }
}

/// `%f`: the last component, trailing slashes kept (`/` for the root).
pub fn base_name(p: &str) -> &str {
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return if p.is_empty() { "" } else { "/" };
    }
    match trimmed.rfind('/') {
        Some(i) => &p[i + 1..],
        None => p,
    }
}

/// `%h`: everything before the last component (`.` when there is no slash).
pub fn dir_name(p: &str) -> &str {
    let trimmed = p.trim_end_matches('/');
    if trimmed.is_empty() {
        return "";
    }
    match trimmed.rfind('/') {
        Some(0) => "",
        Some(i) => trimmed[..i].trim_end_matches('/'),
        None => ".",
    }
}

/// Seconds with a ten-digit fraction, like findutils prints them.
fn frac(nanos: u32) -> String {
    format!("{nanos:09}0")
}

fn time_field(conv: char, sub: Option<char>, meta: &Metadata) -> String {
    let (secs, nanos) = fileinfo::mtime(meta);
    match (conv, sub) {
        ('a' | 'c' | 't', _) => format!(
            "{}.{} {}",
            strftime("%a %b %e %H:%M:%S", secs),
            frac(nanos),
            strftime("%Y", secs)
        ),
        (_, Some('@')) => format!("{secs}.{}", frac(nanos)),
        (_, Some('+')) => format!("{}.{}", strftime("%Y-%m-%d+%H:%M:%S", secs), frac(nanos)),
        (_, Some('T' | 'X')) => format!("{}.{}", strftime("%H:%M:%S", secs), frac(nanos)),
        (_, Some('S')) => format!("{}.{}", strftime("%S", secs), frac(nanos)),
        (_, Some(s)) => strftime(&format!("%{s}"), secs),
        (_, None) => String::new(),
    }
}

fn field(conv: char, sub: Option<char>, alt: bool, f: &Facts<'_>) -> String {
    let m = f.meta;
    match conv {
        'p' => f.path.to_string(),
        'f' => base_name(f.path).to_string(),
        'h' => dir_name(f.path).to_string(),
        'P' => {
            let rest = f.path.strip_prefix(f.start).unwrap_or(f.path);
            rest.trim_start_matches('/').to_string()
        }
        'H' => f.start.to_string(),
        's' => fileinfo::size(m).to_string(),
        'd' => f.depth.to_string(),
        'm' if alt => format!("{:#o}", fileinfo::perm_bits(m)).replace("0o", "0"),
        'm' => format!("{:o}", fileinfo::perm_bits(m)),
        'M' => fileinfo::mode_string(m),
        'y' => type_letter(Some(m.file_type)).to_string(),
        'Y' => type_letter(f.target_type).to_string(),
        'u' | 'g' => "root".to_string(),
        'U' | 'G' => "0".to_string(),
        'k' => fileinfo::kib(m).to_string(),
        'b' => fileinfo::blocks(m).to_string(),
        'l' => f.link.unwrap_or("").to_string(),
        'n' => f.nlink.to_string(),
        'i' => fileinfo::inode(f.path).to_string(),
        'D' => "2049".to_string(),
        'F' => "ext4".to_string(),
        'S' => {
            let size = fileinfo::size(m);
            if size == 0 {
                "1".to_string()
            } else {
                let s = fileinfo::blocks(m) as f64 * 512.0 / size as f64;
                format!("{s}")
            }
        }
        _ => time_field(conv, sub, m),
    }
}

/// Renders `dirs` for one file into `out`. Returns false when `\c` stopped it.
pub fn render(dirs: &[Directive], f: &Facts<'_>, out: &mut Vec<u8>) -> bool {
    for d in dirs {
        match d {
            Directive::Lit(b) => out.extend_from_slice(b),
            Directive::Stop => return false,
            Directive::Field {
                left,
                alt,
                width,
                prec,
                conv,
                sub,
            } => {
                let mut s = field(*conv, *sub, *alt, f);
                if let Some(p) = prec
                    && let Some((i, _)) = s.char_indices().nth(*p)
                {
                    s.truncate(i);
                }
                let len = s.chars().count();
                let pad = (*width).min(MAX_WIDTH).saturating_sub(len);
                if !left {
                    out.extend(std::iter::repeat_n(b' ', pad));
                }
                out.extend_from_slice(s.as_bytes());
                if *left {
                    out.extend(std::iter::repeat_n(b' ', pad));
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_like_findutils() {
        let cases = [
            ("d", ".", "d"),
            ("d/", ".", "d/"),
            ("d/a.txt", "d", "a.txt"),
            ("./x", ".", "x"),
            ("/", "", "/"),
            ("d/sub/", "d", "sub/"),
            ("/etc", "", "etc"),
        ];
        for (p, h, f) in cases {
            assert_eq!((dir_name(p), base_name(p)), (h, f), "{p}");
        }
    }

    #[test]
    fn times_like_findutils() {
        let meta = Metadata::file(
            0,
            Some(std::time::Duration::new(1_795_665_086, 435_901_350)),
        );
        let got: Vec<String> = ["S", "T", "+", "@", "s", "N", "Y"]
            .iter()
            .map(|s| time_field('T', s.chars().next(), &meta))
            .collect();
        assert_eq!(
            got,
            [
                "26.4359013500",
                "03:51:26.4359013500",
                "2026-11-26+03:51:26.4359013500",
                "1795665086.4359013500",
                "1795665086",
                "%N",
                "2026"
            ]
        );
        assert_eq!(
            time_field('t', None, &meta),
            "Thu Nov 26 03:51:26.4359013500 2026"
        );
    }

    #[test]
    fn widths_and_escapes() {
        let meta = Metadata::file(3, None);
        let facts = Facts {
            path: "d/a.txt",
            start: "d",
            depth: 1,
            meta: &meta,
            target_type: Some(FileType::File),
            link: None,
            nlink: 1,
        };
        let fmt = parse_format("[%-7f][%5s][%.2f][%#m]\\101\\n");
        let mut out = Vec::new();
        assert!(render(&fmt.directives, &facts, &mut out));
        assert_eq!(
            String::from_utf8_lossy(&out),
            "[a.txt  ][    3][a.][0644]A\n"
        );
    }
}

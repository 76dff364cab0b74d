//! The `echo` builtin and bash's backslash-escape expanders.
//!
//! Three flavours of escape processing exist in bash and they differ in small ways:
//!
//! * `echo -e` (and `printf %b`, which lives in `printf.rs`): octal is `\0NNN`, `\c` stops all
//!   output, `\'`, `\"` and `\?` keep their backslash;
//! * `$'...'` quoting and `${v@E}` ([`ansi_c_escapes`]): octal is `\NNN`, `\cX` is a control
//!   character, `\x{HHH}` is accepted, `\'`, `\"` and `\?` lose their backslash.
//!
//! Everything is pure and works on bytes: `\xff` yields the raw byte 0xff.

/// Runs bash's `echo` builtin on its arguments and returns the bytes it writes to stdout.
///
/// Options are recognised only as leading arguments made solely of the letters `n`, `e` and
/// `E` after one `-` (`-n`, `-e`, `-neE`, ...); anything else (`-x`, `--`, `-`) is printed
/// literally and ends option parsing. `-e` turns on escapes, `-E` turns them off (the last one
/// wins), `-n` drops the trailing newline. `\c` under `-e` stops all output, newline included.
pub fn echo(args: &[String]) -> Vec<u8> {
    let mut newline = true;
    let mut escapes = false;
    let mut rest = args;
    while let Some((first, tail)) = rest.split_first() {
        let Some(letters) = first.strip_prefix('-') else {
            break;
        };
        if letters.is_empty() || !letters.chars().all(|c| matches!(c, 'n' | 'e' | 'E')) {
            break;
        }
        for c in letters.chars() {
            match c {
                'n' => newline = false,
                'e' => escapes = true,
                _ => escapes = false,
            }
        }
        rest = tail;
    }
    let mut out = Vec::new();
    for (i, arg) in rest.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        if escapes {
            let (bytes, stop) = echo_escape_bytes(arg);
            out.extend_from_slice(&bytes);
            if stop {
                return out;
            }
        } else {
            out.extend_from_slice(arg.as_bytes());
        }
    }
    if newline {
        out.push(b'\n');
    }
    out
}

/// Expands `echo -e` escapes in `s`, returning the text and whether `\c` was seen (everything
/// after `\c` is dropped). Bytes that are not valid UTF-8 (from `\xHH` or `\0NNN`) are
/// replaced lossily; use [`echo_escape_bytes`] to keep them.
pub fn echo_escapes(s: &str) -> (String, bool) {
    let (bytes, stop) = echo_escape_bytes(s);
    (String::from_utf8_lossy(&bytes).into_owned(), stop)
}

/// Expands `echo -e` escapes in `s` into raw bytes; the flag says whether `\c` was seen.
///
/// Recognised: `\a \b \e \E \f \n \r \t \v \\`, `\0NNN` (up to three octal digits after the
/// `0`), `\xHH` (one or two hex digits), `\uHHHH`, `\UHHHHHHHH` (UTF-8 encoded) and `\c`.
/// Any other backslash sequence, including `\1`, `\'` and a trailing `\`, is kept as is.
pub fn echo_escape_bytes(s: &str) -> (Vec<u8>, bool) {
    expand(s.as_bytes(), Flavor::Echo)
}

/// Expands escapes the way `$'...'` quoting and `${v@E}` do, as a string (lossily, see
/// [`ansi_c_escape_bytes`]).
pub fn ansi_c_escapes(s: &str) -> String {
    String::from_utf8_lossy(&ansi_c_escape_bytes(s)).into_owned()
}

/// Expands escapes the way `$'...'` quoting and `${v@E}` do, into raw bytes.
///
/// Differences from [`echo_escape_bytes`]: octal is `\NNN` (one to three digits, no leading
/// `0` needed), `\cX` is the control character of `X` (`\c?` is DEL, `\c\\` takes both
/// backslashes), `\x{HHH}` takes any number of hex digits, and `\'`, `\"`, `\?` lose their
/// backslash. As in bash the result ends at the first NUL byte (`$'a\0b'` is `a`).
pub fn ansi_c_escape_bytes(s: &str) -> Vec<u8> {
    let (mut bytes, _) = expand(s.as_bytes(), Flavor::AnsiC);
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        bytes.truncate(nul);
    }
    bytes
}

/// Encodes a code point as bash's `u32cconv` does in a UTF-8 locale: up to six bytes
/// (surrogates and values past U+10FFFF included), nothing above 0x7fffffff.
pub fn push_utf8(out: &mut Vec<u8>, v: u32) {
    // Each row: the largest value that fits, the number of bytes, the lead-byte marker.
    const ROWS: [(u32, usize, u8); 6] = [
        (0x7f, 1, 0x00),
        (0x7ff, 2, 0xc0),
        (0xffff, 3, 0xe0),
        (0x1f_ffff, 4, 0xf0),
        (0x3ff_ffff, 5, 0xf8),
        (0x7fff_ffff, 6, 0xfc),
    ];
    let Some(&(_, len, lead)) = ROWS.iter().find(|(max, _, _)| v <= *max) else {
        return;
    };
    if len == 1 {
        out.push(v as u8);
        return;
    }
    let shift = 6 * (len - 1);
    out.push(lead | (v >> shift) as u8);
    for i in (0..len - 1).rev() {
        out.push(0x80 | ((v >> (6 * i)) & 0x3f) as u8);
    }
}

/// Which escape dialect to expand.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    /// `echo -e`.
    Echo,
    /// `$'...'` and `${v@E}`.
    AnsiC,
}

/// Value of an ASCII hex digit.
fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Bash's `TOCTRL`: the control character for `\cX`.
fn to_ctrl(c: u8) -> u8 {
    if c == b'?' {
        0x7f
    } else {
        c.to_ascii_uppercase() & 0x1f
    }
}

/// The shared escape expander (bash's `ansicstr`); the flag says whether `\c` stopped output.
fn expand(s: &[u8], flavor: Flavor) -> (Vec<u8>, bool) {
    let echo = flavor == Flavor::Echo;
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != b'\\' || i >= s.len() {
            out.push(c);
            continue;
        }
        let e = s[i];
        i += 1;
        match e {
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'e' | b'E' => out.push(0x1b),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'\\' => out.push(b'\\'),
            b'1'..=b'7' if echo => out.extend_from_slice(&[b'\\', e]),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                let max = if echo && e == b'0' { 3 } else { 2 };
                let mut n = 0;
                while n < max && i < s.len() && (b'0'..=b'7').contains(&s[i]) {
                    v = v * 8 + u32::from(s[i] - b'0');
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let braced = !echo && s.get(i) == Some(&b'{');
                if braced {
                    i += 1;
                }
                let mut v: u32 = 0;
                let mut n = 0;
                while (braced || n < 2)
                    && let Some(d) = s.get(i).copied().and_then(hex_val)
                {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    i += 1;
                    n += 1;
                }
                if braced {
                    if s.get(i) == Some(&b'}') {
                        i += 1;
                    }
                    out.push((v & 0xff) as u8);
                } else if n == 0 {
                    out.extend_from_slice(b"\\x");
                } else {
                    out.push((v & 0xff) as u8);
                }
            }
            b'u' | b'U' => {
                let max = if e == b'u' { 4 } else { 8 };
                let mut v: u32 = 0;
                let mut n = 0;
                while n < max
                    && let Some(d) = s.get(i).copied().and_then(hex_val)
                {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    i += 1;
                    n += 1;
                }
                if n == 0 {
                    out.extend_from_slice(&[b'\\', e]);
                } else {
                    push_utf8(&mut out, v);
                }
            }
            b'\'' | b'"' | b'?' => {
                if echo {
                    out.push(b'\\');
                }
                out.push(e);
            }
            b'c' if echo => return (out, true),
            b'c' if i < s.len() => {
                let mut x = s[i];
                i += 1;
                if x == b'\\' && s.get(i) == Some(&b'\\') {
                    i += 1;
                }
                x = to_ctrl(x);
                out.push(x);
            }
            _ => out.extend_from_slice(&[b'\\', e]),
        }
    }
    (out, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn echo_matches_bash() {
        // Expectations from bash 5.2: `bash -c 'echo ARGS' | od -c`.
        let cases: &[(&[&str], &[u8])] = &[
            (&[], b"\n"),
            (&["a", "b"], b"a b\n"),
            (&["-n", "a"], b"a"),
            (&["-x", "-n", "a"], b"-x -n a\n"),
            (&["-n", "-x", "a"], b"-x a"),
            (&["--", "a"], b"-- a\n"),
            (&["-", "a"], b"- a\n"),
            (&["-neE", "a\\tb"], b"a\\tb"),
            (&["-Ee", "a\\tb"], b"a\tb\n"),
            (&["-e", "-n", "x\\n"], b"x\n"),
            (&["a\\tb"], b"a\\tb\n"),
            (&["-e", "a\\x41\\101\\0101\\c z"], b"aA\\101A"),
            (&["-e", "\\x4g \\xg \\u263a \\U1F600 \\u \\777"], b"\x04g \\xg \xe2\x98\xba \xf0\x9f\x98\x80 \\u \\777\n"),
            (&["-e", "a\\cb"], b"a"),
            (&["-e", "\\08\\018\\0777"], b"\x008\x018\xff\n"),
            (&["-e", "\\1\\12\\123\\1234"], b"\\1\\12\\123\\1234\n"),
            (&["-e", "\\x414\\u00e9x\\u12345\\ud800|\\U110000|\\U7fffffff|\\x80|\\u80"],
             b"A4\xc3\xa9x\xe1\x88\xb45\xed\xa0\x80|\xf4\x90\x80\x80|\xfd\xbf\xbf\xbf\xbf\xbf|\x80|\xc2\x80\n"),
            (&["-e", "\\x{41}|\\\"|\\'|\\?|\\1|\\UFFFFFFFF|\\U80000000|\\"], b"\\x{41}|\\\"|\\'|\\?|\\1|||\\\n"),
            (&["-e", "a\\\\", "b\\"], b"a\\ b\\\n"),
            (&["-e", "\\cX", "b"], b""),
            (&["-e", "\\e\\E\\a\\b\\f\\r\\v\\q"], b"\x1b\x1b\x07\x08\x0c\r\x0b\\q\n"),
        ];
        for (args, want) in cases {
            assert_eq!(echo(&strs(args)), want.to_vec(), "echo {args:?}");
        }
    }

    #[test]
    fn ansi_c_matches_bash() {
        // Expectations from bash 5.2: `x='...'; echo "${x@E}" | od -c`.
        let cases: &[(&str, &[u8])] = &[
            ("a\\tb\\x41\\c", b"a\tbA\\c"),
            (
                "a\\cb\\0101\\101\\e\\u263a\\d",
                b"a\x02\x081A\x1b\xe2\x98\xba\\d",
            ),
            ("\\c?|", b"\x7f|"),
            ("\\ca|", b"\x01|"),
            ("\\c[|", b"\x1b|"),
            ("\\c1|", b"\x11|"),
            ("\\c\\\\|", b"\x1c|"),
            ("\\c{|", b"\x1b|"),
            ("\\c~|", b"\x1e|"),
            ("\\c |", b""),
            ("\\c|", b"\x1c"),
            ("a\\0b", b"a"),
            ("a\\x0b\\x00c", b"a\x0b"),
            ("\\x41\\x4142\\u004142\\7777", b"AA42A42\xff7"),
            (
                "\\e\\E\\a\\b\\f\\n\\r\\t\\v\\\\",
                b"\x1b\x1b\x07\x08\x0c\n\r\t\x0b\\",
            ),
            ("\\x\\u\\U|\\q\\?", b"\\x\\u\\U|\\q?"),
            (
                "\\x{41}|\\\"|\\'|\\?|\\1|\\12|\\0101|\\c\\\\\\\\|\\UFFFFFFFF|\\U80000000|\\",
                b"A|\"|'|?|\x01|\n|\x081|\x1c\\|||\\",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(ansi_c_escape_bytes(input), want.to_vec(), "{input:?}");
        }
        assert_eq!(ansi_c_escapes("a\\tb"), "a\tb");
    }

    #[test]
    fn echo_escapes_reports_stop() {
        assert_eq!(echo_escapes("a\\nb\\cc"), ("a\nb".to_string(), true));
        assert_eq!(echo_escapes("plain"), ("plain".to_string(), false));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for s in [
            "\\",
            "\\x",
            "\\u",
            "\\U",
            "\\0",
            "\\c",
            "\\x{",
            "\\x{fffffffffffff}",
            "é\\",
            "\\\u{e9}",
        ] {
            let _ = echo_escape_bytes(s);
            let _ = ansi_c_escape_bytes(s);
            let _ = echo(&[s.to_string()]);
        }
    }
}

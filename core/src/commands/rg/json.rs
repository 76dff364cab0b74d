//! `rg --json`: ripgrep's JSON Lines output (`begin`, `match`, `end` per file with a match,
//! one `summary` at the end), with serde_json's string escapes. The elapsed times are
//! reported as zero: the core reads no clock.

use super::Matcher;

/// Counters for one file or the whole run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub searches: u64,
    pub with_match: u64,
    pub bytes_searched: u64,
    pub bytes_printed: u64,
    pub matched_lines: u64,
    pub matches: u64,
}

impl Stats {
    /// Adds a file's counters to the run's.
    pub fn add(&mut self, o: &Stats) {
        self.searches += o.searches;
        self.with_match += o.with_match;
        self.bytes_searched += o.bytes_searched;
        self.bytes_printed += o.bytes_printed;
        self.matched_lines += o.matched_lines;
        self.matches += o.matches;
    }
}

const ELAPSED: &str = r#"{"secs":0,"nanos":0,"human":"0.000000s"}"#;

/// A JSON string the way serde_json writes it.
fn string(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for ch in String::from_utf8_lossy(s).chars() {
        match ch {
            '"' => out.extend_from_slice(b"\\\""),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\x08' => out.extend_from_slice(b"\\b"),
            '\x0c' => out.extend_from_slice(b"\\f"),
            c if (c as u32) < 0x20 => {
                out.extend_from_slice(format!("\\u{:04x}", c as u32).as_bytes());
            }
            c => {
                let mut b = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
            }
        }
    }
    out.push(b'"');
}

fn path(name: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"text\":");
    string(name.as_bytes(), out);
    out.push(b'}');
}

/// One line message (`match` or `context`) with its submatches.
fn line_message(
    m: &Matcher,
    name: &str,
    kind: &str,
    at: (usize, u64),
    full: &[u8],
    out: &mut Vec<u8>,
) -> u64 {
    let (pos, ln) = at;
    let line = full.strip_suffix(&[m.eol()]).unwrap_or(full);
    out.extend_from_slice(format!("{{\"type\":\"{kind}\",\"data\":{{\"path\":").as_bytes());
    path(name, out);
    out.extend_from_slice(b",\"lines\":{\"text\":");
    string(full, out);
    out.extend_from_slice(
        format!("}},\"line_number\":{ln},\"absolute_offset\":{pos},\"submatches\":[").as_bytes(),
    );
    let mut found = 0;
    let mut i = 0;
    while kind == "match" && i <= line.len() {
        let Some((s, e)) = m.find_in_line(line, i) else {
            break;
        };
        if found > 0 {
            out.push(b',');
        }
        found += 1;
        out.extend_from_slice(b"{\"match\":{\"text\":");
        string(&line[s..e], out);
        out.extend_from_slice(format!("}},\"start\":{s},\"end\":{e}}}").as_bytes());
        i = if e > s { e } else { e + 1 };
    }
    out.extend_from_slice(b"]}}\n");
    found
}

/// Searches one file (with `before`/`after` lines of context), appending its messages;
/// returns the file's counters.
pub fn search(
    m: &Matcher,
    invert: bool,
    context: (usize, usize),
    name: &str,
    data: &[u8],
    out: &mut Vec<u8>,
) -> Stats {
    let mut st = Stats {
        searches: 1,
        bytes_searched: data.len() as u64,
        ..Stats::default()
    };
    let (before, after) = context;
    let eol = m.eol();
    // (start, end after the terminator, matched) of every line.
    let mut lines = Vec::new();
    let mut pos = 0;
    while pos < data.len() {
        let end = memchr::memchr(eol, &data[pos..]).map_or(data.len(), |i| pos + i);
        let matched = m.is_match_line(&data[pos..end]) != invert;
        let next = (end + 1).min(data.len());
        lines.push((pos, next, matched));
        pos = end + 1;
    }
    let start_len = out.len();
    let mut after_left = 0usize;
    for (k, &(s, e, matched)) in lines.iter().enumerate() {
        let kind = if matched {
            "match"
        } else if after_left > 0 {
            "context"
        } else {
            let ahead = lines.iter().skip(k + 1).take(before).any(|l| l.2);
            if !ahead {
                continue;
            }
            "context"
        };
        if kind == "context" {
            after_left = after_left.saturating_sub(1);
        }
        if out.len() == start_len {
            out.extend_from_slice(b"{\"type\":\"begin\",\"data\":{\"path\":");
            path(name, out);
            out.extend_from_slice(b"}}\n");
        }
        let found = line_message(m, name, kind, (s, k as u64 + 1), &data[s..e], out);
        if matched {
            st.matched_lines += 1;
            st.matches += found;
            after_left = after;
        }
    }
    if st.matched_lines > 0 {
        st.with_match = 1;
        st.bytes_printed = (out.len() - start_len) as u64;
        out.extend_from_slice(b"{\"type\":\"end\",\"data\":{\"path\":");
        path(name, out);
        out.extend_from_slice(b",\"binary_offset\":null,\"stats\":{\"elapsed\":");
        out.extend_from_slice(ELAPSED.as_bytes());
        out.extend_from_slice(
            format!(
                ",\"searches\":1,\"searches_with_match\":1,\"bytes_searched\":{},\"bytes_printed\":{},\"matched_lines\":{},\"matches\":{}}}}}}}\n",
                st.bytes_searched, st.bytes_printed, st.matched_lines, st.matches
            )
            .as_bytes(),
        );
    }
    st
}

/// The closing `summary` message.
pub fn summary(st: &Stats, out: &mut Vec<u8>) {
    let e = r#"{"human":"0.000000s","nanos":0,"secs":0}"#;
    out.extend_from_slice(
        format!(
            "{{\"data\":{{\"elapsed_total\":{e},\"stats\":{{\"bytes_printed\":{},\"bytes_searched\":{},\"elapsed\":{e},\"matched_lines\":{},\"matches\":{},\"searches\":{},\"searches_with_match\":{}}}}},\"type\":\"summary\"}}\n",
            st.bytes_printed, st.bytes_searched, st.matched_lines, st.matches, st.searches, st.with_match
        )
        .as_bytes(),
    );
}

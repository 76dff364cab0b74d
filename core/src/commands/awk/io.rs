//! Record input for awk: a buffered reader over a file's bytes or a stream, split by RS
//! (newline, a single character, paragraph mode for `RS=""`, or a regex in gawk).

use bytes::Bytes;

use crate::commands::regex::Regex;
use crate::error::Result;
use crate::io::Input;

/// How records are separated.
#[derive(Clone, Debug)]
pub enum RsMode {
    Byte(u8),
    Literal(Vec<u8>),
    Paragraph,
    Regex(Regex),
}

/// A source of records.
pub struct Reader {
    buf: Vec<u8>,
    pos: usize,
    src: Option<Input>,
    eof: bool,
}

impl Reader {
    /// A reader over bytes already in memory.
    pub fn from_bytes(data: &[u8]) -> Reader {
        Reader {
            buf: data.to_vec(),
            pos: 0,
            src: None,
            eof: true,
        }
    }

    /// A reader over a stream.
    pub fn from_input(input: Input) -> Reader {
        Reader {
            buf: Vec::new(),
            pos: 0,
            src: Some(input),
            eof: false,
        }
    }

    /// Reads more input; false at end of file.
    async fn fill(&mut self) -> Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.pos > 0 && self.pos * 2 >= self.buf.len() {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let chunk = match &self.src {
            Some(input) => input.read_chunk().await?,
            None => None,
        };
        match chunk {
            Some(c) => {
                self.buf.extend_from_slice(&c);
                Ok(true)
            }
            None => {
                self.eof = true;
                Ok(false)
            }
        }
    }

    /// The next record and its terminator (RT), `None` at end of input.
    pub async fn next_record(&mut self, rs: &RsMode) -> Result<Option<(Bytes, Bytes)>> {
        if let RsMode::Paragraph = rs {
            loop {
                while self.pos < self.buf.len() && self.buf[self.pos] == b'\n' {
                    self.pos += 1;
                }
                if self.pos < self.buf.len() || !self.fill().await? {
                    break;
                }
            }
        }
        let mut from = self.pos;
        loop {
            let rest = &self.buf[from..];
            let found: Option<(usize, usize)> = match rs {
                RsMode::Byte(b) => rest
                    .iter()
                    .position(|x| x == b)
                    .map(|i| (from + i, from + i + 1)),
                RsMode::Literal(lit) => find(rest, lit).map(|i| (from + i, from + i + lit.len())),
                RsMode::Paragraph => find(rest, b"\n\n").map(|i| {
                    let mut end = from + i + 2;
                    while end < self.buf.len() && self.buf[end] == b'\n' {
                        end += 1;
                    }
                    (from + i, end)
                }),
                RsMode::Regex(re) => re
                    .find_at(&self.buf[self.pos..], from - self.pos)
                    .filter(|(s, e)| e > s)
                    .map(|(s, e)| (self.pos + s, self.pos + e)),
            };
            let needs_more = match found {
                // A separator touching the end of the buffer may go on in the next chunk.
                Some((_, end)) => {
                    end == self.buf.len()
                        && !self.eof
                        && matches!(rs, RsMode::Paragraph | RsMode::Regex(_))
                }
                None => !self.eof,
            };
            if needs_more {
                let before = self.buf.len() - self.pos;
                if self.fill().await? {
                    if !matches!(rs, RsMode::Regex(_) | RsMode::Literal(_)) {
                        from = self.pos + before.saturating_sub(1);
                    } else {
                        from = self.pos;
                    }
                    continue;
                }
                from = self.pos;
                continue;
            }
            return Ok(match found {
                Some((s, e)) => {
                    let rec = Bytes::copy_from_slice(&self.buf[self.pos..s]);
                    let rt = Bytes::copy_from_slice(&self.buf[s..e]);
                    self.pos = e;
                    Some((rec, rt))
                }
                None if self.pos < self.buf.len() => {
                    let mut end = self.buf.len();
                    if let RsMode::Paragraph = rs {
                        while end > self.pos && self.buf[end - 1] == b'\n' {
                            end -= 1;
                        }
                    }
                    let rec = Bytes::copy_from_slice(&self.buf[self.pos..end]);
                    let rt = Bytes::copy_from_slice(&self.buf[end..]);
                    self.pos = self.buf.len();
                    Some((rec, rt))
                }
                None => None,
            });
        }
    }
}

/// The first occurrence of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    let first = needle[0];
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        let at = hay[i..].iter().position(|&b| b == first)?;
        i += at;
        if hay[i..].starts_with(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(data: &str, rs: RsMode) -> Vec<String> {
        let mut r = Reader::from_bytes(data.as_bytes());
        let mut out = Vec::new();
        while let Some((rec, _)) = futures::executor::block_on(r.next_record(&rs)).expect("reads") {
            out.push(String::from_utf8_lossy(&rec).into_owned());
        }
        out
    }

    #[test]
    fn separators() {
        assert_eq!(records("a\nb\n", RsMode::Byte(b'\n')), ["a", "b"]);
        assert_eq!(records("a\nb", RsMode::Byte(b'\n')), ["a", "b"]);
        assert_eq!(
            records("\n\na\nb\n\n\nc\n\n", RsMode::Paragraph),
            ["a\nb", "c"]
        );
        let re = crate::commands::awk::re::compile("[,;]+", false).expect("compiles");
        assert_eq!(records("a,;b;c\n", RsMode::Regex(re)), ["a", "b", "c\n"]);
    }
}

//! sed's input: the operand files as one stream of lines (standard input read line by
//! line, files loaded in batches), with a one-line lookahead for `$`.

use std::collections::VecDeque;

use bytes::Bytes;

use crate::commands::Ctx;
use crate::error::{Error, ErrorKind, Result};

/// One input line.
#[derive(Debug, Clone)]
pub struct Line {
    /// The text without its delimiter.
    pub text: Vec<u8>,
    /// True when the delimiter was there (a last line may lack it).
    pub chomped: bool,
    /// Index of the operand it came from.
    pub file: usize,
}

enum Src {
    Stdin,
    Data(Bytes, usize),
}

/// Lines of all operands in order.
pub struct Reader {
    files: Vec<String>,
    next_file: usize,
    loaded: VecDeque<(usize, Result<Bytes>)>,
    cur: Option<(usize, Src)>,
    /// `Some(x)`: the next line was already read (`x` is `None` at the end).
    peeked: Option<Option<Line>>,
    delim: u8,
    /// `-i`: a directory is "not a regular file".
    in_place: bool,
    /// 2 once a file could not be read, 4 after a fatal read error.
    pub status: i32,
}

fn fatal(e: &Error) -> bool {
    e.ends_run()
}

impl Reader {
    /// A reader over `files` (`-` is standard input) split at `delim`.
    pub fn new(files: Vec<String>, delim: u8, in_place: bool) -> Self {
        Reader {
            in_place,
            files,
            next_file: 0,
            loaded: VecDeque::new(),
            cur: None,
            peeked: None,
            delim,
            status: 0,
        }
    }

    /// The operand name of file `i` (`-` for standard input).
    pub fn name(&self, i: usize) -> &str {
        self.files.get(i).map(String::as_str).unwrap_or("-")
    }

    /// The next line, or `None` at the end of all input.
    pub async fn next(&mut self, ctx: &Ctx<'_>) -> Result<Option<Line>> {
        match self.peeked.take() {
            Some(l) => Ok(l),
            None => self.read(ctx).await,
        }
    }

    /// The line after the current one, without consuming it.
    pub async fn peek(&mut self, ctx: &Ctx<'_>) -> Result<Option<&Line>> {
        if self.peeked.is_none() {
            let l = self.read(ctx).await?;
            self.peeked = Some(l);
        }
        Ok(self.peeked.as_ref().and_then(Option::as_ref))
    }

    /// True when the current line (from operand `file`) is the last one: of all input,
    /// or of its file when `separate`.
    pub async fn is_last(&mut self, ctx: &Ctx<'_>, file: usize, separate: bool) -> Result<bool> {
        if separate && self.peeked.is_none() && self.cur.is_none() {
            // The current file is done: no need to open the next one (GNU does not).
            return Ok(true);
        }
        if separate && self.peeked.is_none() {
            if let Some(line) = self.read_current(ctx).await? {
                self.peeked = Some(Some(line));
            } else {
                return Ok(true);
            }
        }
        Ok(match self.peek(ctx).await? {
            None => true,
            Some(l) => separate && l.file != file,
        })
    }

    async fn read(&mut self, ctx: &Ctx<'_>) -> Result<Option<Line>> {
        loop {
            ctx.check()?;
            if let Some(line) = self.read_current(ctx).await? {
                return Ok(Some(line));
            }
            if !self.open_next(ctx).await? {
                return Ok(None);
            }
        }
    }

    /// The next line of the open operand; `None` (and the operand closed) at its end.
    async fn read_current(&mut self, ctx: &Ctx<'_>) -> Result<Option<Line>> {
        if let Some((file, src)) = &mut self.cur {
            let file = *file;
            let got = match src {
                Src::Stdin => match ctx.stdin.read_until(self.delim).await {
                    Ok(l) => l,
                    Err(e) if fatal(&e) => return Err(e),
                    Err(e) => {
                        let msg = format!("read error on stdin: {}", e.reason());
                        ctx.err(&msg).await?;
                        self.status = 2;
                        None
                    }
                },
                Src::Data(data, pos) => {
                    let rest = data.get(*pos..).unwrap_or(&[]);
                    if rest.is_empty() {
                        None
                    } else {
                        let n = rest
                            .iter()
                            .position(|&b| b == self.delim)
                            .map_or(rest.len(), |i| i + 1);
                        let line = rest.get(..n).unwrap_or(&[]).to_vec();
                        *pos += n;
                        Some(line)
                    }
                }
            };
            if let Some(mut text) = got {
                let chomped = text.last() == Some(&self.delim);
                if chomped {
                    text.pop();
                }
                return Ok(Some(Line {
                    text,
                    chomped,
                    file,
                }));
            }
            self.cur = None;
        }
        Ok(None)
    }

    /// Opens the next readable operand; false when there is none.
    async fn open_next(&mut self, ctx: &Ctx<'_>) -> Result<bool> {
        loop {
            let Some(name) = self.files.get(self.next_file).cloned() else {
                return Ok(false);
            };
            let idx = self.next_file;
            self.next_file += 1;
            if name == "-" && !self.in_place {
                self.cur = Some((idx, Src::Stdin));
                return Ok(true);
            }
            if self.loaded.front().is_none_or(|(i, _)| *i != idx) {
                self.load_batch(ctx, idx).await;
            }
            let Some((_, r)) = self.loaded.pop_front() else {
                return Ok(false);
            };
            match r {
                Ok(data) => {
                    self.cur = Some((idx, Src::Data(data, 0)));
                    return Ok(true);
                }
                Err(e) if fatal(&e) => return Err(e),
                Err(e) if e.kind() == ErrorKind::IsADirectory => {
                    // GNU sed gives up at once (status 4).
                    let msg = if self.in_place {
                        format!("couldn't edit {name}: not a regular file")
                    } else {
                        format!("read error on {name}: {}", e.reason())
                    };
                    ctx.err(&msg).await?;
                    self.status = 4;
                    self.next_file = self.files.len();
                    return Ok(false);
                }
                Err(e) => {
                    let msg = format!("can't read {name}: {}", e.reason());
                    ctx.err(&msg).await?;
                    self.status = 2;
                }
            }
        }
    }

    /// Loads operands from `from` up to the next `-` (at most 64 at a time).
    async fn load_batch(&mut self, ctx: &Ctx<'_>, from: usize) {
        self.loaded.clear();
        let mut to = from;
        while to < self.files.len()
            && to - from < 64
            && self
                .files
                .get(to)
                .is_some_and(|f| f != "-" || self.in_place)
        {
            to += 1;
        }
        // With -i, `-` is a file called `-`.
        let names: Vec<String> = self
            .files
            .get(from..to)
            .unwrap_or(&[])
            .iter()
            .map(|f| {
                if f == "-" {
                    "./-".to_string()
                } else {
                    f.clone()
                }
            })
            .collect();
        let results = ctx.read_files(&names).await;
        for (k, r) in results.into_iter().enumerate() {
            self.loaded.push_back((from + k, r));
        }
    }
}

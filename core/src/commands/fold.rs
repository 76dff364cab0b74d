//! `fold`: wrap input lines to a width (GNU coreutils semantics: columns count bytes,
//! tabs go to the next multiple of 8, `-s` breaks after the last blank).

use crate::commands::args::Usage;
use crate::commands::textio::{Inputs, Out, Piece, obsolete_numeric_option};
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: fold [OPTION]... [FILE]...
Wrap input lines in each FILE, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes         count bytes rather than columns
  -s, --spaces        break at spaces
  -w, --width=WIDTH   use WIDTH columns instead of 80
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/fold>
or available locally via: info '(coreutils) fold invocation'
"#;

const SPEC: &str = "b|bytes s|spaces w|width=";

struct Fold {
    width: usize,
    spaces: bool,
    bytes: bool,
    line: Vec<u8>,
    column: usize,
}

impl Fold {
    fn adjust(&self, column: usize, c: u8) -> usize {
        if self.bytes {
            return column + 1;
        }
        match c {
            8 => column.saturating_sub(1),
            b'\r' => 0,
            b'\t' => column + 8 - column % 8,
            _ => column + 1,
        }
    }

    fn byte(&mut self, c: u8, out: &mut Vec<u8>) {
        if c == b'\n' {
            out.extend_from_slice(&self.line);
            out.push(c);
            self.line.clear();
            self.column = 0;
            return;
        }
        loop {
            self.column = self.adjust(self.column, c);
            if self.column <= self.width {
                break;
            }
            if self.spaces
                && let Some(p) = self.line.iter().rposition(|&b| b == b' ' || b == b'\t')
            {
                out.extend_from_slice(&self.line[..=p]);
                out.push(b'\n');
                self.line.drain(..=p);
                self.column = self.line.iter().fold(0, |col, &b| self.adjust(col, b));
                continue;
            }
            if self.line.is_empty() {
                break;
            }
            out.extend_from_slice(&self.line);
            out.push(b'\n');
            self.line.clear();
            self.column = 0;
        }
        self.line.push(c);
    }
}

/// Runs `fold`.
pub fn fold<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        ctx.args = obsolete_numeric_option(&ctx.args, 'w', false);
        let usage = Usage {
            help: HELP,
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut f = Fold {
            width: 80,
            spaces: false,
            bytes: false,
            line: Vec::new(),
            column: 0,
        };
        for (k, v) in &parsed.opts {
            match *k {
                "b" => f.bytes = true,
                "s" => f.spaces = true,
                "w" => {
                    let v = v.as_deref().unwrap_or("");
                    match v.parse::<usize>() {
                        Ok(n) if n > 0 => f.width = n,
                        Ok(_) => {
                            let msg = format!(
                                "invalid number of columns: {}: Numerical result out of range",
                                quote_locale(v)
                            );
                            ctx.err(&msg).await?;
                            return Ok(1);
                        }
                        Err(_) => {
                            let msg = format!("invalid number of columns: {}", quote_locale(v));
                            ctx.err(&msg).await?;
                            return Ok(1);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut inputs = Inputs::new(parsed.operands);
        let mut out = Out::default();
        while let Some(p) = inputs.next(ctx).await? {
            if let Piece::Data(d) = p {
                for &c in d.iter() {
                    f.byte(c, &mut out.buf);
                }
                out.maybe_flush(ctx).await?;
            }
        }
        out.buf.append(&mut f.line);
        out.flush(ctx).await?;
        Ok(i32::from(inputs.failed))
    })
}

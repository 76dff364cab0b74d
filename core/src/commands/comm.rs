//! `comm`: compare two sorted files line by line (GNU coreutils semantics, byte order,
//! with the default order warnings and `--total`).

use crate::commands::args::Usage;
use crate::commands::textio::{Out, read_one, split_lines, usage_error};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: comm [OPTION]... FILE1 FILE2
Compare sorted files FILE1 and FILE2 line by line.

When FILE1 or FILE2 (not both) is -, read standard input.

With no options, produce three-column output.  Column one contains
lines unique to FILE1, column two contains lines unique to FILE2,
and column three contains lines common to both files.

  -1                      suppress column 1 (lines unique to FILE1)
  -2                      suppress column 2 (lines unique to FILE2)
  -3                      suppress column 3 (lines that appear in both files)

      --check-order       check that the input is correctly sorted, even
                            if all input lines are pairable
      --nocheck-order     do not check that the input is correctly sorted
      --output-delimiter=STR  separate columns with STR
      --total             output a summary
  -z, --zero-terminated   line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Note, comparisons honor the rules specified by 'LC_COLLATE'.

Examples:
  comm -12 file1 file2  Print only lines present in both file1 and file2.
  comm -3 file1 file2  Print lines in file1 not in file2, and vice versa.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/comm>
or available locally via: info '(coreutils) comm invocation'
"#;

const SPEC: &str = "1 2 3 |check-order |nocheck-order |output-delimiter= |total \
                    z|zero-terminated";

/// Checks and reads the two operands of `comm`/`join`; `Err(status)` after reporting a
/// usage error or a failure.
pub async fn operands_read(
    ctx: &Ctx<'_>,
    ops: &[String],
) -> Result<std::result::Result<[bytes::Bytes; 2], i32>> {
    if let Some(status) = two_operands(ctx, ops).await? {
        return Ok(Err(status));
    }
    read_two(ctx, ops).await
}

/// Reads both operands of `comm`/`join`; `Err(status)` after reporting a failure.
async fn read_two(
    ctx: &Ctx<'_>,
    names: &[String],
) -> Result<std::result::Result<[bytes::Bytes; 2], i32>> {
    if names.iter().filter(|n| *n == "-").count() > 1 {
        ctx.err("both files cannot be standard input").await?;
        return Ok(Err(1));
    }
    let mut out = [bytes::Bytes::new(), bytes::Bytes::new()];
    for (i, name) in names.iter().take(2).enumerate() {
        match read_one(ctx, name).await {
            Ok(d) => out[i] = d,
            Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                return Err(e);
            }
            Err(e) => {
                ctx.err(&file_error(name, &e)).await?;
                return Ok(Err(1));
            }
        }
    }
    Ok(Ok(out))
}

/// Checks the operand count of a two-file command; `Some(status)` after a usage error.
async fn two_operands(ctx: &Ctx<'_>, ops: &[String]) -> Result<Option<i32>> {
    let msg = match ops {
        [] => "missing operand".to_string(),
        [one] => format!("missing operand after {}", quote_locale(one)),
        [_, _] => return Ok(None),
        [_, _, extra, ..] => format!("extra operand {}", quote_locale(extra)),
    };
    usage_error(ctx, &msg, 1).await.map(Some)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CheckOrder {
    Default,
    Enabled,
    Disabled,
}

/// Runs `comm`.
pub fn comm<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Richard M. Stallman and David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut show = [true; 3];
        let mut check = CheckOrder::Default;
        let mut sep: Option<String> = None;
        let (mut total, mut eol) = (false, b'\n');
        for (k, v) in &parsed.opts {
            match *k {
                "1" => show[0] = false,
                "2" => show[1] = false,
                "3" => show[2] = false,
                "check-order" => check = CheckOrder::Enabled,
                "nocheck-order" => check = CheckOrder::Disabled,
                "output-delimiter" => {
                    let v = v.clone().unwrap_or_default();
                    if sep.as_ref().is_some_and(|s| *s != v) {
                        ctx.err("multiple output delimiters specified").await?;
                        return Ok(1);
                    }
                    sep = Some(v);
                }
                "total" => total = true,
                "z" => eol = b'\0',
                _ => {}
            }
        }
        let data = match operands_read(ctx, &parsed.operands).await? {
            Ok(d) => d,
            Err(status) => return Ok(status),
        };
        let sep = sep.map_or_else(
            || b"\t".to_vec(),
            |s| {
                if s.is_empty() {
                    vec![0]
                } else {
                    s.into_bytes()
                }
            },
        );
        let files = [split_lines(&data[0], eol), split_lines(&data[1], eol)];
        let mut at = [0usize; 2];
        let mut counts = [0u64; 3];
        let mut warned = [false; 2];
        let mut seen_unpairable = false;
        let mut out = Out::default();
        loop {
            let (a, b) = (files[0].get(at[0]), files[1].get(at[1]));
            let order = match (a, b) {
                (None, None) => break,
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(x), Some(y)) => x.cmp(y),
            };
            let (col, line) = match order {
                std::cmp::Ordering::Equal => (2, a),
                std::cmp::Ordering::Less => (0, a),
                std::cmp::Ordering::Greater => (1, b),
            };
            if col != 2 {
                seen_unpairable = true;
            }
            counts[col] += 1;
            if show[col] {
                for _ in show[..col].iter().filter(|&&s| s) {
                    out.buf.extend_from_slice(&sep);
                }
                out.buf.extend_from_slice(line.copied().unwrap_or_default());
                out.buf.push(eol);
            }
            for f in 0..2 {
                let step = if f == 0 { order.is_le() } else { order.is_ge() };
                if !step {
                    continue;
                }
                at[f] += 1;
                let check_now = check == CheckOrder::Enabled
                    || (check == CheckOrder::Default && seen_unpairable);
                if check_now
                    && !warned[f]
                    && let (Some(prev), Some(cur)) = (files[f].get(at[f] - 1), files[f].get(at[f]))
                    && prev > cur
                {
                    out.flush(ctx).await?;
                    ctx.err(&format!("file {} is not in sorted order", f + 1))
                        .await?;
                    if check == CheckOrder::Enabled {
                        return Ok(1);
                    }
                    warned[f] = true;
                }
            }
            out.maybe_flush(ctx).await?;
        }
        if total {
            let s = String::from_utf8_lossy(&sep).into_owned();
            let line = format!("{}{s}{}{s}{}{s}total", counts[0], counts[1], counts[2]);
            out.buf.extend_from_slice(line.as_bytes());
            out.buf.push(eol);
        }
        out.flush(ctx).await?;
        if warned[0] || warned[1] {
            ctx.err("input is not in sorted order").await?;
            return Ok(1);
        }
        Ok(0)
    })
}

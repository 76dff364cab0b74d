//! `shuf`: output a random permutation of lines, arguments (`-e`) or a range (`-i`). The
//! generator is a xorshift seeded from the embedder's clock (or `--random-source`'s
//! bytes), so the order is not GNU's but every permutation is possible.

use crate::commands::args::Usage;
use crate::commands::textio::{Out, read_one, save, split_lines, usage_error};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: shuf [OPTION]... [FILE]
  or:  shuf -e [OPTION]... [ARG]...
  or:  shuf -i LO-HI [OPTION]...
Write a random permutation of the input lines to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -e, --echo                treat each ARG as an input line
  -i, --input-range=LO-HI   treat each number LO through HI as an input line
  -n, --head-count=COUNT    output at most COUNT lines
  -o, --output=FILE         write result to FILE instead of standard output
      --random-source=FILE  get random bytes from FILE
  -r, --repeat              output lines can be repeated
  -z, --zero-terminated     line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/shuf>
or available locally via: info '(coreutils) shuf invocation'
"#;

const SPEC: &str = "e|echo i|input-range= n|head-count= o|output= |random-source= r|repeat \
                    z|zero-terminated";

/// xorshift64*.
/// The random numbers: a xorshift seeded from the clock, or, with `--random-source`,
/// GNU's `randint` over the file's bytes (so the same file gives GNU's order).
enum Rng {
    Xor(u64),
    Bytes {
        data: Vec<u8>,
        pos: usize,
        num: u64,
        max: u64,
    },
}

/// `--random-source` ran out of bytes.
struct Exhausted;

impl Rng {
    fn next(x: &mut u64) -> u64 {
        *x ^= *x >> 12;
        *x ^= *x << 25;
        *x ^= *x >> 27;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A uniform value below `n` (n > 0).
    fn below(&mut self, n: u64) -> std::result::Result<u64, Exhausted> {
        match self {
            Rng::Xor(x) => {
                let zone = u64::MAX - u64::MAX % n;
                loop {
                    let v = Rng::next(x);
                    if v < zone {
                        return Ok(v % n);
                    }
                }
            }
            Rng::Bytes {
                data,
                pos,
                num,
                max,
            } => gnu_randint(data, pos, num, max, n - 1),
        }
    }
}

/// gnulib's `randint_genmax`: a value in `0..=genmax` from as few bytes as needed,
/// keeping the unused randomness for the next call.
fn gnu_randint(
    data: &[u8],
    pos: &mut usize,
    num: &mut u64,
    max: &mut u64,
    genmax: u64,
) -> std::result::Result<u64, Exhausted> {
    let choices = genmax.wrapping_add(1);
    loop {
        if *max < genmax {
            let mut rmax = *max;
            loop {
                rmax = (rmax << 8).wrapping_add(255);
                let Some(&b) = data.get(*pos) else {
                    return Err(Exhausted);
                };
                *pos += 1;
                *num = (*num << 8).wrapping_add(u64::from(b));
                if rmax >= genmax {
                    break;
                }
            }
            *max = rmax;
        }
        if *max == genmax {
            let r = *num;
            *num = 0;
            *max = 0;
            return Ok(r);
        }
        let excess = *max - genmax;
        let unusable = excess % choices;
        let last_usable = *max - unusable;
        let reduced = *num % choices;
        if *num <= last_usable {
            *num /= choices;
            *max = excess / choices;
            return Ok(reduced);
        }
        *num = reduced;
        *max = unusable;
    }
}

fn seed_from(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h | 1
}

/// What is shuffled.
enum Items {
    Lines(Vec<Vec<u8>>),
    Range(u64, u64),
}

impl Items {
    fn len(&self) -> u64 {
        match self {
            Items::Lines(v) => v.len() as u64,
            Items::Range(lo, hi) => (hi - lo).saturating_add(1),
        }
    }

    fn write(&self, i: u64, out: &mut Vec<u8>) {
        match self {
            Items::Lines(v) => {
                if let Some(l) = usize::try_from(i).ok().and_then(|i| v.get(i)) {
                    out.extend_from_slice(l);
                }
            }
            Items::Range(lo, _) => out.extend_from_slice((lo + i).to_string().as_bytes()),
        }
    }
}

fn parse_range(s: &str) -> std::result::Result<(u64, u64), String> {
    // GNU reads LO up to the first `-`, then HI; the message quotes the part that is
    // not a number, or the whole range when it is empty or has no `-`.
    let num = |t: &str| t.parse::<u64>().map_err(|_| t.to_string());
    let Some((a, b)) = s.split_once('-') else {
        num(s)?;
        return Err(s.to_string());
    };
    let lo = num(a)?;
    let hi = num(b)?;
    match hi.checked_add(1) {
        Some(h) if h >= lo => Ok((lo, hi)),
        _ => Err(s.to_string()),
    }
}

/// Writes a full buffer to stdout, or keeps it for the `-o` file.
async fn spill(ctx: &Ctx<'_>, out: &mut Out, saved: &mut Vec<u8>, to_file: bool) -> Result<()> {
    if out.buf.len() >= crate::commands::textio::FLUSH_AT {
        ctx.check()?;
        if to_file {
            saved.append(&mut out.buf);
        } else {
            out.flush(ctx).await?;
        }
    }
    Ok(())
}

/// Runs `shuf`.
pub fn shuf<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Paul Eggert",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let (mut echo, mut repeat, mut eol) = (false, false, b'\n');
        let mut range = None;
        let mut count: Option<u64> = None;
        let mut output = None;
        let mut source = None;
        for (k, v) in &parsed.opts {
            let val = v.clone().unwrap_or_default();
            match *k {
                "e" => echo = true,
                "i" => match parse_range(&val) {
                    Ok(r) if range.is_none() => range = Some(r),
                    Ok(_) => {
                        return usage_error(ctx, "multiple -i options specified", 1).await;
                    }
                    Err(bad) => {
                        let msg = format!("invalid input range: {}", quote_locale(&bad));
                        ctx.err(&msg).await?;
                        return Ok(1);
                    }
                },
                "n" => match val.parse::<u64>() {
                    Ok(n) => count = Some(count.map_or(n, |c: u64| c.min(n))),
                    Err(_) => {
                        let msg = format!("invalid line count: {}", quote_locale(&val));
                        ctx.err(&msg).await?;
                        return Ok(1);
                    }
                },
                "o" => output = Some(val),
                "random-source" => source = Some(val),
                "r" => repeat = true,
                "z" => eol = b'\0',
                _ => {}
            }
        }
        if echo && range.is_some() {
            return usage_error(ctx, "cannot combine -e and -i options", 1).await;
        }
        let ops = parsed.operands;
        let items = if let Some((lo, hi)) = range {
            if let Some(extra) = ops.first() {
                let msg = format!("extra operand {}", quote_locale(extra));
                return usage_error(ctx, &msg, 1).await;
            }
            Items::Range(lo, hi)
        } else if echo {
            Items::Lines(ops.iter().map(|s| s.clone().into_bytes()).collect())
        } else {
            if ops.len() > 1 {
                let msg = format!("extra operand {}", quote_locale(&ops[1]));
                return usage_error(ctx, &msg, 1).await;
            }
            let name = ops.first().cloned().unwrap_or_else(|| "-".to_string());
            let data = match read_one(ctx, &name).await {
                Ok(d) => d,
                Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
                    return Err(e);
                }
                Err(e) => {
                    ctx.err(&file_error(&name, &e)).await?;
                    return Ok(1);
                }
            };
            Items::Lines(
                split_lines(&data, eol)
                    .into_iter()
                    .map(<[u8]>::to_vec)
                    .collect(),
            )
        };
        let mut rng = match &source {
            Some(path) => match read_one(ctx, path).await {
                Ok(d) => Rng::Bytes {
                    data: d.to_vec(),
                    pos: 0,
                    num: 0,
                    max: 0,
                },
                Err(e) => {
                    ctx.err(&file_error(path, &e)).await?;
                    return Ok(1);
                }
            },
            None => {
                let t = ctx.rt.clock.now();
                Rng::Xor(seed_from(&t.as_nanos().to_le_bytes()))
            }
        };
        let exhausted = format!(
            "{}: end of file",
            crate::commands::quote_locale(source.as_deref().unwrap_or("-"))
        );
        let n = items.len();
        let mut out = Out::default();
        let mut saved = Vec::new();
        if repeat {
            if n == 0 {
                if count != Some(0) {
                    ctx.err("no lines to repeat").await?;
                    return Ok(1);
                }
                return Ok(0);
            }
            let mut done = 0u64;
            while count.is_none_or(|c| done < c) {
                let Ok(k) = rng.below(n) else {
                    ctx.err(&exhausted).await?;
                    return Ok(1);
                };
                items.write(k, &mut out.buf);
                out.buf.push(eol);
                done += 1;
                spill(ctx, &mut out, &mut saved, output.is_some()).await?;
            }
        } else {
            let take = count.map_or(n, |c| c.min(n));
            // A partial Fisher-Yates shuffle over indices; ranges use a sparse map.
            let mut swapped: std::collections::HashMap<u64, u64> = std::collections::HashMap::new();
            for i in 0..take {
                let Ok(k) = rng.below(n - i) else {
                    ctx.err(&exhausted).await?;
                    return Ok(1);
                };
                let j = i + k;
                let vi = *swapped.get(&i).unwrap_or(&i);
                let vj = *swapped.get(&j).unwrap_or(&j);
                swapped.insert(j, vi);
                swapped.remove(&i);
                items.write(vj, &mut out.buf);
                out.buf.push(eol);
                spill(ctx, &mut out, &mut saved, output.is_some()).await?;
            }
        }
        match output {
            None => out.flush(ctx).await?,
            Some(path) => {
                saved.append(&mut out.buf);
                if !save(ctx, &path, saved, "").await? {
                    return Ok(1);
                }
            }
        }
        Ok(0)
    })
}

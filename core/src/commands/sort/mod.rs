//! `sort`: sort lines of text files (GNU coreutils semantics in the C.UTF-8 locale, where
//! collation is byte order). All input is read into one buffer and the lines are sorted
//! as ranges of it; a plain sort compares an 8-byte big-endian prefix first.
//!
//! `-m` sorts like a plain sort (the result is the same for sorted inputs); `-S`, `-T`,
//! `--parallel`, `--batch-size` and `--compress-program` are accepted and ignored.

mod compare;

/// gnulib's `filevercmp` (`sort -V`), shared with `ls -v` and `tree -v`.
pub(crate) use compare::version as filevercmp;
mod key;

use std::cmp::Ordering;

use crate::commands::args::Usage;
use crate::commands::textio::{Inputs, invalid_choice, read_one, save};
use crate::commands::{Ctx, file_error, quote_locale};
use crate::error::{ErrorKind, Result};
use crate::sync::{BoxFuture, boxed};
use key::{Key, Kind, Tab};

const HELP: &str = r#"Usage: sort [OPTION]... [FILE]...
  or:  sort [OPTION]... --files0-from=F
Write sorted concatenation of all FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
Ordering options:

  -b, --ignore-leading-blanks  ignore leading blanks
  -d, --dictionary-order      consider only blanks and alphanumeric characters
  -f, --ignore-case           fold lower case to upper case characters
  -g, --general-numeric-sort  compare according to general numerical value
  -i, --ignore-nonprinting    consider only printable characters
  -M, --month-sort            compare (unknown) < 'JAN' < ... < 'DEC'
  -h, --human-numeric-sort    compare human readable numbers (e.g., 2K 1G)
  -n, --numeric-sort          compare according to string numerical value
  -R, --random-sort           shuffle, but group identical keys.  See shuf(1)
      --random-source=FILE    get random bytes from FILE
  -r, --reverse               reverse the result of comparisons
      --sort=WORD             sort according to WORD:
                                general-numeric -g, human-numeric -h, month -M,
                                numeric -n, random -R, version -V
  -V, --version-sort          natural sort of (version) numbers within text

Other options:

      --batch-size=NMERGE   merge at most NMERGE inputs at once;
                            for more use temp files
  -c, --check, --check=diagnose-first  check for sorted input; do not sort
  -C, --check=quiet, --check=silent  like -c, but do not report first bad line
      --compress-program=PROG  compress temporaries with PROG;
                              decompress them with PROG -d
      --debug               annotate the part of the line used to sort,
                              and warn about questionable usage to stderr
      --files0-from=F       read input from the files specified by
                            NUL-terminated names in file F;
                            If F is - then read names from standard input
  -k, --key=KEYDEF          sort via a key; KEYDEF gives location and type
  -m, --merge               merge already sorted files; do not sort
  -o, --output=FILE         write result to FILE instead of standard output
  -s, --stable              stabilize sort by disabling last-resort comparison
  -S, --buffer-size=SIZE    use SIZE for main memory buffer
  -t, --field-separator=SEP  use SEP instead of non-blank to blank transition
  -T, --temporary-directory=DIR  use DIR for temporaries, not $TMPDIR or /tmp;
                              multiple options specify multiple directories
      --parallel=N          change the number of sorts run concurrently to N
  -u, --unique              with -c, check for strict ordering;
                              without -c, output only the first of an equal run
  -z, --zero-terminated     line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

KEYDEF is F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a
field number and C a character position in the field; both are origin 1, and
the stop position defaults to the line's end.  If neither -t nor -b is in
effect, characters in a field are counted from the beginning of the preceding
whitespace.  OPTS is one or more single-letter ordering options [bdfgiMhnRrV],
which override global ordering options for that key.  If no key is given, use
the entire line as the key.  Use --debug to diagnose incorrect key usage.

SIZE may be followed by the following multiplicative suffixes:
% 1% of memory, b 1, K 1024 (default), and so on for M, G, T, P, E, Z, Y.

*** WARNING ***
The locale specified by the environment affects sort order.
Set LC_ALL=C to get the traditional sort order that uses
native byte values.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/sort>
or available locally via: info '(coreutils) sort invocation'
"#;

const SPEC: &str = "|ignore-leading-blanks b |debug d|dictionary-order f|ignore-case \
                    g|general-numeric-sort i|ignore-nonprinting M|month-sort \
                    h|human-numeric-sort n|numeric-sort R|random-sort |random-source= \
                    r|reverse |sort= V|version-sort |batch-size= c |check? C \
                    |compress-program= |files0-from= k|key= m|merge o|output= s|stable \
                    S|buffer-size= t|field-separator= T|temporary-directory= u|unique \
                    z|zero-terminated |parallel=";

/// Everything that decides the order.
struct Order {
    keys: Vec<Key>,
    tab: Tab,
    /// Global `-r`: also reverses the last-resort comparison.
    reverse: bool,
    /// `-s` or `-u`: no last-resort comparison.
    no_last_resort: bool,
    seed: u64,
}

impl Order {
    fn cmp(&self, a: &[u8], b: &[u8]) -> Ordering {
        if !self.keys.is_empty() {
            let d = key::compare_keys(a, b, &self.keys, self.tab, self.seed);
            if d != Ordering::Equal || self.no_last_resort {
                return d;
            }
        }
        let d = a.cmp(b);
        if self.reverse { d.reverse() } else { d }
    }

    /// Equality for `-u`: by the keys only (the whole line without keys).
    fn same(&self, a: &[u8], b: &[u8]) -> bool {
        if self.keys.is_empty() {
            a == b
        } else {
            key::compare_keys(a, b, &self.keys, self.tab, self.seed) == Ordering::Equal
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Check {
    No,
    Diagnose,
    Quiet,
}

/// Runs `sort`.
pub fn sort<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "Mike Haertel and Paul Eggert",
            status: 2,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let mut global = Key::default();
        let mut keys: Vec<Key> = Vec::new();
        let mut tab: Tab = None;
        let mut check = Check::No;
        let (mut unique, mut stable, mut zero) = (false, false, false);
        let mut output: Option<String> = None;
        for (k, v) in &parsed.opts {
            let v = v.as_deref().unwrap_or("");
            match *k {
                "b" | "d" | "f" | "g" | "i" | "M" | "h" | "n" | "R" | "r" | "V" => {
                    global.set(k.chars().next().unwrap_or('?'), false);
                    if *k == "b" {
                        global.skip_eblanks = true;
                    }
                }
                "sort" => {
                    let c = match v {
                        "general-numeric" => 'g',
                        "human-numeric" => 'h',
                        "month" => 'M',
                        "numeric" => 'n',
                        "random" => 'R',
                        "version" => 'V',
                        _ => {
                            let choices = [
                                "‘general-numeric’",
                                "‘human-numeric’",
                                "‘month’",
                                "‘numeric’",
                                "‘random’",
                                "‘version’",
                            ];
                            return invalid_choice(ctx, v, "--sort", &choices).await;
                        }
                    };
                    global.set(c, false);
                }
                "c" => check = Check::Diagnose,
                "C" => check = Check::Quiet,
                "check" => {
                    check = match v {
                        "" | "diagnose-first" => Check::Diagnose,
                        "quiet" | "silent" => Check::Quiet,
                        _ => {
                            let choices = ["‘quiet’, ‘silent’", "‘diagnose-first’"];
                            return invalid_choice(ctx, v, "--check", &choices).await;
                        }
                    }
                }
                "k" => match key::parse_key(v) {
                    Ok(key) => keys.push(key),
                    Err(msg) => {
                        ctx.err(&msg).await?;
                        return Ok(2);
                    }
                },
                "o" => {
                    if output.as_deref().is_some_and(|o| o != v) {
                        ctx.err("multiple output files specified").await?;
                        return Ok(2);
                    }
                    output = Some(v.to_string());
                }
                "s" => stable = true,
                "u" => unique = true,
                "z" => zero = true,
                "t" => {
                    let t = match v.as_bytes() {
                        [] => {
                            ctx.err("empty tab").await?;
                            return Ok(2);
                        }
                        [c] => *c,
                        b"\\0" => 0,
                        _ => {
                            let msg = format!("multi-character tab {}", quote_locale(v));
                            ctx.err(&msg).await?;
                            return Ok(2);
                        }
                    };
                    if tab.is_some_and(|old| old != t) {
                        ctx.err("incompatible tabs").await?;
                        return Ok(2);
                    }
                    tab = Some(t);
                }
                _ => {}
            }
        }
        if keys.is_empty() {
            if !global.is_default() {
                keys.push(global.clone());
            }
        } else {
            for k in &mut keys {
                k.inherit(&global);
            }
        }
        for k in &keys {
            if let Some(opts) = k.incompatible() {
                let msg = format!("options '-{opts}' are incompatible");
                ctx.err(&msg).await?;
                return Ok(2);
            }
        }
        let seed = if keys.iter().any(|k| k.kind == Kind::Random) {
            let t = ctx.rt.clock.now();
            t.as_nanos() as u64 ^ 0x9e37_79b9_7f4a_7c15
        } else {
            0
        };
        let order = Order {
            keys,
            tab,
            reverse: global.reverse,
            no_last_resort: stable || unique,
            seed,
        };
        let delim = if zero { b'\0' } else { b'\n' };
        let files = parsed.operands;
        if check != Check::No {
            return run_check(ctx, files, &order, unique, check, delim).await;
        }
        let mut inputs = Inputs::new(files);
        inputs.context = |e| match e.kind() {
            ErrorKind::IsADirectory => "read failed: ",
            _ => "cannot read: ",
        };
        let mut data = Vec::new();
        for d in inputs.read_each(ctx).await? {
            if data.is_empty() {
                data = Vec::from(d);
            } else {
                data.extend_from_slice(&d);
            }
            if data.last().is_some_and(|&b| b != delim) {
                data.push(delim);
            }
        }
        if inputs.failed {
            return Ok(2);
        }
        ctx.check()?;
        let out = sorted(&data, delim, &order, unique);
        match output {
            None => {
                for chunk in out.chunks(1 << 20) {
                    ctx.check()?;
                    ctx.stdout.write(chunk).await?;
                }
            }
            Some(path) => {
                if !save(ctx, &path, out, "open failed: ").await? {
                    return Ok(2);
                }
            }
        }
        Ok(0)
    })
}

/// Line ranges of `data` (every line, including the last, ends with `delim`).
fn line_ranges(data: &[u8], delim: u8) -> Vec<(usize, usize)> {
    let mut v = Vec::with_capacity(data.len() / 32 + 1);
    let mut start = 0;
    for i in memchr::memchr_iter(delim, data) {
        v.push((start, i));
        start = i + 1;
    }
    v
}

/// One line in a keyed sort.
struct Entry {
    key: u64,
    line: u64,
    idx: usize,
    exact: bool,
}

fn prefix(s: &[u8]) -> u64 {
    let mut p = [0u8; 8];
    let n = s.len().min(8);
    p[..n].copy_from_slice(&s[..n]);
    u64::from_be_bytes(p)
}

/// The sorted output: every line followed by `delim`.
fn sorted(data: &[u8], delim: u8, order: &Order, unique: bool) -> Vec<u8> {
    let ranges = line_ranges(data, delim);
    let line = |r: (usize, usize)| &data[r.0..r.1];
    let mut out = Vec::with_capacity(data.len());
    if order.keys.is_empty() {
        let mut v: Vec<(u64, usize, usize)> = ranges
            .iter()
            .map(|&(s, e)| (prefix(&data[s..e]), s, e))
            .collect();
        v.sort_unstable_by(|a, b| {
            let d =
                a.0.cmp(&b.0)
                    .then_with(|| data[a.1..a.2].cmp(&data[b.1..b.2]));
            if order.reverse { d.reverse() } else { d }
        });
        let mut prev: Option<&[u8]> = None;
        for &(_, s, e) in &v {
            let l = &data[s..e];
            if unique && prev == Some(l) {
                continue;
            }
            prev = Some(l);
            out.extend_from_slice(l);
            out.push(delim);
        }
        return out;
    }
    // Every key of every line is located once, not at each comparison.
    let nk = order.keys.len();
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(ranges.len() * nk);
    for &(s, e) in &ranges {
        for key in &order.keys {
            let (b, l) = key::extract_range(&data[s..e], key, order.tab);
            spans.push((s + b, s + l));
        }
    }
    let by_keys = |a: usize, b: usize, from: usize| -> Ordering {
        for (k, key) in order.keys.iter().enumerate().skip(from) {
            let (sa, ea) = spans[a * nk + k];
            let (sb, eb) = spans[b * nk + k];
            let d = key::cmp_text(&data[sa..ea], &data[sb..eb], key, order.seed);
            if d != Ordering::Equal {
                return if key.reverse { d.reverse() } else { d };
            }
        }
        Ordering::Equal
    };
    // Order-preserving prefixes of the first key and of the line sit next to the index,
    // so most comparisons touch no other memory.
    let first = &order.keys[0];
    let mut idx: Vec<Entry> = (0..ranges.len())
        .map(|i| {
            let (s, e) = spans[i * nk];
            let (key, exact) = key::prefix(&data[s..e], first);
            Entry {
                key,
                line: prefix(line(ranges[i])),
                idx: i,
                exact,
            }
        })
        .collect();
    let by_entry = |a: &Entry, b: &Entry| -> Ordering {
        let d = a.key.cmp(&b.key);
        if d != Ordering::Equal {
            return if first.reverse { d.reverse() } else { d };
        }
        let from = usize::from(a.exact && b.exact);
        by_keys(a.idx, b.idx, from)
    };
    if order.no_last_resort {
        idx.sort_by(by_entry);
    } else {
        // The last-resort comparison makes the order total: stability is not needed.
        idx.sort_unstable_by(|a, b| {
            by_entry(a, b).then_with(|| {
                let d = a
                    .line
                    .cmp(&b.line)
                    .then_with(|| line(ranges[a.idx]).cmp(line(ranges[b.idx])));
                if order.reverse { d.reverse() } else { d }
            })
        });
    }
    let mut prev: Option<usize> = None;
    for e in &idx {
        let i = e.idx;
        if unique && prev.is_some_and(|p| by_keys(p, i, 0) == Ordering::Equal) {
            continue;
        }
        prev = Some(i);
        out.extend_from_slice(line(ranges[i]));
        out.push(delim);
    }
    out
}

async fn run_check(
    ctx: &Ctx<'_>,
    files: Vec<String>,
    order: &Order,
    unique: bool,
    check: Check,
    delim: u8,
) -> Result<i32> {
    if files.len() > 1 {
        let msg = format!("extra operand '{}' not allowed with -c", files[1]);
        ctx.err(&msg).await?;
        return Ok(2);
    }
    let name = files.first().cloned().unwrap_or_else(|| "-".to_string());
    let data = match read_one(ctx, &name).await {
        Ok(d) => d,
        Err(e) if matches!(e.kind(), ErrorKind::Cancelled | ErrorKind::LimitExceeded) => {
            return Err(e);
        }
        Err(e) => {
            ctx.err(&format!("cannot read: {}", file_error(&name, &e)))
                .await?;
            return Ok(2);
        }
    };
    let mut data = Vec::from(data);
    if data.last().is_some_and(|&b| b != delim) {
        data.push(delim);
    }
    let ranges = line_ranges(&data, delim);
    for (i, w) in ranges.windows(2).enumerate() {
        let (a, b) = (&data[w[0].0..w[0].1], &data[w[1].0..w[1].1]);
        let d = order.cmp(a, b);
        if d == Ordering::Greater || (unique && order.same(a, b)) {
            if check == Check::Diagnose {
                let mut msg =
                    format!("{}: {}:{}: disorder: ", ctx.name(), name, i + 2).into_bytes();
                msg.extend_from_slice(b);
                msg.push(b'\n');
                ctx.stderr.write(&msg).await?;
            }
            return Ok(1);
        }
    }
    Ok(0)
}

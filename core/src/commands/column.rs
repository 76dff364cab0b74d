//! `column` (util-linux 2.38): fill columns (`-c` width, default `COLUMNS` or 80; `-x`
//! fills rows first) or, with `-t`, a table (`-s` input separators, `-o` output
//! separator, `-N` header, `-R` right alignment, `-H` hidden columns, `-O` order,
//! `-l` column limit, `-d`, `-L`). Widths count characters. JSON, trees and truncation
//! are not supported.

use crate::commands::Ctx;
use crate::commands::args::Usage;
use crate::commands::textio::{Inputs, Out, split_lines, usage_error};
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"
Usage:
 column [options] [<file>...]

Columnate lists.

Options:
 -t, --table                      create a table
 -n, --table-name <name>          table name for JSON output
 -O, --table-order <columns>      specify order of output columns
 -N, --table-columns <names>      comma separated columns names
 -l, --table-columns-limit <num>  maximal number of input columns
 -E, --table-noextreme <columns>  don't count long text from the columns to column width
 -d, --table-noheadings           don't print header
 -e, --table-header-repeat        repeat header for each page
 -H, --table-hide <columns>       don't print the columns
 -R, --table-right <columns>      right align text in these columns
 -T, --table-truncate <columns>   truncate text in the columns when necessary
 -W, --table-wrap <columns>       wrap text in the columns when necessary
 -L, --keep-empty-lines           don't ignore empty lines
 -J, --json                       use JSON output format for table

 -r, --tree <column>              column to use tree-like output for the table
 -i, --tree-id <column>           line ID to specify child-parent relation
 -p, --tree-parent <column>       parent to specify child-parent relation

 -c, --output-width <width>       width of output in number of characters
 -o, --output-separator <string>  columns separator for table output (default is two spaces)
 -s, --separator <string>         possible table delimiters
 -x, --fillrows                   fill rows before columns

 -h, --help                       display this help
 -V, --version                    display version

For more details see column(1).
"#;

const SPEC: &str = "t|table n|table-name= O|table-order= N|table-columns= \
                    l|table-columns-limit= E|table-noextreme= d|table-noheadings \
                    e|table-header-repeat H|table-hide= R|table-right= T|table-truncate= \
                    W|table-wrap= L|keep-empty-lines J|json r|tree= i|tree-id= p|tree-parent= \
                    c|output-width= o|output-separator= s|separator= x|fillrows h|help V|version";

/// Display width: characters, with control characters (a tab) counting zero.
fn width(s: &[u8]) -> usize {
    match std::str::from_utf8(s) {
        Ok(t) => t.chars().filter(|c| !c.is_control()).count(),
        Err(_) => s.len(),
    }
}

/// Fill mode: entries in columns separated by tabs, like BSD `column`.
fn fill(entries: &[&[u8]], term: usize, rows_first: bool, out: &mut Vec<u8>) {
    let Some(max) = entries.iter().map(|e| width(e)).max() else {
        return;
    };
    if max >= term {
        for e in entries {
            out.extend_from_slice(e);
            out.push(b'\n');
        }
        return;
    }
    let maxlength = (max + 8) & !7;
    let numcols = term / maxlength;
    let pad = |out: &mut Vec<u8>, chcnt: &mut usize, endcol: usize| loop {
        let next = (*chcnt + 8) & !7;
        if next > endcol {
            break;
        }
        out.push(b'\t');
        *chcnt = next;
    };
    if rows_first {
        // numcols may be 0 here: util-linux then never wraps.
        let (mut col, mut chcnt, mut endcol) = (0, 0, maxlength);
        for (i, e) in entries.iter().enumerate() {
            out.extend_from_slice(e);
            chcnt += width(e);
            if i + 1 == entries.len() {
                break;
            }
            col += 1;
            if col == numcols {
                col = 0;
                chcnt = 0;
                endcol = maxlength;
                out.push(b'\n');
            } else {
                pad(out, &mut chcnt, endcol);
                endcol += maxlength;
            }
        }
        if chcnt > 0 {
            out.push(b'\n');
        }
        return;
    }
    let numcols = numcols.max(1);
    let numrows = entries.len().div_ceil(numcols);
    for row in 0..numrows {
        let (mut base, mut chcnt, mut endcol) = (row, 0, maxlength);
        for _ in 0..numcols {
            let Some(e) = entries.get(base) else { break };
            out.extend_from_slice(e);
            chcnt += width(e);
            base += numrows;
            if base >= entries.len() {
                break;
            }
            pad(out, &mut chcnt, endcol);
            endcol += maxlength;
        }
        out.push(b'\n');
    }
}

/// Splits a table row: with explicit separators every one counts, by default runs of
/// blanks separate and leading ones are dropped.
fn cells<'a>(line: &'a [u8], seps: Option<&[u8]>, limit: usize) -> Vec<&'a [u8]> {
    let trim = |s: &'a [u8]| &s[s.iter().take_while(|b| matches!(b, b' ' | b'\t')).count()..];
    let mut out = Vec::new();
    let mut rest = line;
    if seps.is_none() {
        rest = trim(rest);
    }
    let is_sep = |b: u8| match seps {
        Some(s) => s.contains(&b),
        None => matches!(b, b' ' | b'\t'),
    };
    loop {
        if limit > 0 && out.len() + 1 == limit {
            out.push(rest);
            break;
        }
        match rest.iter().position(|&b| is_sep(b)) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i + 1..];
                if seps.is_none() {
                    rest = trim(rest);
                    if rest.is_empty() {
                        break;
                    }
                }
            }
            None => {
                if !rest.is_empty() || seps.is_some() {
                    out.push(rest);
                }
                break;
            }
        }
    }
    out
}

/// Resolves a `-R`/`-H`/`-O` list of names or 1-based numbers to column indexes.
fn columns(list: &str, names: &[String]) -> Vec<usize> {
    list.split(',')
        .filter_map(|item| {
            item.parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(item)))
        })
        .collect()
}

struct Table {
    sep: Vec<u8>,
    right: Vec<usize>,
    hide: Vec<usize>,
    order: Option<Vec<usize>>,
}

fn table(rows: &[Vec<Vec<u8>>], t: &Table, out: &mut Vec<u8>) {
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let order: Vec<usize> = match &t.order {
        Some(o) => {
            let mut v: Vec<usize> = o.iter().copied().filter(|&c| c < ncols).collect();
            v.extend((0..ncols).filter(|c| !o.contains(c)));
            v
        }
        None => (0..ncols).collect(),
    };
    let shown: Vec<usize> = order.into_iter().filter(|c| !t.hide.contains(c)).collect();
    let mut widths = vec![0usize; ncols];
    for r in rows {
        for (c, cell) in r.iter().enumerate() {
            widths[c] = widths[c].max(width(cell));
        }
    }
    for r in rows {
        for (k, &c) in shown.iter().enumerate() {
            let cell: &[u8] = r.get(c).map_or(&[], Vec::as_slice);
            let padding = widths[c].saturating_sub(width(cell));
            let last = k + 1 == shown.len();
            if t.right.contains(&c) {
                out.extend(std::iter::repeat_n(b' ', padding));
                out.extend_from_slice(cell);
            } else {
                out.extend_from_slice(cell);
                if !last {
                    out.extend(std::iter::repeat_n(b' ', padding));
                }
            }
            if !last {
                out.extend_from_slice(&t.sep);
            }
        }
        out.push(b'\n');
    }
}

/// A JSON string (util-linux escapes quotes, backslashes and control characters).
fn json_str(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for &b in s {
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b if b < 0x20 => out.extend_from_slice(format!("\\u{b:04x}").as_bytes()),
            b => out.push(b),
        }
    }
    out.push(b'"');
}

/// `column -J`: the rows as objects keyed by the column names (missing cells are null).
fn json_table(
    name: &str,
    names: &[&str],
    hidden: &[usize],
    rows: &[Vec<&[u8]>],
    out: &mut Vec<u8>,
) {
    if rows.is_empty() {
        return;
    }
    out.extend_from_slice(b"{\n   ");
    json_str(name.as_bytes(), out);
    out.extend_from_slice(b": [\n");
    for (r, row) in rows.iter().enumerate() {
        out.extend_from_slice(if r == 0 { b"      {\n" } else { b"},{\n" });
        let shown: Vec<usize> = (0..names.len()).filter(|i| !hidden.contains(i)).collect();
        for (k, &i) in shown.iter().enumerate() {
            out.extend_from_slice(b"         ");
            json_str(names.get(i).copied().unwrap_or("").as_bytes(), out);
            out.extend_from_slice(b": ");
            match row.get(i) {
                Some(c) if !c.is_empty() => json_str(c, out),
                _ => out.extend_from_slice(b"null"),
            }
            out.extend_from_slice(if k + 1 < shown.len() { b",\n" } else { b"\n" });
        }
        out.extend_from_slice(b"      ");
    }
    out.extend_from_slice(b"}\n   ]\n}\n");
}

/// Runs `column`.
pub fn column<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "column from util-linux 2.38.1\n",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, SPEC, usage);
        let (mut is_table, mut rows_first, mut keep_empty, mut no_headings) =
            (false, false, false, false);
        let (mut seps, mut out_sep, mut names, mut width_opt) = (None, None, None, None);
        let (mut right, mut hide, mut order, mut limit) = (None, None, None, 0usize);
        let (mut json, mut table_name) = (false, "table".to_string());
        for (k, v) in &parsed.opts {
            let val = v.clone().unwrap_or_default();
            match *k {
                "h" => {
                    ctx.stdout.write_str(HELP).await?;
                    return Ok(0);
                }
                "V" => {
                    ctx.stdout.write_str(usage.version).await?;
                    return Ok(0);
                }
                "t" => is_table = true,
                "J" => {
                    json = true;
                    is_table = true;
                }
                "n" => table_name = val,
                "x" => rows_first = true,
                "L" => keep_empty = true,
                "d" => no_headings = true,
                "s" => seps = Some(val.into_bytes()),
                "o" => out_sep = Some(val.into_bytes()),
                "N" => names = Some(val),
                "R" => right = Some(val),
                "H" => hide = Some(val),
                "O" => order = Some(val),
                "l" => limit = val.parse().unwrap_or(0),
                "c" => width_opt = Some(val),
                _ => {}
            }
        }
        if is_table && rows_first {
            let msg = "mutually exclusive arguments: --table --fillrows";
            ctx.err(msg).await?;
            return Ok(1);
        }
        let term = match width_opt.as_deref().map(str::parse::<usize>) {
            Some(Ok(w)) => w,
            Some(Err(_)) => {
                let msg = format!(
                    "invalid columns argument: '{}'",
                    width_opt.unwrap_or_default()
                );
                return usage_error(ctx, &msg, 1).await;
            }
            None => ctx
                .env
                .iter()
                .find(|(k, _)| k == "COLUMNS")
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .filter(|&w| w > 0)
                .unwrap_or(80),
        };
        let mut inputs = Inputs::new(parsed.operands);
        let datas = inputs.read_each(ctx).await?;
        let mut lines: Vec<&[u8]> = Vec::new();
        for d in &datas {
            lines.extend(split_lines(d, b'\n'));
        }
        let mut out = Out::default();
        if json {
            let Some(names) = names else {
                ctx.err("option --table-columns required for --json")
                    .await?;
                return Ok(1);
            };
            let names: Vec<&str> = names.split(',').collect();
            let hidden = hide
                .map(|h| columns(&h, &names.iter().map(|n| n.to_string()).collect::<Vec<_>>()))
                .unwrap_or_default();
            let mut rows = Vec::new();
            for l in lines.iter().filter(|l| !l.is_empty() || keep_empty) {
                let c = cells(l, seps.as_deref(), limit);
                if c.len() > names.len() {
                    let msg = format!(
                        "line {}: for JSON the name of the column {} is required",
                        rows.len() + 2,
                        names.len() + 1
                    );
                    ctx.err(&msg).await?;
                    return Ok(1);
                }
                rows.push(c);
            }
            json_table(&table_name, &names, &hidden, &rows, &mut out.buf);
            out.flush(ctx).await?;
            return Ok(i32::from(inputs.failed));
        }
        if is_table {
            let names: Vec<String> = names
                .map(|n| n.split(',').map(str::to_string).collect())
                .unwrap_or_default();
            let mut rows: Vec<Vec<Vec<u8>>> = Vec::new();
            if !names.is_empty() && !no_headings {
                rows.push(names.iter().map(|n| n.clone().into_bytes()).collect());
            }
            if lines.iter().all(|l| l.is_empty()) && !keep_empty {
                rows.clear();
            }
            for l in &lines {
                if l.is_empty() && !keep_empty {
                    continue;
                }
                let c = cells(l, seps.as_deref(), limit);
                rows.push(c.into_iter().map(<[u8]>::to_vec).collect());
            }
            let t = Table {
                sep: out_sep.unwrap_or_else(|| b"  ".to_vec()),
                right: right.map(|r| columns(&r, &names)).unwrap_or_default(),
                hide: hide.map(|r| columns(&r, &names)).unwrap_or_default(),
                order: order.map(|r| columns(&r, &names)),
            };
            table(&rows, &t, &mut out.buf);
        } else {
            let entries: Vec<&[u8]> = lines.into_iter().filter(|l| !l.is_empty()).collect();
            fill(&entries, term, rows_first, &mut out.buf);
        }
        out.flush(ctx).await?;
        Ok(i32::from(inputs.failed))
    })
}

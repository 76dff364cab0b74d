//! `ls` text helpers: GNU's column layouts (`-C`, `-x`, `-m`), name escapes (`-Q`, `-b`)
//! and the version and extension orders (`-v`, `-X`).

use std::cmp::Ordering;

/// C-style escapes for `-Q` and `-b`.
pub(super) fn c_escape(name: &str, quote: bool) -> String {
    let mut s = String::new();
    if quote {
        s.push('"');
    }
    for c in name.chars() {
        match c {
            '"' if quote => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            '\x07' => s.push_str("\\a"),
            '\x08' => s.push_str("\\b"),
            '\x0b' => s.push_str("\\v"),
            '\x0c' => s.push_str("\\f"),
            ' ' if !quote => s.push_str("\\ "),
            c if c.is_control() => s.push_str(&format!("\\{:03o}", c as u32)),
            c => s.push(c),
        }
    }
    if quote {
        s.push('"');
    }
    s
}

/// `-v`: gnulib's `filevercmp`, then plain byte order (GNU ls `cmp_version`).
pub(crate) fn version_cmp(a: &str, b: &str) -> Ordering {
    crate::commands::sort::filevercmp(a.as_bytes(), b.as_bytes()).then_with(|| a.cmp(b))
}

pub(super) fn extension(name: &str) -> &str {
    match name.rfind('.') {
        Some(0) | None => "",
        Some(i) => &name[i..],
    }
}

/// `-m`: `a, b, c` wrapped at the output width (GNU's `print_with_separator`).
pub(super) fn commas(cells: &[String], width: usize) -> String {
    let mut out = String::new();
    let mut pos: usize = 0;
    for (i, c) in cells.iter().enumerate() {
        let len = c.chars().count();
        if i > 0 {
            out.push(',');
            if pos.saturating_add(len + 2) < width {
                pos += 2;
                out.push(' ');
            } else {
                pos = 0;
                out.push('\n');
            }
        }
        out.push_str(c);
        pos += len;
    }
    if !cells.is_empty() {
        out.push('\n');
    }
    out
}

/// GNU's `indent`: spaces and 8-column tabs from column `from` to `to`.
fn indent(out: &mut String, mut from: usize, to: usize) {
    while from < to {
        if to / 8 > (from + 1) / 8 {
            out.push('\t');
            from += 8 - from % 8;
        } else {
            out.push(' ');
            from += 1;
        }
    }
}

/// `-C` (down, then across) and `-x` (across): GNU's layout with the most columns whose
/// lines (names two apart, padded with tabs) stay under the width.
pub(super) fn columns(cells: &[String], across: bool, width: usize) -> String {
    let n = cells.len();
    if n == 0 {
        return String::new();
    }
    let lens: Vec<usize> = cells.iter().map(|c| c.chars().count()).collect();
    let max_cols = n.clamp(1, (width / 3).max(1));
    let mut chosen = (n, vec![lens.iter().copied().max().unwrap_or(0)]);
    for cols in (2..=max_cols).rev() {
        let rows = n.div_ceil(cols);
        let mut widths = vec![0usize; cols];
        for (i, &l) in lens.iter().enumerate() {
            let c = if across { i % cols } else { i / rows };
            let real = l + if c + 1 == cols { 0 } else { 2 };
            if let Some(w) = widths.get_mut(c) {
                *w = (*w).max(real);
            }
        }
        if widths.iter().sum::<usize>() < width {
            chosen = (rows, widths);
            break;
        }
    }
    let (rows, widths) = chosen;
    let cols = widths.len();
    let mut out = String::new();
    for r in 0..rows {
        let mut pos = 0;
        for c in 0..cols {
            let i = if across { r * cols + c } else { c * rows + r };
            let Some(cell) = cells.get(i) else { break };
            out.push_str(cell);
            let next = if across { i + 1 } else { i + rows };
            if c + 1 == cols || next >= n {
                break;
            }
            let w = widths.get(c).copied().unwrap_or(0);
            indent(&mut out, pos + lens.get(i).copied().unwrap_or(0), pos + w);
            pos += w;
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::WIDTH;
    use super::*;

    #[test]
    fn version_order() {
        let mut v = vec!["a10", "a2", "a1", "b", "_x", "B", "10", "9"];
        v.sort_by(|a, b| version_cmp(a, b));
        assert_eq!(v, ["9", "10", "B", "a1", "a2", "a10", "b", "_x"]);
    }

    #[test]
    fn columns_like_gnu() {
        let names = "alpha beta chi delta epsilon eta gamma iota kappa lambda mu nu \
                     omega_long_name_here omicron phi pi psi rho sigma tau theta upsilon xi zeta";
        let cells: Vec<String> = names.split(' ').map(str::to_string).collect();
        assert_eq!(
            columns(&cells, false, WIDTH),
            "alpha  delta\tgamma  lambda  omega_long_name_here  pi   sigma  upsilon\n\
             beta   epsilon\tiota   mu      omicron\t\t     psi  tau\t xi\n\
             chi    eta\tkappa  nu      phi\t\t     rho  theta  zeta\n"
        );
        assert_eq!(
            columns(&cells, true, WIDTH),
            "alpha\tbeta  chi    delta\t\t   epsilon  eta   gamma  iota  kappa\n\
             lambda\tmu    nu     omega_long_name_here  omicron  phi   pi\t psi   rho\n\
             sigma\ttau   theta  upsilon\t\t   xi\t    zeta\n"
        );
        assert_eq!(
            commas(&cells, WIDTH),
            "alpha, beta, chi, delta, epsilon, eta, gamma, iota, kappa, lambda, mu, nu,\n\
             omega_long_name_here, omicron, phi, pi, psi, rho, sigma, tau, theta, upsilon,\n\
             xi, zeta\n"
        );
    }

    #[test]
    fn column_layout() {
        let cells: Vec<String> = ["A", "b.txt", "big", "lnk", "sub"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(columns(&cells, false, WIDTH), "A  b.txt  big  lnk  sub\n");
        assert_eq!(commas(&cells, WIDTH), "A, b.txt, big, lnk, sub\n");
    }
}

//! What `rg` skips while walking: `.gitignore` (inside a git repository), `.ignore` and
//! `.rgignore` rules, `-g` override globs, `-t`/`-T` file types and hidden names. Globs
//! become anchored regexes over `/`-separated relative paths (`*` stops at `/`, `**`
//! crosses it), like the `ignore` crate's gitignore semantics.

use regex::Regex;

/// File types rg 13 knows by default (the common ones).
const TYPES: &[(&str, &[&str])] = &[
    ("c", &["*.[chH]", "*.[chH].in", "*.cats"]),
    (
        "cpp",
        &[
            "*.[ChH]",
            "*.[ChH].in",
            "*.[ch]pp",
            "*.[ch]pp.in",
            "*.[ch]xx",
            "*.[ch]xx.in",
            "*.cc",
            "*.cc.in",
            "*.hh",
            "*.hh.in",
            "*.inl",
        ],
    ),
    ("css", &["*.css", "*.scss"]),
    ("go", &["*.go"]),
    ("html", &["*.ejs", "*.htm", "*.html"]),
    ("java", &["*.java", "*.jsp", "*.jspx", "*.properties"]),
    ("js", &["*.js", "*.jsx", "*.vue"]),
    ("json", &["*.json", "composer.lock"]),
    ("markdown", &["*.markdown", "*.md", "*.mdown", "*.mkdn"]),
    ("md", &["*.markdown", "*.md", "*.mdown", "*.mkdn"]),
    ("py", &["*.py"]),
    ("rust", &["*.rs"]),
    (
        "sh",
        &[
            "*.bash",
            "*.bashrc",
            "*.csh",
            "*.cshrc",
            "*.ksh",
            "*.kshrc",
            "*.sh",
            "*.tcsh",
            "*.zsh",
            ".bash_login",
            ".bash_logout",
            ".bash_profile",
            ".bashrc",
            ".cshrc",
            ".kshrc",
            ".login",
            ".logout",
            ".profile",
            ".tcshrc",
            ".zlogin",
            ".zlogout",
            ".zprofile",
            ".zshenv",
            ".zshrc",
            "bash_login",
            "bash_logout",
            "bash_profile",
            "bashrc",
            "profile",
            "zlogin",
            "zlogout",
            "zprofile",
            "zshenv",
            "zshrc",
        ],
    ),
    ("toml", &["*.toml", "Cargo.lock"]),
    ("ts", &["*.ts", "*.tsx"]),
    ("txt", &["*.txt"]),
    ("yaml", &["*.yaml", "*.yml"]),
];

/// The globs of a file type, `None` when rg does not know it.
pub fn type_globs(name: &str) -> Option<&'static [&'static str]> {
    TYPES.iter().find(|(n, _)| *n == name).map(|(_, g)| *g)
}

/// Translates a glob to a regex body: `*` and `?` stay within a path component, `**`
/// crosses components, `[...]` is a class.
fn glob_body(g: &str) -> String {
    let chars: Vec<char> = g.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '*' if chars.get(i + 1) == Some(&'*') => {
                let at_start = i == 0 || chars[i - 1] == '/';
                let slash_after = chars.get(i + 2) == Some(&'/');
                if at_start && slash_after {
                    out.push_str("(?:.*/)?");
                    i += 3;
                    continue;
                }
                out.push_str(".*");
                i += 2;
                continue;
            }
            '*' => out.push_str("[^/]*"),
            '?' => out.push_str("[^/]"),
            '[' => {
                let mut j = i + 1;
                let mut class = String::from("[");
                if matches!(chars.get(j), Some('!' | '^')) {
                    class.push('^');
                    j += 1;
                }
                let first = j;
                while j < chars.len() && (chars[j] != ']' || j == first) {
                    if matches!(chars[j], '\\' | '[' | '&' | '~') {
                        class.push('\\');
                    }
                    class.push(chars[j]);
                    j += 1;
                }
                if j < chars.len() {
                    class.push(']');
                    out.push_str(&class);
                    i = j + 1;
                    continue;
                }
                out.push_str("\\[");
            }
            '\\' if i + 1 < chars.len() => {
                out.push_str(&regex::escape(&chars[i + 1].to_string()));
                i += 2;
                continue;
            }
            c => out.push_str(&regex::escape(&c.to_string())),
        }
        i += 1;
    }
    out
}

/// One gitignore-style rule.
#[derive(Clone, Debug)]
struct Rule {
    re: Regex,
    negate: bool,
    dir_only: bool,
}

impl Rule {
    /// Parses a line; `None` for blanks and comments.
    fn parse(line: &str, icase: bool) -> Option<Rule> {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut line = line.trim_end_matches(' ');
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        let negate = line.starts_with('!');
        if negate {
            line = &line[1..];
        }
        if let Some(rest) = line.strip_prefix("\\") {
            line = rest;
        }
        let dir_only = line.ends_with('/');
        let line = line.trim_end_matches('/');
        if line.is_empty() {
            return None;
        }
        let anchored = line.contains('/') && !line.starts_with("**/");
        let body = glob_body(line.trim_start_matches('/'));
        let pat = if anchored {
            format!("^{body}$")
        } else {
            format!("^(?:.*/)?{body}$")
        };
        let re = regex::RegexBuilder::new(&pat)
            .case_insensitive(icase)
            .build()
            .ok()?;
        Some(Rule {
            re,
            negate,
            dir_only,
        })
    }
}

/// The rules of one ignore file (or of the `-g` globs), relative to a directory.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

/// What a rule set says about a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// No rule matched.
    None,
    /// Skip it.
    Ignore,
    /// Keep it (a `!` rule, or a `-g` glob).
    Keep,
}

impl RuleSet {
    /// Parses the text of an ignore file.
    pub fn parse(text: &str) -> RuleSet {
        RuleSet {
            rules: text.lines().filter_map(|l| Rule::parse(l, false)).collect(),
        }
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The verdict of the last matching rule for `rel` (relative to the set's directory).
    pub fn verdict(&self, rel: &str, is_dir: bool) -> Verdict {
        last_verdict(&self.rules, rel, is_dir)
    }
}

/// The last rule that matches `rel` decides: `!` rules keep, others ignore.
fn last_verdict(rules: &[Rule], rel: &str, is_dir: bool) -> Verdict {
    match rules
        .iter()
        .rev()
        .find(|r| (is_dir || !r.dir_only) && r.re.is_match(rel))
    {
        Some(r) if r.negate => Verdict::Keep,
        Some(_) => Verdict::Ignore,
        None => Verdict::None,
    }
}

/// rg's `-g`/`--iglob` overrides: a plain glob whitelists, `!glob` ignores.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    rules: Vec<Rule>,
    any_whitelist: bool,
}

impl Overrides {
    /// Adds a `-g` (or `--iglob` when `icase`) glob.
    pub fn add(&mut self, glob: &str, icase: bool) {
        // Overrides invert gitignore's sense: `glob` keeps, `!glob` skips.
        let flipped = match glob.strip_prefix('!') {
            Some(rest) => rest.to_string(),
            None => format!("!{glob}"),
        };
        if let Some(r) = Rule::parse(&flipped, icase) {
            if r.negate {
                self.any_whitelist = true;
            }
            self.rules.push(r);
        }
    }

    /// True when no glob was given.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The verdict for `rel` (relative to the search root).
    pub fn verdict(&self, rel: &str, is_dir: bool) -> Verdict {
        let v = last_verdict(&self.rules, rel, is_dir);
        if v != Verdict::None {
            v
        } else if self.any_whitelist && !is_dir {
            Verdict::Ignore
        } else {
            Verdict::None
        }
    }
}

/// `-t`/`-T` selections.
#[derive(Clone, Debug, Default)]
pub struct Types {
    select: Vec<Regex>,
    negate: Vec<Regex>,
}

fn type_regexes(name: &str) -> Option<Vec<Regex>> {
    let globs = type_globs(name)?;
    Some(
        globs
            .iter()
            .filter_map(|g| Regex::new(&format!("^{}$", glob_body(g))).ok())
            .collect(),
    )
}

impl Types {
    /// Adds `-t NAME` (or `-T NAME` when `negate`); false for an unknown type.
    pub fn add(&mut self, name: &str, negate: bool) -> bool {
        let Some(res) = type_regexes(name) else {
            return false;
        };
        if negate {
            self.negate.extend(res);
        } else {
            self.select.extend(res);
        }
        true
    }

    /// Whether a file called `base` passes the type filters.
    pub fn allows(&self, base: &str) -> bool {
        if self.negate.iter().any(|r| r.is_match(base)) {
            return false;
        }
        self.select.is_empty() || self.select.iter().any(|r| r.is_match(base))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gitignore_rules() {
        let set = RuleSet::parse("target\n*.log\n!keep.log\n/top.txt\nbuild/\ndocs/**/x\n# c\n");
        let v = |p: &str, d: bool| set.verdict(p, d);
        assert_eq!(v("target", true), Verdict::Ignore);
        assert_eq!(v("a/target", false), Verdict::Ignore);
        assert_eq!(v("a/b.log", false), Verdict::Ignore);
        assert_eq!(v("a/keep.log", false), Verdict::Keep);
        assert_eq!(v("top.txt", false), Verdict::Ignore);
        assert_eq!(v("a/top.txt", false), Verdict::None);
        assert_eq!(v("build", false), Verdict::None);
        assert_eq!(v("x/build", true), Verdict::Ignore);
        assert_eq!(v("docs/x", false), Verdict::Ignore);
        assert_eq!(v("docs/a/b/x", false), Verdict::Ignore);
        let mut o = Overrides::default();
        o.add("*.md", false);
        o.add("!skip.md", false);
        assert_eq!(o.verdict("a/b.md", false), Verdict::Keep);
        assert_eq!(o.verdict("a/skip.md", false), Verdict::Ignore);
        assert_eq!(o.verdict("a/b.rs", false), Verdict::Ignore);
        assert_eq!(o.verdict("a", true), Verdict::None);
        let mut t = Types::default();
        assert!(t.add("rust", false));
        assert!(t.allows("main.rs") && !t.allows("main.py"));
        assert!(!t.add("nope", false));
    }
}

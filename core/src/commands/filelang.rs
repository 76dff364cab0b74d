//! `file`'s guesses at the language of a text file (file 5.44's soft magic, the common
//! rules only): C, C++, Java, Python, JavaScript, PHP and makefiles. Each rule is a
//! multi-line regex (or a pair that must both match), tried in order on the text.

use regex::Regex;

/// One language rule: every pattern must match somewhere in the text.
struct Rule {
    all: &'static [&'static str],
    /// The description, before file's `, ASCII text` (e.g. `C source`).
    desc: &'static str,
    mime: &'static str,
    /// Python's rules say `executable` after the encoding.
    executable: bool,
}

const fn rule(all: &'static [&'static str], desc: &'static str, mime: &'static str) -> Rule {
    Rule {
        all,
        desc,
        mime,
        executable: false,
    }
}

const fn python(all: &'static [&'static str]) -> Rule {
    Rule {
        all,
        desc: "Python script",
        mime: "text/x-script.python",
        executable: true,
    }
}

const JS: &str = "application/javascript";
const CPP: &str = "text/x-c++";
const C: &str = "text/x-c";

const RULES: &[Rule] = &[
    rule(&[r"<\?php"], "PHP script", "text/x-php"),
    rule(
        &[r"(?m)^(const|var|let).*=.*require\("],
        "JavaScript source",
        JS,
    ),
    rule(
        &[r"(?m)^export (function|class|default|const|var|let|async) "],
        "JavaScript source",
        JS,
    ),
    rule(&[r"(?m)^(import|export).* from "], "JavaScript source", JS),
    rule(&[r#"module(\.|\[["'])exports.*="#], "JavaScript source", JS),
    rule(&[r#""use strict"|'use strict'"#], "JavaScript source", JS),
    rule(&[r#"(?m)^require\(["']"#], "JavaScript source", JS),
    rule(
        &[r"(?m)^using[[:space:]]+(namespace )?std(::)?[[:alpha:]]*[[:space:]]*;"],
        "C++ source",
        CPP,
    ),
    rule(
        &[r"(?m)^namespace[[:space:]]+[_[:alpha:]]{1,30}[[:space:]]*\{"],
        "C++ source",
        CPP,
    ),
    rule(
        &[r"(?m)^[[:space:]]*(public|private|protected):"],
        "C++ source",
        CPP,
    ),
    rule(
        &[r"(?m)^[[:space:]]*template[[:space:]]*<.*>[[:space:]]*$"],
        "C++ source",
        CPP,
    ),
    rule(&[r"(?m)^import java"], "Java source", "text/x-java"),
    rule(&[r"main\(", "String"], "Java source", "text/x-java"),
    rule(&[r"(?m)^#[[:space:]]*include"], "C source", C),
    rule(&[r"(?m)^#[[:space:]]*pragma"], "C source", C),
    rule(
        &[
            r"(?m)^#[[:space:]]*(if|ifn)def",
            r"(?m)^#[[:space:]]*endif$",
        ],
        "C source",
        C,
    ),
    rule(
        &[r"(?m)^[[:space:]]*char( \*|\*)(.+)(=.*)?;[[:space:]]*$"],
        "C source",
        C,
    ),
    rule(&[r"(?m)^(struct|union|extern)[[:space:]]+"], "C source", C),
    rule(&[r"main\(", r"\)[[:space:]]*\{"], "C source", C),
    python(&[r"(?m)^from[ \t]+([A-Za-z0-9_]|\.)+[ \t]+import.*$"]),
    python(&[r"(?m)^class [_[:alpha:]]+(\(.*\))?( )*:([ \t]+pass)?$"]),
    python(&[r"(?m)^[[:space:]]{0,50}def {1,50}[_a-zA-Z]{1,100}\(([[:alpha:]*_, ]){0,255}\):$"]),
    python(&["if __name__", r#"'__main__'|"__main__""#]),
    python(&["try:", r"(?m)^[[:space:]]*except.*:$"]),
    python(&["def __init__", "self"]),
    rule(
        &[r"(?m)^(CFLAGS|VPATH|LDFLAGS|all:|\.PRECIOUS)"],
        "makefile script",
        "text/x-makefile",
    ),
];

/// file's `is_csv`: up to 10 lines with the same number of commas (quoted commas do
/// not count), at least one, and more than two lines.
pub fn is_csv(d: &[u8]) -> bool {
    let (mut nf, mut tf, mut nl) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while let Some(&c) = d.get(i) {
        i += 1;
        match c {
            b'"' => {
                // Up to the closing quote; `""` is an escaped quote.
                let mut quote = false;
                while let Some(&q) = d.get(i) {
                    if q != b'"' {
                        if quote {
                            break;
                        }
                        i += 1;
                        continue;
                    }
                    i += 1;
                    quote = !quote;
                }
            }
            b',' => nf += 1,
            b'\n' => {
                nl += 1;
                if nl == 10 {
                    return tf != 0 && tf == nf;
                }
                if tf == 0 {
                    if nf == 0 {
                        return false;
                    }
                    tf = nf;
                } else if tf != nf {
                    return false;
                }
                nf = 0;
            }
            _ => {}
        }
    }
    tf != 0 && nl > 2
}

/// The language of `text`: `(description, mime, executable)`.
pub fn guess(text: &str) -> Option<(&'static str, &'static str, bool)> {
    let head = text.get(..text.len().min(65536)).unwrap_or(text);
    RULES
        .iter()
        .find(|r| {
            r.all
                .iter()
                .all(|p| Regex::new(p).is_ok_and(|re| re.is_match(head)))
        })
        .map(|r| (r.desc, r.mime, r.executable))
}

#[cfg(test)]
mod tests {
    use super::guess;

    #[test]
    fn languages_like_file_5_44() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "#include <stdio.h>\nint main(void) { return 0; }\n",
                Some("C source"),
            ),
            ("fn main() {}\n", Some("C source")),
            ("int x;\n", None),
            ("def f():\n    return 1\n", Some("Python script")),
            ("import os\n", None),
            ("const x = require(\"y\");\n", Some("JavaScript source")),
            ("all:\n\techo hi\n", Some("makefile script")),
            ("<?php echo 1;\n", Some("PHP script")),
            ("import java.util.*;\n", Some("Java source")),
        ];
        for (text, want) in cases {
            assert_eq!(guess(text).map(|g| g.0), *want, "{text:?}");
        }
    }

    #[test]
    fn csv_like_file_5_44() {
        use super::is_csv;
        assert!(is_csv(b"a,b\n1,2\n3,4\n"));
        assert!(is_csv(b"\"x,y\",b\n1,2\n3,4\n"));
        assert!(!is_csv(b"a,b\n1,2\n"));
        assert!(!is_csv(b"a,b\n1,2\n3,4"));
        assert!(!is_csv(b"a,b\n\n1,2\n3,4\n"));
        assert!(!is_csv(b"a,b\n1,2,3\n3,4\n"));
    }
}

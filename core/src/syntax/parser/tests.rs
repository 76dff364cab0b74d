//! Parser tests: grammar coverage, AST shapes, bash's error messages, and a
//! no-panic fuzz loop.

use super::super::ast::*;
use super::{parse, parse_assignment_word};

/// Every input that bash 5.2 accepts (checked with `bash -n`).
const OK: &[&str] = &[
    "",
    "for 1x in a; do :; done",
    "for a-b; do :; done",
    "[[ a.c == !(*.txt) ]]",
    "[[ a != !(b|c)x && a = !(d) ]]",
    "cat <<EOF\nno delimiter",
    "x=$(cat <<EOF)\nbody\nEOF\necho \"$x\"",
    "\n\n# only a comment\n",
    "echo hi",
    "echo if then fi",
    "FOO=bar cmd",
    "a[1]=x",
    "a[1 + 1]=x",
    "a+=(x y)",
    "a=([k]=v [k2]=v2)",
    "a=(\n 1 # c\n 2\n)",
    "x= y=1",
    "declare -a x=(1 2)",
    "local a=1 b",
    "export A=~/x",
    "! true",
    "! ! true",
    "a | b |& c",
    "a && b || c; d & e\nf",
    "a &&\n b ||\n c",
    "a |\n b",
    "echo a#b # comment",
    "echo a \\\n b",
    "cat < in > out >> app >| clob <> rw 2> err 2>&1 &> all &>> allapp >&2 >& file 3>f 0<&3 3>&- {fd}>file",
    "cat <<EOF\nhello $x\nEOF",
    "cat <<'EOF'\nhello $x\nEOF",
    "cat <<\"EOF\"\nhello\nEOF",
    "cat <<\\EOF\nhello\nEOF",
    "cat <<-EOF\n\thello\n\tEOF",
    "cat <<A <<B\na\nA\nb\nB",
    "x=$(cat <<EOF\nin\nEOF\n)",
    "cat <<< \"$x\"",
    "cat <<EOF",
    "if a; then b; elif c; then d; else e; fi",
    "for x in a b; do echo $x; done",
    "for x; do :; done",
    "for x do :; done",
    "for x\nin a\ndo :; done",
    "for ((i=0;i<3;i++)); do :; done",
    "for ((;;)) do :; done",
    "for x in a b; { echo $x; }",
    "while a; do b; done",
    "until a; do b; done",
    "case $x in a) echo;; (b|c) echo;& d) ;;& *) esac",
    "case x in esac",
    "case x in\n a)\n ;;\nesac",
    "case x in a) echo x; esac",
    "f() { echo; }",
    "function f { echo; }",
    "function f() { echo; }",
    "f() ( echo )",
    "f() { :; } > out 2>&1",
    "f ()\n{\n :\n}",
    "( a; b )",
    "{ a; b; }",
    "((x = 1 + 2))",
    "((echo hi) )",
    "[[ -f x && ! -d y || ( a == b ) ]]",
    "[[ a =~ ^(a|b)+$ ]]",
    "[[ ab =~ (a b) ]]",
    "[[ a < b && c > d ]]",
    "[[ a -eq 1 && b -nt c ]]",
    "[[ a == @(a|b) ]]",
    "[[\n a\n ]]",
    "echo {a,b} a{b,c}d *.txt }",
    "echo \\x 'a b' $'\\n' \"a $b ${c} $(d) `e` \\$ \\\\\"",
    "echo $name $1 ${10} $@ $* $# $? $- $$ $! $0",
    "echo ${#v} ${v:-w} ${v-w} ${v:=w} ${v=w} ${v:?m} ${v?m} ${v:+w} ${v+w}",
    "echo ${v%p} ${v%%p} ${v#p} ${v##p} ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r} ${v/p}",
    "echo ${v:off} ${v:off:len} ${v: -1} ${v^} ${v^^} ${v,} ${v,,} ${v^^[ab]}",
    "echo ${!v} ${!pre*} ${!pre@} ${!a[@]} ${a[@]} ${a[*]} ${a[i+1]} ${#a[@]}",
    "echo ${a[@]:1:2} ${a[@]/x/y} ${v@Q} ${v@U} ${x:}",
    "echo ${x:-\"a b\"} ${x:-${y:-$(z)}} \"${x:-'q'}\"",
    "echo $(case a in a) echo x;; esac)",
    "echo $( (a) ) $((1 + $x)) $[1+2] $((echo a); (echo b))",
    "echo `echo \\`echo hi\\``",
    "diff <(a) >(b) a<(c)",
    "echo ~ ~/x ~user a=~ b=x:~",
    "echo $ a$ \"$\"",
    "echo $\"hi\"",
    "time echo hi",
];

/// `(input, bash's first error line, bash's line number)`, checked with bash 5.2.
const ERRORS: &[(&str, &str, u32)] = &[
    (
        "if true; then echo; fi fi",
        "syntax error near unexpected token `fi'",
        1,
    ),
    ("echo >", "syntax error near unexpected token `newline'", 1),
    ("if true", "syntax error: unexpected end of file", 2),
    (
        "echo \"abc",
        "unexpected EOF while looking for matching `\"'",
        1,
    ),
    (
        "echo 'abc",
        "unexpected EOF while looking for matching `''",
        1,
    ),
    (
        "echo $(",
        "unexpected EOF while looking for matching `)'",
        2,
    ),
    (
        "echo ${",
        "unexpected EOF while looking for matching `}'",
        1,
    ),
    (
        "echo `abc",
        "unexpected EOF while looking for matching ``'",
        1,
    ),
    (")", "syntax error near unexpected token `)'", 1),
    ("a |", "syntax error: unexpected end of file", 2),
    ("a &&", "syntax error: unexpected end of file", 2),
    ("(", "syntax error: unexpected end of file", 2),
    ("{ echo; ", "syntax error: unexpected end of file", 2),
    ("case x in", "syntax error: unexpected end of file", 2),
    ("for", "syntax error near unexpected token `newline'", 1),
    ("for x in a b", "syntax error: unexpected end of file", 2),
    ("f() ", "syntax error: unexpected end of file", 2),
    ("echo hi;;", "syntax error near unexpected token `;;'", 1),
    (
        "echo a\necho b\nfi",
        "syntax error near unexpected token `fi'",
        3,
    ),
    (
        "echo \"a\nb\nc",
        "unexpected EOF while looking for matching `\"'",
        1,
    ),
    (
        "x\necho ${x\n\n",
        "unexpected EOF while looking for matching `}'",
        2,
    ),
    (
        "echo $(\n\n",
        "unexpected EOF while looking for matching `)'",
        3,
    ),
    (
        "[[ a",
        "unexpected token `newline', conditional binary operator expected",
        1,
    ),
    (
        "[[ a == ]]",
        "unexpected argument `]]' to conditional binary operator",
        1,
    ),
    (
        "[[ -f ]]",
        "unexpected argument `]]' to conditional unary operator",
        1,
    ),
    ("[[ ( a ]]", "unexpected token `]]', expected `)'", 1),
    ("[[ a b ]]", "conditional binary operator expected", 1),
    ("[[ a == b", "unexpected EOF while looking for `]]'", 1),
    (
        "[[ a =~ b c ]]",
        "syntax error in conditional expression",
        1,
    ),
    (
        "(( 1 + ",
        "unexpected EOF while looking for matching `)'",
        1,
    ),
    (
        "echo $((1+2",
        "unexpected EOF while looking for matching `)'",
        1,
    ),
    ("x=(1 2", "unexpected EOF while looking for matching `)'", 1),
    ("}", "syntax error near unexpected token `}'", 1),
    ("do", "syntax error near unexpected token `do'", 1),
    (
        "echo a; ; echo",
        "syntax error near unexpected token `;'",
        1,
    ),
    ("&", "syntax error near unexpected token `&'", 1),
    ("a & &", "syntax error near unexpected token `&'", 1),
    (
        "echo <<<",
        "syntax error near unexpected token `newline'",
        1,
    ),
    (
        "echo ${x:-",
        "unexpected EOF while looking for matching `}'",
        1,
    ),
    (
        "case a in a) echo;; b",
        "syntax error near unexpected token `newline'",
        1,
    ),
    ("if; then fi", "syntax error near unexpected token `;'", 1),
    ("if then fi", "syntax error near unexpected token `then'", 1),
    (
        "while do done",
        "syntax error near unexpected token `do'",
        1,
    ),
    (
        "echo $'abc",
        "unexpected EOF while looking for matching `''",
        1,
    ),
    ("a=b (x)", "syntax error near unexpected token `('", 1),
    ("echo a (x)", "syntax error near unexpected token `('", 1),
    (
        "f() { :; } > ",
        "syntax error near unexpected token `newline'",
        1,
    ),
    ("|", "syntax error near unexpected token `|'", 1),
    ("a | | b", "syntax error near unexpected token `|'", 1),
    ("f() echo", "syntax error near unexpected token `echo'", 1),
    (
        "function f echo",
        "syntax error near unexpected token `echo'",
        1,
    ),
    (
        "function",
        "syntax error near unexpected token `newline'",
        1,
    ),
    ("{ echo a }", "syntax error: unexpected end of file", 2),
    (
        "echo a >&",
        "syntax error near unexpected token `newline'",
        1,
    ),
    (
        "for ((;;",
        "unexpected EOF while looking for matching `)'",
        1,
    ),
    (
        "if true; then\n  echo\nfi fi\n",
        "syntax error near unexpected token `fi'",
        3,
    ),
    (
        "echo a \\\n fi; fi",
        "syntax error near unexpected token `fi'",
        2,
    ),
    ("then", "syntax error near unexpected token `then'", 1),
    ("else", "syntax error near unexpected token `else'", 1),
    ("esac", "syntax error near unexpected token `esac'", 1),
    ("done", "syntax error near unexpected token `done'", 1),
    ("{ }", "syntax error near unexpected token `}'", 1),
    ("( )", "syntax error near unexpected token `)'", 1),
    (
        "if true; then fi",
        "syntax error near unexpected token `fi'",
        1,
    ),
    (
        "for x in a; do done",
        "syntax error near unexpected token `done'",
        1,
    ),
    (
        "case a in a) echo;; esac esac",
        "syntax error near unexpected token `esac'",
        1,
    ),
    (
        "echo ${a b",
        "unexpected EOF while looking for matching `}'",
        1,
    ),
    ("echo $(fi)", "syntax error near unexpected token `fi'", 1),
    (
        "while true; do echo; done done",
        "syntax error near unexpected token `done'",
        1,
    ),
    ("a && || b", "syntax error near unexpected token `||'", 1),
    ("echo; ;;", "syntax error near unexpected token `;;'", 1),
    (
        "x=(a\nb",
        "unexpected EOF while looking for matching `)'",
        1,
    ),
];

#[test]
fn accepts_what_bash_accepts() {
    for src in OK {
        if let Err(e) = parse(src) {
            panic!("{src:?} failed: {e:?}");
        }
    }
}

#[test]
fn errors_match_bash() {
    let mut bad = Vec::new();
    for (src, message, line) in ERRORS {
        match parse(src) {
            Ok(_) => bad.push(format!("{src:?}: parsed, want {message:?}")),
            Err(e) if e.message != *message || e.line != *line => bad.push(format!(
                "{src:?}: got {:?} line {}, want {message:?} line {line}",
                e.message, e.line
            )),
            Err(_) => {}
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn simple(src: &str) -> SimpleCommand {
    let script = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match script
        .body
        .items
        .into_iter()
        .next()
        .map(|i| i.and_or.first.commands)
    {
        Some(mut cmds) => match cmds.remove(0) {
            Command::Simple(s) => s,
            other => panic!("not simple: {other:?}"),
        },
        None => panic!("empty"),
    }
}

fn compound(src: &str) -> CompoundCommand {
    let script = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match script
        .body
        .items
        .into_iter()
        .next()
        .map(|i| i.and_or.first.commands)
    {
        Some(mut cmds) => match cmds.remove(0) {
            Command::Compound(c, _, _) => *c,
            other => panic!("not compound: {other:?}"),
        },
        None => panic!("empty"),
    }
}

fn words(src: &str) -> Vec<Vec<WordPart>> {
    simple(src).words.into_iter().map(|w| w.parts).collect()
}

fn lit(s: &str) -> WordPart {
    WordPart::Literal(s.to_string())
}

fn var(name: &str) -> WordPart {
    param(ParamName::Var(name.to_string()), None)
}

fn param(name: ParamName, op: Option<ParamOp>) -> WordPart {
    WordPart::Param(Box::new(ParamExpr {
        name,
        subscript: None,
        indirect: false,
        op,
    }))
}

fn w(parts: Vec<WordPart>) -> Word {
    Word {
        parts,
        span: Span::default(),
    }
}

/// Clears spans so that shapes can be compared.
fn strip(parts: &mut [WordPart]) {
    for p in parts {
        match p {
            WordPart::DoubleQuoted(inner) => strip(inner),
            WordPart::ArithSub(word) => {
                word.span = Span::default();
                strip(&mut word.parts);
            }
            WordPart::Param(pe) => match &mut pe.op {
                Some(
                    ParamOp::Default { word, .. }
                    | ParamOp::Assign { word, .. }
                    | ParamOp::Error { word, .. }
                    | ParamOp::Alternative { word, .. }
                    | ParamOp::RemovePrefix { pattern: word, .. }
                    | ParamOp::RemoveSuffix { pattern: word, .. },
                ) => {
                    word.span = Span::default();
                    strip(&mut word.parts);
                }
                Some(ParamOp::Replace {
                    pattern,
                    replacement,
                    ..
                }) => {
                    pattern.span = Span::default();
                    strip(&mut pattern.parts);
                    if let Some(r) = replacement {
                        r.span = Span::default();
                        strip(&mut r.parts);
                    }
                }
                Some(ParamOp::Case {
                    pattern: Some(word),
                    ..
                }) => word.span = Span::default(),
                Some(ParamOp::Substring { offset, length }) => {
                    offset.span = Span::default();
                    if let Some(l) = length {
                        l.span = Span::default();
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
}

fn word_parts(src: &str) -> Vec<WordPart> {
    let mut ws = words(src);
    let mut parts = ws.pop().unwrap_or_default();
    strip(&mut parts);
    parts
}

#[test]
fn word_shapes() {
    use WordPart::*;
    let cases: Vec<(&str, Vec<WordPart>)> = vec![
        ("echo {a,b}", vec![lit("{a,b}")]),
        ("echo a{b,c}d", vec![lit("a{b,c}d")]),
        ("echo a\\ b", vec![lit("a"), Escaped(' '), lit("b")]),
        ("echo 'x y'z", vec![SingleQuoted("x y".into()), lit("z")]),
        (
            "echo $'a\\n\\t\\x41\\u00e9\\101\\cA\\e'",
            vec![AnsiC("a\n\tAé\u{41}\u{1}\u{1b}".into())],
        ),
        (
            "echo \"a $b \\$ \\x\"",
            vec![DoubleQuoted(vec![lit("a "), var("b"), lit(" $ \\x")])],
        ),
        (
            "echo $a$1",
            vec![var("a"), param(ParamName::Positional(1), None)],
        ),
        ("echo ${10}", vec![param(ParamName::Positional(10), None)]),
        (
            "echo ${%}",
            vec![BadSubstitution {
                text: "${%}".into(),
                fatal: false,
            }],
        ),
        (
            "echo ${a \"}\" ${b}}x",
            vec![
                BadSubstitution {
                    text: "${a \"}\" ${b}}".into(),
                    fatal: false,
                },
                lit("x"),
            ],
        ),
        (
            "echo \"${x!!}\"",
            vec![DoubleQuoted(vec![BadSubstitution {
                text: "${x!!}".into(),
                fatal: false,
            }])],
        ),
        (
            "echo ${v@Z}",
            vec![BadSubstitution {
                text: "${v@Z}".into(),
                fatal: true,
            }],
        ),
        ("echo $?", vec![param(ParamName::Special('?'), None)]),
        ("echo $", vec![lit("$")]),
        ("echo a$", vec![lit("a$")]),
        ("echo ~", vec![Tilde(String::new())]),
        ("echo ~/x", vec![Tilde(String::new()), lit("/x")]),
        ("echo ~bob/x", vec![Tilde("bob".into()), lit("/x")]),
        ("echo a~", vec![lit("a~")]),
        (
            "echo a=~/x",
            vec![lit("a="), Tilde(String::new()), lit("/x")],
        ),
        (
            "echo a=x:~:~/b",
            vec![
                lit("a=x:"),
                Tilde(String::new()),
                lit(":"),
                Tilde(String::new()),
                lit("/b"),
            ],
        ),
        ("echo --x=~", vec![lit("--x=~")]),
        ("echo a:~", vec![lit("a:~")]),
        (
            "echo ${#v}",
            vec![param(ParamName::Var("v".into()), Some(ParamOp::Length))],
        ),
        ("echo ${#}", vec![param(ParamName::Special('#'), None)]),
        (
            "echo ${v:-a b}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Default {
                    colon: true,
                    word: w(vec![lit("a b")]),
                }),
            )],
        ),
        (
            "echo ${v##*/}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::RemovePrefix {
                    longest: true,
                    pattern: w(vec![lit("*/")]),
                }),
            )],
        ),
        (
            "echo ${v//a\\/b/c/d}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Replace {
                    mode: ReplaceMode::All,
                    pattern: w(vec![lit("a"), Escaped('/'), lit("b")]),
                    replacement: Some(w(vec![lit("c/d")])),
                }),
            )],
        ),
        (
            "echo ${v/%x}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Replace {
                    mode: ReplaceMode::Suffix,
                    pattern: w(vec![lit("x")]),
                    replacement: None,
                }),
            )],
        ),
        (
            "echo ${v: -1:2}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Substring {
                    offset: w(vec![lit(" -1")]),
                    length: Some(w(vec![lit("2")])),
                }),
            )],
        ),
        (
            "echo ${v^^[ab]}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Case {
                    mode: CaseMode::Upper,
                    all: true,
                    pattern: Some(w(vec![lit("[ab]")])),
                }),
            )],
        ),
        (
            "echo ${v@Q}",
            vec![param(
                ParamName::Var("v".into()),
                Some(ParamOp::Transform('Q')),
            )],
        ),
        (
            "echo $((1 + $x))",
            vec![ArithSub(Box::new(w(vec![lit("1 + "), var("x")])))],
        ),
        ("echo $[1+2]", vec![ArithSub(Box::new(w(vec![lit("1+2")])))]),
        (
            "echo \"${x:-'q'}\"",
            vec![DoubleQuoted(vec![param(
                ParamName::Var("x".into()),
                Some(ParamOp::Default {
                    colon: true,
                    word: w(vec![lit("'q'")]),
                }),
            )])],
        ),
    ];
    for (src, want) in cases {
        assert_eq!(word_parts(src), want, "{src}");
    }
}

#[test]
fn param_subscripts_and_keys() {
    let get = |src: &str| match word_parts(src).pop() {
        Some(WordPart::Param(p)) => *p,
        other => panic!("{src}: {other:?}"),
    };
    let p = get("echo ${!a[@]}");
    assert!(p.indirect);
    assert_eq!(p.subscript, Some(Subscript::At));
    assert_eq!(p.op, Some(ParamOp::Keys('@')));
    let p = get("echo ${!pre*}");
    assert_eq!(p.op, Some(ParamOp::Keys('*')));
    let p = get("echo ${!v}");
    assert!(p.indirect && p.op.is_none());
    let p = get("echo ${#a[@]}");
    assert_eq!(
        (p.subscript, p.op),
        (Some(Subscript::At), Some(ParamOp::Length))
    );
    let p = get("echo ${a[i+1]}");
    assert!(matches!(p.subscript, Some(Subscript::Index(w)) if w.parts == vec![lit("i+1")]));
    let p = get("echo ${a[*]}");
    assert_eq!(p.subscript, Some(Subscript::Star));
}

#[test]
fn command_substitution_shapes() {
    let parts = word_parts("echo $(case a in a) echo x;; esac)");
    assert!(matches!(&parts[..], [WordPart::CommandSub(l)] if l.items.len() == 1));
    let parts = word_parts("echo `echo \\`echo hi\\``");
    assert!(matches!(&parts[..], [WordPart::CommandSub(_)]));
    let parts = word_parts("echo $((echo a); (echo b))");
    assert!(matches!(&parts[..], [WordPart::CommandSub(l)] if l.items.len() == 2));
    let parts = word_parts("cat a<(x)");
    assert!(matches!(
        &parts[..],
        [_, WordPart::ProcessSub { output: false, .. }]
    ));
}

#[test]
fn assignments() {
    let s = simple("A=1 B+=x c[1]=y d=(a [k]=v) cmd arg=1");
    assert_eq!(s.assignments.len(), 4);
    assert_eq!(s.words.len(), 2);
    assert!(s.assignments[1].append);
    assert!(s.assignments[2].index.is_some());
    match &s.assignments[3].value {
        AssignValue::Array(elems) => {
            assert_eq!(elems.len(), 2);
            assert_eq!(
                elems[1].key.as_ref().map(|k| k.parts.clone()),
                Some(vec![lit("k")])
            );
        }
        other => panic!("{other:?}"),
    }
    let s = simple("x=");
    assert!(matches!(&s.assignments[0].value, AssignValue::Scalar(w) if w.parts.is_empty()));
    let s = simple("x=~/a:~/b");
    assert!(matches!(&s.assignments[0].value,
        AssignValue::Scalar(w) if w.parts.iter().filter(|p| matches!(p, WordPart::Tilde(_))).count() == 2));
}

#[test]
fn declaration_arguments() {
    let s = simple("declare -a x=(1 \"2 3\" [k]=$v) y=2 -r z");
    assert_eq!(s.words.len(), 6);
    let a = parse_assignment_word(&s.words[2]).unwrap_or_else(|| panic!("no assignment"));
    assert_eq!(a.name, "x");
    match a.value {
        AssignValue::Array(elems) => {
            assert_eq!(elems.len(), 3);
            assert_eq!(elems[0].value.parts, vec![lit("1")]);
            assert_eq!(
                elems[1].value.parts,
                vec![WordPart::DoubleQuoted(vec![lit("2 3")])]
            );
            assert_eq!(
                elems[2].key.as_ref().map(|k| k.parts.clone()),
                Some(vec![lit("k")])
            );
            assert_eq!(elems[2].value.parts, vec![var("v")]);
        }
        other => panic!("{other:?}"),
    }
    let a = s.words[3]
        .assignment()
        .unwrap_or_else(|| panic!("no assignment"));
    assert_eq!((a.name.as_str(), a.append), ("y", false));
    assert!(matches!(a.value, AssignValue::Scalar(w) if w.parts == vec![lit("2")]));
    assert!(s.words[1].assignment().is_none());
    let s = simple("local a[2]+=x");
    let a = s.words[1]
        .assignment()
        .unwrap_or_else(|| panic!("no assignment"));
    assert!(a.append && a.index.is_some());
    // Not a declaration builtin: `x=(` is a syntax error there, as in bash.
    assert!(parse("echo x=(1)").is_err());
}

#[test]
fn pipelines_and_lists() {
    let script = parse("! a | b |& c && d || e & f").unwrap_or_default();
    assert_eq!(script.body.items.len(), 2);
    let item = &script.body.items[0];
    assert!(item.background);
    assert!(item.and_or.first.bang);
    assert_eq!(item.and_or.first.pipe_stderr, vec![false, true]);
    assert_eq!(item.and_or.rest.len(), 2);
    assert_eq!(item.and_or.rest[1].0, AndOrOp::Or);
    let script = parse("! ! true").unwrap_or_default();
    assert!(!script.body.items[0].and_or.first.bang);
}

#[test]
fn redirections() {
    let s = simple("cat <in 2>&1 >&2 >&f 3>&- {v}>x &>>y 2>>z <&0 <>rw");
    let ops: Vec<_> = s.redirects.iter().map(|r| (r.fd, r.op)).collect();
    assert_eq!(
        ops,
        vec![
            (None, RedirectOp::Read),
            (Some(2), RedirectOp::DupOut),
            (None, RedirectOp::DupOut),
            (None, RedirectOp::WriteAll),
            (Some(3), RedirectOp::DupOut),
            (None, RedirectOp::Write),
            (None, RedirectOp::AppendAll),
            (Some(2), RedirectOp::Append),
            (None, RedirectOp::DupIn),
            (None, RedirectOp::ReadWrite),
        ]
    );
    assert_eq!(s.redirects[5].fd_var.as_deref(), Some("v"));
}

#[test]
fn here_documents() {
    let script =
        parse("cat <<A <<-'B'; echo\nx $y\nA\n\tliteral $z\n\tB\necho after").unwrap_or_default();
    assert_eq!(script.body.items.len(), 3);
    let Command::Simple(s) = &script.body.items[0].and_or.first.commands[0] else {
        panic!("not simple");
    };
    assert_eq!(
        s.redirects[0].target.parts,
        vec![lit("x "), var("y"), lit("\n")]
    );
    assert_eq!(s.redirects[0].op, RedirectOp::HereDoc { strip_tabs: false });
    assert_eq!(
        s.redirects[1].target.parts,
        vec![WordPart::SingleQuoted("literal $z\n".into())]
    );
    let s = simple("x=$(cat <<EOF\nin\nEOF\n)");
    let AssignValue::Scalar(v) = &s.assignments[0].value else {
        panic!()
    };
    let [WordPart::CommandSub(list)] = &v.parts[..] else {
        panic!("{v:?}")
    };
    let Command::Simple(inner) = &list.items[0].and_or.first.commands[0] else {
        panic!()
    };
    assert_eq!(inner.redirects[0].target.parts, vec![lit("in\n")]);
    let script = parse("while read l; do :; done <<EOF\na\nEOF").unwrap_or_default();
    let Command::Compound(_, r, _) = &script.body.items[0].and_or.first.commands[0] else {
        panic!("not compound");
    };
    assert_eq!(r[0].target.parts, vec![lit("a\n")]);
}

#[test]
fn compound_shapes() {
    match compound("if a; then b; elif c; then d; else e; fi") {
        CompoundCommand::If {
            branches,
            else_body,
        } => {
            assert_eq!(branches.len(), 2);
            assert!(else_body.is_some());
        }
        other => panic!("{other:?}"),
    }
    match compound("for x; do :; done") {
        CompoundCommand::For { var, words, .. } => assert_eq!((var.as_str(), words), ("x", None)),
        other => panic!("{other:?}"),
    }
    match compound("for ((i=0; i<$n; i++)); do :; done") {
        CompoundCommand::ArithFor {
            init, cond, step, ..
        } => {
            assert_eq!(init.parts, vec![lit("i=0")]);
            assert_eq!(cond.parts, vec![lit(" i<"), var("n")]);
            assert_eq!(step.parts, vec![lit(" i++")]);
        }
        other => panic!("{other:?}"),
    }
    match compound("case $x in (a|b) x;; c) ;& d) ;;& e) y\nesac") {
        CompoundCommand::Case { arms, .. } => {
            let t: Vec<_> = arms.iter().map(|a| a.terminator).collect();
            assert_eq!(
                t,
                vec![
                    CaseTerminator::Break,
                    CaseTerminator::FallThrough,
                    CaseTerminator::Continue,
                    CaseTerminator::Break
                ]
            );
            assert_eq!(arms[0].patterns.len(), 2);
            assert!(arms[1].body.items.is_empty());
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(compound("((x++))"), CompoundCommand::Arith(w) if w.parts == vec![lit("x++")])
    );
    assert!(matches!(compound("((a) )"), CompoundCommand::Subshell(_)));
    assert!(matches!(
        compound("until a; do b; done"),
        CompoundCommand::While { until: true, .. }
    ));
    let script = parse("f() ( echo ) > out").unwrap_or_default();
    match &script.body.items[0].and_or.first.commands[0] {
        Command::FunctionDef(def) => {
            assert_eq!(def.name, "f");
            assert!(matches!(&*def.body, Command::Compound(c, r, _)
                if matches!(**c, CompoundCommand::Subshell(_)) && r.len() == 1));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn conditional_shapes() {
    let c = |src: &str| match compound(src) {
        CompoundCommand::Cond(e) => e,
        other => panic!("{other:?}"),
    };
    assert!(matches!(c("[[ -f x ]]"), CondExpr::Unary(op, _) if op == "f"));
    assert!(matches!(c("[[ x ]]"), CondExpr::Word(_)));
    assert!(
        matches!(c("[[ ! a && b || c ]]"), CondExpr::Or(l, _) if matches!(*l, CondExpr::And(..)))
    );
    match c("[[ ab =~ ^(a|b)+$ ]]") {
        CondExpr::Binary(_, op, re) => {
            assert_eq!(op, "=~");
            assert_eq!(
                re.parts,
                vec![lit("^(a|b)+"), lit("$")]
                    .into_iter()
                    .fold(Vec::new(), |mut v, p| {
                        if let (Some(WordPart::Literal(a)), WordPart::Literal(b)) =
                            (v.last_mut(), &p)
                        {
                            a.push_str(b);
                        } else {
                            v.push(p);
                        }
                        v
                    })
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(c("[[ a < b ]]"), CondExpr::Binary(_, op, _) if op == "<"));
    assert!(matches!(c("[[ $a -lt 3 ]]"), CondExpr::Binary(_, op, _) if op == "-lt"));
}

#[test]
fn spans_and_lines() {
    let s = simple("  echo hi");
    assert_eq!(s.span, Span::new(2, 9));
    assert_eq!(s.words[1].span, Span::new(7, 9));
    let e = parse("echo a\n\n  fi")
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert_eq!(e.line, 3);
    assert_eq!(e.span.start, 10);
}

#[test]
fn nesting_is_bounded() {
    for src in [
        "(".repeat(5000),
        "$(".repeat(5000),
        "${x:-".repeat(5000),
        "[[ ".to_string() + &"( ".repeat(5000),
        "\"$(".repeat(3000),
        "echo $((".to_string() + &"(".repeat(5000),
        "{ ".repeat(5000),
        "if ".repeat(5000),
    ] {
        assert!(parse(&src).is_err());
    }
}

/// A tiny xorshift generator: no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn never_panics() {
    const ATOMS: &[&str] = &[
        " ", "\n", "\t", ";", ";;", "&", "&&", "|", "||", "(", ")", "{", "}", "<", ">", ">>", "<<",
        "<<-", "<<<", "2>&1", "'", "\"", "`", "$", "${", "$(", "$((", "))", "]]", "[[", "\\", "#",
        "~", "=", "+=", "[", "]", "x", "a=", "EOF", "if", "then", "fi", "for", "in", "do", "done",
        "case", "esac", ")", "while", "!", "-f", "=~", ":-", "%", "/", "@", "é", "\u{0}", "$'",
        "\\n", "*", "function", "{a,b}", "1", "elif", "else",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let seeds: Vec<&str> = OK
        .iter()
        .chain(ERRORS.iter().map(|e| &e.0))
        .copied()
        .collect();
    for _ in 0..6000 {
        let mut src = String::new();
        if rng.below(2) == 0 {
            for _ in 0..rng.below(30) {
                src.push_str(ATOMS[rng.below(ATOMS.len())]);
            }
        } else {
            let seed = seeds[rng.below(seeds.len())];
            let chars: Vec<char> = seed.chars().collect();
            let cut = rng.below(chars.len() + 1);
            src.extend(&chars[..cut]);
            src.push_str(ATOMS[rng.below(ATOMS.len())]);
            src.extend(&chars[cut..]);
            if rng.below(3) == 0 {
                src.truncate(
                    (0..=rng.below(src.len() + 1).min(src.len()))
                        .rev()
                        .find(|i| src.is_char_boundary(*i))
                        .unwrap_or(0),
                );
            }
        }
        let _ = parse(&src);
    }
    // Arbitrary bytes, lossily decoded.
    for _ in 0..3000 {
        let bytes: Vec<u8> = (0..rng.below(40)).map(|_| rng.next() as u8).collect();
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
#[ignore = "manual: compares with a corpus file"]
fn corpus() {
    let Ok(path) = std::env::var("MIRAGE_PARSE_CORPUS") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for (i, case) in text.split('\u{1e}').enumerate() {
        match parse(case) {
            Ok(_) => println!("#{i} OK"),
            Err(e) => println!("#{i} ERR line {}: {}", e.line, e.message),
        }
    }
}

#[test]
#[ignore = "manual: timing"]
fn timing() {
    let start = std::time::Instant::now();
    let n = 200_000;
    for _ in 0..n {
        std::hint::black_box(parse(std::hint::black_box("echo hi")).is_ok());
    }
    println!("echo hi: {:?} per parse", start.elapsed() / n);
    let big = OK.join("\n");
    let start = std::time::Instant::now();
    for _ in 0..200 {
        std::hint::black_box(parse(std::hint::black_box(&big)).is_ok());
    }
    println!("{} bytes: {:?} per parse", big.len(), start.elapsed() / 200);
}

#[test]
fn here_document_warnings_and_time() {
    let script = parse("echo start\ncat <<EOF\nbody\n").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        script.warnings,
        vec![(
            3,
            "warning: here-document at line 2 delimited by end-of-file (wanted `EOF')".to_string()
        )]
    );
    let script = parse("time -p ! true | cat").unwrap_or_else(|e| panic!("{e:?}"));
    let p = &script.body.items[0].and_or.first;
    assert_eq!(
        (p.time, p.bang, p.commands.len()),
        (Some(TimeFormat::Posix), true, 2)
    );
    let script = parse("for 1x in a; do :; done").unwrap_or_else(|e| panic!("{e:?}"));
    assert!(matches!(
        &script.body.items[0].and_or.first.commands[0],
        Command::Compound(c, _, _) if matches!(c.as_ref(), CompoundCommand::For { var, .. } if var == "1x")
    ));
}

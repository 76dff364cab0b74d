//! Printer tests: bash 5.2's `declare -f` output, hard-coded after checking it.

use super::super::ast::{Command, FunctionDef, List};
use super::super::parse;
use super::function_definition;

/// Every function defined at the top level of `list`, in order.
fn functions(list: &List) -> Vec<&FunctionDef> {
    let mut out = Vec::new();
    for item in &list.items {
        let and_or = &item.and_or;
        for p in std::iter::once(&and_or.first).chain(and_or.rest.iter().map(|(_, p)| p)) {
            for c in &p.commands {
                if let Command::FunctionDef(f) = c {
                    out.push(f);
                }
            }
        }
    }
    out
}

/// What `declare -f` prints for the functions defined by `src`, sorted by name.
fn declare_f(src: &str) -> String {
    let script = parse(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    let mut fs = functions(&script.body);
    fs.sort_by(|a, b| a.name.cmp(&b.name));
    fs.iter()
        .map(|f| format!("{}\n", function_definition(f)))
        .collect()
}

/// Development aid: `PRINT_CASES=file cargo test -p mirage-core dump -- --ignored`.
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("PRINT_CASES") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::write(format!("{path}.out"), declare_f(&src));
}
/// `(function source, bash 5.2 declare -f output)`.
const CASES: &[(&str, &str)] = &[
    (
        r#"f1() { a; b & c; d && e || f; }
"#,
        r#"f1 () 
{ 
    a;
    b & c;
    d && e || f
}
"#,
    ),
    (
        r#"f2() { if a; b; then c; fi; }
"#,
        r#"f2 () 
{ 
    if a;
    b; then
        c;
    fi
}
"#,
    ),
    (
        r#"f3() { if a; then :; elif b; then c; elif d; then e; fi; }
"#,
        r#"f3 () 
{ 
    if a; then
        :;
    else
        if b; then
            c;
        else
            if d; then
                e;
            fi;
        fi;
    fi
}
"#,
    ),
    (
        r#"f4() { cat >out <<EOF; echo x
body $y
EOF
}
"#,
        r#"f4 () 
{ 
    cat > out <<EOF
body $y
EOF

    echo x
}
"#,
    ),
    (
        r#"f5() { cat <<A <<-B >x
a
A
	b
	B
echo done; }
"#,
        r#"f5 () 
{ 
    cat <<A <<-B > x
a
A
b
B

    echo done
}
"#,
    ),
    (
        r#"f6() { echo a >&2 2>/dev/null &>all &>>app 0<in <>rw >|clob 4<&0 5<&- {fd}>file <<<"here"; }
"#,
        r#"f6 () 
{ 
    echo a 1>&2 2> /dev/null &> all &>> app < in 0<> rw >| clob 4<&0 5>&- {fd}> file <<< "here"
}
"#,
    ),
    (
        r#"f7() { (a; b); (c
d); { e; f; }; }
"#,
        r#"f7 () 
{ 
    ( a;
    b );
    ( c;
    d );
    { 
        e;
        f
    }
}
"#,
    ),
    (
        r#"f8() { ((x=1+2)); (( y )); for ((i=0;i<3;i++)); do :; done; for ((;;)); do break; done; }
"#,
        r#"f8 () 
{ 
    ((x=1+2));
    (( y ));
    for ((i=0; i<3; i++))
    do
        :;
    done;
    for ((1; 1; 1))
    do
        break;
    done
}
"#,
    ),
    (
        r#"f9() { [[ a == b ]]; [[ -n $x ]]; [[ a && b || c ]]; [[ (a || b) && c ]]; [[ ! a ]]; [[ a < b ]]; [[ $x =~ ^a(b)?$ ]]; [[ a == "q" ]]; }
"#,
        r#"f9 () 
{ 
    [[ a == b ]];
    [[ -n $x ]];
    [[ -n a && -n b || -n c ]];
    [[ ( -n a || -n b ) && -n c ]];
    [[ ! -n a ]];
    [[ a < b ]];
    [[ $x =~ ^a(b)?$ ]];
    [[ a == "q" ]]
}
"#,
    ),
    (
        r#"f10() { while true; do break; done; until false; do break; done >out; }
"#,
        r#"f10 () 
{ 
    while true; do
        break;
    done;
    until false; do
        break;
    done > out
}
"#,
    ),
    (
        r#"f11() { case $1 in (a) x;; b|c) y; z;; *) ;; esac; }
"#,
        r#"f11 () 
{ 
    case $1 in 
        a)
            x
        ;;
        b | c)
            y;
            z
        ;;
        *)

        ;;
    esac
}
"#,
    ),
    (
        r#"f12() { echo 'single' "double $x" $'ansi\n' \$esc ${x} ${#x} ${x:-d} ${x//a/b} ${arr[@]} "${arr[*]}" ${!p} $((1+2)) `cmd` $(cmd) <(x) >(y); }
"#,
        r#"f12 () 
{ 
    echo 'single' "double $x" 'ansi
' \$esc ${x} ${#x} ${x:-d} ${x//a/b} ${arr[@]} "${arr[*]}" ${!p} $((1+2)) `cmd` $(cmd) <(x) >(y)
}
"#,
    ),
    (
        r#"f13() { local x=1 y; declare -a arr=(1 2 3); export A=b; x+=1; a[2]=3; }
"#,
        r#"f13 () 
{ 
    local x=1 y;
    declare -a arr=(1 2 3);
    export A=b;
    x+=1;
    a[2]=3
}
"#,
    ),
    (
        r#"f14() { a | b |& c; ! d | e; }
"#,
        r#"f14 () 
{ 
    a | b 2>&1 | c;
    ! d | e
}
"#,
    ),
    (
        r#"f15() { echo "$(for x in a; do echo $x; done)"; }
"#,
        r#"f15 () 
{ 
    echo "$(for x in a;
do
    echo $x;
done)"
}
"#,
    ),
    (
        r#"function f16 { echo kw; }
"#,
        r#"f16 () 
{ 
    echo kw
}
"#,
    ),
    (
        r#"f17() { echo a; } >out 2>&1
"#,
        r#"f17 () 
{ 
    echo a
} > out 2>&1
"#,
    ),
    (
        r#"f18() { if true; then echo a; fi >out; for x in a; do :; done 2>/dev/null; }
"#,
        r#"f18 () 
{ 
    if true; then
        echo a;
    fi > out;
    for x in a;
    do
        :;
    done 2> /dev/null
}
"#,
    ),
    (
        r#"f19() { case x in a) echo a;;
  b)
    echo b
    ;;
esac; }
"#,
        r#"f19 () 
{ 
    case x in 
        a)
            echo a
        ;;
        b)
            echo b
        ;;
    esac
}
"#,
    ),
    (
        r#"f20() { g() { echo inner; }; g; }
"#,
        r#"f20 () 
{ 
    function g () 
    { 
        echo inner
    };
    g
}
"#,
    ),
    (
        r#"f21() { echo $'it\'s' 'a'\''b' "q\"q"; }
"#,
        r#"f21 () 
{ 
    echo 'it'\''s' 'a'\''b' "q\"q"
}
"#,
    ),
    (
        r#"f22() { x=$(echo a; echo b) ; echo "${x}" ; }
"#,
        r#"f22 () 
{ 
    x=$(echo a; echo b);
    echo "${x}"
}
"#,
    ),
    (
        r#"f23() { for x in; do :; done; for y in a b
do :; done; }
"#,
        r#"f23 () 
{ 
    for x in ;
    do
        :;
    done;
    for y in a b;
    do
        :;
    done
}
"#,
    ),
    (
        r#"f24() { echo a # comment
}
"#,
        r#"f24 () 
{ 
    echo a
}
"#,
    ),
    (
        r#"f25() { { a; } && { b; }; }
"#,
        r#"f25 () 
{ 
    { 
        a
    } && { 
        b
    }
}
"#,
    ),
    (
        r#"f26() { [[ $x == !(*.txt) ]]; }
"#,
        r#"f26 () 
{ 
    [[ $x == !(*.txt) ]]
}
"#,
    ),
    (
        r#"f27() { trap 'echo t' EXIT; set -e; }
"#,
        r#"f27 () 
{ 
    trap 'echo t' EXIT;
    set -e
}
"#,
    ),
    (
        r#"f28() { echo a &
}
"#,
        r#"f28 () 
{ 
    echo a &
}
"#,
    ),
    (
        r#"f29() { a &
b &
}
"#,
        r#"f29 () 
{ 
    a & b &
}
"#,
    ),
    (
        r#"f31() { cat <<EOF | wc -l
x
EOF
}
"#,
        r#"f31 () 
{ 
    cat <<EOF |
x
EOF
  wc -l
}
"#,
    ),
    (
        r#"f32() { cat <<EOF && echo yes
x
EOF
}
"#,
        r#"f32 () 
{ 
    cat <<EOF && 
x
EOF
 echo yes
}
"#,
    ),
    (
        r#"f33() { (( x++ )) || true; }
"#,
        r#"f33 () 
{ 
    (( x++ )) || true
}
"#,
    ),
    (
        r#"f34() { while read -r line; do echo "$line"; done < <(ls); }
"#,
        r#"f34 () 
{ 
    while read -r line; do
        echo "$line";
    done < <(ls)
}
"#,
    ),
    (
        r#"f35() { if [[ -f x ]]; then :; else
  echo no
fi; }
"#,
        r#"f35 () 
{ 
    if [[ -f x ]]; then
        :;
    else
        echo no;
    fi
}
"#,
    ),
    (
        r#"f36() ( cd /; ls )
"#,
        r#"f36 () 
{ 
    ( cd /;
    ls )
}
"#,
    ),
    (
        r#"f37() if true; then echo; fi
"#,
        r#"f37 () 
{ 
    if true; then
        echo;
    fi
}
"#,
    ),
    (
        r#"f38() { case "$a" in *.txt|*.md) echo doc;& esac; }
"#,
        r#"f38 () 
{ 
    case "$a" in 
        *.txt | *.md)
            echo doc
        ;&
    esac
}
"#,
    ),
    (
        r#"f39() { echo \"a\" a\\b; }
"#,
        r#"f39 () 
{ 
    echo \"a\" a\\b
}
"#,
    ),
    (
        r#"f40() { x=(a b); y=([k]=v); echo ${x[0]}; }
"#,
        r#"f40 () 
{ 
    x=(a b);
    y=([k]=v);
    echo ${x[0]}
}
"#,
    ),
    (
        r#"f41() { : $((x+1)) $[1+1] ${x:1:2} ${x^^} ${x,} ${x@Q} ${!x[@]} ${!pre*}; }
"#,
        r#"f41 () 
{ 
    : $((x+1)) $[1+1] ${x:1:2} ${x^^} ${x,} ${x@Q} ${!x[@]} ${!pre*}
}
"#,
    ),
    (
        r#"f42() { echo ~ ~/x a=~/b; }
"#,
        r#"f42 () 
{ 
    echo ~ ~/x a=~/b
}
"#,
    ),
    (
        r#"g1() { x=( a   b ); echo <(ls   -l) $( (a) ) "$(echo   "q")" $"loc"; for (( i = 0 ; i < 3 ; i++ )); do :; done; }
"#,
        r#"g1 () 
{ 
    x=(a b);
    echo <(ls -l) $( ( a )) "$(echo "q")" "loc";
    for ((i = 0 ; i < 3 ; i++ ))
    do
        :;
    done
}
"#,
    ),
    (
        r#"g3() { cat <<EOF
x
EOF
}
"#,
        r#"g3 () 
{ 
    cat <<EOF
x
EOF

}
"#,
    ),
    (
        r#"g4() { if x; then cat <<EOF
y
EOF
fi; echo z; }
"#,
        r#"g4 () 
{ 
    if x; then
        cat <<EOF
y
EOF

    fi
    echo z
}
"#,
    ),
    (
        r#"g5() { echo $(cat <<EOF
in
EOF
) ; }
"#,
        r#"g5 () 
{ 
    echo $(cat <<EOF
in
EOF
)
}
"#,
    ),
    (
        r#"function if { :; }
"#,
        r#"function if () 
{ 
    :
}
"#,
    ),
    (
        r#"g6() { echo `echo \`x\``; echo $((1 + $(echo 2))); }
"#,
        r#"g6 () 
{ 
    echo `echo \`x\``;
    echo $((1 + $(echo 2)))
}
"#,
    ),
    (
        r#"h1() { time -p ls; ! time true; time ! false | wc; }
"#,
        r#"h1 () 
{ 
    time -p ls;
    time ! true;
    time ! false | wc
}
"#,
    ),
    (
        r#"h2() { case $x in a) cat <<EOF
in case
EOF
;; esac; }
"#,
        r#"h2 () 
{ 
    case $x in 
        a)
            cat <<EOF
in case
EOF

        ;;
    esac
}
"#,
    ),
    (
        r#"h3() { while read l; do echo "$l"; done <<EOF
a $b
EOF
}
"#,
        r#"h3 () 
{ 
    while read l; do
        echo "$l";
    done <<EOF
a $b
EOF

}
"#,
    ),
    (
        r#"h4() { echo "$(case x in a) echo y;; esac)" "$(if a; then b; fi)"; }
"#,
        r#"h4 () 
{ 
    echo "$(case x in 
    a)
        echo y
    ;;
esac)" "$(if a; then
    b;
fi)"
}
"#,
    ),
    (
        r#"h5() { local -a arr=( "$@" ); echo ${arr[@]:1} "${x#*/}" ${y%%.*} "$(( i + 1 ))"; }
"#,
        r#"h5 () 
{ 
    local -a arr=("$@");
    echo ${arr[@]:1} "${x#*/}" ${y%%.*} "$(( i + 1 ))"
}
"#,
    ),
    (
        r#"h6() { a || { echo fail >&2; return 1; }; }
"#,
        r#"h6 () 
{ 
    a || { 
        echo fail 1>&2;
        return 1
    }
}
"#,
    ),
    (
        r#"h7() { [[ -z "$1" ]] && return; [[ $a =~ ^[0-9]+$ ]] || echo no; }
"#,
        r#"h7 () 
{ 
    [[ -z "$1" ]] && return;
    [[ $a =~ ^[0-9]+$ ]] || echo no
}
"#,
    ),
    (
        r#"h8() { for f in *.txt; do [ -e "$f" ] || continue; mv -- "$f" "${f%.txt}.md"; done; }
"#,
        r#"h8 () 
{ 
    for f in *.txt;
    do
        [ -e "$f" ] || continue;
        mv -- "$f" "${f%.txt}.md";
    done
}
"#,
    ),
    (
        r#"h9() { cat <<'EOF' > /tmp/x
literal $x `y`
EOF
cat /tmp/x; }
"#,
        r#"h9 () 
{ 
    cat <<'EOF' > /tmp/x
literal $x `y`
EOF

    cat /tmp/x
}
"#,
    ),
    (
        r#"h10() { x=1
  y=2
  echo $x$y
}
"#,
        r#"h10 () 
{ 
    x=1;
    y=2;
    echo $x$y
}
"#,
    ),
    (
        r#"h11() { echo a\
b; echo $'\t'"t"; printf '%s\n' "a" 'b'; }
"#,
        r#"h11 () 
{ 
    echo ab;
    echo '	'"t";
    printf '%s\n' "a" 'b'
}
"#,
    ),
    (
        r#"h12() { { a; b; } 2>/dev/null | sort -u; (cd x && make) || exit 1; }
"#,
        r#"h12 () 
{ 
    { 
        a;
        b
    } 2> /dev/null | sort -u;
    ( cd x && make ) || exit 1
}
"#,
    ),
    (
        r#"h13() { echo "${a:-$(echo   def)}" ; }
"#,
        r#"h13 () 
{ 
    echo "${a:-$(echo def)}"
}
"#,
    ),
    (
        r#"h14() { if [ -n "$x" ]; then
    echo a
  elif [ "$y" = 1 ]; then echo b
  else echo c; fi
}
"#,
        r#"h14 () 
{ 
    if [ -n "$x" ]; then
        echo a;
    else
        if [ "$y" = 1 ]; then
            echo b;
        else
            echo c;
        fi;
    fi
}
"#,
    ),
    (
        r#"h15() { cat <<EOF
$(echo   sub)
EOF
}
"#,
        r#"h15 () 
{ 
    cat <<EOF
$(echo   sub)
EOF

}
"#,
    ),
];

#[test]
fn matches_bash() {
    let mut bad = Vec::new();
    for (src, want) in CASES {
        let got = declare_f(src);
        if got != *want {
            bad.push(format!("{src}--- want\n{want}--- got\n{got}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn command_without_source() {
    let script = parse("x=( a b ); echo \"$y\" ${z:-d} $'a\\tb' | wc -l && { a; b & }")
        .unwrap_or_else(|e| panic!("{e:?}"));
    let text: Vec<String> = script
        .body
        .items
        .iter()
        .flat_map(|i| i.and_or.first.commands.iter().map(super::command))
        .collect();
    assert_eq!(text, ["x=(a b)", "echo \"$y\" ${z:-d} 'a\tb'", "wc -l"]);
}

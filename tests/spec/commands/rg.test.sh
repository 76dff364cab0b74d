# rg: ripgrep 13 with stdout not a terminal (no headings, no line numbers unless -n).
# Recursive cases use --sort path: real rg searches in parallel, unordered.

#### search a file
## file: f
apple
banana
## end
rg an f
## stdout: banana

#### no match is status 1
## file: f
apple
## end
rg zzz f; echo "rc $?"
## stdout: rc 1

#### recursive search of the working directory
## file: a.txt
needle
## end
## file: src/main.rs
fn main() { needle }
## end
## file: src/lib.rs
nothing
## end
rg --sort path needle
## STDOUT:
a.txt:needle
src/main.rs:fn main() { needle }
## END

#### explicit directory keeps its prefix
## file: d/a.txt
needle
## end
## file: d/s/b.txt
needle
## end
rg --sort path needle d; rg --sort path needle ./d/
## STDOUT:
d/a.txt:needle
d/s/b.txt:needle
./d/a.txt:needle
./d/s/b.txt:needle
## END

#### dot operand
## file: a.txt
needle
## end
rg --sort path needle .
## stdout: ./a.txt:needle

#### -n line numbers
## file: f
a
needle
## end
rg -n needle f; rg -n --sort path needle
## STDOUT:
2:needle
f:2:needle
## END

#### several files get names
## file: a
needle
## end
## file: b
needle
## end
rg --sort path needle a b
## STDOUT:
a:needle
b:needle
## END

#### stdin
printf 'one\ntwo\n' | rg o; printf 'one\ntwo\n' | rg -n tw
## STDOUT:
one
two
2:two
## END

#### stdin with a file
## file: a
two
## end
printf 'one\ntwo\n' | rg -j1 two - a
## STDOUT:
<stdin>:two
a:two
## END

#### -i and smart case
## file: f
Needle
needle
## end
rg -i NEEDLE f; echo --; rg -S needle f; echo --; rg -S Needle f; echo --; rg -s NEEDLE f; echo "rc $?"
## STDOUT:
Needle
needle
--
Needle
needle
--
Needle
--
rc 1
## END

#### -w and -x
## file: f
need
needle
a need b
## end
rg -w need f; echo --; rg -x need f
## STDOUT:
need
a need b
--
need
## END

#### -F fixed strings
## file: f
a.c
abc
## end
rg -F a.c f
## stdout: a.c

#### regex syntax
## file: f
foo123
bar
## end
rg '\d+' f; rg -o '[a-z]+\d' f
## STDOUT:
foo123
foo1
## END

#### -v invert
## file: f
a
b
c
## end
rg -v b f
## STDOUT:
a
c
## END

#### -c counts and skips zero counts
## file: a
x
x
## end
## file: b
y
## end
rg -c x a; rg --sort path -c x a b; rg -c zzz a; echo "rc $?"
## STDOUT:
2
a:2
rc 1
## END

#### --count-matches
## file: f
aaa
a
## end
rg --count-matches a f
## stdout: 4

#### -l and --files-without-match
## file: a
needle
## end
## file: b
hay
## end
rg --sort path -l needle; rg --sort path --files-without-match needle
## STDOUT:
a
b
## END

#### --files lists what would be searched
## file: a.txt
x
## end
## file: s/b.rs
x
## end
## file: .hidden
x
## end
rg --files --sort path
## STDOUT:
a.txt
s/b.rs
## END

#### -o only matching
## file: f
foo bar foo
## end
rg -o foo f
## STDOUT:
foo
foo
## END

#### context lines
## file: f
1
2
m
4
5
6
7
m
9
## end
rg -n -C1 m f; echo ==; rg -A1 m f; echo ==; rg -B1 m f
## STDOUT:
2-2
3:m
4-4
--
7-7
8:m
9-9
==
m
4
--
m
9
==
2
m
--
7
m
## END

#### context separator between files
## file: a
x
m
## end
## file: b
m
y
## end
rg --sort path -C1 m a b
## STDOUT:
a-x
a:m
--
b:m
b-y
## END

#### -m max count
## file: f
a
a
a
## end
rg -m2 a f
## STDOUT:
a
a
## END

#### several -e patterns
## file: f
one
two
three
## end
rg -e one -e three f
## STDOUT:
one
three
## END

#### hidden files are skipped unless --hidden
## file: .h/f.txt
needle
## end
## file: a.txt
needle
## end
rg --sort path needle; echo --; rg --sort path --hidden needle
## STDOUT:
a.txt:needle
--
.h/f.txt:needle
a.txt:needle
## END

#### .ignore is respected
## file: .ignore
skip/
*.log
## end
## file: skip/a.txt
needle
## end
## file: b.log
needle
## end
## file: c.txt
needle
## end
rg --sort path needle; echo --; rg --sort path --no-ignore needle
## STDOUT:
c.txt:needle
--
b.log:needle
c.txt:needle
skip/a.txt:needle
## END

#### .gitignore needs a git repository
## file: .gitignore
target
## end
## file: target/t.txt
needle
## end
## file: a.txt
needle
## end
rg --sort path needle
## STDOUT:
a.txt:needle
target/t.txt:needle
## END

#### .gitignore inside a git repository
## file: .git/HEAD
ref
## end
## file: .gitignore
target
## end
## file: target/t.txt
needle
## end
## file: a.txt
needle
## end
rg --sort path needle; rg --sort path --no-ignore-vcs needle
## STDOUT:
a.txt:needle
a.txt:needle
target/t.txt:needle
## END

#### .gitignore negation
## file: .git/HEAD
ref
## end
## file: .gitignore
*.txt
!keep.txt
## end
## file: a.txt
needle
## end
## file: keep.txt
needle
## end
rg --sort path needle
## stdout: keep.txt:needle

#### .rgignore
## file: .rgignore
a.txt
## end
## file: a.txt
needle
## end
## file: b.txt
needle
## end
rg --sort path needle
## stdout: b.txt:needle

#### -g globs
## file: a.md
needle
## end
## file: b.txt
needle
## end
## file: s/c.md
needle
## end
rg --sort path -g '*.md' needle; echo --; rg --sort path -g '!*.md' needle
## STDOUT:
a.md:needle
s/c.md:needle
--
b.txt:needle
## END

#### -g with no file searched
## file: a.txt
needle
## end
rg -g '*.zz' needle; echo "rc $?"
## stdout: rc 2
## STDERR:
No files were searched, which means ripgrep probably applied a filter you didn't expect.
Running with --debug will show why files are being skipped.
## END

#### -t and -T types
## file: a.py
needle
## end
## file: b.rs
needle
## end
## file: c.md
needle
## end
rg --sort path -t py needle; echo --; rg --sort path -T py needle; echo --; rg --sort path -t rust -t md needle
## STDOUT:
a.py:needle
--
b.rs:needle
c.md:needle
--
b.rs:needle
c.md:needle
## END

#### unknown type
rg -t nosuch x; echo "rc $?"
## stdout: rc 2
## stderr: unrecognized file type: nosuch

#### binary files are skipped while walking
printf 'needle\0\n' > bin; echo needle > t; rg --sort path needle
## stdout: t:needle

#### explicit binary file
printf 'needle\nab\0c\nneedle\n' > bin; rg needle bin; echo "rc $?"; rg -c needle bin
## STDOUT:
binary file matches (found "\0" byte around offset 9)
rc 0
2
## END

#### explicit binary file with others
printf 'needle\0\n' > bin; echo needle > t; rg --sort path needle bin t
## STDOUT:
bin: binary file matches (found "\0" byte around offset 6)
t:needle
## END

#### -a searches binary as text
printf 'needle\0x\n' > bin; rg -a needle bin | cat -v
## stdout: needle^@x

#### missing file
rg needle nope; echo "rc $?"
## stdout: rc 2
## stderr: nope: No such file or directory (os error 2)

#### missing file with a match
## file: a
needle
## end
rg needle nope a; echo "rc $?"
## STDOUT:
a:needle
rc 2
## END
## stderr: nope: No such file or directory (os error 2)

#### empty directory
## file: e/.keep
## end
rg x e; echo "rc $?"
## stdout: rc 1

#### regex syntax error
## file: a
x
## end
rg '(' a; echo "rc $?"
## stdout: rc 2
## STDERR:
regex parse error:
    (
    ^
error: unclosed group
## END

#### no pattern
rg; echo "rc $?"
## stdout: rc 2
## STDERR:
error: The following required arguments were not provided:
    <PATTERN>

USAGE:
    
    rg [OPTIONS] PATTERN [PATH ...]
    rg [OPTIONS] -e PATTERN ... [PATH ...]
    rg [OPTIONS] -f PATTERNFILE ... [PATH ...]
    rg [OPTIONS] --files [PATH ...]
    rg [OPTIONS] --type-list
    command | rg [OPTIONS] PATTERN
    rg [OPTIONS] --help
    rg [OPTIONS] --version

For more information try --help

## END

#### unknown option
rg --frobnicate x; echo "rc $?"
## stdout: rc 2
## STDERR:
error: Found argument '--frobnicate' which wasn't expected, or isn't valid in this context

USAGE:
    
    rg [OPTIONS] PATTERN [PATH ...]
    rg [OPTIONS] -e PATTERN ... [PATH ...]
    rg [OPTIONS] -f PATTERNFILE ... [PATH ...]
    rg [OPTIONS] --files [PATH ...]
    rg [OPTIONS] --type-list
    command | rg [OPTIONS] PATTERN
    rg [OPTIONS] --help
    rg [OPTIONS] --version

For more information try --help

## END

#### -q quiet
## file: a
needle
## end
rg -q needle a; echo "rc $?"; rg -q zzz a; echo "rc $?"
## STDOUT:
rc 0
rc 1
## END

#### -H and -I
## file: a
needle
## end
rg -H needle a; rg -I --sort path needle .
## STDOUT:
a:needle
needle
## END

#### no trailing newline
printf 'a\nneedle' > f; rg needle f
## stdout: needle

#### -u includes ignored, -uu hidden
## file: .ignore
a.txt
## end
## file: a.txt
needle
## end
## file: .h
needle
## end
rg --sort path -u needle; echo --; rg --sort path -uu needle
## STDOUT:
a.txt:needle
--
.h:needle
a.txt:needle
## END

#### -o is leftmost-first
printf 'ab\n' > f; rg 'a|ab' -o f
## stdout: a

#### -f /dev/null adds no pattern
printf 'a\n' > f; rg -e a -f /dev/null f
## stdout: a

#### -f missing file
rg -f nope x; echo "rc $?"
## stdout: rc 2
## stderr: nope: No such file or directory (os error 2)

#### --column
printf 'foo bar\nxfoo\n' > f; rg --column foo f; rg -v --column bar f
## STDOUT:
1:1:foo bar
2:2:xfoo
2:xfoo
## END

#### --vimgrep
printf 'foo bar foo\n' > f; rg --vimgrep foo f
## STDOUT:
f:1:1:foo bar foo
f:1:9:foo bar foo
## END

#### -r replace
printf 'foo bar\n' > f; rg -r X foo f; rg -o -r '[$1]' '(o+)' f; printf 'ab12\n' | rg -r '$n-' '(?P<n>\d)'
## STDOUT:
X bar
[oo]
ab1-2-
## END

#### --max-depth
## file: a/b/c
x
## end
## file: a/d
x
## end
rg --sort path --max-depth 2 x; echo --; rg --max-depth 1 x a
## STDOUT:
a/d:x
--
a/d:x
## END

#### --version and -h
rg --version; mapfile -t L < <(rg -h); printf '%s\n' "${L[0]}" "${#L[@]}"
## STDOUT:
ripgrep 13.0.0
-SIMD -AVX (compiled)
+SIMD +AVX (runtime)
ripgrep 13.0.0
145
## END

#### -g with a directory glob
## file: s/t/a.rs
x
## end
## file: s/b.rs
x
## end
## file: c.rs
x
## end
rg --sort path -g 's/**' x; echo --; rg --sort path -g '!s/' x; echo --; rg --sort path -g '!t' x
## STDOUT:
s/b.rs:x
s/t/a.rs:x
--
c.rs:x
--
c.rs:x
s/b.rs:x
## END

#### --iglob
## file: s/A.RS
x
## end
rg --sort path --iglob '*.rs' x
## stdout: s/A.RS:x

#### a glob can select a hidden file
## file: s/.h
x
## end
rg --sort path -g '.h' x
## stdout: s/.h:x

#### .ignore in a subdirectory and anchored rules
## file: a/.ignore
*.js
## end
## file: a/k.js
x
## end
## file: k.js
x
## end
## file: .ignore
/top.txt
## end
## file: top.txt
x
## end
## file: a/top.txt
x
## end
rg --sort path x
## STDOUT:
a/top.txt:x
k.js:x
## END

#### --heading
## file: a.txt
needle
## end
## file: b/c.txt
x
needle
y
## end
rg --heading --sort path needle; echo ==; rg --heading -c --sort path needle; echo ==; rg --heading -n needle a.txt; echo ==; rg --heading -C1 --sort path needle b a.txt
## STDOUT:
a.txt
needle

b/c.txt
needle
==
a.txt:1
b/c.txt:1
==
1:needle
==
b/c.txt
x
needle
y

a.txt
needle
## END

#### a newline in the pattern needs -U
## file: a.txt
a
## end
rg 'a\nb' a.txt; echo "rc $?"
## stdout: rc 2
## STDERR:
the literal '"\n"' is not allowed in a regex

Consider enabling multiline mode with the --multiline flag (or -U for short).
When multiline mode is enabled, new line characters can be matched.
## END

#### -o keeps context lines
printf 'foo bar\nFoo\nfoo\n' > a; rg -o -A1 foo a
## STDOUT:
foo
Foo
foo
## END

#### trailing context past -m marks matching lines
printf 'foo\nxfoo\ny\n' > a; rg -m1 -A2 foo a
## STDOUT:
foo
xfoo
y
## END

#### --files-without-match exit status follows the listing
printf 'foo\n' > a; rg --files-without-match foo a; echo "rc $?"; rg --files-without-match zzz a; echo "rc $?"
## STDOUT:
rc 1
a
rc 0
## END

#### counts win over -l, and -o -c counts matches
printf 'foo foo\nfoo\n' > a; rg -l -c foo a; rg -o -c foo a
## STDOUT:
2
3
## END

#### a missing operand with --sort
rg --sort path x nope; echo "rc $?"
## stdout: rc 2
## stderr: nope: IO error for operation on nope: No such file or directory (os error 2)

#### --column with -b
printf 'ab\nxab\n' > a; rg --column -b ab a
## STDOUT:
1:1:0:ab
2:2:3:xab
## END

#### --heading with -0 and without names
printf 'a\n' > x; printf 'a\n' > y; rg --heading -0 --sort path a x y | cat -v; rg --heading -I --sort path a x y
## STDOUT:
x^@a

y^@a
a

a
## END

#### empty matches count
printf 'ab\n' > a; rg --count-matches 'x*' a
## stdout: 3

#### multiline matches print every line they touch
printf 'foo\nbar\nbaz\nfoo\nbar\n' > m.txt
rg -U -n 'foo\nbar' m.txt
rg -U 'o\nb' m.txt
## STDOUT:
1:foo
2:bar
4:foo
5:bar
foo
bar
foo
bar
## END

#### multiline count, only-matching, files and no match
printf 'foo\nbar\nbaz\nfoo\nbar\n' > m.txt
rg -U -c 'foo\nbar' m.txt
rg -U -o 'o\nb' m.txt
rg -U -l 'r\nb' m.txt; echo "st $?"
rg -U 'zz\nq' m.txt; echo "st $?"
rg -U -n 'a.\nfoo' m.txt
## STDOUT:
2
o
b
o
b
m.txt
st 0
st 1
3:baz
4:foo
## END

#### json messages
printf 'ab ab\nx\n' | rg --json ab | jq -c 'select(.type == "begin" or .type == "match")'
## STDOUT:
{"type":"begin","data":{"path":{"text":"<stdin>"}}}
{"type":"match","data":{"path":{"text":"<stdin>"},"lines":{"text":"ab ab\n"},"line_number":1,"absolute_offset":0,"submatches":[{"match":{"text":"ab"},"start":0,"end":2},{"match":{"text":"ab"},"start":3,"end":5}]}}
## END

#### json stats and no match
printf 'foo\nbar\nbaz\nfoo\nbar\n' > m.txt
rg --json -n zzz m.txt | jq -c '.type'; echo "st ${PIPESTATUS[0]}"
rg --json -i FOO m.txt | jq -c 'select(.type=="match") | [.data.line_number, .data.absolute_offset, .data.lines.text]'
rg --json 'a' m.txt | jq -c 'select(.type=="end").data.stats | [.searches, .bytes_searched, .bytes_printed, .matched_lines, .matches]'
rg --json 'a' m.txt | jq -c 'select(.type=="summary").data.stats | [.searches_with_match, .matches]'
## STDOUT:
"summary"
st 1
[1,0,"foo\n"]
[4,12,"foo\n"]
[1,20,552,3,3]
[1,3]
## END

#### json context messages
printf 'a\nb\nc\nd\ne\n' > ctx.txt
rg --json -C1 -e c -e e ctx.txt | jq -c 'select(.type == "context" or .type == "match") | [.type, .data.line_number, .data.absolute_offset, (.data.submatches | length)]'
rg --json -C1 -e c -e e ctx.txt | jq -c 'select(.type == "end") | .data.stats | [.bytes_printed, .matched_lines]'
## STDOUT:
["context",2,2,0]
["match",3,4,1]
["context",4,6,0]
["match",5,8,1]
[644,2]
## END

#### json conflicts with counts and listings, and is silent with -q
printf 'a\nb\n' > x.txt
rg --json -c b x.txt 2>err; echo "st $?"; head -1 err
rg --json -l b x.txt 2>err; head -1 err
rg --json -q b x.txt; echo "st $?"
rg --json -q zzz x.txt; echo "st $?"
## STDOUT:
st 2
error: The argument '--count' cannot be used with '--json'
error: The argument '--files-with-matches' cannot be used with '--json'
st 0
st 1
## END

#### rg -M replaces long lines with a note, --max-columns-preview keeps their start
printf 'short foo\n%s foo bar foo\n' "$(printf 'x%.0s' {1..60})" > a.txt
printf 'abc\n%s\nfoo\n' "$(printf 'y%.0s' {1..30})" > c.txt
rg -M 20 foo a.txt; rg -n -M 20 foo a.txt; rg -M 20 --max-columns-preview foo a.txt
rg -M 20 -C1 foo c.txt; rg -M 20 --max-columns-preview -C1 foo c.txt
printf 'abcde\n' | rg -M 5 a; printf 'abcd\n' | rg -M 5 a; printf 'héééé\n' | rg -M 3 --max-columns-preview h
printf 'abcdefgh\n' | rg -M 0 a; rg -c -M 20 foo a.txt
## STDOUT:
short foo
[Omitted long matching line]
1:short foo
2:[Omitted long matching line]
short foo
xxxxxxxxxxxxxxxxxxxx [... omitted end of long line]
[Omitted long context line]
foo
yyyyyyyyyyyyyyyyyyyy [... omitted end of long line]
foo
[Omitted long matching line]
abcd
héé [... omitted end of long line]
abcdefgh
2
## END

#### rg -L follows linked directories
mkdir -p src/sub; echo 'slugify here' > src/a.py; echo 'slugify deep' > src/sub/b.py
echo slugify > top.txt; ln -s src srcl; ln -s top.txt t2
rg -L -l slugify | sort; echo "rc $?"; rg -l slugify | sort; rg -L --files srcl | sort
## needs: symlink
## STDOUT:
src/a.py
src/sub/b.py
srcl/a.py
srcl/sub/b.py
t2
top.txt
rc 0
src/a.py
src/sub/b.py
top.txt
srcl/a.py
srcl/sub/b.py
## END

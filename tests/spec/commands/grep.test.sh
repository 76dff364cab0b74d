# grep: GNU grep 3.8 (patterns, output prefixes, context, counts, recursion, binary
# files, errors and exit statuses). Recursive listings are piped to sort: GNU walks in
# directory order.

#### basic match
## file: f
apple
banana
cherry
## end
grep an f
## stdout: banana

#### no match is status 1
## file: f
apple
## end
grep zzz f; echo "rc $?"
## stdout: rc 1

#### stdin
printf 'one\ntwo\nthree\n' | grep t
## STDOUT:
two
three
## END

#### several files get name prefixes
## file: a
x1
y
## end
## file: b
x2
## end
grep x a b
## STDOUT:
a:x1
b:x2
## END

#### -h and -H
## file: a
x1
## end
## file: b
x2
## end
grep -h x a b; grep -H x a
## STDOUT:
x1
x2
a:x1
## END

#### -i and -y
printf 'Hello\nhello\nHELLO\nbye\n' | grep -i hello; printf 'AbC\n' | grep -y abc
## STDOUT:
Hello
hello
HELLO
AbC
## END

#### --no-ignore-case after -i
printf 'Hello\nhello\n' | grep -i --no-ignore-case hello
## stdout: hello

#### -v inverts
printf 'a\nb\nc\n' | grep -v b
## STDOUT:
a
c
## END

#### -n line numbers
printf 'a\nb\na\n' | grep -n a
## STDOUT:
1:a
3:a
## END

#### -c counts
printf 'a\nb\na\n' | grep -c a; printf 'b\n' | grep -c a; echo "rc $?"
## STDOUT:
2
0
rc 1
## END

#### -c with several files
## file: a
x
x
## end
## file: b
y
## end
grep -c x a b
## STDOUT:
a:2
b:0
## END

#### -c -v
printf 'a\nb\nc\n' | grep -cv a
## stdout: 2

#### -l and -L
## file: a
needle
## end
## file: b
hay
## end
grep -l needle a b; echo "rc $?"; grep -L needle a b; echo "rc $?"
## STDOUT:
a
rc 0
b
rc 0
## END

#### -L exit status follows selected lines
## file: a
needle
## end
grep -L needle a; echo "rc $?"; grep -L zzz a; echo "rc $?"
## STDOUT:
rc 0
a
rc 1
## END

#### -o prints each match
printf 'a1b22c333\nnone\n' | grep -o '[0-9]*'
## STDOUT:
1
22
333
## END

#### -o with -i
printf 'Foo fOO bar\n' | grep -oi foo
## STDOUT:
Foo
fOO
## END

#### -o with -n and -b
printf 'xx yy\nyy\n' | grep -onb yy
## STDOUT:
1:3:yy
2:6:yy
## END

#### -o leftmost longest
echo abcd | grep -oE 'a|ab|abc'
## stdout: abc

#### -o with -F several patterns
echo abcd | grep -oF -e a -e abc
## stdout: abc

#### -w whole words
printf 'foo\nfoobar\nbar foo baz\nfoo_x\n(foo)\n' | grep -w foo
## STDOUT:
foo
bar foo baz
(foo)
## END

#### -w tries later matches in a line
echo 'foobar foo' | grep -ow foo
## stdout: foo

#### -w with alternatives
echo 'foo foobar bar' | grep -ow 'foo\|foobar'
## STDOUT:
foo
foobar
## END

#### -x whole lines
printf 'abc\nabcd\nab\n' | grep -x abc; printf 'a.b\naxb\n' | grep -xF 'a.b'
## STDOUT:
abc
a.b
## END

#### -E extended
printf 'ab\naab\nb\n' | grep -E '^a+b$'
## STDOUT:
ab
aab
## END

#### BRE intervals and groups
printf 'abab\nab\n' | grep '\(ab\)\{2\}'
## stdout: abab

#### BRE back-reference
printf 'abab\nabba\n' | grep '\(ab\)\1'
## stdout: abab

#### ERE back-reference
printf 'xx\nxy\n' | grep -E '(.)\1'
## stdout: xx

#### BRE plus and question
printf 'a+b\naab\n' | grep 'a\+b'; printf 'a+b\n' | grep 'a+b'
## STDOUT:
aab
a+b
## END

#### -F fixed strings
printf 'a.c\nabc\n' | grep -F 'a.c'
## stdout: a.c

#### -F with -i and -w
printf 'Foo.Bar\nfoo.barx\n' | grep -Fiw 'foo.bar'
## stdout: Foo.Bar

#### several -e patterns
printf 'one\ntwo\nthree\n' | grep -e one -e three
## STDOUT:
one
three
## END

#### newline-separated patterns
printf 'one\ntwo\nthree\n' | grep "$(printf 'one\ntwo')"
## STDOUT:
one
two
## END

#### -f pattern file
## file: pats
one
three
## end
printf 'one\ntwo\nthree\n' | grep -f pats
## STDOUT:
one
three
## END

#### -f empty file matches nothing
## file: empty
## end
printf 'one\n' | grep -f empty; echo "rc $?"
## stdout: rc 1

#### empty pattern matches every line
printf 'a\n\nb\n' | grep -c ''
## stdout: 3

#### -P perl syntax
printf 'test\nbest\n' | grep -P '(?<=t)e'; printf 'a1\nb\n' | grep -P '\d'
## STDOUT:
test
a1
## END

#### egrep and fgrep
printf 'ab\na.b\n' | egrep 'a|x'; printf 'ab\na.b\n' | fgrep 'a.b'
## STDOUT:
ab
a.b
a.b
## END

#### -A after context
printf '1\n2\nm\n4\n5\n6\n' | grep -A1 m
## STDOUT:
m
4
## END

#### -B before context
printf '1\n2\nm\n4\n' | grep -B2 m
## STDOUT:
1
2
m
## END

#### -C context with group separators
printf '1\n2\nm\n4\n5\n6\nm\n8\n9\n10\n11\nm\n' | grep -n -C1 m
## STDOUT:
2-2
3:m
4-4
--
6-6
7:m
8-8
--
11-11
12:m
## END

#### -NUM context
printf '1\n2\nm\n4\n5\n' | grep -1 m
## STDOUT:
2
m
4
## END

#### overlapping context merges
printf 'm\n2\nm\n4\n' | grep -n -C1 m
## STDOUT:
1:m
2-2
3:m
4-4
## END

#### context with file names
## file: f
a
m
b
## end
grep -H -C1 m f
## STDOUT:
f-a
f:m
f-b
## END

#### --group-separator and --no-group-separator
printf 'm\n2\n3\n4\nm\n' | grep -A1 --group-separator=XX m; printf 'm\n2\n3\n4\nm\n' | grep -A1 --no-group-separator m
## STDOUT:
m
2
XX
m
m
2
m
## END

#### -m max count
printf 'a\na\na\n' | grep -m2 a; printf 'a\na\na\n' | grep -c -m2 a
## STDOUT:
a
a
2
## END

#### -m with trailing context
printf 'a\nm\nb\nm\nc\n' | grep -n -m1 -A3 m
## STDOUT:
2:m
3-b
4-m
5-c
## END

#### -m 0
printf 'a\n' | grep -m0 a; echo "rc $?"
## stdout: rc 1

#### -q quiet
printf 'a\n' | grep -q a; echo "rc $?"; printf 'a\n' | grep -q b; echo "rc $?"
## STDOUT:
rc 0
rc 1
## END

#### -q with a missing file and a match
## file: f
x
## end
grep -q x nope f; echo "rc $?"
## stdout: rc 0
## stderr: grep: nope: No such file or directory

#### -s suppresses file errors
## file: f
x
## end
grep -s x nope f; echo "rc $?"
## STDOUT:
f:x
rc 2
## END

#### missing file
grep x nope; echo "rc $?"
## stdout: rc 2
## stderr: grep: nope: No such file or directory

#### missing file and a match is status 2
## file: f
x
## end
grep x nope f; echo "rc $?"
## STDOUT:
f:x
rc 2
## END
## stderr: grep: nope: No such file or directory

#### directory without -r
## file: d/x
y
## end
grep x d; echo "rc $?"
## stdout: rc 2
## stderr: grep: d: Is a directory

#### -d skip
## file: d/x
x
## end
echo x > f; grep -d skip x d f; echo "rc $?"
## STDOUT:
f:x
rc 0
## END

#### -r recursive
## file: d/a
needle
## end
## file: d/b
hay
## end
grep -r needle d
## stdout: d/a:needle

#### -r without operand searches . without ./
## file: s/b
needle
## end
## file: a
hay
## end
grep -r needle
## stdout: s/b:needle

#### -r with . operand
## file: s/b
needle
## end
grep -r needle .
## stdout: ./s/b:needle

#### -r on a single file has no name
echo needle > a; grep -r needle a
## stdout: needle

#### -r with trailing slash
## file: d/a
needle
## end
grep -r needle d/
## stdout: d/a:needle

#### -r -l and -c
## file: d/s/c
needle
## end
## file: d/b
hay
## end
grep -rl needle d; grep -rc needle d/s
## STDOUT:
d/s/c
d/s/c:1
## END

#### --include and --exclude
## file: d/a.txt
x
## end
## file: d/b.c
x
## end
grep -r --include='*.txt' x d; grep -r --exclude='*.txt' x d; grep --exclude='*.c' --include='*.c' x d/b.c d/a.txt
## STDOUT:
d/a.txt:x
d/b.c:x
d/b.c:x
d/a.txt:x
## END

#### --exclude-dir
## file: d/s/b
x
## end
## file: d/t/c
x
## end
grep -r --exclude-dir=t x d; grep -r --exclude-dir=d x d
## stdout: d/s/b:x
## status: 1

#### --include applies to file operands
echo x > a.txt; echo x > b.c; grep --include='*.c' x a.txt b.c
## stdout: b.c:x

#### hidden files are searched
## file: d/.h/f
x
## end
grep -r x d
## stdout: d/.h/f:x

#### binary file matches
printf 'abc\0def\nxyz abc\n' > bin; grep abc bin; echo "rc $?"
## stdout: rc 0
## stderr: grep: bin: binary file matches

#### binary file with -c and -a
printf 'abc\0def\nxyz abc\n' > bin; grep -c abc bin; grep -a abc bin | cat -v
## STDOUT:
2
abc^@def
xyz abc
## END

#### binary file -I and --binary-files
printf 'abc\0\n' > bin; grep -I abc bin; echo "rc $?"; grep --binary-files=without-match abc bin; echo "rc $?"
## STDOUT:
rc 1
rc 1
## END

#### binary -v sees NUL as a line end
printf 'abc\0def\n' > bin; grep -v abc bin; echo "rc $?"
## stdout: rc 0
## stderr: grep: bin: binary file matches

#### invalid UTF-8 lines are held back
printf 'abc\n\377 abc\nabc 3\n' > enc; grep abc enc
## STDOUT:
abc
abc 3
## END
## stderr: grep: enc: binary file matches

#### -o on invalid UTF-8 line prints the match
printf '\377 abc\n' > enc; grep -o abc enc
## stdout: abc

#### -z null data
printf 'one\0two\0' | grep -z t | cat -v
## stdout-json: "two^@"

#### no trailing newline
printf 'a\nb' | grep b
## stdout: b

#### --label for stdin
echo x | grep -H --label=IN x; echo x | grep -c x - 
## STDOUT:
IN:x
1
## END

#### -Z null after names
## file: a
x
## end
## file: b
x
## end
grep -Z x a b | cat -v; grep -lZ x a b | cat -v; echo
## STDOUT:
a^@x
b^@x
a^@b^@
## END

#### -b byte offset
printf 'aa\nbb\ncc\n' | grep -b c
## stdout: 6:cc

#### regex error
echo x | grep '\(a'; echo "rc $?"
## stdout: rc 2
## stderr: grep: Unmatched ( or \(

#### bracket error
echo x | grep -E '[a'; echo "rc $?"
## stdout: rc 2
## stderr: grep: Unmatched [, [^, [:, [., or [=

#### ERE star at start warns
echo 'a*a' | grep -E '*a'
## stdout: a*a
## stderr: grep: warning: * at start of expression

#### BRE star at start is literal
printf 'a*b\nab\n' | grep '*b'
## stdout: a*b

#### ERE plus at start warns
echo 'ab' | grep -E '+b'
## stdout: ab
## stderr: grep: warning: + at start of expression

#### invalid option
grep -Q x; echo "rc $?"
## stdout: rc 2
## STDERR:
grep: invalid option -- 'Q'
Usage: grep [OPTION]... PATTERNS [FILE]...
Try 'grep --help' for more information.
## END

#### no pattern
grep; echo "rc $?"
## stdout: rc 2
## STDERR:
Usage: grep [OPTION]... PATTERNS [FILE]...
Try 'grep --help' for more information.
## END

#### bad context length
grep -A x y; echo "rc $?"
## stdout: rc 2
## stderr: grep: x: invalid context length argument

#### bad max count
grep -m x y; echo "rc $?"
## stdout: rc 2
## stderr: grep: invalid max count

#### -e pattern starting with a dash
printf -- '-x\ny\n' | grep -e -x
## stdout: -x

#### -- ends options
printf -- '-v\n' | grep -- -v
## stdout: -v

#### options after operands
## file: f
a
## end
grep a f -n
## stdout: 1:a

#### -i with character classes
printf 'ABC\nabc\n' | grep -i '[a-c]\{3\}'
## STDOUT:
ABC
abc
## END

#### POSIX classes
printf 'a1\nbb\n' | grep '[[:digit:]]'
## stdout: a1

#### anchors
printf 'ab\nba\n' | grep '^a'; printf 'ab\nba\n' | grep 'a$'
## STDOUT:
ab
ba
## END

#### dot does not match newline
printf 'a\nb\n' | grep -c 'a.b'
## stdout: 0
## status: 1

#### negated bracket stays in its line
printf 'ab\nc\nd\n' | grep 'b[^x]*c'; echo "rc $?"
## stdout: rc 1

#### --help
mapfile -t L < <(grep --help); printf '%s\n' "${L[@]:0:3}" "${#L[@]}"
## STDOUT:
Usage: grep [OPTION]... PATTERNS [FILE]...
Search for PATTERNS in each FILE.
Example: grep -i 'hello world' menu.h main.c
74
## END

#### -V
mapfile -t L < <(grep -V); printf '%s\n' "${L[0]}"
## stdout: grep (GNU grep) 3.8

#### counting with -o
printf 'aa a\nb\n' | grep -oc a
## stdout: 1

#### -l with stdin
echo x | grep -l x
## stdout: (standard input)

#### -A with -v
printf 'a\nb\nc\nd\n' | grep -v -A1 '[bc]'
## STDOUT:
a
b
--
d
## END

#### invalid --directories argument
grep -d foo x f; echo "rc $?"
## stdout: rc 1
## STDERR:
grep: invalid argument ‘foo’ for ‘--directories’
Valid arguments are:
  - ‘read’
  - ‘recurse’
  - ‘skip’
Usage: grep [OPTION]... PATTERNS [FILE]...
Try 'grep --help' for more information.
## END

#### invalid --color argument shows help
mapfile -t L < <(grep --color=foo x f); echo "${L[0]} ${#L[@]}"
## stdout: Usage: grep [OPTION]... PATTERNS [FILE]... 74

#### stdin is searched as it arrives
while :; do echo y; done | grep -m2 -n y
## STDOUT:
1:y
2:y
## END

#### -b on stdin counts every byte
printf 'aa\nbb\ncc\n' | grep -b -e a -e c
## STDOUT:
0:aa
6:cc
## END

#### -v with the empty pattern reads nothing
printf 'a\nb\n' | grep -v -c ''; echo "rc $?"; printf 'a\nb\n' | grep -v -c -e '' -e zz
## STDOUT:
rc 1
0
## END
## status: 1

#### -f - reads patterns from stdin
printf 'a\n' > f; printf 'a\n' | grep -f - f
## stdout: a

#### -f missing file
grep -f nope x; echo "rc $?"
## stdout: rc 2
## stderr: grep: nope: No such file or directory

#### -w with the empty pattern
echo x | grep -w ''; echo "rc $?"; echo | grep -cw ''
## STDOUT:
rc 1
1
## END

#### input file is also the output
echo x > b; grep -r x . > out.txt; echo "rc $?"; cat out.txt
## STDOUT:
rc 2
./b:x
## END
## stderr: grep: ./out.txt: input file is also the output

#### input file is also the output with -c is fine
echo x > b; grep -c x b out.txt > out.txt; echo "rc $?"; cat out.txt
## STDOUT:
rc 0
b:1
out.txt:0
## END

#### --exclude-dir matches names at any depth
## file: d/t/u/a
x
## end
## file: d/b
x
## end
grep -r --exclude-dir=u x d; grep -r --exclude-dir='t*' x d; grep -rc --exclude-dir=t/u x d/t
## STDOUT:
d/b:x
d/b:x
d/t/u/a:1
## END

#### -P pattern errors in PCRE words
echo x | grep -P '('; echo "rc $?"; echo x | grep -P 'a)'; echo x | grep -P '[a'; echo x | grep -P '*a'
## stdout: rc 2
## STDERR:
grep: missing closing parenthesis
grep: unmatched closing parenthesis
grep: missing terminating ] for character class
grep: quantifier does not follow a repeatable item
## END
## status: 2

#### -r from the root of a tree names files with one slash
## file: d/a
needle
## end
cd d && grep -r needle "$PWD/" | while IFS=: read -r f rest; do [ "$f" = "$PWD/a" ] && echo "ok $rest"; done
## stdout: ok needle

#### conflicting matchers
echo x | grep -E -F x; echo "rc $?"; echo x | grep -E -E x
## STDOUT:
rc 2
x
## END
## stderr: grep: conflicting matchers specified

#### context separators between files
## file: a
x
m
## end
## file: b
m
y
## end
grep -A1 m a b; grep -h -B1 m b a
## STDOUT:
a:m
--
b:m
b-y
m
--
x
m
## END

#### -T pads numbers to the file size's width
printf '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n' > f; grep -T -n 5 f; grep -T -c 5 f; printf 'a\n\nb\n' > g; grep -T -n '' g
## STDOUT:
 5:	5
1
1:	a
2:
3:	b
## END

#### --color=always uses GNU's default colours
printf 'foo bar\nbaz\n' > cf; printf 'x\n' > cg; grep --color=always -n -A1 foo cf cg | cat -v; grep --color=always -o -b o cf | cat -v; grep --color=always -c foo cf cg | cat -v; grep --color=always -l foo cf cg | cat -v
## STDOUT:
^[[35m^[[Kcf^[[m^[[K^[[36m^[[K:^[[m^[[K^[[32m^[[K1^[[m^[[K^[[36m^[[K:^[[m^[[K^[[01;31m^[[Kfoo^[[m^[[K bar
^[[35m^[[Kcf^[[m^[[K^[[36m^[[K-^[[m^[[K^[[32m^[[K2^[[m^[[K^[[36m^[[K-^[[m^[[Kbaz
^[[32m^[[K1^[[m^[[K^[[36m^[[K:^[[m^[[K^[[01;31m^[[Ko^[[m^[[K
^[[32m^[[K2^[[m^[[K^[[36m^[[K:^[[m^[[K^[[01;31m^[[Ko^[[m^[[K
^[[35m^[[Kcf^[[m^[[K^[[36m^[[K:^[[m^[[K1
^[[35m^[[Kcg^[[m^[[K^[[36m^[[K:^[[m^[[K0
^[[35m^[[Kcf^[[m^[[K
## END

#### --color=auto and never print no colour
printf 'foo\n' | grep --color=auto foo; printf 'foo\n' | grep --color=never foo; printf 'foo\n' | grep --color foo
## STDOUT:
foo
foo
foo
## END

#### grep a bracket ending the pattern
grep 'a[' /dev/null; echo "s $?"; grep -E '[^' /dev/null; echo "s $?"; grep '[a' /dev/null; echo "s $?"
## STDOUT:
s 2
s 2
s 2
## END
## STDERR:
grep: Invalid regular expression
grep: Invalid regular expression
grep: Unmatched [, [^, [:, [., or [=
## END

#### grep a file named with a trailing slash
echo a > f; grep a f/; echo "status $?"; grep -r a f/; echo "status $?"
## STDOUT:
status 2
status 2
## END
## STDERR:
grep: f/: Not a directory
grep: f/: Not a directory
## END

#### grep -R follows linked directories, -r skips them
mkdir d; echo hit > d/f; ln -s d l; ln -s . loop
grep -r hit . | sort; echo "--"; grep -R hit . | sort; echo "--"; grep -R hit l
## needs: symlink
## STDOUT:
./d/f:hit
--
./d/f:hit
./l/f:hit
--
l/f:hit
## END
## stderr: grep: ./loop: warning: recursive directory loop

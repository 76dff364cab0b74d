# sed: GNU sed 4.9 as agents use it. Files `a` (one..five) and `b` (x1, x2) are
# preloaded where a case names them; expectations come from the real tool.

#### print a line with -n
## file: a
one
two
three
four
five
## end
sed -n 2p a
## stdout: two

#### p duplicates every line
## file: b
x1
x2
## end
sed p b
## STDOUT:
x1
x1
x2
x2
## END

#### last line of several files
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -n '$p' a b
## stdout: x2

#### regex range
## file: a
one
two
three
four
five
## end
sed -n '/two/,/four/p' a
## STDOUT:
two
three
four
## END

#### numeric range delete
## file: a
one
two
three
four
five
## end
sed '2,3d' a
## STDOUT:
one
four
five
## END

#### delete first line
## file: a
one
two
three
four
five
## end
sed 1d a
## STDOUT:
two
three
four
five
## END

#### delete last line
## file: a
one
two
three
four
five
## end
sed '$d' a
## STDOUT:
one
two
three
four
## END

#### delete first and last
## file: a
one
two
three
four
five
## end
sed '1d;$d' a
## STDOUT:
two
three
four
## END

#### join pairs of lines
## file: a
one
two
three
four
five
## end
sed '$!N;s/\n/ /' a
## STDOUT:
one two
three four
five
## END

#### join all lines with a loop
## file: a
one
two
three
four
five
## end
sed -e :a -e '$!N;s/\n//;ta' a
## stdout: onetwothreefourfive

#### join all lines with :a;N;$!ba
## file: a
one
two
three
four
five
## end
sed ':a;N;$!ba;s/\n/ /g' a
## stdout: one two three four five

#### tac emulation
## file: a
one
two
three
four
five
## end
sed '1!G;h;$!d' a
## STDOUT:
five
four
three
two
one
## END

#### line numbers with =
## file: b
x1
x2
## end
sed = b
## STDOUT:
1
x1
2
x2
## END

#### count lines with $=
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -n '$=' a b
## stdout: 7

#### substitute globally
## file: a
one
two
three
four
five
## end
sed 's/o/0/g' a
## STDOUT:
0ne
tw0
three
f0ur
five
## END

#### substitute the second match
## file: a
one
two
three
four
five
## end
sed 's/o/0/2' a
## STDOUT:
one
two
three
four
five
## END

#### substitute from the second match on
echo hello | sed 's/l/L/2g'
## stdout: helLo

#### empty matches with g
echo abc | sed 's/x*/-/g'
## stdout: -a-b-c-

#### empty match after a match is skipped
## file: a
one
two
three
four
five
## end
echo baaac | sed 's/a*/x/g'
## stdout: xbxcx

#### nth match ignores the empty match after a match
## file: a
one
two
three
four
five
## end
echo aaa | sed 's/a*/x/2'
## stdout: aaa

#### star of a single char with g
## file: b
x1
x2
## end
echo abc | sed 's/b*/X/g'
## stdout: XaXcX

#### back-references swap words
echo hello world | sed 's/\(hello\) \(world\)/\2 \1/'
## stdout: world hello

#### ERE groups with case conversion
echo hello world | sed -E 's/(\w+) (\w+)/\U\2\E \u\1/'
## stdout: WORLD Hello

#### lower then upper first
echo 'foo BAR' | sed 's/.*/\L\u&/'
## stdout: Foo bar

#### capitalize words
echo 'FOO BAR' | sed 's/\w\+/\L\u&/g'
## stdout: Foo Bar

#### camel case to snake case
echo 'CamelCaseWord' | sed 's/[A-Z]/_\l&/g'
## stdout: _camel_case_word

#### pipe delimiter
## file: a
one
two
three
four
five
## end
echo a.b.c | sed 's|\.|/|g'
## stdout: a/b/c

#### comma delimiter with escaped comma
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a,b' | sed 's,\,,X,'
## stdout: aXb

#### hash delimiter basename
echo 'path/to/file.txt' | sed 's#.*/##'
## stdout: file.txt

#### escaped slash in pattern
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a/b' | sed 's/\//|/'
## stdout: a|b

#### newline in replacement
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a b c' | sed 's/ /\n/g'
## STDOUT:
a
b
c
## END

#### escaped newline in replacement
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo x | sed 's/x/a\
b/'
## STDOUT:
a
b
## END

#### tab in regex and replacement
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\tb\n' | sed 's/\t/<TAB>/; s/b/\t/'
## stdout: a<TAB>	

#### hex escape in regex
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed 's/\x2a/S/'
## stdout: aSb

#### ampersand and escaped ampersand
## file: a
one
two
three
four
five
## end
sed -n 's/one/&-\&-&/p' a
## stdout: one-&-one

#### swap key and value
echo 'key=value' | sed 's/\(.*\)=\(.*\)/\2=\1/'
## stdout: value=key

#### back-reference in the regex
echo 'abcabc xyz' | sed 's/\(abc\)\1/dup/'
## stdout: dup xyz

#### ERE plus and BRE plus
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'aab a+b' | sed -E 's/a+b/E/; s/a\+b/L/'
## stdout: E L

#### BRE alternation
echo 'cat dog' | sed 's/cat\|dog/pet/g'
## stdout: pet pet

#### ERE alternation with groups
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'abc' | sed -E 's/(a)|b/[\1]/g'
## stdout: [a][]c

#### literal parens in ERE
## file: a
one
two
three
four
five
## end
echo '(a)' | sed -E 's/\(a\)/ok/'
## stdout: ok

#### interval expressions
## file: a
one
two
three
four
five
## end
sed -n '/o\{2,\}/p; /^t.\{3\}$/p' a

#### I flag on s
echo Hello | sed 's/hello/bye/I'
## stdout: bye

#### I flag on an address
## file: a
one
two
three
four
five
## end
sed -n '/T/Ip' a
## STDOUT:
two
three
## END

#### M flag anchors at lines
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb\n' | sed 'N;s/^b/X/M;s/a$/Y/M'
## STDOUT:
Y
X
## END

#### without M dollar is the end of the pattern space
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb\n' | sed 'N;s/a$/X/;s/b$/Z/'
## STDOUT:
a
Z
## END

#### dot matches newline in pattern space
## file: a
one
two
three
four
five
## end
printf 'a\nb\n' | sed 'N;s/a.b/joined/'
## stdout: joined

#### newline in a bracket
## file: a
one
two
three
four
five
## end
printf 'a\nb\n' | sed 'N;s/[\n]/+/'
## stdout: a+b

#### trailing whitespace removal
## file: a
one
two
three
four
five
## end
printf 'a  \nb\t\n c \n' | sed 's/[[:space:]]*$//'
## STDOUT:
a
b
 c
## END

#### leading whitespace removal
## file: a
one
two
three
four
five
## end
printf '  a\n\tb\n' | sed 's/^[ \t]*//'
## STDOUT:
a
b
## END

#### character classes
echo 'ab12CD' | sed 's/[[:digit:]]/#/g; s/[[:upper:]]/U/g'
## stdout: ab##UU

#### p flag with -n
echo foo | sed -n 's/o/0/gp'
## stdout: f00

#### w flag to /dev/stdout
echo foo | sed 's/o/0/w /dev/stdout'
## STDOUT:
f0o
f0o
## END

#### w flag to a file
## file: a
one
two
three
four
five
## end
sed -n 's/o/X/w out' a; cat out
## STDOUT:
Xne
twX
fXur
## END

#### y transliterates
## file: b
x1
x2
## end
sed 'y/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/' b
## STDOUT:
X1
X2
## END

#### y with escaped delimiter and newline
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a/b\nc\n' | sed 'N;y/\/\n/|,/'
## stdout: a|b,c

#### y with multibyte characters
echo héllo | sed 'y/é/e/'
## stdout: hello

#### insert with backslash newline
## file: b
x1
x2
## end
sed '2i\
inserted' b
## STDOUT:
x1
inserted
x2
## END

#### insert one-liner
## file: b
x1
x2
## end
sed '1i first' b
## STDOUT:
first
x1
x2
## END

#### insert keeps leading spaces after backslash
echo x | sed '1i\  lead'
## STDOUT:
  lead
x
## END

#### append one-liner
## file: b
x1
x2
## end
sed '1a appended' b
## STDOUT:
x1
appended
x2
## END

#### append several lines
## file: b
x1
x2
## end
sed '1a\
l1\
l2' b
## STDOUT:
x1
l1
l2
x2
## END

#### append at the end
## file: a
one
two
three
four
five
## end
sed '$a END' a
## STDOUT:
one
two
three
four
five
END
## END

#### append with escape sequences
## file: a
one
two
three
four
five
## end
echo x | sed 'a foo\tbar'
## STDOUT:
x
foo	bar
## END

#### empty append
## file: a
one
two
three
four
five
## end
echo x | sed 'a\'
## stdout: x

#### append in a block
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed '$!{a --
}' b
## STDOUT:
x1
--
x2
## END

#### change a line
## file: a
one
two
three
four
five
## end
sed '/three/c\changed' a
## STDOUT:
one
two
changed
four
five
## END

#### change a range prints once
## file: a
one
two
three
four
five
## end
sed '2,4c\changed' a
## STDOUT:
one
changed
five
## END

#### change with negation
## file: a
one
two
three
four
five
## end
sed '2,4!c\X' a
## STDOUT:
X
two
three
four
X
## END

#### change with empty text deletes
## file: a
one
two
three
four
five
## end
sed 'c\' a

#### n prints and reads the next line
## file: a
one
two
three
four
five
## end
sed 'n;d' a
## STDOUT:
one
three
five
## END

#### n with -n
## file: a
one
two
three
four
five
## end
sed -n 'n;p' a
## STDOUT:
two
four
## END

#### N at the end prints the pattern space
## file: a
one
two
three
four
five
## end
sed N a
## STDOUT:
one
two
three
four
five
## END

#### N three at a time
printf '1\n2\n3\n4\n5\n6\n7\n' | sed 'N;N;s/\n/+/g'
## STDOUT:
1+2+3
4+5+6
7
## END

#### P and D sliding window
## file: a
one
two
three
four
five
## end
sed '$!N;P;D' a
## STDOUT:
one
two
three
four
five
## END

#### D restarts without reading
## file: a
one
two
three
four
five
## end
sed 'N;N;D' a
## STDOUT:
three
four
five
## END

#### step addresses
## file: a
one
two
three
four
five
## end
sed -n '0~2p' a
## STDOUT:
two
four
## END

#### first~step
## file: a
one
two
three
four
five
## end
sed '1~2d' a
## STDOUT:
two
four
## END

#### step zero
## file: a
one
two
three
four
five
## end
sed -n '2~0p' a
## stdout: two

#### addr,+N
## file: a
one
two
three
four
five
## end
sed '2,+1d' a
## STDOUT:
one
four
five
## END

#### addr,~N
## file: a
one
two
three
four
five
## end
sed '2,~4d' a
## STDOUT:
one
five
## END

#### regex,+N negated
## file: a
one
two
three
four
five
## end
sed '/one/,+2!d' a
## STDOUT:
one
two
three
## END

#### 0,/re/ with empty regex
## file: a
one
two
three
four
five
## end
sed '0,/o/s//0/' a
## STDOUT:
0ne
two
three
four
five
## END

#### 1,/re/ starts looking after line 1
## file: a
one
two
three
four
five
## end
sed '1,/o/s//0/' a
## stderr: sed: -e expression #1, char 0: no previous regular expression
## status: 1

#### empty regex reuses the last one
## file: a
one
two
three
four
five
## end
sed 's/o/0/;s//1/' a
## STDOUT:
0ne
tw0
three
f0ur
five
## END

#### second address before the first
## file: a
one
two
three
four
five
## end
sed -n '4,2p' a
## stdout: four

#### regex range that never ends
## file: a
one
two
three
four
five
## end
sed -n '/three/,/nomatch/p' a
## STDOUT:
three
four
five
## END

#### regex range with the same regex
## file: a
one
two
three
four
five
## end
printf 'a\nx\nb\nx\nc\nx\nd\n' | sed -n '/x/,/x/p'
## STDOUT:
x
b
x
x
d
## END

#### range starting with regex ending with a number already passed
## file: a
one
two
three
four
five
## end
sed -n '/four/,2p' a
## stdout: four

#### negated single address
## file: a
one
two
three
four
five
## end
sed '2!d' a
## stdout: two

#### negated range
## file: a
one
two
three
four
five
## end
sed -n '2,4!p' a
## STDOUT:
one
five
## END

#### spaces around addresses and bang
## file: b
x1
x2
## end
sed -n '1 ! p' b
## stdout: x2

#### block with two commands
## file: a
one
two
three
four
five
## end
sed -n '2{p;p}' a
## STDOUT:
two
two
## END

#### nested blocks
## file: a
one
two
three
four
five
## end
sed -n '1,4{/o/{/t/p}}' a
## stdout: two

#### block across -e arguments
## file: a
one
two
three
four
five
## end
sed -e '1{' -e 's/one/1/' -e '}' a
## STDOUT:
1
two
three
four
five
## END

#### hold and get
## file: a
one
two
three
four
five
## end
sed '2{h;d};4G' a
## STDOUT:
one
three
four
two
five
## END

#### collect lines with H and x
## file: a
one
two
three
four
five
## end
sed -n 'H;${x;s/\n/,/g;s/^,//;p}' a
## stdout: one,two,three,four,five

#### exchange
## file: a
one
two
three
four
five
## end
sed -n 'x;p' a
## STDOUT:

one
two
three
four
## END

#### G double-spaces
## file: b
x1
x2
## end
sed G b
## STDOUT:
x1

x2

## END

#### z empties the pattern space
## file: b
x1
x2
## end
sed 'z;s/^$/empty/' b
## STDOUT:
empty
empty
## END

#### branch to a label
echo foo | sed -n 's/o/0/;t done;p;:done;s/$/!/p'
## stdout: f0o!

#### branch loop replaces all
## file: a
one
two
three
four
five
## end
echo foo | sed ':a;s/o/0/;ta'
## stdout: f00

#### T branches when nothing was replaced
echo foo | sed 's/x/y/;T;s/$/ no/'
## stdout: foo

#### T does not branch after a replacement
echo foo | sed 's/o/y/;T;s/$/ yes/'
## stdout: fyo yes

#### b without label ends the cycle
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed '/two/b;s/$/!/' a
## STDOUT:
one!
two
three!
four!
five!
## END

#### q stops after printing
## file: a
one
two
three
four
five
## end
sed 3q a
## STDOUT:
one
two
three
## END

#### q with exit code
## file: a
one
two
three
four
five
## end
sed '2q5' a; echo "status $?"
## STDOUT:
one
two
status 5
## END

#### Q does not print
## file: a
one
two
three
four
five
## end
sed '3Q' a
## STDOUT:
one
two
## END

#### Q with exit code
## file: a
one
two
three
four
five
## end
sed '2Q7' a; echo "status $?"
## STDOUT:
one
status 7
## END

#### q in a block
## file: a
one
two
three
four
five
## end
sed -n '/two/{p;q}' a
## stdout: two

#### q with a range start stops early
printf '1\n2\n3\n' | sed -n '2{p;q}'
## stdout: 2

#### l escapes and ends with dollar
## file: a
one
two
three
four
five
## end
printf 'a\001\tb\\\351\n' | sed -n l
## stdout: a\001\tb\\\351$

#### l wraps at 70
printf '%080d\n' 0 | sed -n l
## STDOUT:
000000000000000000000000000000000000000000000000000000000000000000000\
00000000000$
## END

#### l 0 does not wrap
printf '%080d\n' 0 | sed -n 'l 0'
## stdout: 00000000000000000000000000000000000000000000000000000000000000000000000000000000$

#### l with a width
echo abcdef | sed -n 'l 4'
## STDOUT:
abc\
def$
## END

#### -l sets the width
## file: b
x1
x2
## end
sed -n -l 3 l b
## STDOUT:
x1$
x2$
## END

#### l on multibyte text
echo héllo | sed -n l
## stdout: h\303\251llo$

#### = on a range
## file: a
one
two
three
four
five
## end
printf 'a\nb\nc\nd\n' | sed -n '2,3='
## STDOUT:
2
3
## END

#### F prints the file name
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -n '1F' a b
## stdout: a

#### F on stdin
echo x | sed F
## STDOUT:
-
x
## END

#### r reads a file after the line
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed '1r b' a
## STDOUT:
one
x1
x2
two
three
four
five
## END

#### r of a missing file is silent
## file: b
x1
x2
## end
sed 'r nope' b
## STDOUT:
x1
x2
## END

#### R reads one line at a time
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'R b' a
## STDOUT:
one
x1
two
x2
three
four
five
## END

#### w writes a file
## file: a
one
two
three
four
five
## end
sed -n '/o/w out' a; cat out
## STDOUT:
one
two
four
## END

#### W writes the first line
## file: a
one
two
three
four
five
## end
printf 'a\nb\n' | sed -n 'N;W out
'; cat out
## stdout: a

#### w file is created even when nothing is written
## file: a
one
two
three
four
five
## end
sed -n '/nomatch/w empty' a; cat empty; echo "[$(cat empty)]"
## stdout: []

#### w /dev/stdout
## file: b
x1
x2
## end
sed -n '/x2/w /dev/stdout' b
## stdout: x2

#### no trailing newline is kept
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb' | sed 's/b/B/'
## stdout-json: "a\nB"

#### p on a last line without newline
printf 'x' | sed p
## stdout-json: "x\nx"

#### append after a last line without newline
## file: a
one
two
three
four
five
## end
printf 'x' | sed 'a y'
## STDOUT:
x
y
## END

#### insert before a last line without newline
printf 'x' | sed 'i y'
## stdout-json: "y\nx"

#### G on a last line without newline
printf 'x\ny' | sed G
## STDOUT:
x

y

## END

#### tac of a last line without newline
printf 'x\ny' | sed '1!G;h;$!d'
## STDOUT:
y
x
## END

#### empty input
printf '' | sed p

#### empty line
echo | sed 's/^$/empty/'
## stdout: empty

#### delete empty lines
## file: a
one
two
three
four
five
## end
printf 'a\n\nb\n\n\nc\n' | sed '/^$/d'
## STDOUT:
a
b
c
## END

#### squeeze blank lines
## file: a
one
two
three
four
five
## end
printf 'a\n\nb\n\n\nc\n' | sed '/./,/^$/!d'
## STDOUT:
a

b

c
## END

#### comment lines and trailing comments
## file: a
one
two
three
four
five
## end
sed -n '# a comment
2p # print two
'  a
## stdout: two

#### #n on the first line
printf 'x\ny\n' | sed '#n
2p'
## stdout: y

#### semicolons and spaces
## file: b
x1
x2
## end
sed -n '  1  p ; ; 2p' b
## STDOUT:
x1
x2
## END

#### several -e joined
## file: a
one
two
three
four
five
## end
sed -n -e 2p -e 4p a
## STDOUT:
two
four
## END

#### long options
## file: b
x1
x2
## end
sed --quiet --expression=1p --regexp-extended --expression='s/(x)/[\1]/p' b
## STDOUT:
x1
[x]1
[x]2
## END

#### -s treats files separately
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s -n '$p' a b
## STDOUT:
five
x2
## END

#### -s restarts line numbers
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s -n '1p' a b
## STDOUT:
one
x1
## END

#### -z uses NUL separators
## file: a
one
two
three
four
five
## end
printf "a\0b\0" | sed -z "s/^/>/"
## stdout-json: ">a\u0000>b\u0000"

#### -z joins lines
printf 'one\ntwo\n' | sed -z 's/\n/,/g'
## stdout-json: "one,two,"

#### -u is accepted
## file: b
x1
x2
## end
sed -u 1d b
## stdout: x2

#### --posix is accepted
## file: a
one
two
three
four
five
## end
sed --posix -n 2p a
## stdout: two

#### -f script file
## file: b
x1
x2
## end
printf '1d\ns/x/y/\n' > s.sed; sed -f s.sed b
## stdout: y2

#### -f with -n and -e
## file: b
x1
x2
## end
printf 's/x/y/p\n' > s.sed; sed -n -e 1p -f s.sed b
## STDOUT:
x1
y1
y2
## END

#### -E in the middle of arguments
## file: b
x1
x2
## end
sed 's/(x)/<\1>/' -E b
## STDOUT:
<x>1
<x>2
## END

#### in-place edit
## file: a
one
two
three
four
five
## end
sed -i 's/o/0/g' a && cat a
## STDOUT:
0ne
tw0
three
f0ur
five
## END

#### in-place with backup suffix
## file: b
x1
x2
## end
sed -i.bak 1d b && cat b b.bak
## STDOUT:
x2
x1
x2
## END

#### in-place with long option
## file: b
x1
x2
## end
sed --in-place=.orig 's/x/y/' b; cat b b.orig
## STDOUT:
y1
y2
x1
x2
## END

#### in-place on several files
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -i -e 1d a b; cat a b
## STDOUT:
two
three
four
five
x2
## END

#### in-place with -n keeps only printed lines
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -n -i '2p' a b; cat a b
## STDOUT:
two
x2
## END

#### in-place q truncates the rest
## file: a
one
two
three
four
five
## end
sed -i 2q a; cat a
## STDOUT:
one
two
## END

#### in-place w /dev/stdout
## file: b
x1
x2
## end
sed -i 's/x/y/w /dev/stdout' b; cat b
## STDOUT:
y1
y2
y1
y2
## END

#### in-place line numbers are per file
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -i '1s/^/> /' a b; cat a b
## STDOUT:
> one
two
three
four
five
> x1
x2
## END

#### in-place with a missing file
## file: b
x1
x2
## end
sed -i 's/x/y/' nope b; echo "status $?"; cat b
## STDOUT:
status 2
y1
y2
## END
## stderr: sed: can't read nope: No such file or directory

#### in-place without files
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -i 's/a/b/'; echo "status $?"
## stdout: status 4
## stderr: sed: no input files

#### missing file is reported, others processed
## file: b
x1
x2
## end
sed p nope b; echo "status $?"
## STDOUT:
x1
x1
x2
x2
status 2
## END
## stderr: sed: can't read nope: No such file or directory

#### missing file at the end
## file: b
x1
x2
## end
sed -n '$p' b nope; echo "status $?"
## STDOUT:
x2
status 2
## END
## stderr: sed: can't read nope: No such file or directory

#### stdin as dash
## file: b
x1
x2
## end
echo in | sed 's/^/> /' b - b
## STDOUT:
> x1
> x2
> in
> x1
> x2
## END

#### classic one-liner print between markers
printf 'x\nstart\na\nb\nend\ny\n' | sed -n '/start/,/end/p'
## STDOUT:
start
a
b
end
## END

#### print between markers exclusive
printf 'x\nstart\na\nb\nend\ny\n' | sed -n '/start/,/end/{//!p}'
## STDOUT:
a
b
## END

#### reverse each line
echo abc | sed '/\n/!G;s/\(.\)\(.*\n\)/&\2\1/;//D;s/.//'
## stdout: cba

#### number lines like cat -n
## file: b
x1
x2
## end
sed = b | sed 'N;s/\n/\t/'
## STDOUT:
1	x1
2	x2
## END

#### extract a field
echo 'name: value' | sed -n 's/^name: *//p'
## stdout: value

#### strip html tags
## file: b
x1
x2
## end
echo '<b>bold</b> text' | sed 's/<[^>]*>//g'
## stdout: bold text

#### quoting with single quotes
echo "it's" | sed "s/'/''/g"
## stdout: it''s

#### replace on lines matching a regex
## file: a
one
two
three
four
five
## end
sed '/^t/s/$/ <-/' a
## STDOUT:
one
two <-
three <-
four
five
## END

#### print lines not matching
## file: a
one
two
three
four
five
## end
sed -n '/o/!p' a
## STDOUT:
three
five
## END

#### first match only with 0,/re/
## file: a
one
two
three
four
five
## end
printf 'a\nb\na\n' | sed '0,/a/s/a/X/'
## STDOUT:
X
b
a
## END

#### line range with $
## file: a
one
two
three
four
five
## end
sed -n '3,$p' a
## STDOUT:
three
four
five
## END

#### every third line
## file: a
one
two
three
four
five
## end
sed -n '1~3p' a
## STDOUT:
one
four
## END

#### append text after a match then delete
## file: a
one
two
three
four
five
## end
sed '/two/{a after
d}' a
## STDOUT:
one
after
three
four
five
## END

#### i and a around each line
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'i\
<\
a\
>' b
## STDOUT:
<
a
>
x1
<
a
>
x2
## END

#### regex with anchors and dot
## file: a
one
two
three
four
five
## end
sed -n '/^.h/p' a
## stdout: three

#### case insensitive range end
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nB\nc\n' | sed -n '/a/,/b/Ip'
## STDOUT:
a
B
## END

#### s with I and g
## file: a
one
two
three
four
five
## end
echo 'aAaA' | sed 's/a/x/Ig'
## stdout: xxxx

#### s number and g with p
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'aaaa' | sed -n 's/a/b/3gp'
## stdout: aabb

#### unicode in s
echo 'héllo wörld' | sed 's/ö/o/; s/./E/2'
## stdout: hEllo world

#### upper case conversion of unicode
echo 'éa' | sed 's/.*/\U&/'
## stdout: ÉA

#### backslash sequences in y
## file: a
one
two
three
four
five
## end
printf 'a\tb\n' | sed 'y/\t/ /'
## stdout: a b

#### version
sed --version
## STDOUT:
sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
## END

#### help
sed --help
## STDOUT:
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
## END

#### v with an older version is fine
## file: a
one
two
three
four
five
## end
sed -n 'v 4.2
1p' a
## stdout: one

#### delimiter inside a bracket expression
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a/b]' | sed 's/[/]/X/; s/[]]/Y/'
## stdout: aXbY

#### unterminated bracket is an unterminated s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a/b' | sed 's/[/x/;p'
## stderr: sed: -e expression #1, char 8: unterminated `s' command
## status: 1

#### address regex with the delimiter in a bracket
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a/b' | sed -n '/[/]/p'
## stdout: a/b

#### escaped delimiter in a bracket
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a/b' | sed 's/[\/]/x/'
## stdout: axb

#### custom address delimiters
## file: b
x1
x2
## end
sed -n '\%x1%p; \,x2,p' b
## STDOUT:
x1
x2
## END

#### label ends at a space
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'x\n' | sed -n ':a b;p'

#### label before a closing brace
## file: a
one
two
three
four
five
## end
printf 'x\n' | sed -n '1{:a
s/x/y/;ta};p'
## stdout: y

#### branch to a label with spaces around
## file: b
x1
x2
## end
sed -n 'b end ; p ; :end' b

#### q exit code is taken modulo 256
## file: b
x1
x2
## end
sed '1q 300' b; echo "status $?"
## STDOUT:
x1
status 44
## END

#### directory operand stops sed
## file: d/x
## end
## file: b
x1
x2
## end
sed p d b; echo "status $?"
## stdout: status 4
## stderr: sed: read error on d: Is a directory

#### directory operand with -i
## file: d/x
## end
## file: b
x1
x2
## end
sed -i p d b; echo "status $?"
## stdout: status 4
## stderr: sed: couldn't edit d: not a regular file

#### e command runs a command
## file: b
x1
x2
## end
sed '1e echo hi' b
## STDOUT:
hi
x1
x2
## END

#### s with e flag
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'echo a b' | sed 's/a/X/e'
## stdout: X b

#### y then p with a semicolon
## file: b
x1
x2
## end
sed 'y/x/X/;p' b
## STDOUT:
X1
X1
X2
X2
## END

#### empty block
## file: b
x1
x2
## end
sed '{}' b
## STDOUT:
x1
x2
## END

#### block with only a semicolon
## file: b
x1
x2
## end
sed '1{;}' b
## STDOUT:
x1
x2
## END

#### n twice
## file: a
one
two
three
four
five
## end
sed 'n;n;s/$/!/' a
## STDOUT:
one
two
three!
four
five
## END

#### P and D split at the first newline
## file: a
one
two
three
four
five
## end
sed 's/o/\n/;P;D' a
## STDOUT:

ne
tw

three
f
ur
five
## END

#### literal star at the start of a BRE
echo '*ab' | sed 's/*/X/'
## stdout: Xab

#### caret in the middle of a BRE is literal
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a^b' | sed 's/a^b/X/'
## stdout: X

#### dollar in the middle of a BRE is literal
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a$b' | sed 's/a$b/X/'
## stdout: X

#### braces are literal in BRE
## file: a
one
two
three
four
five
## end
echo 'a{2}' | sed 's/a{2}/X/'
## stdout: X

#### octal decimal and hex escapes in the replacement
printf 'x\n' | sed 's/x/\o101\d066\x43/'
## stdout: ABC

#### control escape in the replacement
printf 'x\n' | sed 's/x/\cA/' | cat -v
## stdout: ^A

#### nine back-references
printf 'hello\n' | sed 's/\(h\)\(e\)\(l\)\(l\)\(o\)/\5\4\3\2\1/'
## stdout: olleh

#### capitalize every word including empty matches
printf 'one two\n' | sed 's/\w*/\u&/g'
## stdout: One Two

#### optional group that did not take part
echo abc | sed 's/\(x\)\?c/[\1]/'
## stdout: ab[]

#### a and i from separate -e arguments
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -e '1i\' -e 'hello' -e '$a\' -e 'bye' b
## STDOUT:
hello
x1
x2
bye
## END

#### backslash text after a
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'a\ttab' b
## STDOUT:
x1
ttab
x2
ttab
## END

#### change a last line without newline
printf 'x' | sed 'c y'
## stdout: y

#### carriage returns removed
## file: a
one
two
three
four
five
## end
printf 'a\r\nb\r\n' | sed 's/\r$//' | cat -A
## STDOUT:
a$
b$
## END

#### -s with F and line numbers
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s -n '1{F;=}' a b
## STDOUT:
a
1
b
1
## END

#### -- ends options
## file: b
x1
x2
## end
sed -n -- 1p b
## stdout: x1

#### option requires an argument
sed -e
## STDERR:
sed: option requires an argument -- 'e'
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
## END
## status: 1

#### -n alone is a usage error
sed -n
## STDERR:
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
## END
## status: 1

#### addr,~N when addr is already a multiple
printf '1\n2\n3\n4\n5\n6\n' | sed -n '2,~2p'
## STDOUT:
2
3
4
## END

#### addr,~1 takes the next line
printf '1\n2\n3\n4\n' | sed -n '2,~1p'
## STDOUT:
2
3
## END

#### addr,~0 is one line
printf '1\n2\n3\n' | sed -n '2,~0p'
## stdout: 2

#### step address as the range end
printf '1\n2\n3\n4\n5\n6\n' | sed -n '2,1~3p'
## STDOUT:
2
3
4
## END

#### range end 0 is allowed
printf '1\n2\n3\n' | sed -n '2,0p'
## stdout: 2

#### R of a line without newline
## file: b
x1
x2
## end
printf 'noeol' > c; sed 'R c' b
## STDOUT:
x1
noeolx2
## END

#### append after each file with -s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s '$a --' a b
## STDOUT:
one
two
three
four
five
--
x1
x2
--
## END

#### change a range to the end
## file: a
one
two
three
four
five
## end
sed '2,$c\X' a
## STDOUT:
one
X
## END

#### append queue is flushed by n
## file: a
one
two
three
four
five
## end
sed -e '1a foo' -e 'n' a
## STDOUT:
one
foo
two
three
four
five
## END

#### append queue is flushed by N
## file: a
one
two
three
four
five
## end
sed -e '1a foo' -e 'N;s/\n/+/' a
## STDOUT:
foo
one+two
three+four
five
## END

#### r then N
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -e '1r b' -e 'N' a
## STDOUT:
x1
x2
one
two
three
four
five
## END

#### append survives d
## file: b
x1
x2
## end
sed -e '1a foo' -e 'd' b
## stdout: foo

#### append is printed by q but not Q
## file: b
x1
x2
## end
sed -e '1a foo' -e 'q' b; sed -e '1a bar' -e 'Q' b
## STDOUT:
x1
foo
## END

#### w to /dev/stderr
## file: b
x1
x2
## end
sed 'w /dev/stderr' b
## STDOUT:
x1
x2
## END
## STDERR:
x1
x2
## END

#### empty script
## file: b
x1
x2
## end
sed '' b
## STDOUT:
x1
x2
## END

#### script of only separators
## file: b
x1
x2
## end
sed ';;' b
## STDOUT:
x1
x2
## END

#### stdin between files
## file: b
x1
x2
## end
echo x | sed F b -
## STDOUT:
b
x1
b
x2
-
x
## END

#### N at the end of each file with -s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s 'N;s/\n/+/' a b
## STDOUT:
one+two
three+four
five
x1+x2
## END

#### N at the end of each file with -i
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -i 'N;s/\n/+/' a b; cat a b
## STDOUT:
one+two
three+four
five
x1+x2
## END

#### n at the end of each file with -s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -s 'n;d' a b
## STDOUT:
one
three
five
x1
## END

#### N across files without -s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'N;s/\n/+/' a b
## STDOUT:
one+two
three+four
five+x1
x2
## END

#### alternation takes the longest match
## file: a
one
two
three
four
five
## end
echo abcd | sed -E 's/a|ab/X/'
## stdout: Xcd

#### alternation in groups takes the longest overall match
## file: a
one
two
three
four
five
## end
echo abcd | sed 's/\(a\|ab\)\(c\|bcd\)/[\1,\2]/'
## stdout: [a,bcd]

#### longest alternative with g
echo 'foobar foo' | sed -E 's/(foo|foobar)/<\1>/g'
## stdout: <foobar> <foo>

#### longest alternative ignoring case
echo 'The cat' | sed -E 's/(the|th)/X/Ig'
## stdout: X cat

#### sandbox rejects r
## file: b
x1
x2
## end
echo x | sed --sandbox 'r b'
## stderr: sed: -e expression #1, char 1: e/r/w commands disabled in sandbox mode
## status: 1

#### sandbox rejects the w flag
echo x | sed --sandbox 's/x/y/w f'
## stderr: sed: -e expression #1, char 7: e/r/w commands disabled in sandbox mode
## status: 1

#### sandbox rejects e
echo x | sed --sandbox '1e ls'
## stderr: sed: -e expression #1, char 2: e/r/w commands disabled in sandbox mode
## status: 1

#### -i treats dash as a file name
echo x | sed -i p -; echo "status $?"
## stdout: status 2
## stderr: sed: can't read -: No such file or directory

#### script from stdin with -f -
## file: b
x1
x2
## end
echo p | sed -n -f - b
## STDOUT:
x1
x2
## END

#### script from /dev/stdin
## file: b
x1
x2
## end
echo '$p' | sed -n -f /dev/stdin b
## stdout: x2

#### -b is accepted
## file: b
x1
x2
## end
sed -b -n 1p b
## stdout: x1

#### --follow-symlinks is accepted
## file: b
x1
x2
## end
sed --follow-symlinks -n 1p b
## stdout: x1

#### character classes beyond ASCII
echo 'ÉTÉ été 1٣' | sed 's/[[:upper:]]/U/g; s/[[:lower:]]/l/g; s/[[:digit:]]/D/g'
## stdout: UUU lll D٣

#### alpha matches accented letters
echo 'été' | sed 's/[[:alpha:]]/X/g'
## stdout: XXX

#### punct matches ASCII and Unicode punctuation
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a,b;c!d$e«f»' | sed 's/[[:punct:]]/_/g'
## stdout: a_b_c_d_e_f_

#### word characters beyond ASCII
echo 'été x' | sed 's/\w/X/g'
## stdout: XXX X

#### date reformat with ERE groups
echo '2024-01-15' | sed -E 's/([0-9]{4})-([0-9]{2})-([0-9]{2})/\3\/\2\/\1/'
## stdout: 15/01/2024

#### email split
echo 'user@example.com' | sed -E 's/^([^@]+)@(.+)$/\2 \1/'
## stdout: example.com user

#### escape dots
echo 'foo.bar' | sed 's/\./\\./g'
## stdout: foo\.bar

#### word boundaries
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a b' | sed 's/\b/|/g'
## stdout: |a| |b|

#### bracket with a backslash and w
## file: a
one
two
three
four
five
## end
echo 'a\wb' | sed 's/[\w]/X/g'
## stdout: aXXb

#### group with plus
echo 'ababc' | sed 's/\(ab\)\+/X/'
## stdout: Xc

#### back-reference in an address
## file: a
one
two
three
four
five
## end
printf 'aa\nab\n' | sed -n '/\(a\)\1/p'
## stdout: aa

#### back-reference ignoring case
echo 'AbAB' | sed 's/\(ab\)\1/X/I'
## stdout: X

#### script file with a trailing backslash text
## file: b
x1
x2
## end
printf '1i\\\n  x\n' > s.sed; sed -f s.sed b
## STDOUT:
  x
x1
x2
## END

#### #n in a script file
## file: b
x1
x2
## end
printf '#n\n1p\n' > s.sed; sed -f s.sed b
## stdout: x1

#### strip ANSI colour codes
printf '\033[1;31mred\033[0m text\n' | sed 's/\x1b\[[0-9;]*m//g'
## stdout: red text

#### squeeze runs of blank lines
## file: a
one
two
three
four
five
## end
printf 'a\n\n\n\nb\n\nc\n' | sed '/^$/N;/\n$/D'
## STDOUT:
a

b

c
## END

#### thousands separators
## file: a
one
two
three
four
five
## end
echo 1234567 | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'
## stdout: 1,234,567

#### right-align with a loop
## file: a
one
two
three
four
five
## end
printf 'ab\nabcd\n' | sed -e :a -e 's/^.\{1,9\}$/ &/;ta'
## STDOUT:
        ab
      abcd
## END

#### replace the last occurrence
echo 'foo foo foo' | sed 's/\(.*\)foo/\1bar/'
## stdout: foo foo bar

#### append a separator every third line
## file: a
one
two
three
four
five
## end
sed '0~3 a\---' a
## STDOUT:
one
two
three
---
four
five
## END

#### extract a JSON value
echo '{"version": "1.2.3"}' | sed -n 's/.*"version": *"\([^"]*\)".*/\1/p'
## stdout: 1.2.3

#### drop comments and blank lines
printf '# c\n  # d\nx\n\n' | sed '/^\s*#/d;/^\s*$/d'
## stdout: x

#### replace only the second comma with a newline
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a,b,c\n' | sed 's/,/\n/2'
## STDOUT:
a,b
c
## END

#### one character per line
echo abc | sed 's/./&\n/g'
## STDOUT:
a
b
c

## END

#### range whose first line was consumed by N still starts
printf '1\n2\n3\n4\n5\n' | sed -n 'N;2,3p'
## STDOUT:
1
2
## END

#### range whose numeric end was consumed by N still ends
## file: a
one
two
three
four
five
## end
sed 'N;1p;2,+1s/$/</' a
## STDOUT:
one
two<
three
four<
five
## END

#### ranges restart in each file with -s
printf 'one\ntwo\nthree\n' > a3; printf 'x1\nx2\nx3\n' > b3; sed -s '1,2d' a3 b3
## STDOUT:
three
x3
## END

#### one-line range per file with -s
printf 'one\ntwo\nthree\n' > a3; printf 'x1\nx2\nx3\n' > b3; sed -s '2,1d' a3 b3
## STDOUT:
one
three
x1
x3
## END

#### 0,/re/ continues into the next file with -s
printf 'one\ntwo\nthree\n' > a3; printf 'x1\nx2\nx3\n' > b3; sed -s '0,/x/d' a3 b3
## STDOUT:
x2
x3
## END

#### 0,/re/ matches only once
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb\na\nb\n' | sed '0,/a/s/^/>/;s/b/B/'
## STDOUT:
>a
B
a
B
## END

#### c on addr,$ starting at the last line
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb\n' | sed '/b/,$c Z'
## STDOUT:
a
Z
## END

#### c on an unfinished range prints nothing
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'a\nb\n' | sed '/b/,/nomatch/c Z'
## stdout: a

#### q ends a last line without newline
printf 'x' | sed q
## stdout: x

#### p then q ends a last line without newline
printf 'x' | sed -n 'p;q'
## stdout: x

#### Q keeps the missing newline
printf 'x' | sed 'p;Q'
## stdout-json: "x"

#### -z with F = l and i
## file: a
one
two
three
four
five
## end
printf 'a\0' | sed -z 'F;=;l;i X'
## stdout-json: "-\u00001\u0000a$\u0000X\u0000a\u0000"

#### -z append keeps a newline
## file: a
one
two
three
four
five
## end
printf 'x\0' | sed -z 'a Y'
## stdout-json: "x\u0000Y\n"

#### -z change
printf 'x\0' | sed -z 'c Y'
## stdout-json: "Y\u0000"

#### -z p of a record without terminator
printf 'x' | sed -z p
## stdout-json: "x\u0000x"

#### P on a last line without newline
printf 'one\ntwo' | sed -n '2P'
## stdout-json: "two"

#### ERE repetition of a repetition is allowed
## file: a
one
two
three
four
five
## end
echo 'aaab' | sed -E 's/a**/X/'
## stdout: Xb

#### ERE interval with only a maximum
## file: a
one
two
three
four
five
## end
echo 'aaab' | sed -E 's/a{,2}/X/'
## stdout: Xab

#### ERE empty group and empty alternative
## file: a
one
two
three
four
five
## end
echo 'ab' | sed -E 's/()a|(|x)/X/'
## stdout: Xb

#### ERE brace in a bracket
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a{b' | sed -E 's/[{]/X/'
## stdout: aXb

#### BRE star after a group start is literal
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed 's/\(*b\)/X/'
## stdout: aX

#### BRE plus after a star is allowed
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'aab' | sed 's/a*\+b/X/'
## stdout: X

#### w /dev/stdout keeps its own missing newline
printf 'x1\nx2' | sed 's/x/X/w /dev/stdout'
## stdout-json: "X1\nX1\nX2X2"

#### hold space is emptied for each file with -s
printf 'one\ntwo\n' > f1; printf 'x1\nx2\n' > f2; sed -s x f1 f2
## STDOUT:

one

x1
## END

#### ranges restart for each file with -s
printf 'one\ntwo\nthree\n' > f1; printf 'x1\nx2\n' > f2; sed -s -n '2,3=;2N' f1 f2
## STDOUT:
2
2
## END

#### $ with -i does not open the next file early
printf 'one\ntwo\n' > f1; sed -i '$q' f1 nope; echo "status $?"; cat f1
## STDOUT:
status 0
one
two
## END

#### a skipped line-number start begins the range late
printf 'one\ntwo\nthree\nx1\nx2\nx3\n' | sed '1,/x/d;2,+1a A'
## STDOUT:
x2
A
x3
A
## END

#### a skipped start whose numeric end went by does not match
printf 'one\ntwo\nthree\nx1\nx2\nx3\n' | sed '1,/x/d;2,4a A'
## STDOUT:
x2
x3
## END

#### a start consumed by n still begins the range
printf 'one\ntwo\nthree\nx1\nx2\nx3\n' | sed '2n;2,3a A'
## STDOUT:
one
two
three
A
x1
x2
x3
## END

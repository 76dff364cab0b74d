# Parameter expansion operators.

#### colon hyphen default for unset
echo "${u:-default}"
## stdout: default

#### colon hyphen default for empty
e=; echo "${e:-default}"
## stdout: default

#### hyphen default only for unset
e=; echo "[${e-default}]" "${u-default}"
## stdout: [] default

#### colon hyphen does not assign
echo "${u:-x}"; echo "[${u}]"
## STDOUT:
x
[]
## END

#### colon equals assigns
echo "${u:=assigned}"; echo "$u"
## STDOUT:
assigned
assigned
## END

#### equals assigns only when unset
e=; echo "[${e=x}]"; echo "${u=y}$u"
## STDOUT:
[]
yy
## END

#### colon equals on a positional parameter is an error
set --; echo "${1:=x}"; echo never
## stderr: bash: line 1: $1: cannot assign in this way
## status: 1

#### colon question mark with a message
echo "${u:?is required}"; echo never
## stderr: bash: line 1: u: is required
## status: 127

#### colon question mark without a message
echo "${u:?}"
## stderr: bash: line 1: u: parameter null or not set
## status: 127

#### question mark passes a set value
v=ok; echo "${v:?missing}"
## stdout: ok

#### colon plus alternate for set
v=x; echo "[${v:+alt}]" "[${u:+alt}]"
## stdout: [alt] []

#### plus alternate for empty
e=; echo "[${e+alt}]" "[${e:+alt}]"
## stdout: [alt] []

#### default word is expanded
d=dflt; echo "${u:-$d and $((1+1))}"
## stdout: dflt and 2

#### default word with spaces stays one word when quoted
for w in "${u:-a b}"; do echo "<$w>"; done
## stdout: <a b>

#### length
v=hello; echo ${#v}
## stdout: 5

#### length of unicode
v=héllo; echo ${#v}
## stdout: 5

#### length of an unset variable
echo ${#u}
## stdout: 0

#### remove shortest suffix
f=archive.tar.gz; echo ${f%.*}
## stdout: archive.tar

#### remove longest suffix
f=archive.tar.gz; echo ${f%%.*}
## stdout: archive

#### remove shortest prefix
p=/a/b/c; echo ${p#*/}
## stdout: a/b/c

#### remove longest prefix
p=/a/b/c; echo ${p##*/}
## stdout: c

#### prefix removal with no match
v=abc; echo ${v#x}
## stdout: abc

#### pattern from a variable
v=foobar; s=bar; echo ${v%$s}
## stdout: foo

#### quoted pattern is literal
v='a*b'; echo "${v#'a*'}" "${v#a*}"
## stdout: b *b

#### replace first
v=aaa; echo ${v/a/b}
## stdout: baa

#### replace all
v=aaa; echo ${v//a/b}
## stdout: bbb

#### replace at the start
v=abab; echo ${v/#ab/X}
## stdout: Xab

#### replace at the end
v=abab; echo ${v/%ab/X}
## stdout: abX

#### replace with nothing deletes
v=a-b-c; echo ${v//-/}
## stdout: abc

#### replace with a glob pattern
v=hello.world; echo ${v/l*o/_}
## stdout: he_rld

#### replace with a character class
v=a1b2c3; echo ${v//[0-9]/#}
## stdout: a#b#c#

#### replacement ampersand is the match
v=abc; echo "${v/b/[&]}"
## stdout: a[b]c

#### escaped ampersand in the replacement
v=abc; echo "${v/b/\&}"
## stdout: a&c

#### replace slash in a path
p=a/b/c; echo ${p//\//:}
## stdout: a:b:c

#### substring with offset
v=abcdef; echo ${v:2}
## stdout: cdef

#### substring with offset and length
v=abcdef; echo ${v:1:3}
## stdout: bcd

#### substring with negative offset
v=abcdef; echo ${v: -2} ${v:(-3):2}
## stdout: ef de

#### substring with negative length
v=abcdef; echo ${v:1:-2}
## stdout: bcd

#### substring with arithmetic
v=abcdef; i=1; echo ${v:i+1:i+1}
## stdout: cd

#### substring offset past the end
v=abc; echo "[${v:5}]"
## stdout: []

#### uppercase first
v=hello; echo ${v^}
## stdout: Hello

#### uppercase all
v=hello; echo ${v^^}
## stdout: HELLO

#### lowercase first
v=HELLO; echo ${v,}
## stdout: hELLO

#### lowercase all
v=HELLO; echo ${v,,}
## stdout: hello

#### case modification with a pattern
v=hello; echo ${v^^[lo]}
## stdout: heLLO

#### indirect expansion
target=value; name=target; echo ${!name}
## stdout: value

#### indirect expansion of an unset name
name=nosuch; echo "[${!name}]"
## stdout: []

#### indirect through a positional
set -- a b; n=2; echo ${!n}
## stdout: b

#### names with a prefix
ab1=x ab2=y; echo ${!ab*}
## stdout: ab1 ab2

#### quote operator
v="it's a b"; echo ${v@Q}
## stdout: 'it'\''s a b'

#### quote operator on a plain word
v=plain; echo ${v@Q}
## stdout: 'plain'

#### quote operator with a newline
v=$'a\nb'; echo ${v@Q}
## stdout: $'a\nb'

#### uppercase and lowercase transforms
v=MiXed; echo ${v@U} ${v@L} ${v@u}
## stdout: MIXED mixed MiXed

#### assignment transform
v=1; echo ${v@A}
## stdout: v='1'

#### escape transform
v='a\tb'; echo "${v@E}"
## stdout-json: "a\tb\n"

#### nested expansion in the default
echo ${u:-${v:-inner}}
## stdout: inner

#### bad transform operator exits the shell
v=x; echo ${v@Z}; echo same-line
echo next-line
## stderr: bash: line 1: ${v@Z}: bad substitution
## status: 127

#### operators on positional parameters
set -- file.txt; echo ${1%.txt}
## stdout: file

#### operators apply to each positional parameter
set -- a.c b.c; echo "${@%.c}"
## stdout: a b

#### uppercase each positional parameter
set -- a b; echo "${@^}"
## stdout: A B

#### empty pattern replacement does nothing
v=abc; echo ${v//}
## stdout: abc

#### tilde in a default word
HOME=/h; echo ${u:-~}
## stdout: /h

#### star pattern remove all
v=abc; echo "[${v#*}]" "[${v##*}]"
## stdout: [abc] []

#### case toggle of every character
s="Hello World"; echo "${s~~}"
## stdout: hELLO wORLD

#### case toggle of the first character
s="hello"; echo "${s~}"
## stdout: Hello

#### case toggle with a pattern
s="Hello World"; echo "${s~~[lo]}"
## stdout: HeLLO WOrLd

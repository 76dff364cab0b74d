# tr: GNU coreutils tr (byte semantics).

#### tr lower to upper range
echo 'hello world' | tr a-z A-Z
## stdout: HELLO WORLD

#### tr classes
echo 'Hello World' | tr '[:lower:]' '[:upper:]'
## stdout: HELLO WORLD

#### tr upper to lower classes
echo 'Hello World' | tr '[:upper:]' '[:lower:]'
## stdout: hello world

#### tr short set2 is extended
echo 'abcdef' | tr abc x
## stdout: xxxdef

#### tr truncate set1
echo 'abcdef' | tr -t abc xy
## stdout: xycdef

#### tr delete
echo 'hello 123 world' | tr -d '0-9'
## stdout: hello  world

#### tr delete class
echo 'a b	c' | tr -d '[:space:]'
## stdout-json: "abc"

#### tr squeeze
echo 'aaabbbccc  dd' | tr -s 'a-z '
## stdout: abc d

#### tr squeeze spaces
echo 'a   b    c' | tr -s ' '
## stdout: a b c

#### tr complement squeeze to newlines
echo 'hello, big world!' | tr -cs '[:alpha:]' '\n'
## STDOUT:
hello
big
world
## END

#### tr complement delete
echo 'abc123def' | tr -cd '0-9\n'
## stdout: 123

#### tr delete and squeeze
echo 'aabbccdd' | tr -ds a b
## stdout: bccdd

#### tr escapes newline to space
printf 'a\nb\nc\n' | tr '\n' ' '
## stdout-json: "a b c "

#### tr octal escape
echo 'a:b' | tr ':' '\011'
## stdout: a	b

#### tr tab escape
printf 'a\tb\n' | tr '\t' ,
## stdout: a,b

#### tr repeat construct
echo 'abcd' | tr 'a-d' '[x*]'
## stdout: xxxx

#### tr repeat count
echo 'abcd' | tr 'a-d' '[x*2]yz'
## stdout: xxyz

#### tr rot13
echo 'Hello' | tr 'A-Za-z' 'N-ZA-Mn-za-m'
## stdout: Uryyb

#### tr digits class
echo 'a1b2' | tr '[:digit:]' '#'
## stdout: a#b#

#### tr punct
echo 'a.b,c!' | tr -d '[:punct:]'
## stdout: abc

#### tr alnum complement
echo 'a-b_c d' | tr -c '[:alnum:]\n' '_'
## stdout: a_b_c_d

#### tr equivalence class
echo 'abca' | tr '[=a=]' x
## stdout: xbcx

#### tr no newline in output
printf 'abc' | tr a b; echo
## stdout: bbc

#### tr missing operand
tr; echo $?
## stdout: 1
## STDERR:
tr: missing operand
Try 'tr --help' for more information.
## END

#### tr missing second set
tr a; echo $?
## stdout: 1
## STDERR:
tr: missing operand after ‘a’
Two strings must be given when translating.
Try 'tr --help' for more information.
## END

#### tr extra operand when deleting
tr -d a b; echo $?
## stdout: 1
## STDERR:
tr: extra operand ‘b’
Only one string may be given when deleting without squeezing repeats.
Try 'tr --help' for more information.
## END

#### tr empty set2
tr a ''; echo $?
## stdout: 1
## stderr: tr: when not truncating set1, string2 must be non-empty

#### tr reversed range
tr 'z-a' x; echo $?
## stdout: 1
## stderr: tr: range-endpoints of 'z-a' are in reverse collating sequence order

#### tr bad class
tr '[:foo:]' x; echo $?
## stdout: 1
## stderr: tr: invalid character class ‘foo’

#### tr class in set2
tr a '[:digit:]'; echo $?
## stdout: 1
## STDERR:
tr: when translating, the only character classes that may appear in
string2 are 'upper' and 'lower'
## END

#### tr repeat in set1
tr '[a*]' x; echo $?
## stdout: 1
## stderr: tr: the [c*] repeat construct may not appear in string1

#### tr backslash at end
echo 'a\' | tr 'a\' x
## stdout: xx
## stderr: tr: warning: an unescaped backslash at end of string is not portable

#### tr zero bytes to newline
printf 'a\0b\0' | tr '\0' '\n'
## STDOUT:
a
b
## END

#### tr dash literal at end
echo 'a-b' | tr 'a-' 'xy'
## stdout: xyb

#### tr bracket literal
echo '[a]' | tr -d '[]'
## stdout: a

#### tr non ascii bytes
echo 'héllo' | tr -d 'h'
## stdout: éllo

#### a case class in string2 needs one opposite it in string1
echo ABC | tr 'A-C' '[:lower:]'; echo "st=$?"
echo ABC | tr 'a[:upper:]' '[:lower:]x'; echo "st=$?"
echo aBC | tr 'ab[:upper:]' 'xy[:lower:]'
## STDOUT:
st=1
st=1
xbc
## END
## STDERR:
tr: misaligned [:upper:] and/or [:lower:] construct
tr: misaligned [:upper:] and/or [:lower:] construct
## END

#### backslashes and control characters are escaped in quoted operands
tr a b 'c\d' $'e\tf'
## STDERR:
tr: extra operand ‘c\\d’
Try 'tr --help' for more information.
## END
## status: 1

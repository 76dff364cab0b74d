# IFS word splitting.

#### default IFS splits on blanks and newlines
v=$'a b\tc\nd'; for w in $v; do echo "<$w>"; done
## STDOUT:
<a>
<b>
<c>
<d>
## END

#### leading and trailing whitespace is dropped
v='   a   b   '; set -- $v; echo $#
## stdout: 2

#### custom IFS
v=a:b:c; IFS=:; for w in $v; do echo "<$w>"; done
## STDOUT:
<a>
<b>
<c>
## END

#### non-whitespace IFS keeps empty fields
v=a::b; IFS=:; set -- $v; echo $#; for w in "$@"; do echo "<$w>"; done
## STDOUT:
3
<a>
<>
<b>
## END

#### trailing non-whitespace separator does not make a field
v=a:b:; IFS=:; set -- $v; echo $#
## stdout: 2

#### leading non-whitespace separator makes an empty field
v=:a; IFS=:; set -- $v; echo $#; echo "<$1>"
## STDOUT:
2
<>
## END

#### mixed whitespace and non-whitespace IFS
v='a , b,,c'; IFS=' ,'; for w in $v; do echo "<$w>"; done
## STDOUT:
<a>
<b>
<>
<c>
## END

#### empty IFS disables splitting
v='a b c'; IFS=; set -- $v; echo $#
## stdout: 1

#### unset IFS is default splitting
v='a b'; unset IFS; set -- $v; echo $#
## stdout: 2

#### quoted expansion does not split
v='a b c'; set -- "$v"; echo $#
## stdout: 1

#### splitting applies to command substitution
set -- $(echo one two three); echo $#
## stdout: 3

#### splitting applies to arithmetic expansion
IFS=1; set -- $((515)); echo $# "$1" "$2"
## stdout: 2 5 5

#### literal text is not split
IFS=a; set -- banana; echo $#
## stdout: 1

#### IFS in read
IFS=, read -r a b c <<< "1,2,3"; echo "$a $b $c"
## stdout: 1 2 3

#### read puts the rest in the last variable
IFS=, read -r a b <<< "1,2,3"; echo "$a|$b"
## stdout: 1|2,3

#### IFS assignment prefix for read only
IFS=: read -r a b <<< "x:y"; v='p:q'; set -- $v; echo "$a $b $#"
## stdout: x y 1

#### empty expansion in unquoted context vanishes
e=; set -- a $e b; echo $#
## stdout: 2

#### splitting of a variable with only separators
v='   '; set -- $v; echo $#
## stdout: 0

#### join with IFS first char via star
a=(x y z); IFS=/; echo "${a[*]}"
## stdout: x/y/z

#### IFS with a newline only
v=$'a b\nc d'; IFS=$'\n'; for l in $v; do echo "<$l>"; done
## STDOUT:
<a b>
<c d>
## END

#### splitting and globbing together
## file: f1
## end
## file: f2
## end
v='f* x'; echo $v
## stdout: f1 f2 x

#### splitting is not done on assignment
v='a   b'; w=$v; echo "$w"
## stdout: a   b

#### local IFS in a function
f() { local IFS=,; echo "$*"; }; f a b c; echo "$*" x
## STDOUT:
a,b,c
 x
## END

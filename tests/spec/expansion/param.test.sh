# Parameter expansion basics and special parameters.

#### simple variable
v=value; echo $v
## stdout: value

#### braced variable next to text
v=ab; echo ${v}cd
## stdout: abcd

#### unset variable is empty
echo "[$nosuch]"
## stdout: []

#### positional parameters
set -- a b c; echo $1 $2 $3
## stdout: a b c

#### positional parameter ten needs braces
set -- 1 2 3 4 5 6 7 8 9 ten; echo ${10} $10
## stdout: ten 10

#### dollar hash counts arguments
set -- a "b c" d; echo $#
## stdout: 3

#### quoted at keeps arguments separate
set -- "a b" c; for x in "$@"; do echo "<$x>"; done
## STDOUT:
<a b>
<c>
## END

#### quoted star joins with the first IFS char
set -- "a b" c; for x in "$*"; do echo "<$x>"; done
## stdout: <a b c>

#### quoted star with custom IFS
set -- a b c; IFS=,; echo "$*"
## stdout: a,b,c

#### quoted star with empty IFS
set -- a b c; IFS=; echo "$*"
## stdout: abc

#### unquoted at splits arguments
set -- "a b" c; for x in $@; do echo "<$x>"; done
## STDOUT:
<a>
<b>
<c>
## END

#### quoted at with no arguments is nothing
set --; for x in "$@"; do echo never; done; echo "count $#"
## stdout: count 0

#### quoted at with prefix and suffix
set -- a b; for x in "pre$@post"; do echo "<$x>"; done
## STDOUT:
<prea>
<bpost>
## END

#### dollar zero is bash
echo $0
## stdout: bash

#### dollar question mark
false; echo $?; true; echo $?
## STDOUT:
1
0
## END

#### dollar dollar is a number
[[ $$ =~ ^[0-9]+$ ]] && echo ok
## stdout: ok

#### dollar bang after a background job
true & p=$!; wait; [[ $p =~ ^[0-9]+$ ]] && echo ok
## stdout: ok

#### dollar hyphen holds option letters
set -u; case $- in *u*) echo has-u;; esac
## stdout: has-u

#### dollar hyphen for a -c shell contains h and B
case $- in *h*B*) echo hB;; esac
## stdout: hB

#### shift updates positional parameters
set -- a b c; shift; echo "$# $@"
## stdout: 2 b c

#### set -- replaces positional parameters
set -- x; set -- y z; echo "$@"
## stdout: y z

#### set -- clears positional parameters
set -- x y; set --; echo "$#"
## stdout: 0

#### variable names with underscores and digits
_a1=ok; echo $_a1
## stdout: ok

#### dollar followed by a non-name is literal
echo $ $. a$
## stdout: $ $. a$

#### escaped dollar
v=x; echo \$v
## stdout: $v

#### braces with a special parameter
set -- a b; echo ${#} ${@} ${*}
## stdout: 2 a b a b

#### at in an assignment joins with spaces
set -- a b c; x=$@; echo "$x"
## stdout: a b c

#### star in an assignment
set -- a b c; IFS=-; x=$*; echo "$x"
## stdout: a-b-c

#### length of the positional parameters
set -- a b c; echo ${#@} ${#*}
## stdout: 3 3

#### RANDOM is a number in range
r=$RANDOM; [[ $r =~ ^[0-9]+$ ]] && (( r < 32768 )) && echo ok
## stdout: ok

#### LINENO counts lines
echo $LINENO
echo $LINENO
## STDOUT:
1
2
## END

#### PWD matches pwd
[ "$PWD" = "$(pwd)" ] && echo same
## stdout: same

#### SECONDS is a number
[[ $SECONDS =~ ^[0-9]+$ ]] && echo ok
## stdout: ok

#### HOME is set
[ -n "$HOME" ] && echo set
## stdout: set

#### unset variable with set -u is an error
set -u; echo "$nosuch"; echo never
## stderr: bash: line 1: nosuch: unbound variable
## status: 127

#### set -u allows dollar at with no arguments
set -u; set --; echo "[$@]"
## stdout: []

#### set -u allows default operators
set -u; echo "${nosuch-default}"
## stdout: default

#### indirect positional with at slicing
set -- a b c d; echo "${@:2}" "${@:2:2}"
## stdout: b c d b c

#### star slice from zero includes dollar zero
set -- a b; echo "${@:0:2}"
## stdout: bash a

# test and [ : strings, integers, files, combinations, errors.

#### string equality
[ abc = abc ] && echo eq; [ abc = abd ] || echo ne
## STDOUT:
eq
ne
## END

#### double equals in single brackets
[ a == a ] && echo eq
## stdout: eq

#### string inequality
[ a != b ] && echo ne
## stdout: ne

#### empty and non-empty strings
[ -z "" ] && echo empty; [ -n x ] && echo nonempty
## STDOUT:
empty
nonempty
## END

#### single argument is true when non-empty
[ x ] && echo yes; [ "" ] || echo no
## STDOUT:
yes
no
## END

#### no arguments is false
[ ]; echo $?
## stdout: 1

#### integer comparisons
[ 2 -eq 2 ] && [ 1 -ne 2 ] && [ 1 -lt 2 ] && [ 2 -le 2 ] && [ 3 -gt 2 ] && [ 3 -ge 3 ] && echo all
## stdout: all

#### integer comparison with spaces and signs
[ " 5" -eq 5 ] && [ -3 -lt 0 ] && echo ok
## stdout: ok

#### integer expression expected
[ a -eq 1 ]; echo "status $?"
## stdout: status 2
## stderr: bash: line 1: [: a: integer expression expected

#### missing close bracket
[ a = a; echo "status $?"
## stdout: status 2
## stderr: bash: line 1: [: missing `]'

#### negation
[ ! -z x ] && echo negated
## stdout: negated

#### and with -a and or with -o
[ a = a -a b = b ] && echo and; [ a = b -o b = b ] && echo or
## STDOUT:
and
or
## END

#### parentheses
[ \( a = a \) ] && echo paren
## stdout: paren

#### string ordering needs escaping
[ a \< b ] && echo less
## stdout: less

#### file exists
## file: f.txt
x
## end
[ -e f.txt ] && echo exists; [ -e nope ] || echo missing
## STDOUT:
exists
missing
## END

#### regular file and directory
## file: d/f
## end
[ -f d/f ] && echo file; [ -d d ] && echo dir; [ -f d ] || echo not-file
## STDOUT:
file
dir
not-file
## END

#### non-empty file
## file: full
x
## end
: > empty; [ -s full ] && echo full-s; [ -s empty ] || echo empty-not-s
## STDOUT:
full-s
empty-not-s
## END

#### readable and writable
## file: f
## end
[ -r f ] && [ -w f ] && echo rw
## stdout: rw

#### test command form
test 1 -lt 2 && echo yes
## stdout: yes

#### test with a single string
test hello && echo yes
## stdout: yes

#### equal files with -ef
## file: a
## end
[ a -ef ./a ] && echo same
## stdout: same

#### newer than
echo a > old; [ old -nt nope ] && echo newer-than-missing
## stdout: newer-than-missing

#### test -v for a set variable
x=1; [ -v x ] && echo set; [ -v y ] || echo unset
## STDOUT:
set
unset
## END

#### three arguments with a binary operator that looks unary
[ -n = -n ] && echo eq
## stdout: eq

#### unknown binary operator
[ a -foo b ]; echo "status $?"
## stdout: status 2
## stderr: bash: line 1: [: -foo: binary operator expected

#### too many arguments
[ a b c d ]; echo "status $?"
## stdout: status 2
## stderr: bash: line 1: [: too many arguments

#### variable that is empty needs quotes
e=; [ -n $e ] && echo unquoted-true; [ -n "$e" ] || echo quoted-false
## STDOUT:
unquoted-true
quoted-false
## END

#### -o option test
set -e; [ -o errexit ] && echo errexit-on
## stdout: errexit-on

#### test -t on a non-terminal
[ -t 0 ] || echo not-a-tty
## stdout: not-a-tty

#### test and [[ ]] on a dangling symlink
ln -s nowhere dl
test -e dl; echo "e $?"; [ -r dl ]; echo "r $?"; [ -L dl ]; echo "L $?"
[[ -e dl ]]; echo "[[e $?"; [[ -f dl ]]; echo "[[f $?"; [[ -h dl ]]; echo "[[h $?"
## needs: symlink
## STDOUT:
e 1
r 1
L 0
[[e 1
[[f 1
[[h 0
## END

#### test on a file named with a trailing slash
echo a > f; mkdir d; [ -e f/ ]; echo "e $?"; [ -f f/ ]; echo "f $?"; [ -d d/ ]; echo "d $?"
## STDOUT:
e 1
f 1
d 0
## END

# shift.

#### shift one
set -- a b c; shift; echo "$@"
## stdout: b c

#### shift n
set -- a b c d; shift 2; echo "$@"
## stdout: c d

#### shift all
set -- a b; shift 2; echo "$#"
## stdout: 0

#### shift too many fails and keeps arguments
set -- a; shift 3; echo "status $? $#"
## stdout: status 1 1

#### shift zero
set -- a b; shift 0; echo "$@"
## stdout: a b

#### shift a negative count
set -- a; shift -1; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: shift: -1: shift count out of range

#### shift a non-number
set -- a; shift x; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: shift: x: numeric argument required

#### shift in a function affects only its arguments
set -- outer1 outer2; f() { shift; echo "$@"; }; f x y; echo "$@"
## STDOUT:
y
outer1 outer2
## END

#### shift in a loop
set -- 1 2 3; while [ $# -gt 0 ]; do echo $1; shift; done
## STDOUT:
1
2
3
## END

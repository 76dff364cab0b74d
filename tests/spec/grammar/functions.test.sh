# Functions: both syntaxes, local, return, recursion, positional parameters.

#### posix function syntax
f() { echo in f; }; f
## stdout: in f

#### function keyword syntax
function g { echo in g; }; g
## stdout: in g

#### function keyword with parentheses
function h() { echo in h; }; h
## stdout: in h

#### function arguments are positional parameters
f() { echo "$# $1 $2"; }; f a "b c"
## stdout: 2 a b c

#### positional parameters are restored after a call
set -- outer; f() { set -- inner; echo $1; }; f; echo $1
## STDOUT:
inner
outer
## END

#### dollar zero inside a function is unchanged
f() { echo $0; }; f
## stdout: bash

#### FUNCNAME holds the function name
f() { echo ${FUNCNAME[0]}; }; f
## stdout: f

#### return sets the status
f() { return 3; }; f; echo $?
## stdout: 3

#### return without a value keeps the last status
f() { false; return; }; f; echo $?
## stdout: 1

#### function status is the last command's
f() { true; false; }; f; echo $?
## stdout: 1

#### return stops the function
f() { echo a; return; echo b; }; f
## stdout: a

#### variables are global by default
f() { x=set-in-f; }; f; echo $x
## stdout: set-in-f

#### local variables are scoped
x=global; f() { local x=local; echo $x; }; f; echo $x
## STDOUT:
local
global
## END

#### local is visible to called functions
f() { local v=dyn; g; }; g() { echo "g sees $v"; }; f
## stdout: g sees dyn

#### local without a value is unset but local
x=g; f() { local x; echo "[${x-unset}]"; x=inner; }; f; echo $x
## STDOUT:
[unset]
g
## END

#### local outside a function is an error
local x=1; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: local: can only be used in a function

#### recursion
fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 5
## stdout: 120

#### recursive function with local counter
count() { local n=$1; [ $n -eq 0 ] && return; echo $n; count $((n-1)); }; count 3
## STDOUT:
3
2
1
## END

#### function returning a value through stdout
upper() { echo "${1^^}"; }; r=$(upper abc); echo "r=$r"
## stdout: r=ABC

#### function returning a value through a global
set_result() { RESULT="computed $1"; }; set_result 7; echo "$RESULT"
## stdout: computed 7

#### function redefinition replaces the body
f() { echo one; }; f() { echo two; }; f
## stdout: two

#### unset -f removes a function
f() { echo x; }; unset -f f; f; echo "status $?"
## stdout: status 127
## stderr: bash: line 1: f: command not found

#### function names may contain dashes
my-fn() { echo dashed; }; my-fn
## stdout: dashed

#### function body can be a subshell
f() ( x=inner; echo $x ); x=outer; f; echo $x
## STDOUT:
inner
outer
## END

#### function with a multi-line body
f() {
  echo line1
  echo line2
}
f
## STDOUT:
line1
line2
## END

#### return status is truncated to 8 bits
f() { return 257; }; f; echo $?
## stdout: 1

#### return with a non-numeric argument
f() { return abc; }; f; echo "status $?"
## stdout: status 2
## stderr: environment: line 1: return: abc: numeric argument required

#### return outside a function
return 1; echo "status $?"
## stdout: status 2
## stderr: bash: line 1: return: can only `return' from a function or sourced script
## gap: mirage differs from bash in stdout, stderr

#### function defined inside a function
outer() { inner() { echo inner-called; }; }; outer; inner
## stdout: inner-called

#### function sees caller positional count via parameter
f() { echo "$#"; }; f "$@"; set -- a b c; f "$@"
## STDOUT:
0
3
## END

#### local -r is read-only inside the function
f() { local -r c=1; c=2; echo "c=$c"; }; f
## stderr: environment: line 1: c: readonly variable
## status: 1

#### declare in a function is local
f() { declare d=inner; }; d=outer; f; echo $d
## stdout: outer

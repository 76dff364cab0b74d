# set -e -u -x -o pipefail, set -- and options.

#### errexit stops at a failing command
set -e; echo before; false; echo after
## stdout: before
## status: 1

#### errexit exit status is the failing command's
set -e; (exit 3); echo never
## status: 3

#### errexit ignores failures in conditions
set -e; if false; then :; fi; false || true; ! true; echo survived
## stdout: survived

#### errexit ignores all but the last in an and list
set -e; false && true; echo survived
## stdout: survived

#### errexit triggers on the last command of an and list
set -e; true && false; echo never
## status: 1

#### errexit with pipefail
set -eo pipefail; false | true; echo never
## status: 1

#### errexit without pipefail ignores early pipeline failures
set -e; false | true; echo survived
## stdout: survived

#### errexit is disabled inside a subshell left of or
set -e; (false; echo never) || echo "sub failed"; echo after
## STDOUT:
never
after
## END

#### errexit is ignored in a function called from a condition
set -e; f() { false; echo in-f; }; if f; then echo cond; fi
## STDOUT:
in-f
cond
## END

#### errexit in a command substitution is not inherited
set -e; x=$(false; echo still); echo "$x"
## stdout: still

#### errexit can be turned off
set -e; set +e; false; echo survived
## stdout: survived

#### errexit via set -o errexit
set -o errexit; false; echo never
## status: 1

#### nounset reports the variable
set -u; echo $undefined_var
## stderr: bash: line 1: undefined_var: unbound variable
## status: 127

#### nounset array element
set -u; a=(x); echo ${a[5]}
## stderr: bash: line 1: a[5]: unbound variable
## status: 127

#### nounset ignores at and star
set -u; echo "$@$*" ok
## stdout: ok
## gap: mirage differs from bash in stdout

#### xtrace prints commands to stderr
set -x; echo traced; x=1
## stdout: traced
## STDERR:
+ echo traced
+ x=1
## END

#### xtrace shows expanded words with quotes
set -x; v='a b'; echo "$v" c
## stdout: a b c
## STDERR:
+ v='a b'
+ echo 'a b' c
## END

#### xtrace can be turned off
set -x; echo on; set +x; echo off
## STDOUT:
on
off
## END
## STDERR:
+ echo on
+ set +x
## END

#### xtrace with PS4
PS4='>> '; set -x; echo hi
## stdout: hi
## stderr: >> echo hi

#### pipefail status
set -o pipefail; false | true; echo $?; true | (exit 2) | true; echo $?
## STDOUT:
1
2
## END

#### set -o lists options
set -o pipefail; set -o | while read -r name state; do [ "$name" = pipefail ] && echo "$name $state"; done
## stdout: pipefail on
## status: 1

#### set +o prints commands to restore options
set -o pipefail; set +o | while read -r line; do case $line in *pipefail*) echo "$line";; esac; done
## stdout: set -o pipefail

#### set -- with dashes as arguments
set -- -x -y; echo "$1 $2"
## stdout: -x -y

#### set with an unknown option
set -q; echo "status $?"
## stdout: status 2
## STDERR:
bash: line 1: set: -q: invalid option
set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]
## END

#### set -n reads but does not execute
set -n; echo never
## stdout-json: ""
## status: 0

#### set -f disables globbing
## file: a
## end
set -f; echo *; set +f; echo *
## STDOUT:
*
a
## END

#### set -C noclobber
echo a > f; set -o noclobber; echo b > f 2>/dev/null; cat f
## stdout: a
## stderr: bash: line 1: f: cannot overwrite existing file

#### shopt reports status
shopt -q nullglob; echo $?; shopt -s nullglob; shopt -q nullglob; echo $?
## STDOUT:
1
0
## END

#### shopt -p prints the setting
shopt -s extglob; shopt -p extglob
## stdout: shopt -s extglob

#### shopt unknown option
shopt -s nosuchopt; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: shopt: nosuchopt: invalid shell option name

#### set -a exports new variables
set -a; newvar=1; declare -p newvar
## stdout: declare -x newvar="1"

#### errexit in a subshell exits the subshell and then the shell
set -e; (false; echo never); echo never-either
## status: 1

#### errexit does not apply to a negated command
set -e; ! false; ! true; echo survived
## stdout: survived

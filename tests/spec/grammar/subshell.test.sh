# Subshells ( ) with isolated state and { } groups.

#### subshell runs its commands
(echo a; echo b)
## STDOUT:
a
b
## END

#### subshell variable changes are lost
x=1; (x=2; echo "in $x"); echo "out $x"
## STDOUT:
in 2
out 1
## END

#### subshell cd is lost
(cd /; pwd); [ "$PWD" != / ] && echo "still not root"
## STDOUT:
/
still not root
## END

#### subshell exit does not exit the shell
(exit 3); echo "status $?"
## stdout: status 3

#### subshell function definitions are lost
(f() { echo f; }); f; echo "status $?"
## stdout: status 127
## stderr: bash: line 1: f: command not found

#### group shares state
x=1; { x=2; }; echo $x
## stdout: 2

#### group status is the last command's
{ true; false; }; echo $?
## stdout: 1

#### group needs a terminator before the brace
{ echo a }
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### group over multiple lines
{
  echo g1
  echo g2
}
## STDOUT:
g1
g2
## END

#### nested subshells
(echo outer; (echo inner))
## STDOUT:
outer
inner
## END

#### subshell output captured
x=$( (echo sub) ); echo "$x"
## stdout: sub

#### subshell set -e is isolated
(set -e; false; echo never); echo "after $?"
## stdout: after 1

#### exit in a group exits the shell
{ echo in-group; exit 4; }; echo never
## stdout: in-group
## status: 4

#### subshell inherits variables
x=inherited; (echo $x)
## stdout: inherited

#### subshell inherits functions
f() { echo fn; }; (f)
## stdout: fn

#### BASH_SUBSHELL increases in a subshell
echo $BASH_SUBSHELL; (echo $BASH_SUBSHELL; (echo $BASH_SUBSHELL))
## STDOUT:
0
1
2
## END

#### subshell traps are reset
trap 'echo parent-exit' EXIT; (echo child); echo parent
## STDOUT:
child
parent
parent-exit
## END

#### subshell with redirected output
(echo to-file) > f; cat f
## stdout: to-file

#### subshell shopt is isolated
(shopt -s nullglob); shopt -q nullglob || echo off
## stdout: off

#### dollar dollar is the same in a subshell
a=$$; b=$(echo $$); [ "$a" = "$b" ] && echo same
## stdout: same

#### subshell positional parameters are copied
set -- one two; (shift; echo "$@"); echo "$@"
## STDOUT:
two
one two
## END

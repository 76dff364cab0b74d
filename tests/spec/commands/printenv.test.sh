# printenv: print environment variables.

#### printenv a variable
export FOO=bar; printenv FOO
## stdout: bar

#### printenv several
env -i A=1 B=2 printenv B A
## STDOUT:
2
1
## END

#### printenv missing variable
env -i A=1 printenv A NOPE; echo "status $?"
## STDOUT:
1
status 1
## END

#### printenv all
env -i A=1 B=2 printenv
## STDOUT:
A=1
B=2
## END

#### printenv unexported variable
X=1; printenv X; echo "status $?"
## stdout: status 1

#### printenv -0
env -i A=1 printenv -0 A | cat -v; echo
## stdout: 1^@

#### printenv with an equals sign
env -i A=1 printenv A=1; echo "status $?"
## stdout: status 1

#### printenv HOME is set
[ "$(printenv HOME)" = "$HOME" ] && echo same
## stdout: same

#### printenv bad option
printenv -x; echo "status $?"
## stdout: status 2
## STDERR:
printenv: invalid option -- 'x'
Try 'printenv --help' for more information.
## END

#### printenv PATH
printenv PATH
## stdout: /usr/local/bin:/usr/bin:/bin

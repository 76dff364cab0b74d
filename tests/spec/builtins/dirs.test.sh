# pushd, popd, dirs and the sandbox's job and limit builtins.

#### popd on an empty stack
popd; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: popd: directory stack empty

#### pushd without arguments and an empty stack
pushd; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: pushd: no other directory

#### pushd to a missing directory
pushd /nonexistent-dir; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: pushd: /nonexistent-dir: No such file or directory

#### pushd and popd round trip
cd /
pushd /tmp >/dev/null
echo "$PWD"
dirs -l
popd >/dev/null
echo "$PWD"
## STDOUT:
/tmp
/tmp /
/
## END

#### dirs -v numbers the entries
cd /
pushd /tmp >/dev/null
dirs -v
## STDOUT:
 0  /tmp
 1  /
## END

#### dirs abbreviates HOME
cd "$HOME"
pushd / >/dev/null
dirs
## stdout: / ~

#### umask prints and sets the mask
umask 077; umask; umask -S
## STDOUT:
0077
u=rwx,g=,o=
## END

#### kill of an unknown pid
kill 999999; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: kill: (999999) - No such process

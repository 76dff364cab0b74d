# env: print or change the environment of a utility.

#### env -i with assignments prints them in order
env -i A=1 B=2 env
## STDOUT:
A=1
B=2
## END

#### env -i empty
env -i env; echo "status $?"
## stdout: status 0

#### env - implies -i
env - A=1 env
## stdout: A=1

#### env -u removes
env -i A=1 B=2 env -u A
## stdout: B=2

#### env assignment replaces in place
env -i A=1 B=2 A=3 env
## STDOUT:
A=3
B=2
## END

#### env passes exported variables
export FOO=bar; env | while IFS= read -r l; do case $l in FOO=*) echo "$l";; esac; done
## stdout: FOO=bar

#### env does not pass unexported variables
BAR=1; env | while IFS= read -r l; do case $l in BAR=*) echo "$l";; esac; done; echo done
## stdout: done

#### env NAME=V cmd
env GREETING=hi sh -c 'echo $GREETING'
## stdout: hi

#### env runs echo
env -i echo hello world
## stdout: hello world

#### env true and false
env true; echo "status $?"; env false; echo "status $?"
## STDOUT:
status 0
status 1
## END

#### env missing command
env nope; echo "status $?"
## stdout: status 127
## stderr: env: ‘nope’: No such file or directory

#### env missing path
env -i A=1 ./nope; echo "status $?"
## stdout: status 127
## stderr: env: ‘./nope’: No such file or directory

#### env -0
env -i A=1 B=2 env -0 | cat -v; echo
## stdout: A=1^@B=2^@

#### env -C
mkdir d; env -C d sh -c 'basename "$PWD"'
## stdout: d

#### env -C missing directory
env -C /nope true; echo "status $?"
## stdout: status 125
## stderr: env: cannot change directory to '/nope': No such file or directory

#### env -S splits
env -S 'echo a  "b c"'
## stdout: a b c

#### env bad option
env -u; echo "status $?"
## stdout: status 125
## STDERR:
env: option requires an argument -- 'u'
Try 'env --help' for more information.
## END

#### env stops option parsing at the command
env -i A=1 printenv -0 A | cat -v; echo
## stdout: 1^@

#### env runs a script on PATH
mkdir bin; printf '#!/bin/sh\necho from script "$@"\n' > bin/hello; chmod +x bin/hello; PATH="$PWD/bin:$PATH" env hello x
## needs: mode
## stdout: from script x

#### env status of the command
env sh -c 'exit 7'; echo "status $?"
## stdout: status 7

#### env with xargs-like stdin
printf 'in\n' | env cat
## stdout: in

#### env var to bash
env VAR=1 bash -c 'echo $VAR'
## stdout: 1

#### env -u PATH then run
env -u PATH echo hi
## stdout: hi

#### env -i sh PATH
env -i sh -c 'echo "[$PATH]"' | { read -r l; [ -n "$l" ] && echo has-line; }
## stdout: has-line

#### env -v traces without a prefix
env -v -i A=1 true; env -v -u HOME true 2>&1 | head -1
## stdout: unset:    HOME
## STDERR:
cleaning environ
setenv:   A=1
executing: true
   arg[0]= ‘true’
## END

#### env -v without a command
env -v -i A=1 B=2
## STDOUT:
A=1
B=2
## END
## STDERR:
cleaning environ
setenv:   A=1
setenv:   B=2
## END

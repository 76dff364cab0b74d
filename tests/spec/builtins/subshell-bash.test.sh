# bash -c, sh -c, bash FILE, scripts from stdin, ./script.sh and scripts on PATH.

#### bash -c sets $0 and the positional parameters
bash -c 'echo "$0|$1|$2|$#"' name a 'b c'
## stdout: name|a|b c|2

#### bash -c without a name: $0 is bash
bash -c 'echo $0 $#'
## stdout: bash 0

#### bash -c "$@" skips $0
bash -c 'printf "<%s>\n" "$@"' zero one 'two three'
## STDOUT:
<one>
<two three>
## END

#### bash -c exit status is the last command's
bash -c 'false'; echo $?
bash -c 'exit 7'; echo $?
## STDOUT:
1
7
## END

#### bash -c exit status wraps at 256
bash -c 'exit 300'; echo $?
## stdout: 44

#### exported variables reach bash -c, others do not
x=1; export y=2
bash -c 'echo "${x-unset} ${y-unset}"'
## stdout: unset 2

#### a prefix assignment reaches bash -c
z=3 bash -c 'echo $z'; echo "${z-unset}"
## STDOUT:
3
unset
## END

#### variables set in bash -c do not come back
x=1; bash -c 'x=2; echo in $x'; echo out $x
## STDOUT:
in 2
out 1
## END

#### cd in bash -c does not change the caller's directory
bash -c 'cd /tmp && pwd'; [ "$PWD" = "$HOME/w" ] && echo same
## STDOUT:
/tmp
same
## END

#### functions are not inherited by bash -c
f() { echo f; }
bash -c f; echo $?
## stdout: 127
## stderr: bash: line 1: f: command not found

#### export -f passes a function to bash -c
f() { echo "in f $1"; }
export -f f
bash -c 'f arg'
## stdout: in f arg

#### arrays are not exported
a=(1 2); export a
bash -c 'echo "[${a-unset}]"'
## stdout: [unset]

#### bash -e stops at the first failure
bash -e -c 'echo one; false; echo two'; echo $?
## STDOUT:
one
1
## END

#### bash -ec combined flags
bash -ec 'false; echo no'; echo $?
## stdout: 1

#### bash -u reports an unset variable
bash -u -c 'echo "$nope"'; echo $?
## stdout: 127
## stderr: bash: line 1: nope: unbound variable

#### bash -x traces to stderr
bash -x -c 'echo hi; x=1'
## stdout: hi
## STDERR:
+ echo hi
+ x=1
## END

#### bash -o pipefail
bash -o pipefail -c 'false | true'; echo $?
bash -c 'false | true'; echo $?
## STDOUT:
1
0
## END

#### bash -c syntax error message and status
bash -c 'echo (' ; echo $?
## stdout: 2
## STDERR:
bash: -c: line 1: syntax error near unexpected token `newline'
bash: -c: line 1: `echo ('
## END
## gap: unclosed ( at end of input reports token `(' instead of `newline'

#### bash -c syntax error on a later line runs the earlier lines
bash -c 'echo first
fi'; echo $?
## STDOUT:
first
2
## END
## STDERR:
bash: -c: line 2: syntax error near unexpected token `fi'
bash: -c: line 2: `fi'
## END
## gap: the whole -c string is parsed before running, earlier lines do not run

#### bash -c syntax error uses the given $0
bash -c 'if' myname; echo $?
## stdout: 2
## stderr: myname: -c: line 2: syntax error: unexpected end of file

#### bash -c runtime error message
bash -c 'nope_cmd_xyz'; echo $?
## stdout: 127
## stderr: bash: line 1: nope_cmd_xyz: command not found

#### bash -c runtime error with a name
bash -c 'echo ok; nope_cmd_xyz' myname; echo $?
## STDOUT:
ok
127
## END
## stderr: myname: line 1: nope_cmd_xyz: command not found

#### bash -c without its argument
bash -c; echo $?
## stdout: 2
## stderr: bash: -c: option requires an argument

#### bash -c EXIT trap runs in the child
bash -c 'trap "echo bye" EXIT; echo hi; exit 4'; echo $?
## STDOUT:
hi
bye
4
## END

#### bash -c $$ differs from the caller's
[ "$(bash -c 'echo $$')" != "$$" ] && echo differs
## stdout: differs

#### bash -c BASH_SUBSHELL starts at 0
(bash -c 'echo $BASH_SUBSHELL')
## stdout: 0

#### bash -c return at top level
bash -c 'return 3; echo after'; echo $?
## STDOUT:
after
0
## END
## stderr: bash: line 1: return: can only `return' from a function or sourced script

#### bash -c output goes through a pipe
bash -c 'echo a; echo b' | while read -r l; do echo "<$l>"; done
## STDOUT:
<a>
<b>
## END

#### bash -c reads the caller's stdin
echo data | bash -c 'read -r l; echo "got $l"'
## stdout: got data

#### sh -c sets $0 and $1
sh -c 'echo "$0 $1 $#"' me arg
## stdout: me arg 1

#### sh -c exit status
sh -c 'exit 5'; echo $?
## stdout: 5

#### bash FILE with arguments
## file: s.sh
echo "0=$0 1=$1 n=$#"
## end
bash s.sh a b
## stdout: 0=s.sh 1=a n=2

#### bash FILE does not need the execute bit
## file: s.sh
echo runs
## end
[ -x s.sh ] || echo not-executable
bash s.sh
## STDOUT:
not-executable
runs
## END

#### bash FILE exit status
## file: s.sh
echo before
exit 9
echo after
## end
bash s.sh; echo $?
## STDOUT:
before
9
## END

#### bash FILE runtime error names the file and line
## file: s.sh
echo one
nope_cmd_xyz
## end
bash s.sh; echo $?
## STDOUT:
one
127
## END
## stderr: s.sh: line 2: nope_cmd_xyz: command not found

#### bash FILE syntax error names the file
## file: s.sh
echo one
if then
## end
bash s.sh; echo $?
## STDOUT:
one
2
## END
## STDERR:
s.sh: line 2: syntax error near unexpected token `then'
s.sh: line 2: `if then'
## END
## gap: the whole file is parsed before running, earlier lines do not run

#### bash FILE BASH_SOURCE is the file
## file: s.sh
echo "$BASH_SOURCE ${BASH_SOURCE[0]}"
## end
bash s.sh
## stdout: s.sh s.sh

#### bash nonexistent file
bash nope.sh; echo $?
## stdout: 127
## stderr: bash: nope.sh: No such file or directory

#### bash with a directory
## file: d/x
## end
bash d; echo $?
## stdout: 126
## stderr: d: d: Is a directory

#### bash reads the script from stdin
echo 'echo hi $0' | bash
## stdout: hi bash

#### bash reads a multi-line script from a here-doc
bash <<'EOF'
x=1
echo "x=$x"
exit 3
EOF
echo $?
## STDOUT:
x=1
3
## END

#### bash -s passes arguments to a stdin script
echo 'echo "$# $1 $2"' | bash -s a b
## stdout: 2 a b

#### a preloaded script is not executable
## file: s.sh
echo hi
## end
./s.sh; echo $?
## stdout: 126
## stderr: bash: line 1: ./s.sh: Permission denied

#### chmod +x makes a script runnable
## needs: mode
## file: s.sh
#!/bin/bash
echo "hi from $0"
## end
chmod +x s.sh
./s.sh
## stdout: hi from ./s.sh

#### script run by path gets its arguments
## needs: mode
## file: s.sh
#!/bin/bash
echo "$#: $*"
## end
chmod +x s.sh
./s.sh a 'b c' d
## stdout: 3: a b c d

#### #!/usr/bin/env bash shebang
## needs: mode
## file: s.sh
#!/usr/bin/env bash
echo env-bash
## end
chmod +x s.sh
./s.sh
## stdout: env-bash

#### script without a shebang runs as a shell script
## needs: mode
## file: s.sh
echo no shebang
## end
chmod +x s.sh
./s.sh
## stdout: no shebang

#### #!/bin/sh script
## needs: mode
## file: s.sh
#!/bin/sh
echo "sh script $1"
## end
chmod +x s.sh
./s.sh arg
## stdout: sh script arg

#### missing ./script
./nope.sh; echo $?
## stdout: 127
## stderr: bash: line 1: ./nope.sh: No such file or directory

#### running a directory by path
## file: d/x
## end
./d; echo $?
## stdout: 126
## stderr: bash: line 1: ./d: Is a directory

#### script found on PATH
## needs: mode
## file: bin/hello
#!/bin/bash
echo "hello $1"
## end
chmod +x bin/hello
PATH=$PWD/bin:$PATH
hello world
## stdout: hello world

#### $0 of a script found on PATH is its full path
## needs: mode
## file: bin/me
#!/bin/bash
[ "$0" = "$HOME/w/bin/me" ] && echo full-path
## end
chmod +x bin/me
PATH=$PWD/bin:$PATH
me
## stdout: full-path

#### exit in a script does not end the caller
## needs: mode
## file: s.sh
#!/bin/bash
echo in
exit 4
## end
chmod +x s.sh
./s.sh; echo "status $?"; echo still here
## STDOUT:
in
status 4
still here
## END

#### $0 and BASH_SOURCE inside a script run by path
## needs: mode
## file: s.sh
#!/bin/bash
echo "$0 $BASH_SOURCE"
f() { echo "${FUNCNAME[0]} ${BASH_SOURCE[0]}"; }
f
## end
chmod +x s.sh
./s.sh
## STDOUT:
./s.sh ./s.sh
f ./s.sh
## END

#### variables set in a script do not leak
## file: s.sh
#!/bin/bash
v=inner
## end
chmod +x s.sh
v=outer; ./s.sh; echo $v
## stdout: outer

#### script reads piped stdin
## needs: mode
## file: s.sh
#!/bin/bash
while read -r l; do echo "[$l]"; done
## end
chmod +x s.sh
printf 'a\nb\n' | ./s.sh
## STDOUT:
[a]
[b]
## END

#### script output into a pipe
## needs: mode
## file: s.sh
#!/bin/bash
echo one; echo two
## end
chmod +x s.sh
./s.sh | while read -r l; do echo "<$l>"; done
## STDOUT:
<one>
<two>
## END

#### script runtime error names the script
## needs: mode
## file: s.sh
#!/bin/bash
echo a
nope_cmd_xyz
## end
chmod +x s.sh
./s.sh; echo $?
## STDOUT:
a
127
## END
## stderr: ./s.sh: line 3: nope_cmd_xyz: command not found

#### #!/bin/bash -e applies errexit
## needs: mode
## file: s.sh
#!/bin/bash -e
echo one
false
echo two
## end
chmod +x s.sh
./s.sh; echo $?
## STDOUT:
one
1
## END

#### a script on PATH without the execute bit
## file: bin/noexec
echo should-not-run
## end
PATH=$PWD/bin:$PATH
noexec 2>/dev/null; echo $?
## stdout: 126

# cd and pwd. Cases print paths relative to known points, never the absolute working dir.

#### cd into a subdirectory
## file: sub/f
## end
cd sub; [ -e f ] && echo in-sub
## stdout: in-sub

#### cd updates PWD and OLDPWD
cd /tmp; echo $PWD; cd /; echo $PWD $OLDPWD
## STDOUT:
/tmp
/ /tmp
## END

#### pwd after cd
cd /tmp; pwd
## stdout: /tmp

#### cd dotdot
cd /tmp; cd ..; pwd
## stdout: /

#### cd with no arguments goes home
cd /tmp; cd; [ "$PWD" = "$HOME" ] && echo home
## stdout: home

#### cd dash goes back and prints the directory
cd /tmp; cd /; cd -
## stdout: /tmp

#### cd dash without OLDPWD
unset OLDPWD; cd -; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: cd: OLDPWD not set

#### cd to a missing directory
cd /nonexistent; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: cd: /nonexistent: No such file or directory

#### cd to a file
## file: f
## end
cd f; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: cd: f: Not a directory

#### cd with too many arguments
cd /tmp /; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: cd: too many arguments

#### cd in a subshell does not change the parent
(cd /tmp; pwd); [ "$PWD" != /tmp ] && echo unchanged
## STDOUT:
/tmp
unchanged
## END

#### cd resolves dot components logically
cd /tmp/./; pwd; cd //tmp/../tmp; pwd
## STDOUT:
/tmp
//tmp
## END
## gap: mirage differs from bash in stdout

#### cd with a trailing slash
cd /tmp/; pwd
## stdout: /tmp

#### pwd -P and -L on a plain directory
cd /tmp; pwd -L; pwd -P
## STDOUT:
/tmp
/tmp
## END

#### cd with an empty HOME
HOME=; cd; echo "status $?"
## stdout: status 0

#### cd with HOME unset
unset HOME; cd; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: cd: HOME not set

#### relative paths after cd
## file: a/b/f.txt
found
## end
cd a; cat b/f.txt; cd b; cat ../b/f.txt
## STDOUT:
found
found
## END

#### cd with CDPATH
## file: proj/x
## end
CDPATH=.; cd proj >/dev/null; [ -e x ] && echo via-cdpath
## stdout: via-cdpath

#### pwd ignores arguments
cd /tmp; pwd extra
## stdout: /tmp

#### cd -P and pwd -P resolve symbolic links
base=$(pwd -P); cd "$base"; mkdir -p real/sub; ln -s real/sub link
r() { "$@" | sed "s|^$base|B|"; }
cd link; r pwd; r pwd -P; r pwd -LP; cd ..; r pwd
cd -P link; r pwd; cd ..; r pwd
cd "$base"; cd -P link/..; r pwd
## needs: symlink
## STDOUT:
B/link
B/real/sub
B/real/sub
B
B/real/sub
B/real
B/real
## END

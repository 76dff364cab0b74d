# realpath: canonical paths.

#### realpath of a file
mkdir d; : > d/f; [ "$(realpath d/f)" = "$PWD/d/f" ] && echo ok
## stdout: ok

#### realpath resolves links
mkdir d; : > d/f; ln -s d/f l; ln -s l l2; [ "$(realpath l2)" = "$PWD/d/f" ] && echo ok
## needs: symlink
## stdout: ok

#### realpath -s keeps links
: > f; ln -s f l; [ "$(realpath -s l)" = "$PWD/l" ] && echo ok
## stdout: ok

#### realpath of root and dots
realpath / /tmp/.. /tmp/./
## STDOUT:
/
/
/tmp
## END

#### realpath missing last component is fine
[ "$(realpath nope)" = "$PWD/nope" ] && echo ok
## stdout: ok

#### realpath missing directory fails
realpath x/y; echo "status $?"
## stdout: status 1
## stderr: realpath: x/y: No such file or directory

#### realpath -e missing
realpath -e nope; echo "status $?"
## stdout: status 1
## stderr: realpath: nope: No such file or directory

#### realpath through a file
: > f; realpath f/x; echo "status $?"
## stdout: status 1
## stderr: realpath: f/x: Not a directory

#### realpath -m
[ "$(realpath -m x/y/..)" = "$PWD/x" ] && echo ok
## stdout: ok

#### realpath -q
realpath -q x/y; echo "status $?"
## stdout: status 1

#### realpath --relative-to
mkdir -p d/e; : > d/f; realpath --relative-to=d d/f; realpath --relative-to=d/e d/f; realpath --relative-to=d/e .
## STDOUT:
f
../f
../..
## END

#### realpath --relative-to same dir
mkdir d; realpath --relative-to=d d
## stdout: .

#### realpath --relative-base
mkdir d; : > d/f; realpath --relative-base=d d/f /tmp
## STDOUT:
f
/tmp
## END

#### realpath several and a failure
: > f; realpath -e f nope >/dev/null; echo "status $?"
## stdout: status 1
## stderr: realpath: nope: No such file or directory

#### realpath without operand
realpath; echo "status $?"
## stdout: status 1
## STDERR:
realpath: missing operand
Try 'realpath --help' for more information.
## END

#### realpath -z
realpath -z / | cat -v; echo
## stdout: /^@

#### realpath through symlink dir
mkdir -p r/s; ln -s r/s q; : > r/s/f; [ "$(realpath q/f)" = "$PWD/r/s/f" ] && echo ok
## needs: symlink
## stdout: ok

#### realpath empty
realpath ''; echo "status $?"
## stdout: status 1
## stderr: realpath: '': No such file or directory

#### realpath double slash root
realpath // /.. /../tmp
## STDOUT:
/
/
/tmp
## END

#### realpath -e file slash
: > f; realpath -e f/; echo "status $?"
## stdout: status 1
## stderr: realpath: f/: Not a directory

#### realpath -s of missing components
mkdir d; realpath -s d/nope nodir/x | sed "s|^$PWD/||"; echo "s $?"
## STDOUT:
d/nope
nodir/x
s 0
## END

#### realpath -s keeps a symlink
printf x > t; ln -s t l; realpath -s l | sed "s|^$PWD/||"; realpath l | sed "s|^$PWD/||"
## needs: symlink
## STDOUT:
l
t
## END

#### realpath -s -e needs the file
realpath -s -e nope; echo "s $?"
## stdout: s 1
## stderr: realpath: nope: No such file or directory

# readlink: link targets and canonical paths.

#### readlink prints the target
mkdir d; : > d/f; ln -s d/f l; readlink l
## needs: symlink
## stdout: d/f

#### readlink of a chain prints one level
: > f; ln -s f l; ln -s l l2; readlink l2
## needs: symlink
## stdout: l

#### readlink of a non-link fails quietly
: > f; readlink f; echo "status $?"
## stdout: status 1

#### readlink -v of a non-link
: > f; readlink -v f; echo "status $?"
## stdout: status 1
## stderr: readlink: f: Invalid argument

#### readlink -f follows the chain
mkdir d; : > d/f; ln -s d/f l; ln -s l l2; [ "$(readlink -f l2)" = "$PWD/d/f" ] && echo ok
## needs: symlink
## stdout: ok

#### readlink -f of a dangling link
ln -s nope dang; [ "$(readlink -f dang)" = "$PWD/nope" ] && echo ok
## needs: symlink
## stdout: ok

#### readlink -e of a dangling link fails
ln -s nope dang; readlink -e dang; echo "status $?"
## stdout: status 1

#### readlink -f with a missing directory fails
readlink -f x/y; echo "status $?"
## stdout: status 1

#### readlink -m allows missing components
[ "$(readlink -m x/y/../z)" = "$PWD/x/z" ] && echo ok
## stdout: ok

#### readlink -f absolute
readlink -f /tmp/../tmp/./
## stdout: /tmp

#### readlink -n
: > f; ln -s f l; readlink -n l; echo "|"
## needs: symlink
## stdout: f|

#### readlink -z
: > f; ln -s f l; readlink -z l | cat -v; echo
## needs: symlink
## stdout: f^@

#### readlink several operands
: > f; ln -s f l; readlink l f l; echo "status $?"
## needs: symlink
## STDOUT:
f
f
status 1
## END

#### readlink without operand
readlink; echo "status $?"
## stdout: status 1
## STDERR:
readlink: missing operand
Try 'readlink --help' for more information.
## END

#### readlink -m with a file in the middle
: > f; [ "$(readlink -m f/x)" = "$PWD/f/x" ] && echo ok; readlink -f f/x; echo "status $?"
## STDOUT:
ok
status 1
## END

#### readlink -f dot
[ "$(readlink -f .)" = "$PWD" ] && echo same; [ "$(realpath .)" = "$PWD" ] && echo same
## STDOUT:
same
same
## END

#### readlink -e existing
: > f; [ "$(readlink -e f)" = "$PWD/f" ] && echo ok
## stdout: ok

#### readlink no newline multiple
: > f; ln -s f l; readlink -n l l; echo
## needs: symlink
## STDOUT:
f
f

## END
## stderr: readlink: ignoring --no-newline with multiple arguments

#### readlink -f file slash
: > f; readlink -f f/; echo "status $?"
## stdout: status 1

#### readlink -f dotdot through link
mkdir -p x/y; ln -s x/y ly; [ "$(readlink -f ly/..)" = "$PWD/x" ] && echo phys
## needs: symlink
## stdout: phys

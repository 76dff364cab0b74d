# rmdir: remove empty directories.

#### rmdir removes an empty directory
mkdir a; rmdir a; test -e a || echo gone
## stdout: gone

#### rmdir non-empty fails
mkdir d; : > d/f; rmdir d; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove 'd': Directory not empty

#### rmdir a file
: > f; rmdir f; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove 'f': Not a directory

#### rmdir missing
rmdir nope; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove 'nope': No such file or directory

#### rmdir without operand
rmdir; echo "status $?"
## stdout: status 1
## STDERR:
rmdir: missing operand
Try 'rmdir --help' for more information.
## END

#### rmdir -p removes ancestors
mkdir -p a/b/c; rmdir -p a/b/c; test -e a || echo gone
## stdout: gone

#### rmdir -pv
mkdir -p a/b; rmdir -pv a/b
## STDOUT:
rmdir: removing directory, 'a/b'
rmdir: removing directory, 'a'
## END

#### rmdir -p stops at a non-empty parent
mkdir -p a/b; : > a/f; rmdir -p a/b; echo "status $?"; test -d a && echo kept
## STDOUT:
status 1
kept
## END
## stderr: rmdir: failed to remove directory 'a': Directory not empty

#### rmdir --ignore-fail-on-non-empty
mkdir d; : > d/f; rmdir --ignore-fail-on-non-empty d; echo "status $?"
## stdout: status 0

#### rmdir -v
mkdir a; rmdir -v a
## stdout: rmdir: removing directory, 'a'

#### rmdir trailing slash
mkdir a; rmdir a/; test -e a || echo gone
## stdout: gone

#### rmdir multiple
mkdir a b; rmdir a b c; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove 'c': No such file or directory

#### rmdir dot
rmdir .; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove '.': Invalid argument

#### rmdir empty
rmdir ''; echo "status $?"
## stdout: status 1
## stderr: rmdir: failed to remove '': No such file or directory

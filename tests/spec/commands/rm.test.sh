# rm: remove files and trees.

#### rm a file
: > f; rm f; test -e f || echo gone
## stdout: gone

#### rm several files
: > a; : > b; rm a b; ls_a=$(test -e a && echo y); test -e b || echo "gone $ls_a"
## stdout: gone 

#### rm missing file
rm nope; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove 'nope': No such file or directory

#### rm -f missing file is quiet
rm -f nope; echo "status $?"
## stdout: status 0

#### rm -f without operands
rm -f; echo "status $?"
## stdout: status 0

#### rm without operands
rm; echo "status $?"
## stdout: status 1
## STDERR:
rm: missing operand
Try 'rm --help' for more information.
## END

#### rm a directory without -r
mkdir d; rm d; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove 'd': Is a directory

#### rm -r a tree
mkdir -p d/e; : > d/e/f; : > d/g; rm -r d; test -e d || echo gone
## stdout: gone

#### rm -rf a tree and a missing file
mkdir -p d/e; rm -rf d nope; echo "status $?"; test -e d || echo gone
## STDOUT:
status 0
gone
## END

#### rm -R
mkdir -p d/e; rm -R d; test -e d || echo gone
## stdout: gone

#### rm -d empty directory
mkdir d; rm -d d; test -e d || echo gone
## stdout: gone

#### rm -d non-empty directory
mkdir d; : > d/f; rm -d d; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove 'd': Directory not empty

#### rm -v file
: > f; rm -v f
## stdout: removed 'f'

#### rm -rv tree
mkdir -p d/e; : > d/e/f; rm -rv d
## STDOUT:
removed 'd/e/f'
removed directory 'd/e'
removed directory 'd'
## END

#### rm -r refuses dot
rm -r .; echo "status $?"
## stdout: status 1
## stderr: rm: refusing to remove '.' or '..' directory: skipping '.'

#### rm -rf refuses dot-dot
mkdir d; rm -rf d/..; echo "status $?"
## stdout: status 1
## stderr: rm: refusing to remove '.' or '..' directory: skipping 'd/..'

#### rm -r refuses root
rm -r /; echo "status $?"
## stdout: status 1
## STDERR:
rm: it is dangerous to operate recursively on '/'
rm: use --no-preserve-root to override this failsafe
## END

#### rm a symlink leaves the target
: > t; ln -s t l; rm l; test -e t && test ! -L l && echo ok
## stdout: ok

#### rm a dash file
: > ./-x; rm -- -x; test -e ./-x || echo gone
## stdout: gone

#### rm continues after missing
: > a; rm nope a; echo "status $?"; test -e a || echo gone
## STDOUT:
status 1
gone
## END
## stderr: rm: cannot remove 'nope': No such file or directory

#### rm glob of files
: > a.txt; : > b.txt; : > c.log; rm *.txt; echo *
## stdout: c.log

#### rm -i asks and keeps on no
: > e; echo x > f; rm -i e f < /dev/null; echo; echo *
## STDOUT:

e f
## END
## stderr-json: "rm: remove regular empty file 'e'? rm: remove regular file 'f'? "

#### rm -i removes on yes
echo x > f; echo y | rm -i f; echo; test -e f || echo gone
## STDOUT:

gone
## END
## stderr-json: "rm: remove regular file 'f'? "

#### rm -i of a directory without -r
mkdir d; rm -i d < /dev/null; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove 'd': Is a directory

#### rm -ri asks to descend
mkdir d; : > d/x; rm -ri d < /dev/null; echo; test -d d && echo kept
## STDOUT:

kept
## END
## stderr-json: "rm: descend into directory 'd'? "

#### rm -I asks once for many files
: > a; : > b; : > c; : > d; rm -I a b c d < /dev/null; echo; echo *
## STDOUT:

a b c d
## END
## stderr-json: "rm: remove 4 arguments? "

#### rm -I with few files does not ask
: > a; : > b; rm -I a b; echo *
## stdout: *

#### rm -f overrides -i
: > a; rm -i -f a; test -e a || echo gone
## stdout: gone

#### rm -rf dir contents
mkdir -p d/e; : > d/f; rm -rf d/*; echo d/*
## stdout: d/*

#### rm -r trailing slash
mkdir -p d/e; rm -rv d/
## STDOUT:
removed directory 'd/e'
removed directory 'd/'
## END

#### rm multiple mixed
mkdir d; : > f; rm -v f d; echo "status $?"
## STDOUT:
removed 'f'
status 1
## END
## stderr: rm: cannot remove 'd': Is a directory

#### rm -rf missing dir in loop
for d in x y; do rm -rf "$d"; done; echo ok
## stdout: ok

#### rm name with space missing
rm 'a b'; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove 'a b': No such file or directory

#### rm -rf many levels
mkdir -p a/b/c/d/e; touch a/b/c/d/e/f a/x; rm -rf a; echo *
## stdout: *

#### rm -v multiple
: > a; : > b; rm -v a b
## STDOUT:
removed 'a'
removed 'b'
## END

#### rm -r dot slash
rm -rf ./; echo "status $?"
## stdout: status 1
## stderr: rm: refusing to remove '.' or '..' directory: skipping './'

#### rm empty
rm ''; echo "status $?"
## stdout: status 1
## stderr: rm: cannot remove '': No such file or directory

#### rm a file named with a trailing slash
echo a > f; rm f/; echo "status $?"; rm -f f/ f/x; echo "status $?"; cat f
## STDOUT:
status 1
status 0
a
## END
## stderr: rm: cannot remove 'f/': Not a directory

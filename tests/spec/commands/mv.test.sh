# mv: rename and move.

#### mv renames
echo hi > a; mv a b; cat b; test -e a || echo gone
## STDOUT:
hi
gone
## END

#### mv into a directory
echo hi > a; mkdir d; mv a d; cat d/a
## stdout: hi

#### mv several into a directory
: > a; : > b; mkdir d; mv a b d/; echo d/*
## stdout: d/a d/b

#### mv -v
: > a; mkdir d; mv -v a b; mv -v b d
## STDOUT:
renamed 'a' -> 'b'
renamed 'b' -> 'd/b'
## END

#### mv a directory
mkdir -p d/s; echo x > d/s/f; mv d e; cat e/s/f; test -e d || echo gone
## STDOUT:
x
gone
## END

#### mv a directory into a directory
mkdir d e; mv d e; test -d e/d && echo ok
## stdout: ok

#### mv overwrites a file
echo new > a; echo old > b; mv a b; cat b
## stdout: new

#### mv -n keeps the destination
echo new > a; echo old > b; mv -n a b; echo "status $?"; cat a b
## STDOUT:
status 0
new
old
## END

#### mv missing source
mv nope x; echo "status $?"
## stdout: status 1
## stderr: mv: cannot stat 'nope': No such file or directory

#### mv same file
: > f; mv f f; echo "status $?"; mv f ./f; echo "status $?"
## STDOUT:
status 1
status 1
## END
## STDERR:
mv: 'f' and 'f' are the same file
mv: 'f' and './f' are the same file
## END

#### mv into itself
mkdir d; mv d d/y; echo "status $?"
## stdout: status 1
## stderr: mv: cannot move 'd' to a subdirectory of itself, 'd/y'

#### mv file onto a directory with -T
: > f; mkdir d; mv -T f d; echo "status $?"
## stdout: status 1
## stderr: mv: cannot overwrite directory 'd' with non-directory

#### mv directory onto a file
mkdir d; : > f; mv d f; echo "status $?"
## stdout: status 1
## stderr: mv: cannot overwrite non-directory 'f' with directory 'd'

#### mv into a non-empty directory of the same name
mkdir -p x z/x; : > x/y; : > z/x/q; mv x z; echo "status $?"
## stdout: status 1
## stderr: mv: cannot move 'x' to 'z/x': Directory not empty

#### mv directory onto an empty directory
mkdir -p a b; : > a/f; mv -T a b; test -f b/f && echo ok
## stdout: ok

#### mv to a missing directory
: > f; mv f nope/x; echo "status $?"
## stdout: status 1
## stderr: mv: cannot move 'f' to 'nope/x': No such file or directory

#### mv without operands
mv; echo "status $?"
## stdout: status 1
## STDERR:
mv: missing file operand
Try 'mv --help' for more information.
## END

#### mv missing destination
: > f; mv f; echo "status $?"
## stdout: status 1
## STDERR:
mv: missing destination file operand after 'f'
Try 'mv --help' for more information.
## END

#### mv several to a non-directory
: > a; : > b; : > c; mv a b c; echo "status $?"
## stdout: status 1
## stderr: mv: target 'c': Not a directory

#### mv -t
: > a; mkdir d; mv -t d a; test -e d/a && echo ok
## stdout: ok

#### mv -u skips an older source
echo old > a; echo new > b; touch -d 2020-01-01 a; touch -d 2021-01-01 b; mv -u a b; cat b; test -e a && echo kept
## STDOUT:
new
kept
## END

#### mv a symlink moves the link
: > f; ln -s f l; mkdir d; mv l d/; readlink d/l
## needs: symlink
## stdout: f

#### mv to /tmp and back
echo x > f; mv f /tmp/mv-spec-f; mv /tmp/mv-spec-f g; cat g
## stdout: x

#### mv -i asks before overwriting
echo new > a; echo old > b; mv -i a b < /dev/null; echo; cat a b
## STDOUT:

new
old
## END
## stderr-json: "mv: overwrite 'b'? "

#### mv -i moves on yes
echo new > a; echo old > b; echo y | mv -i a b; echo; cat b
## STDOUT:

new
## END

#### mv glob into dir
mkdir -p a b; : > a/1; : > a/2; mv a/* b/; echo b/* a/*
## stdout: b/1 b/2 a/*

#### mv to missing dir with slash
: > f; mv f nodir/; echo "status $?"
## stdout: status 1
## stderr: mv: cannot move 'f' to 'nodir/': Not a directory

#### mv -f
echo a > a; echo b > b; mv -f a b; cat b
## stdout: a

#### mv rename dir with trailing slash
mkdir a; mv a/ b/; echo *
## stdout: b

#### mv across to /tmp dir
mkdir -p d/e; : > d/e/f; mv d /tmp/zz-mv-test; echo /tmp/zz-mv-test/e/*; rm -rf /tmp/zz-mv-test
## stdout: /tmp/zz-mv-test/e/f

#### mv file onto itself via dir
mkdir d; : > d/f; mv d/f d/; echo "status $?"
## stdout: status 1
## stderr: mv: 'd/f' and 'd/f' are the same file

#### mv dir into its own child
mkdir -p a/b; mv a a/b/c; echo "status $?"
## stdout: status 1
## stderr: mv: cannot move 'a' to a subdirectory of itself, 'a/b/c'

#### mv -v multiple
mkdir d; : > a; : > b; mv -v a b d
## STDOUT:
renamed 'a' -> 'd/a'
renamed 'b' -> 'd/b'
## END

#### mv empty
mv '' x; echo "status $?"
## stdout: status 1
## stderr: mv: cannot stat '': No such file or directory

#### mv dir to new with trailing slash
mkdir s; : > s/f; mv s n/; echo n/*
## stdout: n/f

#### mv a file named with a trailing slash
echo a > f; mv f/ g; echo "status $?"; cat f
## STDOUT:
status 1
a
## END
## stderr: mv: cannot stat 'f/': Not a directory

#### mv -b keeps the replaced file
echo 1 > a; echo 2 > b; mv -v -b a b; ls; cat b~
## STDOUT:
renamed 'a' -> 'b' (backup: 'b~')
b
b~
2
## END

#### mv --backup=numbered
echo 1 > a; echo 2 > b; echo 3 > c; mv --backup=numbered a b; mv --backup=numbered c b; ls; cat b
## STDOUT:
b
b.~1~
b.~2~
3
## END

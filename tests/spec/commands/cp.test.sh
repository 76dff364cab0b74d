# cp: copy files and trees.

#### cp a file
echo hi > a; cp a b; cat b
## stdout: hi

#### cp overwrites
echo new > a; echo old > b; cp a b; cat b
## stdout: new

#### cp into a directory
echo hi > a; mkdir d; cp a d; cat d/a
## stdout: hi

#### cp several files into a directory
echo 1 > a; echo 2 > b; mkdir d; cp a b d/; cat d/a d/b
## STDOUT:
1
2
## END

#### cp -v
echo hi > a; mkdir d; cp -v a b; cp -v a d; cp -v a d/
## STDOUT:
'a' -> 'b'
'a' -> 'd/a'
'a' -> 'd/a'
## END

#### cp missing source
cp nope x; echo "status $?"
## stdout: status 1
## stderr: cp: cannot stat 'nope': No such file or directory

#### cp directory without -r
mkdir d; cp d e; echo "status $?"
## stdout: status 1
## stderr: cp: -r not specified; omitting directory 'd'

#### cp -r a tree
mkdir -p d/sub; echo 1 > d/a; echo 2 > d/sub/b; cp -r d e; cat e/a e/sub/b
## STDOUT:
1
2
## END

#### cp -r into an existing directory
mkdir -p d/sub e; echo 1 > d/sub/b; cp -r d e; cat e/d/sub/b
## stdout: 1

#### cp -rv
mkdir -p d/sub; echo 1 > d/sub/b; cp -rv d e
## STDOUT:
'd' -> 'e'
'd/sub' -> 'e/sub'
'd/sub/b' -> 'e/sub/b'
## END

#### cp -R trailing slash
mkdir -p d; echo 1 > d/a; cp -Rv d/ e
## STDOUT:
'd/' -> 'e'
'd/a' -> 'e/a'
## END

#### cp -a keeps links
mkdir d; echo x > d/f; ln -s f d/l; cp -a d e; readlink e/l; cat e/l
## needs: symlink
## STDOUT:
f
x
## END

#### cp follows a link without -r
echo x > f; ln -s f l; cp l c; test -L c || cat c
## needs: symlink
## stdout: x

#### cp a directory into itself
mkdir d; cp -r d d/sub; echo "status $?"
## stdout: status 1
## stderr: cp: cannot copy a directory, 'd', into itself, 'd/sub'

#### cp same file
echo x > f; cp f f; echo "status $?"; cp f ./f; echo "status $?"
## STDOUT:
status 1
status 1
## END
## STDERR:
cp: 'f' and 'f' are the same file
cp: 'f' and './f' are the same file
## END

#### cp -n does not overwrite
echo new > a; echo old > b; cp -n a b; echo "status $?"; cat b
## STDOUT:
status 0
old
## END

#### cp without operands
cp; echo "status $?"
## stdout: status 1
## STDERR:
cp: missing file operand
Try 'cp --help' for more information.
## END

#### cp missing destination
: > f; cp f; echo "status $?"
## stdout: status 1
## STDERR:
cp: missing destination file operand after 'f'
Try 'cp --help' for more information.
## END

#### cp several files to a missing target
: > a; : > b; cp a b nope; echo "status $?"
## stdout: status 1
## stderr: cp: target 'nope': No such file or directory

#### cp several files to a file
: > a; : > b; : > c; cp a b c; echo "status $?"
## stdout: status 1
## stderr: cp: target 'c': Not a directory

#### cp -t
echo 1 > a; mkdir d; cp -t d a; cat d/a
## stdout: 1

#### cp -t missing directory
: > a; cp -t nope a; echo "status $?"
## stdout: status 1
## stderr: cp: target directory 'nope': No such file or directory

#### cp -T onto a directory
: > a; mkdir d; cp -T a d; echo "status $?"
## stdout: status 1
## stderr: cp: cannot overwrite directory 'd' with non-directory

#### cp -T extra operand
cp -T a b c; echo "status $?"
## stdout: status 1
## STDERR:
cp: extra operand 'c'
Try 'cp --help' for more information.
## END

#### cp into a missing directory
: > f; cp f nope/x; echo "status $?"
## stdout: status 1
## stderr: cp: cannot create regular file 'nope/x': No such file or directory

#### cp -r onto a file
mkdir d; : > f; cp -r d f; echo "status $?"
## stdout: status 1
## stderr: cp: cannot overwrite non-directory 'f' with directory 'd'

#### cp -p keeps the mode
echo x > f; chmod 700 f; cp -p f g; test -x g && echo exec
## needs: mode
## stdout: exec

#### cp keeps the executable bit
echo x > f; chmod 755 f; cp f g; test -x g && echo exec
## needs: mode
## stdout: exec

#### cp -u skips an up-to-date destination
echo old > a; echo new > b; touch -d 2020-01-01 a; touch -d 2021-01-01 b; cp -u a b; cat b
## stdout: new

#### cp -u copies a newer source
echo new > a; echo old > b; touch -d 2020-01-01 b; touch -d 2021-01-01 a; cp -u a b; cat b
## needs: mtime
## stdout: new

#### cp -s makes a symlink
echo x > f; cp -s f l; readlink l; cat l
## needs: symlink
## STDOUT:
f
x
## END

#### cp -l copies contents
echo x > f; cp -l f h; cat h
## stdout: x

#### cp of an empty file
: > e; cp e c; test -f c && ! test -s c && echo empty
## stdout: empty

#### cp -r merges and overwrites
mkdir -p a/s b/s; echo new > a/s/f; echo old > b/s/f; echo keep > b/s/g; cp -r a/. b; cat b/s/f b/s/g
## STDOUT:
new
keep
## END

#### cp a dash-named file
echo x > ./-f; cp -- -f g; cat g
## stdout: x

#### cp from /dev/null makes an empty file
echo data > e; cp /dev/null e; test -f e && ! test -s e && echo empty
## stdout: empty

#### cp -i asks before overwriting
echo new > a; echo old > b; cp -i a b < /dev/null; echo; cat b
## STDOUT:

old
## END
## stderr-json: "cp: overwrite 'b'? "

#### cp -i overwrites on yes
echo new > a; echo old > b; echo y | cp -i a b; echo; cat b
## STDOUT:

new
## END

#### cp dir trailing slash into existing dir
mkdir -p src/a dest; echo 1 > src/a/f; cp -r src/ dest/; echo dest/*/*/*
## stdout: dest/src/a/f

#### cp glob into dir
mkdir -p src dest; echo 1 > src/x; echo 2 > src/y; cp src/* dest/; echo dest/*
## stdout: dest/x dest/y

#### cp file to dir/newname
mkdir d; echo hi > f; cp f d/new.txt; cat d/new.txt
## stdout: hi

#### cp -p keeps mtime
touch -d @100 f; cp -p f g; date -r g +%s
## needs: mode mtime
## stdout: 100

#### cp to missing dir with slash
: > f; cp f nodir/; echo "status $?"
## stdout: status 1
## stderr: cp: cannot create regular file 'nodir/': Not a directory

#### cp -r into existing dest dir
mkdir -p s/x d; cp -rv s d
## STDOUT:
's' -> 'd/s'
's/x' -> 'd/s/x'
## END

#### cp -rT
mkdir -p s/x d; : > s/f; cp -rT s d; echo d/*
## stdout: d/f d/x

#### cp several with one missing
mkdir d; : > a; cp a nope d; echo "status $?"; echo d/*
## STDOUT:
status 1
d/a
## END
## stderr: cp: cannot stat 'nope': No such file or directory

#### cp -r missing source
cp -r nope dest; echo "status $?"
## stdout: status 1
## stderr: cp: cannot stat 'nope': No such file or directory

#### cp -n verbose
echo 1 > a; echo 2 > b; cp -nv a b; cat b
## stdout: 2

#### cp -u verbose newer
echo 1 > a; echo 2 > b; touch -d @100 b; touch -d @200 a; cp -uv a b; cat b
## needs: mtime
## STDOUT:
'a' -> 'b'
1
## END

#### cp symlink without -r copies content
echo x > t; ln -s t l; cp l c; cat c; test -L c && echo link || echo file
## needs: symlink
## STDOUT:
x
file
## END

#### cp -P symlink
echo x > t; ln -s t l; cp -P l c; test -L c && echo link
## needs: symlink
## stdout: link

#### cp -r with symlink to dir inside
mkdir -p s/real; : > s/real/f; ln -s real s/lnk; cp -r s d; test -L d/lnk && echo link
## needs: symlink
## stdout: link

#### cp dir to itself
mkdir d; cp -r d d; echo "status $?"
## stdout: status 1
## stderr: cp: cannot copy a directory, 'd', into itself, 'd/d'

#### cp quote name with quote
cp "it's" x; echo "status $?"
## stdout: status 1
## stderr: cp: cannot stat "it's": No such file or directory

#### cp -r deep and compare
mkdir -p a/b/c; echo deep > a/b/c/f; cp -r a z; cat z/b/c/f
## stdout: deep

#### cp file onto dir without -T
mkdir d; : > f; cp f d; echo d/*
## stdout: d/f

#### cp -a dir preserves link and content
mkdir -p a; echo x > a/f; ln -s f a/l; cp -a a b; readlink b/l; cat b/f
## needs: symlink
## STDOUT:
f
x
## END

#### cp -v dir error mix
mkdir d; : > f; cp -v f d nope 2>&1; echo "status $?"
## STDOUT:
cp: target 'nope': No such file or directory
status 1
## END

#### cp empty dir
mkdir e; cp -r e e2; test -d e2 && echo ok
## stdout: ok

#### cp --parents keeps the path
mkdir -p a/b d; echo x > a/b/c; cp -v --parents a/b/c d; cat d/a/b/c
## STDOUT:
a -> d/a
a/b -> d/a/b
'a/b/c' -> 'd/a/b/c'
x
## END

#### cp --parents needs a directory
mkdir -p a/b; : > a/b/c; cp --parents a/b/c nofile; echo "status $?"
## stdout: status 1
## STDERR:
cp: with --parents, the destination must be a directory
Try 'cp --help' for more information.
## END

#### cp -r --parents
mkdir -p a/b d3; echo x > a/b/c; cp -rv --parents a/b d3
## STDOUT:
a -> d3/a
'a/b' -> 'd3/a/b'
'a/b/c' -> 'd3/a/b/c'
## END

#### cp empty
cp '' x; echo "status $?"
## stdout: status 1
## stderr: cp: cannot stat '': No such file or directory

#### cp -R dir with trailing slash dest new
mkdir s; : > s/f; cp -R s n/; echo n/*
## stdout: n/f

#### cp a file named with a trailing slash
echo a > f; cp f/ g; echo "status $?"; cp -r f/ g; echo "status $?"; ls
## STDOUT:
status 1
status 1
f
## END
## STDERR:
cp: cannot stat 'f/': Not a directory
cp: cannot stat 'f/': Not a directory
## END

#### cp -b keeps the old file as NAME~
echo 1 > a; echo 2 > b; cp -b a b; ls; cat b~ b
## STDOUT:
a
b
b~
2
1
## END

#### cp --backup=numbered and existing
echo 1 > a; echo 2 > b
cp -v --backup=numbered a b; cp --backup=t a b; cp -S .bak a b; ls
## STDOUT:
'a' -> 'b' (backup: 'b.~1~')
a
b
b.~1~
b.~2~
b.~3~
## END

#### cp --suffix with simple backups
echo 1 > a; echo 2 > b; cp --backup=simple -S .orig a b; SIMPLE_BACKUP_SUFFIX=.old cp -b a b; ls
## STDOUT:
a
b
b.old
b.orig
## END

#### cp -b without an existing destination makes no backup
echo 1 > a; cp -b a c; ls
## STDOUT:
a
c
## END

#### cp --backup with a bad type
echo 1 > a; cp --backup=x a b
## status: 1
## STDERR:
cp: invalid argument ‘x’ for ‘backup type’
Valid arguments are:
  - ‘none’, ‘off’
  - ‘simple’, ‘never’
  - ‘existing’, ‘nil’
  - ‘numbered’, ‘t’
Try 'cp --help' for more information.
## END

#### cp -r keeps a directory's mode, -a keeps the tree's
mkdir -p p/q; chmod 700 p; cp -r p p3; cp -a p p2; stat -c '%a %n' p3 p2 p2/q
## needs: mode
## STDOUT:
700 p3
700 p2
755 p2/q
## END

# mkdir: create directories.

#### mkdir creates a directory
mkdir a; test -d a && echo ok
## stdout: ok

#### mkdir several
mkdir a b c; test -d a && test -d b && test -d c && echo ok
## stdout: ok

#### mkdir existing directory fails
mkdir a; mkdir a; echo "status $?"
## stdout: status 1
## stderr: mkdir: cannot create directory ‘a’: File exists

#### mkdir existing file fails
: > f; mkdir f; echo "status $?"
## stdout: status 1
## stderr: mkdir: cannot create directory ‘f’: File exists

#### mkdir missing parent
mkdir nope/x; echo "status $?"
## stdout: status 1
## stderr: mkdir: cannot create directory ‘nope/x’: No such file or directory

#### mkdir -p creates parents
mkdir -p a/b/c; test -d a/b/c && echo ok
## stdout: ok

#### mkdir -p existing is fine
mkdir -p a/b; mkdir -p a/b; echo "status $?"
## stdout: status 0

#### mkdir -p over a file
: > f; mkdir -p f; echo "status $?"; mkdir -p f/x; echo "status $?"
## STDOUT:
status 1
status 1
## END
## STDERR:
mkdir: cannot create directory ‘f’: File exists
mkdir: cannot create directory ‘f’: Not a directory
## END

#### mkdir -v
mkdir -v a
## stdout: mkdir: created directory 'a'

#### mkdir -pv lists each created directory
mkdir -p b; mkdir -pv b/c/d
## STDOUT:
mkdir: created directory 'b/c'
mkdir: created directory 'b/c/d'
## END

#### mkdir -p with trailing slash
mkdir -pv x/y/
## STDOUT:
mkdir: created directory 'x'
mkdir: created directory 'x/y/'
## END

#### mkdir -m mode
mkdir -m 700 m; test -d m && echo ok
## stdout: ok

#### mkdir -m invalid
mkdir -m bad m; echo "status $?"; test -d m || echo absent
## STDOUT:
status 1
absent
## END
## stderr: mkdir: invalid mode ‘bad’

#### mkdir without operand
mkdir; echo "status $?"
## stdout: status 1
## STDERR:
mkdir: missing operand
Try 'mkdir --help' for more information.
## END

#### mkdir continues after a failure
mkdir nope/a b; echo "status $?"; test -d b && echo made
## STDOUT:
status 1
made
## END

#### mkdir invalid option
mkdir -q a; echo "status $?"
## stdout: status 1
## STDERR:
mkdir: invalid option -- 'q'
Try 'mkdir --help' for more information.
## END

#### mkdir quoting of names with spaces
mkdir -v 'a b'; mkdir 'a b'
## stdout: mkdir: created directory 'a b'
## stderr: mkdir: cannot create directory ‘a b’: File exists
## status: 1

#### mkdir brace tree
mkdir -p proj/{src,tests}/unit && echo proj/*/*
## stdout: proj/src/unit proj/tests/unit

#### mkdir -p nested with mode
mkdir -p -m 755 a/b/c && echo ok
## stdout: ok

#### mkdir -v parents verbose existing
mkdir -p a; mkdir -pv a/b a/c
## STDOUT:
mkdir: created directory 'a/b'
mkdir: created directory 'a/c'
## END

#### mkdir unicode
mkdir -v 'é'; mkdir 'é'
## stdout: mkdir: created directory 'é'
## stderr: mkdir: cannot create directory ‘é’: File exists
## status: 1

#### mkdir -p dot
mkdir -p .; mkdir -p ./a/./b; echo a/*
## stdout: a/b

#### mkdir empty
mkdir ''; echo "status $?"
## stdout: status 1
## stderr: mkdir: cannot create directory ‘’: No such file or directory

#### mkdir -p trailing dots
mkdir -p a/./b/../c; echo a/*
## stdout: a/b a/c

#### mkdir -m sets the directory mode
mkdir -m 700 d; stat -c '%a %A' d; ls -ld d | cut -c1-10
## needs: mode
## STDOUT:
700 drwx------
drwx------
## END

#### mkdir -p -m applies to the last directory only
mkdir -p -m 711 x/y/z; stat -c '%n %a' x x/y x/y/z
## needs: mode
## STDOUT:
x 755
x/y 755
x/y/z 711
## END

#### mkdir and touch follow the umask
umask 077; mkdir d; touch f; stat -c '%a %n' d f
umask 022; mkdir -m 0 z; stat -c %a z; chmod u+rwx z; stat -c %a z
## needs: mode
## STDOUT:
700 d
600 f
0
700
## END

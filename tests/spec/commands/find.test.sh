# find: GNU findutils 4.9. Real find lists a directory in ext4 hash order and mirage in
# name order, so cases either keep one entry per directory or sort through `ls -d`.

#### find lists a chain of directories
## file: d/a/b/f.txt
x
## end
find d
## STDOUT:
d
d/a
d/a/b
d/a/b/f.txt
## END

#### find without a path starts at dot
## file: f.txt
x
## end
find
## STDOUT:
.
./f.txt
## END

#### find with a trailing slash on the start
## file: d/f
x
## end
find d/
## STDOUT:
d/
d/f
## END

#### find -name with a glob
## file: d/a.txt
## end
## file: d/b.log
## end
## file: d/sub/c.txt
## end
find d -name '*.txt' | xargs ls -d
## STDOUT:
d/a.txt
d/sub/c.txt
## END

#### find -iname
## file: d/README.md
## end
## file: d/x.c
## end
find d -iname 'readme*'
## stdout: d/README.md

#### find -type f and -type d
## file: d/s/f
## end
find d -type f; find d -type d | xargs ls -d
## STDOUT:
d/s/f
d
d/s
## END

#### find -type with a comma list
## file: d/s/f
## end
find d -type f,d | xargs ls -d
## STDOUT:
d
d/s
d/s/f
## END

#### find -type l
## needs: symlink
## file: d/f
## end
ln -s f d/l 2>/dev/null || { echo no ln; exit; }
find d -type l
## stdout: d/l

#### find -maxdepth and -mindepth
## file: d/a/b/c/f
## end
find d -maxdepth 2; echo --; find d -mindepth 3
## STDOUT:
d
d/a
d/a/b
--
d/a/b/c
d/a/b/c/f
## END

#### find -maxdepth 0 lists only the start
## file: d/f
## end
find d -maxdepth 0
## stdout: d

#### find -path
## file: d/src/x.rs
## end
## file: d/doc/x.rs
## end
find d -path '*src*' | xargs ls -d
## STDOUT:
d/src
d/src/x.rs
## END

#### find -regex matches the whole path (emacs syntax)
## file: d/a1.txt
## end
## file: d/b.txt
## end
find d -regex '.*/a[0-9]\.txt'; find d -regex 'a.*'; find d -regex '.*/\(a1\|zz\)\.txt'
## STDOUT:
d/a1.txt
d/a1.txt
## END

#### find -regextype posix-extended
## file: d/a1.txt
## end
find d -regextype posix-extended -regex '.*/(a|b)[0-9]+\.txt'
## stdout: d/a1.txt

#### find -iregex
## file: d/ABC.TXT
## end
find d -iregex '.*abc\.txt'
## stdout: d/ABC.TXT

#### find -not and !
## file: d/a.txt
## end
## file: d/b.log
## end
find d -type f ! -name '*.txt'; find d -type f -not -name '*.log'
## STDOUT:
d/b.log
d/a.txt
## END

#### find -o with parentheses and -print
## file: d/a.txt
## end
## file: d/b.log
## end
## file: d/c.md
## end
find d \( -name '*.txt' -o -name '*.md' \) -print | xargs ls -d
## STDOUT:
d/a.txt
d/c.md
## END

#### find -o binds looser than -a
## file: d/a.txt
## end
find d -name nope -o -name '*.txt' -print
## stdout: d/a.txt

#### find -prune skips a directory
## file: d/skip/x.txt
## end
## file: d/keep/y.txt
## end
find d -name skip -prune -o -type f -print
## stdout: d/keep/y.txt

#### find -size in bytes, kilobytes and blocks
## file: d/small
abc
## end
## file: d/empty
## end
find d -type f -size -1k; find d -size 4c; find d -type f -size +0 ; find d -type f -size 1
## STDOUT:
d/empty
d/small
d/small
d/small
## END

#### find -empty
## file: d/e
## end
## file: d/s/f
x
## end
find d -empty
## stdout: d/e

#### find -newer
## file: d/old
## end
sleep 0.02; echo new > d/new
find d -newer d/old
## STDOUT:
d
d/new
## END
## gap: the spec runner's clock stands still, so every mtime is equal

#### find -mtime and -mmin on fresh files
## file: d/f
## end
find d/f -mtime 0; find d/f -mtime -1; find d/f -mtime +0; find d/f -mmin -5; find d/f -mmin +5
## STDOUT:
d/f
d/f
d/f
## END

#### find -print0
## file: d/f
## end
find d -print0; echo
## stdout-json: "d\u0000d/f\u0000\n"

#### find -printf directives
## file: d/sub/a.txt
hello
## end
find d/sub/a.txt -printf '%p|%f|%h|%s|%d|%y|%m|%M|%u|%g|%k|%b\n'
find d -type f -printf '%P %H %d\n'
## STDOUT:
d/sub/a.txt|a.txt|d/sub|6|0|f|644|-rw-r--r--|root|root|4|8
sub/a.txt d 2
## END

#### find -printf widths and escapes
## file: d/a.txt
hi
## end
find d/a.txt -printf '[%-8f][%6s][%.2f][%#m]\t\101\0\n' | cat -A
## stdout: [a.txt   ][     3][a.][0644]^IA^@$

#### find -printf on a directory
## file: d/s/f
## end
find d -maxdepth 0 -printf '%s %k %n %y %M\n'
## stdout: 4096 4 3 d drwxr-xr-x

#### find -printf unknown directive warns
## file: f
## end
find f -printf '%z\n'
## stdout: %z
## stderr: find: warning: unrecognized format directive `%z'

#### find -printf percent at the end
find . -printf 'x%'; echo "status $?"
## stdout: status 1
## stderr: find: error: % at end of format string

#### find -exec with semicolon
## file: d/f.txt
hello
## end
find d -type f -exec cat {} \;
## stdout: hello

#### find -exec replaces braces inside words
## file: d/f
## end
find d/f -exec echo 'x{}y' {} \;
## stdout: xd/fy d/f

#### find -exec with plus batches names
## file: d/a/b
## end
find d -exec echo got {} +
## stdout: got d d/a d/a/b

#### find -exec as a test
## file: d/f
## end
find d/f -exec false \; -o -print; echo "status $?"
## STDOUT:
d/f
status 0
## END

#### find -exec plus with a failing command sets status 1
## file: d/f
## end
find d/f -exec false {} +; echo "status $?"
## stdout: status 1

#### find -exec of a missing command
## file: d/f
## end
find d/f -exec nocmd {} \; ; echo "status $?"
## stdout: status 0
## stderr: find: ‘nocmd’: No such file or directory

#### find -exec plus needs braces last
find . -exec echo {} x +; echo "status $?"
## stdout: status 1
## stderr: find: missing argument to `-exec'

#### find -execdir runs in the file's directory
## file: d/s/f
## end
find d -name f -execdir echo {} \;
## stdout: ./f

#### find -delete
## file: d/s/f
## end
## file: d/keep
## end
find d -name s -prune -o -name f -delete; find d/s -delete; find d
## STDOUT:
d
d/keep
## END

#### find -delete on a non-empty directory
## file: d/s/f
## end
find d -maxdepth 0 -delete; echo "status $?"
## stdout: status 1
## stderr: find: cannot delete ‘d’: Directory not empty

#### find -depth lists children first
## file: d/a/f
## end
find d -depth
## STDOUT:
d/a/f
d/a
d
## END

#### find -quit stops at the first match
## file: d/a/b/c
## end
find d -name '[bc]' -print -quit
## stdout: d/a/b

#### find comma operator
## file: d/f
## end
find d/f -printf 'a\n' , -printf 'b\n'
## STDOUT:
a
b
## END

#### find -true -false
## file: f
## end
find f -true; find f -false; echo "status $?"
## STDOUT:
f
status 0
## END

#### find -perm
## needs: mode
## file: d/x
## end
chmod 755 d/x
find d -type f -perm 755; find d -type f -perm -u+x; find d -type f -perm /o+w; echo end
## STDOUT:
d/x
d/x
end
## END

#### find -executable and -readable
## needs: mode
## file: d/x
## end
## file: d/y
## end
chmod 700 d/x
find d -type f -executable; find d -type f -readable | xargs ls -d
## STDOUT:
d/x
d/x
d/y
## END

#### find -links and -user
## file: d/s/f
## end
find d -links 3; find d/s/f -user root -group root
## STDOUT:
d
d/s/f
## END

#### find on a missing path
## file: f
## end
find nope f; echo "status $?"
## STDOUT:
f
status 1
## END
## stderr: find: ‘nope’: No such file or directory

#### find unknown predicate
find . -foo; echo "status $?"
## stdout: status 1
## stderr: find: unknown predicate `-foo'

#### find missing argument
find . -name; echo "status $?"
## stdout: status 1
## stderr: find: missing argument to `-name'

#### find bad -type
find . -type q; echo "status $?"
## stdout: status 1
## stderr: find: Unknown argument to -type: q

#### find paths after the expression
find . -name a x; echo "status $?"
## stdout: status 1
## stderr: find: paths must precede expression: `x'

#### find unbalanced parentheses
find . \( -name x; echo "status $?"; find . -name x \); echo "status $?"
## STDOUT:
status 1
status 1
## END
## STDERR:
find: invalid expression; I was expecting to find a ')' somewhere but did not see one.
find: you have too many ')'
## END

#### find operator with nothing before it
find . -o -name x; echo "status $?"; find . -name x -o; echo "status $?"
## STDOUT:
status 1
status 1
## END
## STDERR:
find: invalid expression; you have used a binary operator '-o' with nothing before it.
find: expected an expression after '-o'
## END

#### find bad -maxdepth and -size
find . -maxdepth x; find . -size 3x; find . -mtime x; echo "status $?"
## stdout: status 1
## STDERR:
find: Expected a positive decimal integer argument to -maxdepth, but got ‘x’
find: invalid -size type `x'
find: invalid argument `x' to `-mtime'
## END

#### find -newer with a missing reference
find . -newer nope; echo "status $?"
## stdout: status 1
## stderr: find: ‘nope’: No such file or directory

#### find output into a pipeline stops early
## file: d/a/b/c/d/e
## end
find d | { read -r l; echo "$l"; }
## stdout: d

#### find -L follows links to directories
## needs: symlink
## file: real/f
## end
ln -s real lnk
find -L lnk; find lnk; find lnk/
## STDOUT:
lnk
lnk/f
lnk
lnk/
lnk/f
## END

#### find -xtype and -printf %l %Y
## needs: symlink
## file: d/f
## end
ln -s f d/l; ln -s nowhere d/dang
find d -type l -printf '%f %l %y %Y\n' | { read -r a; read -r b; [[ $a < $b ]] && echo "$a" && echo "$b" || { echo "$b"; echo "$a"; }; }; find d -xtype f -name l
## STDOUT:
dang nowhere l N
l f l f
d/l
## END

#### find -ls
## file: d/f
hello
## end
find d/f -ls | { read -r i k m n u g s rest; echo "$k $m $n $u $g $s ${rest##* }"; }
## stdout: 4 -rw-r--r-- 1 root root 6 d/f

#### find -fprint and -fprintf write files
## file: d/f
## end
find d/f -fprint out1 -fprintf out2 '%f\n'; cat out1 out2
## STDOUT:
d/f
f
## END

#### find -ok reads the answer from stdin
## file: f
## end
find f -ok echo run {} \; ; echo y | find f -ok echo run {} \;
## stdout: run f
## stderr-json: "< echo ... f > ? < echo ... f > ? "

#### find -newermt with a date
## file: f
## end
find f -newermt '2999-01-01 00:00'; find f ! -newermt 2999-01-01
## stdout: f

#### find -newermt with a bad date
find . -newermt 'not a date'; echo "status $?"
## stdout: status 1
## stderr: find: I cannot figure out how to interpret ‘not a date’ as a date or time

#### find ignores -O and -D options
## file: f
## end
find -O3 f; find -D stat f 2>/dev/null
## STDOUT:
f
f
## END

#### a file with a trailing slash is not a directory
## file: ff
x
## end
find ff/; ls ff/; stat ff/; du ff/; tree ff/; echo "status $?"
## STDOUT:
ff/  [error opening dir]

0 directories, 0 files
status 2
## END
## STDERR:
find: ‘ff/’: Not a directory
ls: cannot access 'ff/': Not a directory
stat: cannot statx 'ff/': Not a directory
du: cannot access 'ff/': Not a directory
## END

#### find -samefile and -fstype
## file: d/a
## end
## file: d/b
## end
find d -samefile d/a; find d/a -fstype ext4; find d/a -fstype nfs; echo end
## STDOUT:
d/a
d/a
end
## END

#### find -empty -delete removes directories emptied on the way
mkdir -p build/cache/x e; touch f; find . -empty -delete; find . | sort
## stdout: .

# ls: GNU coreutils 9.1, output not to a terminal (one name per line). Long listings are
# checked without their time column (it depends on the clock).

#### ls lists names sorted by bytes
## file: b.txt
## end
## file: A
## end
## file: a
## end
## file: _x
## end
ls
## STDOUT:
A
_x
a
b.txt
## END

#### ls hides dot files unless -a or -A
## file: .hid
## end
## file: f
## end
ls; echo --; ls -A; echo --; ls -a
## STDOUT:
f
--
.hid
f
--
.
..
.hid
f
## END

#### ls -1 on a directory operand
## file: d/x
## end
## file: d/y
## end
ls -1 d
## STDOUT:
x
y
## END

#### ls several operands: files first, then directories with headers
## file: d/x
## end
## file: e/y
## end
## file: f
## end
ls e f d
## STDOUT:
f

d:
x

e:
y
## END

#### ls -d
## file: d/x
## end
ls -d d; ls -d .
## STDOUT:
d
.
## END

#### ls -F and -p
## needs: mode
## file: d/x
## end
## file: run
## end
chmod +x run
ls -F; ls -p
## STDOUT:
d/
run*
d/
run
## END

#### ls -r
## file: a
## end
## file: b
## end
ls -r
## STDOUT:
b
a
## END

#### ls -S sorts by size
## file: small
a
## end
## file: big
aaaaaaaaaa
## end
## file: mid
aaaa
## end
ls -S; ls -Sr
## STDOUT:
big
mid
small
small
mid
big
## END

#### ls -R
## file: d/a/x
## end
## file: d/b
## end
ls -R d
## STDOUT:
d:
a
b

d/a:
x
## END

#### ls -R on dot
## file: s/f
## end
ls -R
## STDOUT:
.:
s

./s:
f
## END

#### ls -l fields without the time
## needs: mode
## file: f
hello
## end
chmod 640 f
ls -l f | { read -r mode links owner group size rest; echo "$mode $links $owner $group $size"; }
## stdout: -rw-r----- 1 root root 6

#### ls -l on a directory counts links
## file: d/s1/x
## end
## file: d/s2/y
## end
## file: d/f
## end
ls -ld d | { read -r mode links owner group size rest; echo "$mode $links $size"; }
## stdout: drwxr-xr-x 4 4096

#### ls -l total and sizes
## file: d/a
aaaa
## end
## file: d/s/x
## end
ls -l d | while read -r mode links owner group size m day t name; do echo "$mode $links $size $name"; done
## STDOUT:
total 8  
-rw-r--r-- 1 5 a
drwxr-xr-x 2 4096 s
## END

#### ls -l size column is right-aligned
## file: d/a
a
## end
## file: d/b
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
## end
ls -l d | while IFS= read -r line; do echo "${line:0:26}"; done
## STDOUT:
total 8
-rw-r--r-- 1 root root   2
-rw-r--r-- 1 root root 100
## END

#### ls -n -g -o
## file: f
x
## end
ls -n f | { read -r m l o g s rest; echo "$o $g $s"; }
ls -g f | { read -r m l g s rest; echo "$g $s"; }
ls -o f | { read -r m l o s rest; echo "$o $s"; }
## STDOUT:
0 0 2
root 2
root 2
## END

#### ls -lh
## file: f
## end
printf '%5000s' x > f
ls -lh f | { read -r m l o g s rest; echo "$s"; }
ls -sh f
## STDOUT:
4.9K
8.0K f
## END

#### ls -s
## file: d/a
x
## end
## file: d/e
## end
ls -s d
## STDOUT:
total 4
4 a
0 e
## END

#### ls -m and -C
## file: a
## end
## file: bb
## end
## file: ccc
## end
ls -m; ls -C; ls -x
## STDOUT:
a, bb, ccc
a  bb  ccc
a  bb  ccc
## END

#### ls -X and -v
## file: b.c
## end
## file: a.h
## end
## file: f10
## end
## file: f9
## end
ls -X; echo --; ls -v
## STDOUT:
f10
f9
b.c
a.h
--
a.h
b.c
f9
f10
## END

#### ls of a missing file
## file: f
## end
ls nope f; echo "status $?"
## STDOUT:
f
status 2
## END
## stderr: ls: cannot access 'nope': No such file or directory

#### ls -I ignores a pattern
## file: a.txt
## end
## file: b.log
## end
ls -I '*.log'
## stdout: a.txt

#### ls bad option
ls --bogus; echo "status $?"
## stdout: status 2
## STDERR:
ls: unrecognized option '--bogus'
Try 'ls --help' for more information.
## END

#### ls --color=never is plain
## file: f
## end
ls --color=never
## stdout: f

#### ls -l shows link targets
## needs: symlink
## file: f
## end
ln -s f l
ls -l l | { read -r m n o g s a b c name arrow t; echo "$m $name $arrow $t"; }; ls -F l; ls l
## STDOUT:
lrwxrwxrwx l -> f
l@
l
## END

#### ls -Q and --quoting-style
## file: a b
## end
## file: it's
## end
ls -Q; ls --quoting-style=shell; ls --quoting-style=shell-always; ls -b
## STDOUT:
"a b"
"it's"
'a b'
"it's"
'a b'
"it's"
a\ b
it's
## END

#### ls --group-directories-first
## file: a
## end
## file: z/f
## end
ls --group-directories-first
## STDOUT:
z
a
## END

#### ls -C with a width
## file: alpha
## end
## file: beta
## end
## file: gamma
## end
ls -C -w 12; ls -x -w 14; ls -m -w 10
## STDOUT:
alpha
beta
gamma
alpha  beta
gamma
alpha,
beta,
gamma
## END

#### ls -l of a link with a trailing slash lists the directory
## needs: symlink
## file: d/f
## end
ln -s d l
ls -l l | { read -r m rest; echo "${m:0:1}"; }; ls -l l/ | { read -r t n; read -r m rest; echo "$t ${m:0:1}"; }
## STDOUT:
l
total -
## END

#### ls -v puts punctuation after letters like filevercmp
touch B a _x 10 9 file-2 file_1 .h; ls -1v; ls -1av
## STDOUT:
9
10
B
a
file-2
file_1
_x
.
..
.h
9
10
B
a
file-2
file_1
_x
## END

#### ls -L on a dangling symlink
ln -s nowhere dl; ls -L dl; echo "status $?"; ls dl
## needs: symlink
## STDOUT:
status 2
dl
## END
## stderr: ls: cannot access 'dl': No such file or directory

#### ls -l --time-style=+FORMAT
touch -d '2024-05-06 07:08:09' f; ls -l --time-style=+%Y-%m f; ls -g --time-style='+<%d>' f
## needs: mtime
## STDOUT:
-rw-r--r-- 1 root root 0 2024-05 f
-rw-r--r-- 1 root 0 <06> f
## END

#### ls -l -h and --si round up into the next unit
for n in 999 9960 10239 999500 1047552; do truncate -s $n f$n; done
ls -l --si f* | awk '{print $5, $9}'; ls -lh f* | awk '{print $5, $9}'
## STDOUT:
11k f10239
1.1M f1047552
10k f9960
999 f999
1.0M f999500
10K f10239
1023K f1047552
9.8K f9960
999 f999
977K f999500
## END

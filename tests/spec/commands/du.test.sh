# du: GNU coreutils 9.1 on ext4 (4 KiB blocks). Real du lists a directory in its on-disk
# order, so cases with several entries in one directory sort through `ls`-free layouts.

#### du of a chain of directories
## file: d/a/f
hello
## end
du d
## STDOUT:
8	d/a
12	d
## END

#### du -a includes files
## file: d/a/f
hello
## end
du -a d
## STDOUT:
4	d/a/f
8	d/a
12	d
## END

#### du -s and -h
## file: d/a/f
hello
## end
du -s d; du -sh d
## STDOUT:
12	d
12K	d
## END

#### du of a file operand
## file: f
hello
## end
## file: e
## end
du f e
## STDOUT:
4	f
0	e
## END

#### du -b and --apparent-size
## file: d/f
hello
## end
du -b d; du --apparent-size d
## STDOUT:
4102	d
5	d
## END

#### du counts a file once across operands
## file: d/f
hello
## end
du -b d/f d; du d d
## STDOUT:
6	d/f
4096	d
8	d
## END

#### du -c adds a total
## file: a
x
## end
## file: b
## end
du -c a b
## STDOUT:
4	a
0	b
4	total
## END

#### du -d limits the depth
## file: d/a/b/f
## end
du -d 1 d; echo --; du --max-depth=0 d
## STDOUT:
8	d/a
12	d
--
12	d
## END

#### du -k and -m
## file: f
## end
printf '%9000s' x > f
du -k f; du -m f
## STDOUT:
12	f
1	f
## END

#### du -B sizes
## file: f
x
## end
du -B1 f; du -BK f; du -BM f
## STDOUT:
4096	f
4K	f
1M	f
## END

#### du a bigger file in human units
## file: f
## end
printf '%5000s' x > f
du -h f; du -ah --apparent-size f
## STDOUT:
8.0K	f
4.9K	f
## END

#### du --exclude
## file: d/skip.log
x
## end
## file: d/s/keep
x
## end
du -a --exclude='*.log' d
## STDOUT:
4	d/s/keep
8	d/s
12	d
## END

#### du -0
## file: f
## end
du -0 f; echo
## stdout-json: "0\tf\u0000\n"

#### du of a missing file
## file: f
## end
du nope f; echo "status $?"
## STDOUT:
0	f
status 1
## END
## stderr: du: cannot access 'nope': No such file or directory

#### du -s with -d conflicts
du -s -d 1 .; echo "status $?"
## stdout: status 1
## STDERR:
du: warning: summarizing conflicts with --max-depth=1
Try 'du --help' for more information.
## END

#### du --inodes
## file: q/r/s/t
## end
## file: q/u
## end
du --inodes q; du --inodes -s q
## STDOUT:
2	q/r/s
3	q/r
5	q
5	q
## END

#### du -L, -D and -H count a linked operand as its target
printf '12345' > f; ln -s f l; du -b -L l; du -b -D l; du -b -H l; du -b -L -P l | sed 's/^[0-9]*/N/'
## needs: symlink
## STDOUT:
5	l
5	l
5	l
N	l
## END

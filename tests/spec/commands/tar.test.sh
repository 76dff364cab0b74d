# tar: create, list and extract archives (GNU tar 1.34). Directories here hold one entry
# each, since GNU tar archives in readdir order.

#### create and list
## file: dir/sub/b
b
## end
tar cf a.tar dir && tar tf a.tar
## STDOUT:
dir/
dir/sub/
dir/sub/b
## END

#### old style and dash style agree
## file: dir/a
a
## end
tar -cf a.tar dir; tar -tf a.tar; tar tf a.tar dir/a
## STDOUT:
dir/
dir/a
dir/a
## END

#### gzip round trip
## file: dir/sub/b
bee
## end
tar czf a.tgz dir && tar tzf a.tgz && tar xzf a.tgz -C out 2>/dev/null; echo "status $?"
## STDOUT:
dir/
dir/sub/
dir/sub/b
status 2
## END

#### extract into a directory
## file: dir/sub/b
bee
## end
## file: out/keep
## end
tar czf a.tgz dir && tar xzf a.tgz -C out && cat out/dir/sub/b
## stdout: bee

#### gzip detected when reading
## file: f
x
## end
tar czf a.tgz f && tar tf a.tgz
## stdout: f

#### extract replaces files
## file: f
one
## end
tar cf a.tar f && echo two > f && tar xf a.tar && cat f
## stdout: one

#### verbose create and extract
## file: d/f
x
## end
## file: o/k
## end
tar cvf a.tar d; tar xvf a.tar -C o
## STDOUT:
d/
d/f
d/
d/f
## END

#### verbose listing
## file: d/f
hello
## end
tar cf a.tar d; tar tvf a.tar | while read -r m o s day time n; do echo "$m $o $s $n"; done
## STDOUT:
drwxr-xr-x root/root 0 d/
-rw-r--r-- root/root 6 d/f
## END

#### to stdout
## file: f
content
## end
tar cf a.tar f; tar xOf a.tar f
## stdout: content

#### archive through a pipe
## file: f
piped
## end
tar cf - f | tar xOf -
## stdout: piped

#### missing archive
tar xf nope.tar; echo "status $?"
## stdout: status 2
## STDERR:
tar: nope.tar: Cannot open: No such file or directory
tar: Error is not recoverable: exiting now
## END

#### missing member when creating
## file: f
x
## end
tar cf a.tar f nope; echo "status $?"; tar tf a.tar
## STDOUT:
status 2
f
## END
## STDERR:
tar: nope: Cannot stat: No such file or directory
tar: Exiting with failure status due to previous errors
## END

#### member not in archive
## file: f
x
## end
tar cf a.tar f; tar tf a.tar nope; echo "status $?"
## stdout: status 2
## STDERR:
tar: nope: Not found in archive
tar: Exiting with failure status due to previous errors
## END

#### no operation
tar; echo "status $?"
## stdout: status 2
## STDERR:
tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options
Try 'tar --help' or 'tar --usage' for more information.
## END

#### empty archive refused
tar cf e.tar; echo "status $?"
## stdout: status 2
## STDERR:
tar: Cowardly refusing to create an empty archive
Try 'tar --help' or 'tar --usage' for more information.
## END

#### not a tar archive
## file: g.tar
garbage
## end
tar tf g.tar; echo "status $?"
## stdout: status 2
## STDERR:
tar: This does not look like a tar archive
tar: Exiting with failure status due to previous errors
## END

#### gzip flag on plain data
## file: g.tar
garbage
## end
tar tzf g.tar; echo "status $?"
## stdout: status 2
## STDERR:

gzip: stdin: not in gzip format
tar: Child returned status 1
tar: Error is not recoverable: exiting now
## END

#### create from another directory
## file: dir/a
a
## end
tar -cf f.tar -C dir a && tar tf f.tar
## stdout: a

#### strip components
## file: dir/sub/b
b
## end
## file: out/k
## end
tar cf a.tar dir && tar xf a.tar --strip-components=1 -C out && cat out/sub/b
## stdout: b

#### leading slash removed
## file: f
x
## end
tar cf a.tar "$PWD/f" 2>err; tar tf a.tar | while read -r n; do [ "/$n" = "$PWD/f" ] && echo same; done; cat err
## STDOUT:
same
tar: Removing leading `/' from member names
## END

#### exclude
## file: d/x.log
l
## end
tar cf a.tar --exclude='*.log' d && tar tf a.tar
## stdout: d/

#### tar pads the archive to whole records
echo a > a; tar cf x.tar a; wc -c < x.tar; tar czf - a | gzip -dc | wc -c
## STDOUT:
10240
10240
## END

#### tar -r appends to an archive
echo a > a; echo b > b; tar cf x.tar a; tar rf x.tar b; tar tf x.tar; wc -c < x.tar
tar rf new.tar a; tar tf new.tar
## STDOUT:
a
b
10240
a
## END

#### tar -r refuses compressed archives
echo a > a; tar czf x.tgz a; tar -rzf x.tgz a
## status: 2
## STDERR:
tar: Cannot update compressed archives
Try 'tar --help' or 'tar --usage' for more information.
## END

# stat: GNU coreutils 9.1. Times, inodes and devices depend on the machine, so cases print
# the other fields.

#### stat -c size, type, mode and name
## file: f
hello
## end
stat -c '%s %F %a %A %n' f
## stdout: 6 regular file 644 -rw-r--r-- f

#### stat -c on an empty file and a directory
## file: d/e
## end
stat -c '%s|%F|%a|%h|%b|%B|%o' d/e d
## STDOUT:
0|regular empty file|644|1|0|512|4096
4096|directory|755|2|8|512|4096
## END

#### stat -c raw mode in hex and owners
## needs: mode
## file: f
x
## end
chmod 600 f
stat -c '%f %u %U %g %G' f
## stdout: 8180 0 root 0 root

#### stat --format is -c
## file: f
abc
## end
stat --format='%n=%s' f
## stdout: f=4

#### stat --printf has escapes and no newline
## file: f
abc
## end
stat --printf '%n\t%s\x41\101\n' f; stat --printf '%s' f; echo
## STDOUT:
f	4AA
4
## END

#### stat -c keeps backslashes
## file: f
## end
stat -c 'a\tb' f
## stdout: a\tb

#### stat field widths and flags
## file: b.txt
hello
## end
stat -c '%05s|%+5s|%.3n|%-4a|%%' b.txt
## stdout: 00006|   +6|b.t|644 |%

#### stat %N quotes
## file: a b
## end
stat -c '%N' 'a b'
## stdout: 'a b'

#### stat several files
## file: a
1
## end
## file: b
22
## end
stat -c '%n %s' a b
## STDOUT:
a 2
b 3
## END

#### stat default format, first lines
## file: f
hello
## end
stat f | { read -r l1; read -r l2; echo "$l1"; echo "$l2"; }
## STDOUT:
File: f
Size: 6         	Blocks: 8          IO Block: 4096   regular file
## END

#### stat default format of a directory
## file: d/s/x
## end
stat d | { read -r a; read -r b; read -r c; read -r d; echo "$b"; echo "${d%%)*})"; }
## STDOUT:
Size: 4096      	Blocks: 8          IO Block: 4096   directory
Access: (0755/drwxr-xr-x)
## END

#### stat -t fields
## file: f
abc
## end
stat -t f | { read -r n s b m u g rest; echo "$n $s $b $m $u $g"; }
## stdout: f 4 8 81a4 0 0

#### stat of a missing file
## file: f
## end
stat nope f -c %n; echo "status $?"
## STDOUT:
f
status 1
## END
## stderr: stat: cannot statx 'nope': No such file or directory

#### stat without operands
stat; echo "status $?"
## stdout: status 1
## STDERR:
stat: missing operand
Try 'stat --help' for more information.
## END

#### stat unknown directive prints a question mark
## file: f
## end
stat -c '%q' f
## stdout: ?

#### stat of a link, -L follows it
## needs: symlink
## file: f
abc
## end
ln -s f l
stat -c '%N %F %s' l; stat -L -c '%n %F %s' l
## STDOUT:
'l' -> 'f' symbolic link 1
l regular file 4
## END

#### stat -f reports an ext4 file system
stat -f -c '%T %t %s %S %l' .
## stdout: ext2/ext3 ef53 4096 4096 255

#### stat -f of a missing file
stat -f nope
## status: 1
## stderr: stat: cannot read file system information for 'nope': No such file or directory

# head: first lines or bytes of files.

#### head default ten lines
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i; done > f; head f
## STDOUT:
1
2
3
4
5
6
7
8
9
10
## END

#### head -n and --lines
printf 'a\nb\nc\n' > f; head -n 2 f; head --lines=1 f; head -n2 f
## STDOUT:
a
b
a
a
b
## END

#### head obsolete -N and -Nc
printf 'a\nb\nc\n' > f; head -2 f; head -3c f; echo
## STDOUT:
a
b
a
b
## END

#### head -c bytes and suffix
printf 'abcdef' > f; head -c 3 f; echo; head -c 1k f; echo
## STDOUT:
abc
abcdef
## END

#### head negative counts elide the end
printf 'a\nb\nc\n' > f; head -n -1 f; head -c -3 f; echo
## STDOUT:
a
b
a
b
## END

#### head -n -N without trailing newline
printf 'a\nb\nc' > f; head -n -1 f; cat f | head -n -2
## STDOUT:
a
b
a
## END

#### head several files with headers
printf 'a\n' > f; printf 'x\ny' > g; head f g; echo
## STDOUT:
==> f <==
a

==> g <==
x
y
## END

#### head -q and -v
printf 'a\n' > f; printf 'b\n' > g; head -q f g; head -v f
## STDOUT:
a
b
==> f <==
a
## END

#### head stdin and dash
printf 'in\n' | head -v - 
## STDOUT:
==> standard input <==
in
## END

#### head missing file and directory
## file: d/x
## end
printf 'a\n' > f; head nope f d; echo "status $?"
## STDOUT:
==> f <==
a

==> d <==
status 1
## END
## STDERR:
head: cannot open 'nope' for reading: No such file or directory
head: error reading 'd': Is a directory
## END

#### head invalid counts
head -n abc f; echo "s $?"; head -c 1x f; echo "s $?"; head -n 99999999999999999999999 f; echo "s $?"
## STDOUT:
s 1
s 1
s 1
## END
## STDERR:
head: invalid number of lines: ‘abc’
head: invalid number of bytes: ‘1x’
head: invalid number of lines: ‘99999999999999999999999’: Value too large for defined data type
## END

#### head invalid trailing option
head -3x f; echo "s $?"
## stdout: s 1
## STDERR:
head: invalid trailing option -- x
Try 'head --help' for more information.
## END

#### head -z uses NUL lines
printf 'a\0b\0c\0' | head -z -n 2 | cat -A; echo
## stdout: a^@b^@

#### head -c 0 and -n 0 print nothing
printf 'a\n' > f; head -c 0 f; head -n 0 f; echo done
## stdout: done

#### head keeps reading the rest for the next reader
printf '1\n2\n3\n' > f; { head -n 1; cat; } < f
## STDOUT:
1
2
3
## END

#### head of a pipe stops early
while :; do echo y; done | head -n 2
## STDOUT:
y
y
## END

#### head -c leaves the rest of stdin
printf 'abcdef' > f; { head -c 2; echo; cat; } < f; echo
## STDOUT:
ab
cdef
## END

#### head with many files
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do echo "line $i" > f$i; done
head -q -n 1 f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 f13 f14 f15 f16 f17 f18 nope 2>&1 | tail -n 3
## STDOUT:
line 17
line 18
head: cannot open 'nope' for reading: No such file or directory
## END

#### head unknown option
head --bogus; echo "s $?"
## stdout: s 1
## STDERR:
head: unrecognized option '--bogus'
Try 'head --help' for more information.
## END

#### head of /dev/zero
head -c 4 /dev/zero | od -An -c
## stdout:   \0  \0  \0  \0

#### a file named with a trailing slash is not a directory
echo x > f; head -1 f/; echo "rc $?"; wc -l f/; echo "rc $?"
## STDOUT:
rc 1
rc 1
## END
## STDERR:
head: cannot open 'f/' for reading: Not a directory
wc: f/: Not a directory
## END

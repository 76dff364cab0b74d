# tail: last lines or bytes of files.

#### tail default ten lines
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo $i; done > f; tail f
## STDOUT:
3
4
5
6
7
8
9
10
11
12
## END

#### tail -n and obsolete forms
printf 'a\nb\nc\n' > f; tail -n 2 f; tail -1 f; tail +2 f
## STDOUT:
b
c
c
b
c
## END

#### tail -n +N from line N
printf 'a\nb\nc\n' > f; tail -n +2 f; tail -n +0 f | head -n 1
## STDOUT:
b
c
a
## END

#### tail -c bytes
printf 'abcdef' > f; tail -c 2 f; echo; tail -c +3 f; echo; tail -2c f; echo
## STDOUT:
ef
cdef
ef
## END

#### tail without trailing newline
printf 'a\nb\nc' > f; tail -n 2 f; echo; printf 'x\ny' | tail -n 1; echo
## STDOUT:
b
c
y
## END

#### tail several files with headers
printf 'a\n' > f; printf 'x\ny' > g; tail f g; echo; tail -q f g; echo
## STDOUT:
==> f <==
a

==> g <==
x
y
a
x
y
## END

#### tail stdin with -v
printf 'in\n' | tail -v
## STDOUT:
==> standard input <==
in
## END

#### tail missing file and directory
## file: d/x
## end
printf 'a\n' > f; tail nope f d; echo "status $?"
## STDOUT:
==> f <==
a

==> d <==
status 1
## END
## STDERR:
tail: cannot open 'nope' for reading: No such file or directory
tail: error reading 'd': Is a directory
## END

#### tail invalid counts
tail -n abc f; echo "s $?"; tail -c 99999999999999999999999 f; echo "s $?"
## STDOUT:
s 1
s 1
## END
## STDERR:
tail: invalid number of lines: ‘abc’
tail: invalid number of bytes: ‘99999999999999999999999’: Value too large for defined data type
## END

#### tail -z uses NUL lines
printf 'a\0b\0c\0' | tail -z -n 2 | cat -A; echo
## stdout: b^@c^@

#### tail -n 0 prints nothing
printf 'a\n' > f; tail -n 0 f; tail -c 0 f; echo done
## stdout: done

#### tail blank lines
printf '\n\n\n' | tail -n 2 | cat -A
## STDOUT:
$
$
## END

#### tail of a long file
i=0; while [ $i -lt 3000 ]; do echo "line $i"; i=$((i+1)); done > f; tail -n 2 f; tail -n +2999 f
## STDOUT:
line 2998
line 2999
line 2998
line 2999
## END

#### tail --pid without following warns
seq 3 > f; tail --pid=1 -n 1 f; tail --pid=abc -n 1 f; echo "s $?"
## STDOUT:
3
s 1
## END
## STDERR:
tail: warning: PID ignored; --pid=PID is useful only when following
tail: invalid PID: ‘abc’
## END

#### tail -s checks its number
seq 3 > f; tail -s 1 -n 1 f; tail -s x -n 1 f; echo "s $?"
## STDOUT:
3
s 1
## END
## stderr: tail: invalid number of seconds: ‘x’

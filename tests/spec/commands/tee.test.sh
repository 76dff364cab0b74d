# tee: copies stdin to stdout and files.

#### tee to file and stdout
echo hello | tee out; cat out
## STDOUT:
hello
hello
## END

#### tee several files
printf 'a\nb\n' | tee f1 f2 > /dev/null; cat f1 f2
## STDOUT:
a
b
a
b
## END

#### tee append
echo one > f; echo two | tee -a f; cat f
## STDOUT:
two
one
two
## END

#### tee truncates
echo longer-line > f; echo x | tee f >/dev/null; cat f
## stdout: x

#### tee no files
echo just | tee
## stdout: just

#### tee missing directory
echo hi | tee nodir/f; echo $?
## STDOUT:
hi
1
## END
## stderr: tee: nodir/f: No such file or directory

#### tee continues after bad file
echo hi | tee nodir/f good > /dev/null; echo $?; cat good
## STDOUT:
1
hi
## END
## stderr: tee: nodir/f: No such file or directory

#### tee empty input creates file
printf '' | tee empty; cat empty; echo "[$?]"
## stdout: [0]

#### tee dash is a file
echo hi | tee - > /dev/null; cat ./-
## stdout: hi

#### tee in pipeline
seq 3 | tee f | tr 1-3 a-c; cat f
## STDOUT:
a
b
c
1
2
3
## END

#### tee bad option
tee --bogus; echo $?
## stdout: 1
## STDERR:
tee: unrecognized option '--bogus'
Try 'tee --help' for more information.
## END

#### tee to dev stderr
echo hi | tee /dev/stderr 2>/dev/null; echo hi | tee /dev/stderr >/dev/null
## stdout: hi
## stderr: hi

#### tee to dev null
echo hi | tee /dev/null
## stdout: hi

#### tee into a process substitution
seq 4 | tee >(wc -l > count.txt) >/dev/null; sleep 0.1; cat count.txt
## stdout: 4

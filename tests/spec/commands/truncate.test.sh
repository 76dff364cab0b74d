# truncate: set file sizes (checked with cat -v, which shows zero bytes as ^@).

#### truncate shrinks
printf hello > f; truncate -s 2 f; cat f; echo
## stdout: he

#### truncate extends with zero bytes
printf ab > f; truncate -s 4 f; cat -v f; echo
## stdout: ab^@^@

#### truncate creates a file
truncate -s 3 f; cat -v f; echo
## stdout: ^@^@^@

#### truncate to zero
echo data > f; truncate -s 0 f; test -f f && ! test -s f && echo empty
## stdout: empty

#### truncate -s +N
printf ab > f; truncate -s +2 f; cat -v f; echo
## stdout: ab^@^@

#### truncate -s -N
printf hello > f; truncate -s -2 f; cat f; echo
## stdout: hel

#### truncate -s -N below zero
printf hi > f; truncate -s -5 f; test -f f && ! test -s f && echo empty
## stdout: empty

#### truncate at most and at least
printf hello > a; truncate -s '<3' a; printf hi > b; truncate -s '>3' b; cat -v a b; echo
## stdout: helhi^@

#### truncate round down and up
printf hello > a; truncate -s /4 a; printf hello > b; truncate -s %3 b; cat -v a; echo; cat -v b; echo
## STDOUT:
hell
hello^@
## END

#### truncate units
truncate -s 1K k; truncate -s 1KB kb; truncate -s 1KiB ki; a=$(cat -v k); b=$(cat -v kb); c=$(cat -v ki); echo $((${#a} / 2)) $((${#b} / 2)) $((${#c} / 2))
## stdout: 1024 1000 1024

#### truncate -c does not create
truncate -c -s 5 nope; echo "status $?"; test -e nope || echo absent
## STDOUT:
status 0
absent
## END

#### truncate -r reference
printf hello > ref; truncate -r ref f; cat -v f; echo
## stdout: ^@^@^@^@^@

#### truncate -r with relative size
printf hel > ref; truncate -r ref -s +1 f; cat -v f; echo
## stdout: ^@^@^@^@

#### truncate several files
printf abc > a; printf abcdef > b; truncate -s 1 a b; cat a b; echo
## stdout: aa

#### truncate without size
truncate f; echo "status $?"
## stdout: status 1
## STDERR:
truncate: you must specify either ‘--size’ or ‘--reference’
Try 'truncate --help' for more information.
## END

#### truncate absolute size with reference
: > r; truncate -s 5 -r r f; echo "status $?"
## stdout: status 1
## STDERR:
truncate: you must specify a relative ‘--size’ with ‘--reference’
Try 'truncate --help' for more information.
## END

#### truncate invalid number
truncate -s 1X f; echo "status $?"
## stdout: status 1
## stderr: truncate: Invalid number: ‘1X’

#### truncate division by zero
truncate -s %0 f; echo "status $?"
## stdout: status 1
## stderr: truncate: division by zero

#### truncate missing file operand
truncate -s 5; echo "status $?"
## stdout: status 1
## STDERR:
truncate: missing file operand
Try 'truncate --help' for more information.
## END

#### truncate missing directory
truncate -s 10 nope/x; echo "status $?"
## stdout: status 1
## stderr: truncate: cannot open 'nope/x' for writing: No such file or directory

#### truncate a directory
mkdir d; truncate -s 0 d; echo "status $?"
## stdout: status 1
## stderr: truncate: cannot open 'd' for writing: Is a directory

#### truncate missing reference
truncate -r nope f; echo "status $?"
## stdout: status 1
## stderr: truncate: cannot stat 'nope': No such file or directory

#### truncate -s 0 clears log
echo lots > log; truncate -s 0 log; echo "[$(cat log)]"
## stdout: []

#### truncate extend then append
printf 'ab' > f; truncate -s 3 f; echo c >> f; cat -v f
## stdout: ab^@c

#### truncate -s 0 missing -c
truncate -c -s 0 nope; echo "status $?"
## stdout: status 0

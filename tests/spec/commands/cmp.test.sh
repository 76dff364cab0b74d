# cmp: byte-by-byte comparison.

#### cmp identical files
printf 'abc\n' > a; printf 'abc\n' > b; cmp a b; echo "s $?"
## stdout: s 0

#### cmp first difference
printf 'a\nb\nc\n' > a; printf 'a\nb\nd\n' > b; cmp a b; echo "s $?"
## STDOUT:
a b differ: byte 5, line 3
s 1
## END

#### cmp -s is silent
printf 'a\n' > a; printf 'b\n' > b; cmp -s a b; echo "s $?"
## stdout: s 1

#### cmp EOF on the shorter file
printf 'a\nb\nc\n' > a; printf 'a\nb\n' > b; cmp a b; echo "s $?"; printf 'a\nb' > c; cmp c a; echo "s $?"
## STDOUT:
s 1
s 1
## END
## STDERR:
cmp: EOF on b after byte 4, line 2
cmp: EOF on c after byte 3, in line 2
## END

#### cmp EOF on an empty file
: > e; printf 'x' > a; cmp e a; echo "s $?"
## stdout: s 1
## stderr: cmp: EOF on e which is empty

#### cmp -l lists differences
printf 'xxxxxxxxxxyz' > a; printf 'xxxxxxxxxxab' > b; cmp -l a b; echo "s $?"
## STDOUT:
11 171 141
12 172 142
s 1
## END

#### cmp -b prints bytes
printf 'a\nb\nc\n' > a; printf 'a\nb\nd\n' > b; cmp -b a b
## stdout: a b differ: byte 5, line 3 is 143 c 144 d
## status: 1

#### cmp stdin and skip
printf 'a\nb\nc\n' > a; printf 'a\nb\nd\n' | cmp - a; cmp -i 4 a a; echo "s $?"
## STDOUT:
- a differ: byte 5, line 3
s 0
## END

#### cmp -n limits the comparison
printf 'abcX' > a; printf 'abcY' > b; cmp -n 3 a b; echo "s $?"
## stdout: s 0

#### cmp missing file
printf 'a' > a; cmp a nope; echo "s $?"
## stdout: s 2
## stderr: cmp: nope: No such file or directory

#### cmp missing operand
cmp; echo "s $?"
## stdout: s 2
## STDERR:
cmp: missing operand after 'cmp'
cmp: Try 'cmp --help' for more information.
## END

#### cmp invalid option
cmp --bogus a b; echo "s $?"
## stdout: s 2
## STDERR:
cmp: unrecognized option '--bogus'
cmp: Try 'cmp --help' for more information.
## END

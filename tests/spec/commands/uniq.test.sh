# uniq: GNU coreutils uniq.

#### uniq adjacent duplicates
printf 'a\na\nb\na\n' | uniq
## STDOUT:
a
b
a
## END

#### uniq count
printf 'a\na\nb\nc\nc\nc\n' | uniq -c
## STDOUT:
      2 a
      1 b
      3 c
## END

#### uniq count large width
printf 'x\n%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 | uniq -c
## STDOUT:
     12 x
## END

#### uniq repeated
printf 'a\na\nb\nc\nc\n' | uniq -d
## STDOUT:
a
c
## END

#### uniq unique
printf 'a\na\nb\nc\nc\n' | uniq -u
## stdout: b

#### uniq all repeated
printf 'a\na\nb\nc\nc\n' | uniq -D
## STDOUT:
a
a
c
c
## END

#### uniq all repeated separate
printf 'a\na\nb\nc\nc\n' | uniq --all-repeated=separate
## STDOUT:
a
a

c
c
## END

#### uniq all repeated prepend
printf 'a\na\nb\nc\nc\n' | uniq --all-repeated=prepend
## STDOUT:

a
a

c
c
## END

#### uniq group
printf 'a\na\nb\nc\nc\n' | uniq --group
## STDOUT:
a
a

b

c
c
## END

#### uniq group both
printf 'a\na\nb\n' | uniq --group=both
## STDOUT:

a
a

b

## END

#### uniq ignore case
printf 'a\nA\nb\n' | uniq -i -c
## STDOUT:
      2 a
      1 b
## END

#### uniq skip fields
printf '1 a\n2 a\n3 b\n' | uniq -f1
## STDOUT:
1 a
3 b
## END

#### uniq skip chars
printf 'xa\nya\nzb\n' | uniq -s1 -c
## STDOUT:
      2 xa
      1 zb
## END

#### uniq check chars
printf 'abc\nabd\nxyz\n' | uniq -w2
## STDOUT:
abc
xyz
## END

#### uniq no trailing newline
printf 'a\na' | uniq -c
## STDOUT:
      2 a
## END

#### uniq empty input
printf '' | uniq -c; echo "[$?]"
## stdout: [0]

#### uniq input and output files
printf 'a\na\nb\n' > in; uniq in out; cat out
## STDOUT:
a
b
## END

#### uniq missing file
uniq nope; echo $?
## stdout: 1
## stderr: uniq: nope: No such file or directory

#### uniq extra operand
uniq a b c; echo $?
## stdout: 1
## STDERR:
uniq: extra operand ‘c’
Try 'uniq --help' for more information.
## END

#### uniq count and all repeated
uniq -c -D /dev/null; echo $?
## stdout: 1
## STDERR:
uniq: printing all duplicated lines and repeat counts is meaningless
Try 'uniq --help' for more information.
## END

#### uniq bad skip fields
uniq -f x /dev/null; echo $?
## stdout: 1
## stderr: uniq: x: invalid number of fields to skip

#### uniq group exclusive
uniq --group -c /dev/null; echo $?
## stdout: 1
## STDERR:
uniq: --group is mutually exclusive with -c/-d/-D/-u
Try 'uniq --help' for more information.
## END

#### uniq sort pipeline
printf 'b\na\nb\nc\na\nb\n' | sort | uniq -c | sort -rn
## STDOUT:
      3 b
      2 a
      1 c
## END

#### uniq zero terminated
printf 'a\0a\0b\0' | uniq -z -c | tr '\0' '|'
## stdout-json: "      2 a|      1 b|"

#### uniq empty lines
printf '\n\na\n\n' | uniq -c
## STDOUT:
      2 
      1 a
      1 
## END

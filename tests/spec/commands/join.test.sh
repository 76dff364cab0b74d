# join: join lines of two sorted files.

#### join on first field
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join f1 f2
## STDOUT:
a 1 x
c 3 y
## END

#### join unpaired from first
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join -a1 f1 f2
## STDOUT:
a 1 x
b 2
c 3 y
## END

#### join unpaired from both
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join -a1 -a2 f1 f2
## STDOUT:
a 1 x
b 2
c 3 y
d z
## END

#### join only unpaired
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join -v1 f1 f2; join -v2 f1 f2
## STDOUT:
b 2
d z
## END

#### join output format with empty filler
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join -a2 -e NA -o 0,1.2,2.2 f1 f2
## STDOUT:
a 1 x
c 3 y
d NA z
## END

#### join output auto
printf 'a 1\nb 2\nc 3\n' > f1; printf 'a x\nc y\nd z\n' > f2; join -o auto -a1 -e '?' f1 f2
## STDOUT:
a 1 x
b 2 ?
c 3 y
## END

#### join output auto without filler
printf 'a 1\nb 2\n' > f1; printf 'a x\n' > f2; join -o auto -a1 f1 f2
## STDOUT:
a 1 x
b 2 
## END

#### join separator
printf 'k,1,2\nz,9\n' > c1; printf 'k,a\n' > c2; join -t, c1 c2; join -t, -a1 c1 c2
## STDOUT:
k,1,2,a
k,1,2,a
z,9
## END

#### join other fields
printf 'x a\ny c\n' > f1; printf 'a 1\nc 2\n' > f2; join -1 2 -2 1 f1 f2
## STDOUT:
a x 1
c y 2
## END

#### join j option
printf '1 a\n2 b\n' > f1; printf '1 x\n2 y\n' > f2; join -j 1 f1 f2
## STDOUT:
1 a x
2 b y
## END

#### join many to many
printf 'a 1\na 2\nb 3\n' > f1; printf 'a x\na y\n' > f2; join f1 f2
## STDOUT:
a 1 x
a 1 y
a 2 x
a 2 y
## END

#### join ignore case
printf 'A 1\n' > f1; printf 'a 2\n' > f2; join -i f1 f2
## stdout: A 1 2

#### join header
printf 'H h1\na 1\n' > f1; printf 'H h2\na 2\n' > f2; join --header f1 f2
## STDOUT:
H h1 h2
a 1 2
## END

#### join leading blanks
printf ' a  1\n' > f1; printf 'a 2\n' > f2; join f1 f2
## stdout: a 1 2

#### join missing output field
printf 'a 1\n' > f1; printf 'a x\n' > f2; join -o 1.3 f1 f2 | cat -A
## stdout: $

#### join stdin
printf 'a x\n' > f2; printf 'a 1\n' | join - f2
## stdout: a 1 x

#### join unsorted warns
printf 'b 1\na 2\n' > u; printf 'a x\nc y\n' > s; join u s; echo "rc=$?"
## stdout: rc=1
## STDERR:
join: u:2: is not sorted: a 2
join: input is not in sorted order
## END

#### join check order
printf 'b 1\na 2\n' > u; printf 'a x\nc y\n' > s; join --check-order u s; echo "rc=$?"
## stdout: rc=1
## stderr: join: u:2: is not sorted: a 2

#### join nocheck order
printf 'b 1\na 2\n' > u; printf 'a x\nc y\n' > s; join --nocheck-order u s; echo "rc=$?"
## stdout: rc=0

#### join missing operand
join f1; echo $?
## stdout: 1
## STDERR:
join: missing operand after ‘f1’
Try 'join --help' for more information.
## END

#### join bad file number
join -o 3.1 a b; echo $?
## stdout: 1
## stderr: join: invalid file number in field spec: ‘3.1’

#### join bad field number
join -1 0 a b; echo $?
## stdout: 1
## stderr: join: invalid field number: ‘0’

#### join bad unpaired
join -a 3 a b; echo $?
## stdout: 1
## stderr: join: invalid field number: ‘3’

#### join multi char tab
join -t ab a b; echo $?
## stdout: 1
## stderr: join: multi-character tab ‘ab’

#### join missing file
printf 'a\n' > f1; join f1 nope; echo $?
## stdout: 1
## stderr: join: nope: No such file or directory

#### join csv with sort
printf 'id,name\n2,bob\n1,ann\n' > p; printf 'id,age\n1,30\n2,40\n' > q; join -t, --header p q
## STDOUT:
id,name,age
2,bob,40
## END
## STDERR:
join: p:3: is not sorted: 1,ann
join: input is not in sorted order
## END
## status: 1

# shuf: random permutations; cases check sets and counts.

#### shuf keeps every line
printf 'a\nb\nc\nd\n' | shuf | sort
## STDOUT:
a
b
c
d
## END

#### shuf head count
printf 'a\nb\nc\nd\n' | shuf -n 2 | sort -u | { n=0; while read -r l; do n=$((n+1)); done; echo $n; }
## stdout: 2

#### shuf echo arguments
shuf -e x y z | sort
## STDOUT:
x
y
z
## END

#### shuf input range
shuf -i 1-5 | sort -n
## STDOUT:
1
2
3
4
5
## END

#### shuf range with count
shuf -i 10-20 -n 3 | { n=0; while read -r l; do [ "$l" -ge 10 ] && [ "$l" -le 20 ] && n=$((n+1)); done; echo $n; }
## stdout: 3

#### shuf repeat with count
shuf -r -n 5 -e a | uniq -c
## stdout:       5 a

#### shuf repeat infinite stops with reader
shuf -r -e a b | { read -r x; read -r y; echo ok; }
## stdout: ok

#### shuf count larger than input
shuf -n 10 -e a b | sort
## STDOUT:
a
b
## END

#### shuf single value range
shuf -i 3-3
## stdout: 3

#### shuf file operand
printf '1\n2\n' > f; shuf f | sort
## STDOUT:
1
2
## END

#### shuf output file
shuf -e b a -o out; sort out
## STDOUT:
a
b
## END

#### shuf zero count
shuf -n 0 -e a; echo "[$?]"
## stdout: [0]

#### shuf empty echo
shuf -e; echo "[$?]"
## stdout: [0]

#### shuf no trailing newline
printf 'a\nb' | shuf | sort
## STDOUT:
a
b
## END

#### shuf invalid range
shuf -i 5-3; echo $?
## stdout: 1
## stderr: shuf: invalid input range: ‘5-3’

#### shuf bad range
shuf -i x; echo $?
## stdout: 1
## stderr: shuf: invalid input range: ‘x’

#### shuf echo and range
shuf -e a -i 1-2; echo $?
## stdout: 1
## STDERR:
shuf: cannot combine -e and -i options
Try 'shuf --help' for more information.
## END

#### shuf invalid count
shuf -n x; echo $?
## stdout: 1
## stderr: shuf: invalid line count: ‘x’

#### shuf repeat no lines
shuf -r < /dev/null; echo $?
## stdout: 1
## stderr: shuf: no lines to repeat

#### shuf extra operand
shuf a b; echo $?
## stdout: 1
## STDERR:
shuf: extra operand ‘b’
Try 'shuf --help' for more information.
## END

#### shuf missing file
shuf nope; echo $?
## stdout: 1
## stderr: shuf: nope: No such file or directory

#### shuf -i messages quote the part that is wrong
shuf -i a-b; shuf -i 1-b; shuf -i 5; shuf -i 3-1; shuf -i -1-2; echo "s $?"
## stdout: s 1
## STDERR:
shuf: invalid input range: ‘a’
shuf: invalid input range: ‘b’
shuf: invalid input range: ‘5’
shuf: invalid input range: ‘3-1’
shuf: invalid input range: ‘’
## END

#### shuf --random-source gives GNU's order
seq 30 > src; seq 30 > in
shuf -i 1-10 --random-source=src | paste -sd' '
shuf -n 3 --random-source=src in | paste -sd' '
shuf -e a b c d --random-source=src | paste -sd' '
shuf -r -n 5 -i 1-10 --random-source=src | paste -sd' '
shuf -i 1-1000000 -n 3 --random-source=src | paste -sd' '
## STDOUT:
10 6 5 3 4 2 9 1 7 8
20 7 12
b a c d
10 5 1 2 1
213875 199221 668685
## END

#### shuf --random-source too short
printf 'ab' > tiny; shuf -i 1-100 --random-source=tiny; echo "s $?"
## stdout: s 1
## stderr: shuf: ‘tiny’: end of file

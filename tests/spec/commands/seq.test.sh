# seq: GNU coreutils seq.

#### seq last
seq 3
## STDOUT:
1
2
3
## END

#### seq first last
seq 2 5
## STDOUT:
2
3
4
5
## END

#### seq increment
seq 1 2 10
## STDOUT:
1
3
5
7
9
## END

#### seq decreasing
seq 10 -3 1
## STDOUT:
10
7
4
1
## END

#### seq negative first
seq -1 2
## STDOUT:
-1
0
1
2
## END

#### seq negative all
seq -3 -1
## STDOUT:
-3
-2
-1
## END

#### seq empty range
seq 5 1; echo "[$?]"
## stdout: [0]

#### seq zero
seq 0

#### seq separator
seq -s, 3
## stdout: 1,2,3

#### seq separator string
seq -s ', ' 1 3
## stdout: 1, 2, 3

#### seq separator with negative operand
seq -s: -2 0
## stdout: -2:-1:0

#### seq equal width
seq -w 8 10
## STDOUT:
08
09
10
## END

#### seq equal width negative
seq -w -1 1
## STDOUT:
-1
00
01
## END

#### seq floats
seq 0.1 0.1 0.5
## STDOUT:
0.1
0.2
0.3
0.4
0.5
## END

#### seq float precision from first
seq 1.0 3
## STDOUT:
1.0
2.0
3.0
## END

#### seq float step down
seq 2 -0.5 0
## STDOUT:
2.0
1.5
1.0
0.5
0.0
## END

#### seq float equal width
seq -w 0.5 1 2.5
## STDOUT:
0.5
1.5
2.5
## END

#### seq exponent operand
seq 1e1 | while read -r l; do echo "<$l>"; done
## STDOUT:
<1>
<2>
<3>
<4>
<5>
<6>
<7>
<8>
<9>
<10>
## END

#### seq format g
seq -f '%g' 0.5 0.5 2
## STDOUT:
0.5
1
1.5
2
## END

#### seq format padded
seq -f '%05.1f' 1 2
## STDOUT:
001.0
002.0
## END

#### seq format e
seq -f '%e' 1 1
## stdout: 1.000000e+00

#### seq format with text
seq -f 'item-%g' 3
## STDOUT:
item-1
item-2
item-3
## END

#### seq format percent literal
seq -f '%g%%' 2
## STDOUT:
1%
2%
## END

#### seq format unknown directive
seq -f '%d' 3; echo $?
## stdout: 1
## stderr: seq: format ‘%d’ has unknown %d directive

#### seq format no directive
seq -f 'x' 3; echo $?
## stdout: 1
## stderr: seq: format ‘x’ has no % directive

#### seq format two directives
seq -f '%g %g' 3; echo $?
## stdout: 1
## stderr: seq: format ‘%g %g’ has too many % directives

#### seq invalid argument
seq x; echo $?
## stdout: 1
## STDERR:
seq: invalid floating point argument: ‘x’
Try 'seq --help' for more information.
## END

#### seq zero increment
seq 1 0 3; echo $?
## stdout: 1
## STDERR:
seq: invalid Zero increment value: ‘0’
Try 'seq --help' for more information.
## END

#### seq missing operand
seq; echo $?
## stdout: 1
## STDERR:
seq: missing operand
Try 'seq --help' for more information.
## END

#### seq extra operand
seq 1 2 3 4; echo $?
## stdout: 1
## STDERR:
seq: extra operand ‘4’
Try 'seq --help' for more information.
## END

#### seq nan
seq nan; echo $?
## stdout: 1
## STDERR:
seq: invalid ‘not-a-number’ argument: ‘nan’
Try 'seq --help' for more information.
## END

#### seq large integers
seq 99999999999999999998 99999999999999999999
## STDOUT:
99999999999999999998
99999999999999999999
## END

#### seq in a loop
for i in $(seq 3); do echo "n$i"; done
## STDOUT:
n1
n2
n3
## END

#### seq sum via tr
seq 5 | tr '\n' '+'; echo
## stdout: 1+2+3+4+5+

#### seq big count tail
seq 100000 | { while read -r l; do last=$l; done; echo "$last"; }
## stdout: 100000

#### seq equal width with exponent
seq -w -s: 7 1e1
## stdout: 07:08:09:10

#### seq float last below integers
seq 100 -30 0.5
## STDOUT:
100
70
40
10
## END

#### seq negative exponent
seq 1e-1 1e-1 3e-1
## STDOUT:
0.1
0.2
0.3
## END

#### seq float rounding keeps last
seq 0 0.1 0.3
## STDOUT:
0.0
0.1
0.2
0.3
## END
#### a step below the float precision prints the number once
seq 1e18 1e18
## stdout: 1000000000000000000

#### seq into head -1 under pipefail gets a broken pipe
set -o pipefail; seq 1 20000 | head -1; echo "status $?"
## STDOUT:
1
status 141
## END

#### seq output that fits one write exits 0
# (1,000 lines fit seq's first 4 KiB write; with more, bash's status depends on whether head
# exits before seq's later writes, a race.)
set -o pipefail; seq 1 1000 | head -1; echo "status $?"
## STDOUT:
1
status 0
## END

#### producers of big output into head -1 under pipefail
set -o pipefail
yes | head -1; echo "yes $?"
seq 1 30000 > big; cat big | head -1; echo "cat $?"
seq 30000 -1 1 | sort -n | head -1; echo "sort $?"
tr 1 x < big | head -1; echo "tr $?"
## STDOUT:
y
yes 141
1
cat 141
1
sort 141
x
tr 141
## END

#### a filter fed by a pipe breaks the pipe when head stops early
set -o pipefail
# (Outputs well past a pipe's 64 KiB, so bash's statuses do not depend on timing.)
seq 1 300000 | cut -c1 | head -1; echo "cut $?"
seq 1 300000 | sed s/1/x/ | head -1; echo "sed $?"
seq 1 300000 | grep 1 | head -1; echo "grep $?"
## STDOUT:
1
cut 141
x
sed 141
1
grep 141
## END

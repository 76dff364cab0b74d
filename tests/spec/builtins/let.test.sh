# let.

#### let assigns
let a=3*4; echo $a
## stdout: 12

#### let returns one for zero
let 0; echo $?
## stdout: 1

#### let returns zero for non-zero
let 5; echo $?
## stdout: 0

#### let with increments
i=1; let i++ i++; echo $i
## stdout: 3

#### let with spaces needs quotes
let 'b = 2 + 3'; echo $b
## stdout: 5

#### let with several expressions uses the last for status
let x=1 y=0; echo "$? $x $y"
## stdout: 1 1 0

#### let with a syntax error
let '1 +'; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: let: 1 +: syntax error: operand expected (error token is "+")

#### let with comparisons
let 'r = 5 > 3'; echo $r
## stdout: 1

#### let with a ternary
let 'm = 4 > 9 ? 4 : 9'; echo $m
## stdout: 9

#### let with compound assignment
n=2; let 'n <<= 3' 'n -= 1'; echo $n
## stdout: 15

# Arithmetic: $(( )), (( )), operators, bases, assignment, errors.

#### addition and precedence
echo $((1 + 2 * 3)) $(( (1 + 2) * 3 ))
## stdout: 7 9

#### integer division truncates toward zero
echo $((7 / 2)) $((-7 / 2))
## stdout: 3 -3

#### modulo sign follows the dividend
echo $((7 % 3)) $((-7 % 3)) $((7 % -3))
## stdout: 1 -1 1

#### exponent
echo $((2 ** 10)) $((2 ** 3 ** 2))
## stdout: 1024 512

#### negative exponent is an error
echo $((2 ** -1)); echo after
## stderr: bash: line 1: 2 ** -1: exponent less than 0 (error token is "1")
## status: 1

#### unary minus and plus
echo $((-5)) $((+5)) $((- -5))
## stdout: -5 5 5

#### logical not and bitwise not
echo $((!0)) $((!5)) $((~0)) $((~5))
## stdout: 1 0 -1 -6

#### comparisons yield one or zero
echo $((3 < 4)) $((3 > 4)) $((3 <= 3)) $((3 >= 4)) $((3 == 3)) $((3 != 3))
## stdout: 1 0 1 0 1 0

#### logical and or
echo $((1 && 0)) $((1 || 0)) $((0 || 0)) $((2 && 3))
## stdout: 0 1 0 1

#### logical operators short circuit
x=0; echo $((0 && (x=5))) $x; echo $((1 || (x=6))) $x
## STDOUT:
0 0
1 0
## END

#### bitwise operators
echo $((6 & 3)) $((6 | 3)) $((6 ^ 3))
## stdout: 2 7 5

#### shifts
echo $((1 << 4)) $((256 >> 2)) $((-16 >> 2))
## stdout: 16 64 -4

#### precedence of bitwise and comparison
echo $((1 | 2 == 2)) $((4 & 6 == 6))
## stdout: 1 0

#### precedence of shift and addition
echo $((1 << 2 + 1))
## stdout: 8

#### ternary
echo $((1 ? 10 : 20)) $((0 ? 10 : 20))
## stdout: 10 20

#### nested ternary is right associative
x=2; echo $((x == 1 ? 100 : x == 2 ? 200 : 300))
## stdout: 200

#### comma operator
echo $((1, 2, 3))
## stdout: 3

#### variables without dollar
a=6 b=7; echo $((a * b))
## stdout: 42

#### variables with dollar
a=6; echo $(($a + 1))
## stdout: 7

#### unset variable is zero
echo $((nosuch + 1))
## stdout: 1

#### empty variable is zero
e=; echo $((e + 1))
## stdout: 1

#### variable holding an expression is evaluated
e='2 + 3'; echo $((e * 2))
## stdout: 10

#### assignment operators
x=10; ((x += 5)); echo $x; ((x -= 3)); echo $x; ((x *= 2)); echo $x; ((x /= 4)); echo $x; ((x %= 4)); echo $x
## STDOUT:
15
12
24
6
2
## END

#### bitwise assignment operators
x=12; ((x &= 10)); echo $x; ((x |= 1)); echo $x; ((x ^= 3)); echo $x; ((x <<= 2)); echo $x; ((x >>= 1)); echo $x
## STDOUT:
8
9
10
40
20
## END

#### assignment yields the value
echo $((x = 4 + 1)) $x
## stdout: 5 5

#### pre and post increment
i=5; echo $((i++)) $i $((++i)) $i
## stdout: 5 6 7 7

#### pre and post decrement
i=5; echo $((i--)) $i $((--i)) $i
## stdout: 5 4 3 3

#### hex octal and base notation
echo $((0x1F)) $((0XfF)) $((017)) $((8#17)) $((2#1010)) $((16#ff)) $((36#z))
## stdout: 31 255 15 15 10 255 35

#### base 64 digits
echo $((64#@)) $((64#_)) $((64#a)) $((64#A))
## stdout: 62 63 10 36

#### invalid octal
echo $((09)); echo after
## stderr: bash: line 1: 09: value too great for base (error token is "09")
## status: 1

#### invalid digit for base
echo $((2#12))
## stderr: bash: line 1: 2#12: value too great for base (error token is "2#12")
## status: 1

#### division by zero in an expansion aborts the line
echo $((1 / 0)); echo same-line
echo next-line $?
## stdout: next-line 1
## stderr: bash: line 1: 1 / 0: division by 0 (error token is "0")
## gap: mirage differs from bash in stdout, stderr, status

#### modulo by zero
echo $((5 % 0))
## stderr: bash: line 1: 5 % 0: division by 0 (error token is "0")
## status: 1

#### division by zero in (( )) aborts the line
(( x = 1 / 0 )); echo same-line
echo next-line $?
## STDOUT:
same-line
next-line 0
## END
## stderr: bash: line 1: ((: x = 1 / 0 : division by 0 (error token is "0 ")

#### double paren status
((0)); echo $?; ((5)); echo $?; ((-1)); echo $?
## STDOUT:
1
0
0
## END

#### double paren as a condition
x=3; if ((x > 2)); then echo big; fi
## stdout: big

#### let
let x=2+3; echo $x
## stdout: 5

#### let several expressions
let a=1 b=a+1; echo $a $b
## stdout: 1 2

#### let status is from the last expression
let x=0; echo $?; let x=1; echo $?
## STDOUT:
1
0
## END

#### let with quoted spaces
let "y = 3 * 4"; echo $y
## stdout: 12

#### let without arguments
let; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: let: expression expected

#### integer overflow wraps
echo $((9223372036854775807 + 1))
## stdout: -9223372036854775808

#### large multiplication wraps
echo $((2 ** 63)) $((2 ** 64))
## stdout: -9223372036854775808 0

#### whitespace and newlines are allowed
echo $((
  1 +
  2
))
## stdout: 3

#### syntax error in an expression
echo $((1 +)); echo never
## stderr: bash: line 1: 1 +: syntax error: operand expected (error token is "+")
## status: 1

#### syntax error operand
echo $((1 2))
## stderr: bash: line 1: 1 2: syntax error in expression (error token is "2")
## status: 1

#### assignment to a non-variable
echo $((1 = 2))
## stderr: bash: line 1: 1 = 2: attempted assignment to non-variable (error token is "= 2")
## status: 1

#### arithmetic on a string that is not a number
s=abc; abc=7; echo $((s + 1))
## stdout: 8

#### recursive variable reference
a=b; b=a; echo $((a)); echo after
## stderr: bash: line 1: b: expression recursion level exceeded (error token is "b")
## status: 1
## gap: mirage differs from bash in stderr

#### declare -i evaluates assignments
declare -i n; n=2+3; echo $n; n+=1; echo $n
## STDOUT:
5
6
## END

#### arithmetic in an array index
a=(10 20 30); echo ${a[1+1]}
## stdout: 30

#### nested arithmetic expansion
echo $(( $((2 + 3)) * 2 ))
## stdout: 10

#### arithmetic with command substitution
echo $(( $(echo 4) + 1 ))
## stdout: 5

#### minus minus between spaces
echo $((5 - -3)) $((5- -3))
## stdout: 8 8

#### deprecated dollar bracket form
echo $[1 + 2]
## stdout: 3

#### c-style comparison chain
echo $((1 < 2 < 3)) $((3 > 2 > 1))
## stdout: 1 0

#### modulo precedence with multiplication
echo $((10 % 4 * 3)) $((2 * 10 % 7))
## stdout: 6 6

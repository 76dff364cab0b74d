# expr: GNU coreutils 9.1 (with GMP: integers never overflow).

#### addition
expr 1 + 2
## stdout: 3

#### precedence
expr 2 \* 3 + 1
## stdout: 7

#### parentheses
expr \( 1 + 2 \) \* 3
## stdout: 9

#### big integers
expr 99999999999999999999 + 1; expr 9999999999999999999 \* 9999999999999999999
## STDOUT:
100000000000000000000
99999999999999999980000000000000000001
## END

#### division truncates toward zero
expr -7 / 2; expr -7 % 2; expr 10 / 3
## STDOUT:
-3
-1
3
## END

#### zero result is status 1
expr 1 - 1; echo "status $?"
## STDOUT:
0
status 1
## END

#### division by zero
expr 5 / 0; echo "status $?"
## stdout: status 2
## stderr: expr: division by zero

#### non-integer argument
expr a + 1; echo "status $?"
## stdout: status 2
## stderr: expr: non-integer argument

#### comparisons numeric and string
expr 10 \< 9; expr 10 \< 9a; expr abc = abc; expr a != b; expr 1 = 01
## STDOUT:
0
1
1
1
1
## END

#### match counts characters
expr abc : 'a.c'; expr héllo : '.*'; expr abc : b
## STDOUT:
3
5
0
## END
## status: 1

#### match with a group
expr abc : 'a\(.\)c'; expr foo.txt : '\(.*\)\.txt'
## STDOUT:
b
foo
## END

#### failed group match prints empty
expr abc : '\(x*\)'; echo "status $?"
## STDOUT:

status 1
## END

#### match keyword
expr match abc 'a*'
## stdout: 1

#### bre operators
expr aaa : 'a\+'; expr ab : 'a\{1,2\}'; expr 'x+' : 'x+'; expr 'a*b' : 'a\*'; expr abc : '*'
## STDOUT:
3
1
2
2
0
## END
## status: 1

#### length substr index
expr length héllo; expr substr hello 2 3; expr index hello l; expr substr abc 0 1; echo "s=$?"
## STDOUT:
5
ell
3

s=1
## END

#### or and and
expr '' \| 0; expr 3 \& 4; expr 3 \& 0; expr 1 \| 1 / 0; expr 0 \& 1 / 0
## STDOUT:
0
3
0
1
0
## END
## status: 1

#### plus quotes a keyword
expr + length
## stdout: length

#### missing operand
expr; echo "status $?"
## stdout: status 2
## STDERR:
expr: missing operand
Try 'expr --help' for more information.
## END

#### unexpected argument
expr 1 2; echo "status $?"
## stdout: status 2
## stderr: expr: syntax error: unexpected argument ‘2’

#### missing argument
expr 1 +; echo "status $?"
## stdout: status 2
## stderr: expr: syntax error: missing argument after ‘+’

#### unclosed parenthesis
expr \( 1 + 2; expr \( 1 + 2 x
## status: 2
## STDERR:
expr: syntax error: expecting ')' after ‘2’
expr: syntax error: expecting ')' instead of ‘x’
## END

#### counter loop
i=0; while [ $i -lt 3 ]; do i=$(expr $i + 1); done; echo $i
## stdout: 3

#### double dash
expr -- 1 + 1
## stdout: 2

#### invalid regex
expr a : '\('; echo "status $?"
## stdout: status 2
## stderr: expr: Unmatched ( or \(

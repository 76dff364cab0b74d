# Brace expansion.

#### comma list
echo {a,b,c}
## stdout: a b c

#### prefix and suffix
echo pre{a,b}post
## stdout: preapost prebpost

#### numeric range
echo {1..5}
## stdout: 1 2 3 4 5

#### descending range
echo {5..1}
## stdout: 5 4 3 2 1

#### letter range
echo {a..e}
## stdout: a b c d e

#### zero padded range
echo {01..10}
## stdout: 01 02 03 04 05 06 07 08 09 10

#### range with a step
echo {1..10..2}
## stdout: 1 3 5 7 9

#### descending range with a step
echo {10..1..3}
## stdout: 10 7 4 1

#### negative range
echo {-2..2}
## stdout: -2 -1 0 1 2

#### letter range with a step
echo {a..k..3}
## stdout: a d g j

#### nested braces
echo {a,b{1,2}}
## stdout: a b1 b2

#### cartesian product
echo {a,b}{1,2}
## stdout: a1 a2 b1 b2

#### empty element
echo x{,y}
## stdout: x xy

#### single element is literal
echo {a}
## stdout: {a}

#### quoted braces are literal
echo "{a,b}" '{a,b}'
## stdout: {a,b} {a,b}

#### escaped comma is literal
echo {a\,b,c}
## stdout: a,b c

#### braces with a variable are expanded before the variable
v=x; echo {$v,y}
## stdout: x y

#### braces do not expand a range from a variable
n=3; echo {1..$n}
## stdout: {1..3}

#### brace expansion in an assignment does not happen
x={a,b}; echo $x
## stdout: {a,b}

#### brace expansion happens before globbing
## file: a1
## end
## file: b2
## end
## file: c3
## end
echo {a,b}*
## stdout: a1 b2

#### unbalanced brace is literal
echo {a,b
## stdout: {a,b

#### brace in for loop
for x in {x,y}-{1,2}; do printf '%s ' $x; done; echo
## stdout-json: "x-1 x-2 y-1 y-2 \n"

#### mixed range types are literal
echo {1..c}
## stdout: {1..c}

#### brace expansion off with set +B
set +B; echo {a,b}
## stdout: {a,b}

#### range with padding on one side
echo {1..03}
## stdout: 01 02 03

#### braces followed by a dollar brace
v=val; echo {a,b}${v}
## stdout: aval bval

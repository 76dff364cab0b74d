# for, C-style for, while, until, break and continue.

#### for over words
for w in a b c; do echo $w; done
## STDOUT:
a
b
c
## END

#### for over a split variable
list="x y z"; for w in $list; do echo "<$w>"; done
## STDOUT:
<x>
<y>
<z>
## END

#### for over a quoted variable is one word
list="x y z"; for w in "$list"; do echo "<$w>"; done
## stdout: <x y z>

#### for without in iterates the positional parameters
set -- p q; for a; do echo $a; done
## STDOUT:
p
q
## END

#### for over an empty list does not run
for w in; do echo never; done; echo "status $?"
## stdout: status 0

#### loop variable keeps its last value
for i in 1 2 3; do :; done; echo $i
## stdout: 3

#### for over brace expansion
for i in {1..3}; do printf '%s,' $i; done; echo
## stdout: 1,2,3,

#### c-style for
for ((i=0; i<3; i++)); do echo $i; done
## STDOUT:
0
1
2
## END

#### c-style for with empty parts and break
for ((;;)); do echo once; break; done
## stdout: once

#### c-style for with two variables
for ((i=0, j=10; i<3; i++, j--)); do echo "$i $j"; done
## STDOUT:
0 10
1 9
2 8
## END

#### c-style for with spaces around the parentheses
for (( i = 5 ; i > 0 ; i -= 2 )); do echo $i; done
## STDOUT:
5
3
1
## END

#### while loop
i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done
## STDOUT:
0
1
2
## END

#### until loop
i=0; until [ $i -ge 3 ]; do echo $i; i=$((i+1)); done
## STDOUT:
0
1
2
## END

#### while false never runs and status is zero
while false; do echo never; done; echo $?
## stdout: 0

#### loop status is the last body command's
for i in 1; do (exit 3); done; echo $?
## stdout: 3

#### break leaves the loop
for i in 1 2 3; do [ $i = 2 ] && break; echo $i; done
## stdout: 1

#### continue skips the rest of the body
for i in 1 2 3; do [ $i = 2 ] && continue; echo $i; done
## STDOUT:
1
3
## END

#### break 2 leaves two loops
for a in 1 2; do for b in x y; do echo $a$b; break 2; done; done; echo out
## STDOUT:
1x
out
## END

#### continue 2 continues the outer loop
for a in 1 2; do for b in x y; do [ $b = y ] && continue 2; echo $a$b; done; echo never; done
## STDOUT:
1x
2x
## END

#### break with a count larger than the nesting
for a in 1 2; do break 5; done; echo "status $?"
## stdout: status 0

#### while with break inside a case
i=0; while true; do i=$((i+1)); case $i in 3) break;; esac; done; echo $i
## stdout: 3

#### while read with an IFS split
## file: data.txt
k1=v1
k2=v2
## end
while IFS='=' read -r k v; do echo "$k -> $v"; done < data.txt
## STDOUT:
k1 -> v1
k2 -> v2
## END

#### loop output piped
for i in 3 1 2; do echo $i; done | cat
## STDOUT:
3
1
2
## END

#### nested loops
for a in 1 2; do for b in a b; do printf '%s ' $a$b; done; done; echo
## stdout-json: "1a 1b 2a 2b \n"

#### break outside a loop
break; echo "status $?"
## stdout: status 0
## stderr: bash: line 1: break: only meaningful in a `for', `while', or `until' loop

#### continue outside a loop
continue; echo "status $?"
## stdout: status 0
## stderr: bash: line 1: continue: only meaningful in a `for', `while', or `until' loop

#### loop over words with glob characters that match nothing
for f in *.nomatch; do echo "$f"; done
## stdout: *.nomatch

#### for loop with do on its own line
for x in a b
do
  echo $x
done
## STDOUT:
a
b
## END

#### while condition with several commands
i=0; while i=$((i+1)); [ $i -le 2 ]; do echo $i; done
## STDOUT:
1
2
## END

#### for loop body is a group with redirect
for i in 1 2; do { echo $i; } >> log; done; cat log
## STDOUT:
1
2
## END

#### for on one line with semicolon before do
for x in q; do echo $x; done
## stdout: q

#### missing do is a syntax error
for x in a b; echo $x; done
## STDERR:
bash: -c: line 1: syntax error near unexpected token `echo'
bash: -c: line 1: `for x in a b; echo $x; done'
## END
## status: 2

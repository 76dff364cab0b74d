# [[ ]]: patterns, regex, ordering, file tests, logic.

#### string equality
[[ abc == abc ]] && echo eq
## stdout: eq

#### glob pattern on the right
[[ hello.txt == *.txt ]] && echo glob
## stdout: glob

#### quoted pattern is literal
[[ '*.txt' == "*.txt" ]] && echo literal; [[ a.txt == "*.txt" ]] || echo no-glob
## STDOUT:
literal
no-glob
## END

#### pattern from a variable
p='h*'; [[ hello == $p ]] && echo var-glob; [[ hello == "$p" ]] || echo quoted-var
## STDOUT:
var-glob
quoted-var
## END

#### not equal with a pattern
[[ abc != a* ]] || echo matches
## stdout: matches

#### single equals is equality
[[ x = x ]] && echo eq
## stdout: eq

#### regex match
[[ abc123 =~ ^[a-z]+[0-9]+$ ]] && echo match
## stdout: match

#### regex captures
[[ key=value =~ ^([^=]+)=(.*)$ ]] && echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
## stdout: key=value key value

#### regex from a variable
re='^[0-9]+$'; [[ 42 =~ $re ]] && echo number
## stdout: number

#### quoted regex is literal
[[ a.c =~ "a.c" ]] && echo lit; [[ abc =~ "a.c" ]] || echo no
## STDOUT:
lit
no
## END

#### failed regex clears BASH_REMATCH
[[ ab =~ (a) ]]; [[ xy =~ (a) ]]; echo "${#BASH_REMATCH[@]}"
## stdout: 0

#### regex with alternation and groups
[[ cat =~ ^(dog|cat)$ ]] && echo ${BASH_REMATCH[1]}
## stdout: cat

#### invalid regex
re='a('; [[ a =~ $re ]]; echo "status $?"
## stdout: status 2

#### string ordering
[[ apple < banana ]] && echo lt; [[ b > a ]] && echo gt
## STDOUT:
lt
gt
## END

#### integer comparisons
[[ 10 -gt 9 ]] && echo numeric; [[ 10 > 9 ]] || echo lexical
## STDOUT:
numeric
lexical
## END

#### integer comparison evaluates arithmetic
x=3; [[ x+1 -eq 4 ]] && echo arith
## stdout: arith

#### and or not
[[ -n a && ! -z b || false ]] && echo logic
## stdout: logic

#### grouping
[[ ( a == b || c == c ) && d == d ]] && echo grouped
## stdout: grouped

#### no word splitting inside
v="a b"; [[ $v == "a b" ]] && echo nosplit
## stdout: nosplit

#### no globbing inside
## file: a.txt
## end
[[ *.txt == a.txt ]] || echo no-glob-expand
## stdout: no-glob-expand

#### empty variable does not need quotes
e=; [[ -z $e ]] && echo empty
## stdout: empty

#### file tests
## file: d/f
data
## end
[[ -d d && -f d/f && -s d/f && -e d && ! -e nope ]] && echo files
## stdout: files

#### unset variable test with -v
[[ -v nosuch ]] || echo unset; x=; [[ -v x ]] && echo set-empty
## STDOUT:
unset
set-empty
## END

#### status of a false test
[[ a == b ]]; echo $?
## stdout: 1

#### regex with special characters in brackets
[[ 'a b' =~ ^a[[:space:]]b$ ]] && echo space
## stdout: space

#### pattern with character class
[[ x7 == x[0-9] ]] && echo class
## stdout: class

#### double brackets in an if
if [[ -n "$HOME" ]]; then echo home; fi
## stdout: home

#### newline inside double brackets
[[ a == a &&
   b == b ]] && echo multi
## stdout: multi

#### case-insensitive match with nocasematch
shopt -s nocasematch; [[ ABC == abc ]] && echo nocase
## stdout: nocase

#### -o in double brackets tests an option
set -u; [[ -o nounset ]] && echo nounset-on
## stdout: nounset-on

#### unary operator missing an argument stops the script with status 0
[[ -n ]]; echo never
## stderr: bash: -c: line 1: unexpected argument `]]' to conditional unary operator
## gap: mirage differs from bash in status

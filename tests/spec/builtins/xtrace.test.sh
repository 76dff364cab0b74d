# set -x traces: simple commands, assignments, [[ ]], (( )), loops, case, PS4, quoting.

#### set -x traces a simple command
set -x
echo hi
## stdout: hi
## stderr: + echo hi

#### set -x traces an assignment
set -x
x=1 y='a b'
## STDERR:
+ x=1
+ y='a b'
## END

#### set -x traces expanded words
set -x
v=world
echo "hello $v"
## stdout: hello world
## STDERR:
+ v=world
+ echo 'hello world'
## END

#### set -x quotes words with spaces
set -x
echo 'a b' c
## stdout: a b c
## stderr: + echo 'a b' c

#### set -x quotes a glob character
set -x
echo '*' 'a?'
## stdout: * a?
## stderr: + echo '*' 'a?'

#### set -x quotes an empty word
set -x
echo '' x
## stdout:  x
## stderr: + echo '' x

#### set -x quotes a single quote
set -x
echo "it's"
## stdout: it's
## stderr: + echo 'it'\''s'

#### set -x traces [[ ]]
set -x
[[ a == a ]] && echo yes
## stdout: yes
## STDERR:
+ [[ a == a ]]
+ echo yes
## END

#### set -x traces each [[ ]] test of a list once
set -x
[[ -n x && 1 -lt 2 ]]
[[ -z x ]] || [[ b = b ]]
## STDERR:
+ [[ -n x ]]
+ [[ 1 -lt 2 ]]
+ [[ -z x ]]
+ [[ b = b ]]
## END

#### set -x traces (( ))
set -x
(( 1 + 2 ))
x=5; (( x *= 2 )); echo $x
## stdout: 10
## STDERR:
+ ((  1 + 2  ))
+ x=5
+ ((  x *= 2  ))
+ echo 10
## END

#### set -x traces a for header per iteration
set -x
for i in a b; do :; done
## STDERR:
+ for i in a b
+ :
+ for i in a b
+ :
## END

#### set -x traces an arithmetic for loop
set -x
for ((i=0; i<2; i++)); do :; done
## STDERR:
+ (( i=0 ))
+ (( i<2 ))
+ :
+ (( i++ ))
+ (( i<2 ))
+ :
+ (( i++ ))
+ (( i<2 ))
## END

#### set -x traces a case header
set -x
case foo in f*) echo matched ;; esac
## stdout: matched
## STDERR:
+ case foo in
+ echo matched
## END

#### set -x traces a command substitution one level deeper
set -x
x=$(echo inner)
## STDERR:
++ echo inner
+ x=inner
## END

#### set -x nested substitutions add a + per level
set -x
echo $(echo $(echo deep))
## stdout: deep
## STDERR:
+++ echo deep
++ echo deep
+ echo deep
## END

#### set -x traces a function call and its body
set -x
f() { echo "in f $1"; }
f arg
## stdout: in f arg
## STDERR:
+ f arg
+ echo 'in f arg'
## END

#### set -x traces a pipeline element
set -x
echo a | { cat; } 2>/dev/null
## stdout: a
## stderr: + echo a

#### set -x traces redirections without the redirection
set -x
echo hi > /dev/null
## stderr: + echo hi

#### set -x traces a while condition
set -x
i=0
while (( i < 2 )); do i=$((i+1)); done
## STDERR:
+ i=0
+ ((  i < 2  ))
+ i=1
+ ((  i < 2  ))
+ i=2
+ ((  i < 2  ))
## END

#### set -x traces if conditions
set -x
if true; then echo t; fi
## stdout: t
## STDERR:
+ true
+ echo t
## END

#### set +x is itself traced
set -x
echo a
set +x
echo b
## STDOUT:
a
b
## END
## STDERR:
+ echo a
+ set +x
## END

#### set -x traces a builtin with options
set -x
printf '%s\n' x
## stdout: x
## stderr: + printf '%s\n' x

#### PS4 can be changed
PS4='>> '
set -x
echo hi
## stdout: hi
## stderr: >> echo hi

#### PS4 with LINENO
PS4='+$LINENO: '
set -x
echo a
echo b
## STDOUT:
a
b
## END
## STDERR:
+3: echo a
+4: echo b
## END

#### an empty PS4 prints no prefix
PS4=
set -x
echo hi
## stdout: hi
## stderr: echo hi

#### PS4 first character repeats with nesting
PS4='=> '
set -x
x=$(echo y)
## STDERR:
==> echo y
=> x=y
## END

#### set -x traces an array assignment
set -x
a=(1 'two words' 3)
## stderr: + a=(1 'two words' 3)

#### set -x traces an append assignment
set -x
s=a; s+=b
## STDERR:
+ s=a
+ s+=b
## END

#### set -x traces a local declaration
set -x
f() { local v=1; }
f
## STDERR:
+ f
+ local v=1
## END

#### set -x traces export
set -x
export E=1
## STDERR:
+ export E=1
+ E=1
## END
## gap: export NAME=V is not followed by the + NAME=V trace line

#### set -x traces an eval'd command
set -x
eval 'echo evaled'
## stdout: evaled
## STDERR:
+ eval 'echo evaled'
++ echo evaled
## END

#### set -x traces a tab and newline with $'...'
set -x
echo $'a\tb' $'c\nd'
## stdout-json: "a\tb c\nd\n"
## stderr-json: "+ echo 'a\tb' 'c\nd'\n"

#### set -o xtrace is the same as set -x
set -o xtrace
echo hi
## stdout: hi
## stderr: + echo hi

#### set -x in a subshell
(set -x; echo sub)
echo after
## STDOUT:
sub
after
## END
## stderr: + echo sub

#### set -x traces the prefix assignment of a command
set -x
LC_ALL=C echo hi
## stdout: hi
## STDERR:
+ LC_ALL=C
+ echo hi
## END

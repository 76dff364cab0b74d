# Lists: `;`, newlines, `&&`, `||`, `&` and `wait`, assignment prefixes.

#### semicolon separates commands
echo a; echo b
## STDOUT:
a
b
## END

#### newline separates commands
echo a
echo b
## STDOUT:
a
b
## END

#### and runs the right side on success
true && echo yes
## stdout: yes

#### and skips the right side on failure
false && echo yes; echo $?
## stdout: 1

#### or runs the right side on failure
false || echo fallback
## stdout: fallback

#### or skips the right side on success
true || echo no; echo $?
## stdout: 0

#### and-or chains are left associative
false && echo a || echo b
## stdout: b

#### and-or chain with success then failure
true || echo a && echo b
## stdout: b

#### status of a failed and list
true && false; echo $?
## stdout: 1

#### and-or continues over newlines
true &&
echo next
## stdout: next

#### or continues over newlines
false ||
echo next
## stdout: next

#### background job and wait
echo bg & wait; echo done
## STDOUT:
bg
done
## END

#### wait returns the job's status
(exit 5) & wait $!; echo $?
## stdout: 5

#### wait for several jobs
(exit 1) & (exit 2) & wait; echo $?
## stdout: 0

#### background job output appears before wait returns
{ echo from-bg; } & wait
echo after
## STDOUT:
from-bg
after
## END

#### dollar bang is numeric after a background job
true & [[ $! =~ ^[0-9]+$ ]] && echo ok; wait
## stdout: ok

#### background list item status is zero
false & echo $?; wait
## stdout: 0

#### assignment prefix is scoped to one command
FOO=outer; f() { echo "in f: $FOO"; }; FOO=inner f; echo "after: $FOO"
## STDOUT:
in f: inner
after: outer
## END

#### assignment prefix is exported to the command environment
f() { echo "${FOO-unset}"; }; FOO=bar f; f
## STDOUT:
bar
unset
## END

#### assignment alone persists
FOO=bar; echo $FOO
## stdout: bar

#### several assignments on one line
a=1 b=2; echo $a$b
## stdout: 12

#### assignment prefix does not affect expansion of the same command
x=old; x=new echo $x
## stdout: old

#### assignment sees earlier assignments on the same line
a=1 b=$a; echo $b
## stdout: 1

#### status of a bare assignment is zero
false; x=1; echo $?
## stdout: 0

#### status of an assignment with command substitution
x=$(exit 3); echo $?
## stdout: 3
## gap: mirage differs from bash in stdout

#### empty lines and comments are ignored

# a comment
echo ok # trailing comment
## stdout: ok

#### hash inside a word is not a comment
echo a#b
## stdout: a#b

#### semicolons around a group
{ echo a; }; { echo b; }
## STDOUT:
a
b
## END

#### wait for a specific job by pid
(exit 3) & p1=$!; (exit 4) & p2=$!; wait $p2; echo $?; wait $p1; echo $?
## STDOUT:
4
3
## END

#### wait -n waits for the next job
(exit 6) & wait -n; echo $?
## stdout: 6

#### wait for an unknown pid
wait 99999; echo "status $?"
## stdout: status 127
## stderr: bash: line 1: wait: pid 99999 is not a child of this shell

#### background job runs in a subshell
x=1; { x=2; } & wait; echo $x
## stdout: 1

#### assignment prefix on a special builtin does not persist
x=1; x=2 :; echo $x
## stdout: 1

#### assignment prefix on eval
x=1; x=2 eval 'echo in-eval $x'; echo after $x
## STDOUT:
in-eval 2
after 1
## END

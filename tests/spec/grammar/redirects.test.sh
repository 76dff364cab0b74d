# Redirections: < > >> 2> 2>&1 &> >&2 N>file N<&M, /dev/null and /dev/std*.

#### output to a file
echo hi > out.txt; cat out.txt
## stdout: hi

#### truncate then write
echo one > f; echo two > f; cat f
## stdout: two

#### append
echo one > f; echo two >> f; cat f
## STDOUT:
one
two
## END

#### input from a file
## file: in.txt
line one
## end
cat < in.txt
## stdout: line one

#### stderr to a file
{ echo out; echo err >&2; } 2> e.txt; echo ---; cat e.txt
## STDOUT:
out
---
err
## END

#### stderr to stdout
{ echo err >&2; } 2>&1 | cat
## stdout: err

#### order of 2>&1 and >file matters
{ echo out; echo err >&2; } 2>&1 > f; echo ---; cat f
## STDOUT:
err
---
out
## END

#### both streams with &>
{ echo out; echo err >&2; } &> both.txt; cat both.txt
## STDOUT:
out
err
## END

#### both streams appended with &>>
echo first > f; { echo out; echo err >&2; } &>> f; cat f
## STDOUT:
first
out
err
## END

#### echo to stderr with >&2
echo to-err >&2
## stderr: to-err

#### 1>&2 is the same as >&2
echo to-err 1>&2
## stderr: to-err

#### discard with /dev/null
echo gone > /dev/null; echo kept
## stdout: kept

#### discard stderr with 2>/dev/null
cat /nonexistent 2>/dev/null; echo $?
## stdout: 1

#### read /dev/null is empty
cat /dev/null; echo "status $?"
## stdout: status 0

#### write to /dev/stdout
echo via-stdout > /dev/stdout
## stdout: via-stdout

#### write to /dev/stderr
echo via-stderr > /dev/stderr
## stderr: via-stderr

#### read from /dev/stdin
echo piped | cat /dev/stdin
## stdout: piped

#### numbered output descriptor
exec 3> f; echo to-three >&3; exec 3>&-; cat f
## stdout: to-three

#### numbered input descriptor
## file: in.txt
a
b
## end
exec 4< in.txt; read -r x <&4; read -r y <&4; echo "$x $y"
## stdout: a b

#### duplicate input descriptor with N<&M
## file: in.txt
dup
## end
exec 5< in.txt; cat 0<&5
## stdout: dup

#### redirect a group
{ echo a; echo b; } > f; cat f
## STDOUT:
a
b
## END

#### redirect a while loop's input
## file: in.txt
x
y
## end
while read -r l; do echo "<$l>"; done < in.txt
## STDOUT:
<x>
<y>
## END

#### redirect an if statement's output
if true; then echo inside; fi > f; cat f
## stdout: inside

#### redirect a for loop's output
for i in 1 2 3; do echo $i; done > f; cat f
## STDOUT:
1
2
3
## END

#### redirection before the command name
> f echo early; cat f
## stdout: early

#### redirection in the middle of arguments
echo a > f b; cat f
## stdout: a b

#### redirect target with variable
name=out.txt; echo v > "$name"; cat out.txt
## stdout: v

#### missing input file
cat < nope.txt; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: nope.txt: No such file or directory

#### failed redirection skips the command
echo should-not-print < nope.txt; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: nope.txt: No such file or directory

#### redirect to a directory fails
echo x > .; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: .: Is a directory

#### ambiguous redirect
v="a b"; echo x > $v; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: $v: ambiguous redirect
## gap: mirage differs from bash in stderr

#### redirect of a function's output
f() { echo in-f; }; f > f.txt; cat f.txt
## stdout: in-f

#### redirections of the function definition apply at each call
f() { echo body; } > g.txt; f; cat g.txt
## stdout: body

#### noclobber refuses to overwrite
echo a > f; set -C; echo b > f; echo "status $?"; cat f
## STDOUT:
status 1
a
## END
## stderr: bash: line 1: f: cannot overwrite existing file

#### >| overrides noclobber
echo a > f; set -C; echo b >| f; cat f
## stdout: b

#### close stdout
echo hi >&-; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: echo: write error: Bad file descriptor

#### subshell output redirected
(echo a; echo b) > f; cat f
## STDOUT:
a
b
## END

#### exec redirection persists for later commands
exec > f; echo one; echo two; exec >/dev/stderr; cat f >&2
## STDERR:
one
two
## END

#### cat of several files
## file: a
A
## end
## file: b
B
## end
cat a b
## STDOUT:
A
B
## END

#### explicit descriptor 1 redirect
echo one 1> f; cat f
## stdout: one

#### numbered descriptor to a file for one command
{ echo to-four >&4; } 4> f; cat f
## stdout: to-four

#### swap stdout and stderr
{ echo out; echo err >&2; } 3>&1 1>&2 2>&3 | cat
## stdout: err
## stderr: out

#### redirect stderr of a function call
f() { echo oops >&2; }; f 2> e; echo "captured: $(cat e)"
## stdout: captured: oops

#### input redirect from a here-string to a group
{ read -r a; echo "got $a"; } <<< "grouped"
## stdout: got grouped

#### append to a missing file creates it
echo new >> created.txt; cat created.txt
## stdout: new

#### bad file descriptor
echo x >&7; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: 7: Bad file descriptor

#### read from a write-only descriptor duplicate
exec 3> f; read -r v <&3; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: read: read error: 0: Bad file descriptor

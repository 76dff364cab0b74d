# Pipelines, `!`, PIPESTATUS and `|&`.

#### pipeline status is the last command's
false | true; echo $?
## stdout: 0

#### pipeline fails when the last command fails
true | false; echo $?
## stdout: 1

#### data flows through a pipeline
echo hello | cat | cat
## stdout: hello

#### bang negates success
! true; echo $?
## stdout: 1

#### bang negates failure
! false; echo $?
## stdout: 0

#### bang negates a whole pipeline
! echo hi | false; echo $?
## stdout: 0

#### PIPESTATUS holds every status
true | false | true; echo "${PIPESTATUS[@]}"
## stdout: 0 1 0

#### PIPESTATUS of a single command
false; echo "${PIPESTATUS[@]}"
## stdout: 1

#### pipefail takes the rightmost failure
set -o pipefail; false | true; echo $?
## stdout: 1

#### pipefail with all success
set -o pipefail; true | true; echo $?
## stdout: 0

#### pipefail reports the last nonzero status
set -o pipefail; (exit 3) | (exit 4) | true; echo $?
## stdout: 4

#### pipe stderr with |&
{ echo out; echo err >&2; } |& cat
## STDOUT:
out
err
## END

#### pipeline elements run in subshells
x=1; echo | x=2; echo $x
## stdout: 1

#### variable set in last pipeline element is lost
x=1; echo 5 | read x; echo $x
## stdout: 1

#### pipeline across lines after the bar
echo a |
cat
## stdout: a

#### while loop at the end of a pipeline
printf 'a\nb\n' | while read -r l; do echo "[$l]"; done
## STDOUT:
[a]
[b]
## END

#### group in a pipeline
{ echo 1; echo 2; } | cat
## STDOUT:
1
2
## END

#### pipeline into a function
f() { cat; }; echo via-f | f
## stdout: via-f

#### status of a pipeline ending in a function
f() { return 7; }; echo x | f; echo $?
## stdout: 7

#### leading pipe is a syntax error
| echo hi
## STDERR:
bash: -c: line 1: syntax error near unexpected token `|'
bash: -c: line 1: `| echo hi'
## END
## status: 2

# Command substitution: $( ) and backticks, nesting, trailing newlines, status.

#### dollar paren substitution
echo "got $(echo hi)"
## stdout: got hi

#### backtick substitution
echo "got `echo hi`"
## stdout: got hi

#### trailing newlines are removed
x=$(printf 'a\n\n\n'); echo "[$x]"
## stdout: [a]

#### inner newlines are kept
x=$(printf 'a\n\nb\n'); echo "[$x]"
## STDOUT:
[a

b]
## END

#### nested substitution
echo $(echo a $(echo b $(echo c)))
## stdout: a b c

#### nested backticks need escaping
echo `echo a \`echo b\``
## stdout: a b

#### status of a substitution in an assignment
x=$(false); echo $?
## stdout: 1

#### status of the last substitution wins
x=$(true)$(exit 4); echo $?
## stdout: 4

#### substitution runs in a subshell
v=1; x=$(v=2; echo $v); echo $v $x
## stdout: 1 2

#### substitution output with quotes inside
echo "$(echo '"quoted"')"
## stdout: "quoted"

#### substitution in a condition
if [ "$(echo yes)" = yes ]; then echo ok; fi
## stdout: ok

#### substitution used as a command
$(echo echo) run
## stdout: run

#### substitution with a case statement inside
x=$(case a in a) echo matched;; esac); echo $x
## stdout: matched

#### substitution with a paren in a comment
x=$(echo hi # )
); echo $x
## stdout: hi

#### substitution of a function
f() { echo from-f; }; echo "$(f)"
## stdout: from-f

#### substitution stderr is not captured
x=$(echo err >&2; echo out); echo "[$x]"
## stdout: [out]
## stderr: err

#### capture stderr with 2>&1
x=$(echo err >&2 2>&1); echo "[$x]"; y=$( { echo err >&2; } 2>&1 ); echo "[$y]"
## STDOUT:
[]
[err]
## END
## stderr: err

#### read a file with dollar paren less than
## file: f.txt
content
## end
x=$(< f.txt); echo "[$x]"
## stdout: [content]

#### empty substitution
x=$(true); echo "[$x]"
## stdout: []

#### substitution inside arithmetic
echo $(( $(echo 3) * 2 ))
## stdout: 6

#### substitution with exit inside does not exit the shell
x=$(exit 7); echo "status $?"
## stdout: status 7

#### backtick with a dollar variable
v=val; echo `echo $v`
## stdout: val

#### substitution with a heredoc
x=$(cat <<EOF
heredoc body
EOF
); echo "$x"
## stdout: heredoc body

#### substitution keeps a null byte out
x=$(printf 'a\0b'); echo ${#x}
## stdout: 2
## stderr: bash: line 1: warning: command substitution: ignored null byte in input

#### many lines captured into a loop
for w in $(printf '%s\n' 1 2 3); do echo "n=$w"; done
## STDOUT:
n=1
n=2
n=3
## END

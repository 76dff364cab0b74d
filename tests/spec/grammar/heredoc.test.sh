# Here-documents and here-strings.

#### heredoc is expanded
x=world
cat <<EOF
hello $x
sum $((1+2)) $(echo sub)
EOF
## STDOUT:
hello world
sum 3 sub
## END

#### quoted delimiter is literal
x=world
cat <<'EOF'
hello $x $(echo no) \n
EOF
## stdout: hello $x $(echo no) \n

#### double-quoted delimiter is literal
cat <<"EOF"
$HOME stays
EOF
## stdout: $HOME stays

#### partially quoted delimiter is literal
cat <<E"O"F
$x
EOF
## stdout: $x

#### dash strips leading tabs
cat <<-EOF
	one
		two
	EOF
## STDOUT:
one
two
## END

#### dash does not strip spaces
cat <<-EOF
  spaced
EOF
## stdout:   spaced

#### backslash escapes in an expanded heredoc
cat <<EOF
a \$x b \\ c \` d \z
EOF
## stdout: a $x b \ c ` d \z

#### backslash newline joins lines in an expanded heredoc
cat <<EOF
one \
two
EOF
## stdout: one two

#### double quotes are literal inside a heredoc
x=v
cat <<EOF
"$x" '$x'
EOF
## stdout: "v" 'v'

#### two heredocs on one line
cat <<A; cat <<B
first
A
second
B
## STDOUT:
first
second
## END

#### heredoc feeding a while loop
while read -r a b; do echo "$b-$a"; done <<EOF
1 x
2 y
EOF
## STDOUT:
x-1
y-2
## END

#### heredoc into a function
f() { cat; }
f <<EOF
fn input
EOF
## stdout: fn input

#### heredoc with a pipe after the operator
cat <<EOF | cat
piped
EOF
## stdout: piped

#### empty heredoc
cat <<EOF
EOF
echo end
## stdout: end

#### heredoc delimiter must be alone on the line
cat <<EOF
 EOF
EOF x
EOF
## STDOUT:
 EOF
EOF x
## END

#### heredoc missing its delimiter warns
echo before
cat <<EOF
body
## STDOUT:
before
body
## END
## stderr: bash: line 3: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')

#### here-string
cat <<< "here string"
## stdout: here string

#### here-string is expanded
x=val; cat <<< "$x and $((2*3))"
## stdout: val and 6

#### here-string adds a newline
printf '%s' x | cat; cat <<< ''
## stdout: x

#### here-string into read
read -r a b <<< "one two three"; echo "$a|$b"
## stdout: one|two three

#### here-string of an unquoted word does not split
x="a   b"; cat <<< $x
## stdout: a   b

#### heredoc in a command substitution
x=$(cat <<EOF
inner
EOF
); echo "[$x]"
## stdout: [inner]

#### heredoc with parameter operators
v=hello
cat <<EOF
${v^^} ${#v} ${v:1:3}
EOF
## stdout: HELLO 5 ell

#### heredoc on a later line of the script
echo first
cat <<EOF
second
EOF
echo third
## STDOUT:
first
second
third
## END

#### heredoc cut off right after its command, in a sourced file
printf 'cat <<EOF' > s.sh; . ./s.sh; echo "s $?"
## stdout: s 0
## stderr: ./s.sh: line 1: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')

#### heredoc cut off on the second line of a sourced file
printf 'echo a\ncat <<EOF' > s.sh; . ./s.sh
## stdout: a
## stderr: ./s.sh: line 2: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')

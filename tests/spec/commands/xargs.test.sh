# xargs: GNU findutils 4.9.

#### xargs defaults to echo
printf 'a b\nc' | xargs
## stdout: a b c

#### xargs with a command and initial arguments
printf '1 2\n3\n' | xargs echo got
## stdout: got 1 2 3

#### xargs -n
printf 'a b c d e\n' | xargs -n 2 echo
## STDOUT:
a b
c d
e
## END

#### xargs quotes and backslashes
printf 'a "b c" d\\ e '"'f  g'"'\n' | xargs -n1
## STDOUT:
a
b c
d e
f  g
## END

#### xargs unmatched quote
printf "a 'b" | xargs; echo "status $?"
## STDOUT:
a
status 1
## END
## stderr: xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option

#### xargs -0
printf 'a b\0c\0\0d' | xargs -0 -n1 echo x
## stdout-json: "x a b\nx c\nx \nx d\n"

#### xargs -d
printf 'a,b,c' | xargs -d, -n2; printf 'x y\nz\n' | xargs -d '\n' -n1
## STDOUT:
a b
c
x y
z
## END

#### xargs -I replaces in every argument
printf 'a\n  b c\n' | xargs -I {} echo '<{}>' '{}{}'
## STDOUT:
<a> aa
<b c> b cb c
## END

#### xargs -i uses braces
printf 'x\n' | xargs -i echo '[{}]'
## stdout: [x]

#### xargs -I with no input runs nothing
printf '' | xargs -I {} echo x{}; echo "status $?"
## stdout: status 0

#### xargs -L
printf 'a b\nc\n\nd e f\n' | xargs -L 1 echo
## STDOUT:
a b
c
d e f
## END

#### xargs -L continues lines ending in a blank
printf 'a b \nc\nd\n' | xargs -L1 echo
## STDOUT:
a b c
d
## END

#### xargs runs once on empty input
printf '' | xargs echo z; printf '\n\n' | xargs echo y
## STDOUT:
z
y
## END

#### xargs -r on empty input
printf '' | xargs -r echo z; echo "status $?"
## stdout: status 0

#### xargs -t prints the command on stderr
printf 'a\nb c\n' | xargs -t -n 2 echo 2>&1
## STDOUT:
echo a b
a b
echo c
c
## END

#### xargs -t quotes arguments with blanks
printf 'a b\0c\0' | xargs -0 -t echo 2>&1
## STDOUT:
echo 'a b' c
a b c
## END

#### xargs -E stops at the end marker
printf 'a\nEOF\nb\n' | xargs -E EOF echo
## stdout: a

#### xargs -P runs everything
printf '1\n2\n3\n' | xargs -P 2 -n 1 echo | { read -r a; read -r b; read -r c; echo $((a + b + c)); }
## stdout: 6

#### xargs -a reads a file
## file: list
one
two
## end
xargs -a list echo
## stdout: one two

#### xargs -a with a missing file
xargs -a nofile; echo "status $?"
## stdout: status 1
## stderr: xargs: Cannot open input file ‘nofile’: No such file or directory

#### xargs status 123 when a command fails
printf 'a\nb\n' | xargs -n1 false; echo "status $?"
## stdout: status 123

#### xargs status 124 when a command exits 255
printf 'a\nb\n' | xargs -n1 sh -c 'echo run; exit 255'; echo "status $?"
## STDOUT:
run
status 124
## END
## stderr: xargs: sh: exited with status 255; aborting

#### xargs status 127 for a missing command
printf 'a\n' | xargs nocmd; echo "status $?"
## stdout: status 127
## stderr: xargs: nocmd: No such file or directory

#### xargs with a shell command
printf 'x\ny\n' | xargs -n1 sh -c 'echo "<$1>"' sh
## STDOUT:
<x>
<y>
## END

#### xargs commands get an empty stdin
printf 'a\n' | xargs -I{} sh -c 'cat; echo got {}'
## stdout: got a

#### xargs -n 0 is an error
xargs -n 0 </dev/null; echo "status $?"
## stdout: status 1
## STDERR:
xargs: value 0 for -n option should be >= 1
Try 'xargs --help' for more information.
## END

#### xargs -P with a bad number
xargs -P x </dev/null; echo "status $?"
## stdout: status 1
## STDERR:
xargs: invalid number "x" for -P option
Try 'xargs --help' for more information.
## END

#### xargs -s too small
printf 'aaaaaaaaaaaaaaaaaaa' | xargs -s 10 echo; echo "status $?"
## stdout: status 1
## stderr: xargs: argument line too long

#### xargs -n and -L warn about each other
printf 'a b\n' | xargs -n1 -L1 echo
## stdout: a b
## stderr: xargs: warning: options --max-args and -L are mutually exclusive, ignoring previous --max-args value

#### xargs with find -print0
## file: d/a b.txt
hello
## end
find d -type f -print0 | xargs -0 cat
## stdout: hello

#### xargs options after the command belong to it
printf 'x\n' | xargs echo -n; echo
## stdout: x

#### xargs -I and -L warn about each other
printf 'a\n' | xargs -L1 -I{} echo {}; printf 'a\n' | xargs -I{} -L1 echo {}
## STDOUT:
a
{} a
## END
## STDERR:
xargs: warning: options --max-lines and --replace/-I/-i are mutually exclusive, ignoring previous --max-lines value
xargs: warning: options --replace and -L are mutually exclusive, ignoring previous --replace value
## END

#### xargs -n after -I keeps one command per line
printf 'a b\n' | xargs -I{} -n1 echo x{}
## stdout: xa b

#### xargs reports a quote error and still runs what it has
# (stderr apart: whether the message or the last command's output comes first is a race)
printf 'x y\nz "w\n' | xargs -n1 echo 2>err; echo "status $?"; cat err
## STDOUT:
x
y
z
status 1
xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option
## END

#### xargs -s smaller than the command itself
echo a | xargs -s 4 echo; echo "s $?"; xargs -s 4 echo < /dev/null; echo "s $?"; echo a | xargs -s 5 echo; echo "s $?"
## STDOUT:
s 1
s 1
s 1
## END
## STDERR:
xargs: cannot fit single argument within argument list size limit
xargs: cannot fit single argument within argument list size limit
xargs: argument line too long
## END

# type, command -v, command, builtin, true false :.

#### type of a builtin
type echo
## stdout: echo is a shell builtin

#### type of a keyword
type if
## stdout: if is a shell keyword

#### type of a function
f() { echo x; }; type f
## stdout-json: "f is a function\nf () \n{ \n    echo x\n}\n"

#### type -t categories
f() { :; }; type -t echo if f
## STDOUT:
builtin
keyword
function
## END

#### type of a missing command
type nosuchcmd; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: type: nosuchcmd: not found

#### type -t of a missing command prints nothing
type -t nosuchcmd; echo "status $?"
## stdout: status 1

#### command -v of a builtin and a function
f() { :; }; command -v echo; command -v f; command -v if
## STDOUT:
echo
f
if
## END

#### command -v of a missing command
command -v nosuchcmd; echo "status $?"
## stdout: status 1

#### command skips functions
echo() { builtin echo "wrapped $*"; }; echo a; command echo b
## STDOUT:
wrapped a
b
## END

#### builtin runs the builtin
cd() { echo "fake cd"; }; builtin cd /tmp && pwd
## stdout: /tmp

#### builtin of a non-builtin
builtin nosuch; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: builtin: nosuch: not a shell builtin

#### true false and colon
true; echo $?; false; echo $?; :; echo $?
## STDOUT:
0
1
0
## END

#### colon ignores arguments but expands them
: ${x:=assigned}; echo $x
## stdout: assigned

#### true ignores arguments
true --help; echo $?
## stdout: 0

#### false with arguments still fails
false --version; echo $?
## stdout: 1

#### type -a of a builtin
type -a true | while read -r first rest; do echo "$first"; break; done
## stdout: true

#### command -V
command -V echo
## stdout: echo is a shell builtin

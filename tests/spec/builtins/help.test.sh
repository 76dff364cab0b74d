# help: bash's builtin help texts.

#### help cd
help cd | head -2
## STDOUT:
cd: cd [-L|[-P [-e]] [-@]] [dir]
    Change the shell working directory.
## END

#### help -s
help -s cd pwd echo
## STDOUT:
cd: cd [-L|[-P [-e]] [-@]] [dir]
pwd: pwd [-LP]
echo: echo [-neE] [arg ...]
## END

#### help -d
help -d read
## stdout: read - Read a line from the standard input and split it into fields.

#### help prefix match
help -s re
## STDOUT:
read: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]
readarray: readarray [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]
readonly: readonly [-aAf] [name[=value] ...] or readonly -p
return: return [n]
## END

#### help exact match wins
help -s read
## stdout: read: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]

#### help glob pattern
help -s 'ech*'
## STDOUT:
Shell commands matching keyword `ech*'

echo: echo [-neE] [arg ...]
## END

#### help full text
help true false
## STDOUT:
true: true
    Return a successful result.
    
    Exit Status:
    Always succeeds.
false: false
    Return an unsuccessful result.
    
    Exit Status:
    Always fails.
## END

#### help of an unknown topic
help nope; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: help: no help topics match `nope'.  Try `help help' or `man -k nope' or `info nope'.

#### help some found
help -s nope cd; echo "status $?"
## STDOUT:
cd: cd [-L|[-P [-e]] [-@]] [dir]
status 0
## END

#### help invalid option
help -x; echo "status $?"
## stdout: status 2
## STDERR:
bash: line 1: help: -x: invalid option
help: usage: help [-dms] [pattern ...]
## END

#### help list
help > out; echo "status $?"; read -r first < out; echo "$first"
## STDOUT:
status 0
GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
## END

#### help is a builtin
type help
## stdout: help is a shell builtin

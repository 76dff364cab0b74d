# exit.

#### exit with a status
exit 3
## status: 3

#### exit with no argument uses the last status
false; exit
## status: 1

#### exit stops the script
echo before; exit 0; echo after
## stdout: before

#### exit status is truncated to 8 bits
exit 256
## status: 0

#### exit with a negative status
exit -1
## status: 255

#### exit with a non-numeric argument
exit abc
## stderr: bash: line 1: exit: abc: numeric argument required
## status: 2

#### exit with too many arguments
exit 1 2; echo "status $?"
## stderr: bash: line 1: exit: too many arguments
## status: 1
## gap: mirage differs from bash in stdout, stderr, status

#### exit in a subshell
(exit 4); echo "sub $?"
## stdout: sub 4

#### exit in a function exits the shell
f() { exit 5; }; f; echo never
## status: 5

#### exit in a pipeline element
echo x | exit 3; echo "after $?"
## stdout: after 3

#### exit in command substitution
v=$(exit 6); echo "status $?"
## stdout: status 6
## gap: mirage differs from bash in stdout

#### status of the script is the last command's
true; false
## status: 1

# caller in nested functions; alias and unalias (listing, errors, expand_aliases).

#### caller at top level fails
caller; echo $?
## stdout: 1

#### caller in a function called from top level
f() { caller; }
f
## stdout: 2 NULL
## gap: caller without an argument in a function called from top level fails instead of printing LINE NULL

#### caller 0 in a function called from top level
f() { caller 0; }
f
## status: 1

#### caller in nested functions
f() { caller; }
g() { f; }
g
## stdout: 2 environment

#### caller 0 and caller 1 in nested functions
f() { caller 0; caller 1; }
g() {
  f
}
g
## stdout: 3 g environment
## status: 1

#### caller past the stack fails
f() { caller 5; echo $?; }
f
## stdout: 1

#### caller with a bad argument
f() { caller x; echo $?; }
f
## stdout: 2
## STDERR:
environment: line 1: caller: x: invalid number
caller: usage: caller [expr]
## END

#### caller in a script file
## file: s.sh
f() { caller 0; }
g() { f; }
g
## end
bash s.sh
## stdout: 2 g s.sh

#### alias is not expanded without expand_aliases
alias hi='echo hello'
hi; echo $?
## stdout: 127
## stderr: bash: line 2: hi: command not found

#### alias expands after shopt -s expand_aliases on an earlier line
shopt -s expand_aliases
alias hi='echo hello'
hi world
## stdout: hello world

#### alias defined on the same line is not yet expanded
shopt -s expand_aliases
alias hi='echo hello'; hi; echo $?
## stdout: 127
## stderr: bash: line 2: hi: command not found
## gap: an alias defined earlier on the same line is already expanded

#### alias listing is sorted and quoted
alias zz='echo z' aa='echo a'
alias
## STDOUT:
alias aa='echo a'
alias zz='echo z'
## END

#### alias -p lists the same way
alias b='echo b'
alias -p
## stdout: alias b='echo b'

#### alias NAME prints one definition
alias ll='ls -l'
alias ll
## stdout: alias ll='ls -l'

#### alias with a single quote in its value
alias q="echo 'a b'"
alias q
## stdout: alias q='echo '\''a b'\'''

#### alias of an unknown name fails
alias nope; echo $?
## stdout: 1
## stderr: bash: line 1: alias: nope: not found

#### alias reports each unknown name
alias a=1
alias a nope1 nope2; echo $?
## STDOUT:
alias a='1'
1
## END
## STDERR:
bash: line 2: alias: nope1: not found
bash: line 2: alias: nope2: not found
## END

#### unalias removes an alias
alias a='echo a'
unalias a
alias a; echo $?
## stdout: 1
## stderr: bash: line 3: alias: a: not found

#### unalias of an unknown name fails
unalias nope; echo $?
## stdout: 1
## stderr: bash: line 1: unalias: nope: not found

#### unalias -a removes all
alias a=1 b=2
unalias -a
alias; echo "status $?"
## stdout: status 0

#### unalias without arguments
unalias; echo $?
## stdout: 2
## stderr: unalias: usage: unalias [-a] name [name ...]

#### an alias ending in a space expands the next word
shopt -s expand_aliases
alias run='echo '
alias word='expanded'
run word
## stdout: expanded
## gap: an alias value ending in a blank does not alias-expand the next word

#### a backslash suppresses alias expansion
shopt -s expand_aliases
alias echo='echo aliased'
\echo plain
echo x
## STDOUT:
plain
aliased x
## END

#### a quoted command name is not an alias
shopt -s expand_aliases
alias hi='echo hello'
'hi'; echo $?
## stdout: 127
## stderr: bash: line 3: hi: command not found

#### alias expansion in a function body happens at definition
shopt -s expand_aliases
alias hi='echo first'
f() { hi; }
alias hi='echo second'
f
## stdout: first
## gap: aliases in a function body expand at call time, not definition time

#### type does not see an alias without expand_aliases
alias hi='echo hello'
type hi
## stderr: bash: line 2: type: hi: not found
## status: 1

#### alias with arguments after it
shopt -s expand_aliases
alias e='echo -n'
e a b; echo
## stdout: a b

#### alias is not expanded in bash -c children
shopt -s expand_aliases
alias hi='echo hello'
bash -c 'hi'; echo $?
## stdout: 127
## stderr: bash: line 1: hi: command not found

#### alias with an invalid name
alias 'a b=1'; echo $?
## stdout: 1
## stderr: bash: line 1: alias: `a b': invalid alias name

#### type reports an alias with expand_aliases
shopt -s expand_aliases
alias hi='echo hello'
type hi; type -t hi
## STDOUT:
hi is aliased to `echo hello'
alias
## END

# if / elif / else.

#### if true branch
if true; then echo yes; fi
## stdout: yes

#### if false branch with else
if false; then echo yes; else echo no; fi
## stdout: no

#### elif chain
x=2
if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi
## stdout: two

#### else after failing elifs
if false; then echo a; elif false; then echo b; else echo c; fi
## stdout: c

#### if status is zero when no branch runs
false; if false; then echo x; fi; echo $?
## stdout: 0

#### if status is the branch's status
if true; then (exit 4); fi; echo $?
## stdout: 4

#### condition is a list
if false; true; then echo last-wins; fi
## stdout: last-wins

#### condition with and-or
if true && ! false; then echo ok; fi
## stdout: ok

#### multi-line if
if true
then
  echo multi
fi
## stdout: multi

#### nested if
if true; then if false; then echo a; else echo b; fi; fi
## stdout: b

#### condition on a command substitution
if [ "$(echo hi)" = hi ]; then echo matched; fi
## stdout: matched

#### if on a function's return
f() { return 1; }; if f; then echo t; else echo "f failed"; fi
## stdout: f failed

#### empty then is a syntax error
if true; then fi
## STDERR:
bash: -c: line 1: syntax error near unexpected token `fi'
bash: -c: line 1: `if true; then fi'
## END
## status: 2

#### missing fi is a syntax error
if true; then echo x
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### fi without if is a syntax error
echo before; fi
## STDERR:
bash: -c: line 1: syntax error near unexpected token `fi'
bash: -c: line 1: `echo before; fi'
## END
## status: 2

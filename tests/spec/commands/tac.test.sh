# tac: lines in reverse order.

#### tac reverses lines
printf 'a\nb\nc\n' | tac
## STDOUT:
c
b
a
## END

#### tac last line without newline
printf 'a\nb' | tac; echo
## STDOUT:
ba

## END

#### tac several files each reversed
printf '1\n2\n' > f; printf '3\n4\n' > g; tac f g
## STDOUT:
2
1
4
3
## END

#### tac custom separator
printf 'a,b,c,' | tac -s ,; echo
## stdout: c,b,a,

#### tac separator before
printf 'a\nb\nc\n' | tac -b | cat -A
## stdout-json: "$\n$\nc$\nba"

#### tac missing file
tac nope; echo "s $?"
## stdout: s 1
## stderr: tac: failed to open 'nope' for reading: No such file or directory

#### tac empty input
printf '' | tac; echo done
## stdout: done

#### tac -r regex separator searches backwards
printf 'a1b22c' | tac -r -s '[0-9]+'; echo
## stdout: c2b2a1

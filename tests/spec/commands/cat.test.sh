# cat: the one external-style command the spec corpus relies on.

#### cat a file
## file: f
hello
## end
cat f
## stdout: hello

#### cat stdin
echo in | cat
## stdout: in

#### cat dash is stdin
## file: f
file
## end
echo stdin | cat f - f
## STDOUT:
file
stdin
file
## END

#### cat a missing file
cat /nope; echo "status $?"
## stdout: status 1
## stderr: cat: /nope: No such file or directory

#### cat continues after a missing file
## file: f
ok
## end
cat nope f; echo "status $?"
## STDOUT:
ok
status 1
## END
## stderr: cat: nope: No such file or directory

#### cat a directory
## file: d/f
## end
cat d; echo "status $?"
## stdout: status 1
## stderr: cat: d: Is a directory

#### cat a file without a trailing newline
printf 'abc' > f; cat f; echo
## stdout: abc

#### cat an empty file
: > empty; cat empty; echo "[done]"
## stdout: [done]

#### cat preserves binary bytes
printf 'a\0b\n' > bin; cat bin | { IFS= read -r -d '' first; echo "$first"; }
## stdout: a

#### cat concatenates in order
## file: 1
one
## end
## file: 2
two
## end
cat 2 1 2
## STDOUT:
two
one
two
## END

#### cat a file named with a trailing slash
echo a > f; cat f/; echo "status $?"
## stdout: status 1
## stderr: cat: f/: Not a directory

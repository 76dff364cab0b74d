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

#### cat /dev/zero streams until the reader stops
cat /dev/zero | head -c 3 | od -An -c
## stdout:   \0  \0  \0

#### /dev/zero as a redirection is endless
head -c 4 < /dev/zero | od -An -tx1
tr '\0' x < /dev/zero | head -c 5; echo
## STDOUT:
 00 00 00 00
xxxxx
## END

#### the /dev files
echo hi > /dev/null; cat /dev/null | wc -c
echo data | cat /dev/stdin
echo data2 | cat - /dev/null
echo fd | cat /dev/fd/0
## STDOUT:
0
data
data2
fd
## END

#### .. after a symbolic link leaves the link's target
mkdir -p a/b; echo top > x; echo ina > a/x; ln -s a/b l
cat l/../x; cd l; cat ../x; ls ..; cd ..; cat x
## needs: symlink
## STDOUT:
ina
ina
b
x
top
## END

#### /dev/urandom is an endless source
head -c 16 /dev/urandom | wc -c; cat /dev/urandom | head -c 5 | wc -c
tr -dc 'a-z' < /dev/urandom | head -c 8 | wc -c
test -c /dev/null && test -c /dev/urandom && test -e /dev/zero && echo devices
## STDOUT:
16
5
8
devices
## END

#### a redirection makes a new file with the umask
umask 077; echo x > r1; echo y >> r2; umask 022; echo z > r3; stat -c '%a %n' r1 r2 r3
## needs: mode
## STDOUT:
600 r1
600 r2
644 r3
## END

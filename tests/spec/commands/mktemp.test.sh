# mktemp: unique temporary names (checked by shape, never by value).

#### mktemp default creates a file in /tmp
f=$(mktemp); [[ $f =~ ^/tmp/tmp\.[A-Za-z0-9]{10}$ ]] && test -f "$f" && ! test -s "$f" && echo ok; rm -f "$f"
## stdout: ok

#### mktemp -d creates a directory
d=$(mktemp -d); [[ $d =~ ^/tmp/tmp\.[A-Za-z0-9]{10}$ ]] && test -d "$d" && echo ok; rm -r "$d"
## stdout: ok

#### mktemp template in the current directory
f=$(mktemp fooXXX); [[ $f =~ ^foo[A-Za-z0-9]{3}$ ]] && test -f "$f" && echo ok
## stdout: ok

#### mktemp two names differ
a=$(mktemp); b=$(mktemp); [ "$a" != "$b" ] && echo differ; rm -f "$a" "$b"
## stdout: differ

#### mktemp -p
mkdir d; f=$(mktemp -p d barXXXX); [[ $f =~ ^d/bar[A-Za-z0-9]{4}$ ]] && test -f "$f" && echo ok
## stdout: ok

#### mktemp -t
f=$(mktemp -t bazXXX); [[ $f =~ ^/tmp/baz[A-Za-z0-9]{3}$ ]] && echo ok; rm -f "$f"
## stdout: ok

#### mktemp TMPDIR
mkdir t; f=$(TMPDIR=$PWD/t mktemp); [ "$(dirname "$f")" = "$PWD/t" ] && echo ok
## stdout: ok

#### mktemp --suffix
f=$(mktemp --suffix=.txt qXXX); [[ $f =~ ^q[A-Za-z0-9]{3}\.txt$ ]] && echo ok
## stdout: ok

#### mktemp implied suffix
f=$(mktemp qXXX.txt); [[ $f =~ ^q[A-Za-z0-9]{3}\.txt$ ]] && test -f "$f" && echo ok
## stdout: ok

#### mktemp -u does not create
f=$(mktemp -u); [[ $f =~ ^/tmp/tmp\. ]] && test ! -e "$f" && echo ok
## stdout: ok

#### mktemp -d -p dot
d=$(mktemp -d -p . dXXXXXX); [[ $d =~ ^\./d[A-Za-z0-9]{6}$ ]] && test -d "$d" && echo ok
## stdout: ok

#### mktemp too few X
mktemp foo; echo "status $?"
## stdout: status 1
## stderr: mktemp: too few X's in template ‘foo’

#### mktemp too many templates
mktemp aXXX bXXX; echo "status $?"
## stdout: status 1
## STDERR:
mktemp: too many templates
Try 'mktemp --help' for more information.
## END

#### mktemp in a missing directory
mktemp /nope/XXX; echo "status $?"
## stdout: status 1
## stderr: mktemp: failed to create file via template ‘/nope/XXX’: No such file or directory

#### mktemp -q quiet failure
mktemp -q /nope/XXX; echo "status $?"
## stdout: status 1

#### mktemp -d in a missing directory
mktemp -d -p /nope; echo "status $?"
## stdout: status 1
## stderr: mktemp: failed to create directory via template ‘/nope/tmp.XXXXXXXXXX’: No such file or directory

#### mktemp --suffix needs trailing X
mktemp --suffix=x abcXXX.y; echo "status $?"
## stdout: status 1
## stderr: mktemp: with --suffix, template ‘abcXXX.y’ must end in X

#### mktemp -t with a slash
mktemp -t /x/abXXX; echo "status $?"
## stdout: status 1
## stderr: mktemp: invalid template, ‘/x/abXXX’, contains directory separator

#### mktemp usable in a trap pattern
tmp=$(mktemp -d); echo data > "$tmp/f"; cat "$tmp/f"; rm -rf "$tmp"; test -e "$tmp" || echo cleaned
## STDOUT:
data
cleaned
## END

#### mktemp then cd
d=$(mktemp -d); cd "$d" && touch x && echo *; cd /; rm -rf "$d"
## stdout: x

#### mktemp --tmpdir
f=$(mktemp --tmpdir=/tmp zzXXXX); [[ $f == /tmp/zz???? ]] && echo ok; rm -f "$f"
## stdout: ok

#### mktemp -d makes a private directory
d=$(mktemp -d -p .); stat -c %a "$d"; ls -ld "$d" | cut -c1-10
## needs: mode
## STDOUT:
700
drwx------
## END

#### mktemp -d makes a private folder, a file is private too
d=$(mktemp -d -p .); stat -c %a "$d"; f=$(mktemp -p .); stat -c %a "$f"
## needs: mode
## STDOUT:
700
600
## END

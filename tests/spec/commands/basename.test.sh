# basename: strip directory and suffix.

#### basename of a path
basename /a/b/c.txt
## stdout: c.txt

#### basename with suffix
basename /a/b/c.txt .txt
## stdout: c

#### basename suffix equal to the name is kept
basename .txt .txt
## stdout: .txt

#### basename trailing slashes
basename a/b/// ; basename /
## STDOUT:
b
/
## END

#### basename no slash
basename file
## stdout: file

#### basename -a
basename -a x/y z/ /w
## STDOUT:
y
z
w
## END

#### basename -s implies -a
basename -s .c a.c dir/b.c x.h
## STDOUT:
a
b
x.h
## END

#### basename --suffix=
basename --suffix=.sh /bin/run.sh
## stdout: run

#### basename empty
basename ''
## stdout: 

#### basename -z
basename -z a/b | cat -v; echo
## stdout: b^@

#### basename without operand
basename; echo "status $?"
## stdout: status 1
## STDERR:
basename: missing operand
Try 'basename --help' for more information.
## END

#### basename extra operand
basename a b c; echo "status $?"
## stdout: status 1
## STDERR:
basename: extra operand ‘c’
Try 'basename --help' for more information.
## END

#### basename suffix not at end
basename foo.txt.bak .txt
## stdout: foo.txt.bak

#### basename in command substitution
f=/x/y/report.csv; echo "$(basename "$f" .csv)"
## stdout: report

#### basename loop
for f in /x/a.txt /y/b.txt; do basename "$f" .txt; done
## STDOUT:
a
b
## END

#### basename dashes
basename -- --foo; basename -a -- -x/y
## STDOUT:
--foo
y
## END

#### basename multiple suffix
basename -s .tar.gz x/a.tar.gz
## stdout: a

#### basename long option
basename --multiple a/b c/d
## STDOUT:
b
d
## END

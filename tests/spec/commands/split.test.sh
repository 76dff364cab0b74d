# split: cut input into files.

#### split by lines
printf '1\n2\n3\n4\n5\n' > in; split -l 2 in; echo x*; cat xaa; cat xac
## STDOUT:
xaa xab xac
1
2
5
## END

#### split default is 1000 lines
i=0; while [ $i -lt 1001 ]; do echo $i; i=$((i+1)); done > in; split in; echo x*; cat xab
## STDOUT:
xaa xab
1000
## END

#### split stdin with a prefix
printf 'a\nb\nc\n' | split -l 1 - part_; echo part_*; cat part_ab
## STDOUT:
part_aa part_ab part_ac
b
## END

#### split -b
printf 'abcdefghij' > in; split -b 4 in; cat xaa; echo; cat xac; echo
## STDOUT:
abcd
ij
## END

#### split -b with a unit
i=0; while [ $i -lt 300 ]; do printf 'abcdefghij'; i=$((i+1)); done > in; split -b 1K in; echo x*
## stdout: xaa xab xac

#### split -d numeric suffixes
printf '1\n2\n3\n' | split -l 1 -d; echo x*
## stdout: x00 x01 x02

#### split --numeric-suffixes=FROM
printf '1\n2\n' | split -l1 --numeric-suffixes=5; echo x*
## stdout: x05 x06

#### split -a suffix length
printf '1\n2\n' | split -l 1 -a 3; echo x*
## stdout: xaaa xaab

#### split --additional-suffix and --verbose
printf '1\n2\n3\n' | split -l 1 --verbose -d --additional-suffix=.txt - part_; echo part_*
## STDOUT:
creating file 'part_00.txt'
creating file 'part_01.txt'
creating file 'part_02.txt'
part_00.txt part_01.txt part_02.txt
## END

#### split suffixes widen
i=0; while [ $i -lt 652 ]; do echo $i; i=$((i+1)); done | split -l 1; ls_last=$(echo x*); echo "${ls_last##* }"; cat xzaaa
## STDOUT:
xzaab
650
## END

#### split suffixes exhausted with -a
printf '1\n2\n3\n' | split -l 1 -a 1 -d; echo "status $?"; echo x*
## STDOUT:
status 0
x0 x1 x2
## END

#### split -a 1 runs out
i=0; while [ $i -lt 27 ]; do echo $i; i=$((i+1)); done | split -l 1 -a 1; echo "status $?"
## stdout: status 1
## stderr: split: output file suffixes exhausted

#### split empty input makes no files
printf '' | split; echo x*
## stdout: x*

#### split last line without newline
printf 'a\nb' | split -l 1; cat xab; echo "|"
## stdout: b|

#### split -C line bytes
printf 'aaaa\nbb\ncccccc\n' > in; split -C 5 in; for f in x*; do printf '%s:' "$f"; cat "$f"; echo; done
## STDOUT:
xaa:aaaa

xab:bb

xac:ccccc
xad:c

## END

#### split -n chunk sizes
printf 'abcdefghij' > in; split -n 3 in; cat xaa; echo; cat xab; echo; cat xac; echo
## STDOUT:
abc
def
ghij
## END

#### split -n l/N keeps lines whole
printf 'a\nbb\nccc\ndddd\n' > in; split -n l/3 in; cat xaa; echo -; cat xab; echo -; cat xac
## STDOUT:
a
bb
-
ccc
-
dddd
## END

#### split -n r/N round robin
printf 'a\nb\nc\nd\ne\n' > in; split -n r/2 in; cat xaa; echo -; cat xab
## STDOUT:
a
c
e
-
b
d
## END

#### split -n K/N to stdout
printf 'a\nbb\nccc\ndddd\n' > in; split -n l/2/3 in; echo x*
## STDOUT:
ccc
x*
## END

#### split -n with fewer bytes than chunks
printf 'ab' > t; split -n 4 t; for f in x*; do printf '%s=%s|' $f "$(cat $f)"; done; echo
## stdout: xaa=a|xab=b|xac=|xad=|

#### split -n makes empty files unless -e
printf 'ab' > t; split -n 4 t; echo x*; rm x*; split -e -n 4 t; echo x*
## STDOUT:
xaa xab xac xad
xaa xab
## END

#### split -t separator
printf 'a,b,c' > in; split -t , -l 1 in; cat xaa; echo; cat xac; echo
## STDOUT:
a,
c
## END

#### split invalid line count
split -l 0 in; echo "status $?"
## stdout: status 1
## stderr: split: invalid number of lines: ‘0’: Numerical result out of range

#### split invalid bytes
split -b x in; echo "status $?"
## stdout: status 1
## stderr: split: invalid number of bytes: ‘x’

#### split missing input
split nope; echo "status $?"
## stdout: status 1
## stderr: split: cannot open 'nope' for reading: No such file or directory

#### split extra operand
split a b c; echo "status $?"
## stdout: status 1
## STDERR:
split: extra operand ‘c’
Try 'split --help' for more information.
## END

#### split then reassemble
i=0; while [ $i -lt 50 ]; do echo "line $i"; i=$((i+1)); done > in; split -l 7 in chunk.; cat chunk.* > out; [ "$(cat in)" = "$(cat out)" ] && echo same
## stdout: same

#### split and count
printf '%s\n' a b c d e > in; split -l 2 in pre_; for f in pre_*; do echo "$f"; done
## STDOUT:
pre_aa
pre_ab
pre_ac
## END

#### split -b suffix numeric
printf 'abcdef' | split -b 2 -d - out; echo out*
## stdout: out00 out01 out02

#### split --filter feeds each piece to a command with $FILE
seq 5 | split -l 2 --filter='wc -l'
seq 5 | split -l 2 --filter='cat > $FILE.part' --verbose; ls
## STDOUT:
2
2
1
executing with FILE=xaa
executing with FILE=xab
executing with FILE=xac
xaa.part
xab.part
xac.part
## END

#### split --filter failure stops with its status
seq 5 | split -l 2 --filter='exit 3'; echo "s $?"
## stdout: s 3
## stderr: split: with FILE=xaa, exit 3 from command: exit 3

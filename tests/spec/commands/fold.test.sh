# fold: GNU coreutils fold.

#### fold width
echo 'abcdefghij' | fold -w 3
## STDOUT:
abc
def
ghi
j
## END

#### fold default width 80
printf '%090d\n' 0 | fold
## STDOUT:
00000000000000000000000000000000000000000000000000000000000000000000000000000000
0000000000
## END

#### fold spaces
echo 'the quick brown fox jumps' | fold -s -w 10
## STDOUT:
the quick 
brown fox 
jumps
## END

#### fold bytes
printf 'a\tbcdef\n' | fold -b -w 3
## stdout-json: "a\tb\ncde\nf\n"

#### fold tabs count to 8
printf 'a\tbcdefghij\n' | fold -w 10
## stdout-json: "a\tbc\ndefghij\n"

#### fold exact width
echo 'abcdef' | fold -w 6
## stdout: abcdef

#### fold no trailing newline
printf 'abcdefg' | fold -w 3; echo '|'
## STDOUT:
abc
def
g|
## END

#### fold obsolete width option
echo 'abcdefg' | fold -3
## STDOUT:
abc
def
g
## END

#### fold long word with spaces option
echo 'a verylongwordhere b' | fold -s -w 5
## STDOUT:
a 
veryl
ongwo
rdher
e b
## END

#### fold invalid width
fold -w x /dev/null; echo $?
## stdout: 1
## stderr: fold: invalid number of columns: ‘x’

#### fold zero width
fold -w 0 /dev/null; echo $?
## stdout: 1
## stderr: fold: invalid number of columns: ‘0’: Numerical result out of range

#### fold missing file
fold nope; echo $?
## stdout: 1
## stderr: fold: nope: No such file or directory

#### fold several lines
printf 'abcd\nef\nghijk\n' | fold -w 2
## STDOUT:
ab
cd
ef
gh
ij
k
## END

# expand and unexpand: GNU coreutils.

#### expand default tabs
printf 'a\tb\tc\n' | expand
## stdout: a       b       c

#### expand tab size
printf 'a\tb\tc\n' | expand -t 4
## stdout: a   b   c

#### expand tab list
printf 'a\tb\tc\td\n' | expand -t 2,5
## stdout: a b  c d

#### expand tab list repeating tail
printf 'a\tb\tc\td\n' | expand -t '2,/4'
## stdout: a b c   d

#### expand tab list incremental tail
printf 'a\tb\tc\td\n' | expand -t 2,+4
## stdout: a b   c   d

#### expand initial only
printf '\ta\tb\n' | expand -i -t 4
## stdout-json: "    a\tb\n"

#### expand obsolete option
printf 'a\tb\n' | expand -3
## stdout: a  b

#### expand file and no newline
printf '\tx' > f; expand f; echo '|'
## STDOUT:
        x|
## END

#### expand zero tab size
expand -t 0 /dev/null; echo $?
## stdout: 1
## stderr: expand: tab size cannot be 0

#### expand descending tabs
expand -t 4,2 /dev/null; echo $?
## stdout: 1
## stderr: expand: tab sizes must be ascending

#### expand bad tab
expand -t a /dev/null; echo $?
## stdout: 1
## stderr: expand: tab size contains invalid character(s): ‘a’

#### expand misplaced slash
expand -t /4,8 /dev/null; echo $?
## stdout: 1
## stderr: expand: '/' specifier only allowed with the last value

#### unexpand leading blanks
printf '        a       b\n' | unexpand
## stdout-json: "\ta       b\n"

#### unexpand all
printf '        a       b\n' | unexpand -a
## stdout-json: "\ta\tb\n"

#### unexpand tab size implies all
printf '    a   b\n' | unexpand -t 4
## stdout-json: "\ta\tb\n"

#### unexpand first only
printf '    a   b\n' | unexpand -t 4 --first-only
## stdout-json: "\ta   b\n"

#### unexpand single blank before stop
printf 'abcdefg h\n' | unexpand -a
## stdout: abcdefg h

#### unexpand mixed blanks
printf '  \t  x\n' | unexpand
## stdout-json: "\t  x\n"

#### unexpand short run stays
printf ' a\n' | unexpand -a
## STDOUT:
 a
## END

#### expand then unexpand round trip
printf '\tx\ty\n' | expand | unexpand -a
## stdout-json: "\tx\ty\n"

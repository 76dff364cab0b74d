# lastpipe, xpg_echo, CDPATH, shopt -p/-q, printf %(fmt)T with fixed times.

#### without lastpipe a piped while loop runs in a subshell
n=0
printf 'a\nb\n' | while read -r l; do n=$((n+1)); done
echo $n
## stdout: 0

#### lastpipe keeps variables set in a piped while loop
shopt -s lastpipe
n=0
printf 'a\nb\n' | while read -r l; do n=$((n+1)); done
echo $n
## stdout: 2

#### lastpipe keeps a variable read at the end of a pipeline
shopt -s lastpipe
echo hello | read -r v
echo "v=$v"
## stdout: v=hello

#### lastpipe status of the pipeline is the last command's
shopt -s lastpipe
echo x | false; echo $?
## stdout: 1

#### shopt -p shows lastpipe off and on
shopt -p lastpipe
shopt -s lastpipe
shopt -p lastpipe
## STDOUT:
shopt -u lastpipe
shopt -s lastpipe
## END

#### shopt prints an option with its state
shopt lastpipe
shopt -s lastpipe
shopt lastpipe
## stdout-json: "lastpipe       \toff\nlastpipe       \ton\n"

#### shopt -q sets the status only
shopt -q lastpipe; echo $?
shopt -s lastpipe
shopt -q lastpipe; echo $?
## STDOUT:
1
0
## END

#### shopt -p with several options
shopt -s xpg_echo
shopt -p expand_aliases xpg_echo
## STDOUT:
shopt -u expand_aliases
shopt -s xpg_echo
## END
## status: 1

#### shopt with an unknown option
shopt -s nosuch_opt; echo $?
## stdout: 1
## stderr: bash: line 1: shopt: nosuch_opt: invalid shell option name

#### shopt -p of an unknown option
shopt -p nosuch_opt; echo $?
## stdout: 1
## stderr: bash: line 1: shopt: nosuch_opt: invalid shell option name

#### shopt -u turns an option off again
shopt -s xpg_echo; shopt -u xpg_echo
echo 'a\tb'
## stdout: a\tb

#### xpg_echo makes echo interpret escapes
shopt -s xpg_echo
echo 'a\tb\nc'
## stdout-json: "a\tb\nc\n"

#### xpg_echo with echo -E keeps escapes
shopt -s xpg_echo
echo -E 'a\nb'
## stdout: a\nb

#### xpg_echo \c stops output
shopt -s xpg_echo
echo 'one\ctwo'; echo
echo next
## STDOUT:
one
next
## END

#### xpg_echo octal escape
shopt -s xpg_echo
echo '\0101\0102'
## stdout: AB

#### CDPATH finds a directory and cd prints it
CDPATH=/
cd tmp
pwd
## STDOUT:
/tmp
/tmp
## END

#### CDPATH with a relative entry prints the full path
## file: base/sub/x
## end
CDPATH=base
out=$(cd sub)
[ "$out" = "$HOME/w/base/sub" ] && echo printed-full-path
cd sub >/dev/null; [ "$PWD" = "$HOME/w/base/sub" ] && echo moved
## STDOUT:
printed-full-path
moved
## END

#### CDPATH is searched before the current directory
## file: sub/x
## end
## file: base/sub/x
## end
CDPATH=base
cd sub >/dev/null
[ "$PWD" = "$HOME/w/base/sub" ] && echo from-cdpath
[ "$PWD" = "$HOME/w/sub" ] && echo from-cwd
## stdout: from-cdpath
## status: 1

#### an empty CDPATH entry means the current directory, not printed
## file: sub/x
## end
CDPATH=:/nonexistent
cd sub
[ "$PWD" = "$HOME/w/sub" ] && echo ok
## stdout: ok

#### CDPATH is not used for ./ paths
CDPATH=/
cd ./tmp; echo $?
## stdout: 1
## stderr: bash: line 2: cd: ./tmp: No such file or directory

#### CDPATH miss falls back to an error
CDPATH=/nonexistent
cd nope_dir; echo $?
## stdout: 1
## stderr: bash: line 2: cd: nope_dir: No such file or directory

#### printf %(%Y-%m-%d)T with a fixed time
printf '%(%Y-%m-%d)T\n' 86400
## stdout: 1970-01-02

#### printf %(...)T epoch zero
printf '%(%Y-%m-%d %H:%M:%S)T\n' 0
## stdout: 1970-01-01 00:00:00

#### printf %(%F %T)T
printf '%(%F %T)T\n' 1234567890
## stdout: 2009-02-13 23:31:30

#### printf %(...)T day and month names
printf '%(%A %a %B %b)T\n' 1000000000
## stdout: Sunday Sun September Sep

#### printf %(...)T day of year and %s
printf '%(%j %s)T\n' 1700000000
## stdout: 318 1700000000

#### printf %(...)T with a literal percent
printf '%(%%Y=%Y)T\n' 0
## stdout: %Y=1970

#### printf %(...)T with a negative time
printf '%(%F)T\n' -86400
## stdout: 1969-12-31

#### printf %(...)T with a width
printf '[%12(%Y)T]\n' 0
printf '[%-12(%Y)T]\n' 0
## STDOUT:
[        1970]
[1970        ]
## END

#### printf %(...)T for several arguments
printf '%(%Y)T\n' 0 31536000 946684800
## STDOUT:
1970
1971
2000
## END

#### printf %(...)T in a longer format
printf 'date=%(%d/%m/%Y)T time=%(%H:%M)T\n' 90061 90061
## stdout: date=02/01/1970 time=01:01

#### printf %(...)T with a non-numeric argument
printf '%(%Y)T\n' abc; echo $?
## STDOUT:
1970
1
## END
## stderr: bash: line 1: printf: abc: invalid number

#### printf -v with %(...)T
printf -v d '%(%Y-%m-%d)T' 86400
echo "d=$d"
## stdout: d=1970-01-02

#### printf -v with %(...)T and an array element
declare -a a
printf -v 'a[1]' '%(%H)T' 3600
echo "${a[1]}"
## stdout: 01

#### printf %(...)T hours and 12-hour clock
printf '%(%H %I %p %M)T\n' 50400
## stdout: 14 02 PM 00

#### printf %(...)T zone names under TZ=UTC
printf '%(%Z %z)T\n' 0
## stdout: UTC +0000

#### printf %(...)T space-padded fields
printf '[%(%e|%k|%l)T]\n' 3600
## stdout: [ 1| 1| 1]

#### printf %(...)T week fields
printf '%(%u %w %U %W %V %G)T\n' 1704067200
## stdout: 1 1 00 01 01 2024

#### printf %(...)T composite fields
printf '%(%C %y %D %R %r)T\n' 1234567890
## stdout: 20 09 02/13/09 23:31 11:31:30 PM

#### printf %()T with an empty format
printf '%()T\n' 0
## stdout: 00:00:00

#### printf %(...)T tab and newline fields
printf '%(%H%t%M%n)T' 0
## stdout-json: "00\t00\n"

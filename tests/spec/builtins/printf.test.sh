# printf: formats, widths, precision, -v, %b, %q, reuse of the format.

#### plain string with no newline
printf 'no newline'
## stdout-json: "no newline"

#### percent s and newline escape
printf '%s\n' hello
## stdout: hello

#### format is reused for extra arguments
printf '%s-' a b c; echo
## stdout: a-b-c-

#### missing arguments are empty or zero
printf '[%s|%d]\n'
## stdout: [|0]

#### integer formats
printf '%d %i %o %x %X %u\n' 42 42 8 255 255 7
## stdout: 42 42 10 ff FF 7

#### integer from a quoted character
printf '%d %d\n' "'A" '"a'
## stdout: 65 97

#### integer from hex and octal strings
printf '%d %d\n' 0x10 010
## stdout: 16 8

#### invalid integer
printf '%d\n' abc; echo "status $?"
## STDOUT:
0
status 1
## END
## stderr: bash: line 1: printf: abc: invalid number

#### width and left alignment
printf '[%5s][%-5s][%05d][%-5d]\n' ab ab 42 42
## stdout: [   ab][ab   ][00042][42   ]

#### precision for strings and floats
printf '[%.2s][%.3f][%8.3f][%-8.2f]\n' abcdef 3.14159 3.14159 2.5
## stdout: [ab][3.142][   3.142][2.50    ]

#### float formats
printf '%f %e %g %g\n' 1.5 12345.678 0.0001 100000000
## stdout: 1.500000 1.234568e+04 0.0001 1e+08

#### star width and precision
printf '[%*s][%.*s]\n' 6 ab 2 abcdef
## stdout: [    ab][ab]

#### plus and space flags
printf '[%+d][% d][%+d]\n' 5 5 -5
## stdout: [+5][ 5][-5]

#### alternate form
printf '%#x %#o\n' 255 8
## stdout: 0xff 010

#### percent literal
printf '100%%\n'
## stdout: 100%

#### character format
printf '%c%c\n' hello world
## stdout: hw

#### percent b interprets escapes in the argument
printf '%b\n' 'a\tb\nc'
## stdout-json: "a\tb\nc\n"

#### percent s does not interpret escapes
printf '%s\n' 'a\tb'
## stdout: a\tb

#### escapes in the format
printf 'x\ty\\z\n'
## stdout-json: "x\ty\\z\n"

#### octal and hex escapes in the format
printf '\101\x42\n'
## stdout: AB

#### unicode escape in the format
printf '\u00e9\n'
## stdout: é

#### percent q quotes for the shell
printf '%q\n' 'a b' "it's" '$x' ''
## STDOUT:
a\ b
it\'s
\$x
''
## END

#### percent q of a plain word
printf '%q\n' plain
## stdout: plain

#### percent q of a newline
printf '%q\n' $'a\nb'
## stdout: $'a\nb'

#### dash v assigns to a variable
printf -v out '%s=%d' key 5; echo "$out"
## stdout: key=5

#### dash v into an array element
printf -v 'arr[1]' '%s' elem; echo "${arr[1]}"
## stdout: elem

#### no arguments is an error
printf; echo "status $?"
## stdout: status 2
## stderr: printf: usage: printf [-v var] format [arguments]

#### unknown conversion
printf '%z\n' x; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: printf: `\': invalid format character

#### percent b with a backslash c stops output
printf '%b' 'one\ctwo'; echo
## stdout: one

#### argument starting with a dash
printf '%s\n' -n
## stdout: -n

#### double dash before the format
printf -- '%s\n' dashed
## stdout: dashed

#### negative width means left align
printf '[%*s]\n' -4 ab
## stdout: [ab  ]

#### percent d with a leading plus or minus string
printf '%d %d\n' +3 -3
## stdout: 3 -3

#### large integer
printf '%d\n' 9223372036854775807
## stdout: 9223372036854775807

#### integer overflow is clamped
printf '%d\n' 9223372036854775808; echo "status $?"
## STDOUT:
9223372036854775807
status 0
## END
## stderr: bash: line 1: printf: warning: 9223372036854775808: Numerical result out of range

#### zero padded negative
printf '%05d\n' -42
## stdout: -0042

#### precision on an integer
printf '%.3d\n' 7
## stdout: 007

#### string with width shorter than the value
printf '[%2s]\n' abcdef
## stdout: [abcdef]

#### tab separated columns
printf '%s\t%s\n' a b c d
## stdout-json: "a\tb\nc\td\n"

#### percent s with unicode width counts bytes
printf '[%3s]\n' é
## stdout: [ é]

#### time format
printf '%(%Y)T\n' 0
## stdout: 1970

#### /usr/bin/printf and /bin/true run by path
/usr/bin/printf '%s-%s\n' a b; /bin/true; echo "s $?"; /bin/false; echo "s $?"
## STDOUT:
a-b
s 0
s 1
## END

#### ANSI-C quoting ends at a NUL byte
printf '%s\n' $'a\x00b' $'c\0d' $'e\u0000f' | od -c
## STDOUT:
0000000   a  \n   c  \n   e  \n
0000006
## END

#### a width or precision past INT_MAX in the format drops that conversion
printf 'abc%99999999999dxyz\n' 1 | od -c
printf '%s-%99999999999d-%s|%.3000000000s|\n' p 1 q r 2 s x
## STDOUT:
0000000   a   b   c   x   y   z  \n
0000007
p--q||
2--x||
## END
## stderr: bash: line 2: printf: s: invalid number
## status: 1

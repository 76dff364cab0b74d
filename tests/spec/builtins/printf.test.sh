# printf: formats, widths, precision, -v, %b, %q, reuse of the format.

#### plain string with no newline
printf 'no newline'
## stdout-json: "no newline"

#### percent s and newline escape
printf '%s\n' hello
## stdout: hello
## gap: mirage differs from bash in stdout

#### format is reused for extra arguments
printf '%s-' a b c; echo
## stdout: a-b-c-
## gap: mirage differs from bash in stdout

#### missing arguments are empty or zero
printf '[%s|%d]\n'
## stdout: [|0]
## gap: mirage differs from bash in stdout

#### integer formats
printf '%d %i %o %x %X %u\n' 42 42 8 255 255 7
## stdout: 42 42 10 ff FF 7
## gap: mirage differs from bash in stdout

#### integer from a quoted character
printf '%d %d\n' "'A" '"a'
## stdout: 65 97
## gap: mirage differs from bash in stdout

#### integer from hex and octal strings
printf '%d %d\n' 0x10 010
## stdout: 16 8
## gap: mirage differs from bash in stdout

#### invalid integer
printf '%d\n' abc; echo "status $?"
## STDOUT:
0
status 1
## END
## stderr: bash: line 1: printf: abc: invalid number
## gap: mirage differs from bash in stdout, stderr

#### width and left alignment
printf '[%5s][%-5s][%05d][%-5d]\n' ab ab 42 42
## stdout: [   ab][ab   ][00042][42   ]
## gap: mirage differs from bash in stdout

#### precision for strings and floats
printf '[%.2s][%.3f][%8.3f][%-8.2f]\n' abcdef 3.14159 3.14159 2.5
## stdout: [ab][3.142][   3.142][2.50    ]
## gap: mirage differs from bash in stdout

#### float formats
printf '%f %e %g %g\n' 1.5 12345.678 0.0001 100000000
## stdout: 1.500000 1.234568e+04 0.0001 1e+08
## gap: mirage differs from bash in stdout

#### star width and precision
printf '[%*s][%.*s]\n' 6 ab 2 abcdef
## stdout: [    ab][ab]
## gap: mirage differs from bash in stdout

#### plus and space flags
printf '[%+d][% d][%+d]\n' 5 5 -5
## stdout: [+5][ 5][-5]
## gap: mirage differs from bash in stdout

#### alternate form
printf '%#x %#o\n' 255 8
## stdout: 0xff 010
## gap: mirage differs from bash in stdout

#### percent literal
printf '100%%\n'
## stdout: 100%
## gap: mirage differs from bash in stdout

#### character format
printf '%c%c\n' hello world
## stdout: hw
## gap: mirage differs from bash in stdout

#### percent b interprets escapes in the argument
printf '%b\n' 'a\tb\nc'
## stdout-json: "a\tb\nc\n"
## gap: mirage differs from bash in stdout

#### percent s does not interpret escapes
printf '%s\n' 'a\tb'
## stdout: a\tb
## gap: mirage differs from bash in stdout

#### escapes in the format
printf 'x\ty\\z\n'
## stdout-json: "x\ty\\z\n"
## gap: mirage differs from bash in stdout

#### octal and hex escapes in the format
printf '\101\x42\n'
## stdout: AB
## gap: mirage differs from bash in stdout

#### unicode escape in the format
printf '\u00e9\n'
## stdout: é
## gap: mirage differs from bash in stdout

#### percent q quotes for the shell
printf '%q\n' 'a b' "it's" '$x' ''
## STDOUT:
a\ b
it\'s
\$x
''
## END
## gap: mirage differs from bash in stdout

#### percent q of a plain word
printf '%q\n' plain
## stdout: plain
## gap: mirage differs from bash in stdout

#### percent q of a newline
printf '%q\n' $'a\nb'
## stdout: $'a\nb'
## gap: mirage differs from bash in stdout

#### dash v assigns to a variable
printf -v out '%s=%d' key 5; echo "$out"
## stdout: key=5
## gap: mirage differs from bash in stdout

#### dash v into an array element
printf -v 'arr[1]' '%s' elem; echo "${arr[1]}"
## stdout: elem
## gap: mirage differs from bash in stdout

#### no arguments is an error
printf; echo "status $?"
## stdout: status 2
## stderr: printf: usage: printf [-v var] format [arguments]
## gap: mirage differs from bash in stderr

#### unknown conversion
printf '%z\n' x; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: printf: `\': invalid format character
## gap: mirage differs from bash in stdout, stderr

#### percent b with a backslash c stops output
printf '%b' 'one\ctwo'; echo
## stdout: one
## gap: mirage differs from bash in stdout

#### argument starting with a dash
printf '%s\n' -n
## stdout: -n
## gap: mirage differs from bash in stdout

#### double dash before the format
printf -- '%s\n' dashed
## stdout: dashed
## gap: mirage differs from bash in stdout

#### negative width means left align
printf '[%*s]\n' -4 ab
## stdout: [ab  ]
## gap: mirage differs from bash in stdout

#### percent d with a leading plus or minus string
printf '%d %d\n' +3 -3
## stdout: 3 -3
## gap: mirage differs from bash in stdout

#### large integer
printf '%d\n' 9223372036854775807
## stdout: 9223372036854775807
## gap: mirage differs from bash in stdout

#### integer overflow is clamped
printf '%d\n' 9223372036854775808; echo "status $?"
## STDOUT:
9223372036854775807
status 0
## END
## stderr: bash: line 1: printf: warning: 9223372036854775808: Numerical result out of range
## gap: mirage differs from bash in stdout, stderr

#### zero padded negative
printf '%05d\n' -42
## stdout: -0042
## gap: mirage differs from bash in stdout

#### precision on an integer
printf '%.3d\n' 7
## stdout: 007
## gap: mirage differs from bash in stdout

#### string with width shorter than the value
printf '[%2s]\n' abcdef
## stdout: [abcdef]
## gap: mirage differs from bash in stdout

#### tab separated columns
printf '%s\t%s\n' a b c d
## stdout-json: "a\tb\nc\td\n"
## gap: mirage differs from bash in stdout

#### percent s with unicode width counts bytes
printf '[%3s]\n' é
## stdout: [ é]
## gap: mirage differs from bash in stdout

#### time format
printf '%(%Y)T\n' 0
## stdout: 1970
## gap: mirage differs from bash in stdout

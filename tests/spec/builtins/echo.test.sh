# echo: -n -e -E and combinations.

#### echo prints arguments separated by spaces
echo a   b    c
## stdout: a b c

#### echo with no arguments prints a newline
echo
## stdout-json: "\n"

#### echo -n suppresses the newline
echo -n no-newline
## stdout-json: "no-newline"

#### echo -e interprets escapes
echo -e 'a\tb\nc'
## stdout-json: "a\tb\nc\n"

#### echo without -e keeps backslashes
echo 'a\tb'
## stdout: a\tb

#### echo -E disables escapes
echo -E 'a\tb'
## stdout: a\tb

#### echo -e with backslash c stops output
echo -e 'one\ctwo'; echo
## stdout: one

#### echo -e octal and hex escapes
echo -e '\0101\x42'
## stdout: AB

#### combined flags
echo -ne 'x\ty'; echo
## stdout-json: "x\ty\n"

#### unknown flag is printed
echo -z hello
## stdout: -z hello

#### double dash is printed
echo -- hello
## stdout: -- hello

#### flag after a word is printed
echo hello -n
## stdout: hello -n

#### dash alone is printed
echo -
## stdout: -

#### echo -e with an escaped backslash
echo -e 'a\\b'
## stdout: a\b

#### echo -e with escape character
echo -e '\e' | { read -r c; [ "$c" = $'\033' ] && echo esc; }
## stdout: esc

#### echo -e unicode escape
echo -e '\u263a'
## stdout: ☺

#### echo of an empty string
echo ""
## stdout-json: "\n"

#### echo -n with several arguments
echo -n a b; echo
## stdout: a b

#### echo -nn is like -n
echo -nn x; echo
## stdout: x

#### echo -en and -ne
echo -en 'a\n'; echo -ne 'b\n'
## STDOUT:
a
b
## END

#### write error when stdout is closed
echo hi >&-; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: echo: write error: Bad file descriptor

# Quoting: single, double, backslash, $'...', $"...", and how quotes combine.

#### single quotes are literal
echo '$HOME $(x) `y` \n "q"'
## stdout: $HOME $(x) `y` \n "q"

#### double quotes expand variables
v=val; echo "v is $v"
## stdout: v is val

#### double quotes keep spaces
echo "a    b"
## stdout: a    b

#### backslash in double quotes before special characters
echo "\$ \` \" \\ \a"
## stdout: $ ` " \ \a

#### backslash newline in double quotes
echo "one \
two"
## stdout: one two

#### backslash outside quotes
echo \a\b \$x \\ \"
## stdout: ab $x \ "

#### backslash newline outside quotes joins
echo one\
two
## stdout: onetwo

#### adjacent quoted parts form one word
v=x; for w in 'a'"b"$v\ c; do echo "<$w>"; done
## stdout: <abx c>

#### empty quotes make an empty argument
set -- '' ""; echo $#
## stdout: 2

#### dollar single quote escapes
echo $'tab\there' $'nl\nx' $'q\'q' $'back\\slash'
## stdout-json: "tab\there nl\nx q'q back\\slash\n"

#### dollar single quote hex and octal
echo $'\x41\102\u00e9'
## stdout: ABé

#### dollar single quote control characters
x=$'\a\b\e\E\f\v\r\cA'; echo ${#x}; [ "$x" = "$(printf '\a\b\033\033\f\v\r\001')" ] && echo same
## STDOUT:
8
same
## END

#### dollar double quote is like double quote
v=x; echo $"v=$v"
## stdout: v=x

#### single quote inside double quotes
echo "it's"
## stdout: it's

#### double quote inside single quotes
echo 'say "hi"'
## stdout: say "hi"

#### escaping a single quote in single-quoted text
echo 'it'\''s'
## stdout: it's

#### quoted command substitution keeps newlines
x=$(printf 'a\nb'); echo "$x"
## STDOUT:
a
b
## END

#### unquoted command substitution collapses whitespace
x=$(printf 'a\n\nb  c'); echo $x
## stdout: a b c

#### quotes inside command substitution inside quotes
echo "$(echo "inner quoted")"
## stdout: inner quoted

#### quoting a hash
echo '#' "#" \#
## stdout: # # #

#### quoted keywords are not keywords
'if' 2>/dev/null; echo "status $?"
## stdout: status 127

#### quoted special characters are literal
echo ';' '|' '&' '<' '>' '(' ')'
## stdout: ; | & < > ( )

#### dollar at end of a double-quoted string
echo "cost$"
## stdout: cost$

#### unicode passes through
echo "héllo wörld ✓"
## stdout: héllo wörld ✓

#### double-quoted at-sign array in a longer string
a=(1 2); echo "x${a[@]}y"
## stdout: x1 2y

#### backslash before an ordinary character in single dollar quote
echo $'\q'
## stdout: \q

#### dollar single quote with unicode escape above BMP
echo $'\U0001F600' | { read -r l; echo ${#l}; }
## stdout: 1

#### quoted empty variable is an empty argument
e=; set -- "$e"; echo $#
## stdout: 1

#### unquoted empty variable disappears
e=; set -- $e; echo $#
## stdout: 0

#### quote removal in assignment values
x="a b"'c d'; echo "$x"
## stdout: a bc d

#### backticks with escaped backticks
echo `echo \`echo nested\``
## stdout: nested

#### double-quoted backslash before a letter is kept
echo "a\nb"
## stdout: a\nb

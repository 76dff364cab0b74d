# printf as a utility (coreutils): what `env printf`, `xargs printf` and `/usr/bin/printf`
# run; a plain `printf` is bash's builtin (tests/spec/builtins/printf.test.sh).

#### env printf quotes %q like coreutils
env printf '%q\n' 'a b' "it's" "it's \$x" '$x' '' plain 'é' '~x' 'a~b' 'x=1' $'tab\there'
## STDOUT:
'a b'
"it's"
'it'\''s $x'
'$x'
''
plain
é
'~x'
a~b
'x=1'
'tab'$'\t''here'
## END

#### env printf number errors
env printf '%d\n' 12abc abc 1.5; echo "s $?"
## STDOUT:
12
0
1
s 1
## END
## STDERR:
printf: ‘12abc’: value not completely converted
printf: ‘abc’: expected a numeric value
printf: ‘1.5’: value not completely converted
## END

#### env printf out of range
env printf '%d\n' 99999999999999999999; echo "s $?"
## STDOUT:
9223372036854775807
s 1
## END
## stderr: printf: ‘99999999999999999999’: Numerical result out of range

#### env printf invalid conversion
env printf '%z'; echo "s $?"; env printf '%y'; echo "s $?"
## STDOUT:
s 1
s 1
## END
## STDERR:
printf: %z: invalid conversion specification
printf: %y: invalid conversion specification
## END

#### env printf missing operand and excess arguments
env printf; echo "s $?"; env printf 'a\n' x y; echo "s $?"
## STDOUT:
s 1
a
s 0
## END
## STDERR:
printf: missing operand
Try 'printf --help' for more information.
printf: warning: ignoring excess arguments, starting with ‘x’
## END

#### xargs printf reuses the format
seq 3 | xargs printf '%03d\n'; echo 'a b' | xargs printf '[%s]\n'
## STDOUT:
001
002
003
[a]
[b]
## END

#### env printf -- and --version
env printf -- '%s\n' a; env printf --version | head -1
## STDOUT:
a
printf (GNU coreutils) 9.1
## END

#### the builtin still quotes like bash
printf '%q\n' 'a b'; command printf '%q\n' "it's"
## STDOUT:
a\ b
it\'s
## END

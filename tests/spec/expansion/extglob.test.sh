# Extended globs: @() !() *() +() ?(), in pathnames, [[ ]], case and parameter operators.
# `shopt -s extglob` must be on an earlier line than the pattern: bash parses a whole line first.

#### at-pattern matches one alternative
## file: a.c
## end
## file: a.h
## end
## file: a.o
## end
shopt -s extglob
echo a.@(c|h)
## stdout: a.c a.h

#### bang-pattern matches anything but
## file: a.c
## end
## file: a.h
## end
## file: a.o
## end
shopt -s extglob
echo a.!(o)
## stdout: a.c a.h

#### star-pattern matches zero or more
shopt -s extglob
for w in x xabab xabx; do [[ $w == x*(ab) ]] && echo "$w yes" || echo "$w no"; done
## STDOUT:
x yes
xabab yes
xabx no
## END

#### plus-pattern matches one or more
shopt -s extglob
for w in x xab xabab; do [[ $w == x+(ab) ]] && echo "$w yes" || echo "$w no"; done
## STDOUT:
x no
xab yes
xabab yes
## END

#### question-pattern matches zero or one
shopt -s extglob
for w in x xab xabab; do [[ $w == x?(ab) ]] && echo "$w yes" || echo "$w no"; done
## STDOUT:
x yes
xab yes
xabab no
## END

#### extglob in case
shopt -s extglob
case report.md in *.@(md|txt)) echo doc;; *) echo other;; esac
## stdout: doc

#### extglob in parameter removal
shopt -s extglob
v=aaab; echo ${v##+(a)}
## stdout: b

#### extglob in replacement
shopt -s extglob
v='a   b    c'; echo "${v//+( )/ }"
## stdout: a b c

#### extglob with no match is literal
shopt -s extglob
echo @(nope|none)
## stdout: @(nope|none)

#### nested extglob
shopt -s extglob
[[ abcabc == +(a@(b|x)c) ]] && echo yes
## stdout: yes

#### bang-pattern with star
shopt -s extglob
[[ foo.txt == !(*.txt) ]] && echo match || echo no-match
## stdout: no-match

#### extglob is on inside double brackets even when off
[[ ab == @(ab|cd) ]] && echo yes
## stdout: yes

#### extglob syntax when off is an error
shopt -u extglob
echo @(a|b)
## STDERR:
bash: -c: line 2: syntax error near unexpected token `('
bash: -c: line 2: `echo @(a|b)'
## END
## status: 2
## gap: mirage differs from bash in stdout, stderr, status

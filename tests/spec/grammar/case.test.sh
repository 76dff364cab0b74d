# case with ;; ;& ;;& and patterns.

#### case matches a literal
case foo in foo) echo hit;; esac
## stdout: hit

#### case first match wins
case a in a) echo one;; a) echo two;; esac
## stdout: one

#### case glob pattern
case hello.txt in *.sh) echo sh;; *.txt) echo txt;; esac
## stdout: txt

#### case alternation
case b in a|b|c) echo abc;; esac
## stdout: abc

#### case default branch
case zzz in a) echo a;; *) echo default;; esac
## stdout: default

#### case no match is status zero
false; case x in y) echo y;; esac; echo $?
## stdout: 0

#### case fall through with ;&
case a in a) echo a;& b) echo b;; c) echo c;; esac
## STDOUT:
a
b
## END

#### case continue matching with ;;&
case ab in a*) echo starts-a;;& *b) echo ends-b;;& c) echo c;; esac
## STDOUT:
starts-a
ends-b
## END

#### case with a character class
case 5 in [0-9]) echo digit;; *) echo other;; esac
## stdout: digit

#### case with a negated class
case x in [!0-9]) echo not-digit;; esac
## stdout: not-digit

#### case with a question mark
case ab in ??) echo two-chars;; esac
## stdout: two-chars

#### case on a variable with quoted pattern is literal
p='*'; case abc in "$p") echo literal;; *) echo glob;; esac
## stdout: glob

#### case pattern from an unquoted variable is a glob
p='a*'; case abc in $p) echo glob-var;; esac
## stdout: glob-var

#### case word is not split
v="a b"; case $v in "a b") echo whole;; esac
## stdout: whole

#### case with parenthesised pattern
case x in (x) echo paren;; esac
## stdout: paren

#### case on multiple lines
case two in
  one)
    echo 1
    ;;
  two)
    echo 2
    ;;
esac
## stdout: 2

#### last item without ;;
case x in x) echo no-terminator
esac
## stdout: no-terminator

#### case status is the body's
case x in x) (exit 6);; esac; echo $?
## stdout: 6

#### empty case body
case x in x) ;; esac; echo ok
## stdout: ok

#### case with escaped glob characters
case '*' in \*) echo star;; esac
## stdout: star

#### case empty word
case "" in "") echo empty;; esac
## stdout: empty

#### extglob enabled on the same line does not apply to that line
shopt -s extglob; case foo.c in *.@(c|h)) echo c-or-h;; esac
## STDERR:
bash: -c: line 1: syntax error near unexpected token `('
bash: -c: line 1: `shopt -s extglob; case foo.c in *.@(c|h)) echo c-or-h;; esac'
## END
## status: 2
## gap: mirage differs from bash in stdout, stderr, status

#### case with extglob pattern enabled on an earlier line
shopt -s extglob
case foo.c in *.@(c|h)) echo c-or-h;; esac
## stdout: c-or-h

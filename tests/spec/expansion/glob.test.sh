# Pathname expansion: * ? [...] [!...], nullglob, dotglob, globstar, failglob, noglob.

#### star matches files sorted
## file: b.txt
## end
## file: a.txt
## end
## file: c.md
## end
echo *.txt
## stdout: a.txt b.txt

#### star matches everything but dotfiles
## file: .hidden
## end
## file: shown
## end
echo *
## stdout: shown

#### explicit dot matches dotfiles
## file: .hidden
## end
## file: shown
## end
echo .h*
## stdout: .hidden

#### question mark matches one character
## file: a1
## end
## file: a22
## end
echo a?
## stdout: a1

#### bracket class
## file: a1
## end
## file: b1
## end
## file: c1
## end
echo [ab]1
## stdout: a1 b1

#### negated bracket class with bang
## file: a1
## end
## file: b1
## end
## file: c1
## end
echo [!a]1
## stdout: b1 c1

#### negated bracket class with caret
## file: a1
## end
## file: b1
## end
echo [^a]1
## stdout: b1

#### bracket range
## file: x1
## end
## file: x5
## end
## file: x9
## end
echo x[1-5]
## stdout: x1 x5

#### posix character class
## file: a1
## end
## file: ab
## end
echo a[[:digit:]]
## stdout: a1

#### no match stays literal
echo *.nomatch
## stdout: *.nomatch

#### quoted glob is literal
## file: a.txt
## end
echo "*.txt" '*.txt' \*.txt
## stdout: *.txt *.txt *.txt

#### glob in a variable expands when unquoted
## file: a.txt
## end
p='*.txt'; echo $p; echo "$p"
## STDOUT:
a.txt
*.txt
## END

#### glob matches directories and paths
## file: d/one.txt
## end
## file: d/two.txt
## end
echo d/*.txt
## stdout: d/one.txt d/two.txt

#### glob across directories
## file: d1/f
## end
## file: d2/f
## end
echo */f
## stdout: d1/f d2/f

#### trailing slash matches only directories
## file: dir/f
## end
## file: file
## end
echo */
## stdout: dir/

#### nullglob removes unmatched patterns
shopt -s nullglob; echo start *.nomatch end
## stdout: start end

#### nullglob in a for loop
shopt -s nullglob; for f in *.nomatch; do echo never; done; echo done
## stdout: done

#### dotglob includes dotfiles
## file: .h
## end
## file: v
## end
shopt -s dotglob; echo *
## stdout: .h v

#### dot and dotdot are never matched by star
## file: .h
## end
shopt -s dotglob; echo .*
## stdout: .h

#### failglob makes no match an error
shopt -s failglob; echo *.nomatch; echo same-line
echo next-line $?
## stdout: next-line 1
## stderr: bash: line 1: no match: *.nomatch

#### noglob disables expansion
## file: a.txt
## end
set -f; echo *.txt
## stdout: *.txt

#### globstar matches recursively
## file: top.c
## end
## file: a/mid.c
## end
## file: a/b/deep.c
## end
shopt -s globstar; echo **/*.c
## stdout: a/b/deep.c a/mid.c top.c

#### double star without globstar is a single star
## file: a/b/deep.c
## end
## file: a/mid.c
## end
echo **/*.c
## stdout: a/mid.c

#### globstar lists directories
## file: a/b/f
## end
shopt -s globstar; echo **
## stdout: a a/b a/b/f

#### glob results are separate words
## file: with space.txt
## end
for f in *.txt; do echo "<$f>"; done
## stdout: <with space.txt>

#### glob sorting is bytewise under C.UTF-8
## file: B
## end
## file: a
## end
## file: C
## end
## file: b
## end
echo *
## stdout: B C a b

#### glob with a literal prefix directory that does not exist
echo nodir/*
## stdout: nodir/*

#### glob in an assignment is not expanded
## file: a.txt
## end
x=*.txt; echo "$x"
## stdout: *.txt

#### glob in a redirect target
## file: only.txt
## end
echo hi > *.txt; cat only.txt
## stdout: hi

#### star matches the empty string
## file: abc
## end
echo abc*
## stdout: abc

#### glob characters in a file name
## file: a[1].txt
## end
echo a\[1\]*
## stdout: a[1].txt

#### bracket with a literal close bracket first
## file: ]x
## end
## file: ax
## end
echo []]x
## stdout: ]x

#### glob after a variable prefix
## file: pre-1
## end
## file: pre-2
## end
p=pre; echo $p-*
## stdout: pre-1 pre-2

#### globs in case patterns do not touch files
## file: a.txt
## end
case x.txt in *.txt) echo matched;; esac
## stdout: matched

#### GLOBIGNORE hides matches
## file: a.txt
## end
## file: b.txt
## end
GLOBIGNORE=a.txt; echo *.txt
## stdout: b.txt

#### nocaseglob
## file: ABC
## end
shopt -s nocaseglob; echo ab*
## stdout: ABC

# awk: fields, patterns, records, variables (expectations from GNU Awk 5.2.1).

#### print a field
printf 'a b c\nd e f\n' | awk '{print $2}'
## STDOUT:
b
e
## END

#### sum a column
printf '1 10\n2 20\n3 30\n' | awk '{s+=$2} END {print s}'
## stdout: 60

#### csv skip header
## file: f.csv
name,age,city
ann,30,Paris
bob,25,Rome
## end
awk -F, 'NR>1{print $3}' f.csv
## STDOUT:
Paris
Rome
## END

#### join two files NR==FNR
## file: f1
a 1
b 2
## end
## file: f2
b x
c y
a z
## end
awk 'NR==FNR{a[$1]=$2;next} $1 in a{print $0, a[$1]}' f1 f2
## STDOUT:
b x 2
a z 1
## END

#### print NF
printf 'a b c\n\n  x  y \n' | awk '{print NF}'
## STDOUT:
3
0
2
## END

#### dedupe lines
printf 'a\nb\na\nc\nb\n' | awk '!seen[$0]++'
## STDOUT:
a
b
c
## END

#### long lines
printf 'short\nthis line is definitely longer than ten\n' | awk 'length > 10'
## stdout: this line is definitely longer than ten

#### blank a field
echo 'a b c' | awk '{ $2 = ""; print }'
## stdout: a  c

#### printf columns
printf 'apple 1.5\nkiwi 22.333\n' | awk '{printf "%-10s %5.2f\n", $1, $2}'
## STDOUT:
apple       1.50
kiwi       22.33
## END

#### printf d truncates
awk 'BEGIN{printf "%d\n", 3.99}'
## stdout: 3

#### last field
printf 'a b c\nx y\n' | awk '{print $NF}'
## STDOUT:
c
y
## END

#### word count piped to sort
printf 'the cat the dog\nthe end\n' | awk '{for(i=1;i<=NF;i++) c[$i]++} END{for(w in c) print w, c[w]}' | sort
## STDOUT:
cat 1
dog 1
end 1
the 3
## END

#### word count sorted with asorti
printf 'the cat the dog\nthe end\n' | awk '{for(i=1;i<=NF;i++) c[$i]++} END{n=asorti(c, k); for(i=1;i<=n;i++) print k[i], c[k[i]]}'
## STDOUT:
cat 1
dog 1
end 1
the 3
## END

#### regex pattern
printf 'foo\nbar\nfood\n' | awk '/^fo/'
## STDOUT:
foo
food
## END

#### negated regex pattern
printf 'foo\nbar\nfood\n' | awk '!/^fo/'
## stdout: bar

#### range pattern
printf '1\nstart\n2\nend\n3\nstart\n4\n' | awk '/start/,/end/'
## STDOUT:
start
2
end
start
4
## END

#### range on same line
printf 'a\nxy\nb\n' | awk '/x/,/y/{print NR": "$0}'
## stdout: 2: xy

#### several BEGIN and END
echo x | awk 'BEGIN{print "b1"} BEGIN{print "b2"} END{print "e1"} {print} END{print "e2"}'
## STDOUT:
b1
b2
x
e1
e2
## END

#### BEGIN only reads no input
awk 'BEGIN { print "hi" }'
## stdout: hi

#### default FS strips blanks
printf '  a \t b  \n' | awk '{print "[" $1 "][" $2 "]", NF}'
## stdout: [a][b] 2

#### single char FS keeps empty fields
echo 'a::b:' | awk -F: '{print NF; for(i=1;i<=NF;i++) print i, "[" $i "]"}'
## STDOUT:
4
1 [a]
2 []
3 [b]
4 []
## END

#### tab FS with -F '\t'
printf 'a b\tc d\te\n' | awk -F '\t' '{print $2}'
## stdout: c d

#### -Ft means tab
printf 'a\tb\n' | awk -Ft '{print $2}'
## stdout: 

#### regex FS
echo 'a1b22c333d' | awk -F '[0-9]+' '{print $1, $2, $3, $4, NF}'
## stdout: a b c d 4

#### FS set in BEGIN
echo 'a;b;c' | awk 'BEGIN{FS=";"} {print $3}'
## stdout: c

#### empty FS splits characters
echo 'héllo' | awk 'BEGIN{FS=""} {print NF, $2, $5}'
## stdout: 5 é o

#### FS pipe is literal
echo 'a|b|c' | awk -F'|' '{print $2}'
## stdout: b

#### FS dot is literal
echo 'a.b.c' | awk -F. '{print $3}'
## stdout: c

#### OFS on rebuild
echo 'a b c' | awk 'BEGIN{OFS="-"} {$1=$1; print}'
## stdout: a-b-c

#### OFS in print list
echo 'a b c' | awk 'BEGIN{OFS=":"} {print $1, $3}'
## stdout: a:c

#### ORS
printf 'a\nb\n' | awk 'BEGIN{ORS="|"} {print} END{printf "\n"}'
## stdout: a|b|

#### assign NF shrinks record
echo 'a b c d' | awk '{NF=2; print; print NF}'
## STDOUT:
a b
2
## END

#### assign NF grows record
echo 'a b' | awk 'BEGIN{OFS=","} {NF=4; print}'
## stdout: a,b,,

#### assign field beyond NF
echo 'a b' | awk '{$5="e"; print; print NF}'
## STDOUT:
a b   e
5
## END

#### assign $0 resplits
echo 'a b' | awk '{$0="x y z"; print NF, $3}'
## stdout: 3 z

#### NR and FNR over two files
## file: a
1
2
## end
## file: b
3
## end
awk '{print FILENAME, NR, FNR}' a b
## STDOUT:
a 1 1
a 2 2
b 3 1
## END

#### RS paragraph mode
printf 'a b\nc\n\n\n\nd e\nf\n' | awk 'BEGIN{RS=""} {print NR": "$1"-"$NF" NF="NF}'
## STDOUT:
1: a-c NF=3
2: d-f NF=3
## END

#### RS paragraph mode with FS char keeps newline separator
printf 'a:b\nc:d\n\ne:f\n' | awk 'BEGIN{RS="";FS=":"} {print NF; print $2}'
## STDOUT:
4
b
2
f
## END

#### RS single char
printf 'a,b,c' | awk 'BEGIN{RS=","} {print NR, $0}'
## STDOUT:
1 a
2 b
3 c
## END

#### RS regex
printf 'a12b345c\n' | awk 'BEGIN{RS="[0-9]+"} {print NR, $0, RT}'
## STDOUT:
1 a 12
2 b 345
3 c
 
## END

#### RT with default RS
printf 'a\nb' | awk '{print $0 "[" RT "]"}'
## STDOUT:
a[
]
b[]
## END

#### uninitialized values
awk 'BEGIN{print x+0, "[" x "]", length(x)}'
## stdout: 0 [] 0

#### integer output and OFMT
awk 'BEGIN{print 3.0, 0.1+0.2, 1e6, 1e16, 1e-5, 123456789012, 3.14159265}'
## stdout: 3 0.3 1000000 10000000000000000 1e-05 123456789012 3.14159

#### OFMT change
awk 'BEGIN{OFMT="%.2f"; print 3.14159; x = 3.14159 ""; print x}'
## STDOUT:
3.14
3.14159
## END

#### CONVFMT change
awk 'BEGIN{CONVFMT="%.2f"; a = 3.14159; b = a ""; print b; print a}'
## STDOUT:
3.14
3.14159
## END

#### large integers print exactly
awk 'BEGIN{print 2^53, 2^53+1, 1e30, -2^63}'
## stdout: 9007199254740992 9007199254740992 1000000000000000019884624838656 -9223372036854775808

#### string to number prefix
awk 'BEGIN{print "3abc"+1, " 12 "+0, ".5"+0, "1e3"*1, "x"+0, "0x1A"+0}'
## stdout: 4 12 0.5 1000 0 0

#### strnum comparison of fields
printf '10 9\n10 abc\n2 10\n' | awk '{print ($1 > $2) ? "gt" : "le"}'
## STDOUT:
gt
le
le
## END

#### string constant comparison is string
awk 'BEGIN{print ("10" < "9"), (10 < 9), ("a" < "b"), (2 < "10")}'
## stdout: 1 0 1 0

#### -v assignment with escapes
awk -v x='a\tb' -v n=5 'BEGIN{print x; print n+1}'
## STDOUT:
a	b
6
## END

#### operand assignment between files
## file: f1
one
## end
## file: f2
two
## end
awk '{print v, $0}' v=1 f1 v=2 f2
## STDOUT:
1 one
2 two
## END

#### ARGV and ARGC
awk 'BEGIN{for(i=0;i<ARGC;i++) print i, ARGV[i]}' a b c
## STDOUT:
0 awk
1 a
2 b
3 c
## END

#### ENVIRON
FOO=bar awk 'BEGIN{print ENVIRON["FOO"]}'
## stdout: bar

#### SUBSEP and multi-dim arrays
awk 'BEGIN{a[1,2]=3; for (k in a) {split(k, p, SUBSEP); print p[1], p[2], a[k]}; if ((1,2) in a) print "yes"}'
## STDOUT:
1 2 3
yes
## END

#### delete element and whole array
awk 'BEGIN{a[1];a[2];a[3]; delete a[2]; print length(a); delete a; print length(a)}'
## STDOUT:
2
0
## END

#### in operator does not create
awk 'BEGIN{if ("x" in a) print "y"; print length(a); b["x"]; print length(b)}'
## STDOUT:
0
1
## END

#### for in over split array is ordered
awk 'BEGIN{n=split("z y x w v u t s r q p", a); for (k in a) printf "%s=%s ", k, a[k]; print ""}'
## stdout: 1=z 2=y 3=x 4=w 5=v 6=u 7=t 8=s 9=r 10=q 11=p 

#### next skips rules
printf '1\n2\n3\n' | awk '$1==2{next} {print}'
## STDOUT:
1
3
## END

#### exit code
echo x | awk '{exit 3}'
## status: 3

#### exit in BEGIN runs END
awk 'BEGIN{print "b"; exit 4} END{print "e"}'
## STDOUT:
b
e
## END
## status: 4

#### exit in END
echo x | awk 'END{print "e"; exit 1; print "no"}'
## stdout: e
## status: 1

#### getline var from main input
printf '1\n2\n3\n4\n' | awk '{getline x; print $0 "+" x}'
## STDOUT:
1+2
3+4
## END

#### plain getline updates NR
printf 'a\nb\nc\n' | awk 'NR==1{getline; print NR, $0}'
## stdout: 2 b

#### nextfile
## file: a
1
2
## end
## file: b
3
4
## end
awk 'FNR==2{nextfile} {print FILENAME, $0}' a b
## STDOUT:
a 1
b 3
## END

#### increment and decrement
awk 'BEGIN{x=5; print x++, x, ++x, x--, --x}'
## stdout: 5 6 7 7 5

#### exponent right associative and unary minus
awk 'BEGIN{print 2^3^2, -2^2, 2**3, 2^-1; x=3; x^=2; print x; x**=2; print x}'
## STDOUT:
512 -4 8 0.5
9
81
## END

#### modulo and division
awk 'BEGIN{print 7%3, -7%3, 7/2, 10%2.5}'
## stdout: 1 -1 3.5 0

#### compound assignments
awk 'BEGIN{x=10; x+=5; x-=3; x*=2; x/=4; x%=4; print x}'
## stdout: 2

#### ternary and logical
awk 'BEGIN{print (1 && 0), (1 || 0), !0, !"", !"a", (0 ? "t" : "f")}'
## stdout: 0 1 1 1 0 f

#### concatenation precedence
awk 'BEGIN{x = 1 " " 2+3 " " 4*5; print x; print 1 - 1 "x"}'
## STDOUT:
1 5 20
0x
## END

#### match operators
printf 'abc\nxyz\n' | awk '$0 ~ /b/ {print "has b:", $0} $0 !~ "y" {print "no y:", $0}'
## STDOUT:
has b: abc
no y: abc
## END

#### dynamic regex string
echo 'a.c abc' | awk '{n = split($0, w, " "); for (i=1;i<=n;i++) if (w[i] ~ "^a\\.c$") print "lit", w[i]; else if (w[i] ~ "a.c") print "any", w[i]}'
## STDOUT:
lit a.c
any abc
## END

#### regex with slash escape
echo 'a/b' | awk '/a\/b/{print "ok"}'
## stdout: ok

#### regex interval
printf 'ab\naab\naaab\n' | awk '/^a{2}b/'
## stdout: aab

#### regex character class
printf 'a1\nbb\n 3\n' | awk '/[[:digit:]]/'
## STDOUT:
a1
 3
## END

#### field reference with expression
echo 'a b c d' | awk '{i=2; print $(i+1), $i++, i, $NF}'
## stdout: c 0 2 d

#### negative field is fatal
echo 'a' | awk '{print $(-1)}'
## stderr: awk: cmd. line:1: (FILENAME=- FNR=1) fatal: attempt to access field -1
## status: 2

#### division by zero is fatal
echo 5 | awk '{x=0; print $1/x}'
## stderr: awk: cmd. line:1: (FILENAME=- FNR=1) fatal: division by zero attempted
## status: 2

#### constant division by zero is a parse error
awk 'BEGIN{print 1/0}'
## stderr: awk: cmd. line:1: error: division by zero attempted
## status: 1

#### syntax error
awk 'BEGIN { x = 1; x++ +; }'
## STDERR:
awk: cmd. line:1: BEGIN { x = 1; x++ +; }
awk: cmd. line:1:                     ^ syntax error
## END
## status: 1

#### unexpected end of program
awk 'BEGIN { print '
## STDERR:
awk: cmd. line:1: BEGIN { print 
awk: cmd. line:1:               ^ unexpected newline or end of string
## END
## status: 1

#### missing file
awk 1 nope
## stderr: awk: fatal: cannot open file `nope' for reading: No such file or directory
## status: 2

#### missing file after a good one
## file: a
x
## end
awk 1 a nope
## stdout: x
## stderr: awk: cmd. line:1: fatal: cannot open file `nope' for reading: No such file or directory
## status: 2

#### directory operand is skipped
echo x > f; awk 1 .. f
## stdout: x
## stderr: awk: warning: command line argument `..' is a directory: skipped

#### no program
awk
## STDERR:
Usage: awk [POSIX or GNU style options] -f progfile [--] file ...
Usage: awk [POSIX or GNU style options] [--] 'program' file ...
POSIX options:		GNU long options: (standard)
	-f progfile		--file=progfile
	-F fs			--field-separator=fs
	-v var=val		--assign=var=val
Short options:		GNU long options: (extensions)
	-b			--characters-as-bytes
	-c			--traditional
	-C			--copyright
	-d[file]		--dump-variables[=file]
	-D[file]		--debug[=file]
	-e 'program-text'	--source='program-text'
	-E file			--exec=file
	-g			--gen-pot
	-h			--help
	-i includefile		--include=includefile
	-I			--trace
	-l library		--load=library
	-L[fatal|invalid|no-ext]	--lint[=fatal|invalid|no-ext]
	-M			--bignum
	-N			--use-lc-numeric
	-n			--non-decimal-data
	-o[file]		--pretty-print[=file]
	-O			--optimize
	-p[file]		--profile[=file]
	-P			--posix
	-r			--re-interval
	-s			--no-optimize
	-S			--sandbox
	-t			--lint-old
	-V			--version

To report bugs, use the `gawkbug' program.
For full instructions, see the node `Bugs' in `gawk.info'
which is section `Reporting Problems and Bugs' in the
printed version.  This same information may be found at
https://www.gnu.org/software/gawk/manual/html_node/Bugs.html.
PLEASE do NOT try to report bugs by posting in comp.lang.awk,
or by using a web forum such as Stack Overflow.

gawk is a pattern scanning and processing language.
By default it reads standard input and writes standard output.

Examples:
	awk '{ sum += $1 }; END { print sum }' file
	awk -F: '{ print $1 }' /etc/passwd
## END
## status: 1

#### semicolons and newlines
awk 'BEGIN {
  x = 1
  if (x)
    print "one"
  else
    print "other"
  while (x < 3)
    x++
  print x
}'
## STDOUT:
one
3
## END

#### do while
awk 'BEGIN{i=0; do { i++ } while (i < 5); print i}'
## stdout: 5

#### for loop with break and continue
awk 'BEGIN{for(i=0;i<10;i++){if(i==2)continue; if(i==5)break; printf "%d ", i}; print ""}'
## stdout: 0 1 3 4 

#### comments and line continuation
awk 'BEGIN { # comment
  x = 1 + \
      2
  print x   # trailing
}'
## stdout: 3

#### pattern without action prints
printf '1\n2\n3\n' | awk 'NR%2'
## STDOUT:
1
3
## END

#### uninitialized array element in numeric context
awk 'BEGIN{print a["x"] + 0, length(a)}'
## stdout: 0 1

#### NR in END
printf 'a\nb\nc\n' | awk 'END{print NR, $0}'
## stdout: 3 c

#### string comparison of fields with text
printf 'b\na\nc\n' | awk '$1 > "a"'
## STDOUT:
b
c
## END

#### numeric string equality
echo '1.0 1' | awk '{print ($1 == $2), ($1 == "1")}'
## stdout: 1 0

#### IGNORECASE
printf 'ABC\nabc\n' | awk 'BEGIN{IGNORECASE=1} /abc/{n++} END{print n}'
## stdout: 2

#### multiple -f program files
## file: p1.awk
function f(x) { return x * 2 }
## end
## file: p2.awk
BEGIN { print f(21) }
## end
awk -f p1.awk -f p2.awk
## stdout: 42

#### -- ends options
awk -- 'BEGIN{print "dd"}'
## stdout: dd

#### --version first line
awk --version | awk 'NR==1'
## stdout: GNU Awk 5.2.1, API 3.2, PMA Avon 8-g1, (GNU MPFR 4.2.0, GNU MP 6.2.1)

#### -F comma with quoted fields stays simple
echo '"a,b",c' | awk -F, '{print NF}'
## stdout: 3

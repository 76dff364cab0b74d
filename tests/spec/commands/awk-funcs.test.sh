# awk: built-in functions, printf, user functions (expectations from GNU Awk 5.2.1).

#### length of string number and array
awk 'BEGIN{print length("héllo"), length(12345), length(1/4); a[1];a[2]; print length(a)}'
## STDOUT:
5 5 4
2
## END

#### length without parens uses $0
echo 'hello world' | awk '{print length}'
## stdout: 11

#### substr forms
awk 'BEGIN{s="hello"; print substr(s,2,3) "|" substr(s,2) "|" substr(s,0,2) "|" substr(s,-1,3) "|" substr(s,10) "|" substr(s,2,-1) "|" substr(s,1.5) "|" substr(s,2,1.9)}'
## stdout: ell|ello|he|hel|||hello|e

#### substr multibyte
awk 'BEGIN{print substr("héllo wörld", 2, 4)}'
## stdout: éllo

#### index
awk 'BEGIN{print index("hello", "ll"), index("hello", "z"), index("héllo", "l")}'
## stdout: 3 0 3

#### split default and custom separators
awk 'BEGIN{n=split("  a b  c ", x); print n, x[1], x[3]; n=split("a:b::c", y, ":"); print n, y[3] "|" y[4]; n=split("a1b22c", z, /[0-9]+/); print n, z[2], z[3]}'
## STDOUT:
3 a c
4 |c
3 b c
## END

#### split with seps array
awk 'BEGIN{n=split("a-b--c", p, /-+/, s); print n, s[1], s[2]}'
## stdout: 3 - --

#### split empty string
awk 'BEGIN{n=split("", a); print n, length(a)}'
## stdout: 0 0

#### sub and gsub on $0
echo 'foo bar foo' | awk '{n=gsub(/foo/, "baz"); print n, $0; sub(/baz/, "X"); print}'
## STDOUT:
2 baz bar baz
X bar baz
## END

#### gsub on a field rebuilds record
echo 'a-b c-d' | awk '{gsub(/-/, "+", $2); print; print $2}'
## STDOUT:
a-b c+d
c+d
## END

#### gsub ampersand and escaped ampersand
awk 'BEGIN{s="cat"; gsub(/a/, "[&]", s); print s; t="cat"; gsub(/a/, "\\&", t); print t; u="a.b"; gsub(/\./, "\\\\&", u); print u}'
## STDOUT:
c[a]t
c&t
a\.b
## END

#### gsub empty matches
awk 'BEGIN{s="abc"; gsub(/x*/, "-", s); print s; t="abc"; gsub(/b*/, "-", t); print t}'
## STDOUT:
-a-b-c-
-a-c-
## END

#### gsub anchored
awk 'BEGIN{s="aaa"; gsub(/^a/, "b", s); print s}'
## stdout: baa

#### sub on variable returns count
awk 'BEGIN{x="hello"; print sub(/l+/, "L", x), x; print sub(/z/, "Z", x), x}'
## STDOUT:
1 heLo
0 heLo
## END

#### gensub with groups
awk 'BEGIN{print gensub(/([a-z]+)([0-9]+)/, "\\2-\\1", "g", "abc123 de45")}'
## stdout: 123-abc 45-de

#### gensub nth occurrence
awk 'BEGIN{print gensub(/o/, "0", 2, "foo boo")}'
## stdout: fo0 boo

#### gensub on $0 leaves it alone
echo 'aaa' | awk '{x = gensub(/a/, "b", "g"); print x, $0}'
## stdout: bbb aaa

#### match sets RSTART RLENGTH
awk 'BEGIN{print match("foobar", /o+b/), RSTART, RLENGTH; print match("xyz", /a/), RSTART, RLENGTH}'
## STDOUT:
2 2 3
0 0 -1
## END

#### match with array
awk 'BEGIN{if (match("key=value", /([a-z]+)=([a-z]+)/, m)) print m[0], m[1], m[2], m[1, "start"], m[2, "length"]}'
## stdout: key=value key value 1 5

#### tolower toupper
awk 'BEGIN{print toupper("abc é"), tolower("ABC É")}'
## stdout: ABC É abc é

#### sprintf
awk 'BEGIN{s = sprintf("%05.1f|%-4s|%x", 3.14159, "ab", 255); print s}'
## stdout: 003.1|ab  |ff

#### printf flags
awk 'BEGIN{printf "%5s|%-5d|%05d|%+d|% d|%.3d|%#o|%#x|%X\n", "ab", 3, -42, 5, 5, 7, 8, 255, 255}'
## stdout:    ab|3    |-0042|+5| 5|007|010|0xff|FF

#### printf floats
awk 'BEGIN{printf "%.2f %.2f %e %E %g %G %.3g\n", 2.675, 0.125, 12345.678, 0.00012, 100000, 1e-10, 3.14159}'
## stdout: 2.67 0.12 1.234568e+04 1.200000E-04 100000 1E-10 3.14

#### printf g switches to exponent
awk 'BEGIN{printf "%g %g %g %g\n", 1e6, 123456, 1234567, 0.0001234}'
## stdout: 1e+06 123456 1.23457e+06 0.0001234

#### printf star width and precision
awk 'BEGIN{printf "%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159}'
## stdout:    42|7   |3.14

#### printf c with number and string
awk 'BEGIN{printf "%c%c%c|%c\n", 72, 105, 33, "world"}'
## stdout: Hi!|w

#### printf c with unicode code point
awk 'BEGIN{printf "%c\n", 233}'
## stdout: é

#### printf big integers
awk 'BEGIN{printf "%d %d %i\n", 2^53, 2^53+1, -2^62}'
## stdout: 9007199254740992 9007199254740992 -4611686018427387904

#### printf negative as unsigned
awk 'BEGIN{printf "%x %u %o\n", -1, -1, 8}'
## stdout: ffffffffffffffff 18446744073709551615 10

#### printf percent and string precision
awk 'BEGIN{printf "100%% %.3s|%5.2s|\n", "abcdef", "xyz"}'
## stdout: 100% abc|   xy|

#### printf not enough arguments
awk 'BEGIN{printf "%d %d\n", 1}'
## STDERR:
awk: cmd. line:1: fatal: not enough arguments to satisfy format string
	`%d %d
'
	    ^ ran out for this one
## END
## status: 2

#### printf with parenthesized arguments
awk 'BEGIN{printf("%s-%s\n", "a", "b")}'
## stdout: a-b

#### printf no newline
awk 'BEGIN{printf "x"}'
## stdout-json: "x"

#### print with parenthesized list
awk 'BEGIN{print("a", "b")}'
## stdout: a b

#### int and math
awk 'BEGIN{print int(3.9), int(-3.9), int("4.5abc"), sqrt(16), exp(0), log(1), sin(0), cos(0), atan2(0, -1)}'
## stdout: 3 -3 4 4 1 0 0 1 3.14159

#### log of negative
awk 'BEGIN{print log(-1)}'
## stdout: -nan
## stderr: awk: cmd. line:1: warning: log: received negative argument -1

#### sqrt of negative
awk 'BEGIN{print sqrt(-4)}'
## stdout: -nan
## stderr: awk: cmd. line:1: warning: sqrt: received negative argument -4

#### rand is in range and srand returns the previous seed
awk 'BEGIN{x = rand(); print (x >= 0 && x < 1); print srand(5), srand(7)}'
## STDOUT:
1
1 5
## END

#### rand with seed
awk 'BEGIN{srand(42); x = rand(); srand(42); y = rand(); print (x == y), (x >= 0 && x < 1)}'
## stdout: 1 1

#### user function with recursion
awk 'function fact(n) { return n <= 1 ? 1 : n * fact(n-1) } BEGIN{print fact(10)}'
## stdout: 3628800

#### function locals are local
awk 'function f(a,   i) { i = a * 2; return i } BEGIN{i = 5; print f(3), i}'
## stdout: 6 5

#### arrays are passed by reference
awk 'function fill(arr, n,   i) { for (i=1;i<=n;i++) arr[i]=i*i } BEGIN{fill(sq, 4); print sq[3], length(sq)}'
## stdout: 9 4

#### untyped parameter becomes array in caller
awk 'function add(a, k) { a[k] = 1 } BEGIN{add(x, "p"); add(x, "q"); print length(x)}'
## stdout: 2

#### local array parameter is fresh each call
awk 'function f(n,   tmp) { tmp[n] = 1; return length(tmp) } BEGIN{print f(1), f(2)}'
## stdout: 1 1

#### scalars are passed by value
awk 'function g(v) { v = 99 } BEGIN{x = 1; g(x); print x}'
## stdout: 1

#### function with newline before brace
awk 'function f(x)
{
  return x + 1
}
BEGIN { print f(1) }'
## stdout: 2

#### undefined function
awk 'BEGIN{f()}'
## stderr: awk: cmd. line:1: fatal: function `f' not defined
## status: 2

#### function returns uninitialized
awk 'function f() { } BEGIN{x = f(); print "[" x "]", x + 0}'
## stdout: [] 0

#### asort values
awk 'BEGIN{a["x"]=3; a["y"]=1; a["z"]=2; n=asort(a); for(i=1;i<=n;i++) printf "%s ", a[i]; print ""}'
## stdout: 1 2 3 

#### asorti into destination
awk 'BEGIN{a["b"]; a["c"]; a["a"]; n=asorti(a, k); for(i=1;i<=n;i++) printf "%s ", k[i]; print ""}'
## stdout: a b c 

#### strftime and mktime in UTC
awk 'BEGIN{print strftime("%Y-%m-%d %H:%M:%S", 0); print strftime("%Y-%m-%d", mktime("2024 02 29 12 00 00")); print mktime("1970 01 02 00 00 00")}'
## STDOUT:
1970-01-01 00:00:00
2024-02-29
86400
## END

#### systime is a number
awk 'BEGIN{t = systime(); print (t == int(t))}'
## stdout: 1

#### bit operations
awk 'BEGIN{print and(12, 10), or(12, 10), xor(12, 10), lshift(1, 4), rshift(256, 2)}'
## stdout: 8 14 6 16 64

#### strtonum
awk 'BEGIN{print strtonum("0x1F"), strtonum("017"), strtonum("12.5")}'
## stdout: 31 15 12.5

#### typeof
echo '5 x' | awk '{a[1]; print typeof(a), typeof($1), typeof($2), typeof(1), typeof("s"), typeof(zz)}'
## stdout: array strnum string number string untyped

#### substr with assignment to field
echo 'abcdef' | awk '{$1 = substr($1, 1, 3); print}'
## stdout: abc

#### toupper on fields
echo 'hello world' | awk '{print toupper(substr($1,1,1)) substr($1,2), $2}'
## stdout: Hello world

#### sprintf with no args beyond format
awk 'BEGIN{x = sprintf("plain"); print x}'
## stdout: plain

#### number to string in array subscripts
awk 'BEGIN{a[0.1+0.2] = 1; for (k in a) print k; a[1.0] = 2; print a["1"]}'
## STDOUT:
0.3
2
## END

#### concatenated numbers use CONVFMT
awk 'BEGIN{x = 3.14159265358979; y = x ""; print y}'
## stdout: 3.14159

#### getline from file
## file: data
line1
line2
## end
awk 'BEGIN{while ((getline line < "data") > 0) print "got", line; close("data")}'
## STDOUT:
got line1
got line2
## END

#### getline from missing file returns -1
awk 'BEGIN{print (getline x < "nope")}'
## stdout: -1

#### getline from command
awk 'BEGIN{"echo hello; echo world" | getline a; "echo hello; echo world" | getline b; print a, b}'
## stdout: hello world

#### getline command into $0
awk 'BEGIN{while (("printf \"1 2\\n3 4\\n\"" | getline) > 0) print $2}'
## STDOUT:
2
4
## END

#### close command and rerun
awk 'BEGIN{cmd = "echo x"; cmd | getline a; close(cmd); cmd | getline b; print a, b}'
## stdout: x x

#### print to file then read back
awk 'BEGIN{print "one" > "out.txt"; print "two" > "out.txt"; close("out.txt"); while ((getline l < "out.txt") > 0) print "r", l}'; cat out.txt
## STDOUT:
r one
r two
one
two
## END

#### append to file
echo first > f.txt; awk 'BEGIN{print "second" >> "f.txt"}'; cat f.txt
## STDOUT:
first
second
## END

#### print to stderr
awk 'BEGIN{print "err" > "/dev/stderr"; print "out"}'
## stdout: out
## stderr: err

#### print to a pipe
awk 'BEGIN{print "b" | "cat"; print "a" | "cat"}'
## STDOUT:
b
a
## END

#### pipe output runs after own output at exit
awk 'BEGIN{print "x" | "cat"; print "after"}'
## STDOUT:
x
after
## END

#### close pipe returns status
awk 'BEGIN{print "x" | "cat"; r = close("cat"); print "closed", r}'
## STDOUT:
x
closed 0
## END

#### pipe to sort
awk 'BEGIN{print "b" | "sort"; print "a" | "sort"; close("sort"); print "done"}'
## STDOUT:
a
b
done
## END

#### system runs a command
awk 'BEGIN{r = system("echo hi; exit 3"); print "r=" r}'
## STDOUT:
hi
r=3
## END

#### system flushes output first
awk 'BEGIN{printf "before "; system("echo sys"); print "after"}'
## STDOUT:
before sys
after
## END

#### redirect to a missing directory
echo x | awk '{print > "nodir/x"}'
## stderr: awk: cmd. line:1: (FILENAME=- FNR=1) fatal: cannot redirect to `nodir/x': No such file or directory
## status: 2

#### fflush
awk 'BEGIN{print "a"; fflush(); print "b"}'
## STDOUT:
a
b
## END

#### printf to file
awk 'BEGIN{printf "%s=%d\n", "k", 7 > "kv"; close("kv")}'; cat kv
## stdout: k=7

#### getline var updates NR but not NF
printf 'a b\nc d e\n' | awk 'NR==1{getline line; print NR, NF, line}'
## stdout: 2 2 c d e

#### while getline from stdin dash
printf 'x\ny\n' | awk 'BEGIN{while ((getline l < "-") > 0) n++; print n}'
## stdout: 2

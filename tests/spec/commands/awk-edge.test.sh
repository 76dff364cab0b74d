# awk: edge cases and common agent one-liners (expectations from GNU Awk 5.2.1).

#### printf s of a number uses integer or CONVFMT
awk 'BEGIN{printf "%s %s %s\n", 3.14159265, 42, 1e20}'
## stdout: 3.14159 42 100000000000000000000

#### infinity and nan output
awk 'BEGIN{x = 1e300 * 1e300; print x, -x; print log(0)}'
## STDOUT:
+inf -inf
-inf
## END

#### -v OFS with escape and rebuild
printf 'a b c\n' | awk -v OFS='\t' '{$1=$1} 1'
## stdout: a	b	c

#### NF and $0 in BEGIN
awk 'BEGIN{print NF, "[" $0 "]"}'
## stdout: 0 []

#### getline in BEGIN reads main input
printf 'first\nsecond\n' | awk 'BEGIN{getline; print "got", $0} {print "rule", $0}'
## STDOUT:
got first
rule second
## END

#### print to file named by field
printf 'x 1\ny 2\nx 3\n' | awk '{print $2 > ($1 ".out")} END{close("x.out"); close("y.out")}'; cat x.out y.out
## STDOUT:
1
3
2
## END

#### print concatenation to file
awk 'BEGIN{print "a" "b" > "o1"}'; cat o1
## stdout: ab

#### dynamic regex from variable
printf 'abz\nabc\n' | awk -v pat='^a.*z$' '$0 ~ pat'
## stdout: abz

#### split on single space string uses default splitting
awk 'BEGIN{n = split("  a   b ", p, " "); print n, p[1], p[2]}'
## stdout: 2 a b

#### delete inside for in
awk 'BEGIN{a[1];a[2];a[3]; for (k in a) delete a[k]; print length(a)}'
## stdout: 0

#### percent literal in printf
awk 'BEGIN{printf "%5.1f%%\n", 45.678}'
## stdout:  45.7%

#### numeric range pattern
printf '1\n2\n3\n4\n5\n' | awk 'NR==2, NR==4'
## STDOUT:
2
3
4
## END

#### reformat a field with sprintf
printf 'a b 3.14159\n' | awk '{ $3 = sprintf("%.2f", $3) } 1'
## stdout: a b 3.14

#### function defined after use
awk 'BEGIN{x["a"]=1; f(x)} function f(arr,  k){for(k in arr) print k, arr[k]}'
## stdout: a 1

#### chained assignment
awk 'BEGIN{a = b = 3; print a, b}'
## stdout: 3 3

#### string escapes
awk 'BEGIN{print "t\tn\\q\"s\/o\052h\x41"}'
## stdout: t	n\q"s/o*hA
## stderr: awk: cmd. line:1: warning: escape sequence `\/' treated as plain `/'

#### negative numbers and concatenation
awk 'BEGIN{print -1 " " -2; print 1 - -1; print 10 % 3 * 2; print 2 " " 3 * 4}'
## STDOUT:
-1-2
2
2
2 12
## END

#### print to dev stdout
awk 'BEGIN{print "a" > "/dev/stdout"; print "b"}'
## STDOUT:
a
b
## END

#### close of unknown returns -1
awk 'BEGIN{print close("nothing")}'
## stdout: -1

#### count empty lines
printf 'a\n\nb\n\n\n' | awk '/^$/{n++} END{print n+0}'
## stdout: 3

#### skip empty lines with NF
printf 'a\n\n  \nb\n' | awk 'NF'
## STDOUT:
a
b
## END

#### drop first field
printf 'a b c\nd e f\n' | awk '{$1=""; print substr($0, 2)}'
## STDOUT:
b c
e f
## END

#### FS as operand assignment before stdin
echo 'a,b' | awk '{print $2}' FS=,
## stdout: b

#### head with variable
printf '1\n2\n3\n4\n' | awk -v n=2 'NR<=n'
## STDOUT:
1
2
## END

#### reverse lines
printf '1\n2\n3\n' | awk '{a[NR]=$0} END{for(i=NR;i>0;i--) print a[i]}'
## STDOUT:
3
2
1
## END

#### command getline loop
awk 'BEGIN{while (("echo a b; echo c d" | getline) > 0) print $2}'
## STDOUT:
b
d
## END

#### sums per integer key
printf '1 5\n2 3\n1 7\n' | awk '{sum[$1]+=$2} END{for (k in sum) print k, sum[k]}'
## STDOUT:
1 12
2 3
## END

#### printf multibyte width
awk 'BEGIN{printf "%-5s|%5s|\n", "héé", "ü"}'
## stdout: héé  |    ü|

#### toupper of a number
awk 'BEGIN{print toupper(12) "x"}'
## stdout: 12x

#### compare field with string constant
printf 'abc\nabd\n' | awk '$1 == "abc"'
## stdout: abc

#### assign $0 in END
printf 'a b\n' | awk 'END{$0 = "x y z"; print NF, $2}'
## stdout: 3 y

#### OFS without rebuild
echo 'a b' | awk 'BEGIN{OFS="-"} {print; print $1, $2}'
## STDOUT:
a b
a-b
## END

#### getline at EOF in END
printf 'a\nb\n' | awk 'END{while ((getline l) > 0) n++; print n+0}'
## stdout: 0

#### regex literal as a value
printf 'foo\nbar\n' | awk '{x = /foo/; print x}'
## STDOUT:
1
0
## END

#### second to last field
echo 'a b c d' | awk '{print $(NF-1)}'
## stdout: c

#### decrement NF
echo 'a b c' | awk '{NF--; print}'
## stdout: a b

#### printf d of strings
awk 'BEGIN{printf "%d %d %d\n", "abc", "1e3", " 12 "}'
## stdout: 0 1000 12

#### escaped pipe as FS regex
echo 'a|b|c' | awk 'BEGIN{FS="\\|"} {print $3}'
## stdout: c

#### regex FS with spaces
echo 'a,  b,c' | awk -F', *' '{print $2 "-" $3}'
## stdout: b-c

#### uninitialized compares equal to zero and empty
awk 'BEGIN{print (x == 0), (x == ""), (x < 1)}'
## stdout: 1 1 1

#### string constant equals number
awk 'BEGIN{print ("10" == 10.0), ("1e1" == 10), (0.1 + 0.2 == 0.3)}'
## stdout: 1 0 0

#### field numeric equality
echo '10.0' | awk '{print ($1 == 10)}'
## stdout: 1

#### arithmetic output
awk 'BEGIN{print 1/3, 100000 * 100000, 2^31, 7/7, -0}'
## stdout: 0.333333 10000000000 2147483648 1 0

#### missing closing brace
awk '{print $1'
## STDERR:
awk: cmd. line:1: {print $1
awk: cmd. line:1:          ^ unexpected newline or end of string
## END
## status: 1

#### unterminated string
awk 'BEGIN{print "abc}'
## STDERR:
awk: cmd. line:1: BEGIN{print "abc}
awk: cmd. line:1:             ^ unterminated string
## END
## status: 1

#### invalid regex
echo x | awk '/[/'
## STDERR:
awk: cmd. line:1: /[/
awk: cmd. line:1:  ^ unterminated regexp
## END
## status: 1

#### dynamic invalid regex is fatal
echo x | awk '{ if ($0 ~ "(") print }'
## stderr: awk: cmd. line:1: (FILENAME=- FNR=1) fatal: invalid regexp: Unmatched ( or \(: /(/
## status: 2

#### getline from a directory fails
awk 'BEGIN{print (getline l < ".")}'
## stdout: -1

#### empty input with END
awk 'END{print NR}' < /dev/null
## stdout: 0

#### input without trailing newline
printf 'a\nb' | awk '{print NR": "$0}'
## STDOUT:
1: a
2: b
## END

#### CRLF stays in the record
printf 'a b\r\n' | awk '{print length($2)}'
## stdout: 2

#### print with comma at line end continues
awk 'BEGIN{print "a",
  "b"}'
## stdout: a b

#### and or across lines
awk 'BEGIN{if (1 &&
  1) print "yes"}'
## stdout: yes

#### semicolon after closing brace
awk 'BEGIN{x=1;};END{print x};' < /dev/null
## stdout: 1

#### regex special characters in bracket
printf 'a.b\naxb\n' | awk '/a[.]b/'
## stdout: a.b

#### word boundary gawk y
printf 'cat\nconcat\n' | awk '/\ycat\y/'
## stdout: cat

#### case-insensitive via tolower
printf 'Hello\nWORLD\n' | awk 'tolower($0) ~ /hello/'
## stdout: Hello

#### assignment to field in pattern
printf '1\n2\n' | awk '($2 = $1 * 10) > 10'
## stdout: 2 20

#### unary minus on string
awk 'BEGIN{x = "3"; print -x, +x, !x}'
## stdout: -3 3 0

#### output redirection and pipes mixed order
awk 'BEGIN{print "1"; print "2" | "cat"; close("cat"); print "3"}'
## STDOUT:
1
2
3
## END

#### deep recursion within limit
awk 'function f(n) { return n == 0 ? 0 : 1 + f(n-1) } BEGIN{print f(200)}'
## stdout: 200

#### printf reuses no format for extra args
awk 'BEGIN{printf "%s\n", "a", "b"}'
## stdout: a

#### length of array parameter
awk 'function n(a) { return length(a) } BEGIN{x[1];x[2]; print n(x)}'
## stdout: 2

#### split into array then in
awk 'BEGIN{split("a b c", arr); print (2 in arr), (4 in arr), ("1" in arr)}'
## stdout: 1 0 1

#### SUBSEP custom
awk 'BEGIN{SUBSEP=":"; a["x","y"]=1; for (k in a) print k}'
## stdout: x:y

#### substr in loop to reverse string
awk 'BEGIN{s="hello"; for(i=length(s);i>0;i--) r = r substr(s,i,1); print r}'
## stdout: olleh

#### index then substr
echo 'key=value' | awk '{i = index($0, "="); print substr($0, 1, i-1), substr($0, i+1)}'
## stdout: key value

#### nested ternary
awk 'BEGIN{for (i=1;i<=3;i++) print (i==1 ? "one" : i==2 ? "two" : "many")}'
## STDOUT:
one
two
many
## END

#### in precedence with not
awk 'BEGIN{a["x"]; if (!("y" in a)) print "no y"}'
## stdout: no y

#### getline updates NF
printf 'a\nb c d\n' | awk 'NR==1{getline; print NF}'
## stdout: 3

#### printf g with large and small
awk 'BEGIN{printf "%g %g %g %.10g\n", 1e100, 1e-100, 0, 1/3}'
## stdout: 1e+100 1e-100 0 0.3333333333

#### integer-looking float keys
awk 'BEGIN{a[1]=1; a["1"]=2; a[01]=3; print length(a), a[1]}'
## stdout: 1 3

#### print parenthesized with redirection
awk 'BEGIN{print("x", "y") > "pp"; close("pp")}'; cat pp
## stdout: x y

#### gsub with special replacement chars
echo 'path/to/file' | awk '{gsub("/", "\\"); print}'
## stdout: path\to\file

#### sub with dynamic regex string
echo 'a+b' | awk '{sub("\\+", "-"); print}'
## stdout: a-b

#### gsub dot matches any char
echo 'abc' | awk '{gsub(".", "x"); print}'
## stdout: xxx

#### assignment as right operand of && || and comparisons
awk 'BEGIN{ENVIRON["HOME"] != "" && x = 1; 0 || y = 2; print x, y, (1 == z = 2), z}'
## stdout: 1 2 0 2

#### assignment after && takes the rest of the expression
awk 'BEGIN{1 && x = 0 || 3; print x}'
## stdout: 1

#### FPAT splits quoted CSV, longest alternative wins
printf '1,"Smith, John",ok\na,,b\n,a\n' | awk -v FPAT='([^,]*)|("[^"]*")' '{printf "%d:", NF; for (i = 1; i <= NF; i++) printf "[%s]", $i; print ""}'
## STDOUT:
3:[1]["Smith, John"][ok]
3:[a][][b]
2:[][a]
## END

#### FPAT and FS: the last one assigned splits
echo 'a b' | awk 'BEGIN{FPAT="[a-z]"; FS=","} {print NF}'
echo 'a b' | awk 'BEGIN{FS=","; FPAT="[a-z]"} {print NF, FPAT}'
## STDOUT:
1
2 [a-z]
## END

#### octal constants in program text, decimal in input
echo 010 | awk '{print 010, 018, 007, 010e1, 01.5, $1+0}'
## stdout: 8 18 7 100 1.5 10

#### next in BEGIN or END is an error
awk 'BEGIN { if (1) { next } }'; echo "st=$?"
awk 'END { nextfile }' </dev/null; echo "st=$?"
## STDOUT:
st=1
st=1
## END
## STDERR:
awk: cmd. line:1: error: `next' used in BEGIN action
awk: cmd. line:1: error: `nextfile' used in END action
## END

#### output printed before close of a pipe comes first
seq 3 | awk '{ print $1 | "sort -r" } NR == 1 { print "Header" } END { close("sort -r"); print "Footer" }'
## STDOUT:
Header
3
2
1
Footer
## END

# jq: jq 1.6 command line, output format and errors (oracle: /usr/bin/jq 1.6).

#### identity pretty prints
echo '{"a":1,"b":[1,2,{}],"c":{},"d":[]}' | jq .
## STDOUT:
{
  "a": 1,
  "b": [
    1,
    2,
    {}
  ],
  "c": {},
  "d": []
}
## END

#### compact output
echo '{"a": [1, "x", null, true]}' | jq -c .
## stdout: {"a":[1,"x",null,true]}

#### field access and raw output
echo '{"name":"alice","tags":["x","y"]}' | jq -r '.name, .tags[]'
## STDOUT:
alice
x
y
## END

#### join output
echo '["a","b"]' | jq -j '.[]'
## stdout-json: "ab"

#### numbers print like jq 1.6
jq -n -c '[1.0, 1.5, 3.14, 1e17, 1.5e16, 0.00001, 1e1000, 100000000000000000000, 0.1+0.2, 10/4]'
## stdout: [1,1.5,3.14,1e+17,15000000000000000,1e-05,1.7976931348623157e+308,1e+20,0.30000000000000004,2.5]

#### input numbers are doubles
echo '1.000 123456789012345678 -0' | jq -c .
## STDOUT:
1
123456789012345680
-0
## END

#### null input
jq -n '1+1'
## stdout: 2

#### slurp
printf '1\n2\n3\n' | jq -s -c '., add'
## STDOUT:
[1,2,3]
6
## END

#### raw input lines
printf 'a\nb\n' | jq -R .
## STDOUT:
"a"
"b"
## END

#### raw input slurped
printf 'a\nb\n' | jq -Rs .
## stdout: "a\nb\n"

#### sort keys
echo '{"b":1,"a":{"d":1,"c":2}}' | jq -S -c .
## stdout: {"a":{"c":2,"d":1},"b":1}

#### tab indent
echo '{"a":[1]}' | jq --tab .
## STDOUT:
{
	"a": [
		1
	]
}
## END

#### indent 1
echo '{"a":[1]}' | jq --indent 1 .
## STDOUT:
{
 "a": [
  1
 ]
}
## END

#### ascii output
echo '"é☃"' | jq -a .
## stdout: "\u00e9\u2603"

#### string escapes
jq -n -c '"a\"b\\c\n\t\u0001\u007f/"'
## stdout: "a\"b\\c\n\t\u0001\u007f/"

#### arg and argjson
jq -n -c --arg x 1 --argjson y '{"a":2}' '[$x, $y, $ARGS.named]'
## stdout: ["1",{"a":2},{"x":"1","y":{"a":2}}]

#### positional args
jq -n -c '$ARGS.positional' --args a b
## stdout: ["a","b"]

#### jsonargs
jq -n -c '$ARGS.positional' --jsonargs 1 '{"a":2}'
## stdout: [1,{"a":2}]

#### files as input
## file: a.json
{"n":1}
## end
## file: b.json
{"n":2}
## end
jq .n a.json b.json
## STDOUT:
1
2
## END

#### missing file
jq . nope.json; echo "status $?"
## stdout: status 2
## stderr: jq: error: Could not open file nope.json: No such file or directory

#### runtime error on stdin
echo '1 2' | jq '.a'; echo "status $?"
## stdout: status 5
## STDERR:
jq: error (at <stdin>:1): Cannot index number with string "a"
jq: error (at <stdin>:1): Cannot index number with string "a"
## END

#### runtime error continues with next input
## file: f.json
{"a":1}
{"a":"x"}
{"a":2}
## end
jq '.a+1' f.json; echo "status $?"
## STDOUT:
2
3
status 0
## END
## stderr: jq: error (at f.json:2): string ("x") and number (1) cannot be added

#### error with null input location
jq -n '[1]|.a'; echo "status $?"
## stdout: status 5
## stderr: jq: error (at <unknown>): Cannot index array with string "a"

#### iterate over number
jq -n '5|.[]'
## status: 5
## stderr: jq: error (at <unknown>): Cannot iterate over number (5)

#### user error string
echo 1 | jq 'error("boom")'
## status: 5
## stderr: jq: error (at <stdin>:1): boom

#### user error object
echo 1 | jq 'error({"a":1})'
## status: 5
## stderr: jq: error (at <stdin>:1) (not a string): {"a":1}

#### subtract message truncates values
jq -n '{"aaaaaaaaaaaaaaaaaaaa":1} - 1'
## status: 5
## stderr: jq: error (at <unknown>): object ({"aaaaaaaaa...) and number (1) cannot be subtracted

#### try catch
jq -n -c '[.[]?], (try error("x") catch .), (try error({"a":1}) catch .a)'
## STDOUT:
[]
"x"
1
## END

#### undefined function is a compile error
jq -n 'foo'; echo "status $?"
## stdout: status 3
## STDERR:
jq: error: foo/0 is not defined at <top-level>, line 1:
foo
jq: 1 compile error
## END

#### syntax error status
jq -n '.[' 2>/dev/null; echo "status $?"
## stdout: status 3

#### parse error of input
echo '{"a":1' | jq .; echo "status $?"
## stdout: status 4
## stderr: parse error: Unfinished JSON term at EOF at line 2, column 0

#### invalid literal
echo 'foo' | jq .
## status: 4
## stderr: parse error: Invalid literal at line 2, column 0

#### output before a parse error
echo '1 [2' | jq -c .
## stdout: 1
## status: 4
## stderr: parse error: Unfinished JSON term at EOF at line 2, column 0

#### exit status from last output
echo '1' | jq -e 'false'; echo "s=$?"; echo 1 | jq -e '.'; echo "s=$?"; echo 1 | jq -e empty; echo "s=$?"
## STDOUT:
false
s=1
1
s=0
s=4
## END

#### unknown option
jq -x .; echo "status $?"
## stdout: status 2
## STDERR:
jq: Unknown option -x
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### arg missing its value
jq --arg x; echo "status $?"
## stdout: status 2
## STDERR:
jq: --arg takes two parameters (e.g. --arg varname value)
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### version
jq --version
## stdout: jq-1.6

#### formats
echo '[1,"a",null,true,1.5,"x\"y"]' | jq -r '@csv, @tsv, @sh, @json, @base64, (@base64|@base64d)'
## STDOUT:
1,"a",,true,1.5,"x""y"
1	a		true	1.5	x"y
1 'a' null true 1.5 'x"y'
[1,"a",null,true,1.5,"x\"y"]
WzEsImEiLG51bGwsdHJ1ZSwxLjUsInhcInkiXQ==
[1,"a",null,true,1.5,"x\"y"]
## END

#### html uri and sh formats
echo '"<&>'"'"' é/?"' | jq -r '@html, @uri, @sh'
## STDOUT:
&lt;&amp;&gt;&apos; é/?
%3C%26%3E'%20%C3%A9%2F%3F
'<&>'\'' é/?'
## END

#### common builtins
echo '{"b":2,"a":[3,1,2]}' | jq -c 'keys, (.a|sort), (.a|length), (.a|add), (.a|map(.*2)), to_entries[0], has("a"), (.a|index(1)), ([.a[]|select(.>1)])'
## STDOUT:
["a","b"]
[1,2,3]
3
6
[6,2,4]
{"key":"b","value":2}
true
1
[3,2]
## END

#### string builtins
jq -n -c '"a,b,c"|split(","), ("abc"|test("B";"i")), ("hello"|ascii_upcase), ("x-y"|sub("-";"+")), ("aaa"|gsub("a";"b")), ("abc"|ltrimstr("a")), ([1,2]|join("-")), ("5"|tonumber), (5|tostring), ("abc"|explode)'
## STDOUT:
["a","b","c"]
true
"HELLO"
"x+y"
"bbb"
"bc"
"1-2"
5
"5"
[97,98,99]
## END

#### reduce, paths and update
jq -n -c 'reduce range(5) as $i (0; .+$i), ({"a":{"b":1}}|[paths]), ({"a":1}|.a+=1), ({"a":1,"b":2}|del(.a)), ({"a":{"b":{"c":1}}}|getpath(["a","b"]))'
## STDOUT:
10
[["a"],["a","b"]]
{"a":2}
{"b":2}
{"c":1}
## END

#### group unique min max
echo '[{"k":"a","v":1},{"k":"b","v":2},{"k":"a","v":3}]' | jq -c '(group_by(.k)|map({k:.[0].k, s:(map(.v)|add)})), (map(.k)|unique), (max_by(.v).v), (min_by(.v).v)'
## STDOUT:
[{"k":"a","s":4},{"k":"b","s":2}]
["a","b"]
3
1
## END

#### env and ENV
export FOO=bar; jq -n -r 'env.FOO, $ENV.FOO'
## STDOUT:
bar
bar
## END

#### input and inputs
printf '1 2 3' | jq -n -c '[inputs]'; printf '1 2 3 4' | jq -c '[., input]'
## STDOUT:
[1,2,3]
[1,2]
[3,4]
## END

#### slurpfile and rawfile
## file: v.json
1 2
## end
## file: r.txt
hi
## end
jq -n -c --slurpfile a v.json --rawfile b r.txt '[$a, $b]'
## stdout: [[1,2],"hi\n"]

#### program from a file
## file: p.jq
.a | . * 2
## end
echo '{"a":4}' | jq -f p.jq
## stdout: 8

#### halt_error
jq -n '"bye\n"|halt_error(1)'; echo "status $?"
## stdout: status 1
## stderr: bye

#### debug writes to stderr
jq -n -c '1|debug'
## stdout: 1
## stderr: ["DEBUG:",1]

#### tostring of floats
jq -n -c '[1.0|tostring, (1.5|tostring), ([1,2]|tostring)]'
## stdout: ["1","1.5","[1,2]"]

#### no program reads stdin with identity
echo '[1]' | jq -c
## stdout: [1]

#### empty input gives no output
printf '' | jq .; echo "status $?"
## stdout: status 0

#### object construction and string interpolation
echo '{"user":"u","id":7}' | jq -c '{name: .user, "x": (.id+1), msg: "id=\(.id)"}'
## stdout: {"name":"u","x":8,"msg":"id=7"}

#### if and alternative
jq -n -c '[1,null,false,2] | map(if . then "y" else "n" end), (.[1] // "dflt")'
## STDOUT:
["y","n","n","y"]
"dflt"
## END

#### raw string output of nested string
echo '{"a":"x\ny"}' | jq -r .a
## STDOUT:
x
y
## END

#### from_entries with name and value
jq -n -c '[{"name":"a","value":1}] | from_entries'
## stdout: {"a":1}

#### ltrimstr on a non-string is identity
jq -n -c '5 | ltrimstr("a"), ("abc" | ltrimstr("a"), rtrimstr("c"))'
## STDOUT:
5
"bc"
"ab"
## END

#### join with null and numbers
jq -n -c '["a",1,null] | join("-")'
## stdout: "a-1-"

#### negative number program is not an option
jq -n '-1|tostring'
## stdout: "-1"

#### leaf_paths and IN
jq -n -c '{"a":[{"b":1}]} | [leaf_paths], ([1,2] | IN(1)), (2 | IN(1,2))'
## STDOUT:
[["a",0,"b"]]
false
true
## END

#### debug comes before the value
jq -n -c '1|debug' 2>&1
## STDOUT:
["DEBUG:",1]
1
## END

#### assignment creates missing objects
jq -n -c '.a.b = 1'
## stdout: {"a":{"b":1}}

#### assignment extends arrays
jq -n -c '[1,2] | .[3] = 1'
## stdout: [1,2,null,1]

#### update through null and past the end
jq -n -c '.x += 1, (null | .a[2] = 1), ({"a":1} | .b.c |= 5), (setpath(["a",0]; 1)), ([1,2] | .[1:] = ["x"]), del(.a)'
## STDOUT:
{"x":1}
{"a":[null,null,1]}
{"a":1,"b":{"c":5}}
{"a":[1]}
[1,"x"]
null
## END

#### delete and map values
jq -n -c '[1,2,3] | del(.[0]), map_values(. * 2), (.[] |= . + 1), to_entries[0]'
## STDOUT:
[2,3]
[2,4,6]
[2,3,4]
{"key":0,"value":1}
## END

#### parse error at end of input without newline
printf 'foo' | jq .; echo "status $?"
## stdout: status 4
## stderr: parse error: Invalid literal at EOF at line 1, column 3

#### length contains has indices
jq -n -c '[1,2]|length, ("héllo"|length), (-5|length), ({"a":1}|has("a")), ([1,2]|has(1)), ("foobar"|contains("bar")), ({"a":[1,2]}|contains({"a":[1]})), ("abcb"|indices("b")), ([1,2,1]|indices(1))'
## STDOUT:
2
5
5
true
true
true
true
[1,3]
[0,2]
## END

#### base64 decode is lenient
jq -n -r '"YWJ"|@base64d, ("YWJj"|@base64d), ("aGk="|@base64d)'
## STDOUT:
ab
abc
hi
## END

#### jq -n '{} | .a.b.c = 1' -c
jq -n '{} | .a.b.c = 1' -c
## stdout: {"a":{"b":{"c":1}}}

#### jq -nc 'null | .a[2].b = 1'
jq -nc 'null | .a[2].b = 1'
## stdout: {"a":[null,null,{"b":1}]}

#### echo '[1,2,3,4]' | jq -c 'del(.[0,2])'
echo '[1,2,3,4]' | jq -c 'del(.[0,2])'
## stdout: [2,4]

#### echo '[1,2,3,4]' | jq -c 'del(.[1:3])'
echo '[1,2,3,4]' | jq -c 'del(.[1:3])'
## stdout: [1,4]

#### echo '{"a":1,"b":2}' | jq -c 'del(.a, .b)'
echo '{"a":1,"b":2}' | jq -c 'del(.a, .b)'
## stdout: {}

#### jq -nc '[limit(0; 1,2)]'
jq -nc '[limit(0; 1,2)]'
## stdout: [1]

#### jq -nc '[limit(-1; 1,2)]'
jq -nc '[limit(-1; 1,2)]'
## stdout: [1,2]

#### jq -n '1/0'
jq -n '1/0'
## STDERR:
jq: error: Division by zero? at <top-level>, line 1:
1/0
jq: 1 compile error
## END
## status: 3

#### jq -n '1 as $x | $x/0'
jq -n '1 as $x | $x/0'
## stderr: jq: error (at <unknown>): number (1) and number (0) cannot be divided because the divisor is zero
## status: 5

#### jq -n '1%0'
jq -n '1%0'
## stderr: jq: error (at <unknown>): number (1) and number (0) cannot be divided (remainder) because the divisor is zero
## status: 5

#### echo 0 | jq '1/.'
echo 0 | jq '1/.'
## stderr: jq: error (at <stdin>:1): number (1) and number (0) cannot be divided because the divisor is zero
## status: 5

#### jq -n --seq '1,[2]'
jq -n --seq '1,[2]'
## STDOUT:
1
[
  2
]
## END

#### jq -n '$__loc__'
jq -n '$__loc__'
## STDOUT:
{
  "file": "<top-level>",
  "line": 1
}
## END

#### jq -n -c '{a:$__loc__}'
jq -n -c '{a:$__loc__}'
## stdout: {"a":{"file":"<top-level>","line":1}}

#### jq -n 'walk(.)'
jq -n 'walk(.)'
## stdout: null

#### jq -n '[1,[2]] | walk(if type=="number" then .+1 else . end)
jq -n '[1,[2]] | walk(if type=="number" then .+1 else . end)' -c
## stdout: [2,[3]]

#### jq -n '.a?//1'
jq -n '.a?//1'
## stderr-json: "jq: error: syntax error, unexpected ?//, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a?//1  \njq: 1 compile error\n"
## status: 3

#### jq -n '$__prog_args'
jq -n '$__prog_args'
## STDERR:
jq: error: $__prog_args is not defined at <top-level>, line 1:
$__prog_args
jq: 1 compile error
## END
## status: 3

#### jq -n '1e1000'
jq -n '1e1000'
## stdout: 1.7976931348623157e+308

#### jq -n '-1e1000'
jq -n '-1e1000'
## stdout: -1.7976931348623157e+308

#### jq -n '[1e1000]' -c
jq -n '[1e1000]' -c
## stdout: [1.7976931348623157e+308]

#### jq -n '-0'
jq -n '-0'
## stdout: -0

#### jq -n '3.0000000000000004'
jq -n '3.0000000000000004'
## stdout: 3.0000000000000004

#### jq -n '0.1+0.2'
jq -n '0.1+0.2'
## stdout: 0.30000000000000004

#### jq -n '100000000000000000000'
jq -n '100000000000000000000'
## stdout: 1e+20

#### echo '100000000000000000000 12345678901234567890 1.0 1.50 -0
echo '100000000000000000000 12345678901234567890 1.0 1.50 -0 1e3 1E-3' | jq -c .
## STDOUT:
1e+20
12345678901234567000
1
1.5
-0
1000
0.001
## END

#### jq -n '1.0'
jq -n '1.0'
## stdout: 1

#### jq -n 'nan' ; jq -n '[nan]' -c; jq -n 'infinite'
jq -n 'nan' ; jq -n '[nan]' -c; jq -n 'infinite'
## STDOUT:
null
[null]
1.7976931348623157e+308
## END

#### jq -n '[.[]?]' -c
jq -n '[.[]?]' -c
## stdout: []

#### jq -n '"\(1+2)x\("a")\([1])"'
jq -n '"\(1+2)x\("a")\([1])"'
## stdout: "3xa[1]"

#### jq -n '@sh "echo \("a b" , 1)"'
jq -n '@sh "echo \("a b" , 1)"'
## STDOUT:
"echo 'a b'"
"echo 1"
## END

#### jq -rn '["a",1,null,true,"x\"y"] | @csv'
jq -rn '["a",1,null,true,"x\"y"] | @csv'
## stdout: "a",1,,true,"x""y"

#### jq -rn '["a\tb",1,null,true,"x\\y"] | @tsv'
jq -rn '["a\tb",1,null,true,"x\\y"] | @tsv'
## stdout: a\tb	1		true	x\\y

#### jq -rn '"a b'"'"'c" | @sh'
jq -rn '"a b'"'"'c" | @sh'
## stdout: 'a b'\''c'

#### jq -rn '["a b", 2] | @sh'
jq -rn '["a b", 2] | @sh'
## stdout: 'a b' 2

#### jq -rn '"aGVsbG8=" | @base64d'
jq -rn '"aGVsbG8=" | @base64d'
## stdout: hello

#### jq -rn '"hello" | @base64'
jq -rn '"hello" | @base64'
## stdout: aGVsbG8=

#### jq -rn '"a b&c=d/é?" | @uri'
jq -rn '"a b&c=d/é?" | @uri'
## stdout: a%20b%26c%3Dd%2F%C3%A9%3F

#### jq -rn '"<a href=\"x\">'"'"'&</a>" | @html'
jq -rn '"<a href=\"x\">'"'"'&</a>" | @html'
## stdout: &lt;a href=&quot;x&quot;&gt;&apos;&amp;&lt;/a&gt;

#### jq -rn '[1,"a"] | @text'
jq -rn '[1,"a"] | @text'
## stdout: [1,"a"]

#### jq -rn '[1,"a"] | @json'
jq -rn '[1,"a"] | @json'
## stdout: [1,"a"]

#### jq -rn '@json "x\([1,"a"])"'
jq -rn '@json "x\([1,"a"])"'
## stdout: x[1,"a"]

#### jq -rn '{a:1} | @csv'
jq -rn '{a:1} | @csv'
## stderr: jq: error (at <unknown>): object ({"a":1}) cannot be csv-formatted, only array
## status: 5

#### jq -rn '[[1]] | @csv'
jq -rn '[[1]] | @csv'
## stderr: jq: error (at <unknown>): array ([1]) is not valid in a csv row
## status: 5

#### jq -rn '[{}] | @tsv'
jq -rn '[{}] | @tsv'
## stderr: jq: error (at <unknown>): object ({}) is not valid in a csv row
## status: 5

#### echo '{"a":1' | jq .
echo '{"a":1' | jq .
## stderr: parse error: Unfinished JSON term at EOF at line 2, column 0
## status: 4

#### echo '{"a":1}x' | jq .
echo '{"a":1}x' | jq .
## STDOUT:
{
  "a": 1
}
## END
## stderr: parse error: Invalid numeric literal at line 2, column 0
## status: 4

#### printf '{"a":1}\n{"b":\n' | jq -c .
printf '{"a":1}\n{"b":\n' | jq -c .
## stdout: {"a":1}
## stderr: parse error: Unfinished JSON term at EOF at line 3, column 0
## status: 4

#### echo '[1,2' | jq .
echo '[1,2' | jq .
## stderr: parse error: Unfinished JSON term at EOF at line 2, column 0
## status: 4

#### echo 'nul' | jq .
echo 'nul' | jq .
## stderr: parse error: Invalid literal at line 2, column 0
## status: 4

#### echo "{'a':1}" | jq .
echo "{'a':1}" | jq .
## stderr: parse error: Invalid numeric literal at line 1, column 5
## status: 4

#### echo '[1,,2]' | jq .
echo '[1,,2]' | jq .
## stderr: parse error: Expected value before ',' at line 1, column 4
## status: 4

#### echo '1 2 ]' | jq .
echo '1 2 ]' | jq .
## STDOUT:
1
2
## END
## stderr: parse error: Unmatched ']' at line 1, column 5
## status: 4

#### jq -n '.a.'
jq -n '.a.'
## stderr-json: "jq: error: syntax error, unexpected $end, expecting FORMAT or QQSTRING_START (Unix shell quoting issues?) at <top-level>, line 1:\n.a.  \njq: 1 compile error\n"
## status: 3

#### jq -n '.['
jq -n '.['
## stderr-json: "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.[ \njq: 1 compile error\n"
## status: 3

#### jq -n 'foo'
jq -n 'foo'
## STDERR:
jq: error: foo/0 is not defined at <top-level>, line 1:
foo
jq: 1 compile error
## END
## status: 3

#### jq -n 'foo(1)'
jq -n 'foo(1)'
## STDERR:
jq: error: foo/1 is not defined at <top-level>, line 1:
foo(1)
jq: 1 compile error
## END
## status: 3

#### jq -n '1 +'
jq -n '1 +'
## stderr-json: "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n1 +  \njq: 1 compile error\n"
## status: 3

#### jq -n '{a:}'
jq -n '{a:}'
## stderr-json: "jq: error: syntax error, unexpected '}' (Unix shell quoting issues?) at <top-level>, line 1:\n{a:}   \njq: 1 compile error\n"
## status: 3

#### jq -n '"abc'
jq -n '"abc'
## stderr-json: "jq: error: syntax error, unexpected $end, expecting QQSTRING_TEXT or QQSTRING_INTERP_START or QQSTRING_END (Unix shell quoting issues?) at <top-level>, line 1:\n\"abc \njq: 1 compile error\n"
## status: 3

#### jq -n '}'
jq -n '}'
## STDERR:
jq: error: syntax error, unexpected INVALID_CHARACTER, expecting $end (Unix shell quoting issues?) at <top-level>, line 1:
}
jq: 1 compile error
## END
## status: 3

#### jq -n 'if . then 1'
jq -n 'if . then 1'
## stderr-json: "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\nif . then 1          \njq: error: Possibly unterminated 'if' statement at <top-level>, line 1:\nif . then 1\njq: 2 compile errors\n"
## status: 3

#### jq -n '. as [$a] | $b'
jq -n '. as [$a] | $b'
## stderr-json: "jq: error: $b is not defined at <top-level>, line 1:\n. as [$a] | $b            \njq: 1 compile error\n"
## status: 3

#### jq -n '[1,2] | .a'
jq -n '[1,2] | .a'
## stderr: jq: error (at <unknown>): Cannot index array with string "a"
## status: 5

#### jq -n '{} | .[0]'
jq -n '{} | .[0]'
## stderr: jq: error (at <unknown>): Cannot index object with number
## status: 5

#### jq -n '"a" - 1'
jq -n '"a" - 1'
## stderr: jq: error (at <unknown>): string ("a") and number (1) cannot be subtracted
## status: 5

#### jq -n '{} + 1'
jq -n '{} + 1'
## stderr: jq: error (at <unknown>): object ({}) and number (1) cannot be added
## status: 5

#### jq -n '[] | implode'
jq -n '[] | implode'
## stdout: ""

#### jq -n '1 | keys'
jq -n '1 | keys'
## stderr: jq: error (at <unknown>): number (1) has no keys
## status: 5

#### jq -n '"abc" | .[0]'
jq -n '"abc" | .[0]'
## stderr: jq: error (at <unknown>): Cannot index string with number
## status: 5

#### jq -n 'null | length'
jq -n 'null | length'
## stdout: 0

#### jq -n 'true | length'
jq -n 'true | length'
## stderr: jq: error (at <unknown>): boolean (true) has no length
## status: 5

#### jq -n '"x" | tonumber'
jq -n '"x" | tonumber'
## stderr: jq: error (at <unknown>): Invalid numeric literal at EOF at line 1, column 1 (while parsing 'x')
## status: 5

#### jq -n '"1x" | tonumber'
jq -n '"1x" | tonumber'
## stderr: jq: error (at <unknown>): Invalid numeric literal at EOF at line 1, column 2 (while parsing '1x')
## status: 5

#### jq -n '[1] | tonumber'
jq -n '[1] | tonumber'
## stderr: jq: error (at <unknown>): array ([1]) cannot be parsed as a number
## status: 5

#### jq -n '{} | tostring'
jq -n '{} | tostring'
## stdout: "{}"

#### jq -n '"a" | error'
jq -n '"a" | error'
## stderr: jq: error (at <unknown>): a
## status: 5

#### jq -n '{a:1} | error'
jq -n '{a:1} | error'
## stderr: jq: error (at <unknown>) (not a string): {"a":1}
## status: 5

#### jq -n 'error(null)'
jq -n 'error(null)'

#### jq -n 'error'
jq -n 'error'

#### jq -en 'null'; echo rc=$?
jq -en 'null'; echo rc=$?
## STDOUT:
null
rc=1
## END

#### jq -en 'false'; echo rc=$?
jq -en 'false'; echo rc=$?
## STDOUT:
false
rc=1
## END

#### jq -en '1'; echo rc=$?
jq -en '1'; echo rc=$?
## STDOUT:
1
rc=0
## END

#### jq -en 'empty'; echo rc=$?
jq -en 'empty'; echo rc=$?
## stdout: rc=4

#### jq -e '.' </dev/null; echo rc=$?
jq -e '.' </dev/null; echo rc=$?
## stdout: rc=0

#### jq -en '1, null'; echo rc=$?
jq -en '1, null'; echo rc=$?
## STDOUT:
1
null
rc=1
## END

#### jq -en 'error("x")'; echo rc=$?
jq -en 'error("x")'; echo rc=$?
## stdout: rc=5
## stderr: jq: error (at <unknown>): x

#### echo '1 2' | jq -e 'if .==1 then false else 1 end'; echo rc=
echo '1 2' | jq -e 'if .==1 then false else 1 end'; echo rc=$?
## STDOUT:
false
1
rc=0
## END

#### jq . /nonexistent; echo rc=$?
jq . /nonexistent; echo rc=$?
## stdout: rc=2
## stderr: jq: error: Could not open file /nonexistent: No such file or directory

#### jq . /nonexistent /nonexistent2; echo rc=$?
jq . /nonexistent /nonexistent2; echo rc=$?
## stdout: rc=2
## STDERR:
jq: error: Could not open file /nonexistent: No such file or directory
jq: error: Could not open file /nonexistent2: No such file or directory
## END

#### jq; echo rc=$?
jq; echo rc=$?
## stdout: rc=0

#### jq -Z . ; echo rc=$?
jq -Z . ; echo rc=$?
## stdout: rc=2
## STDERR:
jq: Unknown option -Z
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### jq --foo . ; echo rc=$?
jq --foo . ; echo rc=$?
## stdout: rc=2
## STDERR:
jq: Unknown option --foo
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### jq --arg x; echo rc=$?
jq --arg x; echo rc=$?
## stdout: rc=2
## STDERR:
jq: --arg takes two parameters (e.g. --arg varname value)
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### jq -n --argjson x '{bad' '$x'; echo rc=$?
jq -n --argjson x '{bad' '$x'; echo rc=$?
## stdout: rc=2
## STDERR:
jq: invalid JSON text passed to --argjson
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### jq -n --slurpfile x /nope '$x'; echo rc=$?
jq -n --slurpfile x /nope '$x'; echo rc=$?
## stdout: rc=2
## stderr: jq: Bad JSON in --slurpfile x /nope: Could not open /nope: No such file or directory

#### jq -n --rawfile x /nope '$x'; echo rc=$?
jq -n --rawfile x /nope '$x'; echo rc=$?
## stdout: rc=2
## stderr: jq: Bad JSON in --rawfile x /nope: Could not open /nope: No such file or directory

#### jq -n --indent 9 '1'; echo rc=$?
jq -n --indent 9 '1'; echo rc=$?
## stdout: rc=2
## STDERR:
jq: --indent takes a number between -1 and 7
Use jq --help for help with command-line options,
or see the jq manpage, or online docs  at https://stedolan.github.io/jq
## END

#### jq -n --indent 1 '[1,{"a":2}]'
jq -n --indent 1 '[1,{"a":2}]'
## STDOUT:
[
 1,
 {
  "a": 2
 }
]
## END

#### jq -n --indent 0 '[1,{"a":2}]'
jq -n --indent 0 '[1,{"a":2}]'
## stdout: [1,{"a":2}]

#### jq -n --tab '[1,{"a":2}]'
jq -n --tab '[1,{"a":2}]'
## STDOUT:
[
	1,
	{
		"a": 2
	}
]
## END

#### jq -n --indent 7 '{a:[1]}'
jq -n --indent 7 '{a:[1]}'
## STDOUT:
{
       "a": [
              1
       ]
}
## END

#### jq -n --arg x 1 --argjson y '{"a":2}' '[$x,$y]' -c
jq -n --arg x 1 --argjson y '{"a":2}' '[$x,$y]' -c
## stdout: ["1",{"a":2}]

#### jq -n '$ARGS' -c --arg a b --args x y
jq -n '$ARGS' -c --arg a b --args x y
## stdout: {"positional":["x","y"],"named":{"a":"b"}}

#### jq -n '$ARGS' -c --jsonargs 1 '{"a":2}'
jq -n '$ARGS' -c --jsonargs 1 '{"a":2}'
## stdout: {"positional":[1,{"a":2}],"named":{}}

#### jq -nc '$__prog_args' --args a b
jq -nc '$__prog_args' --args a b
## STDERR:
jq: error: $__prog_args is not defined at <top-level>, line 1:
$__prog_args
jq: 1 compile error
## END
## status: 3

#### jq -rn '"a","b"'
jq -rn '"a","b"'
## STDOUT:
a
b
## END

#### jq -jn '"a","b",1'
jq -jn '"a","b",1'
## stdout-json: "ab1"

#### jq -an '"é☃𝄞"'
jq -an '"é☃𝄞"'
## stdout: "\u00e9\u2603\ud834\udd1e"

#### jq -cn '{"b":1,"a":{"d":1,"c":2}}' -S
jq -cn '{"b":1,"a":{"d":1,"c":2}}' -S
## stdout: {"a":{"c":2,"d":1},"b":1}

#### jq -n -S '{"b":1,"a":{"d":1,"c":2}}'
jq -n -S '{"b":1,"a":{"d":1,"c":2}}'
## STDOUT:
{
  "a": {
    "c": 2,
    "d": 1
  },
  "b": 1
}
## END

#### printf '1 2 3' | jq -s -c .
printf '1 2 3' | jq -s -c .
## stdout: [1,2,3]

#### printf '1 2 3' | jq -sn -c '., input'
printf '1 2 3' | jq -sn -c '., input'
## STDOUT:
null
[1,2,3]
## END

#### printf '1 2 3' | jq -n -c '[inputs]'
printf '1 2 3' | jq -n -c '[inputs]'
## stdout: [1,2,3]

#### printf '1 2 3' | jq -c '[., input]'
printf '1 2 3' | jq -c '[., input]'
## stdout: [1,2]
## stderr: jq: error (at <unknown>): break
## status: 5

#### printf '1 2 3' | jq -c '[., input]'; echo rc=$?
printf '1 2 3' | jq -c '[., input]'; echo rc=$?
## STDOUT:
[1,2]
rc=5
## END
## stderr: jq: error (at <unknown>): break

#### printf 'a\nb\n' | jq -R .
printf 'a\nb\n' | jq -R .
## STDOUT:
"a"
"b"
## END

#### printf 'a\nb' | jq -Rs .
printf 'a\nb' | jq -Rs .
## stdout: "a\nb"

#### printf 'a\nb\n' | jq -Rn '[inputs]' -c
printf 'a\nb\n' | jq -Rn '[inputs]' -c
## stdout: ["a","b"]

#### printf 'a\nb\n' | jq -Rr 'ascii_upcase'
printf 'a\nb\n' | jq -Rr 'ascii_upcase'
## STDOUT:
A
B
## END

#### printf '{"a":1}\n' | jq -r '.a, .b'
printf '{"a":1}\n' | jq -r '.a, .b'
## STDOUT:
1
null
## END

#### jq -n '[1,2,3] | IN(2)'
jq -n '[1,2,3] | IN(2)'
## stdout: false

#### jq -nc '[{"a":2},{"a":1},{"a":2,"b":1}] | group_by(.a), uniq
jq -nc '[{"a":2},{"a":1},{"a":2,"b":1}] | group_by(.a), unique_by(.a), sort_by(.a), min_by(.a), max_by(.a)'
## STDOUT:
[[{"a":1}],[{"a":2},{"a":2,"b":1}]]
[{"a":1},{"a":2}]
[{"a":1},{"a":2},{"a":2,"b":1}]
{"a":1}
{"a":2,"b":1}
## END

#### jq -nc '{"b":1,"a":2} | keys, keys_unsorted, to_entries, (to
jq -nc '{"b":1,"a":2} | keys, keys_unsorted, to_entries, (to_entries|from_entries), with_entries(.value+=1)'
## STDOUT:
["a","b"]
["b","a"]
[{"key":"b","value":1},{"key":"a","value":2}]
{"b":1,"a":2}
{"b":2,"a":3}
## END

#### jq -nc '{"a":{"b":[1,{"c":2}]}} | [paths], [leaf_paths], get
jq -nc '{"a":{"b":[1,{"c":2}]}} | [paths], [leaf_paths], getpath(["a","b",1,"c"]), setpath(["a","x"];1), [paths(type=="number")]'
## STDOUT:
[["a"],["a","b"],["a","b",0],["a","b",1],["a","b",1,"c"]]
[["a","b",0],["a","b",1,"c"]]
2
{"a":{"b":[1,{"c":2}],"x":1}}
[["a","b",0],["a","b",1,"c"]]
## END

#### jq -nc '"test abc" | test("A";"i"), [match("[a-c]";"g").offs
jq -nc '"test abc" | test("A";"i"), [match("[a-c]";"g").offset], capture("(?<w>\\w+) (?<x>\\w+)"), sub("a";"X"), gsub("[a-c]";"<\(.)>"), [splits(" ")], [scan("\\w")]'
## STDOUT:
true
[5,6,7]
{"w":"test","x":"abc"}
"test Xbc"
"test <{}><{}><{}>"
["test","abc"]
["t","e","s","t","a","b","c"]
## END

#### jq -nc '"aXbXc" | [splits("x";"i")], split("X"), ascii_downc
jq -nc '"aXbXc" | [splits("x";"i")], split("X"), ascii_downcase, ltrimstr("aX"), rtrimstr("Xc"), indices("X"), index("X"), rindex("X")'
## STDOUT:
["a","b","c"]
["a","b","c"]
"axbxc"
"bXc"
"aXb"
[1,3]
1
3
## END

#### jq -nc '"abc" | inside("xabcx"), ([1]|inside([1,2])), ({"a":
jq -nc '"abc" | inside("xabcx"), ([1]|inside([1,2])), ({"a":1}|inside({"a":1,"b":2}))'
## STDOUT:
true
true
true
## END

#### jq -nc '"x" | tonumber'
jq -nc '"x" | tonumber'
## stderr: jq: error (at <unknown>): Invalid numeric literal at EOF at line 1, column 1 (while parsing 'x')
## status: 5

#### jq -nc '"12" | tonumber, ([1]|tostring), (1.5|tostring), ("s
jq -nc '"12" | tonumber, ([1]|tostring), (1.5|tostring), ("s"|tostring), ({}|tojson)'
## STDOUT:
12
"[1]"
"1.5"
"s"
"{}"
## END

#### jq -nc 'reduce range(5) as $x (0; .+$x), [foreach range(5) a
jq -nc 'reduce range(5) as $x (0; .+$x), [foreach range(5) as $x (0; .+$x)], [foreach range(3) as $x (0; .+$x; [$x,.])]'
## STDOUT:
10
[0,1,3,6,10]
[[0,0],[1,1],[2,3]]
## END

#### jq -nc 'try error("x") catch ., (try (1/0) catch .), [.[]?],
jq -nc 'try error("x") catch ., (try (1/0) catch .), [.[]?], (try error({a:1}) catch .a)'
## stderr-json: "jq: error: Division by zero? at <top-level>, line 1:\ntry error(\"x\") catch ., (try (1/0) catch .), [.[]?], (try error({a:1}) catch .a)                              \njq: 1 compile error\n"
## status: 3

#### jq -nc '(1,null,2) // 3'
jq -nc '(1,null,2) // 3'
## STDOUT:
1
2
## END

#### jq -nc '1 as $x | 2 as $y | [$x,$y]'
jq -nc '1 as $x | 2 as $y | [$x,$y]'
## stdout: [1,2]

#### jq -nc '. as [$a, {b: $c}] | [$a,$c]'
jq -nc '. as [$a, {b: $c}] | [$a,$c]'
## stdout: [null,null]

#### jq -nc '[1,[2]] as [$a,[$b]] | $a+$b'
jq -nc '[1,[2]] as [$a,[$b]] | $a+$b'
## stdout: 3

#### jq -nc '0 | todate, (1425599507|todate), ("2015-03-05T23:51:
jq -nc '0 | todate, (1425599507|todate), ("2015-03-05T23:51:47Z"|fromdateiso8601), (1425599507|strftime("%A, %B %d, %Y")), (1425599507|gmtime), (1425599507|gmtime|mktime)'
## STDOUT:
"1970-01-01T00:00:00Z"
"2015-03-05T23:51:47Z"
1425599507
"Thursday, March 05, 2015"
[2015,2,5,23,51,47,4,63]
1425599507
## END

#### jq -nc '"2015-03-05T23:51:47Z"|strptime("%Y-%m-%dT%H:%M:%SZ"
jq -nc '"2015-03-05T23:51:47Z"|strptime("%Y-%m-%dT%H:%M:%SZ")'
## stdout: [2015,2,5,23,51,47,4,63]

#### jq -nc '1425599507.9|todate'
jq -nc '1425599507.9|todate'
## stdout: "2015-03-05T23:51:47Z"

#### jq -nc '"x"|fromdateiso8601'
jq -nc '"x"|fromdateiso8601'
## stderr: jq: error (at <unknown>): date "x" does not match format "%Y-%m-%dT%H:%M:%SZ"
## status: 5

#### jq -nc 'fromdate'
jq -nc 'fromdate'
## stderr: jq: error (at <unknown>): strptime/1 requires string inputs and arguments
## status: 5

#### jq -nc '"2015-03-05T23:51:47Z"|fromdate, dateadd("seconds"; 
jq -nc '"2015-03-05T23:51:47Z"|fromdate, dateadd("seconds"; 1)'
## stderr-json: "jq: error: dateadd/2 is not defined at <top-level>, line 1:\n\"2015-03-05T23:51:47Z\"|fromdate, dateadd(\"seconds\"; 1)                                 \njq: 1 compile error\n"
## status: 3

#### jq -nc '[.[]?], ([1,2]|.[1:]), ("abc"|.[1:]), ([1,2,3]|.[-2:
jq -nc '[.[]?], ([1,2]|.[1:]), ("abc"|.[1:]), ([1,2,3]|.[-2:]), ([1,2,3]|.[:-1])'
## STDOUT:
[]
[2]
"bc"
[2,3]
[1,2]
## END

#### jq -nc 'def f(x): x*2; f(3), ([1,2]|map(f(.)))'
jq -nc 'def f(x): x*2; f(3), ([1,2]|map(f(.)))'
## STDOUT:
6
[2,4]
## END

#### jq -nc 'def f: def g: 3; g; f'
jq -nc 'def f: def g: 3; g; f'
## stdout: 3

#### jq -nc '[range(0;10;3)], [range(5;0;-2)], [range(3)]'
jq -nc '[range(0;10;3)], [range(5;0;-2)], [range(3)]'
## STDOUT:
[0,3,6,9]
[5,3,1]
[0,1,2]
## END

#### jq -nc '[1,2,3] | first, last, nth(1), [limit(2;.[])], first
jq -nc '[1,2,3] | first, last, nth(1), [limit(2;.[])], first(empty)'
## STDOUT:
1
3
2
[1,2]
## END

#### jq -nc '[3,1,2] | sort, unique, reverse, min, max, add, any,
jq -nc '[3,1,2] | sort, unique, reverse, min, max, add, any, all, length, (map(.>1)|any), flatten'
## STDOUT:
[1,2,3]
[1,2,3]
[2,1,3]
1
3
6
true
true
3
true
[3,1,2]
## END

#### jq -nc '{"a":[1,2]} | has("a"), (.a|has(0)), (.a|has(5)), ("
jq -nc '{"a":[1,2]} | has("a"), (.a|has(0)), (.a|has(5)), ("a"|in({"a":1}))'
## STDOUT:
true
true
false
true
## END

#### jq -nc '[1,[2,[3,[4]]]] | flatten, flatten(1)'
jq -nc '[1,[2,[3,[4]]]] | flatten, flatten(1)'
## STDOUT:
[1,2,3,4]
[1,2,[3,[4]]]
## END

#### jq -nc '"abc" | explode, (explode|implode), utf8bytelength, 
jq -nc '"abc" | explode, (explode|implode), utf8bytelength, length, ascii_downcase, ascii_upcase'
## STDOUT:
[97,98,99]
"abc"
3
3
"abc"
"ABC"
## END

#### jq -nc '[1,null,"a",[],{}] | map(type), (.[]|numbers), (.[]|
jq -nc '[1,null,"a",[],{}] | map(type), (.[]|numbers), (.[]|strings), [.[]|scalars], [.[]|iterables]'
## STDOUT:
["number","null","string","array","object"]
1
"a"
[1,null,"a"]
[[],{}]
## END

#### jq -nc 'input'
jq -nc 'input'
## stderr: jq: error (at <stdin>:0): break
## status: 5

#### jq -nc '[inputs]'
jq -nc '[inputs]'
## stdout: []

#### jq -nc '$x'
jq -nc '$x'
## STDERR:
jq: error: $x is not defined at <top-level>, line 1:
$x
jq: 1 compile error
## END
## status: 3

#### jq -nc 'splits("a")'
jq -nc 'splits("a")'
## stderr: jq: error (at <unknown>): null (null) cannot be matched, as it is not a string
## status: 5

#### jq -nc '"abc" | splits(1)'
jq -nc '"abc" | splits(1)'
## stderr: jq: error (at <unknown>): number (1) is not a string
## status: 5

#### jq -nc 'getpath(["a","b"])'
jq -nc 'getpath(["a","b"])'
## stdout: null

#### jq -nc '1 | getpath(["a"])'
jq -nc '1 | getpath(["a"])'
## stderr: jq: error (at <unknown>): Cannot index number with string "a"
## status: 5

#### jq -nc '{"a":1} | to_entries'
jq -nc '{"a":1} | to_entries'
## stdout: [{"key":"a","value":1}]

#### jq -nc '[[1,2],[3,4]] | transpose, (.[0]|combinations|tostri
jq -nc '[[1,2],[3,4]] | transpose, (.[0]|combinations|tostring)'
## stdout: [[1,3],[2,4]]
## stderr: jq: error (at <unknown>): Cannot iterate over number (1)
## status: 5

#### jq -nc '[[1,2],[3,4]] | [combinations]'
jq -nc '[[1,2],[3,4]] | [combinations]'
## stdout: [[1,3],[1,4],[2,3],[2,4]]

#### jq -nc '[1,2] | [combinations(2)]'
jq -nc '[1,2] | [combinations(2)]'
## stdout: [[1,1],[1,2],[2,1],[2,2]]

#### jq -nc '"a,b, c" | split(", ")'
jq -nc '"a,b, c" | split(", ")'
## stdout: ["a,b","c"]

#### jq -nc '"a1b2" | split("[0-9]";null), [splits("[0-9]")], asc
jq -nc '"a1b2" | split("[0-9]";null), [splits("[0-9]")], ascii'
## stderr-json: "jq: error: ascii/0 is not defined at <top-level>, line 1:\n\"a1b2\" | split(\"[0-9]\";null), [splits(\"[0-9]\")], ascii                                                 \njq: 1 compile error\n"
## status: 3

#### jq -nc '65 | [.] | implode'
jq -nc '65 | [.] | implode'
## stdout: "A"

#### jq -nc 'tostream'
jq -nc 'tostream'
## stdout: [[],null]

#### jq -nc '{"a":[1,2]} | [tostream], fromstream(tostream)'
jq -nc '{"a":[1,2]} | [tostream], fromstream(tostream)'
## STDOUT:
[[["a",0],1],[["a",1],2],[["a",1]],[["a"]]]
{"a":[1,2]}
## END

#### jq -nc '[1|truncate_stream([[0],1],[[1,0],2],[[1,0]],[[1]])]
jq -nc '[1|truncate_stream([[0],1],[[1,0],2],[[1,0]],[[1]])]'
## stdout: [[[0],2],[[0]]]

#### jq -nc 'splits'
jq -nc 'splits'
## STDERR:
jq: error: splits/0 is not defined at <top-level>, line 1:
splits
jq: 1 compile error
## END
## status: 3

#### jq -nc '{a:1} | .a += 1, .a -= 1, .a *= 2, .a /= 2, .a %= 2,
jq -nc '{a:1} | .a += 1, .a -= 1, .a *= 2, .a /= 2, .a %= 2, .a //= 3, .b //= 3, .a |= .+1'
## STDOUT:
{"a":2}
{"a":0}
{"a":2}
{"a":0.5}
{"a":1}
{"a":1}
{"a":1,"b":3}
{"a":2}
## END

#### jq -nc '[1,2,3] | .[1:] = ["x"], (.[0] |= empty)'
jq -nc '[1,2,3] | .[1:] = ["x"], (.[0] |= empty)'
## STDOUT:
[1,"x"]
[2,3]
## END

#### jq -nc '[1,2,3] | map(select(. != 2)), (to_entries|map(.key)
jq -nc '[1,2,3] | map(select(. != 2)), (to_entries|map(.key)), (paths|tostring)'
## STDOUT:
[1,3]
[0,1,2]
"[0]"
"[1]"
"[2]"
## END

#### jq -nc '"\u00e9" | @uri, @base64, (@base64|@base64d), ascii_
jq -nc '"\u00e9" | @uri, @base64, (@base64|@base64d), ascii_downcase'
## STDOUT:
"%C3%A9"
"w6k="
"é"
"é"
## END

#### jq -nc '[.[] | tostring]'
jq -nc '[.[] | tostring]'
## stderr: jq: error (at <unknown>): Cannot iterate over null (null)
## status: 5

#### jq -nc 'env | type'
jq -nc 'env | type'
## stdout: "object"

#### jq -nc 'builtins | length > 10'
jq -nc 'builtins | length > 10'
## stdout: true

#### jq -nc 'input_line_number'
jq -nc 'input_line_number'
## stdout: 0

#### jq -nc '"a" * 3, ("abc" / "b"), ({} * {a:1}), ({a:{b:1}} * {
jq -nc '"a" * 3, ("abc" / "b"), ({} * {a:1}), ({a:{b:1}} * {a:{c:2}}), ([1,2,3] - [2]), (10 % 3), (-10 % 3), (5.5 % 2)'
## STDOUT:
"aaa"
["a","c"]
{"a":1}
{"a":{"b":1,"c":2}}
[1,3]
1
-1
1
## END

#### jq -nc '"a" * 0'
jq -nc '"a" * 0'
## stdout: null

#### jq -nc '[splits("a";"b";"c")]'
jq -nc '[splits("a";"b";"c")]'
## stderr-json: "jq: error: splits/3 is not defined at <top-level>, line 1:\n[splits(\"a\";\"b\";\"c\")] \njq: 1 compile error\n"
## status: 3

#### jq -nc 'ltrimstr(1), ("a"|ltrimstr(1)), (1|ltrimstr("a"))'
jq -nc 'ltrimstr(1), ("a"|ltrimstr(1)), (1|ltrimstr("a"))'
## STDOUT:
null
"a"
1
## END

#### jq -nc 'limit(3;repeat(1))'
jq -nc 'limit(3;repeat(1))'
## STDOUT:
1
1
1
## END

#### jq -nc '[limit(3;repeat(1))], [range(10)|select(.%3==0)], un
jq -nc '[limit(3;repeat(1))], [range(10)|select(.%3==0)], until(.>100;.*2+1), [while(.<5;.+1)]'
## STDOUT:
[1,1,1]
[0,3,6,9]
## END
## stderr: jq: error (at <unknown>): null (null) and number (2) cannot be multiplied
## status: 5

#### jq -nc '0 | [recurse(if . < 3 then .+1 else empty end)], [2|
jq -nc '0 | [recurse(if . < 3 then .+1 else empty end)], [2|recurse(. * .; . < 100)]'
## STDOUT:
[0,1,2,3]
[2,4,16]
## END

#### jq -nc '{"a":[{"b":1}]} | [..], [.. | numbers]'
jq -nc '{"a":[{"b":1}]} | [..], [.. | numbers]'
## STDOUT:
[{"a":[{"b":1}]},[{"b":1}],{"b":1},1]
[1]
## END

#### jq -nc 'getpath(["a",0,"b"])'
jq -nc 'getpath(["a",0,"b"])'
## stdout: null

#### jq -nc '[paths]'
jq -nc '[paths]'
## stdout: []

#### jq -nc '{} | .a.b |= 3'
jq -nc '{} | .a.b |= 3'
## stdout: {"a":{"b":3}}

#### jq -nc 'null | .[1] = 1'
jq -nc 'null | .[1] = 1'
## stdout: [null,1]

#### jq -nc '[1] | .[-1] = 5, (.[-2] = 5)'
jq -nc '[1] | .[-1] = 5, (.[-2] = 5)'
## stdout: [5]
## stderr: jq: error (at <unknown>): Out of bounds negative array index
## status: 5

#### jq -nc '[1] | .[3] = 5'
jq -nc '[1] | .[3] = 5'
## stdout: [1,null,null,5]

#### jq -nc '{"a":1} | del(.a), del(.x), delpaths([["a"]]), to_en
jq -nc '{"a":1} | del(.a), del(.x), delpaths([["a"]]), to_entries'
## STDOUT:
{}
{"a":1}
{}
[{"key":"a","value":1}]
## END

#### jq -nc '[1,2,3] | del(.[] | select(. == 2))'
jq -nc '[1,2,3] | del(.[] | select(. == 2))'
## stdout: [1,3]

#### jq -nc '{"a":[1,2,3]} | del(.a[0,2])'
jq -nc '{"a":[1,2,3]} | del(.a[0,2])'
## stdout: {"a":[2]}

#### jq -nc 'ascii'
jq -nc 'ascii'
## STDERR:
jq: error: ascii/0 is not defined at <top-level>, line 1:
ascii
jq: 1 compile error
## END
## status: 3

#### jq -nc '[1,2] | join(",")'
jq -nc '[1,2] | join(",")'
## stdout: "1,2"

#### jq -nc '["a",1,null,true] | join("-")'
jq -nc '["a",1,null,true] | join("-")'
## stdout: "a-1--true"

#### jq -nc '[[1]] | join(",")'
jq -nc '[[1]] | join(",")'
## stderr: jq: error (at <unknown>): string ("") and array ([1]) cannot be added
## status: 5

#### jq -nc '"abc" | test("B")'
jq -nc '"abc" | test("B")'
## stdout: false

#### jq -nc '"foo bar" | sub("(?<x>o+)"; "[\(.x)]"), gsub("o";"0"
jq -nc '"foo bar" | sub("(?<x>o+)"; "[\(.x)]"), gsub("o";"0";"g"), [match("o+";"g") | .string], sub("^\\s*";"")'
## STDOUT:
"f[oo] bar"
"f00 bar"
["oo"]
"foo bar"
## END

#### jq -nc '"aAbB" | gsub("[a-z]"; ""), gsub("(?<l>[a-z])"; "\(.
jq -nc '"aAbB" | gsub("[a-z]"; ""), gsub("(?<l>[a-z])"; "\(.l|ascii_upcase)"), [scan("[A-Z]")], ([scan("(a)(A)")])'
## STDOUT:
"AB"
"AABB"
["A","B"]
[["a","A"]]
## END

#### jq -nc '"a.b" | split("."), test("\\."), test("a.b";"x")'
jq -nc '"a.b" | split("."), test("\\."), test("a.b";"x")'
## STDOUT:
["a","b"]
true
true
## END

#### jq -nc '"ab\ncd" | [match(".+";"g").string], test("^cd";""),
jq -nc '"ab\ncd" | [match(".+";"g").string], test("^cd";""), [splits("\n")]'
## STDOUT:
["ab","cd"]
false
["ab","cd"]
## END

#### jq -nc '@base32 "\("hi")", ("hi"|@base32|@base32d)'
jq -nc '@base32 "\("hi")", ("hi"|@base32|@base32d)'
## stderr: jq: error (at <unknown>): base32 is not a valid format
## status: 5

#### jq -nc 'splits("a";"g")'
jq -nc 'splits("a";"g")'
## stderr: jq: error (at <unknown>): null (null) cannot be matched, as it is not a string
## status: 5

#### jq -nc 'getpath(["a"]) = 3'
jq -nc 'getpath(["a"]) = 3'
## stdout: {"a":3}

#### jq -nc '[1.5,2.5,-1.5] | map(floor), map(ceil), map(round), 
jq -nc '[1.5,2.5,-1.5] | map(floor), map(ceil), map(round), map(fabs), map(sqrt), (.[0]|pow(.;2)), (8|log2), (100|log10), (1|exp10), (2|exp2)'
## STDOUT:
[1,2,-2]
[2,3,-1]
[2,3,-2]
[1.5,2.5,1.5]
[1.224744871391589,1.5811388300841898,null]
2.25
3
2
10
4
## END

#### jq -nc '[10,3] | (.[0] / .[1]), (1/3), (2/3*3), 1e-5, 1e17, 
jq -nc '[10,3] | (.[0] / .[1]), (1/3), (2/3*3), 1e-5, 1e17, 1.5e16, 123456789012345678, 0.000001, 1e-7'
## STDOUT:
3.3333333333333335
0.3333333333333333
2
1e-05
1e+17
15000000000000000
123456789012345680
1e-06
1e-07
## END

#### jq -nc '{"a":"x"} | "v: \(.a) \(.b) \(1) \([1,2]) \({"k":"v"
jq -nc '{"a":"x"} | "v: \(.a) \(.b) \(1) \([1,2]) \({"k":"v"})"'
## stdout: "v: x null 1 [1,2] {\"k\":\"v\"}"

#### jq -rn '"\t\u0000\u001f\u007f"' | od -c | head -2
jq -rn '"\t\u0000\u001f\u007f"' | od -c | head -2
## STDOUT:
0000000  \t  \0 037 177  \n
0000005
## END

#### jq -n '"\t\u0000\u001f\u007f\u2028"'
jq -n '"\t\u0000\u001f\u007f\u2028"'
## stdout: "\t\u0000\u001f\u007f "

#### jq -nc '[.[]?] | tojson, tostring, (tojson|fromjson)'
jq -nc '[.[]?] | tojson, tostring, (tojson|fromjson)'
## STDOUT:
"[]"
"[]"
[]
## END

#### jq -nc '"[1,2" | fromjson'
jq -nc '"[1,2" | fromjson'
## stderr: jq: error (at <unknown>): Unfinished JSON term at EOF at line 1, column 4 (while parsing '[1,2')
## status: 5

#### jq -nc '"1 2" | fromjson'
jq -nc '"1 2" | fromjson'
## stderr: jq: error (at <unknown>): Unexpected extra JSON values (while parsing '1 2')
## status: 5

#### jq -nc 'tojson'
jq -nc 'tojson'
## stdout: "null"

#### jq -n 'halt_error'; echo rc=$?
jq -n 'halt_error'; echo rc=$?
## stdout: rc=5

#### jq -n '"bye\n"|halt_error'; echo rc=$?
jq -n '"bye\n"|halt_error'; echo rc=$?
## stdout: rc=5
## stderr: bye

#### jq -n '{a:1}|halt_error(3)'; echo rc=$?
jq -n '{a:1}|halt_error(3)'; echo rc=$?
## stdout: rc=3
## stderr: {"a":1}

#### jq -n '1, halt, 2'; echo rc=$?
jq -n '1, halt, 2'; echo rc=$?
## STDOUT:
1
rc=0
## END

#### jq -n '1 | debug | 2'
jq -n '1 | debug | 2'
## stdout: 2
## stderr: ["DEBUG:",1]

#### jq -n '1 | stderr | 2'
jq -n '1 | stderr | 2'
## stdout: 2
## stderr-json: "1"

#### jq -n '"x" | input_line_number'
jq -n '"x" | input_line_number'
## stdout: 0

#### jq -nc '[getpath(["a"],["b"])]'
jq -nc '[getpath(["a"],["b"])]'
## stdout: [null,null]

#### jq -nc '{"a":1,"b":null} | .[]'
jq -nc '{"a":1,"b":null} | .[]'
## STDOUT:
1
null
## END

#### jq -nc '{"a":1} | .[] |= .+1'
jq -nc '{"a":1} | .[] |= .+1'
## stdout: {"a":2}

#### jq -nc '[3,2,1] | sort_by(-.)'
jq -nc '[3,2,1] | sort_by(-.)'
## stdout: [3,2,1]

#### jq -nc '[{"a":1,"b":2},{"a":1,"b":1}] | sort_by(.a, .b), gro
jq -nc '[{"a":1,"b":2},{"a":1,"b":1}] | sort_by(.a, .b), group_by(.a)|length'
## STDOUT:
2
1
## END

#### jq -nc '"x" | ascii_downcase | @text'
jq -nc '"x" | ascii_downcase | @text'
## stdout: "x"

#### jq -nc '[1,2] | .[1.7], .[1.2], .[-1]'
jq -nc '[1,2] | .[1.7], .[1.2], .[-1]'
## STDOUT:
null
null
2
## END

#### jq -nc '{"a":1} | .["a"], ."a", ."a"?, .a?'
jq -nc '{"a":1} | .["a"], ."a", ."a"?, .a?'
## STDOUT:
1
1
1
1
## END

#### jq -nc '[1,2,3] | indices(2), indices([2,3]), ("abcb"|indice
jq -nc '[1,2,3] | indices(2), indices([2,3]), ("abcb"|indices("b"))'
## STDOUT:
[1]
[1]
[1,3]
## END

#### jq -nc 'isvalid(1)'
jq -nc 'isvalid(1)'
## STDERR:
jq: error: isvalid/1 is not defined at <top-level>, line 1:
isvalid(1)
jq: 1 compile error
## END
## status: 3

#### jq -nc 'infinite, -infinite, nan | isinfinite, isnan, isnorm
jq -nc 'infinite, -infinite, nan | isinfinite, isnan, isnormal'
## STDOUT:
true
false
false
true
false
false
false
true
false
## END

#### jq -nc '[infinite, -infinite, nan]'
jq -nc '[infinite, -infinite, nan]'
## stdout: [1.7976931348623157e+308,-1.7976931348623157e+308,null]

#### jq -nc '[1,nan] | sort, min, (nan < 1)'
jq -nc '[1,nan] | sort, min, (nan < 1)'
## STDOUT:
[null,1]
null
true
## END

#### jq -nc 'splits(1)'
jq -nc 'splits(1)'
## stderr: jq: error (at <unknown>): null (null) cannot be matched, as it is not a string
## status: 5

#### jq -nc 'ascii(65)'
jq -nc 'ascii(65)'
## STDERR:
jq: error: ascii/1 is not defined at <top-level>, line 1:
ascii(65)
jq: 1 compile error
## END
## status: 3

#### jq -nc '@text "x\(1)"'
jq -nc '@text "x\(1)"'
## stdout: "x1"

#### jq -nc 'getpath(["a"]) as $x | $x'
jq -nc 'getpath(["a"]) as $x | $x'
## stdout: null

#### jq -nc 'get_search_list'
jq -nc 'get_search_list'
## stdout: ["~/.jq","$ORIGIN/../lib/jq","$ORIGIN/lib"]

#### jq -nc '$__loc__ | .file'
jq -nc '$__loc__ | .file'
## stdout: "<top-level>"

#### jq -nc '{} | .a.b.c'
jq -nc '{} | .a.b.c'
## stdout: null

#### jq -nc '[] | first'
jq -nc '[] | first'
## stdout: null

#### jq -nc 'first([])'
jq -nc 'first([])'
## stdout: []

#### jq -nc '[] | add, min, max, any, all'
jq -nc '[] | add, min, max, any, all'
## STDOUT:
null
null
null
false
true
## END

#### jq -nc '{"a":1,"b":2} | add, map(.+1), map_values(.+1), with
jq -nc '{"a":1,"b":2} | add, map(.+1), map_values(.+1), with_entries(select(.value>1)), to_entries[0]'
## STDOUT:
3
[2,3]
{"a":2,"b":3}
{"b":2}
{"key":"a","value":1}
## END

#### jq -nc '"a-b_c d" | ascii_downcase | gsub("[^a-z]";"")'
jq -nc '"a-b_c d" | ascii_downcase | gsub("[^a-z]";"")'
## stdout: "abcd"

#### jq -nc '@sh'
jq -nc '@sh'
## stdout: "null"

#### jq -rn '{"a":"b"} | @sh'
jq -rn '{"a":"b"} | @sh'
## stderr: jq: error (at <unknown>): object ({"a":"b"}) can not be escaped for shell
## status: 5

#### jq -rn '[[1]] | @sh'
jq -rn '[[1]] | @sh'
## stderr: jq: error (at <unknown>): array ([1]) can not be escaped for shell
## status: 5

#### jq -rn 'null | @sh, @csv'
jq -rn 'null | @sh, @csv'
## stdout: null
## stderr: jq: error (at <unknown>): null (null) cannot be csv-formatted, only array
## status: 5

#### jq -nc '[1,2,3] | .[1:] |= map(.*10)'
jq -nc '[1,2,3] | .[1:] |= map(.*10)'
## stdout: [1,20,30]

#### jq -nc 'splits("x") | 1'
jq -nc 'splits("x") | 1'
## stderr: jq: error (at <unknown>): null (null) cannot be matched, as it is not a string
## status: 5

#### jq -nc 'try error catch .'
jq -nc 'try error catch .'

#### jq -nc 'try error("\(1)") catch .'
jq -nc 'try error("\(1)") catch .'
## stdout: "1"

#### jq -nc '.. |= 1'
jq -nc '.. |= 1'
## stdout: 1

#### jq -nc '"abc" | ltrimstr("a") | rtrimstr("c")'
jq -nc '"abc" | ltrimstr("a") | rtrimstr("c")'
## stdout: "b"

#### jq -nc '[1,2,3] | contains([1]), contains([4]), ("foobar"|co
jq -nc '[1,2,3] | contains([1]), contains([4]), ("foobar"|contains("bar")), ({"a":[1,2]}|contains({"a":[1]}))'
## STDOUT:
true
false
true
true
## END

#### jq -nc '1 | contains("a")'
jq -nc '1 | contains("a")'
## stderr: jq: error (at <unknown>): number (1) and string ("a") cannot have their containment checked
## status: 5

#### jq -nc 'tojson | ascii_downcase'
jq -nc 'tojson | ascii_downcase'
## stdout: "null"

#### jq -nc 'path(..)'
jq -nc 'path(..)'
## stdout: []

#### jq -nc '{"a":{"b":1}} | [path(..)], path(.a.b), [paths(..)]'
jq -nc '{"a":{"b":1}} | [path(..)], path(.a.b), [paths(..)]'
## STDOUT:
[[],["a"],["a","b"]]
["a","b"]
[["a"],["a"],["a","b"]]
## END

#### jq -nc '{"a":1} | to_entries | map("\(.key)=\(.value)") | .[
jq -nc '{"a":1} | to_entries | map("\(.key)=\(.value)") | .[]'
## stdout: "a=1"

#### jq -nc 'limit(1; error("x"))'
jq -nc 'limit(1; error("x"))'
## stderr: jq: error (at <unknown>): x
## status: 5

#### jq -nc 'getpath([1])'
jq -nc 'getpath([1])'
## stdout: null

#### jq -nc '[range(5)] | .[2:4], .[:2], .[-2:], .[10:]'
jq -nc '[range(5)] | .[2:4], .[:2], .[-2:], .[10:]'
## STDOUT:
[2,3]
[0,1]
[3,4]
[]
## END

#### jq -nc 'def addvalue(f): f as $x | map(. + $x); [[1,2],[10,2
jq -nc 'def addvalue(f): f as $x | map(. + $x); [[1,2],[10,20]] | addvalue(.[0])'
## stdout: [[1,2,1,2],[10,20,1,2]]

#### jq -nc 'def f($a; $b): $a + $b; f(1;2)'
jq -nc 'def f($a; $b): $a + $b; f(1;2)'
## stdout: 3

#### jq -nc '[recurse] | length'
jq -nc '[recurse] | length'
## stdout: 1

#### jq -nc '{} | recurse_down'
jq -nc '{} | recurse_down'
## stdout: {}

#### jq -nc '"1.5" | tonumber, ("1e3"|tonumber), (" 1"|tonumber),
jq -nc '"1.5" | tonumber, ("1e3"|tonumber), (" 1"|tonumber), ("0x10"|tonumber), ("nan"|tonumber), (""|tonumber)'
## STDOUT:
1.5
1000
1
## END
## stderr: jq: error (at <unknown>): Invalid numeric literal at EOF at line 1, column 4 (while parsing '0x10')
## status: 5

#### jq -nc '1.1 * 3, (0.1 + 0.7), (1 / 3 * 3), 1e308 * 10, 5e-32
jq -nc '1.1 * 3, (0.1 + 0.7), (1 / 3 * 3), 1e308 * 10, 5e-324, 2e-323, 9007199254740993, -9007199254740993, 1.7976931348623157e308'
## STDOUT:
3.3000000000000003
0.7999999999999999
1
1.7976931348623157e+308
5e-324
2e-323
9007199254740992
-9007199254740992
1.7976931348623157e+308
## END

#### jq -nc '[1,1.0,1.10,100e-2,0.00001234,12345678912345678]'
jq -nc '[1,1.0,1.10,100e-2,0.00001234,12345678912345678]'
## stdout: [1,1,1.1,1,1.234e-05,12345678912345678]

#### jq -nc '1.0 | tostring, tojson, @text, "\(.)"'
jq -nc '1.0 | tostring, tojson, @text, "\(.)"'
## STDOUT:
"1"
"1"
"1"
"1"
## END

#### jq -nc '3.0000000000000004 | tostring'
jq -nc '3.0000000000000004 | tostring'
## stdout: "3.0000000000000004"

#### jq -nc '1e1000 | tostring'
jq -nc '1e1000 | tostring'
## stdout: "1.7976931348623157e+308"

#### jq -nc '[1e1000] | tojson'
jq -nc '[1e1000] | tojson'
## stdout: "[1.7976931348623157e+308]"

#### jq -nc '100000000000000000000 | tostring, tojson'
jq -nc '100000000000000000000 | tostring, tojson'
## STDOUT:
"1e+20"
"1e+20"
## END

#### jq -nc '-0 | tostring, ., [.]'
jq -nc '-0 | tostring, ., [.]'
## STDOUT:
"-0"
-0
[-0]
## END

#### more: echo '"a-b-c"' | jq -c 'split("-"; null), sub("-";"+"), gsub
echo '"a-b-c"' | jq -c 'split("-"; null), sub("-";"+"), gsub("-";"+"), gsub("(?<d>-)";"[\(.d)]")'
## STDOUT:
["a","b","c"]
"a+b-c"
"a+b+c"
"a[-]b[-]c"
## END

#### more: echo '"a\u0000b"' | jq -r . | od -c | head -2
echo '"a\u0000b"' | jq -r . | od -c | head -2
## STDOUT:
0000000   a  \0   b  \n
0000004
## END

#### more: echo '"banana"' | jq -c '[splits("a")], [match("an";"g").off
echo '"banana"' | jq -c '[splits("a")], [match("an";"g").offset], (. / "n")'
## STDOUT:
["b","n","n",""]
[1,3]
["ba","a","a"]
## END

#### more: echo '1.10 2.50e3 1e-2 0.0 -0.0 1E2' | jq -c .
echo '1.10 2.50e3 1e-2 0.0 -0.0 1E2' | jq -c .
## STDOUT:
1.1
2500
0.01
0
-0
100
## END

#### more: echo '123456789012 1.23456789012345678 0.1' | jq -c .
echo '123456789012 1.23456789012345678 0.1' | jq -c .
## STDOUT:
123456789012
1.2345678901234567
0.1
## END

#### more: echo '[1,2,3]' | jq '(add / length) as $m | map(. - $m)' -c
echo '[1,2,3]' | jq '(add / length) as $m | map(. - $m)' -c
## stdout: [-1,0,1]

#### more: echo '[1,2,3]' | jq 'map(. * 2) | add / length'
echo '[1,2,3]' | jq 'map(. * 2) | add / length'
## stdout: 4

#### more: echo '[1,2]' | jq '.a'
echo '[1,2]' | jq '.a'
## stderr: jq: error (at <stdin>:1): Cannot index array with string "a"
## status: 5

#### more: echo '[1,2]' | jq -r '.'
echo '[1,2]' | jq -r '.'
## STDOUT:
[
  1,
  2
]
## END

#### more: echo '[]' | jq 'first'
echo '[]' | jq 'first'
## stdout: null

#### more: echo '[]' | jq 'last'
echo '[]' | jq 'last'
## stdout: null

#### more: echo '[{"k":"a","v":1},{"k":"b","v":2}]' | jq -c 'from_entri
echo '[{"k":"a","v":1},{"k":"b","v":2}]' | jq -c 'from_entries'
## stderr: jq: error (at <stdin>:1): Cannot use null (null) as object key
## status: 5

#### more: echo '[{"k":"a","v":1},{"k":"b","v":2}]' | jq -c 'map({(.k):
echo '[{"k":"a","v":1},{"k":"b","v":2}]' | jq -c 'map({(.k): .v}) | add'
## stdout: {"a":1,"b":2}

#### more: echo '[{"name":"a","value":1}]' | jq -c 'from_entries'
echo '[{"name":"a","value":1}]' | jq -c 'from_entries'
## stdout: {"a":1}

#### more: echo '{"a":"1.50"}' | jq '.a | tonumber'
echo '{"a":"1.50"}' | jq '.a | tonumber'
## stdout: 1.5

#### more: echo '{"a":"x"}' | jq '.a.b'
echo '{"a":"x"}' | jq '.a.b'
## stderr: jq: error (at <stdin>:1): Cannot index string with string "b"
## status: 5

#### more: echo '{"a":1,"b":2}' | jq '. as $o | keys[] | "\(.)=\($o[.])
echo '{"a":1,"b":2}' | jq '. as $o | keys[] | "\(.)=\($o[.])"' -r
## STDOUT:
a=1
b=2
## END

#### more: echo '{"a":1,"b":2}' | jq -c 'to_entries | map(select(.value
echo '{"a":1,"b":2}' | jq -c 'to_entries | map(select(.value > 1)) | from_entries'
## stdout: {"b":2}

#### more: echo '{"a":1,"b":2}' | jq -c 'with_entries(select(.key != "a
echo '{"a":1,"b":2}' | jq -c 'with_entries(select(.key != "a"))'
## stdout: {"b":2}

#### more: echo '{"a":1}' > f1.json; echo '{"a":2}' > f2.json; jq -c '.
echo '{"a":1}' > f1.json; echo '{"a":2}' > f2.json; jq -c '.a' f1.json f2.json; jq -n '[inputs.a]' -c f1.json f2.json; jq -s -c . f1.json f2.json
## STDOUT:
1
2
[1,2]
[{"a":1},{"a":2}]
## END

#### more: echo '{"a":1}' > f1.json; jq -r '.a' f1.json --arg x 1
echo '{"a":1}' > f1.json; jq -r '.a' f1.json --arg x 1
## stdout: 1

#### more: echo '{"a":1}' | jq '.[]?, .a?, (.a|.[]?)'
echo '{"a":1}' | jq '.[]?, .a?, (.a|.[]?)'
## STDOUT:
1
1
## END

#### more: echo '{"a":[1,{"b":2}]}' | jq -c 'tostream'
echo '{"a":[1,{"b":2}]}' | jq -c 'tostream'
## STDOUT:
[["a",0],1]
[["a",1,"b"],2]
[["a",1,"b"]]
[["a",1]]
[["a"]]
## END

#### more: echo '{"a":[1,{"b":2}]}' | jq -c --stream .
echo '{"a":[1,{"b":2}]}' | jq -c --stream .
## STDOUT:
[["a",0],1]
[["a",1,"b"],2]
[["a",1,"b"]]
[["a",1]]
[["a"]]
## END

#### more: echo '{"a":[]}' | jq '.a | first // "none"'
echo '{"a":[]}' | jq '.a | first // "none"'
## stdout: "none"

#### more: echo '{"a":[]}' | jq '.a[0] // "none"'
echo '{"a":[]}' | jq '.a[0] // "none"'
## stdout: "none"

#### more: echo '{"a":{"b":null}}' | jq '.a.b.c'
echo '{"a":{"b":null}}' | jq '.a.b.c'
## stdout: null

#### more: echo '{"n":1.0}' | jq '.n'
echo '{"n":1.0}' | jq '.n'
## stdout: 1

#### more: echo '{"users":[{"name":"x","tags":["a","b"]}]}' | jq -r '.u
echo '{"users":[{"name":"x","tags":["a","b"]}]}' | jq -r '.users[] | "\(.name): \(.tags | join(", "))"'
## stdout: x: a, b

#### more: jq '."a-b"' <<< '{"a-b":1}'
jq '."a-b"' <<< '{"a-b":1}'
## stdout: 1

#### more: jq '.["a-b"]' <<< '{"a-b":1}'
jq '.["a-b"]' <<< '{"a-b":1}'
## stdout: 1

#### more: jq '.[0].x' <<< '{"a":[]}'
jq '.[0].x' <<< '{"a":[]}'
## stderr: jq: error (at <stdin>:1): Cannot index object with number
## status: 5

#### more: jq '.a-b' <<< '{"a-b":1}'
jq '.a-b' <<< '{"a-b":1}'
## stderr-json: "jq: error: b/0 is not defined at <top-level>, line 1:\n.a-b   \njq: 1 compile error\n"
## status: 3

#### more: jq '.a.b.c' <<< '{"a":[]}'
jq '.a.b.c' <<< '{"a":[]}'
## stderr: jq: error (at <stdin>:1): Cannot index array with string "b"
## status: 5

#### more: jq --version
jq --version
## stdout: jq-1.6

#### more: jq -S -c . <<< '{"b":1,"a":{"d":1,"c":2},"A":[{"z":1,"y":2}]
jq -S -c . <<< '{"b":1,"a":{"d":1,"c":2},"A":[{"z":1,"y":2}]}'
## stdout: {"A":[{"y":2,"z":1}],"a":{"c":2,"d":1},"b":1}

#### more: jq -ac 'tojson' <<< '"é"'
jq -ac 'tojson' <<< '"é"'
## stdout: "\"\u00e9\""

#### more: jq -c '$__prog_args' <<< '1'
jq -c '$__prog_args' <<< '1'
## STDERR:
jq: error: $__prog_args is not defined at <top-level>, line 1:
$__prog_args
jq: 1 compile error
## END
## status: 3

#### more: jq -c '. == 1' <<< '1.0'
jq -c '. == 1' <<< '1.0'
## stdout: true

#### more: jq -c '.[] | numbers' <<< '[1,"a",2]'
jq -c '.[] | numbers' <<< '[1,"a",2]'
## STDOUT:
1
2
## END

#### more: jq -c '.[] | tostring' <<< '[1.0, 1e1000, -0, 0.1]'
jq -c '.[] | tostring' <<< '[1.0, 1e1000, -0, 0.1]'
## STDOUT:
"1"
"1.7976931348623157e+308"
"-0"
"0.1"
## END

#### more: jq -c '.a' <<< '{"a":1,"a":2}'
jq -c '.a' <<< '{"a":1,"a":2}'
## stdout: 2

#### more: jq -c '1 == 1.0, (0.1 + 0.2 == 0.3), ([1,2] < [1,3]), ({} < 
jq -c '1 == 1.0, (0.1 + 0.2 == 0.3), ([1,2] < [1,3]), ({} < []), ("a" < "b")' <<< 'null'
## STDOUT:
true
false
true
false
true
## END

#### more: jq -c '@sh' <<< '"it'"'"'s"'
jq -c '@sh' <<< '"it'"'"'s"'
## stdout: "'it'\\''s'"

#### more: jq -c '[., input]' <<< '1 2 3 4'
jq -c '[., input]' <<< '1 2 3 4'
## STDOUT:
[1,2]
[3,4]
## END

#### more: jq -c '[.[] | ascii_downcase] | unique' <<< '["A","a","B"]'
jq -c '[.[] | ascii_downcase] | unique' <<< '["A","a","B"]'
## stdout: ["a","b"]

#### more: jq -c '[range(0;1;0.3)]' <<< 'null'
jq -c '[range(0;1;0.3)]' <<< 'null'
## stdout: [0,0.3,0.6,0.8999999999999999]

#### more: jq -c '[recurse(if . < 3 then . + 1 else empty end)]' <<< '0
jq -c '[recurse(if . < 3 then . + 1 else empty end)]' <<< '0'
## stdout: [0,1,2,3]

#### more: jq -c '[repeat(. * 2; . < 20)]' <<< '3' 2>&1 | head -2
jq -c '[repeat(. * 2; . < 20)]' <<< '3' 2>&1 | head -2
## stdout-json: "jq: error: repeat/2 is not defined at <top-level>, line 1:\n[repeat(. * 2; . < 20)] \n"

#### more: jq -c '[while(. < 20; . * 2)]' <<< '3'
jq -c '[while(. < 20; . * 2)]' <<< '3'
## stdout: [3,6,12]

#### more: jq -c 'add' <<< '["a","b"]'
jq -c 'add' <<< '["a","b"]'
## stdout: "ab"

#### more: jq -c 'add' <<< '[[1],[2]]'
jq -c 'add' <<< '[[1],[2]]'
## stdout: [1,2]

#### more: jq -c 'add' <<< '[{"a":1},{"b":2}]'
jq -c 'add' <<< '[{"a":1},{"b":2}]'
## stdout: {"a":1,"b":2}

#### more: jq -c 'any, all' <<< '[]'
jq -c 'any, all' <<< '[]'
## STDOUT:
false
true
## END

#### more: jq -c 'ascii' <<< '65'
jq -c 'ascii' <<< '65'
## STDERR:
jq: error: ascii/0 is not defined at <top-level>, line 1:
ascii
jq: 1 compile error
## END
## status: 3

#### more: jq -c 'ascii_downcase' <<< '"ÀB"'
jq -c 'ascii_downcase' <<< '"ÀB"'
## stdout: "Àb"

#### more: jq -c 'capture("(?<a>\\w)(?<n>\\d)?")' <<< '"b"'
jq -c 'capture("(?<a>\\w)(?<n>\\d)?")' <<< '"b"'
## gap: jaq's regex drops groups that did not take part (jq 1.6 gives them as null)
## stdout: {"a":"b","n":null}

#### more: jq -c 'combinations | join("")' <<< '[["a","b"],["c","d"]]'
jq -c 'combinations | join("")' <<< '[["a","b"],["c","d"]]'
## STDOUT:
"ac"
"ad"
"bc"
"bd"
## END

#### more: jq -c 'env.HOME | type' <<< 'null'
jq -c 'env.HOME | type' <<< 'null'
## stdout: "string"

#### more: jq -c 'flatten' <<< '[1,[2,[3,[4]]]]'
jq -c 'flatten' <<< '[1,[2,[3,[4]]]]'
## stdout: [1,2,3,4]

#### more: jq -c 'flatten(-1)' <<< '[1]'
jq -c 'flatten(-1)' <<< '[1]'
## stderr: jq: error (at <stdin>:1): flatten depth must not be negative
## status: 5

#### more: jq -c 'floor, sqrt, pow(.;2), log10' <<< '100'
jq -c 'floor, sqrt, pow(.;2), log10' <<< '100'
## STDOUT:
100
10
10000
2
## END

#### more: jq -c 'fromjson' <<< '"nope"'
jq -c 'fromjson' <<< '"nope"'
## stderr: jq: error (at <stdin>:1): Invalid literal at EOF at line 1, column 4 (while parsing 'nope')
## status: 5

#### more: jq -c 'fromjson' <<< '"{\"a\":1}"'
jq -c 'fromjson' <<< '"{\"a\":1}"'
## stdout: {"a":1}

#### more: jq -c 'getpath(["a"]) as [$x, $y] | [$x, $y]' <<< '{"a":[1,2
jq -c 'getpath(["a"]) as [$x, $y] | [$x, $y]' <<< '{"a":[1,2]}'
## stdout: [1,2]

#### more: jq -c 'getpath(["x"]) = 1' <<< '{}'
jq -c 'getpath(["x"]) = 1' <<< '{}'
## stdout: {"x":1}

#### more: jq -c 'group_by(.a) | map(length)' <<< '[{"a":1},{"a":2},{"a
jq -c 'group_by(.a) | map(length)' <<< '[{"a":1},{"a":2},{"a":1}]'
## stdout: [2,1]

#### more: jq -c 'gsub("\\s+"; " ")' <<< '"a b \t c"'
jq -c 'gsub("\\s+"; " ")' <<< '"a   b \t c"'
## stdout: "a b c"

#### more: jq -c 'gsub("^\\s+|\\s+$"; "")' <<< '" a b "'
jq -c 'gsub("^\\s+|\\s+$"; "")' <<< '"  a b  "'
## stdout: "a b"

#### more: jq -c 'index(","), rindex(",")' <<< '"a,b,c"'
jq -c 'index(","), rindex(",")' <<< '"a,b,c"'
## STDOUT:
1
3
## END

#### more: jq -c 'indices(", ")' <<< '"a, b, c"'
jq -c 'indices(", ")' <<< '"a, b, c"'
## stdout: [1,4]

#### more: jq -c 'infinite, -infinite, nan' <<< 'null'
jq -c 'infinite, -infinite, nan' <<< 'null'
## STDOUT:
1.7976931348623157e+308
-1.7976931348623157e+308
null
## END

#### more: jq -c 'input' <<< '1 2'
jq -c 'input' <<< '1 2'
## stdout: 2

#### more: jq -c 'inside({"a":1,"b":2})' <<< '{"a":1}'
jq -c 'inside({"a":1,"b":2})' <<< '{"a":1}'
## stdout: true

#### more: jq -c 'join(",")' <<< '["a",1,null,true]'
jq -c 'join(",")' <<< '["a",1,null,true]'
## stdout: "a,1,,true"

#### more: jq -c 'keys' <<< '{"b":1,"a":2,"A":3,"_":4,"10":5,"9":6}'
jq -c 'keys' <<< '{"b":1,"a":2,"A":3,"_":4,"10":5,"9":6}'
## stdout: ["10","9","A","_","a","b"]

#### more: jq -c 'limit(2; .[])' <<< '[1,2,3]'
jq -c 'limit(2; .[])' <<< '[1,2,3]'
## STDOUT:
1
2
## END

#### more: jq -c 'ltrimstr("a") | rtrimstr("a")' <<< '"aba"'
jq -c 'ltrimstr("a") | rtrimstr("a")' <<< '"aba"'
## stdout: "b"

#### more: jq -c 'ltrimstr("x")' <<< '1'
jq -c 'ltrimstr("x")' <<< '1'
## stdout: 1

#### more: jq -c 'map(. * 1)' <<< '[1e1000, 100000000000000000000]'
jq -c 'map(. * 1)' <<< '[1e1000, 100000000000000000000]'
## stdout: [1.7976931348623157e+308,1e+20]

#### more: jq -c 'map(type)' <<< '[1,"a",null,true,[],{}]'
jq -c 'map(type)' <<< '[1,"a",null,true,[],{}]'
## stdout: ["number","string","null","boolean","array","object"]

#### more: jq -c 'min, max' <<< '[]'
jq -c 'min, max' <<< '[]'
## STDOUT:
null
null
## END

#### more: jq -c 'min_by(.a), max_by(.a)' <<< '[{"a":2},{"a":1},{"a":2,
jq -c 'min_by(.a), max_by(.a)' <<< '[{"a":2},{"a":1},{"a":2,"b":1}]'
## STDOUT:
{"a":1}
{"a":2,"b":1}
## END

#### more: jq -c 'range(3;0)' <<< 'null'
jq -c 'range(3;0)' <<< 'null'

#### more: jq -c 'round, ceil, fabs' <<< '-2.5'
jq -c 'round, ceil, fabs' <<< '-2.5'
## STDOUT:
-3
-2
2.5
## END

#### more: jq -c 'sort' <<< '[{"a":1},[1],"b",2,true,false,null]'
jq -c 'sort' <<< '[{"a":1},[1],"b",2,true,false,null]'
## stdout: [null,false,true,2,"b",[1],{"a":1}]

#### more: jq -c 'splits' <<< '1'
jq -c 'splits' <<< '1'
## STDERR:
jq: error: splits/0 is not defined at <top-level>, line 1:
splits
jq: 1 compile error
## END
## status: 3

#### more: jq -c 'splits(", ")' <<< '"a, b"'
jq -c 'splits(", ")' <<< '"a, b"'
## STDOUT:
"a"
"b"
## END

#### more: jq -c 'splits("a")' <<< '"xax"'
jq -c 'splits("a")' <<< '"xax"'
## STDOUT:
"x"
"x"
## END

#### more: jq -c 'sub("(?<x>a)"; "\(.x)\(.x)"; "g")' <<< '"banana"'
jq -c 'sub("(?<x>a)"; "\(.x)\(.x)"; "g")' <<< '"banana"'
## stdout: "baanaanaa"

#### more: jq -c 'test("[[:digit:]]")' <<< '"a1"'
jq -c 'test("[[:digit:]]")' <<< '"a1"'
## stdout: true

#### more: jq -c 'test("\\d+")' <<< '"a1"'
jq -c 'test("\\d+")' <<< '"a1"'
## stdout: true

#### more: jq -c 'to_entries' <<< '[10,20]'
jq -c 'to_entries' <<< '[10,20]'
## stdout: [{"key":0,"value":10},{"key":1,"value":20}]

#### more: jq -c 'to_entries[0]' <<< '{"b":1}'
jq -c 'to_entries[0]' <<< '{"b":1}'
## stdout: {"key":"b","value":1}

#### more: jq -c 'tojson' <<< '"é"'
jq -c 'tojson' <<< '"é"'
## stdout: "\"é\""

#### more: jq -c 'tostream' <<< '[]'
jq -c 'tostream' <<< '[]'
## stdout: [[],[]]

#### more: jq -c 'tostring' <<< '1.5e300'
jq -c 'tostring' <<< '1.5e300'
## stdout: "1.5e+300"

#### more: jq -c 'transpose' <<< '[[1,2],[3]]'
jq -c 'transpose' <<< '[[1,2],[3]]'
## stdout: [[1,3],[2,null]]

#### more: jq -c 'unique_by(length)' <<< '["a","bb","c","dd"]'
jq -c 'unique_by(length)' <<< '["a","bb","c","dd"]'
## stdout: ["a","bb"]

#### more: jq -c 'until(. > 100; . * 2)' <<< '3'
jq -c 'until(. > 100; . * 2)' <<< '3'
## stdout: 192

#### more: jq -c 'utf8bytelength' <<< '"é"'
jq -c 'utf8bytelength' <<< '"é"'
## stdout: 2

#### more: jq -c 'walk(if type == "number" then . + 1 else . end)' <<< 
jq -c 'walk(if type == "number" then . + 1 else . end)' <<< '{"a":[1,{"b":2}]}'
## stdout: {"a":[2,{"b":3}]}

#### more: jq -c 'walk(if type == "object" then del(.b) else . end)' <<
jq -c 'walk(if type == "object" then del(.b) else . end)' <<< '{"a":[1,{"b":2}],"b":3}'
## stdout: {"a":[1,{}]}

#### more: jq -c 'with_entries(.value += 1)' <<< '[10,20]'
jq -c 'with_entries(.value += 1)' <<< '[10,20]'
## stderr: jq: error (at <stdin>:1): Cannot use number (0) as object key
## status: 5

#### more: jq -c . <<< "'a'"
jq -c . <<< "'a'"
## stderr: parse error: Invalid numeric literal at line 2, column 0
## status: 4

#### more: jq -c . <<< '"\x"'
jq -c . <<< '"\x"'
## stderr: parse error: Invalid escape at line 1, column 4
## status: 4

#### more: jq -c . <<< '"abc'
jq -c . <<< '"abc'
## stderr: parse error: Unfinished string at EOF at line 2, column 0
## status: 4

#### more: jq -c . <<< '-'
jq -c . <<< '-'
## stderr: parse error: Invalid numeric literal at line 2, column 0
## status: 4

#### more: jq -c . <<< '.5'
jq -c . <<< '.5'
## stdout: 0.5

#### more: jq -c . <<< '01'
jq -c . <<< '01'
## stdout: 1

#### more: jq -c . <<< '1 2'
jq -c . <<< '1 2'
## STDOUT:
1
2
## END

#### more: jq -c . <<< '1.'
jq -c . <<< '1.'
## stdout: 1

#### more: jq -c . <<< '1e'
jq -c . <<< '1e'
## stderr: parse error: Invalid numeric literal at line 2, column 0
## status: 4

#### more: jq -c . <<< 'NaN'
jq -c . <<< 'NaN'
## stdout: null

#### more: jq -c . <<< '[1 2]'
jq -c . <<< '[1 2]'
## stderr: parse error: Expected separator between values at line 1, column 5
## status: 4

#### more: jq -c . <<< '[1,2'
jq -c . <<< '[1,2'
## stderr: parse error: Unfinished JSON term at EOF at line 2, column 0
## status: 4

#### more: jq -c . <<< '[1,2] [3]'
jq -c . <<< '[1,2]   [3]'
## STDOUT:
[1,2]
[3]
## END

#### more: jq -c . <<< '[nan]'
jq -c . <<< '[nan]'
## stderr: parse error: Invalid literal at line 1, column 5
## status: 4

#### more: jq -c . <<< 'infinity'
jq -c . <<< 'infinity'
## stdout: 1.7976931348623157e+308

#### more: jq -c . <<< 'nan'
jq -c . <<< 'nan'
## stderr: parse error: Invalid literal at line 2, column 0
## status: 4

#### more: jq -c . <<< 'tru'
jq -c . <<< 'tru'
## stderr: parse error: Invalid literal at line 2, column 0
## status: 4

#### more: jq -c . <<< 'true false null'
jq -c . <<< 'true false null'
## STDOUT:
true
false
null
## END

#### more: jq -c . <<< '{"a":1 "b":2}'
jq -c . <<< '{"a":1 "b":2}'
## stderr: parse error: Expected separator between values at line 1, column 10
## status: 4

#### more: jq -c . <<< '{"a":1,"b":2,"a":3}'
jq -c . <<< '{"a":1,"b":2,"a":3}'
## stdout: {"a":3,"b":2}

#### more: jq -c . <<< '{"a":1}}'
jq -c . <<< '{"a":1}}'
## stdout: {"a":1}
## stderr: parse error: Unmatched '}' at line 1, column 8
## status: 4

#### more: jq -c . <<< '{1:2}'
jq -c . <<< '{1:2}'
## stderr: parse error: Object keys must be strings at line 1, column 3
## status: 4

#### more: jq -h | head -3
jq -h | head -3
## stdout-json: "jq - commandline JSON processor [version 1.6]\n\nUsage:\tjq [options] <jq filter> [file...]\n"

#### more: jq -n '"2015-03-05T23:51:47Z" | strptime("%Y-%m-%dT%H:%M:%SZ
jq -n '"2015-03-05T23:51:47Z" | strptime("%Y-%m-%dT%H:%M:%SZ") | mktime'
## stdout: 1425599507

#### more: jq -n '"=" | @base64d'
jq -n '"=" | @base64d'
## stdout: ""

#### more: jq -n '"Hello World" | [scan("o")], [scan("(l+)")], ascii_do
jq -n '"Hello World" | [scan("o")], [scan("(l+)")], ascii_downcase' -c
## STDOUT:
["o","o"]
[["ll"],["l"]]
"hello world"
## END

#### more: jq -n '"YQ" | @base64d'
jq -n '"YQ" | @base64d'
## stdout: "a"

#### more: jq -n '"\(.)"'
jq -n '"\(.)"'
## stdout: "null"

#### more: jq -n '"\(1;2)"'
jq -n '"\(1;2)"'
## stderr-json: "jq: error: syntax error, unexpected ';' (Unix shell quoting issues?) at <top-level>, line 1:\n\"\\(1;2)\"    \njq: 1 compile error\n"
## status: 3

#### more: jq -n '"a" | explode | .[0] | [.] | implode'
jq -n '"a" | explode | .[0] | [.] | implode'
## stdout: "a"

#### more: jq -n '"a\nb" | @json, @text, tojson'
jq -n '"a\nb" | @json, @text, tojson'
## STDOUT:
"\"a\\nb\""
"a\nb"
"\"a\\nb\""
## END

#### more: jq -n '"abc" | .[1:2], .[5:], .[-1:]'
jq -n '"abc" | .[1:2], .[5:], .[-1:]'
## STDOUT:
"b"
""
"c"
## END

#### more: jq -n '"abc" | has(0)'
jq -n '"abc" | has(0)'
## stderr: jq: error (at <unknown>): Cannot check whether string has a number key
## status: 5

#### more: jq -n '"x" | ascii'
jq -n '"x" | ascii'
## stderr-json: "jq: error: ascii/0 is not defined at <top-level>, line 1:\n\"x\" | ascii      \njq: 1 compile error\n"
## status: 3

#### more: jq -n '"x" | error' ; echo rc=$?
jq -n '"x" | error' ; echo rc=$?
## stdout: rc=5
## stderr: jq: error (at <unknown>): x

#### more: jq -n '"x" | test("X"; "i"), test("x"; "x"), ("aXa"|[match("
jq -n '"x" | test("X"; "i"), test("x"; "x"), ("aXa"|[match("x";"gi").offset])' -c
## STDOUT:
true
true
[1]
## END

#### more: jq -n '$ENV | type'
jq -n '$ENV | type'
## stdout: "object"

#### more: jq -n '.. | numbers'
jq -n '.. | numbers'

#### more: jq -n '1 as [$a] | $a'
jq -n '1 as [$a] | $a'
## stderr: jq: error (at <unknown>): Cannot index number with number
## status: 5

#### more: jq -n '1 | ascii_downcase'
jq -n '1 | ascii_downcase'
## stderr: jq: error (at <unknown>): explode input must be a string
## status: 5

#### more: jq -n '1 | tojson | fromjson'
jq -n '1 | tojson | fromjson'
## stdout: 1

#### more: jq -n '65 | [.] | implode'
jq -n '65 | [.] | implode'
## stdout: "A"

#### more: jq -n '9007199254740993 + 0, 1e17, 12345678901234567'
jq -n '9007199254740993 + 0, 1e17, 12345678901234567'
## STDOUT:
9007199254740992
1e+17
12345678901234568
## END

#### more: jq -n '@text "a\(1)b"'
jq -n '@text "a\(1)b"'
## stdout: "a1b"

#### more: jq -n '[.[] | select(type == "object")]' -c
jq -n '[.[] | select(type == "object")]' -c
## stderr: jq: error (at <unknown>): Cannot iterate over null (null)
## status: 5

#### more: jq -n '[.[]?] | length'
jq -n '[.[]?] | length'
## stdout: 0

#### more: jq -n '[1,"a",null] | tostring, @json'
jq -n '[1,"a",null] | tostring, @json'
## STDOUT:
"[1,\"a\",null]"
"[1,\"a\",null]"
## END

#### more: jq -n '[1,2,3,4,5] | del(.[1:3], .[0])' -c
jq -n '[1,2,3,4,5] | del(.[1:3], .[0])' -c
## stdout: [4,5]

#### more: jq -n '[1,2,3] | .[1:] |= reverse' -c
jq -n '[1,2,3] | .[1:] |= reverse' -c
## stdout: [1,3,2]

#### more: jq -n '[1,2,3] | del(.[] | select(. > 1))' -c
jq -n '[1,2,3] | del(.[] | select(. > 1))' -c
## stdout: [1]

#### more: jq -n '[1,2,3] | to_entries | map(.key)' -c
jq -n '[1,2,3] | to_entries | map(.key)' -c
## stdout: [0,1,2]

#### more: jq -n '[1,2] | .[1:] = 3'
jq -n '[1,2] | .[1:] = 3'
## stderr: jq: error (at <unknown>): A slice of an array can only be assigned another array
## status: 5

#### more: jq -n '[1,2] | @csv "x: \(.)"' -r
jq -n '[1,2] | @csv "x: \(.)"' -r
## stdout: x: 1,2

#### more: jq -n '[1,2] | contains(1)'
jq -n '[1,2] | contains(1)'
## stderr: jq: error (at <unknown>): array ([1,2]) and number (1) cannot have their containment checked
## status: 5

#### more: jq -n '[1,2] | map(tostring) | join("") | tonumber'
jq -n '[1,2] | map(tostring) | join("") | tonumber'
## stdout: 12

#### more: jq -n '[1,[2,{"a":3}]] | [.. | scalars]' -c
jq -n '[1,[2,{"a":3}]] | [.. | scalars]' -c
## stdout: [1,2,3]

#### more: jq -n '[1,[2,{"a":3}]] | [..] | length'
jq -n '[1,[2,{"a":3}]] | [..] | length'
## stdout: 6

#### more: jq -n '[1,[2]] | getpath([1,0])'
jq -n '[1,[2]] | getpath([1,0])'
## stdout: 2

#### more: jq -n '[1] | getpath(["a"])'
jq -n '[1] | getpath(["a"])'
## stderr: jq: error (at <unknown>): Cannot index array with string "a"
## status: 5

#### more: jq -n '[1] | has("a")'
jq -n '[1] | has("a")'
## stderr: jq: error (at <unknown>): Cannot check whether array has a string key
## status: 5

#### more: jq -n '[1] | implode'
jq -n '[1] | implode'
## stdout: "\u0001"

#### more: jq -n '[3,2,1] | sort_by(.) | .[0]'
jq -n '[3,2,1] | sort_by(.) | .[0]'
## stdout: 1

#### more: jq -n '[[1,2],[3,4]] | del(.[][0])' -c
jq -n '[[1,2],[3,4]] | del(.[][0])' -c
## stdout: [[2],[4]]

#### more: jq -n '[[1,2],[3]] | .[] as [$a,$b] | {a:$a,b:$b}' -c
jq -n '[[1,2],[3]] | .[] as [$a,$b] | {a:$a,b:$b}' -c
## STDOUT:
{"a":1,"b":2}
{"a":3,"b":null}
## END

#### more: jq -n '[] | .[0] = 1 | .[2] = 3' -c
jq -n '[] | .[0] = 1 | .[2] = 3' -c
## stdout: [1,null,3]

#### more: jq -n '[splits("a")]' <<< '"banana"'
jq -n '[splits("a")]' <<< '"banana"'
## stderr: jq: error (at <unknown>): null (null) cannot be matched, as it is not a string
## status: 5

#### more: jq -n '[{"a":1},{"a":null}] | map(.a // "d")' -c
jq -n '[{"a":1},{"a":null}] | map(.a // "d")' -c
## stdout: [1,"d"]

#### more: jq -n '[{"a":1}] | .[].a |= . + 1' -c
jq -n '[{"a":1}] | .[].a |= . + 1' -c
## stdout: [{"a":2}]

#### more: jq -n 'ascii_downcase'
jq -n 'ascii_downcase'
## stderr: jq: error (at <unknown>): explode input must be a string
## status: 5

#### more: jq -n 'def f: reduce .[] as $x (0; . + $x); [1,2] | f'
jq -n 'def f: reduce .[] as $x (0; . + $x); [1,2] | f'
## stdout: 3

#### more: jq -n 'env | type, (env | length > 0)'
jq -n 'env | type, (env | length > 0)'
## STDOUT:
"object"
true
## END

#### more: jq -n 'error("custom")' ; echo rc=$?
jq -n 'error("custom")' ; echo rc=$?
## stdout: rc=5
## stderr: jq: error (at <unknown>): custom

#### more: jq -n 'error({"a":1})' ; echo rc=$?
jq -n 'error({"a":1})' ; echo rc=$?
## stdout: rc=5
## stderr: jq: error (at <unknown>) (not a string): {"a":1}

#### more: jq -n 'getpath(["a",0,"b"])'
jq -n 'getpath(["a",0,"b"])'
## stdout: null

#### more: jq -n 'input_line_number'
jq -n 'input_line_number'
## stdout: 0

#### more: jq -n 'now | floor | type'
jq -n 'now | floor | type'
## stdout: "number"

#### more: jq -n 'null + 1, 1 + null, null + null, "a" + null'
jq -n 'null + 1, 1 + null, null + null, "a" + null'
## STDOUT:
1
1
null
"a"
## END

#### more: jq -n 'paths' -c
jq -n 'paths' -c

#### more: jq -n 'splits("a"; "g"; 1)'
jq -n 'splits("a"; "g"; 1)'
## STDERR:
jq: error: splits/3 is not defined at <top-level>, line 1:
splits("a"; "g"; 1)
jq: 1 compile error
## END
## status: 3

#### more: jq -n 'try error("\(1)") catch . | length'
jq -n 'try error("\(1)") catch . | length'
## stdout: 1

#### more: jq -n '{"a":1,"b":2} | del(.[] | select(. == 1))' -c
jq -n '{"a":1,"b":2} | del(.[] | select(. == 1))' -c
## stdout: {"b":2}

#### more: jq -n '{"a":1,"b":2} | map_values(empty)' -c
jq -n '{"a":1,"b":2} | map_values(empty)' -c
## stdout: {}

#### more: jq -n '{"a":1} + null' -c
jq -n '{"a":1} + null' -c
## stdout: {"a":1}

#### more: jq -n '{"a":1} | .a as {b: $c} | $c'
jq -n '{"a":1} | .a as {b: $c} | $c'
## stderr: jq: error (at <unknown>): Cannot index number with string "b"
## status: 5

#### more: jq -n '{"a":1} | has(0)'
jq -n '{"a":1} | has(0)'
## stderr: jq: error (at <unknown>): Cannot check whether object has a number key
## status: 5

#### more: jq -n '{"a":1} | with_entries(.key |= ascii_upcase)' -c
jq -n '{"a":1} | with_entries(.key |= ascii_upcase)' -c
## stdout: {"A":1}

#### more: jq -n '{"a":[1,2]} | .a[] as $x | $x'
jq -n '{"a":[1,2]} | .a[] as $x | $x'
## STDOUT:
1
2
## END

#### more: jq -n '{"a":[1]} | [paths(..)]' -c
jq -n '{"a":[1]} | [paths(..)]' -c
## stdout: [["a"],["a"],["a",0]]

#### more: jq -n '{"a":[{"b":1},{"b":2}]} | .a |= map(select(.b > 1))' 
jq -n '{"a":[{"b":1},{"b":2}]} | .a |= map(select(.b > 1))' -c
## stdout: {"a":[{"b":2}]}

#### more: jq -n '{"a":{"b":1,"c":2}} | del(.a.b, .a.c)' -c
jq -n '{"a":{"b":1,"c":2}} | del(.a.b, .a.c)' -c
## stdout: {"a":{}}

#### more: jq -n '{"a":{"b":1}} | .a.b |= empty' -c
jq -n '{"a":{"b":1}} | .a.b |= empty' -c
## stdout: {"a":{}}

#### more: jq -n '{"b":2,"a":1} | to_entries | map(.key) | @csv' -r
jq -n '{"b":2,"a":1} | to_entries | map(.key) | @csv' -r
## stdout: "b","a"

#### more: jq -n '{a:1} | .a as $x | $x + 1'
jq -n '{a:1} | .a as $x | $x + 1'
## stdout: 2

#### more: jq -n '{} | .["a-b"] = 1 | ."a-b"'
jq -n '{} | .["a-b"] = 1 | ."a-b"'
## stdout: 1

#### more: jq -n '{} | .a += 1' -c
jq -n '{} | .a += 1' -c
## stdout: {"a":1}

#### more: jq -n '{} | .a -= 1, .a *= 2, .a //= 5' -c
jq -n '{} | .a -= 1, .a *= 2, .a //= 5' -c
## stderr: jq: error (at <unknown>): null (null) and number (1) cannot be subtracted
## status: 5

#### more: jq -n '{} | getpath(["a","b"])'
jq -n '{} | getpath(["a","b"])'
## stdout: null

#### more: jq -n --seq '1,[2]' | od -c | head -3
jq -n --seq '1,[2]' | od -c | head -3
## STDOUT:
0000000 036   1  \n 036   [  \n           2  \n   ]  \n
0000014
## END

#### more: jq -n --stream '1' ; echo rc=$?
jq -n --stream '1' ; echo rc=$?
## STDOUT:
1
rc=0
## END

#### more: jq -r '.[] | .name' <<< '[{"name":"x"},{"name":null},{}]'
jq -r '.[] | .name' <<< '[{"name":"x"},{"name":null},{}]'
## STDOUT:
x
null
null
## END

#### more: jq -r '.[] | @text' <<< '[1,"x",null,true,{"a":1}]'
jq -r '.[] | @text' <<< '[1,"x",null,true,{"a":1}]'
## STDOUT:
1
x
null
true
{"a":1}
## END

#### more: jq -r '.[]' <<< '[1,"x",null,true,{"a":1},[2]]'
jq -r '.[]' <<< '[1,"x",null,true,{"a":1},[2]]'
## STDOUT:
1
x
null
true
{
  "a": 1
}
[
  2
]
## END

#### more: jq -r '@csv' <<< '[1.5, "a,b", "x\ny"]'
jq -r '@csv' <<< '[1.5, "a,b", "x\ny"]'
## STDOUT:
1.5,"a,b","x
y"
## END

#### more: jq -r '@sh' <<< '["a", 1, null, false]'
jq -r '@sh' <<< '["a", 1, null, false]'
## stdout: 'a' 1 null false

#### more: jq -r '@tsv' <<< '[1.5, "a\tb", "x\ny", "\\"]'
jq -r '@tsv' <<< '[1.5, "a\tb", "x\ny", "\\"]'
## stdout: 1.5	a\tb	x\ny	\\

#### more: jq -rn '"\u00e9" | @uri, @base64'
jq -rn '"\u00e9" | @uri, @base64'
## STDOUT:
%C3%A9
w6k=
## END

#### more: jq . <<< '"\u001b[31m"'
jq . <<< '"\u001b[31m"'
## stdout: "\u001b[31m"

#### more: jq . <<< '[[],{},[{}]]'
jq . <<< '[[],{},[{}]]'
## STDOUT:
[
  [],
  {},
  [
    {}
  ]
]
## END

#### more: jq . <<< '[]'
jq . <<< '[]'
## stdout: []

#### more: jq . <<< '{}'
jq . <<< '{}'
## stdout: {}

#### more: printf '[1,\n2,\n3' | jq -c .
printf '[1,\n2,\n3' | jq -c .
## stderr: parse error: Unfinished JSON term at EOF at line 3, column 1
## status: 4

#### more: printf '\xef\xbb\xbf{"a":1}' | jq -c .
printf '\xef\xbb\xbf{"a":1}' | jq -c .
## stdout: {"a":1}

#### more: printf '{"a":"\xff"}' | jq -c .
printf '{"a":"\xff"}' | jq -c .
## stdout: {"a":"�"}

#### more: printf '{"a":1}\n\n\n{"a":' | jq -c .
printf '{"a":1}\n\n\n{"a":' | jq -c .
## stdout: {"a":1}
## stderr: parse error: Unfinished JSON term at EOF at line 4, column 5
## status: 4

#### b64: jq -n '"YWJjZ" | @base64d'
jq -n '"YWJjZ" | @base64d'
## stderr: jq: error (at <unknown>): string ("YWJjZ") trailing base64 byte found
## status: 5

#### b64: jq -n '"a" | @base64d'
jq -n '"a" | @base64d'
## stderr: jq: error (at <unknown>): string ("a") trailing base64 byte found
## status: 5

#### b64: jq -n '"YW=" | @base64d'
jq -n '"YW=" | @base64d'
## stdout: "a"

#### b64: jq -n '"!!!!" | @base64d'
jq -n '"!!!!" | @base64d'
## stderr: jq: error (at <unknown>): string ("!!!!") is not valid base64 data
## status: 5

#### b64: jq -rn '"aGVsbG8" | @base64d'
jq -rn '"aGVsbG8" | @base64d'
## stdout: hello

#### runaway recursion ends jq like a failed allocation (status 134)
(jq -n 'def f: 1 + f; f') 2>/dev/null; echo "status $?"
(jq -n 'def f: [f]; f') 2>/dev/null; echo "status $?"
jq -n 'def fact: if . <= 1 then 1 else . * (. - 1 | fact) end; 20 | fact'
## STDOUT:
status 134
status 134
2432902008176640000
## END

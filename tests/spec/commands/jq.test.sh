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

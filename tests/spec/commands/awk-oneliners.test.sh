# awk: one-liners agents use (expectations from GNU Awk 5.2.1).

#### print lines between markers with a flag
printf 'a\nstart\nb\nc\nend\nd\n' | awk '/start/{flag=1;next}/end/{flag=0}flag'
## STDOUT:
b
c
## END

#### paragraph mode with -v RS empty
printf 'a\nb\n\nc\n' | awk -v RS= '{print NR": "$1"/"$2}'
## STDOUT:
1: a/b
2: c/
## END

#### number lines with tab
printf 'x\ny\n' | awk '{ print NR "\t" $0 }'
## STDOUT:
1	x
2	y
## END

#### quote as field separator
echo 'name="alice" age="30"' | awk -F'"' '{print $2, $4}'
## stdout: alice 30

#### trim trailing whitespace
printf 'a  \nb\t\n' | awk '{gsub(/[[:space:]]+$/, ""); print "[" $0 "]"}'
## STDOUT:
[a]
[b]
## END

#### trim leading whitespace with sub
printf '   a b\n\tc\n' | awk '{ sub(/^[ \t]+/, ""); print }'
## STDOUT:
a b
c
## END

#### squeeze whitespace with $1=$1
printf '  a   b  \n' | awk '{$1=$1};1'
## stdout: a b

#### printf division
awk 'BEGIN{printf "%.2f\n", 10/3}'
## stdout: 3.33

#### total of last column
printf 'a 1\nb 2\nc 3.5\n' | awk '{total += $NF} END {printf "Total: %d\n", total}'
## stdout: Total: 6

#### count matches prints empty when none
printf 'a\nb\n' | awk '/z/ {count++} END {print count}'
## stdout: 

#### count matches
printf 'a\nb\na\n' | awk '/a/ {count++} END {print count}'
## stdout: 2

#### previous line in END
printf '1\n2\n3\n' | awk '{ lines[NR] = $0 } END { print lines[NR-1] }'
## stdout: 2

#### duplicates only
printf 'x\ny\nx\nz\ny\nx\n' | awk '{a[$1]++} END{for(k in a) if(a[k]>1) print k, a[k]}' | awk '{print}' | LC_ALL=C awk '{print}'
## STDOUT:
x 3
y 2
## END

#### numeric field filter
printf 'a 12\nb x1\nc 7\n' | awk '$2 ~ /^[0-9]+$/'
## STDOUT:
a 12
c 7
## END

#### output file per record
printf 'a\nb\n' | awk '{print > ("out_" NR ".txt")}'; cat out_1.txt out_2.txt
## STDOUT:
a
b
## END

#### max of a column
printf '3\n9\n4\n' | awk '{ if ($1 > max) max = $1 } END { print max }'
## stdout: 9

#### BEGIN block separated by semicolon
echo 'a:b' | awk 'BEGIN { FS = ":" } ; { print $2 }'
## stdout: b

#### uppercase everything
echo 'Hello World' | awk '{print toupper($0)}'
## stdout: HELLO WORLD

#### else if chain
printf '5\n50\n500\n' | awk '{
  if ($1 < 10) {
    print "small"
  } else if ($1 < 100) {
    print "medium"
  } else {
    print "large"
  }
}'
## STDOUT:
small
medium
large
## END

#### aligned columns
printf 'apple 3\nbanana 12\n' | awk '{ printf "%-15s %s\n", $1, $2 }'
## STDOUT:
apple           3
banana          12
## END

#### reverse fields
echo 'a b c' | awk '{for (i = NF; i > 0; i--) printf "%s%s", $i, (i > 1 ? " " : "\n")}'
## stdout: c b a

#### regex match as value
awk 'BEGIN { x = "abc"; print x ~ "b", x ~ /z/ }'
## stdout: 1 0

#### header then body through cat pipe
printf 'h\nb\na\n' | awk 'NR==1{print; next} {print | "cat"}'
## STDOUT:
h
b
a
## END

#### csv column sum with header
## file: data.csv
item,qty,price
a,2,1.50
b,3,2.25
## end
awk -F, 'NR > 1 { sum += $2 * $3 } END { printf "%.2f\n", sum }' data.csv
## stdout: 9.75

#### average
printf '1\n2\n3\n4\n' | awk '{ s += $1 } END { print s / NR }'
## stdout: 2.5

#### count fields per line with filename
## file: a.txt
x y
z
## end
awk '{ print FILENAME ":" FNR ": " NF }' a.txt
## STDOUT:
a.txt:1: 2
a.txt:2: 1
## END

#### print specific lines
printf 'l1\nl2\nl3\nl4\nl5\n' | awk 'NR>=2 && NR<=4'
## STDOUT:
l2
l3
l4
## END

#### last line
printf 'l1\nl2\nl3\n' | awk 'END{print}'
## stdout: l3

#### substr from a field position
echo 'a b the rest of it' | awk '{print substr($0, index($0, $3))}'
## stdout: the rest of it

#### key value parsing
printf 'host=example.com\nport=8080\n' | awk -F= '{conf[$1] = $2} END {print conf["host"] ":" conf["port"]}'
## stdout: example.com:8080

#### frequency of characters
echo 'hello' | awk '{n = split($0, c, ""); for (i = 1; i <= n; i++) f[c[i]]++; print f["l"], f["h"]}'
## stdout: 2 1

#### sum of columns per row
printf '1 2 3\n4 5 6\n' | awk '{s = 0; for (i = 1; i <= NF; i++) s += $i; print s}'
## STDOUT:
6
15
## END

#### transpose small matrix
printf '1 2\n3 4\n' | awk '{for (i=1;i<=NF;i++) m[NR,i]=$i} END{for (i=1;i<=2;i++) {row=""; for (j=1;j<=NR;j++) row = row (j>1?" ":"") m[j,i]; print row}}'
## STDOUT:
1 3
2 4
## END

#### print every other field
echo 'a b c d e' | awk '{for (i = 1; i <= NF; i += 2) printf "%s ", $i; print ""}'
## stdout: a c e 

#### count lines words chars
printf 'one two\nthree\n' | awk '{w += NF; c += length($0) + 1} END {print NR, w, c}'
## stdout: 2 3 14

#### replace a column value conditionally
printf 'a 1\nb 2\n' | awk '$2 == 2 {$2 = "two"} {print}'
## STDOUT:
a 1
b two
## END

#### filter by length of field
printf 'ab x\nabcd y\n' | awk 'length($1) > 2 {print $2}'
## stdout: y

#### remove duplicate fields keeping order
echo 'a b a c b' | awk '{for (i=1;i<=NF;i++) if (!s[$i]++) printf "%s ", $i; print ""}'
## stdout: a b c 

#### string comparisons for sorting check
printf 'a\nb\nb\nc\n' | awk 'NR > 1 && $0 < prev {bad = 1} {prev = $0} END {print bad ? "unsorted" : "sorted"}'
## stdout: sorted

#### print with OFS from -v and commas
echo 'a b' | awk -v OFS='|' '{print $1, $2, "c"}'
## stdout: a|b|c

#### hex output
awk 'BEGIN{for (i = 250; i <= 256; i += 3) printf "%d=%x ", i, i; print ""}'
## stdout: 250=fa 253=fd 256=100 

#### percent formatting of ratio
awk 'BEGIN{printf "%.1f%%\n", 17 / 40 * 100}'
## stdout: 42.5%

#### field separator of multiple characters
echo 'a::b::c' | awk -F'::' '{print $2, NF}'
## stdout: b 3

#### FS regex alternation
echo 'a1b;c' | awk -F'[0-9;]' '{print $1 $2 $3}'
## stdout: abc

#### ignore comment lines
printf '# c\nx\n  # d\ny\n' | awk '!/^[[:space:]]*#/'
## STDOUT:
x
y
## END

#### json-ish value extraction
printf '{\n  "name": "mirage",\n  "version": "1.0"\n}\n' | awk -F'"' '/"version"/{print $4}'
## stdout: 1.0

#### date-like field split with multiple separators
echo '2024-01-15T10:30:00' | awk -F'[-T:]' '{print $1, $2, $3, $4}'
## stdout: 2024 01 15 10

#### increment by field values per group
printf 'x 1\ny 2\nx 3\n' | awk '{s[$1] += $2; n[$1]++} END {print s["x"] / n["x"], s["y"]}'
## stdout: 2 2

#### extract a number with match and substr
printf 'id=42 x\nnone\nv7\n' | awk 'match($0, /[0-9]+/) { print substr($0, RSTART, RLENGTH) }'
## STDOUT:
42
7
## END

#### epoch to date with strftime
echo '86400 1700000000' | awk '{ print strftime("%Y-%m-%d", $1), strftime("%H:%M", $2) }'
## stdout: 1970-01-02 22:13

#### print when the key changes
printf 'a 1\na 2\nb 3\nb 4\nc 5\n' | awk '$1 != prev { print; prev = $1 }'
## STDOUT:
a 1
b 3
c 5
## END

#### join every three lines
printf '1\n2\n3\n4\n5\n6\n' | awk 'ORS=NR%3?",":"\n"'
## STDOUT:
1,2,3
4,5,6
## END

#### redirect to FILENAME with suffix
## file: a.txt
x
## end
awk '{ print "copy:", $0 > FILENAME ".bak" }' a.txt; cat a.txt.bak
## stdout: copy: x

#### drop first field and leading space
echo 'a b c' | awk '{ $1 = ""; sub(/^ /, ""); print }'
## stdout: b c

#### pair lines with ternary separator
printf 'a\nb\nc\nd\n' | awk '{ printf "%s%s", $0, (NR%2 ? "," : "\n") }'
## STDOUT:
a,b
c,d
## END

#### sum per key in gawk order
printf 'x 1\ny 2\nz 3\nx 4\nw 5\n' | awk '{ sum[$1] += $2 } END { for (k in sum) printf "%s: %d\n", k, sum[k] }'
## STDOUT:
w: 5
x: 5
y: 2
z: 3
## END

#### length as a pattern
printf 'a\n\nb\n' | awk 'length'
## STDOUT:
a
b
## END

#### lowercase the record
echo 'MiXeD CaSe' | awk '{ $0 = tolower($0); print $2 }'
## stdout: case

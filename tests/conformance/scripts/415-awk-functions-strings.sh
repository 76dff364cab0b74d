# Agent uses awk string functions on CSV data.
cd /tmp/cws
awk -F, 'NR>1 {print toupper(substr($1,1,1)) substr($1,2), length($1), index($1, "g")}' data/items.csv
awk 'BEGIN { s = "foo-bar-baz"; gsub(/-/, "_", s); print s; n = sub(/a/, "A", s); print n, s }'
awk 'BEGIN { if (match("order #12345 shipped", /[0-9]+/)) print RSTART, RLENGTH }'
awk 'BEGIN { printf "%s\n", sprintf("%-6s|", "ab") }'
awk 'function max(a, b) { return a > b ? a : b } BEGIN { print max(3, 7), max("10", "9") }'
awk 'BEGIN { x = "3.0"; y = 3; print (x == y), ("3.0" == 3) }'
echo "3.0 3" | awk '{ print ($1 == $2) }'
awk 'BEGIN { print length() }' </dev/null
awk 'BEGIN { print substr("hello", 0, 2), substr("hello", -1), substr("hello", 4, 100) }'

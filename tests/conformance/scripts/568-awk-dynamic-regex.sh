# Agent filters with dynamic regexes, match() captures and IGNORECASE.
cd /tmp/cws
pat='^(GET|POST) /api'
awk -v re="$pat" '{ split($0, q, "\""); if (q[2] ~ re) n++ } END { print n " api calls" }' data/access.log
awk 'match($0, /id=([a-z0-9]+)/, m) { print NR, m[1], RSTART, RLENGTH }' data/app.log
awk 'BEGIN { IGNORECASE = 1 } /error/ { c++ } END { print c }' data/app.log
awk '{ if ($0 ~ "WARN|ERROR") print substr($0, 1, 20) }' data/app.log
awk -F'[][]' '{ print $2 }' data/access.log | cut -d: -f2,3 | sort | uniq -c | head -3
awk '{ gsub(/[0-9]+ms/, "<t>"); sub(/^[^ ]+ /, "") } /<t>/' data/app.log

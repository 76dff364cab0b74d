# Agent parses access log timestamps and request fields with awk split.
cd /tmp/cws
awk '{ split($4, d, /[\[\/:]/); print d[2], d[3], d[5] ":" d[6] }' data/access.log | head -3
awk -F'"' '{ split($2, r, " "); m[r[1]]++ } END { for (k in m) print k, m[k] }' data/access.log | sort
awk '{ gsub(/"/, "", $6); print $6 }' data/access.log | sort | uniq -c
awk '{ n = gsub(/\./, ".", $1); print n }' data/access.log | uniq -c
awk -F'"' '{print $6}' data/access.log | cut -d/ -f1 | sort -u

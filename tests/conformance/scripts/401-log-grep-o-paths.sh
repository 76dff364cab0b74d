# Agent extracts API paths with grep -o and ranks them.
cd /tmp/cws
grep -oE '/api/[a-z]+(/[0-9]+)?' data/access.log | sort | uniq -c | sort -rn | awk '{printf "%-20s %3d\n", $2, $1}'
grep -c ' 200 ' data/access.log
grep -oE 'HTTP/[0-9.]+" [45][0-9]{2}' data/access.log | awk '{print $2}' | sort -n | uniq

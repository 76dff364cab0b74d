# Agent summarises an access log: status counts, top paths, bytes per client.
cd /tmp/cws
echo "== status codes =="
awk '{print $9}' data/access.log | sort | uniq -c | sort -k1,1nr -k2,2n
echo "== top paths =="
cut -d'"' -f2 data/access.log | awk '{print $2}' | sort | uniq -c | sort -rn | head -3
echo "== bytes per client =="
awk '{b[$1]+=$10} END {for (ip in b) printf "%-10s %6d\n", ip, b[ip]}' data/access.log | sort -k2,2nr
grep -c ' 40[0-9] ' data/access.log
grep -oE '"(GET|POST|PUT|DELETE) ' data/access.log | tr -d '" ' | sort | uniq -c

# Agent digs into an application log: level histogram, errors with context, components.
cd /tmp/cws
grep -oE '\b(INFO|DEBUG|WARN|ERROR)\b' data/app.log | sort | uniq -c | sort -rn
grep -n -A1 -B1 ERROR data/app.log
awk '{sub(/:$/, "", $3); c[$3]++} END {n = asorti(c, k); for (i = 1; i <= n; i++) print k[i], c[k[i]]}' data/app.log
grep -P '\d+ms$' data/app.log | sed -E 's/.* ([0-9]+)ms$/\1/' | sort -n | tail -1
sed -n '/WARN/,/ERROR/p' data/app.log | wc -l

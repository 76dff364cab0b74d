# Agent summarizes an application log by level and component.
cd /tmp/cws
awk '{print $2}' data/app.log | sort | uniq -c | sort -rn
echo ---
grep ERROR data/app.log | sed -E 's/.*\(id=([a-z0-9]+)\).*/\1/'
echo ---
grep -E 'WARN|ERROR' data/app.log | awk '{sub(/:$/, "", $3); print $3}' | sort | uniq -c
echo ---
grep -oE '[0-9]+ms' data/app.log | tr -d 'ms' | sort -n | tail -1
awk '$2=="ERROR" {split($1, t, "T"); print t[2]}' data/app.log
grep -n 'timeout' data/app.log | cut -d: -f1 | paste -sd' '

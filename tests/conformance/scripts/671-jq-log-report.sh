# A small report from JSON-lines logs, with printf and sort.
cd /tmp/cws/data
total=$(wc -l < events.jsonl)
errors=$(jq -c 'select(.level == "error")' events.jsonl | wc -l)
echo "events: $total, errors: $errors"
jq -r '[.svc, .level] | join(" ")' events.jsonl | sort | uniq -c | while read -r n svc lvl; do
  printf '%-7s %-6s %2d\n' "$svc" "$lvl" "$n"
done
jq -r 'select(.job) | "job \(.job): \(.msg)"' events.jsonl
slowest=$(jq -s -r 'max_by(.ms) | "\(.svc) \(.ms)ms"' events.jsonl)
echo "slowest: $slowest"
jq -r '.ts[11:16]' events.jsonl | sort | uniq | tr '\n' ' '; echo

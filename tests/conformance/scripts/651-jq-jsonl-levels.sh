# Summarise a JSON-lines log: count by level, list errors.
cd /tmp/cws/data
jq -r '.level' events.jsonl | sort | uniq -c | sort -rn
jq -c 'select(.level == "error") | {svc, msg}' events.jsonl
jq -s 'map(.ms) | add / length | floor' events.jsonl
jq -s -c 'group_by(.svc) | map({svc: .[0].svc, n: length, max_ms: (map(.ms) | max)})' events.jsonl
jq -r 'select(.ms > 100) | [.ts, .svc, .ms] | @tsv' events.jsonl

# reduce / foreach / try over JSON lines.
cd /tmp/cws/data
jq -n 'reduce inputs as $e ({}; .[$e.level] += 1)' events.jsonl
jq -n -c '[foreach inputs as $e (0; . + $e.ms; .)]' events.jsonl
jq -c 'try (.job | if . == null then error("no job") else . end) catch "skip"' events.jsonl | sort | uniq -c
jq -n -c 'reduce (inputs | select(.svc == "api")) as $e ([]; . + [$e.ms]) | {n: length, sum: add}' events.jsonl
jq -s -c 'map(select(.level != "debug")) | unique_by(.svc) | map(.svc)' events.jsonl
jq -s -c 'min_by(.ms) | .msg, (max_by(.ms) | .msg)' events.jsonl

# Slurp, raw input and null input combined.
cd /tmp/cws/data
jq -R . VERSION
jq -Rs 'split("\n") | length' events.jsonl
jq -R 'fromjson | .level' events.jsonl | sort -u
jq -n '[inputs | .ms] | max' events.jsonl
jq -n 'input | .msg' events.jsonl
jq -sR 'length' config.json
head -3 events.jsonl | jq -s -c 'map(.svc)'
jq -n -c '[limit(2; inputs)] | map(.level)' events.jsonl

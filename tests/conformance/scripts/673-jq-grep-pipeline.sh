# Mix grep and jq: prefilter lines, then parse.
cp /tmp/cws/web/package.sample /tmp/cws/web/package.json
cd /tmp/cws/data
grep '"svc":"api"' events.jsonl | jq -r '.msg'
grep -c error events.jsonl
grep error events.jsonl | jq -s 'length'
jq -c . events.jsonl | grep -n '"worker"' | cut -d: -f1
jq -r 'select(.level == "warn" or .level == "error") | .ts' events.jsonl | sed 's/T/ /; s/Z$//'
grep -h '"name"' config.json ../web/package.json | sed 's/^ *//'

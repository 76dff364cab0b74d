# Dates in JSON logs.
cd /tmp/cws/data
jq -r '.ts | fromdateiso8601' events.jsonl | head -2
jq -s -r '(last.ts | fromdate) - (first.ts | fromdate) | "\(.)s"' events.jsonl
jq -n -r '1709287200 | todate, strftime("%Y/%m/%d %H:%M"), (gmtime | mktime)'
jq -r '.ts | strptime("%Y-%m-%dT%H:%M:%SZ") | strftime("%H:%M")' events.jsonl | uniq | head -3
jq -n '"not a date" | fromdateiso8601'; echo "status $?"

# Regex helpers over log messages.
cd /tmp/cws/data
jq -r 'select(.msg | test("^job")) | .msg' events.jsonl
jq -r '.msg | sub("(?<verb>GET|POST) "; "\(.verb):")' events.jsonl | tail -1
jq -c 'select(.msg | test("fail|error|5[0-9]{2}"; "i")) | .msg | [match("[0-9]+"; "g").string]' events.jsonl
jq -r '.ts | capture("T(?<h>[0-9]+):(?<m>[0-9]+)") | "\(.h)h\(.m)"' events.jsonl | sort -u
jq -r '.msg | ascii_upcase | gsub(" "; "_")' events.jsonl | head -3
jq -c '.msg | [splits(" +")] | length' events.jsonl | paste -sd' '
jq -r '.msg | split(": ") | .[0]' events.jsonl | sort | uniq -c | sort -rn | head -3

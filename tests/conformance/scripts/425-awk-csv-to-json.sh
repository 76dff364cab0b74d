# Agent converts CSV to JSON lines with awk then sums with jq.
cd /tmp/cws
awk -F, 'NR==1 {for (i=1;i<=NF;i++) h[i]=$i; next} {printf "{"; for (i=1;i<=NF;i++) {v=$i; if (v !~ /^[0-9.]+$/) v="\"" v "\""; printf "%s\"%s\":%s", (i>1?",":""), h[i], v}; print "}"}' data/items.csv > build/items.jsonl
cat build/items.jsonl
jq -s 'map(.qty) | add' build/items.jsonl
jq -r 'select(.category=="parts") | "\(.name): \(.price)"' build/items.jsonl

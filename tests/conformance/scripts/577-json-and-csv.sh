# Agent mixes jq and text tools on config and CSV data.
cd /tmp/cws
jq -r 'paths(scalars) | map(tostring) | join(".")' data/config.json | sort
jq -r 'to_entries[] | "\(.key)=\(.value|tostring)"' data/config.json | sort | head -5
tail -n +2 data/items.csv | awk -F, '{printf "{\"name\":\"%s\",\"qty\":%d}\n", $1, $3}' | jq -s 'map(select(.qty > 5)) | length'
tail -n +2 data/items.csv | cut -d, -f1,3 | tr , ' ' | while read -r n q; do printf '%s=%s;' "$n" "$q"; done; echo

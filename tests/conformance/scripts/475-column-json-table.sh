# Agent converts jq output to aligned tables.
cd /tmp/cws
jq -r '. | to_entries[] | [.key, (.value|type)] | @tsv' data/config.json | column -t -s$'\t'
jq -r 'paths | map(tostring) | join(".")' data/config.json | head -5
jq -r '[paths(scalars)] | length' data/config.json

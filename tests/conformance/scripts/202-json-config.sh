# Read values out of the JSON config.
cd /tmp/cws/data
jq -r '.name' config.json
jq '.tags | length' config.json
jq -c '{name, version}' config.json
jq -r '.tags[]' config.json | sort -r
jq '.max_items > 100' config.json

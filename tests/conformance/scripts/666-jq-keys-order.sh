# Key order and sorting in objects.
cp /tmp/cws/web/package.sample /tmp/cws/web/package.json
cd /tmp/cws/web
jq -c '.scripts | keys' package.json
jq -c '.scripts | keys_unsorted' package.json
jq -c '.dependencies | to_entries | sort_by(.value) | from_entries' package.json
jq -c '.devDependencies | with_entries(.value |= ltrimstr("^") | .value |= ltrimstr("~"))' package.json
jq -c '[.dependencies, .devDependencies] | add | keys | map(select(startswith("vite")))' package.json
jq -S '.engines + {"a": 1}' package.json
jq -c '.scripts | map_values(split(" ")[0])' package.json

# Walk a JSON document: paths, leaf paths, getpath/setpath.
cp /tmp/cws/web/package.sample /tmp/cws/web/package.json
cd /tmp/cws/web
jq -c '[paths | map(tostring) | join(".")] | .[:6]' package.json
jq -r 'leaf_paths | map(tostring) | join(".")' package.json | head -5
jq -c 'getpath(["engines", "node"])' package.json
jq -c 'setpath(["engines", "npm"]; ">=9") | .engines' package.json
jq -c '[paths(type == "string")] | length' package.json
jq -c 'to_entries | map(select(.value | type == "object")) | map(.key)' package.json
jq -c 'del(.scripts, .dependencies, .devDependencies)' package.json
jq -c '{} | .a.b.c = 1 | .a.list[2] = "x"'  package.json

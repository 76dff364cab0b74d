# Inspect a package.json: scripts, dependency names and versions.
cp /tmp/cws/web/package.sample /tmp/cws/web/package.json
cd /tmp/cws/web
jq -r '.name + "@" + .version' package.json
jq -r '.scripts | keys[]' package.json
jq -r '.scripts | to_entries[] | "\(.key): \(.value)"' package.json
jq -r '.dependencies | to_entries | map("\(.key)=\(.value)") | join(", ")' package.json
jq '[.dependencies, .devDependencies] | add | length' package.json
jq -r '.devDependencies | with_entries(select(.value | startswith("^"))) | keys | @tsv' package.json
jq -e '.scripts.test' package.json >/dev/null && echo "has tests"
jq -e '.scripts.deploy' package.json; echo "deploy status: $?"

# Find JSON files in the project and query each one.
cp /tmp/cws/web/package.sample /tmp/cws/web/package.json
cd /tmp/cws
find . -name '*.json' -not -path './build/*' | sort | while read -r f; do
  printf '%s: %s\n' "$f" "$(jq -c 'if type == "object" then keys | length else length end' "$f")"
done
find . -name '*.json' -not -path './build/*' | sort | xargs jq -r 'input_filename + " " + (.name // "-")' 2>&1
grep -l '"version"' data/*.json web/*.json | xargs jq -r '.version'

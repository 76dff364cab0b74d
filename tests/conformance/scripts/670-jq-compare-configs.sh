# Compare two JSON configs key by key.
cd /tmp/cws/build
jq '.version = "2.0.0" | .tags -= ["demo"] | .timeout = 30' ../data/config.json > new.json
diff <(jq -S . ../data/config.json) <(jq -S . new.json)
echo "diff status: $?"
jq -n --slurpfile a ../data/config.json --slurpfile b new.json \
  '[$a[0], $b[0]] | (.[0] | keys) as $k1 | (.[1] | keys) as $k2 | {added: ($k2 - $k1), removed: ($k1 - $k2)}' -c
jq -s -c '.[0] as $old | .[1] | to_entries | map(select($old[.key] != .value)) | map(.key)' ../data/config.json new.json

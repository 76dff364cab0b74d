# Streaming forms: --stream, tostream, fromstream, --seq.
cd /tmp/cws/data
jq -c --stream . config.json | head -5
jq -c 'tostream' config.json | tail -2
jq -c 'fromstream(tostream)' config.json
jq -c --stream 'select(length == 2) | .[0] | join(".")' config.json | head -3
jq -n --seq '1, "a"' | od -c | head -2
jq -c '[leaf_paths | join(".")]' config.json

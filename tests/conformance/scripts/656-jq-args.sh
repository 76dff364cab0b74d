# Build JSON from shell values with --arg, --argjson, --args and $ENV.
cd /tmp/cws/build
jq -n --arg name demo --argjson n 3 '{name: $name, n: $n, twice: ($n * 2)}'
jq -nc '$ARGS.positional' --args a "b c" d
jq -nc '$ARGS.positional | map(. * 10)' --jsonargs 1 2.5 3
NAME=mirage jq -nr 'env.NAME, $ENV.NAME'
jq -n --slurpfile cfg ../data/config.json '$cfg[0].tags'
jq -n --rawfile v ../data/VERSION '$v | rtrimstr("\n") | split(".")'
jq -c --arg k owner '.[$k]' ../data/config.json

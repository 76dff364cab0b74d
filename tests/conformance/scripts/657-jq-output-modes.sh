# Output flags: -r, -j, -a, -c, -S, --tab, --indent.
cd /tmp/cws/data
jq -r '.tags[]' config.json
jq -j '.tags[]' config.json; echo
jq -a -n '"héllo ☃"'
jq --tab '{name, tags}' config.json
jq --indent 1 '{name, tags}' config.json
jq --indent 0 '.tags' config.json
jq -S -c . config.json
jq -c -n '[1, 1.0, 1.5, 100000000000000000000, -0, 0.1 + 0.2, 3.0000000000000004]'

# Edit a JSON config with jq and write it back through a temp file.
cd /tmp/cws/data
cp config.json /tmp/cws/build/config.json
cd /tmp/cws/build
jq '.version = "1.5.0" | .debug = true' config.json > config.tmp && mv config.tmp config.json
jq '.tags += ["new"] | .max_items *= 2' config.json > config.tmp && mv config.tmp config.json
jq --arg owner "platform team" '.owner = $owner' config.json > config.tmp && mv config.tmp config.json
jq 'del(.debug)' config.json > config.tmp && mv config.tmp config.json
cat config.json
jq -c . config.json
jq -S . config.json | head -4

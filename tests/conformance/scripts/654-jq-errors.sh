# What an agent sees when jq meets bad input or a bad filter.
cd /tmp/cws/build
printf '{"a": 1,\n "b": }\n' > broken.json
jq . broken.json; echo "status $?"
jq '.a' ../data/config.json ../data/nope.json; echo "status $?"
jq '.name | .[0]' ../data/config.json; echo "status $?"
jq '.tags | map(. + 1)' ../data/config.json; echo "status $?"
jq '.tags[' ../data/config.json; echo "status $?"
jq 'foo(.)' ../data/config.json; echo "status $?"
jq -r '.max_items | tostring | length' ../data/config.json
echo '{"n": "12a"}' | jq '.n | tonumber'; echo "status $?"

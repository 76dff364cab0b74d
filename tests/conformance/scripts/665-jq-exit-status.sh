# jq -e in shell conditions.
cd /tmp/cws/data
if jq -e '.debug' config.json >/dev/null; then echo debug on; else echo "debug off ($?)"; fi
if jq -e '.max_items > 100' config.json >/dev/null; then echo big; fi
jq -e '.missing' config.json; echo "status $?"
jq -e 'empty' config.json; echo "status $?"
jq -e '.tags | index("csv")' config.json; echo "status $?"
echo '' | jq -e .; echo "status $?"
jq -n 'halt_error("custom failure\n")'; echo "status $?"
jq -n '{"code": 3} | halt_error(3)'; echo "status $?"

# Agent compares a config with an edited copy byte by byte.
cd /tmp/cws
cp data/config.json build/config.new.json
sed -i 's/8080/9090/' build/config.new.json
cmp data/config.json build/config.new.json; echo "cmp=$?"
cmp -l data/config.json build/config.new.json | head -5
cmp -s data/config.json data/config.json && echo same
cmp -s data/config.json build/config.new.json || echo differ
head -c 20 data/config.json > build/short.json
cmp data/config.json build/short.json; echo "eof=$?"
cmp build/missing.json data/config.json; echo "missing=$?"

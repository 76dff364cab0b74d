# jq output cut short by head, and big generated inputs.
cd /tmp/cws/build
jq -n 'range(1e9)' | head -3
jq -n '[range(3000) | {id: ., name: "item \(.)"}]' > many.json
jq '.[]' many.json | head -4
jq -c '.[]' many.json | wc -l
jq -c '.[] | select(.id % 1000 == 0)' many.json
jq 'length' many.json
jq -r '.[-1].name' many.json

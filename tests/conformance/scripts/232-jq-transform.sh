# jq transformations over generated JSON.
echo '[{"n":"a","v":3},{"n":"b","v":1},{"n":"c","v":2}]' > /tmp/cws/build/x.json
cd /tmp/cws/build
jq 'sort_by(.v) | map(.n)' x.json
jq -r '.[] | "\(.n)=\(.v)"' x.json
jq '[.[].v] | add' x.json
jq -r '.[] | [.n, .v] | @csv' x.json
jq -n --arg x 5 '{x: $x}'
jq '.[0]' x.json
jq 'map(select(.v > 1)) | length' x.json

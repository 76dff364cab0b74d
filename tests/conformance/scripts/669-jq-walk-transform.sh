# Transform nested data: walk, map_values, recursive edits.
cp /tmp/cws/data/api-users.sample /tmp/cws/data/api-users.json
cd /tmp/cws/data
jq -c 'walk(if type == "string" then ascii_downcase else . end) | .data[0]' api-users.json
jq -c '.data | map({(.login): .roles}) | add' api-users.json
jq -c '.data | INDEX(.login) | map_values(.id)' api-users.json
jq -c '[.data[] | {login, email: (.email // empty)}]' api-users.json
jq -c '.data |= map(select(.score != null)) | .data | length' api-users.json
jq -c '.data[] | {login} + (if .active then {status: "on"} else {} end)' api-users.json
jq -c '[.data[].roles[]] | unique | map({(.): true}) | add' api-users.json

# Explore a paged API response.
cp /tmp/cws/data/api-users.sample /tmp/cws/data/api-users.json
cd /tmp/cws/data
jq '.data | length' api-users.json
jq -r '.data[] | select(.active) | .login' api-users.json
jq -r '.data[] | "\(.id)\t\(.login)\t\(.email // "-")"' api-users.json
jq -c '[.data[] | select(.roles | index("dev"))] | map(.login)' api-users.json
jq -r '.links.next // "none"' api-users.json
jq '.data | map(.score // 0) | add' api-users.json
jq -c '.data | sort_by(.score) | map([.login, .score])' api-users.json
jq -r '.data[] | .roles | join(",")' api-users.json

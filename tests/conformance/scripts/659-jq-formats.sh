# @csv, @tsv, @sh, @base64, @uri, @html on API data.
cp /tmp/cws/data/api-users.sample /tmp/cws/data/api-users.json
cd /tmp/cws/data
jq -r '.data[] | [.id, .login, .email, .active] | @csv' api-users.json
jq -r '.data[] | [.login, (.roles | join(" "))] | @tsv' api-users.json
jq -r '.data[] | @sh "echo \(.login) \(.email // "none")"' api-users.json
jq -r '.name | @base64' config.json
jq -r '.name | @base64 | @base64d' config.json
jq -r '"q=\(.owner)&v=\(.version)" | @uri' config.json
jq -r '.owner | @uri' config.json
jq -r '"<b>\(.name)</b> & co" | @html' config.json

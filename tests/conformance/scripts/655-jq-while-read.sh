# Feed jq output into shell loops and xargs.
cp /tmp/cws/data/api-users.sample /tmp/cws/data/api-users.json
cd /tmp/cws/data
jq -r '.data[] | "\(.login) \(.score // 0)"' api-users.json | while read -r login score; do
  printf '%-5s %s\n' "$login" "$score"
done
jq -r '.data[].login' api-users.json | xargs echo users:
jq -c '.data[]' api-users.json | while IFS= read -r row; do
  echo "$row" | jq -r '"\(.id): \(.roles | length) roles"'
done
n=$(jq '.total' api-users.json)
echo "total=$n pages=$(( (n + 3) / 4 ))"

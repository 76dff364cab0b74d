# Agent builds JSON with printf and validates it with jq.
cd /tmp/cws/build
{
  printf '['
  first=1
  tail -n +2 ../data/items.csv | while IFS=, read -r name cat qty price; do
    [ $first -eq 1 ] || printf ','
    first=0
    printf '{"name":"%s","category":"%s","qty":%d,"price":%s}' "$name" "$cat" "$qty" "$price"
  done
  printf ']\n'
} > items.json
jq length items.json
jq -r '.[] | select(.qty > 5) | .name' items.json
jq -r 'map(.qty * .price) | add' items.json
jq -c 'group_by(.category) | map({category: .[0].category, n: length})' items.json
jq -r '.[] | [.name, .qty] | @tsv' items.json | column -t
jq -e '.[0].missing' items.json; echo "status=$?"

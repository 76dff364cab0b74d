# Build JSON by hand from the CSV.
first=1
printf '['
while IFS=, read -r name category qty price; do
    [[ $name == name ]] && continue
    (( first )) || printf ','
    first=0
    printf '\n  {"name": "%s", "category": "%s", "qty": %d, "price": %s}' "$name" "$category" "$qty" "$price"
done < data/items.csv
printf '\n]\n'

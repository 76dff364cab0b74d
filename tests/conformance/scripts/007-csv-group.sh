# Group CSV rows by category.
declare -A qty_by_cat items_by_cat
while IFS=, read -r name category qty price; do
    [ "$name" = name ] && continue
    qty_by_cat[$category]=$(( ${qty_by_cat[$category]:-0} + qty ))
    items_by_cat[$category]+="${items_by_cat[$category]:+ }$name"
done < data/items.csv
for c in tools parts misc; do
    echo "$c: qty=${qty_by_cat[$c]} items=[${items_by_cat[$c]}]"
done

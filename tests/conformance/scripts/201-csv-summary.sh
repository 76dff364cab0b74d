# Summarise the CSV: rows, categories, totals.
cd /tmp/cws/data
echo "rows: $(tail -n +2 items.csv | wc -l)"
cut -d, -f2 items.csv | tail -n +2 | sort | uniq -c | sort -rn
awk -F, 'NR > 1 { total += $3 * $4 } END { printf "value: %.2f\n", total }' items.csv
sort -t, -k3,3n items.csv | head -3

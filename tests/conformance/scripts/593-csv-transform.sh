# Agent transforms a CSV: reorder columns, add a computed column, filter and reformat.
cd /tmp/cws
awk -F, -v OFS=, 'NR == 1 { print $1, $4, $3, "total"; next } { print $1, $4, $3, sprintf("%.2f", $3 * $4) }' data/items.csv
awk -F, 'NR > 1 && $3 > 0 { printf "| %-12s | %6.2f |\n", $1, $4 }' data/items.csv
tail -n +2 data/items.csv | sort -t, -k2,2 -k4,4gr | awk -F, '$2 != last { print "## " $2; last = $2 } { print "- " $1 }'
awk -F, '{ $2 = toupper($2) } 1' OFS=';' data/items.csv | head -3
awk 'BEGIN { FS = ","; OFS = "\t" } { $1 = $1; print }' data/items.csv | head -2 | cat -A

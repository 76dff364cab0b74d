# Agent reports on a quoted CSV with FPAT and sorts the result.
cd /tmp/cws/build
cat > people.csv <<'CSV'
name,city,amount
"Doe, Jane",Paris,120
Bob,"New York, NY",75
"Smith, Al","Austin, TX",300
Eve,Paris,5
CSV
awk -v FPAT='([^,]*)|("[^"]*")' 'NR>1 {gsub(/"/, "", $2); city[$2] += $3} END {for (c in city) printf "%s\t%d\n", c, city[c]}' people.csv | sort -t$'\t' -k2,2nr
awk 'BEGIN {FPAT = "([^,]+)|(\"[^\"]+\")"} NR>1 {print NF, $1}' people.csv

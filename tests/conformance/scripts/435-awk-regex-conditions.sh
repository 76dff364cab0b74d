# Agent filters lines with awk regex patterns and ranges.
cd /tmp/cws
awk '/ERROR/,/INFO/' data/app.log | cut -c1-40
awk '$2 ~ /^(WARN|ERROR)$/ {n++} END {print n}' data/app.log
awk '!/INFO/ && NR > 2 {print NR}' data/app.log | paste -sd,
awk -F, '$1 ~ /^[a-f]/' data/items.csv
awk 'NR % 3 == 0' data/app.log | wc -l
awk '!seen[$2]++ {print $2}' data/app.log
awk 'BEGIN {IGNORECASE=1} /error/' data/app.log | wc -l

# Agent pretty-prints delimited data with column.
cd /tmp/cws
column -t -s, data/items.csv
column -t -s, -o ' | ' data/items.csv | head -3
column -t data/sales.tsv | head -4
cut -d, -f1,3 data/items.csv | column -t -s, -R 2
printf 'key value\nalpha 1\nbe 22\n' | column -t
ls src rust | column -c 30

# Agent skips CSV headers and merges data files.
cd /tmp/cws
tail -n +2 data/items.csv | sort -t, -k3,3n | head -3
{ head -n 1 data/items.csv; tail -q -n +2 data/items.csv data/items.csv; } | wc -l
tail -n 3 data/items.csv data/sales.tsv
head -n 1 -v data/items.csv
tail -c 1 data/items.csv | od -c | head -1
head --lines=2 data/sales.tsv
tail --bytes=10 data/VERSION | od -c | head -1

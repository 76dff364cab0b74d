# Agent reshapes text: tr classes, squeeze, delete; cut ranges; paste; wc.
cd /tmp/cws
tr '[:lower:]' '[:upper:]' < data/items.csv | head -2
tr -s ' ' < data/app.log | cut -d' ' -f2 | sort | uniq -c
tr -d '0-9' < data/sales.tsv | head -3
cut -c1-10 data/access.log | sort -u
cut -d, -f2- data/items.csv | head -3
paste -d'|' data/items.csv data/sales.tsv | head -3
paste -s -d+ <(cut -d, -f3 data/items.csv | tail -n +2) | bc
wc -l data/*.csv data/*.tsv
wc -w < data/app.log
cat data/*.log | wc -c

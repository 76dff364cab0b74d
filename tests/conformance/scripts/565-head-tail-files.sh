# Agent peeks at files: head/tail with counts, offsets, multiple files.
cd /tmp/cws
head -n 2 data/items.csv data/sales.tsv
tail -n 3 data/app.log
tail -n +9 data/app.log
head -c 20 data/access.log; echo
head -n -8 data/app.log
tail -c 30 data/items.csv
for f in data/*.csv data/*.tsv; do printf '%s: %s\n' "$f" "$(head -1 "$f")"; done

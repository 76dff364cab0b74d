# Agent takes byte and line slices from the ends of files.
cd /tmp/cws
head -c -10 data/items.csv | tail -c 20; echo
tail -c +5 data/VERSION; echo
head -n 3 data/app.log | tail -n 1
tail -n 2 data/items.csv data/VERSION
head -q -n1 data/items.csv data/sales.tsv
tail -q -n1 data/items.csv data/sales.tsv
seq 10 | tail -n +8
seq 10 | head -n -7
printf 'no newline' | tail -c 4; echo

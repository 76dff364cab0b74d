# Agent splits a CSV into parts that keep numeric suffixes and counts rows.
cd /tmp/cws/build
tail -n +2 ../data/items.csv > rows.csv
split -l 2 -d -a 3 --additional-suffix=.csv rows.csv rows_
ls rows_*
for f in rows_*.csv; do printf '%s %d\n' "$f" "$(wc -l < "$f")"; done
split -l 3 --numeric-suffixes=1 rows.csv part
ls part*
split -n r/2 rows.csv rr_
head -n 1 rr_aa rr_ab

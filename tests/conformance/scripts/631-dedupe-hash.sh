# Agent finds duplicate files by content hash.
cd /tmp/cws/build
cp ../data/items.csv a.csv; cp ../data/items.csv b.csv; cp ../data/sales.tsv c.tsv
md5sum a.csv b.csv c.tsv | sort | awk '{print $1}' | uniq -c | sort -rn | head -1 | awk '{print $1}'
md5sum *.csv *.tsv | sort -k1,1 | uniq -w32 -D | awk '{print $2}'
sha256sum a.csv | cut -d' ' -f1 | wc -c
for f in a.csv b.csv c.tsv; do printf '%s %s\n' "$(md5sum < "$f" | cut -c1-8)" "$f"; done

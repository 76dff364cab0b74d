# Agent splits a CSV into per-category files with awk and inspects them.
cd /tmp/cws/build
awk -F, 'NR>1 {print > ($2 ".part")}' ../data/items.csv
ls *.part
for f in *.part; do echo "== $f"; cat "$f"; done
awk -F, 'NR>1 {f = $2 ".count"; n[f]++} END {for (f in n) {print n[f] > f; close(f)}}' ../data/items.csv
cat misc.count parts.count tools.count
awk 'BEGIN {printf "a" > "x.txt"; printf "b" >> "x.txt"; close("x.txt"); getline l < "x.txt"; print l}'

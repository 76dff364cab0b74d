# Agent's awk reports with arrays: asort, length(arr), split, delete, in.
cd /tmp/cws
awk -F, 'NR > 1 { p[NR] = $4 + 0 } END { n = asort(p); print "n=" n, "min=" p[1], "max=" p[n], "len=" length(p) }' data/items.csv
awk '{ n = split($4, a, "/"); depth[n]++ } END { for (d in depth) print d, depth[d] }' data/access.log | sort -n
awk -F'\t' 'NR > 1 { seen[$1]++ } END { delete seen["east"]; print ("east" in seen), ("north" in seen), length(seen) }' data/sales.tsv
awk 'BEGIN { while ((getline line < "data/VERSION") > 0) v = line; close("data/VERSION"); print "version:", (v == "" ? "none" : v) }'
awk '{ print $1 | "sort | uniq -c | sort -rn" }' data/access.log
awk -v x="$HOME" 'BEGIN { print (y == 0), (y == ""), length(y), x }'

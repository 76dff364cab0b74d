# Agent groups CSV by category and prints stats.
cd /tmp/cws
awk -F, 'NR>1 { q[$2]+=$3; v[$2]+=$3*$4; c[$2]++ } END { for (k in q) printf "%-6s n=%d qty=%d value=%.2f\n", k, c[k], q[k], v[k] }' data/items.csv | sort
awk -F, 'NR>1 { a[NR]=$1 } END { n=0; for (i in a) n++; print n; delete a[2]; print (2 in a), (3 in a) }' data/items.csv
awk 'BEGIN { a["x"]=1; a["y"]=2; delete a; print length(a) }'
awk 'BEGIN { SUBSEP=":"; a[1,2]=3; for (k in a) print k; if ((1,2) in a) print "yes" }'

# Agent orders an awk report with a custom comparison function and asort options.
cd /tmp/cws
awk 'function by_count(i1, v1, i2, v2) { return v2 - v1 != 0 ? v2 - v1 : (i1 < i2 ? -1 : i1 > i2) }
  { hits[$1]++ }
  END { PROCINFO["sorted_in"] = "by_count"; for (ip in hits) printf "%-10s %d\n", ip, hits[ip] }' data/access.log
awk -F, 'NR > 1 { price[$1] = $4 } END { n = asorti(price, names, "@val_num_desc"); for (i = 1; i <= 3; i++) print names[i], price[names[i]] }' data/items.csv
awk '{ lvl[$2]++ } END { n = asort(lvl, counts, "@val_num_asc"); print n, counts[1], counts[n] }' data/app.log

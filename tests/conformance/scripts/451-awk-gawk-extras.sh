# Agent uses gawk extensions: asort, asorti, gensub, PROCINFO sorted_in, strftime.
cd /tmp/cws
awk -F, 'NR>1 {p[$1]=$4} END {n = asorti(p, k); for (i=1;i<=n;i++) print k[i], p[k[i]]}' data/items.csv
awk -F, 'NR>1 {q[NR]=$3+0} END {n = asort(q); for (i=1;i<=n;i++) printf "%s ", q[i]; print ""}' data/items.csv
awk 'BEGIN {print gensub(/([a-z]+)-([0-9]+)/, "\\2:\\1", "g", "abc-12 def-34")}'
awk -F, 'NR>1 {p[$1]=$4} END {PROCINFO["sorted_in"]="@val_num_desc"; for (k in p) print k, p[k]}' data/items.csv
awk -F, 'NR>1 {p[$1]=$3} END {PROCINFO["sorted_in"]="@ind_str_asc"; for (k in p) print k}' data/items.csv | head -3
awk 'BEGIN {print strftime("%Y-%m-%d %H:%M:%S", 1710237913, 1)}'
awk 'BEGIN {print mktime("2024 03 12 10 05 13")}'
awk 'BEGIN {print tolower("MiXeD"), toupper("MiXeD"), length("héllo")}'
awk 'BEGIN {printf "%s\n", substr("héllo", 2, 3)}'
awk 'BEGIN {n = split("a1b22c333d", parts, /[0-9]+/, seps); for (i=1;i<=n;i++) printf "%s[%s] ", parts[i], seps[i]; print ""}'
awk 'BEGIN {print systime() > 0}'
echo "x y z" | awk '{print $NF, $(NF-1)}'
awk 'BEGIN {x = sprintf("%c", 9731); print length(x)}'

# Agent pretty-prints CSV and TSV with column -t.
cd /tmp/cws
column -t -s, data/items.csv
column -t -s$'\t' data/sales.tsv | head -4
printf 'a b c\nlonger x y\n' | column -t
mount_like() { printf '%s\n' "dev on /a type x" "tmpfs on /run type tmpfs"; }
mount_like | column -t

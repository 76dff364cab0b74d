# Agent totals revenue by region and month from a TSV.
cd /tmp/cws
awk -F'\t' 'NR > 1 { r[$1] += $4; u[$1] += $3 } END { for (k in r) printf "%s\t%d\t%.2f\n", k, u[k], r[k] }' data/sales.tsv | sort -t$'\t' -k3,3gr
cut -f2 data/sales.tsv | tail -n +2 | sort | uniq -c
awk -F'\t' 'NR > 1 && $3 > 100 { print $1 "@" $2 }' data/sales.tsv | sort -V
sort -t$'\t' -k1,1 -k3,3n data/sales.tsv | head -4

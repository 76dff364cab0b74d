# Agent sorts TSV rows by numeric column and by multiple keys.
cd /tmp/cws
tail -n +2 data/sales.tsv | sort -t$'\t' -k3,3nr | head -4
echo ---
tail -n +2 data/sales.tsv | sort -t$'\t' -k1,1 -k4,4n
echo ---
tail -n +2 data/sales.tsv | sort -t$'\t' -k2,2 -k3,3rn | cut -f1-3
echo ---
sort -t$'\t' -k4 -g data/sales.tsv | head -3

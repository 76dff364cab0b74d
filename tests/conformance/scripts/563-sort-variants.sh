# Agent sorts in many ways: keys, separators, numeric, human, version, unique, stable.
cd /tmp/cws
printf '1K\n2M\n512\n3G\n10K\n' | sort -h
printf 'v1.10\nv1.2\nv1.1\nv2.0\n' | sort -V
printf 'b 2\na 2\nc 1\na 1\n' | sort -s -k2,2n
printf 'b 2\na 2\nc 1\na 1\n' | sort -k2,2n -k1,1r
sort -t, -k3,3n -u data/items.csv | cut -d, -f3 | tr '\n' ' '; echo
awk '{print $1}' data/access.log | sort | uniq -c | sort -k1,1nr -k2 | head -2
sort -r -t$'\t' -k4 -g data/sales.tsv | head -3

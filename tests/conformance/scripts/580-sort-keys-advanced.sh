# Agent sorts with character positions, blanks, months, checks and merges.
cd /tmp/cws
sort -k1.4,1.7 -t- data/app.log | head -3 | cut -c1-30
printf 'Mar 3\nJan 10\nFeb 2\n' | sort -M
printf '  b\na\n c\n' | sort -b
sort -c data/items.csv; echo "sorted? $?"
sort -o build/s1 data/items.csv; sort -m build/s1 <(printf 'aaa\nzzz\n') | head -3
printf '3\n1\n2\n' | sort -n | sort -C -n && echo "is sorted"
printf 'x,10\ny,9\nz,10\n' | sort -t, -k2n -k1r
sort -t$'\t' -k3,3n -k1,1 data/sales.tsv | awk -F'\t' '{print $1, $3}' | head -4
printf 'b\nB\na\nA\n' | sort -f
printf 'a1\na10\na2\n' | sort -k1.2n

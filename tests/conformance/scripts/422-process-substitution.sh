# Agent compares command outputs with process substitution.
cd /tmp/cws
diff <(cut -d, -f1 data/items.csv | sort) <(cut -d, -f1 data/items.csv | sort -r | sort) && echo same
comm -13 <(printf 'a\nb\n') <(printf 'a\nb\nc\n')
paste <(seq 3) <(seq 4 6) <(printf 'x\ny\nz\n')
join <(printf '1 a\n2 b\n') <(printf '1 x\n2 y\n')
while read -r n; do echo "got $n"; done < <(seq 2)
wc -l < <(cat data/items.csv)
awk '{print FILENAME != ""}' <(echo x)

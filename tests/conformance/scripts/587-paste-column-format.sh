# Agent lays out data with paste and column.
cd /tmp/cws
paste - - - < <(seq 1 7)
paste -d, -s data/VERSION <(echo x)
seq 1 6 | paste -sd' ' -
paste data/items.csv <(seq 7) | head -2
column -t -s, -o ' | ' data/items.csv | head -3
printf 'a b c\nlong-value x y\n' | column -t -R 2
printf '1\n2\n3\n4\n5\n' | column -c 20

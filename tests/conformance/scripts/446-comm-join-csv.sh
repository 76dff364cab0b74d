# Agent joins CSV files on a key with join -t.
cd /tmp/cws/build
printf 'name,color\ngadget,blue\nsprocket,silver\nwidget,red\n' > colors.csv
join -t, --header ../data/items.csv colors.csv 2>/dev/null | head -3
join -t, --header ../data/items.csv colors.csv 2>&1 >/dev/null
tail -n +2 ../data/items.csv | sort -t, -k1,1 > items.sorted
tail -n +2 colors.csv | sort -t, -k1,1 > colors.sorted
join -t, items.sorted colors.sorted
join -t, -o 1.1,2.2,1.4 items.sorted colors.sorted
join -t, -a1 -o auto -e '?' items.sorted colors.sorted
join -t, -1 1 -2 1 -v1 items.sorted colors.sorted | cut -d, -f1

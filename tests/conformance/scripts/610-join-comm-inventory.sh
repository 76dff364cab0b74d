# Agent cross-references two lists with comm and join.
cd /tmp/cws/build
tail -n +2 ../data/items.csv | cut -d, -f1 | sort > have.txt
printf 'gadget\nsprocket\nwidget\nwrench\n' > want.txt
comm -12 have.txt want.txt
comm -13 have.txt want.txt
comm -3 have.txt want.txt
comm have.txt want.txt | cat -A | head -4
tail -n +2 ../data/items.csv | sort -t, -k1,1 > items.sorted
printf 'gadget,blue\nwidget,red\nzeta,green\n' > colors.csv
join -t, items.sorted colors.csv
join -t, -a2 -e NA -o 0,1.3,2.2 items.sorted colors.csv
join -t, -v1 items.sorted colors.csv | cut -d, -f1

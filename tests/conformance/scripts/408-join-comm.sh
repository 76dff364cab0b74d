# Agent joins two keyed files and compares sorted lists.
cd /tmp/cws/build
printf 'gadget 12\nwidget 4\nflange 0\nbolt 9\n' | sort > stock.txt
tail -n +2 ../data/items.csv | cut -d, -f1,2 | tr ',' ' ' | sort > cats.txt
join stock.txt cats.txt
echo ---
join -a1 -e NONE -o 0,1.2,2.2 stock.txt cats.txt
echo ---
join -v2 stock.txt cats.txt
echo ---
cut -d' ' -f1 stock.txt > a; cut -d' ' -f1 cats.txt > b
comm a b
comm -12 a b
comm -3 a b | tr -d '\t'

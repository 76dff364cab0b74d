# Agent slices fields and characters in corner ways.
cd /tmp/cws
cut -d, -f2 --complement data/items.csv | head -3
cut -b1-3,8- data/VERSION; echo
cut -d, -f1,3 --output-delimiter=' | ' data/items.csv | head -3
cut -d: -f1 -s data/items.csv; echo "none: $?"
echo 'a:b:c:d' | cut -d: -f3-
tr -c '[:alnum:]\n' '_' < data/items.csv | head -2
tr '\n' ' ' < data/items.csv; echo
echo 'hello   world' | tr -s ' ' | tr 'a-y' 'b-z'
echo 'Hello World' | tr -d '[:upper:]'
printf 'a\tb\tc\n' | expand -t 4
printf 'a   b\n' | unexpand -a | od -c | head -2

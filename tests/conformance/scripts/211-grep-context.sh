# grep with context and counts.
cd /tmp/cws
grep -n -A1 -B1 "parts" data/items.csv
grep -c parts data/items.csv
grep -i -o "WIDGET" data/items.csv
grep -v -e tools -e parts data/items.csv
grep -w "qty" data/items.csv
grep -E "^(widget|flange)," data/items.csv
grep -q gadget data/items.csv && echo found

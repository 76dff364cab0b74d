# Agent sorts CSV by price and quantity.
cd /tmp/cws
tail -n +2 data/items.csv | sort -t, -k4 -n
echo ---
tail -n +2 data/items.csv | sort -t, -k4,4 -rn | head -3 | cut -d, -f1
echo ---
tail -n +2 data/items.csv | sort -t, -k2,2 -k3,3n
echo ---
(head -1 data/items.csv; tail -n +2 data/items.csv | sort -t, -k1) 
sort -t, -k3n -o build/sorted.csv data/items.csv; head -2 build/sorted.csv

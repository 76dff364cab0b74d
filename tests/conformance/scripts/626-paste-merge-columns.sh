# Agent merges columns and joins lines with paste.
cd /tmp/cws
cut -d, -f1 data/items.csv > build/names
cut -d, -f4 data/items.csv > build/prices
paste build/names build/prices
paste -d: build/names build/prices | tail -2
paste -s -d, build/names
paste - - < build/names
paste -sd+ build/prices | tail -c +7
seq 6 | paste - - -
paste build/names nosuch; echo "status=$?"

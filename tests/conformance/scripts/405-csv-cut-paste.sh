# Agent slices CSV columns with cut and rejoins them with paste.
cd /tmp/cws/build
cut -d, -f1 ../data/items.csv > names.txt
cut -d, -f3,4 ../data/items.csv > nums.txt
paste -d'|' names.txt nums.txt
paste -s -d, names.txt
paste - - < names.txt
cut -d, -f2- --output-delimiter=$'\t' ../data/items.csv | head -3
cut -c1-4 names.txt | tr '\n' ' '; echo
cut -d, --complement -f2 ../data/items.csv | tail -2

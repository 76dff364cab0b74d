# Edit a copy of a file in place with sed and show the diff.
cd /tmp/cws
cp data/items.csv /tmp/cws/build/items.csv
sed -i 's/tools/TOOLS/g; /^flange/d' build/items.csv
cat build/items.csv
diff data/items.csv build/items.csv; echo "diff status $?"
sed -n '2,3p' data/items.csv
sed '1d;s/,/ | /g' data/items.csv | head -2

# Column work with cut, paste, tr.
cd /tmp/cws/data
cut -d, -f1,3 items.csv
cut -c1-4 items.csv | head -3
paste -d: <(cut -d, -f1 items.csv) <(cut -d, -f4 items.csv)
tr ',' '\t' < items.csv | head -2
tr -d '0-9' < VERSION
echo "Hello World" | tr '[:lower:]' '[:upper:]'

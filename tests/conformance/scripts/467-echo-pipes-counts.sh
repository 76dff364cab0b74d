# Agent counts things with echo, wc and arithmetic.
cd /tmp/cws
n=$(wc -l < data/items.csv); echo "rows=$((n-1))"
echo "files: $(find . -type f -not -path './build/*' | wc -l)"
echo "words: $(cat README.md | wc -w)"
echo "$(grep -c ',tools,' data/items.csv) tools"
wc -lwc data/items.csv data/sales.tsv
wc -L data/items.csv
cat data/*.csv data/*.tsv | wc -l
ls data | wc -l

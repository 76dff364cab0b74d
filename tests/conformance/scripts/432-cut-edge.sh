# Agent uses cut with bytes, chars, ranges and missing delimiters.
cd /tmp/cws
cut -c-3 data/VERSION
cut -b2- data/VERSION
printf 'no-delim\na:b\n' | cut -d: -f2
printf 'no-delim\na:b\n' | cut -s -d: -f2
printf 'a,b,c,d,e\n' | cut -d, -f1,3-
printf 'a,b,c,d,e\n' | cut -d, -f-2,4
printf 'a  b\n' | cut -d' ' -f3
cut -f2 data/sales.tsv | sort -u | head -3
cut -d, -f5 data/items.csv | head -2 | cat -A
cut 2>&1; echo "st=$?"
cut -f0 data/items.csv 2>&1; echo "st=$?"

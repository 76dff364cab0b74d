# Agent deduplicates and ranks words from sources.
cd /tmp/cws
grep -rhoE "[a-z_]+\(" src | sort | uniq -c | sort -k1,1nr -k2 | head -5
cut -d, -f2 data/items.csv | tail -n +2 | sort | uniq -c
cut -d, -f2 data/items.csv | tail -n +2 | sort -u | paste -sd,
comm -12 <(grep -o "[a-z]*" src/main.py | sort -u) <(grep -o "[a-z]*" src/util/strings.py | sort -u) | head -5
sort -t, -k4 -rn data/items.csv | head -2

# Agent computes word frequencies and line stats.
cd /tmp/cws
tr -cs '[:alnum:]' '\n' < README.md | tr '[:upper:]' '[:lower:]' | grep -v '^$' | sort | uniq -c | sort -k1,1nr -k2,2 | head -5
awk '{ n = length($0); if (n > max) { max = n; l = NR } } END { print "longest line", l, max }' data/access.log
awk 'length > 70' data/app.log | wc -l
wc -L data/app.log
fold -w 40 -s README.md | head -4
rev data/VERSION; echo
nl -ba data/items.csv | tail -2

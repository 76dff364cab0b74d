# Word frequencies.
cd /tmp/cws
cat README.md docs/*.md | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | grep -v '^$' | sort | uniq -c | sort -k1,1nr -k2 | head -10

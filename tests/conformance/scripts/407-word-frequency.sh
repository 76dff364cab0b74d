# Agent computes word frequencies of a markdown file.
cd /tmp/cws
cat README.md docs/*.md | tr -cs '[:alpha:]' '\n' | tr '[:upper:]' '[:lower:]' | grep -v '^$' | sort | uniq -c | sort -k1,1rn -k2,2 | head -10
echo ---
cat README.md | tr -s ' ' '\n' | awk 'length($0) > 6' | sort -u | head -5

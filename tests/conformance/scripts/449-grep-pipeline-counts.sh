# Agent counts matches across files and formats a summary.
cd /tmp/cws
grep -rc 'def ' src --include='*.py' | sort
grep -ho '[A-Za-z_]*(' src/*.py src/util/*.py | sort | uniq -c | sort -k1,1nr -k2 | head -5
grep -rlw 'import' src | sort
grep -o '[0-9]\+' data/items.csv | wc -l
grep -E -o '\b[0-9]{3}\b' data/access.log | sort -u | paste -sd' '

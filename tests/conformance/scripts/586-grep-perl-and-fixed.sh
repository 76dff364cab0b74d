# Agent greps with PCRE and fixed strings.
cd /tmp/cws
grep -oP 'id=\K[a-z0-9]+' data/app.log
grep -P '^\S+\s+(WARN|ERROR)\s' data/app.log | wc -l
grep -F '(id=' data/app.log | cut -c1-20
grep -F -e '[' -e '$' -c data/access.log
grep -oP '"\w+ \K/[^ ]+' data/access.log | sort -u | head -4
grep -P '\d{3}(?= \d+ "-")' -o data/access.log | sort | uniq -c
grep -E 'x{2,}|^$' -c data/items.csv
grep -ow '[0-9]\+' data/items.csv | head -3

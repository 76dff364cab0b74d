# Agent uses grep context and counting flags together.
cd /tmp/cws
grep -n -C1 'timeout' data/app.log
grep -c -v INFO data/app.log
grep -o -n -E '[0-9]+ms' data/app.log
grep -h -m1 -E '^(name|region)' data/items.csv data/sales.tsv
grep -w -c api data/app.log
grep -E -i 'warn|error' data/app.log | grep -v -E 'timeout' | cut -c22-
grep -n -B2 -A0 shutting data/app.log
grep -e GET -e POST -c data/access.log
grep -q ERROR data/app.log && echo "has errors"
grep -x 'flange,parts,0,3.10' data/items.csv
grep -nP '(?<=id=)[a-z0-9]{4}' -o data/app.log

# Agent looks at slices of source files with head and tail.
cd /tmp/cws
head -n 3 src/main.py rust/src/main.rs
tail -n +5 rust/src/parser.rs | head -n 4
head -n -25 src/main.py
tail -c 30 data/app.log
head -c 15 data/items.csv; echo
tail -q -n 1 data/items.csv data/sales.tsv
head -v -n 1 data/VERSION README.md
tail -n 2 nosuch.txt data/items.csv; echo "status=$?"

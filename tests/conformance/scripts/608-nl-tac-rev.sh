# Agent numbers and reverses lines to inspect a file.
cd /tmp/cws
nl src/util/strings.py | head -5
nl -ba -w3 -s': ' data/items.csv
tac data/items.csv | head -3
rev data/VERSION
cut -d, -f1 data/items.csv | rev | sort | rev | head -3
cat -n rust/Cargo.toml | tail -3
grep -n '' data/items.csv | tac | head -2

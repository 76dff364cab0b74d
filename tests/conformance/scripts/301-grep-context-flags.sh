# Agent views matches with context, only-matching and counts.
cd /tmp/cws
grep -n -A1 "def " src/main.py
grep -n -B2 "return" src/util/strings.py
grep -C1 -n "tools" data/items.csv
grep -o "[0-9]\+\.[0-9]\+" data/items.csv
grep -oE "[a-z]+_[a-z]+" src/main.py | sort -u
grep -c "" data/items.csv notes/todo.txt
grep -m2 -n "," data/items.csv
grep -v "^#" .env | grep -E "^[A-Z_]+=" | cut -d= -f1
grep -h -n "x" notes/todo.txt data/VERSION; echo "status $?"
grep -q nothing-here README.md; echo "q $?"

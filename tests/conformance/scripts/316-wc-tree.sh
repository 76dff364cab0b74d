# Agent counts lines across the tree.
cd /tmp/cws
wc -l src/*.py src/util/*.py
find . -name '*.rs' | sort | xargs wc -l
wc -c data/VERSION data/items.csv
wc -lw README.md notes/todo.txt
cat src/main.py | wc -l
wc -L README.md
wc nope data/VERSION; echo "rc $?"

# Agent previews many files at once.
cd /tmp/cws
head -n2 src/*.py data/*.csv
tail -n1 docs/*.md
head -c 20 README.md; echo
tail -n +3 data/items.csv
head -n -5 data/items.csv
tail -c 6 data/items.csv
head -q -n1 data/items.csv notes/todo.txt
tail -n2 nope README.md; echo "rc $?"

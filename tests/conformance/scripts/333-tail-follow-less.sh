# Agent takes line ranges from files.
cd /tmp/cws
sed -n '2,4p' data/items.csv
head -n 4 data/items.csv | tail -n 2
awk 'NR>=2 && NR<=3' src/main.py
tail -n 3 src/main.py | head -n 1
head -n1 -- README.md
tail -q -n1 data/items.csv notes/todo.txt
nl -ba notes/todo.txt | tail -2

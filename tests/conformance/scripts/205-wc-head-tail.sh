# Line counts and file heads/tails.
cd /tmp/cws
wc -l README.md data/items.csv notes/todo.txt
head -n 3 README.md
tail -n 2 data/items.csv
head -c 20 data/config.json; echo
head -n -3 data/items.csv | wc -l
tail -n +3 notes/todo.txt | head -1

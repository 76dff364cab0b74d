# Several files at once.
cd /tmp/cws
head -n 1 data/VERSION data/items.csv
tail -n 1 data/VERSION notes/todo.txt
wc -w README.md notes/todo.txt
cat -n data/VERSION notes/todo.txt | tail -3

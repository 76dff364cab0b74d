# Agent greps with fixed strings, word boundaries and binary files.
cd /tmp/cws
grep -F "[x]" notes/todo.txt
grep -w "add" notes/todo.txt
grep -e "write" -e "JSON" notes/todo.txt
grep -n $'\t' notes/todo.txt
printf 'abc\0def\n' > bin.dat
grep abc bin.dat; echo "rc $?"
grep -a abc bin.dat | od -c | head -2
grep -c abc bin.dat
grep -ni "INVENTORY" README.md data/config.json
grep -H "qty" data/items.csv
grep --color=never -n tools data/items.csv
grep -E "qty|price" -o data/items.csv | sort | uniq -c
grep -P "\d+\.\d{2}" -o data/items.csv | head -3

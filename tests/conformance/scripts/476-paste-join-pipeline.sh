# Agent combines columns from different files with paste and awk.
cd /tmp/cws/build
cut -d, -f1 ../data/items.csv | tail -n +2 > n.txt
cut -d, -f3 ../data/items.csv | tail -n +2 > q.txt
paste -d' ' n.txt q.txt | sort -k2,2nr | head -3
paste n.txt q.txt | awk '$2 > 5 {print $1}'
paste -d'\n' n.txt q.txt | head -4
paste -d'' n.txt q.txt 2>&1 | head -2
paste /dev/null n.txt | head -2 | cat -A
paste nosuch.txt 2>&1; echo "st=$?"

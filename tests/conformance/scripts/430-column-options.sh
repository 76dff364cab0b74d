# Agent aligns tables with column options.
cd /tmp/cws
column -t -s, -o ' | ' data/items.csv
printf 'name:age\nalice:30\nbob:5\n' | column -s: -t -R 2
printf 'a,b,c\n1,,3\n' | column -t -s, 
printf 'k v\nkey2 value2\n' | column -t -N KEY,VALUE

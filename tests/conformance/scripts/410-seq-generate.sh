# Agent generates sequences and number tables.
seq 5
seq 2 3 14
seq -w 8 11
seq -s, 1 5
seq 1 0.5 3
seq -f 'item-%03g' 3
seq 10 -3 1
seq 0.1 0.1 0.5
seq -s' ' 3 | awk '{print $1+$2+$3}'

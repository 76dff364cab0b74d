# Agent uses seq with formats, floats and big numbers.
seq -f '%.2f' 0 0.25 1
seq -f '%5g|' 3
seq -s ' + ' 4
seq 1e3 1e3 3e3
seq -w -5 5 | paste -sd' '
seq 99999999999998 99999999999999
seq 0
seq 3 1
seq -s, 1.5 3
seq 1 x 2>&1; echo "st=$?"
seq 2>&1; echo "st=$?"
seq -f '%d' 3 2>&1; echo "st=$?"
seq 0.1 0.2 0.9 | tail -1

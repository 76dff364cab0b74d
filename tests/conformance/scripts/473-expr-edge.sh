# Agent uses expr comparisons, regex matches and errors.
expr 10 \< 9; echo "st=$?"
expr abc \< abd
expr 0 + 0; echo "st=$?"
expr "" ; echo "st=$?"
expr match "hello123" '[a-z]*'
expr "v1.2.3" : 'v\([0-9]*\)'
expr 5 / 0 2>&1; echo "st=$?"
expr 1 + a 2>&1; echo "st=$?"
expr 3 \| 0
expr 0 \& 5; echo "st=$?"
expr -5 % 3
expr 99999999999999999999 + 1 2>&1

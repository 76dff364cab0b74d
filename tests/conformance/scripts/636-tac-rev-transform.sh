# Agent reverses file contents in different ways.
cd /tmp/cws
tac data/VERSION data/items.csv | head -3
tac -s, <(printf 'a,b,c') ; echo
rev data/items.csv | cut -d, -f1 | rev | head -3
printf 'abc\nxyz' | rev; echo
tac nosuch; echo "status=$?"
rev nosuch; echo "status=$?"

# Agent lists names in columns like ls does.
cd /tmp/cws
seq 1 30 | column
seq 1 30 | column -c 40
seq 1 12 | column -x -c 30
printf 'a\tb\nccc\td\n' | column -t
printf 'one two\n\nthree four\n' | column -t
printf 'x,y\n' | column -t -s, -o,

# Formatting helpers.
nl /tmp/cws/notes/todo.txt
echo "abcdefghij" | fold -w 3
echo "hello" | rev
tac /tmp/cws/data/items.csv | head -2
printf 'a\tb\n' | expand -t 4

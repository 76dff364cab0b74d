# Agent previews files with edge counts.
cd /tmp/cws
head -n 0 README.md; echo "rc $?"
tail -n 0 README.md; echo "rc $?"
head -n 100 data/VERSION; echo
tail -n 1 data/VERSION; echo
head -c 0 README.md | wc -c
tail -c +5 data/VERSION; echo
head -n2 data/items.csv - < notes/todo.txt
printf 'a\nb\nc' | tail -n 2; echo
printf 'a\nb\nc\n' | head -n -1
head -n abc README.md; echo "rc $?"
tail -n x README.md; echo "rc $?"
head src; echo "rc $?"

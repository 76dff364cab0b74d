# cat with options on project files.
cat -n src/util/strings.py
cat -b notes/todo.txt
cat -A notes/todo.txt
cat -s README.md | cat -n
cat -E data/VERSION; echo
cat - < data/VERSION; echo
cat -z README.md
echo "status $?"

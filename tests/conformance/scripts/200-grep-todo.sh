# Find TODO markers across the project, with file names and line numbers.
cd /tmp/cws
grep -rn "TODO" --include='*.py' --include='*.rs' . | sort
echo "---"
grep -rl "def " src | sort
echo "---"
grep -c "" src/main.py data/items.csv
grep -rn "nope-not-here" . ; echo "status $?"

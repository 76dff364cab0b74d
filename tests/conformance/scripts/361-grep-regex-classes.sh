# Agent uses regex character classes and anchors.
cd /tmp/cws
grep -E "^[[:upper:]_]+ = " src/main.py
grep -c "[[:space:]]$" src/main.py README.md
grep -E "[0-9]{2,}" data/items.csv
grep "\<def\>" src/util/strings.py
grep -E "^(def|class) " -r src | sort
grep -E "a|b" -c data/items.csv
grep -iE "^#+ " README.md docs/CHANGELOG.md
grep -e "-" notes/todo.txt | head -2
grep -- "--" README.md; echo "rc $?"
grep -E 'x{1' data/items.csv; echo "rc $?"
grep '\(ab' data/items.csv; echo "rc $?"

# Agent reviews changes with diff variants before and after an edit.
cd /tmp/cws
cp src/main.py build/main.py
sed -i 's/TODO: support JSON input/DONE: JSON input/; /^import/d' build/main.py
diff src/main.py build/main.py; echo "status $?"
diff -q src/main.py build/main.py; echo "status $?"
diff -c1 src/main.py build/main.py | tail -n +3
diff -y --suppress-common-lines -W 100 src/main.py build/main.py
diff -y -W 72 --left-column data/items.csv data/items.csv | head -2
diff -s data/items.csv data/items.csv

# Agent edits a copy and compares it with the original.
cd /tmp/cws
cp data/items.csv /tmp/cws/items.bak
sed -i 's/widget/WIDGET/' data/items.csv
diff items.bak data/items.csv; echo "rc $?"
diff -u items.bak data/items.csv | tail -n +3
cmp items.bak data/items.csv; echo "rc $?"
cmp -s items.bak items.bak; echo "rc $?"
diff -q items.bak data/items.csv; echo "rc $?"
cp -r src src2 && echo "# extra" >> src2/main.py
diff -r src src2; echo "rc $?"
diff -rq src src2; echo "rc $?"
diff nope items.bak; echo "rc $?"

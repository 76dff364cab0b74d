# Agent writes expected output and compares with actual.
cd /tmp/cws
cat > expected.txt <<'X'
gadget
sprocket
widget
X
cut -d, -f1 data/items.csv | grep -E "^(widget|gadget|sprocket)$" | sort > actual.txt
if diff -q expected.txt actual.txt >/dev/null; then echo "PASS"; else echo "FAIL"; fi
echo flange >> actual.txt
diff expected.txt actual.txt; echo "rc $?"
cmp expected.txt actual.txt; echo "rc $?"

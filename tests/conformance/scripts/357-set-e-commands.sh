# Agent's set -e script stops at a failing command.
cd /tmp/cws
set -e
mkdir -p out
cp data/items.csv out/
echo "copied"
grep -q widget out/items.csv && echo "has widget"
grep -c nonexistent out/items.csv || echo "zero matches"
cp nope out/
echo "not reached"

# Agent normalises a list of paths.
cd /tmp/cws
for p in . .. src/../data ./src/./util// /tmp/cws/rust; do
  realpath "$p"
done
realpath -e src/main.py nope 2>&1; echo "rc $?"
realpath -q nope; echo "rc $?"
realpath --relative-to=/tmp/cws/src/util /tmp/cws/data/items.csv
readlink -f .
readlink -f src/../../cws/README.md
readlink -n -f README.md; echo "|"

# Agent resolves paths relative to the project root.
cd /tmp/cws/src/util
realpath .
realpath ../../data/items.csv
realpath --relative-to=/tmp/cws ../main.py
realpath --relative-base=/tmp/cws ../main.py /etc
realpath -m ../../build/future/file.txt
realpath -e ../../build/none; echo "status=$?"
cd /tmp/cws && realpath -z README.md | od -c | head -1
readlink -f src/../data/./VERSION

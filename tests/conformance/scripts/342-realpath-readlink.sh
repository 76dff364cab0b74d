# Agent normalises paths.
cd /tmp/cws/src/util
realpath .
realpath ../main.py ../../data
realpath -s ../../README.md
readlink -f ../../rust/./src/../Cargo.toml
readlink -m /tmp/cws/a/../b
cd /tmp/cws
realpath --relative-to=docs src/util/strings.py
realpath --relative-base=/tmp/cws src /etc
readlink -f nope/deeper; echo "rc $?"

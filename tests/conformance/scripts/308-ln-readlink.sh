# Agent creates symlinks and resolves them.
cd /tmp/cws
ln -s data/items.csv items-link
readlink items-link
cat items-link | head -2
ln -s ../README.md docs/readme-link
readlink -f docs/readme-link | sed 's|^/tmp/cws|ROOT|'
realpath docs/../src/main.py
realpath --relative-to=src data/items.csv
ln -s data/items.csv items-link; echo "rc $?"
ln -sf data/VERSION items-link && cat items-link; echo
ls -l items-link | awk '{print $9, $10, $11}'
test -L items-link && echo "is link"
ln data/VERSION ver-hard && cat ver-hard; echo
readlink README.md; echo "rc $?"
readlink -e nope; echo "rc $?"
realpath nope/x; echo "rc $?"
realpath -m nope/x/../y

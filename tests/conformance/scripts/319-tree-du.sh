# Agent views the tree and file sizes.
cd /tmp/cws
tree src
tree -L 1 rust
tree -d .
tree -a -I '.git' data
du -b data/items.csv data/VERSION
du -ab src | sort -k2
du -sh data/items.csv

# Agent manipulates paths with basename, dirname, realpath and readlink.
cd /tmp/cws
for f in src/util/strings.py rust/src/main.rs "docs/getting started.md"; do
  echo "$(dirname "$f") | $(basename "$f") | $(basename "$f" .py)"
done
basename -a -s .rs rust/src/main.rs rust/src/parser.rs
realpath --relative-to=src src/util/strings.py
realpath --relative-to=rust/src data/items.csv
ln -s ../data/items.csv build/items.link
readlink build/items.link
readlink -f build/items.link
realpath -s build/items.link
realpath build/nosuch/x; echo "status=$?"
dirname /tmp/cws/src/ /tmp/cws

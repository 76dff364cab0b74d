# Agent splits paths in a loop.
cd /tmp/cws
for p in src/util/strings.py /a/b/ c/ / "" file .hidden a//b//; do
  printf '%s | %s | %s\n' "$p" "$(basename "$p" 2>&1)" "$(dirname "$p")"
done
basename -s .py src/main.py src/util/strings.py
basename -a data/items.csv data/VERSION
basename src/main.py .py
dirname a/b c/d e
basename; echo "rc $?"
dirname; echo "rc $?"

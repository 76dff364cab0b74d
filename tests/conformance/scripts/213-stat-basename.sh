# Path manipulation.
for p in /tmp/cws/src/util/strings.py /tmp/cws/README.md /tmp/cws/; do
  echo "$(basename "$p") in $(dirname "$p")"
done
basename /tmp/cws/src/main.py .py
stat -c '%n %s' /tmp/cws/data/VERSION
realpath /tmp/cws/src/../data/VERSION
readlink -f /tmp/cws/./src/util

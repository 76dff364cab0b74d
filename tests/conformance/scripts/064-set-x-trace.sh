# set -x tracing goes to stderr.
set -x
name=widget
echo "item: $name"
count=$(( 3 + 4 ))
if [[ $count -gt 5 ]]; then echo big; fi
for f in data/*.json; do echo "$f"; done
cat data/VERSION > /dev/null
set +x
echo "quiet again"

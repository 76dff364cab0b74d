# Agent's strict script fails inside a command substitution and a pipeline.
cd /tmp/cws
set -euo pipefail
files=$(find src -name '*.py' | sort)
echo "$files"
for f in $files; do
  n=$(grep -c "def" "$f" || true)
  echo "$f: $n"
done
result=$(grep -r "nothing-here" src | wc -l)
echo "not reached $result"

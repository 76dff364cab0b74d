# Agent script with set -e and pipefail around greps.
cd /tmp/cws
set -eo pipefail
count=$(grep -c TODO README.md)
echo "count $count"
if grep -q nothing README.md; then echo found; else echo "not found"; fi
grep -r nothing src | wc -l || echo "pipeline failed $?"
matches=$(grep -rl nothing src || true)
echo "matches [$matches]"
set +e
grep nothing README.md | sort
echo "pipefail status ${PIPESTATUS[*]}"
set -e
false | true
echo "after"
cat nope | head -1
echo "not reached"

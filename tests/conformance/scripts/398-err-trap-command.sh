# Agent's strict script reports the failing command from an ERR trap.
cd /tmp/cws
set -eE
trap 'echo "error on line $LINENO: $BASH_COMMAND (status $?)" >&2' ERR
grep -q widget data/items.csv
count=$(grep -c TODO README.md)
echo "todos: $count"
stat -c %s data/missing.csv
echo unreachable

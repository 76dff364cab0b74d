# set -e with an ERR trap and an EXIT trap.
set -euo pipefail
trap 'echo "cleanup (status $?)"' EXIT
trap 'echo "error on line $LINENO" >&2' ERR
echo "step 1"
cat data/VERSION > /dev/null
echo "step 2"
cat data/missing.csv
echo "step 3 (not reached)"

# Agent pipes a large output into head under pipefail.
cd /tmp/cws
set -o pipefail
seq 1 100000 | head -1; echo "rc $?"

# Agent pipes a large output into head under pipefail.
# gap: mirage pipes buffer 32 chunks (up to 2 MiB), Linux 64 KiB: seq finishes before head exits, so no SIGPIPE (141)
cd /tmp/cws
set -o pipefail
seq 1 100000 | head -1; echo "rc $?"

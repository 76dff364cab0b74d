# Agent checks pipeline statuses when a consumer stops early.
cd /tmp/cws
set -o pipefail
seq 1 20000 | head -1; echo "seq big: $?"
seq 1 100 | head -1; echo "seq small: $?"
yes | head -2; echo "yes: $?"
seq 1 30000 > big.txt
cat big.txt | head -1; echo "cat: $?"
sort -rn big.txt | head -1; echo "sort: $?"
tr 0-9 a-j < big.txt | head -1; echo "tr: $?"
echo "${PIPESTATUS[@]}"
rm big.txt

# Agent hits grep error statuses and messages.
cd /tmp/cws
grep -r "x" nope-dir; echo "rc $?"
grep "TODO" README.md missing.txt; echo "rc $?"
grep -s "TODO" README.md missing.txt; echo "rc $?"
grep "[" README.md; echo "rc $?"
grep -E "(" README.md; echo "rc $?"
grep TODO src; echo "rc $?"
grep -l TODO README.md src/main.py; echo "rc $?"
grep --badopt x README.md; echo "rc $?"

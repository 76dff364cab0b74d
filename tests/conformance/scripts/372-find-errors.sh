# Agent makes find mistakes.
cd /tmp/cws
find . -name *.md 2>&1 | head -3; echo "done"
find . -type z; echo "rc $?"
find . -maxdepth; echo "rc $?"
find . -foo; echo "rc $?"
find . -name; echo "rc $?"
find . -exec echo {}; echo "rc $?"
find src nope -type f | sort; echo "rc $?"
find . -mindepth 1 -maxdepth 1 -name 'src' -o -name 'data' | sort
find . -newer nope; echo "rc $?"
find . -size 1x; echo "rc $?"

# Agent relies on find -exec statuses and output ordering.
cd /tmp/cws
find src -name '*.py' -exec grep -q slugify {} \; -print | sort
find data -type f -exec false {} \; ; echo "rc $?"
find data -type f -exec false {} + ; echo "rc $?"
find . -name VERSION -exec cat {} \; -exec echo " <- version" \;
find . -maxdepth 1 -type f -name '*.md' -exec basename {} \;
find src -type f -name '*.py' -execdir echo {} \; | sort
find . -name '*.json' -ok echo {} \; < /dev/null; echo "rc $?"
find src -type f -print -quit | wc -l

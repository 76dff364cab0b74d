# Agent slices paths from listings.
cd /tmp/cws
find . -type f -name '*.py' | sort | cut -d/ -f2- 
find . -type f | sort | cut -d/ -f2 | sort -u
find . -mindepth 2 -type f | sort | awk -F/ '{print $2}' | uniq -c
find . -name '*.rs' | sort | sed 's|^\./||; s|/[^/]*$||' | sort -u
find . -type f -name '*.md' | sort | rev | cut -d/ -f1 | rev

# Agent ranks files by line count and size.
cd /tmp/cws
find . -type f -name '*.py' -o -type f -name '*.rs' | sort | xargs wc -l | sort -n | head -n -1
wc -l $(find src -name '*.py' | sort) | sort -rn | head -3
for f in $(find data -type f | sort); do echo "$(wc -c < "$f") $f"; done | sort -n
ls -S data
ls -1 docs | sort -r

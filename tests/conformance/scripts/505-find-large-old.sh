# Agent hunts for large, old and empty files to clean up.
cd /tmp/cws
touch -d '2020-01-01 00:00' data/access.log notes/todo.txt
touch -d '2 days ago' docs/CHANGELOG.md
: > empty.txt; mkdir -p build/cache
find . -type f -size +1k | sort
find . -type f -size -2 | sort
find . -mtime +365 -type f | sort
find . -type f -newer data/access.log -name '*.md' | sort
find . -empty | sort
find . -maxdepth 1 -type d | sort
find . -path ./src -prune -o -name '*.py' -print | sort
find . -name '*.csv' -printf '%s %p\n' | sort -n
find . -type f -name '*.tsv' -exec wc -l {} +
find build -type d -empty -delete; ls build 2>&1; echo "rc $?"
find data -type f -printf '%f\n' | sort | head -3

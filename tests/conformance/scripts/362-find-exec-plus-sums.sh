# Agent fingerprints the tree with find -exec +.
cd /tmp/cws
find . -type f -name '*.py' -exec md5sum {} + | sort -k2
find . -type f -exec sha256sum {} \; | sort -k2 | awk '{print substr($1,1,8), $2}'
find . -type f -name '*.csv' -exec sh -c 'wc -l < "$1"' sh {} \;
find src -type f -exec echo "file:{}:end" \; | sort
find . -maxdepth 1 -type f -exec test -x {} \; -print
find scripts -type f -exec sh -c 'test -x "$1" && echo "exec $1" || echo "plain $1"' _ {} \; | sort

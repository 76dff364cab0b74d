# find + grep combinations.
cd /tmp/cws
find . -name '*.py' -exec grep -l "def" {} \; | sort
find . -type f -empty | sort
find . -type f -size -1k -name '*.toml'
find . -iname 'readme*'
find src -type f -printf '%f %s\n' | sort

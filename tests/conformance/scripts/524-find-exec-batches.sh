# Agent runs commands over found files, batched and one by one.
cd /tmp/cws
find . -name '*.py' -exec grep -l 'def ' {} + | sort
find . -name '*.py' -exec wc -l {} \; | sort -k2
find data -name '*.csv' -exec sh -c 'echo "$1: $(head -1 "$1")"' _ {} \;
find . -type f -name '*.md' -exec ls -1 {} + | sort
find scripts -type f -exec chmod 755 {} + && stat -c '%a %n' scripts/*
find . -name '*.sh' -print0 | xargs -0 -n1 basename | sort
find . -type d -name util -exec ls {} \;
find src -name '*.py' -newer README.md -o -name '*.py' -print | sort
find . -name 'CHANGELOG.md' -execdir pwd \; | sed 's|/tmp/cws|ROOT|'
find . -name '*.tsv' -ok rm {} \; < /dev/null; ls data/sales.tsv
find data -type f -name '*.log' -delete -print | sort
ls data

# Explore the tree with find.
cd /tmp/cws
find . -type f -name '*.py' | sort
find . -maxdepth 1 -type d | sort
find src -name '*.py' -exec wc -l {} + | sort -k2
find . -type f -newer /tmp/cws/README.md -name '*.nothing' | wc -l
find . -path ./rust -prune -o -type f -name '*.md' -print | sort

# Agent uses tree to understand layout.
cd /tmp/cws
tree
tree -f src
tree --noreport -L 2 rust
tree -P '*.py' src
tree -F scripts
tree --dirsfirst data

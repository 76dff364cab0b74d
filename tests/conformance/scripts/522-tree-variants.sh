# Agent views the project layout with tree options.
cd /tmp/cws
tree -L 2 --dirsfirst rust
tree -P '*.py' src
tree -P '*.py' --prune .
tree -f -i scripts
tree -d -L 1 .
tree -a -I 'src|rust|data|docs' .
tree --noreport notes
tree -s -h data | tail -3
tree --du -h docs
tree --filelimit 3 -L 1 data
tree nope; echo "rc $?"

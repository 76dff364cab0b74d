# Agent prints tree variants used for summaries.
cd /tmp/cws
tree -i src
tree -if --noreport src
tree --prune -P '*.rs' .
tree -L 1 -d
tree nope; echo "rc $?"
tree -a notes

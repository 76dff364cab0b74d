# Agent reports how well a file compresses.
# gap: gzip -v/-l ratios come from the compressed size, and mirage's deflate (miniz) output differs in size from GNU gzip's
cd /tmp/cws
gzip -v -k notes/todo.txt

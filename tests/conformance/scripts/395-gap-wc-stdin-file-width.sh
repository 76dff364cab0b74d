# Agent counts lines of a file and of stdin redirected from a file.
cd /tmp/cws
wc -l README.md - < data/items.csv

# Agent counts lines of a file and of stdin redirected from a file.
# gap: GNU wc sizes its columns from fstat of a regular-file stdin; mirage uses the default width 7
cd /tmp/cws
wc -l README.md - < data/items.csv

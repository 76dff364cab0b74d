# Agent lists directories with sorting and classification.
cd /tmp/cws
touch -d '2024-01-01' data/items.csv
touch -d '2024-02-01' data/config.json
touch -d '2024-03-01' data/VERSION
ls -t data
ls -tr data
ls -X src
ls -1F
ls -m data
ls --group-directories-first -1
ls -1 -I '*.md'
ls -B src

# Agent inspects folders sorted by size and time.
cd /tmp/cws
touch -d '2024-01-01 10:00' data/VERSION
touch -d '2024-02-01 10:00' data/items.csv
touch -d '2024-03-01 10:00' data/sales.tsv
touch -d '2024-04-01 10:00' data/config.json
touch -d '2024-05-01 10:00' data/app.log data/access.log
ls -t data
ls -tr data | head -2
ls -S data
ls -Sr data | head -1
ls -l --time-style=long-iso data | awk '{print $6, $7, $8}'
ls -lh data/items.csv | awk '{print $5}'
ls -1 -d */ | head -3
ls -F scripts
ls -R docs
ls data | wc -l
ls -la notes | tail -n +2 | awk '{print $1, $NF}'

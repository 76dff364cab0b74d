# Agent lists files in long format after pinning their times.
cd /tmp/cws
find data -exec touch -d '2024-05-06 07:08:09' {} +
ls -l data
ls -l --time-style=long-iso data/VERSION
ls -lh data/items.csv
ls -ln data/VERSION | awk '{print $3, $4, $5}'
ls -l --full-time data/VERSION | awk '{print $6, $7, $8}'
ls -ld data | awk '{print $1, $NF}'
ls -l --time-style=+%Y-%m-%d data | tail -n +2

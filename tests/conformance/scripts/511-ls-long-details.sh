# Agent checks details of listings: long format, human sizes, classify, recursion.
cd /tmp/cws
touch -d '2024-06-01 12:00' data/* docs/* notes/*
head -c 3000 /dev/zero > data/blob.bin
ls -l data | awk '{print $1, $2, $3, $4, $5, $NF}'
ls -lh data/blob.bin data/items.csv | awk '{print $5, $NF}'
ls -ld data docs | awk '{print $1, $NF}'
ls -lS data | awk 'NR>1{print $NF}'
ls -la docs | awk 'NR>1{print $1, $NF}'
ls -lR notes | grep -v '^total'
ls -F . | head -5
ls -dF */
ls -1 --group-directories-first
ls -l --time-style=+%Y-%m-%d data | awk 'NR>1{print $6, $7}'
ls -lt docs | awk 'NR>1{print $NF}'
ls -s data | head -3

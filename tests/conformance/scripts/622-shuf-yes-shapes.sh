# Agent samples lines randomly and generates filler input.
cd /tmp/cws
shuf -n 3 data/items.csv | wc -l
shuf data/items.csv | sort | diff - <(sort data/items.csv) && echo "same lines"
shuf -i 1-10 | sort -n | paste -sd' '
shuf -e red green blue | sort
shuf -n 0 data/items.csv | wc -c
yes | head -3
yes 'y n' | head -2
yes | head -1000 | wc -l
shuf -i 9-1; echo "status=$?"

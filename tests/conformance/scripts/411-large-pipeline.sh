# Agent processes a generated 10k-line dataset.
cd /tmp/cws/build
seq 1 10000 | awk '{printf "%d,%s,%d\n", $1, ($1%3==0 ? "fizz" : ($1%5==0 ? "buzz" : "num")), ($1*7)%101}' > big.csv
wc -l < big.csv
cut -d, -f2 big.csv | sort | uniq -c
awk -F, '{s+=$3} END {print s, s/NR}' big.csv
sort -t, -k3,3n -k1,1n big.csv | head -3
sort -t, -k3,3nr -k1,1n big.csv | tail -2
awk -F, '$3 == 100' big.csv | wc -l
tail -1 big.csv
md5sum big.csv | cut -d' ' -f1

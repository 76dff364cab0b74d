# Agent checks file sizes with du on regular files.
cd /tmp/cws
du -b data/VERSION
du -ab data | grep -v '	data$' | sort -k2
du -b --apparent-size README.md
du -c -b data/VERSION data/items.csv
du -k data/items.csv
printf '%5000s' x > big.txt
du -h big.txt
du -sb big.txt

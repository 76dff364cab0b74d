# Agent checks disk usage of project folders.
cd /tmp/cws
du -sh src rust docs | sort -k2
du -a src | sort -k2
du -d 1 . | sort -k2 | tail -4
du -c data/*.csv data/*.tsv | tail -1
du -b data/VERSION
du -h --max-depth=1 rust | sort -k2
du -s --apparent-size data
du -k data/items.csv
du -sb . > /dev/null && echo ok
du nope; echo "rc $?"

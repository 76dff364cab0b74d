# Agent measures directory usage.
cd /tmp/cws
du -s src
du src | sort -k2
du -a rust | sort -k2
du -sk data
du -d1 . | sort -k2 | tail -3
du -sh src data | sort -k2
du -c src/util | tail -1

# Agent cross-checks hex dumps from od and xxd.
cd /tmp/cws
head -c 32 data/config.json | xxd
head -c 32 data/config.json | od -A x -t x1
head -c 32 data/config.json | xxd -e
head -c 16 data/config.json | xxd -b
head -c 16 data/config.json | xxd -u -g 4
xxd -o 256 -l 16 data/config.json
od -t x2 -N 8 data/config.json
xxd nosuch; echo "status=$?"

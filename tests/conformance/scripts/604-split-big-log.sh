# Agent splits a large log into chunks and checks the pieces add up.
cd /tmp/cws/build
for i in $(seq 1 250); do echo "2024-03-12 line $i level=$((i % 3))"; done > big.log
split -l 100 -d --additional-suffix=.log big.log chunk_
ls chunk_*
wc -l chunk_* | tail -1
cat chunk_* | cmp - big.log && echo "reassembled ok"
split -n l/3 big.log part_
wc -l part_*
split -b 4K -a 3 big.log bytes_
ls bytes_* | wc -l
head -1 chunk_02.log

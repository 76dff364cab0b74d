# Agent splits a data file into chunks, checks them and resizes scratch files.
cd /tmp/cws
split -l 2 data/items.csv part_
ls part_* | wc -l
wc -l part_* | tail -1
cat part_* | cmp - data/items.csv && echo "rejoined ok"
split -b 50 -d data/access.log chunk.
ls chunk.* | head -3
split -n 3 data/sales.tsv third_ && wc -c third_*
rm part_* chunk.* third_*
printf 'hello world\n' > f.txt
truncate -s 5 f.txt; cat f.txt; echo
truncate -s +3 f.txt; od -An -c f.txt
truncate -s 0 f.txt; stat -c %s f.txt
truncate -s 2K big.bin; du -b big.bin
basename data/items.csv .csv; dirname data/items.csv; basename -a src/main.py rust/src/main.rs

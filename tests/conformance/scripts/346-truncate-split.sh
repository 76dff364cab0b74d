# Agent splits and truncates files.
cd /tmp/cws
split -l 3 data/items.csv part_
ls part_*
cat part_ab
truncate -s 5 part_aa && cat part_aa; echo
truncate -s +3 part_aa && wc -c part_aa
truncate -s 0 part_ab && wc -c part_ab
split -b 20 -d README.md chunk_
ls chunk_* | wc -l
cat chunk_* | cmp - README.md && echo same

# File size tricks.
cd /tmp/cws/build
touch empty.txt
wc -c empty.txt
seq 1 10 > ten.txt
split -l 4 ten.txt part_
ls part_* | sort
cat part_ab
truncate -s 5 ten.txt
cat ten.txt | od -c | head -2

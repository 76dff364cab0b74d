# Agent resizes files with truncate and checks the sizes.
cd /tmp/cws/build
cp ../data/app.log trimmed.log
truncate -s 100 trimmed.log
wc -c trimmed.log
truncate -s +20 trimmed.log
wc -c < trimmed.log
tail -c 25 trimmed.log | od -c | tail -3
truncate -s -50 trimmed.log; wc -c trimmed.log
truncate -s 0 trimmed.log; [ -s trimmed.log ] || echo empty
truncate -s 1K new.bin; stat -c %s new.bin
truncate -s abc new.bin; echo "status=$?"
truncate -s %64 ../README.md 2>&1; wc -c < ../README.md

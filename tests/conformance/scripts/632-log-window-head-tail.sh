# Agent extracts a window of lines from a log.
cd /tmp/cws
head -n 6 data/access.log | tail -n 3 | cut -d' ' -f1,7
tail -n +3 data/app.log | head -n 2
sed -n '4,6p' data/access.log | awk '{print $9}'
head -c 100 data/access.log | tail -c 20 | od -c | head -2
tail -n 1 data/access.log data/app.log
head -n 2 -q data/app.log data/access.log | wc -l

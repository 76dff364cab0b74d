# Agent extracts a time window from logs and summarises it.
cd /tmp/cws
awk '$1 >= "2024-03-12T10:02" && $1 < "2024-03-12T10:05"' data/app.log
sed -n '/T10:02/,/T10:04/p' data/app.log | awk '{print $2}' | sort | uniq -c
grep -E 'T10:0[3-5]' data/app.log | cut -d' ' -f1 | cut -dT -f2 | tr -d Z
awk -F'[][]' '{ split($2, t, ":"); h[t[2] ":" t[3]]++ } END { for (k in h) print k, h[k] }' data/access.log | sort
awk '{ t = substr($4, 14, 5); if (t > "10:03") print t, $7 }' data/access.log

# Agent formats timestamps with gawk time functions (TZ=UTC).
cd /tmp/cws
awk 'BEGIN { t = mktime("2024 03 12 10 00 00"); print t; print strftime("%Y-%m-%dT%H:%M:%SZ", t) }'
awk 'BEGIN { print strftime("%a %b %d %j %U %u", mktime("2024 01 07 12 00 00")) }'
awk 'BEGIN { now = systime(); print (now > 1700000000) }'
awk '{ split($1, d, /[-T:Z]/); t = mktime(d[1] " " d[2] " " d[3] " " d[4] " " d[5] " " d[6]); if (NR > 1) print t - prev; prev = t }' data/app.log | sort -n | tail -2
awk 'BEGIN { print strftime("%H:%M", 3600 * 5 + 60 * 7, 1) }'

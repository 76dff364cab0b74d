# Agent formats fixed dates with date -d.
date -d '2024-03-12 10:05:13' '+%Y-%m-%d %H:%M:%S'
date -d '2024-03-12' +%A
date -d '2024-03-12' '+%a %b %e %j %U %u'
date -u -d @1710237913 +%FT%TZ
date -d '2024-02-28 + 2 days' +%F
date -d '2024-03-12 -1 month' +%F
date -d '2024-01-31 +1 day' '+%s'
date -d '@0' -u
date -u -d '2024-03-12T10:05:13Z' +%s
date -d '2024-03-12' '+week %V of %G'
date -R -d '2024-03-12 08:00'
date -I -d '2024-12-31'
date -d 'invalid date' 2>&1; echo "status=$?"

# Agent formats a fixed timestamp in many ways.
t='2024-03-12 15:04:05'
date -d "$t" '+%I:%M %p|%l|%k|%P'
date -d "$t" '+%C %y %g %h %D %T %R %r'
date -d "$t" '+%z %:z %Z'
date -d "$t" '+%n%t|' | od -c | head -1
date -d "$t" '+%-H %-M %_H %_m %010d'
date -d "$t" '+%^a %^B %#Z'
date -d "$t" '+%c'
date -d "$t" '+%x %X'
date -d "Mar 12 2024" +%F
date -d "12 March 2024 8pm" '+%F %H'
date -d "2024-03-12 3 weeks ago" +%F
date -d "2024-03-31 +1 month" +%F
date -d "20240312" +%F
date -d "2024-03-12T15:04:05+01:00" -u +%T
date -u -d @1710255845.5 '+%s %N'
date --date='@86400' -u +%A
date -u -d '1970-01-01 00:00:00 UTC + 1000000000 seconds' +%F
date -d '2024-03-12' +%w%u

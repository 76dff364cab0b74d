# Date formatting with fixed inputs.
date -u -d @0 +%Y-%m-%d
date -u -d '2024-02-29 13:45:00' '+%A %d %B %Y %H:%M'
date -u -d @1700000000
date -u -d '2024-01-01' +%s

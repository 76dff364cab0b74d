# Agent iterates over a date range.
d=2024-02-27
for i in 1 2 3 4; do
  echo "$d $(date -d "$d" +%a)"
  d=$(date -d "$d + 1 day" +%F)
done
date -d '2024-03-12 10:00:00 UTC' '+%H:%M %Z'
date -u -d '2024-03-12 10:00:00 +0200' '+%H:%M'
echo $(( ($(date -d 2024-12-25 +%s) - $(date -d 2024-03-12 +%s)) / 86400 )) days
date -d '2024-03-12' '+%d/%m/%y %-d %-m %e'
date -d 'next monday' +%F >/dev/null && echo ok
date -d 2024-03-12 '+%s%N' | cut -c1-10

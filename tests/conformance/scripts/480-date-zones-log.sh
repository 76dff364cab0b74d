# Agent converts log timestamps written with zone abbreviations to UTC.
for t in '2024-03-12 10:00 EST' '2024-03-12 10:00 PDT' '2024-03-12 10:00 CET' '2024-03-12 23:30 IST' '2024-03-12 10:00 UTC'; do
  printf '%-22s -> %s\n' "$t" "$(date -u -d "$t" '+%F %H:%M')"
done
date -u -d '2024-03-12T10:00:00-05:00' '+%F %H:%M'

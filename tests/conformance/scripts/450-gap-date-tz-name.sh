# Agent converts a UTC time to a named zone.
# gap: date has no time-zone database (only UTC)
TZ=America/New_York date -d '2024-07-01 12:00 UTC' '+%H:%M %Z'

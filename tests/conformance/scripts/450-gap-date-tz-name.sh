# Agent converts a UTC time to a named zone.
TZ=America/New_York date -d '2024-07-01 12:00 UTC' '+%H:%M %Z'

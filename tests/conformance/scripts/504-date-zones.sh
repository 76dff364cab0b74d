# Agent prints a release timestamp in several offices' time zones.
ts=1718450000
for tz in UTC America/New_York Europe/London Europe/Berlin Asia/Kolkata Asia/Tokyo Australia/Sydney America/Los_Angeles; do
  printf '%-20s %s\n' "$tz" "$(TZ=$tz date -d @$ts '+%F %H:%M %Z (%z)')"
done
TZ=America/New_York date -d '2024-01-15 09:00' -u '+%F %H:%M UTC'
TZ=America/New_York date -d '2024-07-15 09:00' +%s
TZ=Asia/Kolkata date -d '2024-01-01 00:00 UTC'
TZ=Europe/Paris date -d @0 -R
TZ=America/Chicago date -d '2024-03-10 02:15' 2>&1; echo "rc $?"
TZ=UTC date -d @86400 --iso-8601=seconds
TZ=Asia/Tokyo date -d @86400 --rfc-3339=seconds

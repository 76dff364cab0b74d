# Agent extracts fields from command listings.
cd /tmp/cws
wc -l src/*.py | awk '{print $2 ": " $1}'
grep -rn "def " src | awk -F: '{print $1 ":" $2}' | sort
md5sum data/* | awk '{print $2}'
find . -type f -name '*.*' | sed 's/.*\.//' | sort | uniq -c | sort -rn | head -5
stat -c '%s %n' data/* | sort -n | cut -d' ' -f2
ls -l data | tail -n +2 | awk '{print $5, $9}'

# Agent compares modification times with find -newer.
cd /tmp/cws
touch -d '2020-01-01 00:00' old.txt
touch -d '2030-01-01 00:00' new.txt
find . -maxdepth 1 -newer old.txt -name '*.txt' | sort
[ new.txt -nt old.txt ] && echo "new is newer"
[ old.txt -ot new.txt ] && echo "old is older"
touch -t 202101020304.05 t.txt && stat -c '%y' t.txt
touch -d '@0' epoch.txt && date -r epoch.txt -u '+%Y-%m-%d %H:%M:%S'
touch -d 'garbage' x.txt; echo "rc $?"

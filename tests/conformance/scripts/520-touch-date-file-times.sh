# Agent sets and checks timestamps on files.
cd /tmp/cws
touch -t 202401021530 a.txt; stat -c '%y' a.txt
touch -d '2024-02-29 23:59:59' b.txt; date -r b.txt '+%F %T'
touch -m -d '1 Jan 2022' c.txt; ls -l --time-style=+%F c.txt | awk '{print $6}'
touch -d '2024-03-01T08:00:00Z' d.txt; stat -c %Y d.txt
[ a.txt -nt b.txt ] && echo "a newer" || echo "b newer"
[ c.txt -ot a.txt ] && echo "c older"
ls -t a.txt b.txt c.txt d.txt
find . -maxdepth 1 -name '?.txt' -newer c.txt | sort
TZ=Asia/Kolkata date -r d.txt '+%F %T %Z'
date -d '2024-03-01 +1 month' +%F
date -d 'last friday' +%A

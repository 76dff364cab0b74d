# Agent prints stat fields used in scripts.
cd /tmp/cws
stat -c '%n|%s|%a|%A|%F|%U|%G' README.md scripts/build.sh
stat -c '%A %n' src src/util
stat -c '%s' build
touch -d '2024-01-01 00:00:00 UTC' README.md
stat -c '%Y %y' README.md
stat -c '%W' README.md | grep -Eq '^[0-9-]' && echo "birth field ok"
stat --printf='%n\t%s\n' data/VERSION data/items.csv
stat -t data/VERSION | awk '{print $1, $2}'
stat -c '%q' README.md; echo "rc $?"

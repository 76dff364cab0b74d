# Agent touches files and checks their size and type with stat.
cd /tmp/cws
touch new.txt
stat -c '%n %s %F' new.txt README.md data
stat -c '%a %U' scripts/build.sh
printf 'abc' > three
stat --format='%s' three
stat nope; echo "rc $?"
touch -c ghost; ls ghost; echo "rc $?"
touch -d '2024-01-02 03:04:05' three && stat -c '%y' three
date -r three +%F
touch -r three new.txt && stat -c '%Y' new.txt three

# Agent pipes command output to wc.
cd /tmp/cws
ls | wc -l
ls -A | wc -l
grep -r "" src | wc -l
find . -type d | wc -l
echo -n "abc" | wc -c
printf 'a b\nc\n' | wc
printf '' | wc -l
wc -l < /dev/null
cat README.md data/items.csv | wc -l

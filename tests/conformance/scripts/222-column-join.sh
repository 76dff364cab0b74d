# Aligned tables.
cd /tmp/cws/data
column -t -s, items.csv
printf 'a 1\nb 2\n' > /tmp/cws/build/l.txt
printf 'a x\nb y\n' > /tmp/cws/build/r.txt
join /tmp/cws/build/l.txt /tmp/cws/build/r.txt
comm -12 <(printf 'a\nb\nc\n') <(printf 'b\nc\nd\n')

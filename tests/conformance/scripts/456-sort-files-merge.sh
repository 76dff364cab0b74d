# Agent sorts and merges multiple files, writes output in place.
cd /tmp/cws/build
printf '3\n1\n2\n' > a.txt; printf '6\n4\n5\n' > b.txt
sort -n a.txt b.txt
sort -n a.txt > a.s; sort -n b.txt > b.s
sort -m a.s b.s
sort -o a.txt a.txt; cat a.txt
sort -n -r a.txt b.txt | head -2
sort nofile 2>&1; echo "st=$?"
sort -k 0 a.txt 2>&1; echo "st=$?"
sort -t ab a.txt 2>&1; echo "st=$?"
printf 'b\0a\0' | sort -z | tr '\0' '\n'
sort -n <<< $'1.5\n1.25\n-0.5\n.75\n1e2'
sort -h <<< $'1.5K\n1K\n999\n2.0M\n0.5G'

# Agent joins on non-first fields and tab separators.
cd /tmp/cws/build
printf 'x\t1\ty\n' > t1; printf '1\tfoo\n' > t2
join -t $'\t' -1 2 -2 1 t1 t2
printf 'a 1\nb 2\n' > f1; printf 'A one\nb two\n' > f2
join -i f1 f2
join -o 1.2,2.2 f1 f2
join -a1 -a2 f1 f2
join -e X -a2 -o 1.1,1.2,2.2 f1 f2
printf 'k 1\nk 2\n' > d1; printf 'k x\nk y\n' > d2
join d1 d2
join -j 1 -t ' ' d1 d2 | wc -l
join f1 2>&1; echo "st=$?"

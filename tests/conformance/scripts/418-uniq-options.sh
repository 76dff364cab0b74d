# Agent uses uniq options to find duplicates.
printf 'a\na\nb\nc\nc\nc\nd\n' > /tmp/cws/build/u.txt
cd /tmp/cws/build
uniq -c u.txt
uniq -d u.txt
uniq -u u.txt
uniq -D u.txt
printf 'A\na\nB\n' | uniq -i -c
printf 'x 1\ny 1\nz 2\n' | uniq -f1 -c
printf 'ab1\nab2\nac3\n' | uniq -w2
printf 'a\n\n\nb\n' | uniq | cat -A

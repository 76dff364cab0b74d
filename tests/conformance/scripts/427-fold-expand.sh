# Agent wraps and re-tabs text.
cd /tmp/cws
echo "The quick brown fox jumps over the lazy dog and keeps running far away" | fold -w 20
echo "The quick brown fox jumps over the lazy dog and keeps running far away" | fold -s -w 20
printf 'a\tb\tc\n' | expand -t 4 | cat -A
printf 'x\ty\n' | expand | cat -A
head -3 data/sales.tsv | expand -t 12
printf '        eight\n' | unexpand -a | cat -A

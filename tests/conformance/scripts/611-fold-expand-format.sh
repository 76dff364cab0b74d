# Agent reformats text: wrap long lines, expand tabs, convert back.
cd /tmp/cws
fold -w 40 README.md | head -5
fold -s -w 30 README.md | head -4
expand -t 4 data/sales.tsv | head -3
expand -t 4 data/sales.tsv | unexpand -a -t 4 | head -2 | cat -A
printf 'x\ty\tz\n' | expand -t 3,8
head -3 data/sales.tsv | cat -T
cat -A .editorconfig
